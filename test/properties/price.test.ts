/*
 * getPricePreview properties, by brute force over generated V3 products with generated prices:
 * - a complete selection prices one line: `unitPrice.min === unitPrice.max`, total = unit × quantity;
 * - a partial selection's range brackets the price of every completion of it (every variant that
 *   matches the chosen options, every choice of each mandatory modifier not chosen, every offered
 *   subscription while one is required and not chosen), and its ends are the cheapest and dearest
 *   completion when every completion is priced;
 * - the amounts are the same on the first preview of a product (a scan) and on the next (kept tables).
 * Availability is ignored here (every existing variant is still possible); the 'enforce' fallback
 * is covered by test/core/price.test.ts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getPricePreview, type CatalogProduct, type PricePreview, type Selection } from '../../src/index.js'
import { priceSpecArb, withPrices } from '../generators/prices.js'
import { render } from '../generators/render.js'
import { productSpecArb, SMALL, type ProductSpec } from '../generators/spec.js'
import { runs, TEST_TIMEOUT } from '../generators/util.js'

const IGNORE = { availability: 'ignore' } as const

/** A decimal string at scale 2 as a whole number of cents (exact, no floats). */
const cents = (amount: string): bigint => BigInt(amount.replace('.', ''))

interface Partial {
  /** Chosen choice per option (-1: open). */
  readonly chosen: readonly number[]
  /** Chosen choice per modifier (-1: open; text modifiers: 0 = text given). */
  readonly modifiers: readonly number[]
  /** Chosen subscription index, or -1. */
  readonly subscription: number
  readonly quantity: number
}

function partialArb(spec: ProductSpec): fc.Arbitrary<Partial> {
  return fc.record({
    chosen: fc.tuple(...spec.options.map((o) => fc.integer({ min: -1, max: o.choices.length - 1 }))),
    modifiers: fc.tuple(
      ...spec.modifiers.map((m) => fc.integer({ min: -1, max: m.kind === 'text' ? 0 : m.choices.length - 1 })),
    ),
    subscription: fc.integer({ min: -1, max: (spec.subscriptions?.list.length ?? 0) - 1 }),
    quantity: fc.integer({ min: 1, max: 5 }),
  })
}

/** The selection of a partial, by ids (V3 options and choices always have them) and modifier keys/names. */
function selectionOf(spec: ProductSpec, p: Partial): Selection {
  const options: Record<string, string> = {}
  spec.options.forEach((o, k) => {
    const c = p.chosen[k] as number
    if (c >= 0) options[o.id] = o.choices[c]?.id as string
  })
  const modifiers: Record<string, string> = {}
  spec.modifiers.forEach((m, k) => {
    const c = p.modifiers[k] as number
    if (c < 0) return
    const address = m.id ?? m.key ?? m.name
    const choice = m.choices[c]
    modifiers[address] = m.kind === 'text' ? 'text' : (choice?.id ?? choice?.key ?? choice?.name ?? '')
  })
  const subscription = spec.subscriptions?.list[p.subscription]
  return {
    options,
    modifiers,
    quantity: p.quantity,
    ...(subscription ? { subscriptionOptionId: subscription.id } : {}),
  }
}

/** Every completion of a partial: options from each matching variant, open mandatory modifiers and a required subscription filled in every way. */
function completions(spec: ProductSpec, p: Partial): Partial[] {
  let out: Partial[] = []
  const seen = new Set<string>()
  // An open option with exactly one visible choice is that choice (DESIGN §4), as for the builders.
  const fixed = p.chosen.map((c, k) => {
    if (c >= 0) return c
    const visible = (spec.options[k]?.choices ?? []).flatMap((choice, j) => (choice.visible === false ? [] : [j]))
    return visible.length === 1 ? (visible[0] as number) : -1
  })
  for (const variant of spec.variants ?? []) {
    if (!fixed.every((c, k) => c < 0 || variant.tuple[k] === c)) continue
    const key = variant.tuple.join()
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ ...p, chosen: variant.tuple })
  }
  spec.modifiers.forEach((m, k) => {
    if ((p.modifiers[k] as number) >= 0 || m.mandatory !== true) return
    const ways = m.kind === 'text' ? 1 : m.choices.length
    out = out.flatMap((c) =>
      Array.from({ length: ways }, (_, j) => ({ ...c, modifiers: c.modifiers.map((x, i) => (i === k ? j : x)) })),
    )
  })
  const subscriptions = spec.subscriptions
  if (p.subscription < 0 && subscriptions && subscriptions.list.length > 0 && subscriptions.allowOneTime !== true) {
    out = out.flatMap((c) => subscriptions.list.map((_, s) => ({ ...c, subscription: s })))
  }
  return out
}

