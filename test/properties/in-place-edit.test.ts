/*
 * "One product object, one answer" after an in-place edit (docs/decisions.md, issue 19 item 2). A product
 * object previewed three times has its model and price tables kept (src/internal/warm.ts); then a
 * variant's price, its compare-at price or a stock flag is edited in place (nested: no top-level field
 * is replaced). Whatever reading of the product the library answers from, every function answers
 * from the same one, in any order of the calls:
 * - the range of a partial selection contains the unit price of its completion (availability ignored;
 *   and enforced, when the builder finds the completion available);
 * - getChoiceStates says the completion's choices are available exactly when the builder raises no
 *   out_of_stock / variant_hidden / product_hidden, and pins the variant the builder sends;
 * - getProductView's parts are the separate functions' answers: price, issues, line item, picker
 *   states, the pinned variant's availability, each choice's and plan's unit price;
 * and a fresh copy of the edited object shows the edit: its price is the oracle's for the edited
 * prices, its build the oracle's for the edited stock. Over generated priced V3 and V1 products, plus
 * the issue's own case on the house blend ("from $37.80" next to a complete price of $0.90).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type BuildIssue,
  type CatalogProduct,
  getChoiceStates,
  getPricePreview,
  getProductView,
  type PricePreview,
  type ProductView,
  type Selection,
  safeBuildLineItem,
} from '../../src/index.js'
import { shapesFor } from '../generators/cases.js'
import { addDecimal, compareDecimal, formatDecimal, parseDecimal } from '../generators/decimal.js'
import { expectedOutcome } from '../generators/oracle.js'
import {
  completions,
  expectedLine,
  type PickSpec,
  type PriceSpec,
  pickArb,
  priceSpecArb,
  type RawAmount,
  scaleOf,
  selectionOf,
  withPrices,
} from '../generators/prices.js'
import { render } from '../generators/render.js'
import type { Shape } from '../generators/render.js'
import { productSpecArb, SMALL, type ProductSpec } from '../generators/spec.js'
import { runs, TEST_TIMEOUT } from '../generators/util.js'
import { fixture } from '../helpers/fixtures.js'

const IGNORE = { availability: 'ignore' } as const
const AVAILABILITY_CODES: readonly string[] = ['out_of_stock', 'variant_hidden', 'product_hidden']

type Loose = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** An edit in place: a variant's (or a V1 unmanaged product's own) price, compare-at or stock flag. */
type Edit =
  | { readonly kind: 'price'; readonly target: number; readonly value: RawAmount }
  | { readonly kind: 'compareAt'; readonly target: number; readonly value: RawAmount | undefined }
  | { readonly kind: 'stock'; readonly target: number; readonly value: boolean }

/** The raw variant of spec variant `target` in a rendered product (any shape), or the product itself for -1. */
function holderOf(product: Loose, spec: ProductSpec, target: number): Loose | undefined {
  if (target < 0) return product
  const id = spec.variants?.[target]?.id
  const list: Loose[] = spec.version === 'V3' ? (product['variantsInfo']?.variants ?? []) : (product['variants'] ?? [])
  return list.find((v) => (v['id'] ?? v['_id']) === id)
}

/** V1 price fields: `priceData` (REST, SDK) or the object itself (Velo). */
const v1Prices = (holder: Loose): Loose => holder['priceData'] ?? holder

