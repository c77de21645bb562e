/*
 * Items: what the wrappers send for each item shape, and every way an item is rejected before the
 * call. The API object is a Velo-shaped `currentCart` (plain async functions) that records what it
 * receives and answers like Wix; the builder is the real one.
 */
import { describe, expect, it } from 'vitest'
import { addToCurrentCart, isCatalogReferenceError } from '../../src/ecom/index.js'
import type { CartItem, WixLineItem } from '../../src/ecom/index.js'
import { STORES_APP_ID, buildLineItem } from '../../src/index.js'
import type { BuildIssue, CatalogProduct } from '../../src/index.js'
import candleJson from '../fixtures/candle-unmanaged.sdk.json'
import coffeeJson from '../fixtures/coffee-docs.rest.json'

const coffee: CatalogProduct = coffeeJson
const candle: CatalogProduct = candleJson
const BOOKINGS_APP_ID = '13d21c63-b5ec-5912-8397-c3a5ddb27a97'

/** A Velo-shaped current cart that adds every line as asked and records each call's options. */
function veloCurrentCart(): {
  calls: { lineItems: WixLineItem[] }[]
  addToCurrentCart(options: { lineItems: WixLineItem[] }): Promise<unknown>
} {
  const calls: { lineItems: WixLineItem[] }[] = []
  return {
    calls,
    async addToCurrentCart(options) {
      calls.push(options)
      return {
        cart: {
          _id: 'cart-1',
          lineItems: options.lineItems.map((l, i) => ({
            _id: `line-${i}`,
            ...l,
            availability: { status: 'AVAILABLE' },
          })),
        },
      }
    },
  }
}

async function issuesOf(items: readonly unknown[]): Promise<BuildIssue[]> {
  const api = veloCurrentCart()
  try {
    await addToCurrentCart(api, items as CartItem[])
  } catch (error) {
    expect(isCatalogReferenceError(error)).toBe(true)
    expect(api.calls).toHaveLength(0)
    return [...(error as { issues: BuildIssue[] }).issues]
  }
  throw new Error('expected a CatalogReferenceError')
}

const COFFEE_S_RED = {
  catalogItemId: 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca',
  appId: STORES_APP_ID,
  options: { variantId: '9650a809-5567-44f7-9435-cf77a38cb170' },
}

describe('what is sent for each item shape', () => {
  it('a product item: the built reference, selection.quantity, other fields passed through', async () => {
    const api = veloCurrentCart()
    await addToCurrentCart(api, [
      {
        product: coffee,
        selection: { options: { Size: 'S', 'Box color': 'Red' }, quantity: 5 },
        extendedFields: { namespaces: { '@acme/gifts': { wrap: true } } },
      },
    ])
    expect(api.calls).toStrictEqual([
      {
        lineItems: [
          {
            catalogReference: COFFEE_S_RED,
            quantity: 5,
            extendedFields: { namespaces: { '@acme/gifts': { wrap: true } } },
          },
        ],
      },
    ])
  })

  it('a product item may give its quantity next to the product', async () => {
    const api = veloCurrentCart()
    await addToCurrentCart(api, [
      { product: coffee, selection: { options: { Size: 'S', 'Box color': 'Red' } }, quantity: 3 },
    ])
    expect(api.calls[0]?.lineItems[0]?.quantity).toBe(3)
  })

  it('the build options reach the builder (availability: ignore)', async () => {
    const hidden = { ...candleJson, visible: false }
    expect(
      (await issuesOf([{ product: hidden, selection: { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } } }])).map(
        (i) => i.code,
      ),
    ).toStrictEqual(['product_hidden'])
    const api = veloCurrentCart()
    await addToCurrentCart(api, [
      {
        product: hidden,
        selection: { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } },
        options: { availability: 'ignore' },
      },
    ])
    expect(api.calls[0]?.lineItems[0]?.catalogReference.options).toStrictEqual({
      options: { Scent: 'Vanilla', 'Jar color': 'Amber' },
    })
  })

  it('a prebuilt line item (from buildLineItem) is sent as it is, quantity 1 by default', async () => {
    const api = veloCurrentCart()
    const line = buildLineItem(candle, { options: { Scent: 'Lavender', 'Jar color': 'Clear' } })
    await addToCurrentCart(api, [line, { catalogReference: COFFEE_S_RED }])
    expect(api.calls[0]?.lineItems).toStrictEqual([line, { catalogReference: COFFEE_S_RED, quantity: 1 }])
  })

  it('a prebuilt reference of another catalog (Bookings) with its own options', async () => {
    const api = veloCurrentCart()
    const booking = {
      catalogItemId: 'a1b2c3d4-0000-4000-8000-000000000001',
      appId: BOOKINGS_APP_ID,
      options: { timezone: 'Europe/Paris', slot: { startDate: '2025-05-01T10:00:00Z' } },
    }
    await addToCurrentCart(api, [{ catalogReference: booking, quantity: 1 }])
    expect(api.calls[0]?.lineItems).toStrictEqual([{ catalogReference: booking, quantity: 1 }])
  })
})

