/*
 * The price preview of a resolved selection (docs/product-page.md, "Price"): the unit price range
 * of the variants still possible, plus the chosen modifiers (and the cheapest / dearest choice of
 * each mandatory one not chosen yet), under the chosen subscription (or each offered one while a
 * required choice is open); the strike-through range beside it; both times the quantity. Money is
 * exact integers (internal/money.ts): an amount that is not one, or a sum or product beyond a safe
 * integer, is a `missing_price` issue, never a rounded figure.
 */
import { add, compareUnits, formatUnits, multiply, rescale, TOO_LARGE, TOO_PRECISE } from '../../internal/money.js'
import { pushIssue, unreadableIssue } from '../../internal/issues.js'
import type { BuildIssue, IssuePath } from '../../issues.js'
import type { FailedField, Line } from './lines.js'
import {
  beyondWixLimits,
  bookOf,
  isEmpty,
  type ModifierPart,
  modifierPart,
  type PriceRequest,
  type Span,
  subscriptionsToPrice,
  type VariantPart,
  variantPart,
} from './parts.js'

export { modifierPart, type PriceRequest, priceRequestOf } from './parts.js'

/**
 * A decimal string with at least the currency's decimals, and more where Wix's amounts have them:
 * `"12.60"`, `"1200"` (JPY), `"1.250"` (BHD), `"3.005"` (USD); `""` when no price could be read (see `issues`).
 */
export type Amount = string

/** The lowest and highest amount still possible; `min === max` once the selection is complete. */
export interface PriceRange {
  readonly min: Amount
  readonly max: Amount
}

/** What the buyer will pay for a selection: see {@link getPricePreview}. */
export interface PricePreview {
  /** The selection pins one line: one variant, every mandatory modifier and the subscription chosen. */
  readonly complete: boolean
  /** ISO 4217 code from the product (V3 `currency`, V1 `priceData.currency`). */
  readonly currency: string | undefined
  /** `selection.quantity`, default 1. */
  readonly quantity: number
  /** What one unit costs, modifiers and subscription included. */
  readonly unitPrice: PriceRange
  /** The strike-through price (compare-at, or the one-time price under a subscription), only where higher than `unitPrice`. */
  readonly compareAtUnitPrice?: PriceRange
  /** `unitPrice × quantity`. */
  readonly totalPrice: PriceRange
  /** `compareAtUnitPrice × quantity`, with it: the strike-through price next to `totalPrice`. */
  readonly compareAtTotalPrice?: PriceRange
  /** The parts of the unit price, when complete: `unit = variant + modifiers − subscriptionDiscount`. */
  readonly breakdown?: { readonly variant: Amount; readonly modifiers: Amount; readonly subscriptionDiscount: Amount }
  /** What blocks a build today (the builders' codes and paths), and `missing_price` for unreadable prices. */
  readonly issues: readonly BuildIssue[]
}

const NO_PRICE: PriceRange = { min: '', max: '' }

/** A preview without amounts: what is answered when nothing can be priced. */
export function emptyPreview(quantity: number, issues: readonly BuildIssue[], currency?: string): PricePreview {
  return { complete: false, currency, quantity, unitPrice: NO_PRICE, totalPrice: NO_PRICE, issues }
}

/**
 * {@link pricePreview}, or when reading the prices throws (they read more of the product than a
 * build), an empty preview with `missing_price` at `['product']`.
 */
export function safePricePreview(request: PriceRequest, issues: BuildIssue[]): PricePreview {
  try {
    return pricePreview(request, issues)
  } catch {
    pushIssue(issues, unreadableIssue('missing_price', ['product'], 'prices'))
    return emptyPreview(request.quantity, issues)
  }
}

/** How a price that is beyond a safe integer is told. */
const TOO_LARGE_TEXT = "too large to compute exactly (at most 9007199254740991 in the currency's smallest units)."

function failureMessage(path: IssuePath, reason: number): string {
  const field = path.slice(1).join('.')
  if (reason === TOO_LARGE) return `The price ${field} is ${TOO_LARGE_TEXT}`
  if (reason === TOO_PRECISE) return `The price ${field} has more than 9 decimals.`
  return `The price ${field} is missing or not a decimal amount (0 or more, at most 9 decimals and 64 characters).`
}

/** `missing_price` issues for fields that gave no amount, each field once. */
function reportFailures(failed: readonly FailedField[], issues: BuildIssue[], reported: Set<string>): void {
  for (const { path, reason } of failed) {
    const key = path.join('\u0000')
    if (reported.has(key)) continue
    reported.add(key)
    pushIssue(issues, { code: 'missing_price', path, message: failureMessage(path, reason) })
  }
}

/** An amount and the exponent of its units; TOO_LARGE units when it is beyond a safe integer. */
type Units = readonly [units: number, exponent: number]

/** A request priced: its modifiers and variants. */
interface PricedParts {
  readonly modifiers: ModifierPart
  readonly variants: VariantPart
  /** The variant part pins one line. */
  readonly single: boolean
  /** A subscription is required and not chosen yet. */
  readonly subscriptionOpen: boolean
}

/**
 * Prices a request (its `missing_price` issues into `issues`), with `modifiers` when the caller has
 * them already; undefined for a product beyond Wix's limits (an issue says so).
 */
function priceParts(request: PriceRequest, issues: BuildIssue[], modifiers?: ModifierPart): PricedParts | undefined {
  if (beyondWixLimits(request.model, issues)) return undefined
  const reported = new Set<string>()
  const modifierPrices = modifiers ?? modifierPart(request)
  reportFailures(modifierPrices.failed, issues, reported)
  const subscriptions = subscriptionsToPrice(request)
  const { part, single } = variantPart(request, subscriptions.list, issues)
  reportFailures(part.failed, issues, reported)
  return { modifiers: modifierPrices, variants: part, single, subscriptionOpen: subscriptions.open }
}

