/*
 * One variant's unit price under one subscription (or none), in exact units (internal/money.ts),
 * and the strike-through price beside it. Both ways the preview finds candidates (a scan of a fresh
 * product, the tables of an indexed one) price every line through `LinePricer`, so they agree.
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
 * Reads amounts at the finest exponent the amounts of one line (or one set of modifiers) need, from
 * the currency's scale on: each line is as exact as its own amounts, so a line's price never depends
 * on which other lines were priced beside it.
 */
export class AmountReader {
  /** The exponent of what was read since `start()`. */
  exponent = 0
  /** A field needs a finer exponent than `exponent`: read everything again with `restart(finer)`. */
  finer = 0
  readonly failed: FailedField[] = []
  private failedFrom = 0

  constructor(readonly book: PriceBook) {}

  /** Starts reading a line (or a set of modifiers) at `exponent`. */
  start(exponent: number): void {
    this.failedFrom = this.failed.length
    this.exponent = exponent
    this.finer = 0
  }

  /** Reads the same line again at a finer `exponent`, forgetting the failures of the read it redoes. */
  restart(exponent: number): void {
    this.failed.length = this.failedFrom
    this.exponent = exponent
    this.finer = 0
  }

  /** The units of a raw amount at this exponent; undefined (and a failure recorded) when it gives none. */
  amount(value: unknown, path: () => IssuePath): number | undefined {
    const units = toUnits(value, this.exponent)
    if (units >= 0) return units
    if (units === TOO_PRECISE) {
      const needed = fractionDigits(value)
      if (needed <= MAX_EXPONENT) {
        this.finer = Math.max(this.finer, needed)
        return undefined
      }
    }
    this.failed.push({ path: path(), reason: units as PriceFailure })
    return undefined
  }
}

/**
 * Prices lines. After `price(v, s)` is true, `variant`, `unit` and `strike` hold the line at
 * `exponent`; `failed` collects every field that gave no amount.
 */
export class LinePricer {
  variant = 0
  unit = 0
  strike = 0
  readonly reader: AmountReader

  constructor(readonly book: PriceBook) {
    this.reader = new AmountReader(book)
  }

  get exponent(): number {
    return this.reader.exponent
  }

  get failed(): FailedField[] {
    return this.reader.failed
  }

  /** Prices variant `v` (PRODUCT_ITSELF: the product's own price) under `subscription`; false when it gives no line. */
  price(v: number, subscription: ModelSubscription | undefined): boolean {
    const { reader } = this
    reader.start(this.book.scale)
    let priced = this.read(v, subscription)
    while (reader.finer > reader.exponent) {
      reader.restart(reader.finer)
      priced = this.read(v, subscription)
    }
    return priced
  }

  private read(v: number, subscription: ModelSubscription | undefined): boolean {
    const { book, reader } = this
    const base = reader.amount(book.price(v), () => book.pricePath(v))
    if (base === undefined) return false
    const unit = subscription === undefined ? base : this.subscribed(v, base, subscription)
    if (unit === undefined) return false
    const compare = book.compareAt(v)
    let strike = base
    if (compare !== undefined) {
      const units = reader.amount(compare, () => book.compareAtPath(v))
      strike = units === undefined ? UNKNOWN_STRIKE : Math.max(units, base)
    }
    this.variant = base
    this.unit = unit
    this.strike = strike
    return true
  }

  /** The unit price under a subscription: Wix's own price for the variant, else the plan's discount on `base`. */
  private subscribed(v: number, base: number, subscription: ModelSubscription): number | undefined {
    const { book, reader } = this
    const own = book.subscriptionPrice(v, subscription)
    if (own !== undefined) return reader.amount(own.value, () => own.path)
    const discount = book.discount(subscription)
    switch (discount.type) {
      case 'none':
        return base
      case 'amount': {
        const off = reader.amount(discount.value, () => discount.path)
        return off === undefined ? undefined : Math.max(base - off, 0)
      }
      case 'percent': {
        const digits = Math.min(Math.max(fractionDigits(discount.value), 0), MAX_EXPONENT)
        const percent = toUnits(discount.value, digits)
        if (percent < 0 || percent > 100 * 10 ** digits) {
          reader.failed.push({ path: discount.path, reason: percent === TOO_LARGE ? TOO_LARGE : NOT_AN_AMOUNT })
          return undefined
        }
        const unit = percentOff(base, percent, digits, reader.exponent, book.scale)
        if (unit >= 0) return unit
        reader.failed.push({ path: discount.path, reason: TOO_LARGE })
        return undefined
      }
      default:
        reader.failed.push({ path: discount.path, reason: NOT_AN_AMOUNT })
        return undefined
    }
  }
}
