/*
 * The price preview of a resolved selection (docs/product-page.md, "Price"): the unit price range
 * of the variants still possible, plus the chosen modifiers (and the cheapest / dearest choice of
 * each mandatory one not chosen yet), under the chosen subscription (or each offered one while a
 * required choice is open); the strike-through range beside it; both times the quantity.
 *
 * The candidates are found by a scan of a fresh product, or by the bitsets of an indexed one (a kept
 * product, or a call that prices many selections); either way they are priced through the model's
 * price tables (./tables.ts), each variant once, so both ways give one answer
 * (test/properties/price.test.ts). Money is exact integers (internal/money.ts); an amount that is
 * not one is a `missing_price` issue at its field.
 */
import { type Bitset, hasBit, positionsOf } from '../../internal/bitset.js'
import { WIX_SUBSCRIPTIONS_MAX, WIX_VARIANTS_MAX } from '../../constants.js'
import { add, formatUnits, multiply, rescale, TOO_LARGE, TOO_PRECISE } from '../../internal/money.js'
import { pushIssue } from '../../internal/issues.js'
import { isBlank } from '../../internal/util.js'
import { askedBefore, isWarm, perModel } from '../../internal/warm.js'
import type { BuildIssue, IssuePath } from '../../issues.js'
import { type Model, type ModelModifier, type ModelSubscription, NO_CHOICE, NO_VARIANT } from '../../normalize/model.js'
import type { Resolved } from '../resolve.js'
import { type PriceBook, PRODUCT_ITSELF, priceBookOf } from '../../normalize/prices.js'
import {
  matchingSet,
  NO_SKIP,
  type StateIndex,
  scanMatching,
  stateIndexOf,
  type Variants,
  variantsOf,
} from '../variants.js'
import { type FailedField, LinePricer } from './lines.js'
import { extremesIn, lineOf, type PriceTable, priceTableOf, sortTable } from './tables.js'

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
  /** The selection's entry per modifier it names (key, value): free texts are priced when given. */
  readonly given: ReadonlyMap<ModelModifier, readonly [string, string]>
  /** The choice each choice modifier resolved to. */
  readonly modifierChoices: ReadonlyMap<ModelModifier, number>
  readonly subscriptionId: string | undefined
  /** `availability: 'enforce'`: a range covers the available variants while any is left. */
  readonly enforce: boolean
  readonly quantity: number
  /** The call prices many selections of this product (the view): index even a fresh one. */
  readonly dense: boolean
}

/** The price request of a resolved selection (nothing chosen when it could not be resolved). */
export function priceRequestOf(
  model: Model,
  resolved: Resolved | undefined,
  enforce: boolean,
  quantity: number,
  dense: boolean,
): PriceRequest {
  return {
    model,
    chosen: resolved?.chosen ?? new Int32Array(model.options.length).fill(NO_CHOICE),
    given: resolved?.given ?? new Map(),
    modifierChoices: resolved?.modifierChoices ?? new Map(),
    subscriptionId: resolved?.subscriptionId,
    enforce,
    quantity,
    dense,
  }
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
  readonly exponent: number
  readonly unit: Span
  readonly strike: Span
  /** The one line of a complete selection: [variant, unit]. */
  readonly pinned: readonly [number, number] | undefined
  /** The fields that gave no amount, in variant order, then subscription order, then read order. */
  readonly failed: readonly FailedField[]
}

