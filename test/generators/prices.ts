/*
 * Prices for generated V3 products (spec.ts makes them without): whole cents drawn by fast-check, put
 * into the rendered REST JSON at Wix's fields — variant `price.actualPrice.amount` (and sometimes a
 * `compareAtPrice`), modifier choices' `addedPrice`, free text `defaultAddedPrice`, subscription
 * `discount` (PERCENT / AMOUNT / none) — plus `currency`. The cents are kept, so tests can work out
 * expected amounts without the code under test.
 */
import fc from 'fast-check'
import type { ProductSpec } from './spec.js'
import type { Json } from './util.js'

export interface PriceSpec {
  /** Per spec variant (by position in spec.variants), its price in cents. */
  readonly variants: readonly number[]
  /** Per spec variant, a compare-at in cents (0: none). */
  readonly compareAt: readonly number[]
  /** Per modifier, per choice (text: one entry), the added price in cents. */
  readonly modifiers: readonly (readonly number[])[]
  /** Per subscription: none, a whole percent off, or cents off. */
  readonly discounts: readonly (
    | { readonly type: 'PERCENT'; readonly percent: number }
    | { readonly type: 'AMOUNT'; readonly cents: number }
    | null
  )[]
}

const cents = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max })

export function priceSpecArb(spec: ProductSpec): fc.Arbitrary<PriceSpec> {
  const variantCount = spec.variants?.length ?? 0
  return fc.record({
    variants: fc.array(cents(20_000), { minLength: variantCount, maxLength: variantCount }),
    compareAt: fc.array(fc.oneof(fc.constant(0), cents(25_000)), { minLength: variantCount, maxLength: variantCount }),
    modifiers: fc.tuple(
      ...spec.modifiers.map((m) =>
        fc.array(cents(800), { minLength: Math.max(1, m.choices.length), maxLength: Math.max(1, m.choices.length) }),
      ),
    ),
    discounts: fc.tuple(
      ...(spec.subscriptions?.list ?? []).map(() =>
        fc.oneof(
          fc.constant(null),
          fc.integer({ min: 1, max: 99 }).map((percent) => ({ type: 'PERCENT' as const, percent })),
          cents(30_000).map((c) => ({ type: 'AMOUNT' as const, cents: c + 1 })),
        ),
      ),
    ),
  })
}

/** `1234` → `"12.34"`. */
export const amountOf = (c: number): string => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`

/** Puts the prices into a V3 product rendered in REST shape (a fresh object; the input is not changed). */
export function withPrices(spec: ProductSpec, product: Json, prices: PriceSpec): Json {
  const out = structuredClone(product) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
  out['currency'] = 'USD'
  const byId = new Map((spec.variants ?? []).map((v, i) => [v.id, i]))
  for (const variant of out['variantsInfo']?.variants ?? []) {
    const i = byId.get(variant.id) as number
    const compare = prices.compareAt[i] as number
    variant.price = {
      actualPrice: { amount: amountOf(prices.variants[i] as number) },
      ...(compare > 0 ? { compareAtPrice: { amount: amountOf(compare) } } : {}),
    }
  }
  ;(out['modifiers'] ?? []).forEach((m: Record<string, any>, k: number) => {
    // eslint-disable-line @typescript-eslint/no-explicit-any
    const added = prices.modifiers[k] as readonly number[]
    if (m['freeTextSettings']) m['freeTextSettings'].defaultAddedPrice = amountOf(added[0] as number)
    else
      (m['choicesSettings']?.choices ?? []).forEach((c: Record<string, unknown>, j: number) => {
        c['addedPrice'] = amountOf(added[j] as number)
      }) // eslint-disable-line @typescript-eslint/no-explicit-any
  })
  ;(out['subscriptionDetails']?.subscriptions ?? []).forEach((s: Record<string, unknown>, k: number) => {
    const d = prices.discounts[k]
    if (d)
      s['discount'] =
        d.type === 'PERCENT'
          ? { type: 'PERCENT', percentOff: d.percent }
          : { type: 'AMOUNT', amountOff: amountOf(d.cents) }
  })
  return out
}