/** Applies an edit to a rendered product in place (nested fields only, except a Velo product's own stock). */
function applyEdit(product: Loose, spec: ProductSpec, edit: Edit): void {
  const raw = holderOf(product, spec, edit.target)
  if (raw === undefined) return
  if (spec.version === 'V3') {
    if (edit.kind === 'price') raw['price'].actualPrice.amount = edit.value
    else if (edit.kind === 'compareAt') {
      if (edit.value === undefined) delete raw['price'].compareAtPrice
      else raw['price'].compareAtPrice = { amount: edit.value }
    } else {
      raw['inventoryStatus'] ??= {}
      raw['inventoryStatus'].inStock = edit.value
    }
    return
  }
  if (edit.kind === 'stock') {
    // Every field that says it, as Wix would write them together (a tracked quantity follows the flag).
    const quantity = (q: unknown): number => (edit.value ? Math.max(1, typeof q === 'number' ? q : 1) : 0)
    if (edit.target >= 0) {
      raw['stock'] ??= {}
      raw['stock'].inStock = edit.value
      if (raw['stock'].trackQuantity === true) raw['stock'].quantity = quantity(raw['stock'].quantity)
    } else if (raw['stock'] !== undefined) {
      raw['stock'].inStock = edit.value
      raw['stock'].inventoryStatus = edit.value ? 'IN_STOCK' : 'OUT_OF_STOCK'
      if (raw['stock'].trackInventory === true) raw['stock'].quantity = quantity(raw['stock'].quantity)
    } else {
      raw['inStock'] = edit.value
      if (raw['trackInventory'] === true) raw['quantityInStock'] = quantity(raw['quantityInStock'])
    }
    return
  }
  const fields = v1Prices(edit.target < 0 ? raw : raw['variant'])
  const base = fields['discountedPrice'] ?? fields['price']
  if (edit.kind === 'price') {
    if ('discountedPrice' in fields) fields['discountedPrice'] = edit.value
    else fields['price'] = edit.value
  } else if (edit.value === undefined) {
    fields['price'] = base
    delete fields['discountedPrice']
  } else {
    fields['price'] = edit.value
    fields['discountedPrice'] = base
  }
}

/** The price spec after an edit (what a fresh copy must show). */
function editedPrices(prices: PriceSpec, edit: Edit): PriceSpec {
  if (edit.kind === 'stock') return prices
  const set = <T>(list: readonly T[], value: T): T[] => list.map((x, i) => (i === edit.target ? value : x))
  if (edit.target < 0) {
    return edit.kind === 'price'
      ? { ...prices, product: { ...prices.product, price: edit.value } }
      : { ...prices, product: { ...prices.product, compareAt: edit.value } }
  }
  return edit.kind === 'price'
    ? { ...prices, variants: set(prices.variants, edit.value) }
    : { ...prices, compareAt: set(prices.compareAt, edit.value) }
}

function editArb(spec: ProductSpec, favorite: number): fc.Arbitrary<Edit> {
  const count = spec.variants?.length ?? 0
  const target: fc.Arbitrary<number> = !spec.managed
    ? fc.constant(-1)
    : fc.oneof({ weight: 3, arbitrary: fc.constant(favorite) }, fc.integer({ min: 0, max: Math.max(count - 1, 0) }))
  const amount = fc
    .integer({ min: 0, max: 20_000 })
    .map(
      (c): RawAmount =>
        spec.version === 'V1' ? c / 100 : `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`,
    )
  return fc.oneof(
    fc.record({ kind: fc.constant('price' as const), target, value: amount }),
    fc.record({ kind: fc.constant('compareAt' as const), target, value: fc.option(amount, { nil: undefined }) }),
    fc.record({ kind: fc.constant('stock' as const), target, value: fc.boolean() }),
  )
}

const CALLS = [
  'rangeIgnore',
  'range',
  'lineIgnore',
  'line',
  'states',
  'partialStates',
  'build',
  'view',
  'partialView',
] as const
type CallName = (typeof CALLS)[number]

interface EditCase {
  readonly spec: ProductSpec
  readonly shape: Shape
  readonly prices: PriceSpec
  readonly partial: PickSpec
  /** A completion of `partial`: its variant (every option chosen), mandatory modifiers and required plan filled in. */
  readonly complete: PickSpec
  /** The three previews before the edit: of the partial or of the complete selection. */
  readonly warmUp: readonly ('partial' | 'complete')[]
  readonly edits: readonly Edit[]
  /** The order of the calls after the edit. */
  readonly order: readonly CallName[]
}

