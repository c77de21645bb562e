/*
 * Contract tests: every wrapper runs through the REAL @wix/sdk client (visitor OAuth) with the real
 * @wix/ecom modules; msw stands in for Wix over HTTP. Each test asserts the exact method, path and
 * JSON body Wix receives, and that the wrapper hands back exactly what the SDK itself returns.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { addToCart, addToCheckout, addToCurrentCart, createCart, createCheckout } from '../../src/ecom/index.js'
import type { CartItem } from '../../src/ecom/index.js'
import { STORES_APP_ID } from '../../src/index.js'
import type { CatalogProduct } from '../../src/index.js'
import coffeeJson from '../fixtures/coffee-docs.rest.json'
import houseBlendJson from '../fixtures/house-blend.sdk.json'
import tshirtJson from '../fixtures/tshirt-managed.sdk.json'
import candleJson from '../fixtures/candle-unmanaged.rest.json'
import {
  ACCESS_TOKEN,
  CLIENT_ID,
  WIX_HOSTS,
  answer,
  apiRequests,
  echoCartV1,
  echoCartV2,
  json,
  newClient,
  requests,
  restLineV1,
  server,
  type RecordedRequest,
} from './wix-server.js'

const coffee: CatalogProduct = coffeeJson
const houseBlend: CatalogProduct = houseBlendJson
const tshirt: CatalogProduct = tshirtJson
const candle: CatalogProduct = candleJson

const CART_ID = 'ba47a627-7bb8-4918-89b2-6a72af464765'
const CHECKOUT_ID = 'a43420aa-986b-456a-a2f7-7ea5c80e9007'

/** The Wix docs' Coffee example: Size S, Box color Red, an engraving, no price tag. */
const COFFEE_ITEM: CartItem = {
  product: coffee,
  selection: {
    options: { Size: 'S', 'Box color': 'Red' },
    modifiers: { Engraving: 'For my best friend! :)', 'Remove price tag': 'Yes' },
  },
}
const COFFEE_REFERENCE = {
  catalogItemId: 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca',
  appId: STORES_APP_ID,
  options: {
    variantId: '9650a809-5567-44f7-9435-cf77a38cb170',
    options: { 'Remove price tag': 'yes' },
    customTextFields: { 'Would you like to engrave something on the box?': 'For my best friend! :)' },
  },
}

/** Catalog V1, managed variants: Size M + Color Black is a variant; a mandatory custom text field. */
const TSHIRT_ITEM: CartItem = {
  product: tshirt,
  selection: {
    options: { Size: 'M', Color: 'Black' },
    modifiers: { 'Name to print on the back': 'ALEX' },
    quantity: 3,
  },
}
const TSHIRT_REFERENCE = {
  catalogItemId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  appId: STORES_APP_ID,
  options: {
    variantId: '00000000-0000-0003-0005-92b5d2d4b1a1',
    customTextFields: { 'Name to print on the back': 'ALEX' },
  },
}

/** Catalog V1, unmanaged: option names → choice descriptions; the color given by its hex code. */
const CANDLE_ITEM: CartItem = {
  product: candle,
  selection: { options: { Scent: 'Vanilla', 'Jar color': '#FFBF00' } },
  quantity: 2,
}
const CANDLE_REFERENCE = {
  catalogItemId: '6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f',
  appId: STORES_APP_ID,
  options: { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } },
}

/** Catalog V3 with a subscription (subscription-only product) and a pre-order variant. */
const HOUSE_BLEND_ITEM: CartItem = {
  product: houseBlend,
  selection: {
    options: { Size: '1 kg', Grind: 'Espresso', 'Bag color': 'Black' },
    modifiers: { 'Label text': 'For Dad', 'Gift wrap': 'Yes' },
    subscriptionOptionId: 'Monthly',
  },
}
const HOUSE_BLEND_REFERENCE = {
  catalogItemId: 'c4d7a1e2-93b8-4f5a-a6c1-2e8d9b0f7a35',
  appId: STORES_APP_ID,
  options: {
    variantId: '10000000-aaaa-4bbb-8ccc-000000000008',
    options: { 'Gift wrap': 'yes' },
    customTextFields: { 'Name on the label': 'For Dad' },
    subscriptionOptionId: '9fb0d1f2-7384-45a6-8c2e-d6e8fa0c1e30',
    preOrderRequested: true,
  },
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
})
afterAll(() => server.close())

