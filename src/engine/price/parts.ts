/*
 * The parts a price is made of: the modifiers' added prices, and the range of the variant lines the
 * selection still allows under the subscriptions it allows. The candidates are found by a scan of a
 * fresh product, or by the bitsets of an indexed one (a warm product, or a call that prices many
 * selections); either way each line is priced through `LinePricer` (./lines.ts), so both ways give
 * one answer (test/properties/price.test.ts). Each line is as exact as its own amounts need; the
 * range compares them exactly (internal/money.ts `compareUnits`).
 */
import { type Bitset, hasBit, positionsOf } from '../../internal/bitset.js'
import { WIX_SUBSCRIPTIONS_MAX, WIX_VARIANTS_MAX } from '../../constants.js'
import { compareUnits } from '../../internal/money.js'
import { pushIssue } from '../../internal/issues.js'
import { isBlank } from '../../internal/util.js'
import { askedBefore, isWarm, perModel } from '../../internal/warm.js'
import type { BuildIssue } from '../../issues.js'
import { type Model, type ModelModifier, type ModelSubscription, NO_CHOICE, NO_VARIANT } from '../../normalize/model.js'
import { type PriceBook, PRODUCT_ITSELF, priceBookOf } from '../../normalize/prices.js'
import type { Resolved } from '../resolve.js'
import {
  matchingSet,
  NO_SKIP,
  type StateIndex,
  scanMatching,
  stateIndexOf,
  type Variants,
  variantsOf,
} from '../variants.js'
import { AmountReader, type FailedField, LinePricer } from './lines.js'
import { extremesIn, lineOf, type PriceTable, priceTableOf, sortTable } from './tables.js'

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

/** The lowest and highest of some amounts, each end at its own exponent; empty while `lowExponent` is -1. */
export interface Span {
  low: number
  lowExponent: number
  high: number
  highExponent: number
}

export const emptySpan = (): Span => ({ low: 0, lowExponent: -1, high: 0, highExponent: -1 })
export const isEmpty = (span: Span): boolean => span.lowExponent < 0

/** Widens `span` to hold `units` at `exponent` (compared exactly). */
export function widen(span: Span, units: number, exponent: number): void {
  if (span.lowExponent < 0 || compareUnits(units, exponent, span.low, span.lowExponent) < 0) {
    span.low = units
    span.lowExponent = exponent
  }
  if (span.highExponent < 0 || compareUnits(units, exponent, span.high, span.highExponent) > 0) {
    span.high = units
    span.highExponent = exponent
  }
}

