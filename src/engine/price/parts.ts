/*
 * The parts a price is made of: the modifiers' added prices, and the range of the variant lines the
 * selection still allows under the subscriptions it allows. The candidates are found as the request's
 * reading finds them (engine/variants.ts: a scan of a fresh product, or the bitsets of an indexed
 * one); either way each line comes from the price tables (./tables.ts), so both ways give one
 * answer (test/properties/price.test.ts). Each line is as exact as its own amounts need; the range
 * compares them exactly (internal/money.ts `compareUnits`).
 */
import { WIX_SUBSCRIPTIONS_MAX, WIX_VARIANTS_MAX } from '../../constants.js'
import { compareUnits } from '../../internal/money.js'
import { pushIssue } from '../../internal/issues.js'
import { isBlank } from '../../internal/util.js'
import { isWarm } from '../../internal/warm.js'
import type { BuildIssue } from '../../issues.js'
import { type Model, type ModelModifier, type ModelSubscription, NO_CHOICE, NO_VARIANT } from '../../normalize/model.js'
import { PRODUCT_ITSELF } from '../../normalize/prices.js'
import type { Resolved } from '../resolve.js'
import type { PriceReading } from '../variants.js'
import { type FailedField, type Line, readExact } from './lines.js'
import { bookOf, lineOf, type PriceTable, priceTableOf } from './tables.js'

export { bookOf } from './tables.js'

/** What a price is asked for: the resolved selection. */
export interface PriceRequest {
  readonly model: Model
  /** The chosen choice per option (negative: none yet). */
  readonly chosen: Int32Array
  /** The selection's entry per modifier it names (key, value): free texts are priced when given. */
  readonly given: ReadonlyMap<ModelModifier, readonly [string, string]>
  /** The choice each choice modifier resolved to. */
  readonly modifierChoices: ReadonlyMap<ModelModifier, number>
  readonly subscriptionId: string | undefined
  /** `availability: 'enforce'`: a range covers the available variants while any is left. */
  readonly enforce: boolean
  readonly quantity: number
  /** How the call reads variants (the view indexes even a fresh product: it prices many selections). */
  readonly reading: PriceReading
}

/** The price request of a resolved selection (nothing chosen when it could not be resolved). */
export function priceRequestOf(
  model: Model,
  resolved: Resolved | undefined,
  enforce: boolean,
  quantity: number,
  reading: PriceReading,
): PriceRequest {
  return {
    model,
    chosen: resolved?.chosen ?? new Int32Array(model.options.length).fill(NO_CHOICE),
    given: resolved?.given ?? new Map(),
    modifierChoices: resolved?.modifierChoices ?? new Map(),
    subscriptionId: resolved?.subscriptionId,
    enforce,
    quantity,
    reading,
  }
}

/** The lowest and highest of some amounts, each end at its own exponent; empty while `lowExponent` is -1. */
export interface Span {
  low: number
  lowExponent: number
  high: number
  highExponent: number
}

const emptySpan = (): Span => ({ low: 0, lowExponent: -1, high: 0, highExponent: -1 })
export const isEmpty = (span: Span): boolean => span.lowExponent < 0

/**
 * Widens `span` to hold `units` at `exponent` (compared exactly). Of equal amounts an end keeps the
 * coarser exponent, so a range is the same whatever order its lines come in (a sum or a total that
 * fits at the coarser exponent may not fit at the finer one).
 */
export function widen(span: Span, units: number, exponent: number): void {
  const low = span.lowExponent < 0 ? -1 : compareUnits(units, exponent, span.low, span.lowExponent)
  if (low < 0 || (low === 0 && exponent < span.lowExponent)) {
    span.low = units
    span.lowExponent = exponent
  }
  const high = span.highExponent < 0 ? 1 : compareUnits(units, exponent, span.high, span.highExponent)
  if (high > 0 || (high === 0 && exponent < span.highExponent)) {
    span.high = units
    span.highExponent = exponent
  }
}

/** The variant part of a price: the unit and strike ranges of the candidate lines. */
export interface VariantPart {
  readonly unit: Span
  readonly strike: Span
  /** The one line of a complete selection. */
  readonly pinned: Line | undefined
  /** The fields that gave no amount, in variant order, then subscription order, then read order. */
  readonly failed: readonly FailedField[]
}

/** The modifier part of a price: the sums of the lowest and highest added prices, at one exponent. */
export interface ModifierPart {
  /** The currency's scale, and the exponent of the sums. */
  readonly scale: number
  readonly exponent: number
  readonly low: number
  readonly high: number
  /** Every chosen modifier's price could be read, and each open mandatory one has a price to add. */
  readonly priceable: boolean
  /** A mandatory modifier is not chosen yet. */
  readonly open: boolean
  readonly failed: readonly FailedField[]
}

/**
 * The modifiers' added prices: the chosen ones, and the cheapest / dearest choice of each mandatory
 * one not chosen (never a made-up 0: one with no readable price leaves the sum unpriceable).
 */
