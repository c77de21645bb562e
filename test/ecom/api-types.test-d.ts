/*
 * Type tests: the real @wix/ecom modules (Cart V1, Cart V2, Checkout; on a client and bare) and a
 * Velo-shaped object fit the wrappers' `api` parameters; each result is the SDK's own response
 * type; the call options are the SDK's own options without the line items.
 */
import { createClient, OAuthStrategy } from '@wix/sdk'
import { cart, cartV2, checkout, currentCart, currentCartV2 } from '@wix/ecom'
import { describe, expectTypeOf, it } from 'vitest'
import { addToCart, addToCheckout, addToCurrentCart, createCart, createCheckout } from '../../src/ecom/index.js'
import type {
  AddToCheckoutApi,
  CartApi,
  CartItem,
  CreateCartApi,
  CreateCheckoutApi,
  CurrentCartApi,
  LineItemsNotAddedError,
  RejectedLineItem,
  WixRequestError,
} from '../../src/ecom/index.js'
import { buildLineItem } from '../../src/index.js'
import type { CatalogProduct } from '../../src/index.js'

const client = createClient({
  modules: { currentCart, cart, checkout, currentCartV2, cartV2 },
  auth: OAuthStrategy({ clientId: 'client-id' }),
})
declare const product: CatalogProduct
const items: CartItem[] = [{ product, selection: { options: { Size: 'L' } } }]

/* Velo's wix-ecom-backend modules, as its type declarations describe them (plain functions). */
interface VeloCatalogReference {
  catalogItemId: string
  appId: string
  options?: Record<string, any>
}
interface VeloLineItem {
  _id?: string
  quantity?: number
  catalogReference?: VeloCatalogReference
  availability?: { status?: 'AVAILABLE' | 'NOT_FOUND' | 'NOT_AVAILABLE' | 'PARTIALLY_AVAILABLE' }
}
interface VeloCart {
  _id?: string
  lineItems?: VeloLineItem[]
}
interface VeloCheckout {
  _id?: string
  lineItems?: VeloLineItem[]
}
interface VeloAddOptions {
  lineItems?: VeloLineItem[]
  customLineItems?: object[]
}
declare const veloCurrentCart: {
  addToCurrentCart: (options: VeloAddOptions & { businessLocationId?: string }) => Promise<{ cart?: VeloCart }>
  getCurrentCart: () => Promise<VeloCart>
}
declare const veloCart: {
  createCart: (options: VeloAddOptions & { couponCode?: string }) => Promise<VeloCart>
  addToCart: (_id: string, options: VeloAddOptions) => Promise<{ cart?: VeloCart }>
  createCheckout: (_id: string, options: { channelType: string }) => Promise<{ checkoutId?: string }>
}
declare const veloCheckout: {
  createCheckout: (
    options: VeloAddOptions & { channelType: 'WEB' | 'POS'; couponCode?: string },
  ) => Promise<VeloCheckout>
  addToCheckout: (_id: string, options: VeloAddOptions) => Promise<{ checkout?: VeloCheckout }>
}

describe('the real @wix/ecom modules fit the api parameters', () => {
  it('on a client', () => {
    expectTypeOf(client.currentCart).toExtend<CurrentCartApi>()
    expectTypeOf(client.currentCartV2).toExtend<CurrentCartApi>()
    expectTypeOf(client.cart).toExtend<CartApi>()
    expectTypeOf(client.cartV2).toExtend<CartApi>()
    expectTypeOf(client.cart).toExtend<CreateCartApi>()
    expectTypeOf(client.cartV2).toExtend<CreateCartApi>()
    expectTypeOf(client.checkout).toExtend<CreateCheckoutApi>()
    expectTypeOf(client.checkout).toExtend<AddToCheckoutApi>()
  })

  it('bare (the types cannot tell; the wrappers detect it at run time)', () => {
    expectTypeOf(currentCart).toExtend<CurrentCartApi>()
    expectTypeOf(currentCartV2).toExtend<CurrentCartApi>()
    expectTypeOf(cart).toExtend<CreateCartApi>()
    expectTypeOf(cartV2).toExtend<CreateCartApi>()
    expectTypeOf(checkout).toExtend<CreateCheckoutApi>()
  })

  it('Velo-shaped modules fit too', () => {
    expectTypeOf(veloCurrentCart).toExtend<CurrentCartApi>()
    expectTypeOf(veloCart).toExtend<CartApi>()
    expectTypeOf(veloCart).toExtend<CreateCartApi>()
    expectTypeOf(veloCheckout).toExtend<CreateCheckoutApi>()
    expectTypeOf(veloCheckout).toExtend<AddToCheckoutApi>()
  })

  it('the wrong module does not', () => {
    expectTypeOf(client.cart).not.toExtend<CurrentCartApi>()
    expectTypeOf(client.currentCart).not.toExtend<CartApi>()
    expectTypeOf(client.checkout).not.toExtend<CreateCartApi>()
    expectTypeOf(client.currentCartV2).not.toExtend<CreateCheckoutApi>()
  })
})

