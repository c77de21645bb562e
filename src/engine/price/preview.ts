/*
 * The price preview of a resolved selection (docs/product-page.md, "Price"): the unit price range
 * of the variants still possible, plus the chosen modifiers (and the cheapest / dearest choice of
 * each mandatory one not chosen yet), under the chosen subscription (or each offered one while a
 * required choice is open); the strike-through range beside it; both times the quantity.
 *
 * Two strategies with one answer (test/properties/price.test.ts): a fresh product is scanned and
 * only its candidate variants are priced; a kept product (or a call that prices many selections)
 * prices every variant once into sorted tables (./tables.ts). Money is exact integers
 * (internal/money.ts); an amount that is not one is a `missing_price` issue at its field.
 */
import { addBit, type Bitset, emptyBitset, hasBit, intersectUnion, isEmptySet } from '../../internal/bitset.js'
import { add, formatUnits, multiply, rescale, TOO_LARGE, TOO_PRECISE } from '../../internal/money.js'
import { pushIssue } from '../../internal/issues.js'
import { isBlank } from '../../internal/util.js'
import { perModel } from '../../internal/warm.js'
import type { BuildIssue, IssuePath } from '../../issues.js'
import { type Model, type ModelModifier, type ModelSubscription, NO_VARIANT } from '../../normalize/model.js'
import { type PriceBook, PRODUCT_ITSELF, priceBookOf } from '../../normalize/prices.js'
import { matchingSet, NO_SKIP, scanMatching, stateIndexOf, variantsOf } from '../variants.js'
import { type FailedField, LinePricer } from './lines.js'
import { firstIn, priceTableOf } from './tables.js'

/** A decimal string at the currency's scale: `"12.60"`, `"1200"` (JPY), `"1.250"` (BHD); `""` when no price could be read (see `issues`). */
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

/** What a price is asked for: the resolved selection. */
export interface PriceRequest {
  readonly model: Model
  /** The chosen choice per option (negative: none yet). */
  readonly chosen: Int32Array
  /** The selection's entry per modifier it names (key, value). */
  readonly given: ReadonlyMap<ModelModifier, readonly [string, string]>
  readonly subscriptionId: string | undefined
  /** `availability: 'enforce'`: a range covers the available variants while any is left. */
  readonly enforce: boolean
  readonly quantity: number
  /** The call prices many selections of this product (the view): price tables even for a fresh model. */
  readonly dense: boolean
}

/** The lowest and highest of some amounts at one exponent. */
interface Span {
  low: number
  high: number
}

const emptySpan = (): Span => ({ low: Number.POSITIVE_INFINITY, high: Number.NEGATIVE_INFINITY })
const isEmpty = (span: Span): boolean => span.low > span.high
function widen(span: Span, low: number, high: number = low): void {
  if (low < span.low) span.low = low
  if (high > span.high) span.high = high
}

/** The variant part of a preview, at `exponent`. */
interface VariantPart {
  exponent: number
  readonly unit: Span
  readonly strike: Span
  /** The one line of a complete selection: [variant, unit]. */
  pinned: [number, number] | undefined
  /** The fields that gave no amount, in variant order, then subscription order, then read order. */
  readonly failed: FailedField[]
}

/** The modifier part of a preview, at `exponent`. */
interface ModifierPart {
  exponent: number
  readonly span: Span
  /** Every chosen modifier's price could be read. */
  priceable: boolean
  /** A mandatory modifier is not chosen yet. */
  open: boolean
  readonly failed: FailedField[]
}

const bookOf = /* @__PURE__ */ perModel(priceBookOf)

const NO_PRICE: PriceRange = { min: '', max: '' }

/** The modifiers' added prices: the chosen ones, and the cheapest / dearest choice of each mandatory one not chosen. */
function modifierPart(request: PriceRequest, book: PriceBook, exponent: number): ModifierPart {
  const pricer = new LinePricer(book, exponent)
  const part: ModifierPart = { exponent, span: { low: 0, high: 0 }, priceable: true, open: false, failed: [] }
  for (const modifier of request.model.modifiers) {
    const value = request.given.get(modifier)?.[1]
    const given = value !== undefined && !isBlank(value)
    const text = modifier.kind === 'text'
    const hit = given && !text ? modifier.lookup?.resolve(value) : undefined
    const choice = hit && 'found' in hit ? modifier.choices.indexOf(hit.found) : -1
    const span = emptySpan()
    const addChoice = (c: number): boolean => {
      const units = pricer.amount(book.added(modifier, c), () => book.addedPath(modifier, c))
      if (units !== undefined) widen(span, units)
      return units !== undefined
    }
    if (text ? given : choice >= 0) part.priceable = addChoice(text ? -1 : choice) && part.priceable
    else if (modifier.mandatory) {
      part.open = true
      for (let c = 0; c < modifier.choices.length; c++) addChoice(c)
      if (text) addChoice(-1)
    }
    if (!isEmpty(span)) {
      part.span.low += span.low
      part.span.high += span.high
    }
  }
  part.failed.push(...pricer.failed)
  if (pricer.finerExponent > exponent) return modifierPart(request, book, pricer.finerExponent)
  return part
}