describe('items rejected before the call', () => {
  it('an item that is not an object, or has neither / both shapes', async () => {
    const issues = await issuesOf([null, {}, { product: coffee, catalogReference: COFFEE_S_RED }])
    expect(issues).toStrictEqual([
      {
        code: 'invalid_selection',
        path: [0],
        message: 'items[0] must be { product, selection?, options? } or { catalogReference, quantity? }, got null.',
      },
      {
        code: 'invalid_selection',
        path: [1],
        message:
          'items[1] has neither product nor catalogReference: give { product, selection?, options? } or { catalogReference, quantity? }.',
      },
      {
        code: 'invalid_selection',
        path: [2],
        message:
          'items[2] has both product and catalogReference: give { product, selection?, options? } or { catalogReference, quantity? }.',
      },
    ])
  })

  it('items that are not an array', async () => {
    const api = veloCurrentCart()
    await expect(addToCurrentCart(api, 'coffee' as never)).rejects.toMatchObject({
      name: 'CatalogReferenceError',
      issues: [{ code: 'invalid_selection', path: [] }],
    })
  })

  it('quantity next to the product and in the selection must agree', async () => {
    const issues = await issuesOf([
      { product: coffee, selection: { options: { Size: 'S', 'Box color': 'Red' }, quantity: 2 }, quantity: 3 },
    ])
    expect(issues).toStrictEqual([
      {
        code: 'invalid_quantity',
        path: [0, 'quantity'],
        message: 'quantity (3) and selection.quantity (2) disagree: give one of them.',
        received: 3,
      },
    ])
  })

  it.each([
    [0, 'The quantity must be a whole number from 1 to 100000; got 0.'],
    [1.5, 'The quantity must be a whole number from 1 to 100000; got 1.5.'],
    [100_001, 'The quantity must be a whole number from 1 to 100000; got 100001.'],
    ['2', 'The quantity must be a whole number from 1 to 100000; got "2".'],
  ])('a prebuilt item with quantity %j', async (quantity, message) => {
    expect(await issuesOf([{ catalogReference: COFFEE_S_RED, quantity }])).toStrictEqual([
      { code: 'invalid_quantity', path: [0, 'quantity'], message, received: quantity },
    ])
  })

  const malformed: [string, unknown, [string, (string | number)[]][]][] = [
    ['not an object', 'dc765ec4', [['invalid_reference', [0, 'catalogReference']]]],
    ['no catalogItemId', { appId: STORES_APP_ID }, [['invalid_reference', [0, 'catalogReference', 'catalogItemId']]]],
    [
      'a catalogItemId over 36 characters',
      { catalogItemId: 'x'.repeat(37), appId: STORES_APP_ID },
      [['invalid_reference', [0, 'catalogReference', 'catalogItemId']]],
    ],
    [
      'appId "stores"',
      { catalogItemId: 'p1', appId: 'stores' },
      [['invalid_reference', [0, 'catalogReference', 'appId']]],
    ],
    [
      'the Wix eCommerce app id',
      { catalogItemId: 'p1', appId: '1380b703-ce81-ff05-f115-39571d94dfcd' },
      [['invalid_reference', [0, 'catalogReference', 'appId']]],
    ],
    [
      'variantId next to options',
      { ...COFFEE_S_RED, variantId: 'v' },
      [['invalid_reference', [0, 'catalogReference', 'variantId']]],
    ],
    [
      'options not an object',
      { ...COFFEE_S_RED, options: 'v1' },
      [['invalid_reference', [0, 'catalogReference', 'options']]],
    ],
    [
      'a Stores option Wix does not know',
      { ...COFFEE_S_RED, options: { variantID: 'v' } },
      [['invalid_reference', [0, 'catalogReference', 'options', 'variantID']]],
    ],
    [
      'a Stores variantId that is not a string',
      { ...COFFEE_S_RED, options: { variantId: 7 } },
      [['invalid_reference', [0, 'catalogReference', 'options', 'variantId']]],
    ],
    [
      'Stores options.options values that are not strings',
      { ...COFFEE_S_RED, options: { options: { Size: 1 } } },
      [['invalid_reference', [0, 'catalogReference', 'options', 'options', 'Size']]],
    ],
    [
      'preOrderRequested not a boolean',
      { ...COFFEE_S_RED, options: { preOrderRequested: 'yes' } },
      [['invalid_reference', [0, 'catalogReference', 'options', 'preOrderRequested']]],
    ],
    [
      'values JSON cannot carry',
      { catalogItemId: 'p1', appId: BOOKINGS_APP_ID, options: { when: new Date(0), n: Number.NaN, f: () => 1 } },
      [
        ['invalid_reference', [0, 'catalogReference', 'options', 'when']],
        ['invalid_reference', [0, 'catalogReference', 'options', 'n']],
        ['invalid_reference', [0, 'catalogReference', 'options', 'f']],
      ],
    ],
  ]
  it.each(malformed)('a prebuilt reference: %s', async (_name, catalogReference, expected) => {
    const issues = await issuesOf([{ catalogReference, quantity: 1 }])
    expect(issues.map((i) => [i.code, i.path])).toStrictEqual(expected)
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(20)
  })

  it('messages say how to fix the appId', async () => {
    const [stores, ecom] = await issuesOf([
      { catalogReference: { catalogItemId: 'p1', appId: 'stores' } },
      { catalogReference: { catalogItemId: 'p1', appId: '1380b703-ce81-ff05-f115-39571d94dfcd' } },
    ])
    expect(stores?.message).toBe(
      `appId "stores" is not an app id (a GUID). Wix Stores products use "${STORES_APP_ID}".`,
    )
    expect(ecom?.message).toBe(
      `appId "1380b703-ce81-ff05-f115-39571d94dfcd" is Wix eCommerce itself, not a catalog. Wix Stores products use "${STORES_APP_ID}".`,
    )
  })

  it('a deeply nested options object fails fast instead of overflowing', async () => {
    let deep: Record<string, unknown> = {}
    const root = deep
    for (let i = 0; i < 10_000; i++) {
      const next: Record<string, unknown> = {}
      deep['a'] = next
      deep = next
    }
    const issues = await issuesOf([
      { catalogReference: { catalogItemId: 'p1', appId: BOOKINGS_APP_ID, options: root } },
    ])
    expect(issues.map((i) => i.code)).toStrictEqual(['invalid_reference'])
    expect(issues[0]?.message).toMatch(
      /^\[0\]\.catalogReference\.options(\.a)+ is nested more than 32 levels deep: flatten it\.$/,
    )
  })
})
