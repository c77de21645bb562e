/*
 * The recipes of docs/ecom.md run: each examples/ecom-*.ts file is imported and called against msw (real
 * @wix/sdk client, real @wix/ecom and @wix/stores modules). Velo's platform modules, which exist
 * only inside a Wix site, are stood in for by plain objects; the builder is always the real one.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { STORES_APP_ID } from '../../src/index.js'
import candleSdk from '../fixtures/candle-unmanaged.sdk.json'
import houseBlendRest from '../fixtures/house-blend.rest.json'
import tshirtSdk from '../fixtures/tshirt-managed.sdk.json'
import { answer, apiRequests, echoCartV1, echoCartV2, json, requests, server } from './wix-server.js'

const HOUSE_BLEND_ID = 'c4d7a1e2-93b8-4f5a-a6c1-2e8d9b0f7a35'
const CART_ID = 'ba47a627-7bb8-4918-89b2-6a72af464765'
const HOUSE_BLEND_SELECTION = {
  options: { Size: '1 kg', Grind: 'Espresso', 'Bag color': 'Black' },
  modifiers: { 'Label text': 'For Dad' },
  subscriptionOptionId: 'Monthly',
}
const HOUSE_BLEND_REFERENCE = {
  catalogItemId: HOUSE_BLEND_ID,
  appId: STORES_APP_ID,
  options: {
    variantId: '10000000-aaaa-4bbb-8ccc-000000000008',
    customTextFields: { 'Name on the label': 'For Dad' },
    subscriptionOptionId: '9fb0d1f2-7384-45a6-8c2e-d6e8fa0c1e30',
    preOrderRequested: true,
  },
}

/* Velo's platform modules: webMethod runs the function; products and currentCart answer like Wix. */
const velo = vi.hoisted(() => ({ products: new Map<string, unknown>(), sent: [] as unknown[] }))
vi.mock('wix-web-module', () => ({
  Permissions: { Anyone: 'Anyone', SiteMember: 'SiteMember', Admin: 'Admin' },
  webMethod: (_permission: string, fn: unknown) => fn,
}))
vi.mock('wix-stores.v2', () => ({
  products: {
    getProduct: async (id: string) => {
      const product = velo.products.get(id)
      if (product === undefined)
        throw Object.assign(new Error('Product not found'), {
          details: { applicationError: { code: 'PRODUCT_NOT_FOUND' } },
        })
      return { product }
    },
  },
}))
vi.mock('wix-ecom-backend', () => ({
  currentCart: {
    addToCurrentCart: async (options: { lineItems: { catalogReference: unknown; quantity: number }[] }) => {
      velo.sent.push(options)
      return {
        cart: {
          _id: 'velo-cart',
          lineItems: options.lineItems.map((l, i) => ({
            _id: `line-${i}`,
            ...l,
            availability: { status: 'AVAILABLE' },
          })),
        },
      }
    },
  },
}))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
  velo.sent.length = 0
})
afterAll(() => server.close())

function serveHouseBlend(): void {
  answer('GET', `/stores/v3/products/${HOUSE_BLEND_ID}`, () => json({ product: houseBlendRest }))
}

describe('examples/ecom-headless-add-to-cart.ts', () => {
  it('adds the chosen variant to the visitor’s Cart V2', async () => {
    serveHouseBlend()
    answer('POST', '/ecom/v2/carts/current/add-line-items', (body) => json({ cart: echoCartV2(CART_ID, body) }))
    const { onAddToCart } = await import('../../examples/ecom-headless-add-to-cart.js')

    expect(await onAddToCart(HOUSE_BLEND_ID, HOUSE_BLEND_SELECTION)).toStrictEqual({
      ok: true,
      cartId: CART_ID,
      lines: 1,
    })
    expect(apiRequests().at(-1)?.body).toStrictEqual({
      catalogItems: [{ catalogReference: HOUSE_BLEND_REFERENCE, quantity: 1 }],
    })
  })

  it('shows every problem with the buyer’s choices, and adds nothing', async () => {
    serveHouseBlend()
    const { onAddToCart } = await import('../../examples/ecom-headless-add-to-cart.js')

    const outcome = await onAddToCart(HOUSE_BLEND_ID, { options: { Size: 'XL' } })
    expect(outcome.ok).toBe(false)
    expect(outcome.ok ? [] : outcome.problems).toContain('Option "Size" has no choice "XL". Choices: 250 g, 1 kg.')
    expect(apiRequests().map((r) => r.path)).toStrictEqual([`/stores/v3/products/${HOUSE_BLEND_ID}`])
  })
})

/** The Velo recipe is JavaScript (checked through its JSDoc by examples/velo/tsconfig.json): its type here. */
type AddItems = (
  request: unknown,
) => Promise<
  | { ok: true; cartId: string | undefined }
  | { ok: false; problems: { item: number | undefined; code: string; message: string }[] }
>
const veloRecipe = '../../examples/velo/add-items.web.js'

