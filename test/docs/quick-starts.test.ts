/*
 * The README's quick starts run: Velo (examples/velo/cart.web.js), custom catalogs
 * (examples/quick-catalog.ts), and the product page's one call (getProductView on the URL's selection and
 * the typed text, as examples/quick-start-view.ts and the Vite page make it). Velo's platform modules
 * exist only inside a Wix site: plain objects stand in for them; the builder and the /ecom wrapper
 * are the real ones. (The headless quick start calls Wix over the network: type-checked only.)
 */
import { describe, expect, it, vi } from 'vitest'
import {
  type CatalogProduct,
  getProductView,
  type Selection,
  STORES_APP_ID,
  selectionFromSearchParams,
} from '../../src/index.js'
import candle from '../fixtures/candle-unmanaged.sdk.json'
import houseBlend from '../fixtures/house-blend.rest.json'

const velo = vi.hoisted(() => ({ sent: [] as unknown[], product: undefined as unknown }))
vi.mock('wix-web-module', () => ({
  Permissions: { Anyone: 'Anyone' },
  webMethod: (_permission: string, fn: unknown) => fn,
}))
vi.mock('wix-stores.v2', () => ({ products: { getProduct: async () => ({ product: velo.product }) } }))
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

/** The Velo quick start is JavaScript (checked through its JSDoc by examples/velo/tsconfig.json): its type here. */
type AddItem = (productId: string, selection: Selection) => Promise<{ ok: boolean; problems: string[] }>
const veloQuickStart = '../../examples/velo/cart.web.js'
const { addItem } = (await import(veloQuickStart)) as { addItem: AddItem }
const { getCatalogItems, shirt } = await import('../../examples/quick-catalog.js')

/** What the product page quick start renders: one view of the URL's selection plus what the buyer typed. */
function pageState(product: unknown, query: string, typed: Pick<Selection, 'modifiers' | 'quantity'> = {}) {
  const view = getProductView(product as CatalogProduct, {
    ...selectionFromSearchParams(product as CatalogProduct, query),
    ...typed,
  })
  return {
    picker: { variantId: view.variant?.id },
    price: view.price,
    line: { data: view.lineItem, error: view.lineItem ? undefined : { issues: view.issues } },
    query: view.searchParams,
  }
}

describe('README quick start: Velo', () => {
  it('adds a valid selection and sends its reference', async () => {
    velo.product = candle
    velo.sent.length = 0
    await expect(addItem(candle._id, { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } })).resolves.toStrictEqual({
      ok: true,
      problems: [],
    })
    expect(velo.sent).toStrictEqual([
      {
        lineItems: [
          {
            catalogReference: {
              catalogItemId: candle._id,
              appId: STORES_APP_ID,
              options: { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } },
            },
            quantity: 1,
          },
        ],
      },
    ])
  })

  it('answers the problems of an invalid selection and sends nothing', async () => {
    velo.product = candle
    velo.sent.length = 0
    const result = await addItem(candle._id, { options: { Scent: 'Pine' } })
    expect(result.ok).toBe(false)
    expect(result.problems.some((p) => p.includes('"Pine"'))).toBe(true)
    expect(velo.sent).toStrictEqual([])
  })

  it('a product that does not exist is an issue, not a crash', async () => {
    velo.product = undefined
    const result = await addItem('nope', {})
    expect(result.ok).toBe(false)
    expect(result.problems.length).toBeGreaterThan(0)
  })
})

describe('README quick start: custom catalog', () => {
  it('builds the reference of the shirt', () => {
    expect(shirt).toStrictEqual({
      catalogItemId: 'tshirt-1',
      appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
      options: { size: 'M' },
    })
  })

  it('answers Get Catalog Items with the known item and leaves the unknown one out', async () => {
    const unknown = { catalogItemId: 'mug-9', appId: shirt.appId }
    const answer = await getCatalogItems({
      request: {
        catalogReferences: [
          { catalogReference: shirt, quantity: 1 },
          { catalogReference: unknown, quantity: 1 },
        ],
        currency: 'USD',
        weightUnit: 'KG',
      },
      metadata: {},
    })
    expect(answer.catalogItems.map((item) => [item.catalogReference, item.data.price])).toStrictEqual([
      [shirt, '20.00'],
    ])
  })
})

describe('README quick start: the product page', () => {
  it('reads the URL and the typed text into one selection: picker, price, line and URL agree', () => {
    const page = pageState(houseBlend, '?Size=250+g&Grind=Espresso&Bag+color=Kraft&subscription=Monthly&utm=x', {
      modifiers: { 'Label text': 'Ann' },
      quantity: 2,
    })
    expect(page.picker.variantId).toBe(page.line.data?.catalogReference.options?.variantId)
    expect(page.price.totalPrice).toStrictEqual({ min: '25.20', max: '25.20' }) // (14.00 − 10 %) × 2
    expect(page.line.data?.quantity).toBe(2)
    expect(page.query).toBe('Size=250+g&Grind=Espresso&Bag+color=Kraft&subscription=Monthly')
  })

  it('an incomplete selection: a price range, and the issues that block the add', () => {
    const page = pageState(houseBlend, 'Size=1+kg')
    expect(page.price.complete).toBe(false)
    expect(page.line.error?.issues.map((issue) => issue.code)).toContain('missing_option')
    expect(page.picker.variantId).toBeUndefined()
  })
})
