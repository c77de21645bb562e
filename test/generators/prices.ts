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
 * scale (more than 9 now and then), amounts near `Number.MAX_SAFE_INTEGER` units, and now and then
 * a V3 text that is no amount.
 */
import fc from 'fast-check'
import {
  addDecimal,
  atExponent,
  compareDecimal,
  type Decimal,
  decimal,
  decimalOfNumber,
  divideHalfUp,
  fitsAt,
  formatDecimal,
  MAX_SAFE,
  maxDecimal,
  minDecimal,
  neededDecimals,
  parseDecimal,
  pow10,
  timesDecimal,
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

/** Texts that are no amount: a word, empty, a sign, an exponent, a trailing point, a space, a comma. */
const malformedArb: fc.Arbitrary<string> = fc.constantFrom('free', '', '-1.00', '1e3', '12.', ' 12', '1,50')

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
      // Now and then a V3 text that is no amount at all: the field gives missing_price.
      const amount = (m: Magnitude = magnitude): fc.Arbitrary<RawAmount> =>
        v1
          ? edgeNumberArb(scale, m)
          : fc.oneof({ weight: 12, arbitrary: edgeTextArb(scale, m) }, { weight: 1, arbitrary: malformedArb })
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
              fc.oneof(
                { weight: 6, arbitrary: small },
                { weight: 2, arbitrary: edgeTextArb(scale, magnitude) },
                { weight: 1, arbitrary: malformedArb },
              ),
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
// Selections by position, and the oracle: what one line costs, worked out from the spec (docs/product-page.md, "Price").

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
  // An open option with exactly one visible choice is that choice (docs/building.md, "Resolving what the buyer named"), as for the builders.
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
 * What one line costs by docs/product-page.md, "Price", from the spec alone: the variant part; Wix's own subscription
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

// ---------------------------------------------------------------------------------------------
// The preview oracle, line by line (docs/product-page.md, "Price"; docs/decisions.md). A line (a variant, or a V1 product's own
// price, under one subscription or none) is read at the finest exponent its own amounts need (the
// currency's scale at least): its price, the subscription's own price or amount off, its compare-at.
// The modifiers a pick reads (the chosen ones, every choice of an open mandatory one) are read at
// the finest exponent their amounts need. A sum of a line and the modifiers is taken at the finer of
// the two exponents, a total at that exponent too; whatever is beyond 2^53 − 1 units at the exponent
// it needs is `missing_price`, never a rounded or made-up figure. Each amount is written with the
// decimals it needs, at least the currency's scale.

/** An amount the library can hold at some exponent (at most 9 decimals), or undefined. */
function readable(raw: unknown): Decimal | undefined {
  const d = readAmount(raw)
  return d === undefined || neededDecimals(d) > 9 ? undefined : d
}

/** The exponent amounts are read at: the finest any of them needs, the currency's scale at least. */
const exponentFor = (scale: number, amounts: readonly Decimal[]): number =>
  Math.max(scale, ...amounts.map(neededDecimals))

/** `d` in units of 10^-exponent (exact: `exponent` holds every decimal of `d`). */
const unitsAt = (d: Decimal, exponent: number): bigint => atExponent(d, exponent) as bigint

const defined = <T>(list: readonly (T | undefined)[]): T[] => list.filter((x): x is T => x !== undefined)

/**
 * One line as the library must price it:
 * - `priced`: every amount it reads fits at the line's exponent: priced, exactly so;
 * - `none`: a field it needs (its price, the subscription's price or amount off) is no amount (or has
 *   more than 9 decimals), or a percent discount's intermediates are beyond a safe integer: no line;
 * - `unsure`: an amount it reads is beyond a safe integer at the exponent the line needs: how far
 *   the library gets depends on the order it meets its amounts in, but a field of it certainly gives
 *   `missing_price`, and whatever it prices is these values.
 */
interface ExpectedLine {
  readonly kind: 'priced' | 'none' | 'unsure'
  readonly variant?: Decimal
  readonly subscribed?: Decimal
  /** The strike-through variant part: the compare-at where higher, else the variant part; undefined: unknown. */
  readonly strike?: Decimal
  readonly exponent: number
  /** A field of the line certainly gives a `missing_price` issue. */
  readonly failed: boolean
}

/** Line `v` (-1: a product without managed variants) under subscription `s` (-1: none). */
function variantLine(spec: ProductSpec, prices: PriceSpec, v: number, s: number): ExpectedLine {
  const scale = scaleOf(prices.currency)
  const [baseRaw, compareRaw] = spec.managed
    ? [prices.variants[v], prices.compareAt[v]]
    : [prices.product.price, prices.product.compareAt]
  const own = s >= 0 ? prices.subscriptionPrices[v]?.[s] : undefined
  const discount = s >= 0 && own === undefined ? (prices.discounts[s] ?? null) : null
  const subRaw = own ?? (discount?.type === 'AMOUNT' ? discount.amount : undefined)
  const base = readable(baseRaw)
  const sub = subRaw === undefined ? undefined : readable(subRaw)
  if (base === undefined || (subRaw !== undefined && sub === undefined))
    return { kind: 'none', exponent: scale, failed: true }
  const compare = compareRaw === undefined ? undefined : readable(compareRaw)
  const amounts = defined([base, sub, compare])
  const exponent = exponentFor(scale, amounts)
  let subscribed = base
  if (own !== undefined) subscribed = sub as Decimal
  else if (discount?.type === 'AMOUNT') {
    const off = sub as Decimal
    subscribed = compareDecimal(base, off) > 0 ? addDecimal(base, { ...off, units: -off.units }) : decimal(0, 0)
  }
  const strike = compareRaw === undefined ? base : compare && maxDecimal(compare, base)
  if (!amounts.every((d) => fitsAt(d, exponent))) {
    // The value under a percent discount is the same at any exponent (rounded to the scale).
    const percent = discount?.type === 'PERCENT' ? percentOffOf(base, discount.percent, scale) : subscribed
    return { kind: 'unsure', variant: base, subscribed: percent, ...(strike ? { strike } : {}), exponent, failed: true }
  }
  if (discount?.type === 'PERCENT') {
    // base × (hundred − percent) and twice hundred × 10^(exponent − scale) are safe integers.
    const percent = readAmount(discount.percent) as Decimal
    const hundred = 100n * pow10(percent.exponent)
    if (
      unitsAt(base, exponent) * (hundred - percent.units) > MAX_SAFE ||
      2n * hundred * pow10(exponent - scale) > MAX_SAFE
    )
      return { kind: 'none', exponent, failed: true }
    subscribed = percentOffOf(base, discount.percent, scale)
  }
  return {
    kind: 'priced',
    variant: base,
    subscribed,
    ...(strike ? { strike } : {}),
    exponent,
    failed: compareRaw !== undefined && compare === undefined,
  }
}

/** `base × (100 − percent) / 100`, rounded half up to the scale. */
function percentOffOf(base: Decimal, raw: number, scale: number): Decimal {
  const percent = readAmount(raw) as Decimal
  const hundred = 100n * pow10(percent.exponent)
  const e = Math.max(base.exponent, scale)
  const rounded = divideHalfUp(unitsAt(base, e) * (hundred - percent.units), hundred * pow10(e - scale))
  return { units: rounded, exponent: scale }
}

/** The modifiers a pick reads, as the library must price them (`unsure`: as for a line). */
interface ExpectedModifiers {
  readonly kind: 'sure' | 'unsure'
  readonly exponent: number
  /** The chosen modifiers plus the cheapest / dearest readable choice of each open mandatory one. */
  readonly low: Decimal
  readonly high: Decimal
  /** Every chosen modifier's price is an amount, and every open mandatory one has one. */
  readonly priceable: boolean
  /** A mandatory modifier is not chosen. */
  readonly open: boolean
  readonly failed: boolean
}

function expectedModifiers(spec: ProductSpec, prices: PriceSpec, pick: PickSpec): ExpectedModifiers {
  const scale = scaleOf(prices.currency)
  const read: Decimal[] = []
  let [low, high] = [decimal(0, 0), decimal(0, 0)]
  let [priceable, open, failed] = [true, false, false]
  spec.modifiers.forEach((m, k) => {
    const c = pick.modifiers[k] as number
    if (c < 0 && m.mandatory !== true) return
    if (c < 0) open = true
    // V1 custom text fields add nothing.
    if (spec.version === 'V1') return
    const list = prices.modifiers[k] ?? []
    const raws =
      c >= 0 ? [list[m.kind === 'text' ? 0 : c]] : m.kind === 'text' ? [list[0]] : list.slice(0, m.choices.length)
    const amounts = defined(raws.map(readable))
    if (amounts.length < raws.length) failed = true
    if (amounts.length === 0 || (c >= 0 && amounts.length < raws.length)) {
      priceable = false
      return
    }
    read.push(...amounts)
    low = addDecimal(low, amounts.reduce(minDecimal))
    high = addDecimal(high, amounts.reduce(maxDecimal))
  })
  const exponent = exponentFor(scale, read)
  const sure = read.every((d) => fitsAt(d, exponent))
  return { kind: sure ? 'sure' : 'unsure', exponent, low, high, priceable, open, failed: failed || !sure }
}

/** A price range as the preview writes it. */
interface Range {
  readonly min: string
  readonly max: string
}

/** A preview without its issues, and what its issues must say about missing prices. */
export interface ExpectedPreview {
  readonly preview: {
    readonly complete: boolean
    readonly currency: string
    readonly quantity: number
    readonly unitPrice: Range
    readonly compareAtUnitPrice?: Range
    readonly totalPrice: Range
    readonly compareAtTotalPrice?: Range
    readonly breakdown?: { readonly variant: string; readonly modifiers: string; readonly subscriptionDiscount: string }
  }
  /** Some `missing_price` issue. */
  readonly missing: boolean
  /**
   * The paths of the `missing_price` issues for a sum or product beyond a safe integer (`['product']`:
   * a unit or compare-at unit price, `['quantity']`: a total).
   */
  readonly overflow: readonly (readonly string[])[]
}

/**
 * What a preview of the pick (availability ignored) must be (one expected preview: of lines tied at
 * a range end the end keeps the coarsest exponent), or 'unsure' when some amount it reads is beyond a
 * safe integer at the exponent it needs (then a `missing_price` issue is certain, and every figure
 * shown is a completion's exact price). `all`: the completions of the pick.
 */
export function expectedPreviews(
  spec: ProductSpec,
  prices: PriceSpec,
  pick: PickSpec,
  all: readonly PickSpec[],
): readonly ExpectedPreview[] | 'unsure' {
  const scale = scaleOf(prices.currency)
  const modifiers = expectedModifiers(spec, prices, pick)
  const lines = linesOf(spec, prices, all)
  if (modifiers.kind === 'unsure' || lines.some((line) => line.kind === 'unsure')) return 'unsure'
  const failed = modifiers.failed || lines.some((line) => line.failed)
  const priced = lines.filter((line) => line.kind === 'priced')
  const noPrice = { min: '', max: '' }
  const base = { complete: false, currency: prices.currency, quantity: pick.quantity }
  if (!modifiers.priceable || priced.length === 0)
    return [{ preview: { ...base, unitPrice: noPrice, totalPrice: noPrice }, missing: failed, overflow: [] }]
  const text = (d: Decimal): string => formatDecimal(d, scale)
  const em = modifiers.exponent
  /** Whether `d` (a sum with the modifiers) times `times` is a safe integer at the finer of `exponent` and theirs. */
  const fitsWith = (d: Decimal, exponent: number, times = 1): boolean =>
    unitsAt(d, Math.max(exponent, em)) * BigInt(times) <= MAX_SAFE
  const units = ends(priced.map((line) => [line.subscribed as Decimal, line.exponent])) as Ends
  const strikes = ends(defined(priced.map((line) => line.strike && ([line.strike, line.exponent] as const))))
  const higher =
    strikes !== undefined &&
    (compareDecimal(strikes.low.value, units.low.value) > 0 || compareDecimal(strikes.high.value, units.high.value) > 0)
  const complete = isComplete(spec, pick, all)
  const q = pick.quantity
  const [low, high] = [addDecimal(units.low.value, modifiers.low), addDecimal(units.high.value, modifiers.high)]
  const out = new Map<string, ExpectedPreview>()
  // Each end at the coarsest exponent of the lines tied there (docs/decisions.md: a range is the same
  // whatever order its lines come in).
  const choices: (keyof Tied)[][] = [['coarsest', 'coarsest', 'coarsest', 'coarsest']]
  for (const [ul = 'coarsest', uh = 'coarsest', sl = 'coarsest', sh = 'coarsest'] of choices) {
    const [lowAt, highAt] = [units.low[ul], units.high[uh]]
    const unitPrice = fitsWith(low, lowAt) && fitsWith(high, highAt) ? { min: text(low), max: text(high) } : undefined
    const totalPrice =
      unitPrice && fitsWith(low, lowAt, q) && fitsWith(high, highAt, q)
        ? { min: text(timesDecimal(low, q)), max: text(timesDecimal(high, q)) }
        : undefined
    let compareAtUnitPrice: Range | undefined
    let compareAtTotalPrice: Range | undefined
    if (higher && unitPrice) {
      const sLow = addDecimal(strikes.low.value, modifiers.low)
      const sHigh = addDecimal(strikes.high.value, modifiers.high)
      const [sLowAt, sHighAt] = [strikes.low[sl], strikes.high[sh]]
      if (fitsWith(sLow, sLowAt) && fitsWith(sHigh, sHighAt)) {
        compareAtUnitPrice = { min: text(sLow), max: text(sHigh) }
        if (fitsWith(sLow, sLowAt, q) && fitsWith(sHigh, sHighAt, q))
          compareAtTotalPrice = { min: text(timesDecimal(sLow, q)), max: text(timesDecimal(sHigh, q)) }
      }
    }
    const overflowed = !unitPrice || !totalPrice || (higher && (!compareAtUnitPrice || !compareAtTotalPrice))
    // One issue for the first figure beyond a safe integer: a unit or compare-at unit price at
    // ['product'], else a total at ['quantity'].
    const overflow = !overflowed ? [] : !unitPrice || (higher && !compareAtUnitPrice) ? [['product']] : [['quantity']]
    const line = priced[0] as ExpectedLine
    const pinned = complete && unitPrice !== undefined
    // The parts of a complete price, at the finer exponent of the line and the modifiers (beyond a safe
    // integer there, the compare-at sum is too, and its missing_price says so).
    const at = Math.max(line.exponent, em)
    const parts = [line.variant as Decimal, line.subscribed as Decimal, modifiers.low]
    const breakdown =
      pinned && parts.every((d) => unitsAt(d, at) <= MAX_SAFE)
        ? {
            variant: text(line.variant as Decimal),
            modifiers: text(modifiers.low),
            subscriptionDiscount: text(addDecimal(line.variant as Decimal, minus(line.subscribed as Decimal))),
          }
        : undefined
    const expected: ExpectedPreview = {
      preview: {
        ...base,
        complete: pinned,
        unitPrice: unitPrice ?? noPrice,
        ...(compareAtUnitPrice ? { compareAtUnitPrice } : {}),
        totalPrice: totalPrice ?? noPrice,
        ...(compareAtTotalPrice ? { compareAtTotalPrice } : {}),
        ...(breakdown ? { breakdown } : {}),
      },
      missing: failed || overflowed,
      overflow,
    }
    out.set(JSON.stringify(expected), expected)
  }
  return [...out.values()]
}

const minus = (d: Decimal): Decimal => ({ ...d, units: -d.units })

/** The lines of the completions (each variant and subscription once). */
function linesOf(spec: ProductSpec, prices: PriceSpec, all: readonly PickSpec[]): ExpectedLine[] {
  const seen = new Set<string>()
  const lines: ExpectedLine[] = []
  for (const c of all) {
    const v = spec.managed
      ? (spec.variants ?? []).findIndex((variant) => variant.tuple.every((x, k) => c.chosen[k] === x))
      : -1
    if (seen.has(`${v} ${c.subscription}`)) continue
    seen.add(`${v} ${c.subscription}`)
    lines.push(variantLine(spec, prices, v, c.subscription))
  }
  return lines
}

/** The coarsest and finest exponent of the lines at an end's value. */
interface Tied {
  readonly coarsest: number
  readonly finest: number
}

interface End extends Tied {
  readonly value: Decimal
}

/** The lowest and highest of some values (each with its line's exponent), undefined for none. */
interface Ends {
  readonly low: End
  readonly high: End
}

function ends(list: readonly (readonly [Decimal, number])[]): Ends | undefined {
  if (list.length === 0) return undefined
  const end = (pick: (a: Decimal, b: Decimal) => Decimal): End => {
    const value = list.map(([d]) => d).reduce(pick)
    const exponents = list.filter(([d]) => compareDecimal(d, value) === 0).map(([, e]) => e)
    return { value, coarsest: Math.min(...exponents), finest: Math.max(...exponents) }
  }
  return { low: end(minDecimal), high: end(maxDecimal) }
}

/** The pick names one line: every option chosen (or the only visible choice), no open mandatory modifier or required subscription. */
export function isComplete(spec: ProductSpec, pick: PickSpec, all: readonly PickSpec[]): boolean {
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