/** A priced product, a partial pick, one completion of it, the warm-up, the edits (mostly of the completion's variant), the order. */
const editCaseArb: fc.Arbitrary<EditCase> = productSpecArb(SMALL)
  .filter((spec) => !spec.managed || (spec.variants !== undefined && spec.variants.length > 0))
  .chain((spec) =>
    fc
      .record({
        shape: fc.constantFrom(...shapesFor(spec)),
        prices: priceSpecArb(spec),
        partial: pickArb(spec),
        which: fc.nat(),
      })
      .chain(({ shape, prices, partial, which }) => {
        const all = completions(spec, partial)
        const complete = all[which % Math.max(all.length, 1)]
        if (complete === undefined) return fc.constant<EditCase | undefined>(undefined)
        const favorite = (spec.variants ?? []).findIndex((v) => v.tuple.every((x, k) => complete.chosen[k] === x))
        return fc.record<EditCase>({
          spec: fc.constant(spec),
          shape: fc.constant(shape),
          prices: fc.constant(prices),
          partial: fc.constant(partial),
          complete: fc.constant(complete),
          warmUp: fc.array(fc.constantFrom<'partial' | 'complete'>('partial', 'complete'), {
            minLength: 3,
            maxLength: 3,
          }),
          edits: fc.array(editArb(spec, Math.max(favorite, 0)), { minLength: 1, maxLength: 3 }),
          order: fc.shuffledSubarray([...CALLS], { minLength: CALLS.length, maxLength: CALLS.length }),
        }) as fc.Arbitrary<EditCase | undefined>
      }),
  )
  .filter((c): c is EditCase => c !== undefined) as fc.Arbitrary<EditCase>

/** Whether `low ≤ x ≤ high` (amounts as exact decimals). */
function within(x: string, range: { min: string; max: string }): boolean {
  const [d, low, high] = [parseDecimal(x), parseDecimal(range.min), parseDecimal(range.max)]
  if (d === undefined || low === undefined || high === undefined) return false
  return compareDecimal(low, d) <= 0 && compareDecimal(d, high) <= 0
}

/** The view's options without the fields getChoiceStates does not have. */
function asStates(view: ProductView) {
  return view.options.map(({ renderType: _, choices, ...option }) => ({
    ...option,
    choices: choices.map(({ colorCode, media, searchParams, unitPrice, image, ...state }) => state),
  }))
}

const codes = (issues: readonly BuildIssue[]): string[] => issues.map((issue) => issue.code)

/** Every function's answers on one product object, in `order`, checked against one another. */
function checkOneAnswer(
  product: CatalogProduct,
  partial: Selection,
  complete: Selection,
  order: readonly CallName[],
): void {
  const answers: Record<string, unknown> = {}
  const call = {
    rangeIgnore: () => getPricePreview(product, partial, IGNORE),
    range: () => getPricePreview(product, partial),
    lineIgnore: () => getPricePreview(product, complete, IGNORE),
    line: () => getPricePreview(product, complete),
    states: () => getChoiceStates(product, complete),
    partialStates: () => getChoiceStates(product, partial),
    build: () => safeBuildLineItem(product, complete),
    view: () => getProductView(product, complete),
    partialView: () => getProductView(product, partial),
  }
  for (const name of order) answers[name] = call[name]()
  const rangeIgnore = answers['rangeIgnore'] as PricePreview
  const range = answers['range'] as PricePreview
  const lineIgnore = answers['lineIgnore'] as PricePreview
  const line = answers['line'] as PricePreview
  const states = answers['states'] as ReturnType<typeof getChoiceStates>
  const partialStates = answers['partialStates'] as ReturnType<typeof getChoiceStates>
  const build = answers['build'] as ReturnType<typeof safeBuildLineItem>
  const view = answers['view'] as ProductView
  const partialView = answers['partialView'] as ProductView

  // The range contains the complete price (availability ignored; enforced when the builder finds it available).
  const buildIssues = build.success ? [] : build.error.issues
  const available = !buildIssues.some((issue) => AVAILABILITY_CODES.includes(issue.code))
  if (lineIgnore.complete && rangeIgnore.unitPrice.min !== '')
    expect(
      within(lineIgnore.unitPrice.min, rangeIgnore.unitPrice),
      `${JSON.stringify(rangeIgnore.unitPrice)} ∌ ${lineIgnore.unitPrice.min}`,
    ).toBe(true)
  if (available && line.complete && range.unitPrice.min !== '')
    expect(
      within(line.unitPrice.min, range.unitPrice),
      `${JSON.stringify(range.unitPrice)} ∌ ${line.unitPrice.min}`,
    ).toBe(true)

  // The picker and the builder agree on the pinned variant and on its availability.
  const selected = states.options.flatMap((o) => o.choices.filter((choice) => choice.selected))
  if (states.variantId !== undefined) {
    const sent = build.success ? (build.data.catalogReference.options as Loose | undefined)?.['variantId'] : undefined
    if (sent !== undefined) expect(sent).toBe(states.variantId)
    if (view.variant !== undefined) expect(view.variant.available).toBe(available)
  }
  // Every option chosen (a pinned variant, or a V1 product without managed variants).
  if (selected.length > 0 && selected.length === states.options.length)
    expect(
      selected.every((choice) => choice.available),
      `states vs ${codes(buildIssues).join()}`,
    ).toBe(available)

  // The view is the separate functions' answers.
  expect(view.price).toEqual(line)
  expect(view.issues).toEqual(buildIssues)
  expect(view.lineItem).toEqual(build.data)
  expect(asStates(view)).toEqual(states.options)
  expect(partialView.price).toEqual(range)
  expect(asStates(partialView)).toEqual(partialStates.options)
  for (const option of partialView.options) {
    for (const choice of option.choices) {
      // This choice instead of whatever the selection gave the option (by id, key or name).
      const names = [option.id, option.key, option.name]
      const others = Object.entries(partial.options ?? {}).filter(([name]) => !names.includes(name))
      const picked = { ...partial, options: Object.fromEntries([...others, [option.id, choice.id]]), quantity: 1 }
      const unitPrice = getPricePreview(product, picked).unitPrice
      expect(choice.unitPrice, `${option.name}: ${choice.name}`).toEqual(unitPrice.min === '' ? undefined : unitPrice)
    }
  }
  for (const plan of partialView.subscriptions?.plans ?? []) {
    const unitPrice = getPricePreview(product, { ...partial, subscriptionOptionId: plan.id, quantity: 1 }).unitPrice
    expect(plan.unitPrice, plan.title).toEqual(unitPrice.min === '' ? undefined : unitPrice)
  }
}