/** A Cart V1 line as the SDK hands it back: the REST line with `id` renamed to `_id`. */
function sdkLineV1(reference: unknown, quantity: number, n: number): Record<string, unknown> {
  const { id, ...line } = restLineV1(reference, quantity, n)
  return { ...line, _id: id }
}

/** The one eCommerce request of the test, after checking the visitor-token call before it. */
function theCall(): RecordedRequest {
  const token = requests.find((r) => r.path === '/oauth2/token')
  expect(token).toMatchObject({ method: 'POST', body: { clientId: CLIENT_ID, grantType: 'anonymous' } })
  const calls = apiRequests()
  expect(calls).toHaveLength(1)
  const call = calls[0] as RecordedRequest
  expect(WIX_HOSTS).toContain(call.host)
  expect(call.authorization).toBe(ACCESS_TOKEN)
  return call
}

describe('addToCurrentCart', () => {
  it('Cart V1: POST /ecom/v1/carts/current/add-to-cart with { lineItems }, returns the SDK response', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', (body) => json({ cart: echoCartV1(CART_ID, body) }))
    const client = newClient()

    const result = await addToCurrentCart(client.currentCart, [COFFEE_ITEM, TSHIRT_ITEM])

    const call = theCall()
    expect(call.method).toBe('POST')
    expect(call.path).toBe('/ecom/v1/carts/current/add-to-cart')
    expect(call.body).toStrictEqual({
      lineItems: [
        { catalogReference: COFFEE_REFERENCE, quantity: 1 },
        { catalogReference: TSHIRT_REFERENCE, quantity: 3 },
      ],
    })
    // What the SDK hands back (REST `id` renamed to `_id`), exactly:
    expect(result).toStrictEqual({
      cart: {
        _id: CART_ID,
        currency: 'EUR',
        lineItems: [sdkLineV1(COFFEE_REFERENCE, 1, 1), sdkLineV1(TSHIRT_REFERENCE, 3, 2)],
      },
    })
    expect(result.cart?.lineItems?.[0]?.catalogReference?.catalogItemId).toBe(COFFEE_REFERENCE.catalogItemId)
  })

  it('Cart V2: POST /ecom/v2/carts/current/add-line-items with { catalogItems }', async () => {
    answer('POST', '/ecom/v2/carts/current/add-line-items', (body) => json({ cart: echoCartV2(CART_ID, body) }))
    const client = newClient()

    const result = await addToCurrentCart(client.currentCartV2, [CANDLE_ITEM, HOUSE_BLEND_ITEM])

    const call = theCall()
    expect(call.method).toBe('POST')
    expect(call.path).toBe('/ecom/v2/carts/current/add-line-items')
    expect(call.body).toStrictEqual({
      catalogItems: [
        { catalogReference: CANDLE_REFERENCE, quantity: 2 },
        { catalogReference: HOUSE_BLEND_REFERENCE, quantity: 1 },
      ],
    })
    // The same call made directly through the SDK answers the same object: returned unchanged.
    const direct = await client.currentCartV2.addLineItemsToCurrentCart(call.body as never)
    expect(result).toStrictEqual(direct)
    expect(result.cart?.lineItems?.[1]?.source?.catalogReference?.options).toStrictEqual(HOUSE_BLEND_REFERENCE.options)
  })

  it('passes the other fields of the call and of each line item through', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', (body) => json({ cart: echoCartV1(CART_ID, body) }))
    const client = newClient()

    await addToCurrentCart(
      client.currentCart,
      [{ ...COFFEE_ITEM, catalogOverrideFields: { productName: { original: 'Engraved coffee box' } } }],
      { businessLocationId: 'f3c1e7a0-5b2d-4c8e-9a6f-1d2e3f4a5b6c' },
    )

    expect(theCall().body).toStrictEqual({
      lineItems: [
        {
          catalogReference: COFFEE_REFERENCE,
          quantity: 1,
          catalogOverrideFields: { productName: { original: 'Engraved coffee box' } },
        },
      ],
      businessLocationId: 'f3c1e7a0-5b2d-4c8e-9a6f-1d2e3f4a5b6c',
    })
  })

  it('sends a copy: the SDK renames _id keys in its input, the caller’s objects stay intact', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', (body) => json({ cart: echoCartV1(CART_ID, body) }))
    const client = newClient()
    const prebuilt = {
      catalogReference: {
        catalogItemId: 'c8539b66-7a44-fe18-affc-afec4be8562a',
        appId: '6a3b8f2e-1c4d-4e5f-9a8b-7c6d5e4f3a2b',
        options: { _id: 'booking-1' },
      },
      quantity: 1,
      extendedFields: { namespaces: { _user_fields: { _id: 'x' } } },
    }
    const before = structuredClone(prebuilt)
    const items = [prebuilt, TSHIRT_ITEM]
    const itemsBefore = structuredClone(items)

    await addToCurrentCart(client.currentCart, items)

    expect(prebuilt).toStrictEqual(before)
    expect(items).toStrictEqual(itemsBefore)
    // Wix received the REST names, as the SDK always sends them.
    expect((theCall().body as { lineItems: unknown[] }).lineItems[0]).toStrictEqual({
      catalogReference: {
        catalogItemId: 'c8539b66-7a44-fe18-affc-afec4be8562a',
        appId: '6a3b8f2e-1c4d-4e5f-9a8b-7c6d5e4f3a2b',
        options: { id: 'booking-1' },
      },
      quantity: 1,
      extendedFields: { namespaces: { _user_fields: { id: 'x' } } },
    })
  })
})

