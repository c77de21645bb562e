/*
 * One variant's unit price under one subscription (or none), in exact units (internal/money.ts),
 * and the strike-through price beside it. Both strategies of the preview (a scan of a fresh
 * product, sorted tables of a kept one) price every variant through `LinePricer`, so they agree.
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

/** No strike-through price could be read (a malformed compare-at): the variant is left out of the compare-at range. */
export const UNKNOWN_STRIKE: number = Number.NaN

/**
 * Prices lines at one exponent. After `price(v, s)` is true, `variant`, `unit` and `strike` hold
 * the line; `failed` collects every field that gave no amount. A field with more decimals than the
 * exponent raises `finerExponent` instead: price again at that exponent.
 */
export class LinePricer {
  variant = 0
  unit = 0
  strike = 0
  /** The exponent a field needs that this one cannot hold (0: none needed). */
  finerExponent = 0
  readonly failed: FailedField[] = []

  constructor(
    readonly book: PriceBook,
    readonly exponent: number,
  ) {}

  /** The units of a raw amount at this exponent; undefined (and a failure recorded) when it gives none. */
  amount(value: unknown, path: () => IssuePath): number | undefined {
    const units = toUnits(value, this.exponent)
    if (units >= 0) return units
    if (units === TOO_PRECISE) {
      const needed = fractionDigits(value)
      if (needed <= MAX_EXPONENT) {
        this.finerExponent = Math.max(this.finerExponent, needed)
        return undefined
      }
    }
    this.failed.push({ path: path(), reason: units as PriceFailure })
    return undefined
  }

  /** Prices variant `v` (PRODUCT_ITSELF: the product's own price) under `subscription`; false when it gives no line. */
  price(v: number, subscription: ModelSubscription | undefined): boolean {
    const { book } = this
    const base = this.amount(book.price(v), () => book.pricePath(v))
    if (base === undefined) return false
    const unit = subscription === undefined ? base : this.subscribed(v, base, subscription)
    if (unit === undefined) return false
    const compare = book.compareAt(v)
    let strike = base
    if (compare !== undefined) {
      const units = this.amount(compare, () => book.compareAtPath(v))
      strike = units === undefined ? UNKNOWN_STRIKE : Math.max(units, base)
    }
    this.variant = base
    this.unit = unit
    this.strike = strike
    return true
  }

  /** The unit price under a subscription: Wix's own price for the variant, else the plan's discount on `base`. */
  private subscribed(v: number, base: number, subscription: ModelSubscription): number | undefined {
    const { book } = this
    const own = book.subscriptionPrice(v, subscription)
    if (own !== undefined) return this.amount(own.value, () => own.path)
    const discount = book.discount(subscription)
    switch (discount.type) {
      case 'none':
        return base
      case 'amount': {
        const off = this.amount(discount.value, () => discount.path)
        return off === undefined ? undefined : Math.max(base - off, 0)
      }
      case 'percent': {
        const digits = Math.min(Math.max(fractionDigits(discount.value), 0), MAX_EXPONENT)
        const percent = toUnits(discount.value, digits)
        if (percent < 0 || percent > 100 * 10 ** digits) {
          this.failed.push({ path: discount.path, reason: percent === TOO_LARGE ? TOO_LARGE : NOT_AN_AMOUNT })
          return undefined
        }
        const unit = percentOff(base, percent, digits, this.exponent, book.scale)
        if (unit >= 0) return unit
        this.failed.push({ path: discount.path, reason: TOO_LARGE })
        return undefined
      }
      default:
        this.failed.push({ path: discount.path, reason: NOT_AN_AMOUNT })
        return undefined
    }
  }
}
