/*
 * getPricePreview at the edges of exact money (DESIGN §11, §13), against an oracle that works out
 * every line from the generated prices in BigInt (test/generators/prices.ts `expectedLine`):
 * generated V3 and V1 products in every currency scale (0 JPY/ISK, 2 USD/EUR, 3 BHD/KWD, 4 CLF),
 * amounts with fewer, as many and more decimals than the scale (more are kept: only a percent
 * discount rounds), amounts and totals at and beyond Number.MAX_SAFE_INTEGER units, quantities up
 * to 100,000. Every preview, the first on a product object and the fourth:
 * - while every amount fits (prices.ts `fits`): no `missing_price`, and the unit and total ranges,
 *   the compare-at ranges, `complete` and the breakdown are exactly the oracle's;
 * - otherwise: either the same exact answer, or a `missing_price` issue — and then every figure
 *   still shown is exactly the price of one completion of the selection: never a rounded or made-up one;
 * - while every amount fits, the fourth preview is the first, issues included.
 * Four bugs of src/ that these found are kept below as it.fails tests; the property leaves out the
 * inputs that reach them (prices.ts `reachesKnownBug`), and only those.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getPricePreview, type CatalogProduct, type PricePreview, type PriceRange } from '../../src/index.js'
import { shapesFor } from '../generators/cases.js'
import { addDecimal, compareDecimal, type Decimal, formatDecimal, timesDecimal } from '../generators/decimal.js'
import {
  completions,
  expectedLine,
  fits,
  type Line,
  reachesKnownBug,
  type PickSpec,
  type PriceSpec,
  pickArb,
  priceSpecArb,
  scaleOf,
  selectionOf,
  withPrices,
} from '../generators/prices.js'
import { render } from '../generators/render.js'
import { productSpecArb, SMALL, type ProductSpec } from '../generators/spec.js'
import { runs, TEST_TIMEOUT } from '../generators/util.js'

const IGNORE = { availability: 'ignore' } as const

const quantityArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
  { weight: 1, arbitrary: fc.constant(100_000) },
)

const caseArb = productSpecArb(SMALL)
  .filter((spec) => !spec.managed || (spec.variants !== undefined && spec.variants.length > 0))
  .chain((spec) =>
    fc.record({
      spec: fc.constant(spec),
      shape: fc.constantFrom(...shapesFor(spec)),
      prices: fc.oneof({ weight: 4, arbitrary: priceSpecArb(spec, 'edges') }, priceSpecArb(spec)),
      pick: pickArb(spec, quantityArb),
    }),
  )

const minOf = (list: readonly Decimal[]): Decimal => list.reduce((a, b) => (compareDecimal(b, a) < 0 ? b : a))
const maxOf = (list: readonly Decimal[]): Decimal => list.reduce((a, b) => (compareDecimal(b, a) > 0 ? b : a))
const minus = (d: Decimal): Decimal => ({ ...d, units: -d.units })

/** What a preview must say when every line of every completion is priced. */
function exactPreview(spec: ProductSpec, prices: PriceSpec, pick: PickSpec, all: readonly PickSpec[], lines: Line[]) {
  const scale = scaleOf(prices.currency)
  const text = (d: Decimal): string => formatDecimal(d, scale)
  const range = (list: readonly Decimal[], times = 1): PriceRange => ({
    min: text(timesDecimal(minOf(list), times)),
    max: text(timesDecimal(maxOf(list), times)),
  })
  const units = lines.map((l) => addDecimal(l.subscribed, l.modifiers))
  const strikes = lines.map((l) => addDecimal(l.strike as Decimal, l.modifiers))
  const subscribed = lines.map((l) => l.subscribed)
  const variantStrikes = lines.map((l) => l.strike as Decimal)
  const higher =
    compareDecimal(minOf(variantStrikes), minOf(subscribed)) > 0 ||
    compareDecimal(maxOf(variantStrikes), maxOf(subscribed)) > 0
  const complete = isComplete(spec, pick, all)
  const line = lines[0] as Line
  return {
    complete,
    currency: prices.currency,
    quantity: pick.quantity,
    unitPrice: range(units),
    ...(higher ? { compareAtUnitPrice: range(strikes) } : {}),
    totalPrice: range(units, pick.quantity),
    ...(higher ? { compareAtTotalPrice: range(strikes, pick.quantity) } : {}),
    ...(complete
      ? {
          breakdown: {
            variant: text(line.variant),
            modifiers: text(line.modifiers),
            subscriptionDiscount: text(addDecimal(line.variant, minus(line.subscribed))),
          },
        }
      : {}),
  }
}

