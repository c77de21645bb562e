/*
 * Verification: Wix answers 200 but did not add every line as asked. Runs through the real
 * @wix/sdk client (msw), so the comparison goes through the SDK's real id → _id renaming.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  LineItemsNotAddedError,
  addToCart,
  addToCurrentCart,
  createCart,
  createCheckout,
  isLineItemsNotAddedError,
  isWixRequestError,
} from '../../src/ecom/index.js'
import type { CartItem } from '../../src/ecom/index.js'
import { STORES_APP_ID } from '../../src/index.js'
import type { CatalogProduct } from '../../src/index.js'
import coffeeJson from '../fixtures/coffee-docs.rest.json'
import tshirtJson from '../fixtures/tshirt-managed.rest.json'
import { answer, apiRequests, json, newClient, requests, restLineV1, restLineV2, server } from './wix-server.js'

const coffee: CatalogProduct = coffeeJson
const tshirt: CatalogProduct = tshirtJson
const CART_ID = 'ba47a627-7bb8-4918-89b2-6a72af464765'
const CURRENT_V1 = '/ecom/v1/carts/current/add-to-cart'
const CURRENT_V2 = '/ecom/v2/carts/current/add-line-items'

const COFFEE_ITEM: CartItem = {
  product: coffee,
  selection: { options: { Size: 'L', 'Box color': 'Blue' }, quantity: 2 },
}
const COFFEE_REFERENCE = {
  catalogItemId: 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca',
  appId: STORES_APP_ID,
  options: { variantId: '02f13ad1-40f1-4108-ae2e-9f48e17dfea7' },
}
const TSHIRT_ITEM: CartItem = {
  product: tshirt,
  selection: { options: { Size: 'S', Color: 'Black' }, modifiers: { 'Name to print on the back': 'SAM' } },
}
const TSHIRT_REFERENCE = {
  catalogItemId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  appId: STORES_APP_ID,
  options: {
    variantId: '00000000-0000-0001-0005-92b5d2d4b1a1',
    customTextFields: { 'Name to print on the back': 'SAM' },
  },
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
})
afterAll(() => server.close())

async function notAdded(promise: Promise<unknown>): Promise<LineItemsNotAddedError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(LineItemsNotAddedError)
    expect(isLineItemsNotAddedError(error)).toBe(true)
    return error as LineItemsNotAddedError
  }
  throw new Error('expected a LineItemsNotAddedError')
}

function cartV1(...lines: Record<string, unknown>[]): Record<string, unknown> {
  return { cart: { id: CART_ID, lineItems: lines } }
}

function cartV2(...lines: Record<string, unknown>[]): Record<string, unknown> {
  return { cart: { id: CART_ID, lineItems: lines } }
}

describe('a requested line that did not come back as asked', () => {
  it('dropped line (Cart V1): reason "missing", the response kept unchanged', async () => {
    answer('POST', CURRENT_V1, () => json(cartV1(restLineV1(COFFEE_REFERENCE, 2, 1))))
    const client = newClient()

    const error = await notAdded(addToCurrentCart(client.currentCart, [COFFEE_ITEM, TSHIRT_ITEM]))

    expect(error.name).toBe('LineItemsNotAddedError')
    expect(error.rejected).toStrictEqual([{ index: 1, catalogReference: TSHIRT_REFERENCE, reason: 'missing' }])
    expect(error.message).toBe(
      'Wix did not add 1 of 2 line items (currentCart.addToCurrentCart)\n' +
        `- items[1] ${TSHIRT_REFERENCE.catalogItemId} ${JSON.stringify(TSHIRT_REFERENCE.options)} is missing from the response (Wix dropped it: check the catalogReference)`,
    )
    // The cart did change (the coffee was added): the SDK's response is there, as the SDK returned it.
    const direct = await client.currentCart.addToCurrentCart({ lineItems: [] })
    expect(error.response).toStrictEqual(direct)
    expect(apiRequests()).toHaveLength(2) // the wrapper's call + the direct one above: no retry
  })

  it('a line Wix answered with another variant counts as missing', async () => {
    const other = { ...COFFEE_REFERENCE, options: { variantId: '9650a809-5567-44f7-9435-cf77a38cb170' } }
    answer('POST', CURRENT_V1, () => json(cartV1(restLineV1(other, 2, 1))))
    const error = await notAdded(addToCurrentCart(newClient().currentCart, [COFFEE_ITEM]))
    expect(error.rejected).toStrictEqual([{ index: 0, catalogReference: COFFEE_REFERENCE, reason: 'missing' }])
  })

  it('dropped line (Cart V2, empty cart): every item is missing', async () => {
    answer('POST', CURRENT_V2, () => json({ cart: { id: CART_ID } }))
    const error = await notAdded(addToCurrentCart(newClient().currentCartV2, [COFFEE_ITEM, TSHIRT_ITEM]))
    expect(error.rejected.map((r) => [r.index, r.reason])).toStrictEqual([
      [0, 'missing'],
      [1, 'missing'],
    ])
    expect(error.message.split('\n')[0]).toBe(
      'Wix did not add 2 of 2 line items (currentCartV2.addLineItemsToCurrentCart)',
    )
  })

  it('zero quantity (Cart V1): reason "zero_quantity" with the returned line', async () => {
    answer('POST', CURRENT_V1, () =>
      json(cartV1(restLineV1(COFFEE_REFERENCE, 0, 1), restLineV1(TSHIRT_REFERENCE, 1, 2))),
    )
    const error = await notAdded(addToCurrentCart(newClient().currentCart, [COFFEE_ITEM, TSHIRT_ITEM]))
    expect(error.rejected).toHaveLength(1)
    expect(error.rejected[0]).toMatchObject({ index: 0, catalogReference: COFFEE_REFERENCE, reason: 'zero_quantity' })
    expect(error.rejected[0]?.line).toMatchObject({ _id: '00000000-0000-0000-0000-000000000001', quantity: 0 })
    expect(error.message).toContain('came back with quantity 0')
  })

  it('zero quantity left out of the JSON (as Wix leaves zero numbers out) is zero too', async () => {
    const { quantity: _zero, ...line } = restLineV1(COFFEE_REFERENCE, 0, 1)
    answer('POST', CURRENT_V1, () => json(cartV1(line)))
    const error = await notAdded(addToCurrentCart(newClient().currentCart, [COFFEE_ITEM]))
    expect(error.rejected.map((r) => r.reason)).toStrictEqual(['zero_quantity'])
  })

  it('zero confirmed quantity (Cart V2)', async () => {
    answer('POST', CURRENT_V2, () => json(cartV2(restLineV2(COFFEE_REFERENCE, 0, 1))))
    const error = await notAdded(addToCurrentCart(newClient().currentCartV2, [COFFEE_ITEM]))
    expect(error.rejected.map((r) => r.reason)).toStrictEqual(['zero_quantity'])
  })

  it.each(['NOT_AVAILABLE', 'NOT_FOUND'])('unavailable status %s (Cart V1)', async (status) => {
    answer('POST', `/ecom/v1/carts/${CART_ID}/add-to-cart`, () =>
      json(cartV1(restLineV1(COFFEE_REFERENCE, 2, 1, status))),
    )
    const error = await notAdded(addToCart(newClient().cart, CART_ID, [COFFEE_ITEM]))
    expect(error.rejected[0]).toMatchObject({ index: 0, reason: 'unavailable', line: { availability: { status } } })
    expect(error.message).toContain('came back unavailable')
  })

  it.each(['OUT_OF_STOCK', 'REMOVED_FROM_CATALOG'])('unavailable status %s (Cart V2)', async (status) => {
    answer('POST', `/ecom/v2/carts/${CART_ID}/add-line-items`, () =>
      json(cartV2(restLineV2(COFFEE_REFERENCE, 0, 1, status))),
    )
    const error = await notAdded(addToCart(newClient().cartV2, CART_ID, [COFFEE_ITEM]))
    expect(error.rejected[0]).toMatchObject({ index: 0, reason: 'unavailable', line: { status } })
  })

  it('checks createCheckout answers too (the checkout itself)', async () => {
    answer('POST', '/ecom/v1/checkouts', () =>
      json({ checkout: { id: 'co-1', lineItems: [restLineV1(COFFEE_REFERENCE, 2, 1, 'NOT_AVAILABLE')] } }),
    )
    const error = await notAdded(createCheckout(newClient().checkout, [COFFEE_ITEM], { channelType: 'WEB' }))
    expect(error.rejected.map((r) => r.reason)).toStrictEqual(['unavailable'])
    expect((error.response as { _id?: string })._id).toBe('co-1')
  })
})

describe('comparing through the SDK’s id → _id renaming', () => {
  // A custom catalog's reference (any app): options may hold `id` keys, which the SDK answers as `_id`.
  const CUSTOM_REFERENCE = {
    catalogItemId: 'gift-card-50',
    appId: '6a3b8f2e-1c4d-4e5f-9a8b-7c6d5e4f3a2b',
    options: { id: 'card-design-7', details: { id: 'nested', createdDate: '2024-01-01' }, lines: [{ id: 'a' }] },
  }

  it('a reference with id keys inside options is found after the SDK renamed them to _id', async () => {
    answer('POST', CURRENT_V1, (body) =>
      json(
        cartV1(
          restLineV1((body as { lineItems: { catalogReference: unknown }[] }).lineItems[0]?.catalogReference, 1, 1),
        ),
      ),
    )
    const client = newClient()

    const result = await addToCurrentCart(client.currentCart, [{ catalogReference: CUSTOM_REFERENCE }])

    // the SDK did rename them in what it handed back…
    expect(result.cart?.lineItems?.[0]?.catalogReference?.options).toStrictEqual({
      _id: 'card-design-7',
      details: { _id: 'nested', _createdDate: '2024-01-01' },
      lines: [{ _id: 'a' }],
    })
    // …and the wrapper still matched the line (no LineItemsNotAddedError).
    expect(apiRequests()[0]?.body).toStrictEqual({ lineItems: [{ catalogReference: CUSTOM_REFERENCE, quantity: 1 }] })
  })

  it('a reference given with _id keys matches too (the SDK sends them as id)', async () => {
    const withUnderscore = { ...CUSTOM_REFERENCE, options: { _id: 'card-design-7' } }
    answer('POST', CURRENT_V2, (body) =>
      json(
        cartV2(
          restLineV2(
            (body as { catalogItems: { catalogReference: unknown }[] }).catalogItems[0]?.catalogReference,
            1,
            1,
          ),
        ),
      ),
    )
    const result = await addToCurrentCart(newClient().currentCartV2, [{ catalogReference: withUnderscore }])
    expect(result.cart?.lineItems?.[0]?.source?.catalogReference?.options).toStrictEqual({ _id: 'card-design-7' })
    expect(apiRequests()[0]?.body).toStrictEqual({
      catalogItems: [{ catalogReference: { ...CUSTOM_REFERENCE, options: { id: 'card-design-7' } }, quantity: 1 }],
    })
  })

  it('a different id inside options is still a different line', async () => {
    const answered = { ...CUSTOM_REFERENCE, options: { ...CUSTOM_REFERENCE.options, id: 'card-design-8' } }
    answer('POST', CURRENT_V1, () => json(cartV1(restLineV1(answered, 1, 1))))
    const error = await notAdded(addToCurrentCart(newClient().currentCart, [{ catalogReference: CUSTOM_REFERENCE }]))
    expect(error.rejected.map((r) => r.reason)).toStrictEqual(['missing'])
  })
})

describe('what verification accepts, and verify: false', () => {
  it('identical references that Wix merged into one line are both added', async () => {
    answer('POST', CURRENT_V1, () => json(cartV1(restLineV1(COFFEE_REFERENCE, 4, 1))))
    const result = await addToCurrentCart(newClient().currentCart, [COFFEE_ITEM, COFFEE_ITEM])
    expect(result.cart?.lineItems).toHaveLength(1)
  })

  it('partial stock (PARTIALLY_AVAILABLE) counts as added', async () => {
    answer('POST', CURRENT_V1, () => json(cartV1(restLineV1(COFFEE_REFERENCE, 1, 1, 'PARTIALLY_AVAILABLE'))))
    const result = await addToCurrentCart(newClient().currentCart, [COFFEE_ITEM])
    expect(result.cart?.lineItems?.[0]?.quantity).toBe(1)
  })

  it('limit: a line that was already in the cart passes, even if Wix added nothing this time', async () => {
    // The cart already held 2 of the coffee; Wix answers the same 2 (it did not add the new 2).
    answer('POST', CURRENT_V1, () => json(cartV1(restLineV1(COFFEE_REFERENCE, 2, 1))))
    const result = await addToCurrentCart(newClient().currentCart, [COFFEE_ITEM])
    expect(result.cart?.lineItems?.[0]?.quantity).toBe(2)
  })

  it('verify: false returns the response as it is, dropped lines and all', async () => {
    answer('POST', '/ecom/v1/carts', () => json({ cart: { id: CART_ID, lineItems: [] } }))
    const result = await createCart(newClient().cart, [COFFEE_ITEM, TSHIRT_ITEM], { verify: false })
    expect(result._id).toBe(CART_ID)
    expect(result.lineItems).toStrictEqual([])
  })

  it('reads a Velo answer that is the cart itself (as the Velo docs show for addToCart)', async () => {
    const sent: unknown[] = []
    const veloCart = {
      addToCart: async (_id: string, options: { lineItems: { catalogReference: unknown; quantity: number }[] }) => {
        sent.push(options)
        return {
          _id,
          lineItems: options.lineItems.map((l, i) => ({
            _id: `line-${i}`,
            ...l,
            availability: { status: 'AVAILABLE' },
          })),
        }
      },
    }
    const result = await addToCart(veloCart, CART_ID, [COFFEE_ITEM])
    expect(sent).toStrictEqual([{ lineItems: [{ catalogReference: COFFEE_REFERENCE, quantity: 2 }] }])
    expect(result.lineItems[0]?._id).toBe('line-0')

    const dropping = { addToCart: async (_id: string) => ({ _id, lineItems: [] }) }
    const error = await notAdded(addToCart(dropping, CART_ID, [COFFEE_ITEM]))
    expect(error.rejected.map((r) => r.reason)).toStrictEqual(['missing'])
  })
})

describe('guards work across realms (by name)', () => {
  it('isLineItemsNotAddedError', () => {
    expect(isLineItemsNotAddedError({ name: 'LineItemsNotAddedError', rejected: [], response: {} })).toBe(true)
    expect(isLineItemsNotAddedError({ name: 'LineItemsNotAddedError' })).toBe(false)
    expect(isLineItemsNotAddedError(new Error('LineItemsNotAddedError'))).toBe(false)
    expect(isLineItemsNotAddedError(null)).toBe(false)
  })

  it('isWixRequestError', () => {
    expect(isWixRequestError({ name: 'WixRequestError', operation: 'cart.addToCart', code: '404' })).toBe(true)
    expect(isWixRequestError({ name: 'WixRequestError', operation: 'cart.addToCart' })).toBe(false)
    expect(isWixRequestError({ name: 'Error', operation: 'x', code: 'y' })).toBe(false)
    expect(isWixRequestError(undefined)).toBe(false)
  })
})