/** `units` at `exponent` plus `added` at `addedExponent`, at the finer of the two (TOO_LARGE beyond a safe integer). */
function sum(units: number, exponent: number, added: number, addedExponent: number): Units {
  const at = Math.max(exponent, addedExponent)
  const a = rescale(units, exponent, at)
  const b = rescale(added, addedExponent, at)
  return [a < 0 || b < 0 ? TOO_LARGE : add(a, b), at]
}

/** A span's ends plus the modifiers' lowest and highest sums. */
function withModifiers(span: Span, modifiers: ModifierPart): [Units, Units] {
  return [
    sum(span.low, span.lowExponent, modifiers.low, modifiers.exponent),
    sum(span.high, span.highExponent, modifiers.high, modifiers.exponent),
  ]
}

/** The unit and strike ranges of the parts, modifiers included. */
function sums(parts: PricedParts): { unit?: [Units, Units]; strike?: [Units, Units] } {
  const { modifiers, variants } = parts
  if (!modifiers.priceable || isEmpty(variants.unit)) return {}
  const unit = withModifiers(variants.unit, modifiers)
  const { strike } = variants
  const higher =
    !isEmpty(strike) &&
    (compareUnits(strike.low, strike.lowExponent, variants.unit.low, variants.unit.lowExponent) > 0 ||
      compareUnits(strike.high, strike.highExponent, variants.unit.high, variants.unit.highExponent) > 0)
  return higher ? { unit, strike: withModifiers(strike, modifiers) } : { unit }
}

/** A range of amounts `times` a quantity, written at the currency's scale; undefined when an end is beyond a safe integer. */
function rangeOf(ends: [Units, Units] | undefined, scale: number, times = 1): PriceRange | undefined {
  if (ends === undefined) return undefined
  const [[low, lowExponent], [high, highExponent]] = ends
  const min = low < 0 ? TOO_LARGE : multiply(low, times)
  const max = high < 0 ? TOO_LARGE : multiply(high, times)
  if (min < 0 || max < 0) return undefined
  return { min: formatUnits(min, lowExponent, scale), max: formatUnits(max, highExponent, scale) }
}

/** What one unit costs for a request (`modifiers` from {@link modifierPart}), or undefined when it cannot be read. */
export function unitPriceOf(request: PriceRequest, modifiers: ModifierPart): PriceRange | undefined {
  const parts = priceParts(request, [], modifiers)
  return parts && rangeOf(sums(parts).unit, bookOf(request.model).scale)
}

/** The price preview of a resolved selection; `issues` are the builders' so far, and missing prices are added. */
export function pricePreview(request: PriceRequest, issues: BuildIssue[]): PricePreview {
  const { quantity } = request
  const { scale, currency } = bookOf(request.model)
  const parts = priceParts(request, issues)
  if (parts === undefined) return emptyPreview(quantity, issues, currency)
  const { unit, strike } = sums(parts)
  const unitPrice = rangeOf(unit, scale)
  const totalPrice = unitPrice && rangeOf(unit, scale, quantity)
  const compareAtUnitPrice = unitPrice && rangeOf(strike, scale)
  const compareAtTotalPrice = compareAtUnitPrice && rangeOf(strike, scale, quantity)
  // One issue for the first figure beyond a safe integer: a unit price (['product']), else a total (['quantity']).
  const beyond = !unit
    ? undefined
    : !unitPrice
      ? 'unit price'
      : strike && !compareAtUnitPrice
        ? 'compare-at unit price'
        : !totalPrice || (strike && !compareAtTotalPrice)
          ? 'total'
          : undefined
  if (beyond) {
    pushIssue(issues, {
      code: 'missing_price',
      path: beyond === 'total' ? ['quantity'] : ['product'],
      message: `The ${beyond} is ${TOO_LARGE_TEXT}`,
    })
  }
  const pinned = parts.variants.pinned
  const complete =
    parts.single && !parts.subscriptionOpen && !parts.modifiers.open && unitPrice !== undefined && pinned !== undefined
  const breakdown = complete ? breakdownOf(parts.modifiers, pinned, scale) : undefined
  return {
    complete,
    currency,
    quantity,
    unitPrice: unitPrice ?? NO_PRICE,
    ...(compareAtUnitPrice ? { compareAtUnitPrice } : {}),
    totalPrice: totalPrice ?? NO_PRICE,
    ...(compareAtUnitPrice && compareAtTotalPrice ? { compareAtTotalPrice } : {}),
    ...(breakdown ? { breakdown } : {}),
    issues,
  }
}

/** The parts of a complete selection's unit price: `unit = variant + modifiers − subscriptionDiscount`. */
function breakdownOf(modifiers: ModifierPart, line: Line, scale: number): PricePreview['breakdown'] {
  const at = Math.max(line.exponent, modifiers.exponent)
  const [base, subscribed, added] = [
    rescale(line.variant, line.exponent, at),
    rescale(line.unit, line.exponent, at),
    rescale(modifiers.low, modifiers.exponent, at),
  ]
  if (base < 0 || subscribed < 0 || added < 0) return undefined
  return {
    variant: formatUnits(base, at, scale),
    modifiers: formatUnits(added, at, scale),
    subscriptionDiscount: formatUnits(base - subscribed, at, scale),
  }
}