/** The pick names one line: every option chosen (or the only visible choice), no open mandatory modifier or required subscription. */
function isComplete(spec: ProductSpec, pick: PickSpec, all: readonly PickSpec[]): boolean {
  const chosen = pick.chosen.every(
    (c, k) => c >= 0 || (spec.options[k]?.choices ?? []).filter((choice) => choice.visible !== false).length === 1,
  )
  const only = all[0]
  return (
    chosen &&
    all.length === 1 &&
    only !== undefined &&
    only.subscription === pick.subscription &&
    only.modifiers.every((m, k) => m === pick.modifiers[k])
  )
}

/** Checks one preview against the oracle (see the top of this file). */
function checkPreview(
  preview: PricePreview,
  spec: ProductSpec,
  prices: PriceSpec,
  pick: PickSpec,
  all: readonly PickSpec[],
  lines: readonly (Line | undefined)[],
): void {
  const missing = preview.issues.some((issue) => issue.code === 'missing_price')
  const priced = lines.every((l) => l?.strike !== undefined)
  const fit = fits(spec, prices, pick.quantity)
  if (fit && priced) expect(missing, JSON.stringify(preview.issues)).toBe(false)
  if (!priced) expect(missing, 'a field that is no amount gives missing_price').toBe(true)
  if (!missing) {
    const { issues: _, ...rest } = preview
    expect(rest).toEqual(exactPreview(spec, prices, pick, all, lines as Line[]))
    return
  }
  // With an issue, what is still shown is the exact price of one completion (per unit, or times the quantity).
  const scale = scaleOf(prices.currency)
  const units = lines.flatMap((l) => (l ? [addDecimal(l.subscribed, l.modifiers)] : []))
  const strikes = lines.flatMap((l) => (l?.strike ? [addDecimal(l.strike, l.modifiers)] : []))
  const shows = (amount: string, list: readonly Decimal[], times: number): void => {
    if (amount === '') return
    const texts = list.map((d) => formatDecimal(timesDecimal(d, times), scale))
    expect(texts, `${amount} is no completion's price`).toContain(amount)
  }
  for (const [range, list, times] of [
    [preview.unitPrice, units, 1],
    [preview.totalPrice, units, pick.quantity],
    [preview.compareAtUnitPrice, strikes, 1],
    [preview.compareAtTotalPrice, strikes, pick.quantity],
  ] as const) {
    shows(range?.min ?? '', list, times)
    shows(range?.max ?? '', list, times)
  }
}

describe('getPricePreview at the edges: exact amounts or missing_price, never a rounded figure', () => {
  it(
    'every scale, fewer / as many / more decimals than the scale, amounts and totals beyond a safe integer; first call = fourth',
    () => {
      let exact = 0
      let flagged = 0
      fc.assert(
        fc.property(caseArb, ({ spec, shape, prices, pick }) => {
          const all = completions(spec, pick)
          if (all.length === 0 || all.length > 300) return
          const lines = all.map((completion) => expectedLine(spec, prices, completion))
          if (reachesKnownBug(spec, prices, pick)) return
          const product = withPrices(spec, render(spec, shape), prices, shape) as CatalogProduct
          const selection = selectionOf(spec, pick)
          const previews = [1, 2, 3, 4].map(() => getPricePreview(product, selection, IGNORE))
          for (const preview of [previews[0], previews[3]] as PricePreview[])
            checkPreview(preview, spec, prices, pick, all, lines)
          if (fits(spec, prices, pick.quantity)) expect(previews[3]).toEqual(previews[0])
          if (previews[0]?.issues.some((issue) => issue.code === 'missing_price')) flagged++
          else exact++
        }),
        { numRuns: runs(300) },
      )
      // Both outcomes are drawn: the edges are reached, and most previews still price.
      expect(exact).toBeGreaterThan(0)
      expect(flagged).toBeGreaterThan(0)
    },
    TEST_TIMEOUT,
  )
})