describe('getPricePreview properties (generated V3 products with prices)', () => {
  it(
    'complete selections have min === max; partial ranges are the tight bracket of every completion, first preview or next',
    () => {
      const arb = productSpecArb({ ...SMALL, version: 'V3' })
        .filter((spec) => spec.variants !== undefined && spec.variants.length > 0)
        .chain((spec) => fc.record({ spec: fc.constant(spec), prices: priceSpecArb(spec), partial: partialArb(spec) }))
      fc.assert(
        fc.property(arb, ({ spec, prices, partial }) => {
          const product = withPrices(spec, render(spec, 'rest'), prices) as CatalogProduct
          const preview = getPricePreview(product, selectionOf(spec, partial), IGNORE)
          expect(preview.issues.filter((i) => i.code === 'missing_price')).toEqual([])
          if (preview.unitPrice.min === '') return
          const lo = cents(preview.unitPrice.min)
          const hi = cents(preview.unitPrice.max)
          expect(lo <= hi).toBe(true)
          expect(cents(preview.totalPrice.min)).toBe(lo * BigInt(partial.quantity))
          expect(cents(preview.totalPrice.max)).toBe(hi * BigInt(partial.quantity))
          if (preview.complete) expect(preview.unitPrice.min).toBe(preview.unitPrice.max)
          // The same selection twice more: by the third preview the product is kept (sorted price
          // tables instead of a scan), and the amounts must not change.
          const [, again] = [1, 2].map(() => getPricePreview(product, selectionOf(spec, partial), IGNORE)) as [
            PricePreview,
            PricePreview,
          ]
          expect([again.unitPrice, again.totalPrice, again.compareAtUnitPrice]).toEqual([
            preview.unitPrice,
            preview.totalPrice,
            preview.compareAtUnitPrice,
          ])
          // And with availability enforced (available variants only, while any is left), on a product not
          // seen yet: first = third.
          const unseen = withPrices(spec, render(spec, 'rest'), prices) as CatalogProduct
          const enforced = [1, 2, 3].map(() => getPricePreview(unseen, selectionOf(spec, partial)))
          expect(enforced.map((e) => [e.unitPrice, e.totalPrice, e.compareAtUnitPrice])[2]).toEqual([
            enforced[0]!.unitPrice,
            enforced[0]!.totalPrice,
            enforced[0]!.compareAtUnitPrice,
          ])
          const all = completions(spec, partial)
          const lows: bigint[] = []
          const highs: bigint[] = []
          for (const completion of all.slice(0, 200)) {
            const line = getPricePreview(product, selectionOf(spec, completion), IGNORE)
            if (line.unitPrice.min === '') continue
            if (line.complete) expect(line.unitPrice.min).toBe(line.unitPrice.max)
            expect(cents(line.unitPrice.min) >= lo, `${line.unitPrice.min} < ${preview.unitPrice.min}`).toBe(true)
            expect(cents(line.unitPrice.max) <= hi, `${line.unitPrice.max} > ${preview.unitPrice.max}`).toBe(true)
            lows.push(cents(line.unitPrice.min))
            highs.push(cents(line.unitPrice.max))
          }
          // Tight, not only bracketing: with every completion priced, the ends are a completion's price.
          if (all.length <= 200 && lows.length === all.length && lows.length > 0) {
            // biome-ignore lint/complexity/useMathMinMax: amounts may be bigints
            expect(lo).toBe(lows.reduce((a, b) => (b < a ? b : a)))
            // biome-ignore lint/complexity/useMathMinMax: amounts may be bigints
            expect(hi).toBe(highs.reduce((a, b) => (b > a ? b : a)))
          }
        }),
        { numRuns: runs(150) },
      )
    },
    TEST_TIMEOUT,
  )
})