export function modifierPart(request: PriceRequest): ModifierPart {
  const book = bookOf(request.model)
  const failed: FailedField[] = []
  const { value, exponent } = readExact(book.scale, failed, (amount) => {
    let low = 0
    let high = 0
    let priceable = true
    let open = false
    for (const modifier of request.model.modifiers) {
      const value = request.given.get(modifier)?.[1]
      const textGiven = value !== undefined && !isBlank(value)
      const chosen = modifier.kind === 'text' ? (textGiven ? -1 : undefined) : request.modifierChoices.get(modifier)
      if (chosen === undefined && !modifier.mandatory) continue
      open ||= chosen === undefined
      // The chosen choice, or every choice of an open mandatory modifier (its cheapest and dearest count).
      const counted =
        chosen !== undefined ? [chosen] : modifier.kind === 'text' ? [-1] : modifier.choices.map((_, c) => c)
      const read = counted
        .map((c) => amount(book.added(modifier, c), () => book.addedPath(modifier, c)))
        .filter((units) => units !== undefined)
      if (read.length === 0) priceable = false
      else {
        low += Math.min(...read)
        high += Math.max(...read)
      }
    }
    return { low, high, priceable, open }
  })
  return { scale: book.scale, exponent, ...value, failed }
}

/** The subscriptions to price: the chosen one; each offered one while a required choice is open; else none. */
export function subscriptionsToPrice(request: PriceRequest): {
  list: (ModelSubscription | undefined)[]
  open: boolean
} {
  const { model, subscriptionId } = request
  if (subscriptionId !== undefined || model.subscriptions.length === 0 || model.allowOneTimePurchases) {
    return { list: [model.subscriptions.find((s) => s.id === subscriptionId)], open: false }
  }
  const offered = model.subscriptions.filter((s) => s.visible || !request.enforce)
  return { list: offered.length > 0 ? offered : [undefined], open: true }
}

/** The model's price tables of `subscriptions`: kept with an indexed model, for this call otherwise. */
export function tablesOf(
  request: PriceRequest,
  subscriptions: readonly (ModelSubscription | undefined)[],
): PriceTable[] {
  const indexed = request.reading.dense || isWarm(request.model)
  return subscriptions.map((subscription) => priceTableOf(request.model, subscription, indexed))
}

/** The ranges of the lines of `positions` (ascending) under each table; with `pinned`, that variant's line. */
function rangePart(tables: readonly PriceTable[], positions: readonly number[], pinned: number): VariantPart {
  const unit = emptySpan()
  const strike = emptySpan()
  const failed: FailedField[] = []
  let line: Line | undefined
  for (const v of positions) {
    for (const table of tables) {
      const priced = lineOf(table, v)
      const unreadable = table.failed[v + 1]
      if (unreadable !== undefined) failed.push(...unreadable)
      if (priced === undefined) continue
      widen(unit, priced.unit, priced.exponent)
      if (!Number.isNaN(priced.strike)) widen(strike, priced.strike, priced.exponent)
      if (v === pinned) line = priced
    }
  }
  return { unit, strike, pinned: line, failed }
}

/**
 * The variant part and whether it pins one line: the lines of the variant a complete selection pins,
 * or of every candidate of a partial one.
 */
export function variantPart(
  request: PriceRequest,
  subscriptions: readonly (ModelSubscription | undefined)[],
  issues: BuildIssue[],
): { part: VariantPart; single: boolean } {
  const { model, chosen } = request
  const tables = tablesOf(request, subscriptions)
  const complete = chosen.every((c) => c >= 0)
  if (!model.managed) return { part: rangePart(tables, [PRODUCT_ITSELF], PRODUCT_ITSELF), single: complete }
  const variants = request.reading.variants(model)
  if (variants === undefined) {
    // Prices are per variant: none without them (never a blank amount without an issue).
    if (!issues.some((issue) => issue.code === 'missing_variants')) {
      pushIssue(issues, {
        code: 'missing_price',
        path: model.facts.variantsPath.slice(0, -1),
        message: 'Prices are per variant, and the product came without its variants: fetch it with them.',
      })
    }
    return { part: rangePart(tables, [], NO_VARIANT), single: false }
  }
  if (!complete) {
    // The variants a partial selection still allows: the available ones when enforced and any is left.
    const candidates = request.reading.matching(model, chosen, request.enforce)
    return { part: rangePart(tables, candidates, NO_VARIANT), single: false }
  }
  const pinned = variants.find(chosen)
  return { part: rangePart(tables, pinned === NO_VARIANT ? [] : [pinned], pinned), single: pinned !== NO_VARIANT }
}

/**
 * A product beyond Wix's limits of variants or subscriptions (the builders accept up to ten times
 * them) is refused by its size before any work: pricing every variant under every plan grows with
 * their product (docs/security.md, limits).
 */
export function beyondWixLimits(model: Model, issues: BuildIssue[]): boolean {
  const count = model.variants?.length ?? 0
  const plans = model.subscriptions.length
  if (count <= WIX_VARIANTS_MAX && plans <= WIX_SUBSCRIPTIONS_MAX) return false
  const [path, what, limit] =
    count > WIX_VARIANTS_MAX
      ? [model.facts.variantsPath, `${count} variants`, WIX_VARIANTS_MAX]
      : [['product', 'subscriptionDetails', 'subscriptions'], `${plans} subscriptions`, WIX_SUBSCRIPTIONS_MAX]
  pushIssue(issues, {
    code: 'invalid_product',
    path,
    message: `The product has ${what}, more than the ${limit} Wix allows: no price is previewed (references still build).`,
    limit,
  })
  return true
}