/** A V3 product with one option (a choice per variant price) and a free-text modifier "Engraving". */
function product(variants: readonly string[], engraving = '0'): CatalogProduct {
  const choices = variants.map((_, i) => ({
    choiceId: `c${i}`,
    key: `c${i}`,
    name: `c${i}`,
    visible: true,
    inStock: true,
  }))
  return {
    id: 'edges',
    currency: 'USD',
    options: [{ id: 'o', name: 'O', choicesSettings: { choices } }],
    modifiers: [
      {
        id: 'engraving',
        name: 'Engraving',
        modifierRenderType: 'FREE_TEXT',
        freeTextSettings: { key: 'Engraving', defaultAddedPrice: engraving },
      },
    ],
    variantsInfo: {
      variants: variants.map((amount, i) => ({
        id: `v${i}`,
        visible: true,
        inventoryStatus: { inStock: true },
        choices: [{ optionChoiceIds: { optionId: 'o', choiceId: `c${i}` } }],
        price: { actualPrice: { amount } },
      })),
    },
  } as CatalogProduct
}

describe('known bugs at the edges (src/engine/price/preview.ts)', () => {
  // Bug A: a kept product's price tables hold every variant at the finest exponent any variant needs
  // (here 9, for 0.123456789), where a price that fits on its own (10000000.00 = 1e9 cents) is beyond a
  // safe integer (1e16). The first preview of the complete selection prices it; once a range has been
  // asked of the same object, the same selection gives no price and missing_price: DESIGN §13 "the first
  // and the fourth call answer the same, issues included" (and the range "from 0.123456789" excludes
  // the complete price the object showed).
  it('A: a complete price shown on the first call is still shown after a range was asked', () => {
    const p = product(['10000000.00', '0.123456789'])
    const complete = { options: { O: 'c0' } }
    const first = getPricePreview(p, complete)
    expect(first.unitPrice).toEqual({ min: '10000000.00', max: '10000000.00' })
    getPricePreview(p, {})
    getPricePreview(p, {})
    expect(getPricePreview(p, complete)).toEqual(first)
  })

  // Bug B: pricePreview rescales the variant part to the modifiers' finer exponent (9, for 1.000000001)
  // with `at`, which gives TOO_LARGE (-3) for 10000000.00; `sum` checks the sign before rescaling and
  // adds -3 to the modifiers: the unit price shows 0.999999998, the breakdown's variant -0.000000003,
  // and no issue. Expected: missing_price and no amount (10000001.000000001 is 1.0000001e16 units).
  it('B: a variant part beyond a safe integer at the modifiers exponent gives missing_price, not a made-up amount', () => {
    const preview = getPricePreview(product(['10000000.00'], '1.000000001'), {
      options: { O: 'c0' },
      modifiers: { Engraving: 'Ann' },
    })
    expect(preview.unitPrice).toEqual({ min: '', max: '' })
    expect(preview.issues.map((issue) => issue.code)).toEqual(['missing_price'])
  })

  // Bug C: the modifiers are priced again at the variant part's finer exponent (9, for 0.123456789),
  // where 10000000.00 (the engraving) is beyond a safe integer; the failure of that second pricing is
  // never reported: no price, `complete: false`, and no issue at all ("never a blank amount without an
  // issue").
  it('C: a modifier beyond a safe integer at the variants exponent gives missing_price, not a blank without an issue', () => {
    const preview = getPricePreview(product(['0.123456789'], '10000000.00'), {
      options: { O: 'c0' },
      modifiers: { Engraving: 'Ann' },
    })
    expect(preview.unitPrice).toEqual({ min: '', max: '' })
    expect(preview.issues.map((issue) => issue.code)).toEqual(['missing_price'])
  })

  // Bug D: while a mandatory modifier is open, the range adds the cheapest and dearest of its choices'
  // prices; when none of them is an amount, it adds nothing, as if the modifier were free: "from 12.00"
  // (with a missing_price issue) although no completion of the selection has a price ("never a made-up
  // 0", DESIGN §11). A chosen modifier whose price is no amount gives no price at all.
  it('D: an open mandatory modifier whose every price is no amount leaves the range without a price', () => {
    const p = product(['12.00']) as unknown as { modifiers: { mandatory?: boolean; freeTextSettings: object }[] }
    const engraving = p.modifiers[0] as { mandatory?: boolean; freeTextSettings: object }
    engraving.mandatory = true
    engraving.freeTextSettings = { key: 'Engraving', defaultAddedPrice: 'free' }
    const chosen = getPricePreview(p as CatalogProduct, { options: { O: 'c0' }, modifiers: { Engraving: 'Ann' } })
    expect(chosen.unitPrice).toEqual({ min: '', max: '' })
    const open = getPricePreview(p as CatalogProduct, { options: { O: 'c0' } })
    expect(open.issues.map((issue) => issue.code)).toEqual(['missing_modifier', 'missing_price'])
    expect(open.unitPrice).toEqual({ min: '', max: '' })
  })
})