describe('one product object, one answer, after an in-place edit', () => {
  it(
    'previewed three times, then a price, compare-at or stock flag edited in place: every function agrees; a copy shows the edit',
    () => {
      let compared = 0
      fc.assert(
        fc.property(editCaseArb, ({ spec, shape, prices, partial, complete, warmUp, edits, order }) => {
          const product = withPrices(spec, render(spec, shape), prices, shape) as Loose
          // The oracle reads REST JSON: the same product and edits in REST shape.
          const rest = withPrices(spec, render(spec, 'rest'), prices, 'rest') as Loose
          const partialSelection = selectionOf(spec, partial)
          const completeSelection = selectionOf(spec, complete)
          for (const which of warmUp)
            getPricePreview(product as CatalogProduct, which === 'partial' ? partialSelection : completeSelection)
          let after = prices
          for (const edit of edits) {
            applyEdit(product, spec, edit)
            applyEdit(rest, spec, edit)
            after = editedPrices(after, edit)
          }
          checkOneAnswer(product as CatalogProduct, partialSelection, completeSelection, order)

          // A fresh copy shows the edit, on its first call and its fourth: the oracle's price for the edited
          // prices, its build for the edited stock.
          const copy = structuredClone(product) as CatalogProduct
          const expected = expectedLine(spec, after, complete)
          const verdict = expectedOutcome(rest, completeSelection)
          for (let round = 0; round < 4; round++) {
            const preview = getPricePreview(copy, completeSelection, IGNORE)
            if (expected !== undefined && preview.complete) {
              const unit = addDecimal(expected.subscribed, expected.modifiers)
              expect(preview.unitPrice.min).toBe(formatDecimal(unit, scaleOf(after.currency)))
              compared++
            }
            const built = safeBuildLineItem(copy, completeSelection)
            if (verdict.kind === 'valid')
              expect(built.success ? built.data.catalogReference : built.error.message).toEqual(verdict.reference)
            if (verdict.kind === 'invalid')
              expect(codes(built.success ? [] : built.error.issues).some((code) => verdict.codes.includes(code))).toBe(
                true,
              )
          }
        }),
        { numRuns: runs(120) },
      )
      expect(compared).toBeGreaterThan(0)
    },
    TEST_TIMEOUT,
  )
})