describe('addToCart', () => {
  it('Cart V1: POST /ecom/v1/carts/{id}/add-to-cart with { id, lineItems }', async () => {
    answer('POST', `/ecom/v1/carts/${CART_ID}/add-to-cart`, (body) => json({ cart: echoCartV1(CART_ID, body) }))
    const client = newClient()

    const result = await addToCart(client.cart, CART_ID, [
      TSHIRT_ITEM,
      { catalogReference: COFFEE_REFERENCE, quantity: 4 },
    ])

    const call = theCall()
    expect(call.method).toBe('POST')
    expect(call.path).toBe(`/ecom/v1/carts/${CART_ID}/add-to-cart`)
    expect(call.body).toStrictEqual({
      id: CART_ID,
      lineItems: [
        { catalogReference: TSHIRT_REFERENCE, quantity: 3 },
        { catalogReference: COFFEE_REFERENCE, quantity: 4 },
      ],
    })
    const direct = await client.cart.addToCart(CART_ID, { lineItems: (call.body as { lineItems: never[] }).lineItems })
    expect(result).toStrictEqual(direct)
  })

  it('Cart V2: POST /ecom/v2/carts/{cartId}/add-line-items with { cartId, catalogItems }', async () => {
    answer('POST', `/ecom/v2/carts/${CART_ID}/add-line-items`, (body) => json({ cart: echoCartV2(CART_ID, body) }))
    const client = newClient()

    const result = await addToCart(client.cartV2, CART_ID, [HOUSE_BLEND_ITEM])

    const call = theCall()
    expect(call.method).toBe('POST')
    expect(call.path).toBe(`/ecom/v2/carts/${CART_ID}/add-line-items`)
    expect(call.body).toStrictEqual({
      cartId: CART_ID,
      catalogItems: [{ catalogReference: HOUSE_BLEND_REFERENCE, quantity: 1 }],
    })
    const direct = await client.cartV2.addLineItems(CART_ID, {
      catalogItems: (call.body as { catalogItems: never[] }).catalogItems,
    })
    expect(result).toStrictEqual(direct)
    expect(result.cart?._id).toBe(CART_ID)
  })
})

