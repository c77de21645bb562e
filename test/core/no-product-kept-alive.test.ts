/*
 * "No module-level reference may keep a product alive after the caller drops it (WeakMap/WeakRef
 * only)" (docs/decisions.md, issue 19 item 5). A large product (1,000 variants, V3 and V1) goes through
 * every function that reads a product, several times each so that its model, indexes, price tables
 * and presentation are kept (src/internal/warm.ts); then the caller drops it. After forced garbage
 * collections the product is gone: a WeakRef to it is cleared and a FinalizationRegistry callback
 * has run. A strong reference anywhere in a module (a "last product" variable, a Map keyed by
 * products, a model that outlives its product through a module-level cache) would keep it.
 *
 * The collector is exposed in-process (v8.setFlagsFromString('--expose-gc') and the `gc` of a new
 * context), so the file needs no special vitest pool. The loop runs a bounded number of collections,
 * yielding to the event loop between them (a WeakRef's target is kept until the end of the job that
 * made or read it); no time is measured.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { addToCurrentCart, type CartItem } from '../../src/ecom/index.js'
import {
  type CatalogProduct,
  getChoiceStates,
  getPricePreview,
  getProductView,
  parseCatalogReference,
  type Selection,
  safeBuildCatalogReference,
  safeBuildLineItem,
  selectionFromSearchParams,
  selectionToSearchParams,
} from '../../src/index.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

type Loose = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const SIZES = 10

/** A V3 product with three options of ten choices, 1,000 priced variants, two modifiers and two plans. */
function bigV3(): Loose {
  const choices = (o: number) =>
    Array.from({ length: SIZES }, (_, c) => ({
      choiceId: `o${o}c${c}`,
      key: `K${o}-${c}`,
      name: `N${o}-${c}`,
      visible: true,
      inStock: true,
    }))
  const variants: Loose[] = []
  for (let a = 0; a < SIZES; a++)
    for (let b = 0; b < SIZES; b++)
      for (let c = 0; c < SIZES; c++)
        variants.push({
          id: `v-${a}-${b}-${c}`,
          visible: true,
          inventoryStatus: { inStock: (a + b + c) % 7 !== 0, preorderEnabled: c === 3 },
          choices: [a, b, c].map((choice, o) => ({
            optionChoiceIds: { optionId: `o${o}`, choiceId: `o${o}c${choice}` },
          })),
          price: {
            actualPrice: { amount: `${10 + a}.${String(b * 10 + c).padStart(2, '0')}` },
            ...(c % 2 === 0 ? { compareAtPrice: { amount: `${20 + a}.00` } } : {}),
          },
        })
  return {
    id: 'big-v3',
    name: 'Big',
    currency: 'USD',
    visible: true,
    options: [0, 1, 2].map((o) => ({ id: `o${o}`, name: `Option ${o}`, choicesSettings: { choices: choices(o) } })),
    modifiers: [
      {
        id: 'wrap',
        name: 'Gift wrap',
        key: 'wrap',
        modifierRenderType: 'TEXT_CHOICES',
        choicesSettings: { choices: [{ choiceId: 'y', key: 'yes', name: 'Yes', addedPrice: '3.50' }] },
      },
      {
        id: 'note',
        name: 'Note',
        key: 'note',
        modifierRenderType: 'FREE_TEXT',
        freeTextSettings: { key: 'note', defaultAddedPrice: '0.25' },
      },
    ],
    subscriptionDetails: {
      allowOneTimePurchases: true,
      subscriptions: [
        { id: 'monthly', title: 'Monthly', visible: true, discount: { type: 'PERCENT', percentOff: 10 } },
        { id: 'weekly', title: 'Weekly', visible: true, discount: { type: 'AMOUNT', amountOff: '1.50' } },
      ],
    },
    variantsInfo: { variants },
  }
}

/** A V1 product that manages 1,000 priced variants (three options of ten choices) and has a custom text field. */
function bigV1(): Loose {
  const variants: Loose[] = []
  for (let a = 0; a < SIZES; a++)
    for (let b = 0; b < SIZES; b++)
      for (let c = 0; c < SIZES; c++)
        variants.push({
          id: `00000000-0000-0000-0000-000000${String(a * 100 + b * 10 + c).padStart(6, '0')}`,
          choices: { Size: `S${a}`, Color: `C${b}`, Fit: `F${c}` },
          variant: { priceData: { currency: 'USD', price: 30 + a, discountedPrice: 25 + a + b / 10 }, visible: true },
          stock: { trackQuantity: false, inStock: (a + b + c) % 5 !== 0 },
        })
  const option = (name: string, prefix: string) => ({
    optionType: 'drop_down',
    name,
    choices: Array.from({ length: SIZES }, (_, i) => ({
      value: `${prefix}${i}`,
      description: `${prefix}${i}`,
      inStock: true,
      visible: true,
    })),
  })
  return {
    id: 'big-v1',
    name: 'Big V1',
    visible: true,
    manageVariants: true,
    priceData: { currency: 'USD', price: 30, discountedPrice: 25 },
    productOptions: [option('Size', 'S'), option('Color', 'C'), option('Fit', 'F')],
    customTextFields: [{ title: 'Engraving', maxLength: 20, mandatory: false }],
    stock: { trackInventory: false, inStock: true, inventoryStatus: 'IN_STOCK' },
    variants,
  }
}

