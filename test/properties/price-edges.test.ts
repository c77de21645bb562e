/*
 * getPricePreview at the edges of exact money (docs/decisions.md, "Money is exact integers of minor units"), against an oracle that works out
 * every line from the generated prices in BigInt (test/generators/prices.ts `expectedPreviews`):
 * generated V3 and V1 products in every currency scale (0 JPY/ISK, 2 USD/EUR, 3 BHD/KWD, 4 CLF),
 * amounts with fewer, as many and more decimals than the scale (more are kept: only a percent
 * discount rounds), amounts and totals at and beyond Number.MAX_SAFE_INTEGER units, quantities up
 * to 100,000. Each line is read at the exponent its own amounts need, the modifiers at the one theirs
 * need, a sum at the finer of the two. Every preview, the first on a product object and the fourth:
 * - where every amount read fits at the exponent it is read at: exactly the oracle's unit, total and
 *   compare-at ranges, `complete`, breakdown, and a `missing_price` issue exactly when a field gives
 *   no amount or a sum or total is beyond a safe integer (at `['product']` for a unit or compare-at
 *   unit price, at `['quantity']` for a total);
 * - otherwise: a `missing_price` issue, and every figure still shown is exactly the price of one
 *   completion of the selection: never a rounded or made-up one;
 * - the fourth preview is the first, issues included: of lines tied at a range end, the end keeps the
 *   coarsest exponent, whatever order the lines are read in.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getPricePreview, type CatalogProduct, type PricePreview } from '../../src/index.js'
import { shapesFor } from '../generators/cases.js'
import { addDecimal, type Decimal, formatDecimal, timesDecimal } from '../generators/decimal.js'
import {
  completions,
  type ExpectedPreview,
  expectedLine,
  expectedPreviews,
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

const isMissing = (preview: PricePreview): boolean => preview.issues.some((issue) => issue.code === 'missing_price')

/** The paths of the missing_price issues for a sum or total beyond a safe integer (not a field's). */
const overflowPaths = (preview: PricePreview): (string | number)[][] =>
  preview.issues
    .filter((issue) => issue.code === 'missing_price' && issue.path.length === 1)
    .map((issue) => [...issue.path])

