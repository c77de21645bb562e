/*
 * Prices for generated products (spec.ts makes them without), drawn by fast-check and put into the
 * rendered JSON at Wix's fields — V3: variant `price.actualPrice.amount` (and sometimes a
 * `compareAtPrice`), modifier choices' `addedPrice`, free text `defaultAddedPrice`, subscription
 * `discount` (PERCENT / AMOUNT / none) and per-variant `subscriptionPricesInfo`, plus `currency`; V1:
 * `priceData.price` / `discountedPrice` (numbers) on the product and on each variant, and
 * `priceData.currency`. The amounts are kept, so tests work out expected prices without the code
 * under test (see `expectedLine`).
 *
 * Two kinds: everyday whole cents in USD (`'cents'`), and amounts at the edges (`'edges'`): every
 * currency scale (0 JPY, 2 USD, 3 BHD, 4 CLF), amounts with fewer, as many and more decimals than the
 * scale (more than 9 now and then), and amounts near `Number.MAX_SAFE_INTEGER` units.
 */
import fc from 'fast-check'
import {
  addDecimal,
  compareDecimal,
  type Decimal,
  decimal,
  decimalOfNumber,
  divideHalfUp,
  MAX_SAFE,
  maxDecimal,
  neededDecimals,
  parseDecimal,
  pow10,
  atExponent,
} from './decimal.js'
import type { ProductSpec } from './spec.js'
import { type Json, put } from './util.js'

/** An amount as Wix gives it: a decimal string (V3) or a number (V1). */
export type RawAmount = string | number

export type DiscountSpec =
  | { readonly type: 'PERCENT'; readonly percent: number }
  | { readonly type: 'AMOUNT'; readonly amount: string }
  | null

export interface PriceSpec {
  readonly currency: string
  /** Per spec variant (by position in spec.variants): V3 `actualPrice.amount`, V1 `discountedPrice`. */
  readonly variants: readonly RawAmount[]
  /** Per spec variant: V3 `compareAtPrice.amount`, V1 `price` (undefined: none; V1 then `price` is the variant price). */
  readonly compareAt: readonly (RawAmount | undefined)[]
  /** V1: the product's own price (what an unmanaged product costs) and its compare-at. */
  readonly product: { readonly price: RawAmount; readonly compareAt: RawAmount | undefined }
  /** Per modifier, per choice (text: one entry), the added price (V3 only). */
  readonly modifiers: readonly (readonly string[])[]
  /** Per subscription: none, a percent off, or an amount off (V3 only). */
  readonly discounts: readonly DiscountSpec[]
  /** Per spec variant, per subscription: Wix's own price of the variant under it (V3 only; undefined: none). */
  readonly subscriptionPrices: readonly (readonly (string | undefined)[])[]
}

/** ISO 4217 minor units of the currencies the generator uses. */
const SCALES: Readonly<Record<string, number>> = { USD: 2, JPY: 0, ISK: 0, BHD: 3, KWD: 3, CLF: 4, EUR: 2 }
export const scaleOf = (currency: string): number => SCALES[currency] ?? 2

const cents = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max })