const V3_SELECTIONS: readonly Selection[] = [
  { options: { o0: 'o0c1' } },
  { options: { o0: 'o0c1', o1: 'o1c2' }, modifiers: { wrap: 'yes' }, subscriptionOptionId: 'monthly' },
  { options: { o0: 'o0c1', o1: 'o1c2', o2: 'o2c5' }, modifiers: { wrap: 'yes', note: 'hi' }, quantity: 2 },
  {},
]
const V1_SELECTIONS: readonly Selection[] = [
  { options: { Size: 'S2' } },
  { options: { Size: 'S2', Color: 'C3', Fit: 'F4' }, modifiers: { Engraving: 'AB' }, quantity: 3 },
  {},
]

/** Every function that reads a product, several times over each selection: what a busy product page does. */
async function useEverything(product: CatalogProduct, selections: readonly Selection[]): Promise<number> {
  let answers = 0
  for (let round = 0; round < 3; round++) {
    for (const selection of selections) {
      const count = (value: unknown): void => {
        if (value !== undefined) answers++
      }
      count(getPricePreview(product, selection))
      count(getPricePreview(product, selection, { availability: 'ignore' }))
      count(getChoiceStates(product, selection))
      count(getProductView(product, selection))
      const line = safeBuildLineItem(product, selection)
      count(line)
      const reference = safeBuildCatalogReference(product, selection, { availability: 'ignore' })
      if (reference.success) count(parseCatalogReference(product, reference.data))
      const query = selectionToSearchParams(product, selection)
      count(selectionFromSearchParams(product, query))
    }
  }
  // The /ecom wrappers: the same product object sent twice.
  const cart = {
    addToCurrentCart: async (options: { lineItems: Loose[] }) => ({
      cart: {
        lineItems: options.lineItems.map((l, i) => ({ ...l, _id: `line-${i}`, availability: { status: 'AVAILABLE' } })),
      },
    }),
  }
  for (let n = 0; n < 2; n++) {
    try {
      await addToCurrentCart(cart, [{ product, selection: selections[1] } as CartItem])
      answers++
    } catch {
      answers++ // an item the builder refuses is refused before the call: the product was still read
    }
  }
  return answers
}

/**
 * Makes a product, lets `use` read it, drops it, and collects garbage (at most `rounds` times,
 * yielding between them) until a WeakRef to it is cleared and its FinalizationRegistry callback ran.
 */
async function collected(
  make: () => Loose,
  use: (product: CatalogProduct) => Promise<number>,
  rounds = 20,
): Promise<{ cleared: boolean; finalized: boolean; answers: number }> {
  let finalized = false
  const registry = new FinalizationRegistry<string>(() => {
    finalized = true
  })
  // The product lives only inside this function's frame (and whatever the library keeps).
  const { ref, answers } = await (async () => {
    const product = make()
    registry.register(product, 'product')
    const answered = await use(product as CatalogProduct)
    return { ref: new WeakRef(product), answers: answered }
  })()
  for (let i = 0; i < rounds && !(finalized && ref.deref() === undefined); i++) {
    await new Promise((resolve) => setImmediate(resolve))
    gc()
  }
  await new Promise((resolve) => setImmediate(resolve))
  return { cleared: ref.deref() === undefined, finalized, answers }
}

describe('no module-level reference keeps a product alive (docs/decisions.md)', () => {
  it('a V3 product with 1,000 variants, read by every function and dropped, is collected', async () => {
    const result = await collected(bigV3, (product) => useEverything(product, V3_SELECTIONS))
    expect(result.answers).toBeGreaterThan(0)
    expect(result).toEqual({ cleared: true, finalized: true, answers: result.answers })
  })

  it('a V1 product with 1,000 variants, read by every function and dropped, is collected', async () => {
    const result = await collected(bigV1, (product) => useEverything(product, V1_SELECTIONS))
    expect(result.answers).toBeGreaterThan(0)
    expect(result).toEqual({ cleared: true, finalized: true, answers: result.answers })
  })

  it('the check can fail: a product the test itself keeps is not collected', async () => {
    const kept: object[] = []
    const result = await collected(
      bigV3,
      async (product) => {
        kept.push(product)
        return useEverything(product, V3_SELECTIONS.slice(0, 1))
      },
      3,
    )
    expect(result.cleared).toBe(false)
    expect(kept).toHaveLength(1)
  })
})