/** Checks one preview against the oracle (see the top of this file). */
function checkPreview(
  preview: PricePreview,
  spec: ProductSpec,
  prices: PriceSpec,
  pick: PickSpec,
  all: readonly PickSpec[],
  expected: readonly ExpectedPreview[] | 'unsure',
): void {
  const missing = isMissing(preview)
  if (expected !== 'unsure') {
    const { issues, ...rest } = preview
    const matches = expected.filter((e) => JSON.stringify(e.preview) === JSON.stringify(rest))
    expect(
      matches.length,
      `${JSON.stringify(rest)}\nis none of\n${expected.map((e) => JSON.stringify(e.preview)).join('\n')}`,
    ).toBeGreaterThan(0)
    expect(
      matches.some(
        (e) => e.missing === missing && JSON.stringify(e.overflow) === JSON.stringify(overflowPaths(preview)),
      ),
      `issues ${JSON.stringify(issues)}; expected ${JSON.stringify(matches.map(({ missing, overflow }) => ({ missing, overflow })))}`,
    ).toBe(true)
    return
  }
  // An amount beyond a safe integer at the exponent it is read at: missing_price, and what is still
  // shown is the exact price of one completion (per unit, or times the quantity).
  expect(missing, 'an amount beyond a safe integer gives missing_price').toBe(true)
  const lines = all.map((completion) => expectedLine(spec, prices, completion))
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
      const seen = { exact: 0, fieldMissing: 0, overflow: 0, unsure: 0 }
      fc.assert(
        fc.property(caseArb, ({ spec, shape, prices, pick }) => {
          const all = completions(spec, pick)
          if (all.length === 0 || all.length > 300) return
          const expected = expectedPreviews(spec, prices, pick, all)
          const product = withPrices(spec, render(spec, shape), prices, shape) as CatalogProduct
          const selection = selectionOf(spec, pick)
          const previews = [1, 2, 3, 4].map(() => getPricePreview(product, selection, IGNORE)) as PricePreview[]
          for (const preview of [previews[0], previews[3]] as PricePreview[])
            checkPreview(preview, spec, prices, pick, all, expected)
          expect(previews[3]).toEqual(previews[0])
          const first = previews[0] as PricePreview
          if (expected === 'unsure') seen.unsure++
          else if (overflowPaths(first).length > 0) seen.overflow++
          else if (isMissing(first)) seen.fieldMissing++
          else seen.exact++
        }),
        { numRuns: runs(300) },
      )
      // Every outcome is drawn: the edges are reached, and most previews still price.
      expect(
        Object.values(seen).every((n) => n > 0),
        JSON.stringify(seen),
      ).toBe(true)
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

describe('exact money at the edges: each line at its own exponent, sums beyond a safe integer reported', () => {
  // A: each line is read at the exponent its own amounts need, not at the finest exponent any variant
  // needs (here 9, for 0.123456789, where 10000000.00 = 1e9 cents would be 1e16 units, beyond a safe
  // integer). A complete price shown on the first call must still be shown once the object's price
  // tables are kept and a range was asked (docs/decisions.md, one object one answer: the first and the fourth call answer the same,
  // issues included), and the range includes it.
  it('A: a complete price shown on the first call is still shown after a range was asked', () => {
    const p = product(['10000000.00', '0.123456789'])
    const complete = { options: { O: 'c0' } }
    const first = getPricePreview(p, complete)
    expect(first.unitPrice).toEqual({ min: '10000000.00', max: '10000000.00' })
    getPricePreview(p, {})
    getPricePreview(p, {})
    expect(getPricePreview(p, {}).unitPrice).toEqual({ min: '0.123456789', max: '10000000.00' })
    expect(getPricePreview(p, complete)).toEqual(first)
  })

  // B: the variant part (10000000.00) plus modifiers read at a finer exponent (9, for 1.000000001) is
  // 10000001.000000001, 1.0000001e16 units: beyond a safe integer, so missing_price (at ['product'],
  // the unit price) and no amount; never a made-up figure such as 0.999999998 (a failure code added
  // as if it were units).
  it('B: a variant part beyond a safe integer at the modifiers exponent gives missing_price, not a made-up amount', () => {
    const preview = getPricePreview(product(['10000000.00'], '1.000000001'), {
      options: { O: 'c0' },
      modifiers: { Engraving: 'Ann' },
    })
    expect(preview.unitPrice).toEqual({ min: '', max: '' })
    expect(preview.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'missing_price', path: ['product'] },
    ])
  })

  // C: a modifier (10000000.00) plus a variant part read at a finer exponent (9, for 0.123456789) is
  // beyond a safe integer: missing_price and no amount, never a blank amount without an issue.
  it('C: a modifier beyond a safe integer at the variants exponent gives missing_price, not a blank without an issue', () => {
    const preview = getPricePreview(product(['0.123456789'], '10000000.00'), {
      options: { O: 'c0' },
      modifiers: { Engraving: 'Ann' },
    })
    expect(preview.unitPrice).toEqual({ min: '', max: '' })
    expect(preview.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'missing_price', path: ['product'] },
    ])
  })

  // D: while a mandatory modifier is open, the range adds the cheapest and dearest of its choices'
  // prices; when none of them is an amount, no completion of the selection has a price, so neither has
  // the range (not "from 12.00", as if the modifier were free: never a made-up 0: docs/product-page.md, price rules), and its
  // missing_price says why. A chosen modifier whose price is no amount gives no price either.
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