/** The modifier part of a preview, at `exponent`. */
interface ModifierPart {
  readonly exponent: number
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
    const span = emptySpan()
    const addChoice = (c: number): boolean => {
      const units = pricer.amount(book.added(modifier, c), () => book.addedPath(modifier, c))
      if (units !== undefined) widen(span, units)
      return units !== undefined
    }
    const value = request.given.get(modifier)?.[1]
    const chosen =
      modifier.kind === 'text'
        ? value !== undefined && !isBlank(value)
          ? -1
          : undefined
        : request.modifierChoices.get(modifier)
    if (chosen !== undefined) part.priceable = addChoice(chosen) && part.priceable
    else if (modifier.mandatory) {
      part.open = true
      for (let c = 0; c < modifier.choices.length; c++) addChoice(c)
      if (modifier.kind === 'text') addChoice(-1)
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

/**
 * The ranges of `positions` (ascending; PRODUCT_ITSELF for a product without managed variants)
 * under each subscription, priced as they come: a fresh product's one call. With `pinned`, the line
 * of that one variant.
 */
function directPart(
  book: PriceBook,
  positions: readonly number[],
  subscriptions: readonly (ModelSubscription | undefined)[],
  pinned: number,
  exponent: number = book.scale,
): VariantPart {
  const pricer = new LinePricer(book, exponent)
  const unit = emptySpan()
  const strike = emptySpan()
  let line: [number, number] | undefined
  for (const v of positions) {
    for (const subscription of subscriptions) {
      if (!pricer.price(v, subscription)) continue
      widen(unit, pricer.unit)
      if (!Number.isNaN(pricer.strike)) widen(strike, pricer.strike)
      if (v === pinned) line = [pricer.variant, pricer.unit]
    }
  }
  if (pricer.finerExponent > exponent) return directPart(book, positions, subscriptions, pinned, pricer.finerExponent)
  return { exponent, unit, strike, pinned: line, failed: pricer.failed }
}

/** The model's price tables of `subscriptions`, with every line of `positions` priced into them. */
function tablesWith(
  model: Model,
  book: PriceBook,
  positions: readonly number[],
  subscriptions: readonly (ModelSubscription | undefined)[],
): PriceTable[] {
  const tables = subscriptions.map((subscription) => priceTableOf(model, book, subscription))
  // A table that moves to a finer exponent forgets its lines: price until none moves.
  let settled = false
  while (!settled) {
    settled = true
    for (const v of positions) {
      for (let s = 0; s < tables.length; s++) if (lineOf(tables[s]!, v, subscriptions[s]).moved) settled = false
    }
  }
  return tables
}

/** The exponent every table's amounts are summed at. */
function exponentOf(book: PriceBook, tables: readonly PriceTable[]): number {
  return Math.max(book.scale, ...tables.map((table) => table.exponent))
}

/** The ranges of `candidates` (positions, ascending) from the price tables, each line priced once per model. */
function tablePart(
  model: Model,
  book: PriceBook,
  candidates: readonly number[],
  subscriptions: readonly (ModelSubscription | undefined)[],
  pinned: number,
): VariantPart {
  const tables = tablesWith(model, book, candidates, subscriptions)
  const exponent = exponentOf(book, tables)
  const unit = emptySpan()
  const strike = emptySpan()
  const failed: FailedField[] = []
  let line: [number, number] | undefined
  for (const v of candidates) {
    for (let s = 0; s < tables.length; s++) {
      const table = tables[s]!
      failed.push(...(table.failed.get(v) ?? []))
      if (!lineOf(table, v, subscriptions[s]).has) continue
      const at = (units: number): number => rescale(units, table.exponent, exponent)
      widen(unit, at(table.unit[v]!))
      if (!Number.isNaN(table.strike[v]!)) widen(strike, at(table.strike[v]!))
      if (v === pinned) line = [at(table.variant[v]!), at(table.unit[v]!)]
    }
  }
  return { exponent, unit, strike, pinned: line, failed }
}

/** The model's price tables of `subscriptions`, every variant priced and sorted. */
function sortedTables(
  model: Model,
  book: PriceBook,
  subscriptions: readonly (ModelSubscription | undefined)[],
): PriceTable[] {
  let tables = tablesWith(model, book, [], subscriptions)
  const sorted = (table: PriceTable, s: number): boolean =>
    table.sorted !== undefined || sortTable(table, positionsOf(stateIndexOf(model).all), subscriptions[s])
  while (!tables.every(sorted)) tables = tablesWith(model, book, [], subscriptions)
  return tables
}

/** The ranges of the variants in `mask` from sorted tables: the ends of each order that the mask contains. */
function sortedPart(
  model: Model,
  book: PriceBook,
  mask: Bitset,
  subscriptions: readonly (ModelSubscription | undefined)[],
): VariantPart {
  const tables = sortedTables(model, book, subscriptions)
  const exponent = exponentOf(book, tables)
  const unit = emptySpan()
  const strike = emptySpan()
  const failedAt = new Set<number>()
  for (const table of tables) {
    for (const v of table.failed.keys()) if (hasBit(mask, v)) failedAt.add(v)
    const { byUnit, byStrike } = table.sorted!
    const at = (values: Float64Array, v: number): number => rescale(values[v]!, table.exponent, exponent)
    const units = extremesIn(byUnit, table.unit, mask)
    if (units) widen(unit, at(table.unit, units[0]), at(table.unit, units[1]))
    const strikes = extremesIn(byStrike, table.strike, mask)
    if (strikes) widen(strike, at(table.strike, strikes[0]), at(table.strike, strikes[1]))
  }
  const failed: FailedField[] = []
  for (const v of [...failedAt].sort((a, b) => a - b)) {
    for (const table of tables) failed.push(...(table.failed.get(v) ?? []))
  }
  return { exponent, unit, strike, pinned: undefined, failed }
}

/** The variants a partial selection still allows, from the bitsets: available ones when enforced and any is left. */
function candidateMask(model: Model, chosen: Int32Array, enforce: boolean): Bitset {
  const index = stateIndexOf(model)
  // The index's scratch set: read by this call only, before any other call asks for it.
  const mask = matchingSet(index, chosen, NO_SKIP, index.scratch)
  if (!enforce || !intersectsAvailable(mask, index)) return mask
  for (let word = 0; word < mask.length; word++) mask[word]! &= index.inStock[word]! | index.preorder[word]!
  return mask
}

/** Whether some variant of `mask` is available (in stock or pre-orderable). */
function intersectsAvailable(mask: Bitset, index: StateIndex): boolean {
  for (let word = 0; word < mask.length; word++)
    if ((mask[word]! & (index.inStock[word]! | index.preorder[word]!)) !== 0) return true
  return false
}

/** The same from a scan of the raw variants (a fresh product: no index for one call). */
function scannedCandidates(model: Model, variants: Variants, chosen: Int32Array, enforce: boolean): number[] {
  const all: number[] = []
  const available: number[] = []
  scanMatching(model, chosen, (v) => {
    all.push(v)
    if (enforce && variants.visible(v) && (variants.inStock(v) || variants.preorder(v))) available.push(v)
  })
  return enforce && available.length > 0 ? available : all
}

/**
 * The variant part and whether it pins one line. A fresh product is scanned and priced as it comes;
 * an indexed one (kept, or in a call that prices many selections) reads the model's price tables,
 * complete selections too, so every price of one product object comes from one reading of it.
 */
function variantPart(
  request: PriceRequest,
  book: PriceBook,
  subscriptions: readonly (ModelSubscription | undefined)[],
  issues: BuildIssue[],
): { part: VariantPart; single: boolean } {
  const { model, chosen } = request
  const complete = chosen.every((c) => c >= 0)
  if (!model.managed) {
    return { part: directPart(book, [PRODUCT_ITSELF], subscriptions, PRODUCT_ITSELF), single: complete }
  }
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
    return { part: directPart(book, [], subscriptions, NO_VARIANT), single: false }
  }
  const indexed = isWarm(model) || request.dense
  if (complete) {
    const pinned = variants.find(chosen)
    const positions = pinned === NO_VARIANT ? [] : [pinned]
    const part = indexed
      ? tablePart(model, book, positions, subscriptions, pinned)
      : directPart(book, positions, subscriptions, pinned)
    return { part, single: pinned !== NO_VARIANT }
  }
  if (!indexed)
    return {
      part: directPart(book, scannedCandidates(model, variants, chosen, request.enforce), subscriptions, NO_VARIANT),
      single: false,
    }
  const mask = candidateMask(model, chosen, request.enforce)
  // A range asked again of the same tables: sort them once (internal/warm.ts, askedBefore).
  const repeated = subscriptions.map((subscription) => askedBefore(priceTableOf(model, book, subscription), 'range'))
  const part = repeated.some(Boolean)
    ? sortedPart(model, book, mask, subscriptions)
    : tablePart(model, book, positionsOf(mask), subscriptions, NO_VARIANT)
  return { part, single: false }
}

/**
 * A product beyond Wix's limits of variants or subscriptions (the builders accept up to ten times
 * them) is refused by its size before any work: pricing every variant under every plan grows with
 * their product (docs/security.md, limits).
 */
function beyondWixLimits(model: Model, issues: BuildIssue[]): boolean {
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
    message: `The product has ${what}, more than the ${limit} Wix allows: its price is not previewed (its references still build).`,
    limit,
  })
  return true
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