describe('issue 19 item 2: "from $37.80" next to a complete price of $0.90 on the same object', () => {
  const ONE_KILO = { Size: '1 kg' } as const
  const COMPLETE: Selection = {
    options: { Size: '1 kg', Grind: 'Whole bean', 'Bag color': 'Kraft' },
    modifiers: { 'Label text': 'For Dad' },
    subscriptionOptionId: 'Monthly',
  }

  it('the house blend previewed three times, then the 1 kg variant repriced to 1.00 in place: range and complete price agree', () => {
    const product = fixture('house-blend.rest') as Loose
    for (let i = 0; i < 3; i++)
      expect(getPricePreview(product as CatalogProduct, { options: ONE_KILO }).unitPrice.min).toBe('37.80')
    const variant =
      (product['variantsInfo'].variants as Loose[]).find((v) => v['sku'] === 'COF-1K-WB-KRA') ??
      product['variantsInfo'].variants[4]
    variant['price'].actualPrice.amount = '1.00'
    for (const order of [
      ['range', 'line'],
      ['line', 'range'],
    ] as const) {
      const answers = order.map((which) =>
        getPricePreview(product as CatalogProduct, which === 'range' ? { options: ONE_KILO } : COMPLETE),
      )
      const [range, line] = (order[0] === 'range' ? answers : [...answers].reverse()) as [PricePreview, PricePreview]
      expect(line.complete).toBe(true)
      expect(
        within(line.unitPrice.min, range.unitPrice),
        `${JSON.stringify(range.unitPrice)} ∌ ${line.unitPrice.min}`,
      ).toBe(true)
    }
    checkOneAnswer(product as CatalogProduct, { options: ONE_KILO }, COMPLETE, CALLS)
    // A copy of the edited object shows the edit: Monthly takes 10 % off 1.00 (0.90); the range of 1 kg
    // starts at 0.00 (every 2 weeks takes 1.50 off 1.00, never below 0).
    const copy = structuredClone(product) as CatalogProduct
    expect(getPricePreview(copy, COMPLETE).unitPrice).toEqual({ min: '0.90', max: '0.90' })
    expect(getPricePreview(copy, { options: ONE_KILO }).unitPrice).toEqual({ min: '0.00', max: '40.50' })
  })
})

describe('the picker and the builder agree on a hidden choice of a V1 product without managed variants', () => {
  // For a V1 product that does not manage variants, getChoiceStates marks a choice with `visible:
  // false` unavailable (choice.visible && choice.inStock && product in stock); safeBuildLineItem must
  // refuse it (variant_hidden at ['options', name], checked before the choice's stock) rather than add
  // to the cart what the same object calls unavailable (issue 19 item 2: one object, one answer).
  it('a hidden choice: unavailable in the picker exactly when the builder refuses it', () => {
    const product = fixture('candle-unmanaged.rest') as Loose
    const option = product['productOptions'][0] as Loose
    const choice = option['choices'][0] as Loose
    choice['visible'] = false
    const selection: Selection = {
      options: Object.fromEntries(
        (product['productOptions'] as Loose[]).map((o) => [
          o['name'],
          (o === option ? choice : o['choices'][0])['description'],
        ]),
      ),
    }
    const states = getChoiceStates(product as CatalogProduct, selection)
    const built = safeBuildLineItem(product as CatalogProduct, selection)
    const selected = states.options.flatMap((o) => o.choices.filter((c) => c.selected))
    expect(selected).toHaveLength(states.options.length)
    expect(selected.every((c) => c.available)).toBe(built.success)
    expect(built.success ? [] : built.error.issues.map(({ code, path, option }) => ({ code, path, option }))).toEqual([
      { code: 'variant_hidden', path: ['options', 'Scent'], option: 'Scent' },
    ])
    // Hidden is told before the choice's own stock; availability ignored, it builds.
    choice['inStock'] = false
    const both = safeBuildLineItem(structuredClone(product) as CatalogProduct, selection)
    expect(both.success ? [] : both.error.issues.map((issue) => issue.code)).toEqual(['variant_hidden'])
    const ignored = safeBuildLineItem(structuredClone(product) as CatalogProduct, selection, { availability: 'ignore' })
    expect(ignored.success).toBe(true)
  })
})
