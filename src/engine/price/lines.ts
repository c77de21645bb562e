/*
 * One variant's line under one subscription (or none), in exact units (internal/money.ts), and the
 * strike-through price beside it. Every way the preview finds its candidates prices each line here,
 * so they agree. A line is as exact as its own amounts need (`readExact`): its price never depends on
 * which other lines were priced beside it.
 */
import {
  fractionDigits,
  MAX_EXPONENT,
  NOT_AN_AMOUNT,
  percentOff,
  TOO_LARGE,
  TOO_PRECISE,
  toUnits,
} from '../../internal/money.js'
import type { IssuePath } from '../../issues.js'
import type { ModelSubscription } from '../../normalize/model.js'
import type { PriceBook } from '../../normalize/prices.js'

/** Why a price field gives no amount: no decimal amount, more decimals than can be held, or too large. */
export type PriceFailure = typeof NOT_AN_AMOUNT | typeof TOO_PRECISE | typeof TOO_LARGE

/** A price field that gives no amount, for a `missing_price` issue. */
export interface FailedField {
  readonly path: IssuePath
  readonly reason: PriceFailure
}

/** A priced line, every amount in units at `exponent`. */
export interface Line {
  /** The variant's own price (before the subscription). */
  readonly variant: number
  /** What one unit costs under the subscription. */
  readonly unit: number
  /** The strike-through price; NaN when the compare-at price is malformed (the line is left out of that range). */
  readonly strike: number
  readonly exponent: number
}

/** The units of a raw amount in the current pass, or undefined (a failure noted, or a finer pass asked for). */
export type ReadAmount = (value: unknown, path: () => IssuePath) => number | undefined

/**
 * Runs `read` at `scale` (the currency's), then again at the finest exponent an amount it read needs,
 * until a pass needs none finer; the failures of a pass that is redone are forgotten.
 */
export function readExact<T>(
  scale: number,
  failed: FailedField[],
  read: (amount: ReadAmount, exponent: number) => T,
): { readonly value: T; readonly exponent: number } {
  const from = failed.length
  let exponent = scale
  for (;;) {
    let finer = 0
    const value = read((raw, path) => {
      const units = toUnits(raw, exponent)
      if (units >= 0) return units
      const needed = units === TOO_PRECISE ? fractionDigits(raw) : MAX_EXPONENT + 1
      if (needed <= MAX_EXPONENT) finer = Math.max(finer, needed)
      else failed.push({ path: path(), reason: units as PriceFailure })
      return undefined
    }, exponent)
    if (finer <= exponent) return { value, exponent }
    failed.length = from
    exponent = finer
  }
}

/** Prices variant `v` (PRODUCT_ITSELF: the product's own price) under `subscription`; undefined when it gives no line. */
export function priceLine(
  book: PriceBook,
  v: number,
  subscription: ModelSubscription | undefined,
  failed: FailedField[],
): Line | undefined {
  const { value, exponent } = readExact(book.scale, failed, (amount, exponent) => {
    const base = amount(book.price(v), () => book.pricePath(v))
    if (base === undefined) return undefined
    const unit = subscription ? subscribed(book, v, base, subscription, amount, exponent, failed) : base
    if (unit === undefined) return undefined
    const compare = book.compareAt(v)
    const units = compare === undefined ? base : amount(compare, () => book.compareAtPath(v))
    return [base, unit, units === undefined ? Number.NaN : Math.max(units, base)] as const
  })
  return value && { variant: value[0], unit: value[1], strike: value[2], exponent }
}

/** The unit price under a subscription: Wix's own price for the variant, else the plan's discount on `base`. */
function subscribed(
  book: PriceBook,
  v: number,
  base: number,
  subscription: ModelSubscription,
  amount: ReadAmount,
  exponent: number,
  failed: FailedField[],
): number | undefined {
  const own = book.subscriptionPrice(v, subscription)
  if (own !== undefined) return amount(own.value, () => own.path)
  const discount = book.discount(subscription)
  if (discount.type === 'none') return base
  if (discount.type === 'amount') {
    const off = amount(discount.value, () => discount.path)
    return off === undefined ? undefined : Math.max(base - off, 0)
  }
  let reason: PriceFailure = NOT_AN_AMOUNT
  if (discount.type === 'percent') {
    const digits = Math.min(Math.max(fractionDigits(discount.value), 0), MAX_EXPONENT)
    const percent = toUnits(discount.value, digits)
    const unit =
      percent > 100 * 10 ** digits
        ? NOT_AN_AMOUNT
        : percent < 0
          ? percent
          : percentOff(base, percent, digits, exponent, book.scale)
    if (unit >= 0) return unit
    reason = unit === TOO_LARGE ? TOO_LARGE : NOT_AN_AMOUNT
  }
  failed.push({ path: discount.path, reason })
  return undefined
}