/** A V3 subscription-only product: one option (c0, c1), a variant per choice, plans s0 and s1. */
function planProduct(variants: readonly { amount: string; compareAt?: string; plans: [string, string] }[]) {
  return {
    id: 'plans',
    currency: 'USD',
    options: [
      {
        id: 'o',
        name: 'O',
        choicesSettings: { choices: variants.map((_, i) => ({ choiceId: `c${i}`, name: `c${i}`, visible: true })) },
      },
    ],
    subscriptionDetails: {
      subscriptions: ['s0', 's1'].map((id) => ({ id, title: id, visible: true, frequency: 'MONTH', interval: 1 })),
      allowOneTimePurchases: false,
    },
    variantsInfo: {
      variants: variants.map(({ amount, compareAt, plans }, i) => ({
        id: `v${i}`,
        visible: true,
        inventoryStatus: { inStock: true },
        choices: [{ optionChoiceIds: { optionId: 'o', choiceId: `c${i}` } }],
        price: { actualPrice: { amount }, ...(compareAt ? { compareAtPrice: { amount: compareAt } } : {}) },
        subscriptionPricesInfo: {
          subscriptionPrices: plans.map((plan, s) => ({ subscriptionId: `s${s}`, price: { amount: plan } })),
        },
      })),
    },
  } as unknown as CatalogProduct
}

describe('regressions: a tie at a range end, and a compare-at unit price beyond a safe integer', () => {
  // The top of a range is 1000000000000.00 on two lines: v0 under s1 (read at 2 decimals) and v1 under
  // s0 (read at 3: v1's compare-at 1.001 needs them). Times quantity 10 that is 1e15 units at 2
  // decimals (fits) but 1e16 at 3 (beyond a safe integer). The end keeps the coarser exponent, so the
  // total is shown on every call (the first call scanned the lines in another order than the fourth,
  // which read the kept tables, and the two answered differently).
  it('a range end tied between lines of different exponents keeps the coarser: the first call and the fourth answer the same', () => {
    const p = planProduct([
      { amount: '1.00', plans: ['1.00', '1000000000000.00'] },
      { amount: '1.00', compareAt: '1.001', plans: ['1000000000000.00', '1.00'] },
    ])
    const selection = { quantity: 10 }
    const [first, , , fourth] = [1, 2, 3, 4].map(() => getPricePreview(p, selection))
    expect(first?.totalPrice).toEqual({ min: '10.00', max: '10000000000000.00' })
    expect(fourth).toEqual(first)
  })

  // The unit price (1.0001) fits, the compare-at unit price (9007199254740.99, the one-time price,
  // plus 0.0001 at 4 decimals) does not: missing_price at ['product'] (a unit price; ['quantity'] is
  // for a total), saying which price (it said "The total is too large" at ['quantity']).
  it('a compare-at unit price beyond a safe integer is reported as a unit price, not as a total', () => {
    // Under plan s0 the variant costs 1.00 (Wix's own plan price); its one-time price is the strike.
    const p = product(['9007199254740.99'], '0.0001') as unknown as Record<string, unknown> & {
      variantsInfo: { variants: Record<string, unknown>[] }
    }
    p['subscriptionDetails'] = {
      subscriptions: [{ id: 's0', title: 's0', visible: true, frequency: 'MONTH', interval: 1 }],
      allowOneTimePurchases: false,
    }
    ;(p.variantsInfo.variants[0] as Record<string, unknown>)['subscriptionPricesInfo'] = {
      subscriptionPrices: [{ subscriptionId: 's0', price: { amount: '1.00' } }],
    }
    const preview = getPricePreview(p as unknown as CatalogProduct, {
      options: { O: 'c0' },
      modifiers: { Engraving: 'Ann' },
      subscriptionOptionId: 's0',
    })
    expect(preview.unitPrice).toEqual({ min: '1.0001', max: '1.0001' })
    expect(preview.compareAtUnitPrice).toBeUndefined()
    expect(preview.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'missing_price', path: ['product'] },
    ])
    expect(preview.issues[0]?.message).toMatch(/^The compare-at unit price is too large/)
  })
})