describe('examples/velo/add-items.web.js', () => {
  it('checks untrusted selections from the page and adds valid ones to the current cart', async () => {
    velo.products.set(tshirtSdk._id, tshirtSdk)
    velo.products.set(candleSdk._id, candleSdk)
    const { addItems } = (await import(veloRecipe)) as { addItems: AddItems }

    expect(
      await addItems([
        {
          productId: tshirtSdk._id,
          selection: { options: { Size: 'M', Color: 'Black' }, modifiers: { 'Name to print on the back': 'ALEX' } },
        },
        { productId: candleSdk._id, selection: { options: { Scent: 'Cedarwood', 'Jar color': 'Clear' }, quantity: 2 } },
      ]),
    ).toStrictEqual({ ok: true, cartId: 'velo-cart' })
    expect(velo.sent).toStrictEqual([
      {
        lineItems: [
          {
            catalogReference: {
              catalogItemId: tshirtSdk._id,
              appId: STORES_APP_ID,
              options: {
                variantId: '00000000-0000-0003-0005-92b5d2d4b1a1',
                customTextFields: { 'Name to print on the back': 'ALEX' },
              },
            },
            quantity: 1,
          },
          {
            catalogReference: {
              catalogItemId: candleSdk._id,
              appId: STORES_APP_ID,
              options: { options: { Scent: 'Cedarwood', 'Jar color': 'Clear' } },
            },
            quantity: 2,
          },
        ],
      },
    ])
  })

  it('answers the page with each problem and its item, and adds nothing', async () => {
    velo.products.set(tshirtSdk._id, tshirtSdk)
    const { addItems } = (await import(veloRecipe)) as { addItems: AddItems }

    expect(await addItems('not a list')).toStrictEqual({
      ok: false,
      problems: [{ item: undefined, code: 'invalid_request', message: 'Send 1 to 20 items.' }],
    })
    expect(await addItems([{ productId: 'nope' }])).toStrictEqual({
      ok: false,
      problems: [{ item: 0, code: 'unknown_product', message: 'This product does not exist.' }],
    })
    const result = await addItems([
      {
        productId: tshirtSdk._id,
        selection: { options: { Size: 'S', Color: 'White' }, modifiers: { 'Name to print on the back': 'A' } },
      },
    ])
    expect(result).toStrictEqual({
      ok: false,
      problems: [{ item: 0, code: 'out_of_stock', message: 'The variant Size: S, Color: White is out of stock.' }],
    })
    expect(velo.sent).toStrictEqual([])
  })
})

describe('examples/ecom-app-backend.ts', () => {
  beforeAll(() => {
    vi.stubEnv('WIX_APP_SECRET', 'app-secret')
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it('creates a Cart V2 with the app’s identity and answers its checkout URL', async () => {
    serveHouseBlend()
    answer('POST', '/ecom/v2/carts', (body) => json({ cart: echoCartV2(CART_ID, body) }))
    answer('POST', `/ecom/v2/carts/${CART_ID}/get-checkout-url`, () =>
      json({ checkoutUrl: `https://shop.example/checkout?cartId=${CART_ID}` }),
    )
    const { buyAgain } = await import('../../examples/ecom-app-backend.js')

    expect(
      await buyAgain('instance-1', [{ productId: HOUSE_BLEND_ID, selection: HOUSE_BLEND_SELECTION }]),
    ).toStrictEqual({
      ok: true,
      checkoutUrl: `https://shop.example/checkout?cartId=${CART_ID}`,
    })
    expect(requests[0]).toMatchObject({
      path: '/oauth2/token',
      body: { grant_type: 'client_credentials', instance_id: 'instance-1' },
    })
    expect(apiRequests().find((r) => r.path === '/ecom/v2/carts')?.body).toStrictEqual({
      catalogItems: [{ catalogReference: HOUSE_BLEND_REFERENCE, quantity: 1 }],
    })
  })

  it('says which past line can no longer be bought', async () => {
    serveHouseBlend()
    const { buyAgain } = await import('../../examples/ecom-app-backend.js')
    const result = await buyAgain('instance-1', [
      { productId: HOUSE_BLEND_ID, selection: { ...HOUSE_BLEND_SELECTION, subscriptionOptionId: 'Weekly' } },
    ])
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.unavailable.map((u) => u.line)).toStrictEqual([0])
  })
})

describe('examples/ecom-migrate-cart-v2.ts', () => {
  const items = [{ product: houseBlendRest, selection: HOUSE_BLEND_SELECTION }]

  it('Cart V1 and Cart V2 read the same lines from their different responses', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', (body) => json({ cart: echoCartV1(CART_ID, body) }))
    answer('POST', '/ecom/v2/carts/current/add-line-items', (body) => json({ cart: echoCartV2(CART_ID, body) }))
    const { addToCartV1, addToCartV2 } = await import('../../examples/ecom-migrate-cart-v2.js')

    const v1 = await addToCartV1(items)
    const v2 = await addToCartV2(items)
    expect(v1).toStrictEqual([{ catalogItemId: HOUSE_BLEND_ID, quantity: 1 }])
    expect(v2).toStrictEqual(v1)
    const [first, second] = apiRequests()
    expect(first?.body).toStrictEqual({ lineItems: [{ catalogReference: HOUSE_BLEND_REFERENCE, quantity: 1 }] })
    expect(second?.body).toStrictEqual({ catalogItems: [{ catalogReference: HOUSE_BLEND_REFERENCE, quantity: 1 }] })
  })

  it('Checkout V1 becomes a Cart V2 and its checkout URL', async () => {
    answer('POST', '/ecom/v1/checkouts', (body) => json({ checkout: echoCartV1('checkout-1', body) }))
    answer('POST', '/ecom/v2/carts', (body) => json({ cart: echoCartV2(CART_ID, body) }))
    answer('POST', `/ecom/v2/carts/${CART_ID}/get-checkout-url`, () =>
      json({ checkoutUrl: 'https://shop.example/checkout' }),
    )
    const { checkoutV1, checkoutV2 } = await import('../../examples/ecom-migrate-cart-v2.js')

    expect(await checkoutV1(items)).toBe('checkout-1')
    expect(await checkoutV2(items)).toBe('https://shop.example/checkout')
  })
})