describe('each result is the SDK’s own response type', () => {
  it('Cart V1 and V2 current cart', () => {
    expectTypeOf(addToCurrentCart(client.currentCart, items)).resolves.toEqualTypeOf<
      Awaited<ReturnType<typeof client.currentCart.addToCurrentCart>>
    >()
    expectTypeOf(addToCurrentCart(client.currentCartV2, items)).resolves.toEqualTypeOf<
      Awaited<ReturnType<typeof client.currentCartV2.addLineItemsToCurrentCart>>
    >()
  })

  it('cart by id, create cart', () => {
    expectTypeOf(addToCart(client.cart, 'id', items)).resolves.toEqualTypeOf<
      Awaited<ReturnType<typeof client.cart.addToCart>>
    >()
    expectTypeOf(addToCart(client.cartV2, 'id', items)).resolves.toEqualTypeOf<
      Awaited<ReturnType<typeof client.cartV2.addLineItems>>
    >()
    expectTypeOf(createCart(client.cart, items)).resolves.toEqualTypeOf<
      Awaited<ReturnType<typeof client.cart.createCart>>
    >()
    expectTypeOf(createCart(client.cartV2, items)).resolves.toEqualTypeOf<
      Awaited<ReturnType<typeof client.cartV2.createCart>>
    >()
  })

  it('checkout', () => {
    expectTypeOf(createCheckout(client.checkout, items, { channelType: 'WEB' })).resolves.toEqualTypeOf<
      Awaited<ReturnType<typeof client.checkout.createCheckout>>
    >()
    expectTypeOf(addToCheckout(client.checkout, 'id', items)).resolves.toEqualTypeOf<
      Awaited<ReturnType<typeof client.checkout.addToCheckout>>
    >()
  })

  it('Velo: its own declared types', () => {
    expectTypeOf(addToCurrentCart(veloCurrentCart, items)).resolves.toEqualTypeOf<{ cart?: VeloCart }>()
    expectTypeOf(createCart(veloCart, items)).resolves.toEqualTypeOf<VeloCart>()
    expectTypeOf(createCheckout(veloCheckout, items, { channelType: 'POS' })).resolves.toEqualTypeOf<VeloCheckout>()
  })
})

describe('call options are the SDK’s own, without the line items', () => {
  it('accepts the call’s fields and verify', () => {
    void addToCurrentCart(client.currentCart, items, { businessLocationId: 'loc', verify: false })
    void createCart(client.cart, items, { couponCode: 'SUMMER' })
    void createCart(client.cartV2, items, { coupons: [{ code: 'SUMMER' }] })
    void createCheckout(client.checkout, items, { channelType: 'WEB', couponCode: 'SUMMER' })
    void createCart(veloCart, items, { couponCode: 'SUMMER' })
  })

  it('rejects what the call does not take', () => {
    // @ts-expect-error channelType is required
    void createCheckout(client.checkout, items, {})
    // @ts-expect-error not a Wix channel type
    void createCheckout(client.checkout, items, { channelType: 'SHOP' })
    // @ts-expect-error line items go in the items argument
    void addToCurrentCart(client.currentCart, items, { lineItems: [] })
    // @ts-expect-error a typo is caught
    void createCart(client.cart, items, { couponcode: 'SUMMER' })
    // @ts-expect-error verify is a boolean
    void addToCart(client.cartV2, 'id', items, { verify: 'no' })
  })

  it('rejects the wrong module', () => {
    // @ts-expect-error the cart module has no addToCurrentCart
    void addToCurrentCart(client.cart, items)
    // @ts-expect-error the current cart has no addToCart / addLineItems
    void addToCart(client.currentCartV2, 'id', items)
  })
})

describe('items', () => {
  it('takes products, buildLineItem results and prebuilt references with pass-through fields', () => {
    expectTypeOf([buildLineItem(product)]).toExtend<readonly CartItem[]>()
    expectTypeOf<{
      product: CatalogProduct
      selection: { options: { Size: string } }
      quantity: number
    }>().toExtend<CartItem>()
    expectTypeOf<{
      catalogReference: { catalogItemId: string; appId: string }
      catalogOverrideFields: { productName: { original: string } }
    }>().toExtend<CartItem>()
  })

  it('not both shapes at once, and not neither', () => {
    expectTypeOf<{
      product: CatalogProduct
      catalogReference: { catalogItemId: string; appId: string }
    }>().not.toExtend<CartItem>()
    expectTypeOf<{ quantity: number }>().not.toExtend<CartItem>()
  })
})

describe('errors', () => {
  it('have literal names and typed fields', () => {
    expectTypeOf<WixRequestError['name']>().toEqualTypeOf<'WixRequestError'>()
    expectTypeOf<WixRequestError['status']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<WixRequestError['code']>().toEqualTypeOf<string>()
    expectTypeOf<LineItemsNotAddedError['name']>().toEqualTypeOf<'LineItemsNotAddedError'>()
    expectTypeOf<RejectedLineItem['reason']>().toEqualTypeOf<'missing' | 'zero_quantity' | 'unavailable'>()
  })
})

describe('the structural types alone', () => {
  it('type channelType as Wix’s literal union', () => {
    const generic = (api: CreateCheckoutApi) => createCheckout(api, items, { channelType: 'WEB' })
    expectTypeOf(generic).returns.resolves.toBeUnknown()
    // @ts-expect-error not a Wix channel type
    void ((api: CreateCheckoutApi) => createCheckout(api, items, { channelType: 'SHOP' }))
  })
})