/** How a price that is beyond a safe integer is told. */
const TOO_LARGE_TEXT = "too large to compute exactly (at most 9007199254740991 in the currency's smallest units)."

function failureMessage(path: IssuePath, reason: number): string {
  const field = path.slice(1).join('.')
  if (reason === TOO_LARGE) return `The price ${field} is ${TOO_LARGE_TEXT}`
  if (reason === TOO_PRECISE) return `The price ${field} has more than 9 decimals.`
  return `The price ${field} is missing or not a decimal amount (0 or more, at most 9 decimals).`
}

/** A range at `exponent` as amounts at the currency's scale; TOO_LARGE ends give no range (and an issue). */
function rangeOf(low: number, high: number, exponent: number, scale: number): PriceRange | undefined {
  if (low < 0 || high < 0) return undefined
  return { min: formatUnits(low, exponent, scale), max: formatUnits(high, exponent, scale) }
}

/** A request priced: its modifiers and variants, and the exponent both are summed at. */
interface PricedParts {
  readonly book: PriceBook
  readonly modifiers: ModifierPart
  readonly variants: VariantPart
  /** The variant part pins one line. */
  readonly single: boolean
  /** A subscription is required and not chosen yet. */
  readonly subscriptionOpen: boolean
  readonly exponent: number
}