/** The subscriptions to price: the chosen one; each offered one while a required choice is open; else none. */
function subscriptionsToPrice(request: PriceRequest): { list: (ModelSubscription | undefined)[]; open: boolean } {
  const { model, subscriptionId } = request
  if (subscriptionId !== undefined || model.subscriptions.length === 0 || model.allowOneTimePurchases) {
    return { list: [model.subscriptions.find((s) => s.id === subscriptionId)], open: false }
  }
  const offered = model.subscriptions.filter((s) => s.visible || !request.enforce)
  return { list: offered.length > 0 ? offered : [undefined], open: true }
}

/** Prices `positions` (ascending) under each subscription, live: the scan strategy, and a single line. */
function pricePositions(
  book: PriceBook,
  positions: readonly number[],
  subscriptions: readonly (ModelSubscription | undefined)[],
  exponent: number,
): VariantPart {
  const pricer = new LinePricer(book, exponent)
  const part: VariantPart = { exponent, unit: emptySpan(), strike: emptySpan(), pinned: undefined, failed: [] }
  for (const v of positions) {
    for (const subscription of subscriptions) {
      if (!pricer.price(v, subscription)) continue
      widen(part.unit, pricer.unit)
      if (!Number.isNaN(pricer.strike)) widen(part.strike, pricer.strike)
      part.pinned = [pricer.variant, pricer.unit]
    }
  }
  if (pricer.finerExponent > exponent) return pricePositions(book, positions, subscriptions, pricer.finerExponent)
  part.failed.push(...pricer.failed)
  return part
}

/**
 * The range ends of the variants in `mask` from the sorted tables: the indexed strategy. With
 * `single`, the mask is that one variant, whose line is pinned.
 */
function priceFromTables(
  model: Model,
  mask: Bitset,
  subscriptions: readonly (ModelSubscription | undefined)[],
  single: number,
): VariantPart {
  const tables = subscriptions.map((subscription) => priceTableOf(model, subscription))
  const exponent = Math.max(...tables.map((table) => table.exponent))
  const part: VariantPart = { exponent, unit: emptySpan(), strike: emptySpan(), pinned: undefined, failed: [] }
  const failedAt = new Set<number>()
  for (const table of tables) {
    for (const v of table.failed.keys()) if (hasBit(mask, v)) failedAt.add(v)
    const at = (values: Float64Array, v: number): number => rescale(values[v]!, table.exponent, exponent)
    const low = firstIn(table.byUnit, mask, 1)
    if (low >= 0) widen(part.unit, at(table.unit, low), at(table.unit, firstIn(table.byUnit, mask, -1)))
    const strikeLow = firstIn(table.byStrike, mask, 1)
    if (strikeLow >= 0)
      widen(part.strike, at(table.strike, strikeLow), at(table.strike, firstIn(table.byStrike, mask, -1)))
    if (single >= 0 && low >= 0) part.pinned = [at(table.variant, single), at(table.unit, single)]
  }
  for (const v of [...failedAt].sort((a, b) => a - b)) {
    for (const table of tables) part.failed.push(...(table.failed.get(v) ?? []))
  }
  return part
}

/** The variants a partial selection still allows: available ones when enforced and any is left. */
function candidateMask(model: Model, chosen: Int32Array, enforce: boolean): Bitset {
  const index = stateIndexOf(model)
  const mask = matchingSet(index, chosen, NO_SKIP)
  if (!enforce) return mask
  const available = intersectUnion(mask, index.inStock, index.preorder)
  return isEmptySet(available) ? mask : available
}

/**
 * The variant part and whether it pins one line. A kept product (or a call that prices many
 * selections) reads its sorted tables, complete selections too, so every price of one product
 * object comes from one reading of it; a fresh one is scanned.
 */