/** `1234` → `"12.34"`. */
export const amountOf = (c: number): string => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`

const fixed = <T>(n: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(arb, { minLength: n, maxLength: n })

/** Everyday prices: whole cents in USD, whole percents. */
function centsSpecArb(spec: ProductSpec): fc.Arbitrary<PriceSpec> {
  const variantCount = spec.variants?.length ?? 0
  const subscriptionCount = spec.subscriptions?.list.length ?? 0
  const v1 = spec.version === 'V1'
  const amount = (max: number): fc.Arbitrary<RawAmount> => cents(max).map((c) => (v1 ? c / 100 : amountOf(c)))
  return fc.record({
    currency: fc.constant('USD'),
    variants: fixed(variantCount, amount(20_000)),
    compareAt: fixed(variantCount, fc.oneof(fc.constant(undefined), amount(25_000))),
    product: fc.record({ price: amount(20_000), compareAt: fc.oneof(fc.constant(undefined), amount(25_000)) }),
    modifiers: fc.tuple(...spec.modifiers.map((m) => fixed(Math.max(1, m.choices.length), cents(800).map(amountOf)))),
    discounts: fc.tuple(
      ...(spec.subscriptions?.list ?? []).map(() =>
        fc.oneof(
          fc.constant(null),
          fc.integer({ min: 1, max: 99 }).map((percent) => ({ type: 'PERCENT' as const, percent })),
          cents(30_000).map((c) => ({ type: 'AMOUNT' as const, amount: amountOf(c + 1) })),
        ),
      ),
    ),
    subscriptionPrices: fixed(variantCount, fixed(subscriptionCount, fc.constant(undefined))),
  })
}

/** How big a product's amounts are: everyday, or near MAX_SAFE_INTEGER units (sums and totals overflow). */
type Magnitude = 'everyday' | 'huge'

/** A decimal text at the edges for a currency of `scale`: fewer, as many or more decimals; everyday or huge. */
function edgeTextArb(scale: number, magnitude: Magnitude): fc.Arbitrary<string> {
  const decimals = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: scale }) },
    { weight: 2, arbitrary: fc.integer({ min: scale + 1, max: 9 }) },
    { weight: 1, arbitrary: fc.constant(scale) },
    { weight: magnitude === 'huge' ? 1 : 0, arbitrary: fc.integer({ min: 10, max: 11 }) },
  )
  return fc.tuple(decimals, fc.nat(), fc.integer({ min: 0, max: 2 })).chain(([d, seed, trailing]) => {
    const units: fc.Arbitrary<bigint> =
      magnitude === 'huge'
        ? fc.integer({ min: 0, max: 6 }).map((k) => MAX_SAFE / pow10(k) - BigInt(seed % 7))
        : fc.oneof(fc.bigInt({ min: 0n, max: 5n * pow10(d + 1) }), fc.bigInt({ min: 0n, max: pow10(d + 5) }))
    return units.map((u) => {
      const digits = (u < 0n ? 0n : u).toString().padStart(d + 1, '0')
      const whole = digits.slice(0, digits.length - d)
      const fraction = digits.slice(digits.length - d) + '0'.repeat(d > 0 ? trailing : 0)
      return fraction === '' ? whole : `${whole}.${fraction}`
    })
  })
}

/**
 * A V1 price at the edges: a number, read by the library through its shortest text. Amounts with
 * more decimals than the scale, tiny ones written with an exponent (`1e-7`), numbers beyond a safe
 * integer and past 1e21 (which print with an exponent).
 */
function edgeNumberArb(scale: number, magnitude: Magnitude): fc.Arbitrary<number> {
  return edgeTextArb(scale, magnitude).chain((text) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(Number(text)) },
      { weight: 1, arbitrary: fc.constantFrom(1e-7, 2.5e-8, 1e21, 2 ** 53 + 2, 0.1 + 0.2) },
    ),
  )
}

/** Prices at the edges (see the top of this file). */
function edgeSpecArb(spec: ProductSpec): fc.Arbitrary<PriceSpec> {
  const variantCount = spec.variants?.length ?? 0
  const subscriptionCount = spec.subscriptions?.list.length ?? 0
  const v1 = spec.version === 'V1'
  return fc
    .record({
      currency: fc.constantFrom('USD', 'JPY', 'BHD', 'CLF', 'KWD', 'ISK', 'EUR'),
      magnitude: fc.constantFrom<Magnitude>('everyday', 'everyday', 'everyday', 'huge'),
    })
    .chain(({ currency, magnitude }) => {
      const scale = scaleOf(currency)
      const amount = (m: Magnitude = magnitude): fc.Arbitrary<RawAmount> =>
        v1 ? edgeNumberArb(scale, m) : edgeTextArb(scale, m)
      const small = edgeTextArb(scale, 'everyday')
      // A huge product has everyday amounts beside the huge ones, so that some lines still fit.
      const mixed = fc.oneof(amount(), amount('everyday'))
      return fc.record({
        currency: fc.constant(currency),
        variants: fixed(variantCount, mixed),
        compareAt: fixed(variantCount, fc.oneof(fc.constant(undefined), mixed)),
        product: fc.record({ price: mixed, compareAt: fc.oneof(fc.constant(undefined), mixed) }),
        modifiers: fc.tuple(
          ...spec.modifiers.map((m) =>
            fixed(
              Math.max(1, m.choices.length),
              fc.oneof({ weight: 3, arbitrary: small }, edgeTextArb(scale, magnitude)),
            ),
          ),
        ),
        discounts: fc.tuple(
          ...(spec.subscriptions?.list ?? []).map(() =>
            fc.oneof(
              fc.constant(null),
              fc
                .oneof(
                  fc.integer({ min: 0, max: 100 }),
                  fc.integer({ min: 1, max: 9999 }).map((p) => p / 100),
                  fc.constantFrom(12.5, 15, 33.333, 0.001, 99.99999),
                )
                .map((percent) => ({ type: 'PERCENT' as const, percent })),
              small.map((text) => ({ type: 'AMOUNT' as const, amount: text })),
            ),
          ),
        ),
        subscriptionPrices: fixed(
          variantCount,
          fixed(subscriptionCount, fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, small)),
        ),
      })
    })
    .map((prices) => (v1 ? { ...prices, modifiers: [], discounts: [], subscriptionPrices: [] } : prices))
}

/** Prices for a spec: everyday cents, or amounts at the edges. */
export function priceSpecArb(spec: ProductSpec, kind: 'cents' | 'edges' = 'cents'): fc.Arbitrary<PriceSpec> {
  return kind === 'cents' ? centsSpecArb(spec) : edgeSpecArb(spec)
}

type Loose = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** V1 price fields: `priceData` (REST, SDK) or the same fields on the object itself (Velo). */
function v1PriceFields(
  holder: Loose,
  base: RawAmount,
  compareAt: RawAmount | undefined,
  currency: string | undefined,
  velo: boolean,
): void {
  const fields: Loose = compareAt === undefined ? { price: base } : { price: compareAt, discountedPrice: base }
  if (currency !== undefined) fields['currency'] = currency
  if (velo) Object.assign(holder, fields)
  else holder['priceData'] = fields
}

/**
 * Puts the prices into a product rendered by render.ts (a fresh object; the input is not changed):
 * V3 in REST or docs shape, V1 in REST, SDK (`priceData`) or Velo shape (`shape: 'velo'`).
 */
export function withPrices(spec: ProductSpec, product: Json, prices: PriceSpec, shape?: string): Json {
  const out = structuredClone(product) as Loose
  const idOf = (variant: Loose): unknown => variant['id'] ?? variant['_id']
  const byId = new Map((spec.variants ?? []).map((v, i) => [v.id, i]))
  if (spec.version === 'V1') {
    const velo = shape === 'velo'
    v1PriceFields(out, prices.product.price, prices.product.compareAt, prices.currency, velo)
    if (velo) out['currency'] = prices.currency
    for (const variant of out['variants'] ?? []) {
      const i = byId.get(idOf(variant) as string)
      if (i === undefined) continue
      variant['variant'] = { ...(variant['variant'] ?? {}) }
      v1PriceFields(variant['variant'], prices.variants[i] as RawAmount, prices.compareAt[i], undefined, velo)
    }
    return out
  }
  out['currency'] = prices.currency
  const subscriptions = spec.subscriptions?.list ?? []
  for (const variant of out['variantsInfo']?.variants ?? []) {
    const i = byId.get(idOf(variant) as string) as number
    const compare = prices.compareAt[i]
    variant.price = {
      actualPrice: { amount: prices.variants[i] },
      ...(compare !== undefined ? { compareAtPrice: { amount: compare } } : {}),
    }
    const own = (prices.subscriptionPrices[i] ?? []).flatMap((amount, s) =>
      amount === undefined ? [] : [{ subscriptionId: subscriptions[s]?.id, price: { amount } }],
    )
    if (own.length > 0) variant.subscriptionPricesInfo = { subscriptionPrices: own }
  }
  ;(out['modifiers'] ?? []).forEach((m: Loose, k: number) => {
    const added = prices.modifiers[k] as readonly string[]
    if (m['freeTextSettings']) m['freeTextSettings'].defaultAddedPrice = added[0]
    else
      (m['choicesSettings']?.choices ?? []).forEach((c: Loose, j: number) => {
        c['addedPrice'] = added[j]
      })
  })
  ;(out['subscriptionDetails']?.subscriptions ?? []).forEach((s: Loose, k: number) => {
    const d = prices.discounts[k]
    if (d)
      s['discount'] =
        d.type === 'PERCENT' ? { type: 'PERCENT', percentOff: d.percent } : { type: 'AMOUNT', amountOff: d.amount }
  })
  return out
}

// ---------------------------------------------------------------------------------------------
// Selections by position, and the oracle: what one line costs, worked out from the spec (DESIGN §11).

/** A selection by positions. */
export interface PickSpec {
  /** Chosen choice per option (-1: open). */
  readonly chosen: readonly number[]
  /** Chosen choice per modifier (-1: open; text modifiers: 0 = text given). */
  readonly modifiers: readonly number[]
  /** Chosen subscription index, or -1. */
  readonly subscription: number
  readonly quantity: number
}

export function pickArb(
  spec: ProductSpec,
  quantity: fc.Arbitrary<number> = fc.integer({ min: 1, max: 5 }),
): fc.Arbitrary<PickSpec> {
  return fc.record({
    chosen: fc.tuple(...spec.options.map((o) => fc.integer({ min: -1, max: o.choices.length - 1 }))),
    modifiers: fc.tuple(
      ...spec.modifiers.map((m) => fc.integer({ min: -1, max: m.kind === 'text' ? 0 : m.choices.length - 1 })),
    ),
    subscription: fc.integer({ min: -1, max: (spec.subscriptions?.list.length ?? 0) - 1 }),
    quantity,
  })
}

/** The selection of a pick: V3 by ids (options and choices always have them) and modifier keys/names; V1 by names. */
export function selectionOf(
  spec: ProductSpec,
  p: PickSpec,
): {
  options: Record<string, string>
  modifiers: Record<string, string>
  quantity: number
  subscriptionOptionId?: string
} {
  const options: Record<string, string> = {}
  spec.options.forEach((o, k) => {
    const c = p.chosen[k] as number
    const choice = o.choices[c]
    if (choice) put(options, spec.version === 'V1' ? o.name : o.id, spec.version === 'V1' ? choice.name : choice.id)
  })
  const modifiers: Record<string, string> = {}
  spec.modifiers.forEach((m, k) => {
    const c = p.modifiers[k] as number
    if (c < 0) return
    const address = spec.version === 'V1' ? m.name : (m.id ?? m.key ?? m.name)
    const choice = m.choices[c]
    put(modifiers, address, m.kind === 'text' ? 'text' : (choice?.id ?? choice?.key ?? choice?.name ?? ''))
  })
  const subscription = spec.subscriptions?.list[p.subscription]
  return {
    options,
    modifiers,
    quantity: p.quantity,
    ...(subscription ? { subscriptionOptionId: subscription.id } : {}),
  }
}

/**
 * Every completion of a pick: options from each matching variant, open mandatory modifiers and a
 * required subscription filled in every way. An unmanaged V1 product has one completion per pick:
 * its price does not depend on the options.
 */
export function completions(spec: ProductSpec, p: PickSpec): PickSpec[] {
  let out: PickSpec[] = []
  const seen = new Set<string>()
  // An open option with exactly one visible choice is that choice (DESIGN §4), as for the builders.
  const fixedChoices = p.chosen.map((c, k) => {
    if (c >= 0) return c
    const visible = (spec.options[k]?.choices ?? []).flatMap((choice, j) => (choice.visible === false ? [] : [j]))
    return visible.length === 1 ? (visible[0] as number) : -1
  })
  if (!spec.managed) out.push({ ...p, chosen: fixedChoices.map((c) => Math.max(c, 0)) })
  else
    for (const variant of spec.variants ?? []) {
      if (!fixedChoices.every((c, k) => c < 0 || variant.tuple[k] === c)) continue
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

/** An amount as the library reads it (a number through its shortest text), or undefined when it is none. */
export function readAmount(raw: unknown): Decimal | undefined {
  if (typeof raw === 'string') return parseDecimal(raw)
  if (typeof raw === 'number') return raw >= 0 ? decimalOfNumber(raw) : undefined
  return undefined
}

/** One line of a complete pick, exact. */
export interface Line {
  /** The variant part (V3 actualPrice, V1 discounted price). */
  readonly variant: Decimal
  /** The variant part under the chosen subscription. */
  readonly subscribed: Decimal
  /** The strike-through variant part: the compare-at where higher, else the variant part (undefined: the compare-at is no amount). */
  readonly strike: Decimal | undefined
  /** The chosen modifiers' added prices. */
  readonly modifiers: Decimal
}

/**
 * What one line costs by DESIGN §11, from the spec alone: the variant part; Wix's own subscription
 * price, else PERCENT → variant × (100 − p) / 100 rounded half up to the scale, AMOUNT → variant −
 * off, never below 0; plus the chosen modifiers (not discounted). Undefined when a field of the unit
 * price is no amount or has more than 9 decimals (the library reports it), or the pick names no variant.
 */
export function expectedLine(spec: ProductSpec, prices: PriceSpec, p: PickSpec): Line | undefined {
  const scale = scaleOf(prices.currency)
  const amount = (raw: unknown): Decimal | undefined => {
    const d = readAmount(raw)
    return d === undefined || neededDecimals(d) > 9 ? undefined : d
  }
  let base: Decimal | undefined
  let compare: RawAmount | undefined
  let v = -1
  if (!spec.managed) {
    base = amount(prices.product.price)
    compare = prices.product.compareAt
  } else {
    v = (spec.variants ?? []).findIndex((variant) => variant.tuple.every((c, k) => p.chosen[k] === c))
    if (v < 0) return undefined
    base = amount(prices.variants[v])
    compare = prices.compareAt[v]
  }
  if (base === undefined) return undefined
  let subscribed: Decimal | undefined = base
  const s = p.subscription
  if (s >= 0) {
    const own = prices.subscriptionPrices[v]?.[s]
    const discount = prices.discounts[s]
    if (own !== undefined) subscribed = amount(own)
    else if (discount?.type === 'AMOUNT') {
      const off = amount(discount.amount)
      subscribed =
        off && (compareDecimal(base, off) > 0 ? addDecimal(base, { ...off, units: -off.units }) : decimal(0, 0))
    } else if (discount?.type === 'PERCENT') {
      const percent = readAmount(discount.percent) as Decimal
      const hundred = 100n * pow10(percent.exponent)
      // base × (hundred − percent) / hundred, rounded half up to the scale.
      const e = Math.max(base.exponent, scale)
      const units = atExponent(base, e) as bigint
      const rounded = divideHalfUp(units * (hundred - percent.units), hundred * pow10(e - scale))
      subscribed = { units: rounded, exponent: scale }
    }
  }
  if (subscribed === undefined) return undefined
  let strike: Decimal | undefined = base
  if (compare !== undefined) {
    const c = amount(compare)
    strike = c && maxDecimal(c, base)
  }
  let modifiers = decimal(0, 0)
  for (const [k, m] of spec.modifiers.entries()) {
    const c = p.modifiers[k] as number
    if (c < 0 || spec.version === 'V1') continue
    const added = amount(prices.modifiers[k]?.[m.kind === 'text' ? 0 : c])
    if (added === undefined) return undefined
    modifiers = addDecimal(modifiers, added)
  }
  return { variant: base, subscribed, strike, modifiers }
}

/** Every amount of a price spec that a preview may read. */
function everyAmount(prices: PriceSpec): unknown[] {
  return [
    ...prices.variants,
    ...prices.compareAt,
    prices.product.price,
    prices.product.compareAt,
    ...prices.modifiers.flat(),
    ...prices.discounts.map((d) => (d?.type === 'AMOUNT' ? d.amount : undefined)),
    ...prices.subscriptionPrices.flat(),
  ].filter((raw) => raw !== undefined)
}

/**
 * Whether every price of the product fits the library's exact integers for this quantity: every
 * amount is one with at most 9 decimals, and at the finest exponent any of them needs, each amount,
 * the dearest line (variant or compare-at, plus the dearest choice of every modifier) times the
 * quantity, and each percent discount's intermediates are safe integers. Then a preview has no
 * `missing_price` issue; otherwise it may have one (never a wrong amount).
 */
export function fits(spec: ProductSpec, prices: PriceSpec, quantity: number): boolean {
  const amounts = everyAmount(prices).map(readAmount)
  if (amounts.some((d) => d === undefined || neededDecimals(d) > 9)) return false
  const all = amounts as Decimal[]
  const scale = scaleOf(prices.currency)
  const e = Math.max(scale, ...all.map(neededDecimals))
  const units = (d: Decimal): bigint => atExponent(d, e) as bigint
  const dearest = (list: readonly unknown[]): bigint =>
    list.reduce<bigint>((max, raw) => {
      const u = raw === undefined ? 0n : units(readAmount(raw) as Decimal)
      return u > max ? u : max
    }, 0n)
  const variantPart = dearest([...prices.variants, ...prices.compareAt, prices.product.price, prices.product.compareAt])
  const modifierPart = spec.version === 'V1' ? 0n : prices.modifiers.reduce((sum, list) => sum + dearest(list), 0n)
  if ((dearest(prices.subscriptionPrices.flat()) + modifierPart) * BigInt(quantity) > MAX_SAFE) return false
  if ((variantPart + modifierPart) * BigInt(quantity) > MAX_SAFE) return false
  for (const discount of prices.discounts) {
    if (discount?.type !== 'PERCENT') continue
    const percent = readAmount(discount.percent) as Decimal
    const hundred = 100n * pow10(percent.exponent)
    if (variantPart * hundred > MAX_SAFE || 2n * hundred * pow10(e - scale) > MAX_SAFE) return false
  }
  return true
}

/** The amounts of the modifiers a pick reads: its chosen choices, and every choice of an open mandatory one. */
function modifierAmounts(spec: ProductSpec, prices: PriceSpec, pick: PickSpec): Decimal[] {
  if (spec.version === 'V1') return []
  return spec.modifiers.flatMap((m, k) => {
    const c = pick.modifiers[k] as number
    const list = prices.modifiers[k] ?? []
    const read = c >= 0 ? [list[m.kind === 'text' ? 0 : c]] : m.mandatory === true ? list : []
    return read.flatMap((raw) => {
      const d = readAmount(raw)
      return d === undefined || neededDecimals(d) > 9 ? [] : [d]
    })
  })
}

/** The variant-side amounts a preview may read (every variant's: kept price tables price them all), amounts off included. */
function variantAmounts(prices: PriceSpec): Decimal[] {
  return [
    ...prices.variants,
    ...prices.compareAt,
    prices.product.price,
    prices.product.compareAt,
    ...prices.subscriptionPrices.flat(),
    ...prices.discounts.map((d) => (d?.type === 'AMOUNT' ? d.amount : undefined)),
  ].flatMap((raw) => {
    const d = readAmount(raw)
    return d === undefined || neededDecimals(d) > 9 ? [] : [d]
  })
}

const beyond = (d: Decimal, exponent: number): boolean => (atExponent(d, exponent) ?? 0n) > MAX_SAFE
const finest = (scale: number, list: readonly Decimal[]): number => Math.max(scale, ...list.map(neededDecimals))

/**
 * Whether a preview of the pick may reach a known bug of src/ (the it.fails tests of
 * test/properties/price-edges.test.ts):
 * - B: a variant-side amount (a price, a compare-at, a subscription price or a discounted price) is
 *   beyond a safe integer at the finer exponent of the modifiers: a made-up figure, no issue;
 * - C: a modifier amount is beyond a safe integer at the finer exponent of the variants: no price,
 *   no issue;
 * - D: an open mandatory modifier has no choice whose added price is an amount that fits: the range
 *   leaves it out, as if it added 0.
 */
export function reachesKnownBug(spec: ProductSpec, prices: PriceSpec, pick: PickSpec): boolean {
  const scale = scaleOf(prices.currency)
  const modifiers = modifierAmounts(spec, prices, pick)
  const variants = variantAmounts(prices)
  const modifierExponent = finest(scale, modifiers)
  const variantExponent = finest(scale, variants)
  const lines = completions(spec, pick).map((c) => expectedLine(spec, prices, c))
  const lineAmounts = lines.flatMap((l) => (l ? [l.variant, l.subscribed, ...(l.strike ? [l.strike] : [])] : []))
  const unpriceableOpen =
    spec.version === 'V3' &&
    spec.modifiers.some(
      (m, k) =>
        m.mandatory === true &&
        (pick.modifiers[k] as number) < 0 &&
        (prices.modifiers[k] ?? []).every((raw) => {
          const d = readAmount(raw)
          return d === undefined || neededDecimals(d) > 9 || beyond(d, Math.max(modifierExponent, variantExponent))
        }),
    )
  return (
    [...variants, ...lineAmounts].some((d) => beyond(d, modifierExponent)) ||
    modifiers.some((d) => beyond(d, variantExponent)) ||
    unpriceableOpen
  )
}
