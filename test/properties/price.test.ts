/*
 * getPricePreview properties, by brute force over generated V3 and V1 products with generated prices
 * (everyday cents, and amounts at the edges: every currency scale, more decimals than the scale,
 * amounts near Number.MAX_SAFE_INTEGER units; test/generators/prices.ts):
 * - a complete selection prices one line: `unitPrice.min === unitPrice.max`, total = unit × quantity;
 * - a partial selection's range brackets the price of every completion of it (every variant that
 *   matches the chosen options, every choice of each mandatory modifier not chosen, every offered
 *   subscription while one is required and not chosen), and its ends are the cheapest and dearest
 *   completion when every completion is priced;
 * - the first preview of a product (a scan) and the third (kept tables) are the same, issues included
 *   (each line is priced as its own amounts need, whichever others were priced before it);
 * - a `missing_price` issue exactly when the oracle says one (prices.ts `expectedPreviews`: a field
 *   that gives no amount, an amount, sum or total beyond a safe integer at the exponent it needs).
 * Availability is ignored here (every existing variant is still possible); the 'enforce' fallback
 * is covered by test/core/price.test.ts. Exact amounts against an oracle: price-edges.test.ts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getPricePreview, type CatalogProduct, type PricePreview } from '../../src/index.js'
import { shapesFor } from '../generators/cases.js'
import { compareDecimal, type Decimal, parseDecimal, timesDecimal } from '../generators/decimal.js'
import { completions, expectedPreviews, pickArb, priceSpecArb, selectionOf, withPrices } from '../generators/prices.js'
import { render } from '../generators/render.js'
import { productSpecArb, SMALL } from '../generators/spec.js'
import { runs, TEST_TIMEOUT } from '../generators/util.js'

const IGNORE = { availability: 'ignore' } as const

/** An amount of a preview as an exact decimal (amounts are `digits[.digits]`). */
const exact = (amount: string): Decimal => {
  const d = parseDecimal(amount)
  if (d === undefined) throw new Error(`not an amount: ${JSON.stringify(amount)}`)
  return d
}
const same = (a: Decimal, b: Decimal): boolean => compareDecimal(a, b) === 0

describe('getPricePreview properties (generated V3 and V1 products with prices)', () => {
  it(
    'complete selections have min === max; partial ranges are the tight bracket of every completion, first preview or next',
    () => {
      const arb = productSpecArb(SMALL)
        .filter((spec) => spec.variants !== undefined && spec.variants.length > 0)
        .chain((spec) =>
          fc.record({
            spec: fc.constant(spec),
            shape: fc.constantFrom(...shapesFor(spec)),
            prices: fc.oneof(priceSpecArb(spec), priceSpecArb(spec, 'edges')),
            partial: pickArb(spec),
          }),
        )
      fc.assert(
        fc.property(arb, ({ spec, shape, prices, partial }) => {
          const make = (): CatalogProduct => withPrices(spec, render(spec, shape), prices, shape) as CatalogProduct
          const product = make()
          const selection = selectionOf(spec, partial)
          const [preview, , again] = [1, 2, 3].map(() => getPricePreview(product, selection, IGNORE)) as [
            PricePreview,
            PricePreview,
            PricePreview,
          ]
          // And with availability enforced (available variants only, while any is left), on a product not
          // seen yet.
          const unseen = make()
          const enforced = [1, 2, 3].map(() => getPricePreview(unseen, selection))
          // missing_price exactly when the oracle says so; and the third preview (the product kept: its
          // price tables instead of a scan) is the first, issues included.
          const all = completions(spec, partial)
          const missing = preview.issues.some((i) => i.code === 'missing_price')
          if (all.length <= 300) {
            const expected = expectedPreviews(spec, prices, partial, all)
            if (expected === 'unsure') expect(missing).toBe(true)
            else expect(expected.map((e) => e.missing)).toContain(missing)
          }
          expect(again).toEqual(preview)
          expect(enforced[2]).toEqual(enforced[0])
          if (preview.unitPrice.min === '') return
          const lo = exact(preview.unitPrice.min)
          const hi = exact(preview.unitPrice.max)
          expect(compareDecimal(lo, hi) <= 0).toBe(true)
          if (preview.totalPrice.min !== '') {
            expect(same(exact(preview.totalPrice.min), timesDecimal(lo, partial.quantity))).toBe(true)
            expect(same(exact(preview.totalPrice.max), timesDecimal(hi, partial.quantity))).toBe(true)
          }
          if (preview.complete) expect(preview.unitPrice.min).toBe(preview.unitPrice.max)
          // A range with a missing_price issue says that something is left out of it: a line that gives
          // no amount, or a choice of an open mandatory modifier beyond a safe integer at the finer
          // exponent another choice needs (its completion, read alone, may still price it).
          if (missing) return
          const lows: Decimal[] = []
          const highs: Decimal[] = []
          for (const completion of all.slice(0, 200)) {
            const line = getPricePreview(product, selectionOf(spec, completion), IGNORE)
            if (line.unitPrice.min === '') continue
            if (line.complete) expect(line.unitPrice.min).toBe(line.unitPrice.max)
            const [low, high] = [exact(line.unitPrice.min), exact(line.unitPrice.max)]
            expect(compareDecimal(low, lo) >= 0, `${line.unitPrice.min} < ${preview.unitPrice.min}`).toBe(true)
            expect(compareDecimal(high, hi) <= 0, `${line.unitPrice.max} > ${preview.unitPrice.max}`).toBe(true)
            lows.push(low)
            highs.push(high)
          }
          // Tight, not only bracketing: with every completion priced, the ends are a completion's price.
          if (all.length <= 200 && lows.length === all.length && lows.length > 0) {
            expect(lows.some((low) => same(low, lo))).toBe(true)
            expect(highs.some((high) => same(high, hi))).toBe(true)
          }
        }),
        { numRuns: runs(150) },
      )
    },
    TEST_TIMEOUT,
  )
})