function variantPart(
  request: PriceRequest,
  book: PriceBook,
  subscriptions: readonly (ModelSubscription | undefined)[],
  issues: BuildIssue[],
): { part: VariantPart; single: boolean } {
  const { model, chosen } = request
  const complete = chosen.every((c) => c >= 0)
  if (!model.managed)
    return { part: pricePositions(book, [PRODUCT_ITSELF], subscriptions, book.scale), single: complete }
  const variants = variantsOf(model, request.dense)
  if (variants === undefined) {
    // Prices are per variant: none without them (never a blank amount without an issue).
    if (!issues.some((issue) => issue.code === 'missing_variants')) {
      pushIssue(issues, {
        code: 'missing_price',
        path: model.facts.variantsPath.slice(0, -1),
        message:
          'Prices are per variant, and the product came without its variants: fetch it with them to preview a price.',
      })
    }
    return { part: pricePositions(book, [], subscriptions, book.scale), single: false }
  }
  const pinned = complete ? variants.find(chosen) : NO_VARIANT
  if (model.kept || request.dense) {
    let mask = candidateMask(model, chosen, request.enforce)
    if (complete) {
      mask = emptyBitset(variants.count)
      if (pinned >= 0) addBit(mask, pinned)
    }
    return { part: priceFromTables(model, mask, subscriptions, pinned), single: pinned >= 0 }
  }
  if (complete)
    return { part: pricePositions(book, pinned >= 0 ? [pinned] : [], subscriptions, book.scale), single: pinned >= 0 }
  // A fresh product: one scan of the variants, no index (a bulk backend may never come back).
  const all: number[] = []
  const available: number[] = []
  scanMatching(model, chosen, (v) => {
    all.push(v)
    if (request.enforce && variants.visible(v) && (variants.inStock(v) || variants.preorder(v))) available.push(v)
  })
  const positions = request.enforce && available.length > 0 ? available : all
  return { part: pricePositions(book, positions, subscriptions, book.scale), single: false }
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

function failureMessage(path: IssuePath, reason: number): string {
  const field = path.slice(1).join('.')
  if (reason === TOO_LARGE) {
    return `The price ${field} is too large to compute exactly (at most 9007199254740991 in the currency's smallest units).`
  }
  if (reason === TOO_PRECISE) return `The price ${field} has more than 9 decimals.`
  return `The price ${field} is missing or not a decimal amount (0 or more, at most 9 decimals).`
}

/** A range at `exponent` as amounts at the currency's scale; TOO_LARGE ends give no range (and an issue). */
function rangeOf(low: number, high: number, exponent: number, scale: number): PriceRange | undefined {
  if (low < 0 || high < 0) return undefined
  return { min: formatUnits(low, exponent, scale), max: formatUnits(high, exponent, scale) }
}

/** The price preview of a resolved selection; `issues` are the builders' so far, and missing prices are added. */
export function pricePreview(request: PriceRequest, issues: BuildIssue[]): PricePreview {
  const { model, quantity } = request
  const book = bookOf(model)
  const { scale, currency } = book
  const reported = new Set<string>()
  let modifiers = modifierPart(request, book, scale)
  reportFailures(modifiers.failed, issues, reported)
  const subscriptions = subscriptionsToPrice(request)
  const { part, single } = variantPart(request, book, subscriptions.list, issues)
  reportFailures(part.failed, issues, reported)

  // One exponent for the sums: the finer of the two parts.
  const exponent = Math.max(part.exponent, modifiers.exponent)
  if (modifiers.exponent < exponent) modifiers = modifierPart(request, book, exponent)
  const at = (units: number): number => rescale(units, part.exponent, exponent)
  const priced = modifiers.priceable && !isEmpty(part.unit)
  const sum = (units: number, mods: number): number => (units < 0 ? units : add(at(units), mods))
  const unitLow = priced ? sum(part.unit.low, modifiers.span.low) : -1
  const unitHigh = priced ? sum(part.unit.high, modifiers.span.high) : -1
  const unitPrice = priced ? rangeOf(unitLow, unitHigh, exponent, scale) : undefined
  const hasStrike = priced && !isEmpty(part.strike)
  const strikeLow = hasStrike ? sum(part.strike.low, modifiers.span.low) : -1
  const strikeHigh = hasStrike ? sum(part.strike.high, modifiers.span.high) : -1
  const strikeHigher =
    unitPrice !== undefined && hasStrike && (part.strike.low > part.unit.low || part.strike.high > part.unit.high)
  const compareAtUnitPrice = strikeHigher ? rangeOf(strikeLow, strikeHigh, exponent, scale) : undefined
  const totalPrice = unitPrice && rangeOf(multiply(unitLow, quantity), multiply(unitHigh, quantity), exponent, scale)
  const compareAtTotalPrice =
    compareAtUnitPrice && rangeOf(multiply(strikeLow, quantity), multiply(strikeHigh, quantity), exponent, scale)
  if (priced && (unitPrice === undefined || totalPrice === undefined || (strikeHigher && !compareAtTotalPrice))) {
    pushIssue(issues, {
      code: 'missing_price',
      path: unitPrice === undefined ? ['product'] : ['quantity'],
      message: `The ${unitPrice === undefined ? 'unit price' : 'total'} is too large to compute exactly (at most 9007199254740991 in the currency's smallest units).`,
    })
  }
  const complete =
    single && !subscriptions.open && !modifiers.open && unitPrice !== undefined && part.pinned !== undefined
  const pinned = complete ? part.pinned : undefined
  return {
    complete,
    currency,
    quantity,
    unitPrice: unitPrice ?? NO_PRICE,
    ...(compareAtUnitPrice ? { compareAtUnitPrice } : {}),
    totalPrice: totalPrice ?? NO_PRICE,
    ...(compareAtUnitPrice && compareAtTotalPrice ? { compareAtTotalPrice } : {}),
    ...(pinned
      ? {
          breakdown: {
            variant: formatUnits(at(pinned[0]), exponent, scale),
            modifiers: formatUnits(modifiers.span.low, exponent, scale),
            subscriptionDiscount: formatUnits(at(pinned[0]) - at(pinned[1]), exponent, scale),
          },
        }
      : {}),
    issues,
  }
}