describe('createCart', () => {
  it('Cart V1: POST /ecom/v1/carts with { lineItems, couponCode }, returns the cart itself', async () => {
    answer('POST', '/ecom/v1/carts', (body) => json({ cart: echoCartV1(CART_ID, body) }))
    const client = newClient()

    const result = await createCart(client.cart, [CANDLE_ITEM], { couponCode: 'SUMMERSALE10' })

    const call = theCall()
    expect(call.method).toBe('POST')
    expect(call.path).toBe('/ecom/v1/carts')
    expect(call.body).toStrictEqual({
      couponCode: 'SUMMERSALE10',
      lineItems: [{ catalogReference: CANDLE_REFERENCE, quantity: 2 }],
    })
    expect(result._id).toBe(CART_ID)
    expect(result.lineItems).toHaveLength(1)
    const direct = await client.cart.createCart(call.body as never)
    expect(result).toStrictEqual(direct)
  })

  it('Cart V2: POST /ecom/v2/carts with { catalogItems }, returns the cart itself', async () => {
    answer('POST', '/ecom/v2/carts', (body) => json({ cart: echoCartV2(CART_ID, body) }))
    const client = newClient()

    const result = await createCart(client.cartV2, [COFFEE_ITEM, CANDLE_ITEM])

    const call = theCall()
    expect(call.method).toBe('POST')
    expect(call.path).toBe('/ecom/v2/carts')
    expect(call.body).toStrictEqual({
      catalogItems: [
        { catalogReference: COFFEE_REFERENCE, quantity: 1 },
        { catalogReference: CANDLE_REFERENCE, quantity: 2 },
      ],
    })
    expect(result._id).toBe(CART_ID)
    const direct = await client.cartV2.createCart(call.body as never)
    expect(result).toStrictEqual(direct)
  })
})

describe('createCheckout', () => {
  it('POST /ecom/v1/checkouts with { lineItems, channelType }, returns the checkout itself', async () => {
    answer('POST', '/ecom/v1/checkouts', (body) => json({ checkout: echoCartV1(CHECKOUT_ID, body) }))
    const client = newClient()

    const result = await createCheckout(client.checkout, [COFFEE_ITEM, TSHIRT_ITEM], { channelType: 'WEB' })

    const call = theCall()
    expect(call.method).toBe('POST')
    expect(call.path).toBe('/ecom/v1/checkouts')
    expect(call.body).toStrictEqual({
      lineItems: [
        { catalogReference: COFFEE_REFERENCE, quantity: 1 },
        { catalogReference: TSHIRT_REFERENCE, quantity: 3 },
      ],
      channelType: 'WEB',
    })
    expect(result._id).toBe(CHECKOUT_ID)
    const direct = await client.checkout.createCheckout(call.body as never)
    expect(result).toStrictEqual(direct)
  })
})

describe('addToCheckout', () => {
  it('POST /ecom/v1/checkouts/{id}/add-to-checkout with { id, lineItems }', async () => {
    answer('POST', `/ecom/v1/checkouts/${CHECKOUT_ID}/add-to-checkout`, (body) =>
      json({ checkout: echoCartV1(CHECKOUT_ID, body) }),
    )
    const client = newClient()

    const result = await addToCheckout(client.checkout, CHECKOUT_ID, [HOUSE_BLEND_ITEM])

    const call = theCall()
    expect(call.method).toBe('POST')
    expect(call.path).toBe(`/ecom/v1/checkouts/${CHECKOUT_ID}/add-to-checkout`)
    expect(call.body).toStrictEqual({
      id: CHECKOUT_ID,
      lineItems: [{ catalogReference: HOUSE_BLEND_REFERENCE, quantity: 1 }],
    })
    expect(result.checkout?._id).toBe(CHECKOUT_ID)
    const direct = await client.checkout.addToCheckout(CHECKOUT_ID, {
      lineItems: (call.body as { lineItems: never[] }).lineItems,
    })
    expect(result).toStrictEqual(direct)
  })
})