/**
 * Prices a request (its `missing_price` issues into `issues`), with `modifiers` when the caller has
 * them already; undefined for a product beyond Wix's limits (an issue says so).
 */
function priceParts(request: PriceRequest, issues: BuildIssue[], modifiers?: ModifierPart): PricedParts | undefined {
  const book = bookOf(request.model)
  if (beyondWixLimits(request.model, issues)) return undefined
  const reported = new Set<string>()
  let modifierPrices = modifiers ?? modifierPart(request, book, book.scale)
  reportFailures(modifierPrices.failed, issues, reported)
  const subscriptions = subscriptionsToPrice(request)
  const { part, single } = variantPart(request, book, subscriptions.list, issues)
  reportFailures(part.failed, issues, reported)
  // One exponent for the sums: the finer of the two parts.
  const exponent = Math.max(part.exponent, modifierPrices.exponent)
  if (modifierPrices.exponent < exponent) modifierPrices = modifierPart(request, book, exponent)
  return { book, modifiers: modifierPrices, variants: part, single, subscriptionOpen: subscriptions.open, exponent }
}

/** The unit and strike sums of the parts, at their exponent (TOO_LARGE where a sum is beyond a safe integer). */
function sums(parts: PricedParts): { unit?: [number, number]; strike?: [number, number] } {
  const { modifiers, variants, exponent } = parts
  if (!modifiers.priceable || isEmpty(variants.unit)) return {}
  const sum = (units: number, mods: number): number => {
    const scaled = rescale(units, variants.exponent, exponent)
    return scaled < 0 ? scaled : add(scaled, mods)
  }
  const unit: [number, number] = [
    sum(variants.unit.low, modifiers.span.low),
    sum(variants.unit.high, modifiers.span.high),
  ]
  const higher = variants.strike.low > variants.unit.low || variants.strike.high > variants.unit.high
  if (isEmpty(variants.strike) || !higher) return { unit }
  return {
    unit,
    strike: [sum(variants.strike.low, modifiers.span.low), sum(variants.strike.high, modifiers.span.high)],
  }
}

/** The modifier part of a request, for a caller that prices many selections with the same modifiers (the view). */
export function modifierPartOf(request: PriceRequest): ModifierPart {
  const book = bookOf(request.model)
  return modifierPart(request, book, book.scale)
}

/** What one unit costs for a request (`modifiers` from {@link modifierPartOf}), or undefined when it cannot be read. */
export function unitPriceOf(request: PriceRequest, modifiers: ModifierPart): PriceRange | undefined {
  const parts = priceParts(request, [], modifiers)
  const unit = parts && sums(parts).unit
  return parts && unit && rangeOf(unit[0], unit[1], parts.exponent, parts.book.scale)
}

/**
 * Per choice of option `k`: what one unit costs with that choice picked and the other options as
 * chosen, the same range {@link unitPriceOf} gives for each, in one pass over the variants the other
 * options allow instead of one preview per choice (the view asks for every choice of every option).
 */