/** The variant part of a price: the unit and strike ranges of the candidate lines. */
export interface VariantPart {
  readonly unit: Span
  readonly strike: Span
  /** The one line of a complete selection: [variant, unit, exponent]. */
  readonly pinned: readonly [number, number, number] | undefined
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

export const bookOf: (model: Model) => PriceBook = /* @__PURE__ */ perModel(priceBookOf)

/**
 * The modifiers' added prices: the chosen ones, and the cheapest / dearest choice of each mandatory
 * one not chosen (never a made-up 0: one with no readable price leaves the sum unpriceable).
 */
export function modifierPart(request: PriceRequest): ModifierPart {
  const book = bookOf(request.model)
  const reader = new AmountReader(book)
  reader.start(book.scale)
  let part = readModifiers(request, book, reader)
  while (reader.finer > reader.exponent) {
    reader.restart(reader.finer)
    part = readModifiers(request, book, reader)
  }
  return part
}

function readModifiers(request: PriceRequest, book: PriceBook, reader: AmountReader): ModifierPart {
  let low = 0
  let high = 0
  let priceable = true
  let open = false
  for (const modifier of request.model.modifiers) {
    let added: [number, number] | undefined
    const addChoice = (c: number): boolean => {
      const units = reader.amount(book.added(modifier, c), () => book.addedPath(modifier, c))
      if (units !== undefined) added = added ? [Math.min(added[0], units), Math.max(added[1], units)] : [units, units]
      return units !== undefined
    }
    const value = request.given.get(modifier)?.[1]
    const textGiven = value !== undefined && !isBlank(value)
    const chosen = modifier.kind === 'text' ? (textGiven ? -1 : undefined) : request.modifierChoices.get(modifier)
    if (chosen !== undefined) priceable = addChoice(chosen) && priceable
    else if (modifier.mandatory) {
      open = true
      for (let c = 0; c < modifier.choices.length; c++) addChoice(c)
      if (modifier.kind === 'text') addChoice(-1)
      if (added === undefined) priceable = false
    }
    if (added) {
      low += added[0]
      high += added[1]
    }
  }
  return { scale: book.scale, exponent: reader.exponent, low, high, priceable, open, failed: reader.failed }
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
): VariantPart {
  const pricer = new LinePricer(book)
  const unit = emptySpan()
  const strike = emptySpan()
  let line: [number, number, number] | undefined
  for (const v of positions) {
    for (const subscription of subscriptions) {
      if (!pricer.price(v, subscription)) continue
      widen(unit, pricer.unit, pricer.exponent)
      if (!Number.isNaN(pricer.strike)) widen(strike, pricer.strike, pricer.exponent)
      if (v === pinned) line = [pricer.variant, pricer.unit, pricer.exponent]
    }
  }
  return { unit, strike, pinned: line, failed: pricer.failed }
}

/** The model's price tables of `subscriptions`, with every line of `positions` priced into them. */
export function tablesWith(
  model: Model,
  positions: readonly number[],
  subscriptions: readonly (ModelSubscription | undefined)[],
): PriceTable[] {
  const book = bookOf(model)
  const tables = subscriptions.map((subscription) => priceTableOf(model, book, subscription))
  for (const v of positions) for (let s = 0; s < tables.length; s++) lineOf(tables[s]!, v, subscriptions[s])
  return tables
}

/** The ranges of `candidates` (positions, ascending) from the price tables, each line priced once per model. */
function tablePart(
  model: Model,
  candidates: readonly number[],
  subscriptions: readonly (ModelSubscription | undefined)[],
  pinned: number,
): VariantPart {
  const tables = tablesWith(model, candidates, subscriptions)
  const unit = emptySpan()
  const strike = emptySpan()
  const failed: FailedField[] = []
  let line: [number, number, number] | undefined
  for (const v of candidates) {
    for (let s = 0; s < tables.length; s++) {
      const table = tables[s]!
      failed.push(...(table.failed.get(v) ?? []))
      if (!lineOf(table, v, subscriptions[s])) continue
      const exponent = table.exponent[v]!
      widen(unit, table.unit[v]!, exponent)
      if (!Number.isNaN(table.strike[v]!)) widen(strike, table.strike[v]!, exponent)
      if (v === pinned) line = [table.variant[v]!, table.unit[v]!, exponent]
    }
  }
  return { unit, strike, pinned: line, failed }
}

/** The model's price tables of `subscriptions`, every variant priced and sorted. */
function sortedTables(model: Model, subscriptions: readonly (ModelSubscription | undefined)[]): PriceTable[] {
  const tables = tablesWith(model, [], subscriptions)
  tables.forEach((table, s) => {
    if (table.sorted === undefined) sortTable(table, positionsOf(stateIndexOf(model).all), subscriptions[s])
  })
  return tables
}

/** The ranges of the variants in `mask` from sorted tables: the ends of each order that the mask contains. */
function sortedPart(
  model: Model,
  mask: Bitset,
  subscriptions: readonly (ModelSubscription | undefined)[],
): VariantPart {
  const tables = sortedTables(model, subscriptions)
  const unit = emptySpan()
  const strike = emptySpan()
  const failedAt = new Set<number>()
  for (const table of tables) {
    for (const v of table.failed.keys()) if (hasBit(mask, v)) failedAt.add(v)
    const { byUnit, byStrike } = table.sorted!
    const units = extremesIn(table, byUnit, table.unit, mask)
    if (units) for (const v of units) widen(unit, table.unit[v]!, table.exponent[v]!)
    const strikes = extremesIn(table, byStrike, table.strike, mask)
    if (strikes) for (const v of strikes) widen(strike, table.strike[v]!, table.exponent[v]!)
  }
  const failed: FailedField[] = []
  for (const v of [...failedAt].sort((a, b) => a - b)) {
    for (const table of tables) failed.push(...(table.failed.get(v) ?? []))
  }
  return { unit, strike, pinned: undefined, failed }
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
  for (let word = 0; word < mask.length; word++) {
    if ((mask[word]! & (index.inStock[word]! | index.preorder[word]!)) !== 0) return true
  }
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
 * an indexed one (warm, or in a call that prices many selections) reads the model's price tables,
 * complete selections too, so every price of one product object comes from one reading of it.
 */
export function variantPart(
  request: PriceRequest,
  subscriptions: readonly (ModelSubscription | undefined)[],
  issues: BuildIssue[],
): { part: VariantPart; single: boolean } {
  const { model, chosen } = request
  const book = bookOf(model)
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
      ? tablePart(model, positions, subscriptions, pinned)
      : directPart(book, positions, subscriptions, pinned)
    return { part, single: pinned !== NO_VARIANT }
  }
  if (!indexed) {
    const candidates = scannedCandidates(model, variants, chosen, request.enforce)
    return { part: directPart(book, candidates, subscriptions, NO_VARIANT), single: false }
  }
  const mask = candidateMask(model, chosen, request.enforce)
  // A range asked again of the same tables: sort them once (internal/warm.ts, askedBefore).
  const repeated = subscriptions.map((subscription) => askedBefore(priceTableOf(model, book, subscription), 'range'))
  const part = repeated.some(Boolean)
    ? sortedPart(model, mask, subscriptions)
    : tablePart(model, positionsOf(mask), subscriptions, NO_VARIANT)
  return { part, single: false }
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
    message: `The product has ${what}, more than the ${limit} Wix allows: its price is not previewed (its references still build).`,
    limit,
  })
  return true
}