export function choiceUnitPrices(
  request: PriceRequest,
  modifiers: ModifierPart,
  k: number,
): (PriceRange | undefined)[] {
  const { model, chosen } = request
  const choices = model.options[k]?.choices ?? []
  const picked = (c: number): PriceRequest => {
    const with_ = chosen.slice()
    with_[k] = c
    return { ...request, chosen: with_ }
  }
  const othersChosen = chosen.every((c, other) => other === k || c >= 0)
  // A pick that completes the selection pins one variant, and a product without managed variants
  // has one price: each is one line, priced on its own.
  if (!model.managed || othersChosen || model.variants === undefined || beyondWixLimits(model, [])) {
    return choices.map((_, c) => unitPriceOf(picked(c), modifiers))
  }
  const book = bookOf(model)
  const subscriptions = subscriptionsToPrice(request).list
  const index = stateIndexOf(model)
  const positions = positionsOf(matchingSet(index, chosen, k))
  const tables = tablesWith(model, book, positions, subscriptions)
  const exponent = Math.max(exponentOf(book, tables), modifiers.exponent)
  const mods = modifiers.exponent < exponent ? modifierPart(request, book, exponent) : modifiers
  const column = index.choices[k]!
  // Per choice: the lowest and highest unit of all its candidates, and of the available ones.
  const all = choices.map(emptySpan)
  const available = choices.map(emptySpan)
  for (const table of tables) {
    for (const v of positions) {
      const c = column[v]!
      const unit = table.unit[v]!
      if (c < 0 || Number.isNaN(unit)) continue // no choice of option k, or no line
      const units = rescale(unit, table.exponent, exponent)
      widen(all[c]!, units)
      if (request.enforce && (hasBit(index.inStock, v) || hasBit(index.preorder, v))) widen(available[c]!, units)
    }
  }
  return choices.map((_, c) => {
    const span = isEmpty(available[c]!) ? all[c]! : available[c]!
    if (!mods.priceable || isEmpty(span)) return undefined
    const sum = (units: number, added: number): number => (units < 0 ? units : add(units, added))
    return rangeOf(sum(span.low, mods.span.low), sum(span.high, mods.span.high), exponent, book.scale)
  })
}

/** The price preview of a resolved selection; `issues` are the builders' so far, and missing prices are added. */
export function pricePreview(request: PriceRequest, issues: BuildIssue[]): PricePreview {
  const { quantity } = request
  const book = bookOf(request.model)
  const { scale, currency } = book
  const parts = priceParts(request, issues)
  if (parts === undefined)
    return { complete: false, currency, quantity, unitPrice: NO_PRICE, totalPrice: NO_PRICE, issues }
  const { exponent } = parts
  const { unit, strike } = sums(parts)
  const range = (pair: [number, number] | undefined, times = 1): PriceRange | undefined =>
    pair && rangeOf(multiply(pair[0], times), multiply(pair[1], times), exponent, scale)
  const unitPrice = range(unit)
  const totalPrice = unitPrice && range(unit, quantity)
  const compareAtUnitPrice = unitPrice && range(strike)
  const compareAtTotalPrice = compareAtUnitPrice && range(strike, quantity)
  if (unit && (!unitPrice || !totalPrice || (compareAtUnitPrice && !compareAtTotalPrice))) {
    pushIssue(issues, {
      code: 'missing_price',
      path: unitPrice === undefined ? ['product'] : ['quantity'],
      message: `The ${unitPrice === undefined ? 'unit price' : 'total'} is ${TOO_LARGE_TEXT}`,
    })
  }
  const pinned = parts.variants.pinned
  const complete =
    parts.single && !parts.subscriptionOpen && !parts.modifiers.open && unitPrice !== undefined && pinned !== undefined
  return {
    complete,
    currency,
    quantity,
    unitPrice: unitPrice ?? NO_PRICE,
    ...(compareAtUnitPrice ? { compareAtUnitPrice } : {}),
    totalPrice: totalPrice ?? NO_PRICE,
    ...(compareAtUnitPrice && compareAtTotalPrice ? { compareAtTotalPrice } : {}),
    ...(complete ? { breakdown: breakdownOf(parts, pinned) } : {}),
    issues,
  }
}

/** The parts of a complete selection's unit price: `unit = variant + modifiers − subscriptionDiscount`. */
function breakdownOf(
  parts: PricedParts,
  [variant, unit]: readonly [number, number],
): NonNullable<PricePreview['breakdown']> {
  const { exponent, book } = parts
  const at = (units: number): number => rescale(units, parts.variants.exponent, exponent)
  return {
    variant: formatUnits(at(variant), exponent, book.scale),
    modifiers: formatUnits(parts.modifiers.span.low, exponent, book.scale),
    subscriptionDiscount: formatUnits(at(variant) - at(unit), exponent, book.scale),
  }
}
