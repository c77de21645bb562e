import type { BuildIssue, IssuePath } from '../issues.js'
import { formatDecimal, percentOff, roundTo } from '../internal/decimal.js'
import { isBlank } from '../internal/util.js'
import type { Model, NSubscription } from '../normalize/model.js'
import { priceBookOf, type PriceBook, type PriceRead } from '../normalize/prices.js'
import { others, stateIndexOf } from './choice-states.js'
import type { Resolved } from './resolve.js'
import type { CheckedOptions } from './validate.js'
import { findByChoices, scanFrom } from './variant-index.js'

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

/** One variant's unit price under one subscription (or none), at the currency's scale. */
interface Line {
  /** The variant price (V3 actualPrice, V1 discounted price). */
  readonly variant: bigint
  /** After the subscription. */
  readonly unit: bigint
  /** The strike-through price: compare-at when higher, else the variant price. */
  readonly strike: bigint
  /** A malformed compare-at, reported and left out. */
  readonly bad?: IssuePath
}

const isPath = (value: unknown): value is IssuePath => Array.isArray(value)

function lineOf(book: PriceBook, v: number, subscription: NSubscription | undefined): Line | IssuePath {
  const { scale } = book
  const base = book.price(v)
  if (isPath(base)) return base
  const variant = roundTo(base, scale)
  let unit = variant
  if (subscription !== undefined) {
    const own = v < 0 ? undefined : book.subscriptionPrice(v, subscription)
    if (own !== undefined) {
      if (isPath(own)) return own
      unit = roundTo(own, scale)
    } else {
      const discount = book.discount(subscription)
      if (isPath(discount)) return discount
      if (discount !== undefined) {
        if (discount.percent !== undefined) unit = percentOff(variant, discount.percent, scale)
        else unit = variant - roundTo(discount.amount, scale)
      }
    }
  }
  if (unit < 0n) unit = 0n
  const compare: PriceRead | undefined = book.compareAt(v)
  const strike = typeof compare === 'bigint' && roundTo(compare, scale) > variant ? roundTo(compare, scale) : variant
  return compare === undefined || typeof compare === 'bigint'
    ? { variant, unit, strike }
    : { variant, unit, strike, bad: compare }
}

/** A model's prices per subscription, sorted: the warm path finds a range's ends without a scan. */
interface Table {
  readonly lines: (Line | undefined)[]
  /** Priced variants by unit price, then by strike price. */
  readonly byUnit: Int32Array
  readonly byStrike: Int32Array
  /** Variants whose price could not be read, with the field. */
  readonly failed: Map<number, IssuePath>
}

interface PriceState {
  calls: number
  readonly tables: Map<NSubscription | undefined, Table>
}

const states = new WeakMap<Model, PriceState>()
/** The model of the last preview that was not kept. */
let recent: Model | undefined

function tableOf(model: Model, book: PriceBook, subscription: NSubscription | undefined, state: PriceState): Table {
  let table = state.tables.get(subscription)
  if (table !== undefined) return table
  const lines: (Line | undefined)[] = []
  const failed = new Map<number, IssuePath>()
  const priced: number[] = []
  // Indexed by position: forEach skips the holes of a sparse array, and a pushed line would then
  // belong to the wrong variant.
  ;(model.variants ?? []).forEach((_, v) => {
    const line = lineOf(book, v, subscription)
    if (isPath(line)) failed.set(v, line)
    else priced.push(v)
    lines[v] = isPath(line) ? undefined : line
  })
  const sorted = (key: (line: Line) => bigint): Int32Array =>
    Int32Array.from(
      priced.sort((a, b) => {
        const x = key(lines[a] as Line)
        const y = key(lines[b] as Line)
        return x < y ? -1 : x > y ? 1 : a - b
      }),
    )
  table = { lines, byUnit: sorted((line) => line.unit), byStrike: sorted((line) => line.strike), failed }
  state.tables.set(subscription, table)
  return table
}

/** Running min/max of bigints. */
class Span {
  min: bigint | undefined
  max: bigint | undefined
  add(lo: bigint, hi: bigint = lo): void {
    if (this.min === undefined || lo < this.min) this.min = lo
    if (this.max === undefined || hi > this.max) this.max = hi
  }
}

const has = (mask: Int32Array, v: number): boolean => ((mask[v >>> 5] as number) & (1 << (v & 31))) !== 0

/** The first (`step` 1) or last (`step` -1) variant of `order` in `mask`, or -1. */
function first(order: Int32Array, mask: Int32Array, step: 1 | -1): number {
  for (let i = step > 0 ? 0 : order.length - 1; i >= 0 && i < order.length; i += step)
    if (has(mask, order[i] as number)) return order[i] as number
  return -1
}

/**
 * The price preview of a resolved selection. `given`: the modifiers the selection names, as the builder
 * resolved them; `chosen`: the choice per option as the builders resolved
 * it (-1 none, -2 unknown); `subscriptionId`: the resolved subscription.
 */
export function pricePreview(
  model: Model,
  given: Resolved['given'],
  options: CheckedOptions,
  chosen: Int32Array,
  subscriptionId: string | undefined,
  quantity: number,
  issues: BuildIssue[],
): PricePreview {
  // A model's first preview scans and keeps nothing but a strong reference to the model (the last one
  // only); from its second on, its price book and sorted tables are kept (WeakMaps).
  let state = states.get(model)
  if (state === undefined) {
    state = { calls: recent === model ? 1 : 0, tables: new Map() }
    if (recent === model) states.set(model, state)
    recent = model
  }
  const warm = state.calls++ > 0
  const book = priceBookOf(model, warm)
  const { scale, currency } = book
  const reported = new Set<string>()
  const miss = (path: IssuePath): void => {
    const key = path.join('\u0000')
    if (reported.has(key)) return
    reported.add(key)
    issues.push({
      code: 'missing_price',
      path,
      message: `The price ${path.slice(1).join('.')} is missing or not a decimal amount (0 to 999999999999999, at most 9 decimals).`,
    })
  }

  // Modifiers: the chosen ones, and the cheapest/dearest choice of each mandatory one not chosen.
  let priceable = true
  let modsLo = 0n
  let modsHi = 0n
  let open = false
  for (const modifier of model.modifiers) {
    const value = given.get(modifier)?.[1]
    const text = modifier.kind === 'text'
    const hit = value === undefined || isBlank(value) || text ? undefined : modifier.lookup?.resolve(value)
    const choice = hit && 'found' in hit ? modifier.choices.indexOf(hit.found) : -1
    const span = new Span()
    /** Adds choice `c`'s price (-1: the free text's); false when it cannot be read. */
    const add = (c: number): boolean => {
      const added = book.added(modifier, c)
      if (isPath(added)) miss(added)
      else span.add(roundTo(added, scale))
      return !isPath(added)
    }
    if (text ? value !== undefined && !isBlank(value) : choice >= 0) priceable = add(choice) && priceable
    else if (modifier.mandatory) {
      open = true
      for (let c = 0; c < modifier.choices.length; c++) add(c)
      if (text) add(-1)
    }
    modsLo += span.min ?? 0n
    modsHi += span.max ?? 0n
  }

  // Subscriptions: the chosen one; every offered one while a required choice is open; else none.
  let subscriptions: (NSubscription | undefined)[] = [model.subscriptions.find((s) => s.id === subscriptionId)]
  if (subscriptionId === undefined && model.subscriptions.length > 0 && !model.allowOneTimePurchases) {
    const offered = model.subscriptions.filter((s) => s.visible || !options.enforce)
    if (offered.length > 0) subscriptions = offered
    open = true
  }

  // Variants: the pinned one, or those still possible (available ones when enforced, if any).
  const unit = new Span()
  const strike = new Span()
  let pinned: Line | undefined
  const take = (line: Line | IssuePath): void => {
    if (isPath(line)) {
      miss(line)
      return
    }
    if (line.bad) miss(line.bad)
    unit.add(line.unit)
    strike.add(line.strike)
    pinned = line
  }
  const complete = chosen.every((c) => c >= 0)
  let single = false
  if (!model.managed) {
    for (const s of subscriptions) take(lineOf(book, -1, s))
    single = complete
  } else if (model.variants !== undefined) {
    const variants = model.variants
    if (complete) {
      const v = findByChoices(model, chosen)
      if (v >= 0) for (const s of subscriptions) take(lineOf(book, v, s))
      single = v >= 0
    } else if (warm) {
      const index = stateIndexOf(model)
      let mask = others(index, chosen, -1)
      if (options.enforce) {
        // A loop, not a typed array's map and some (profiles put those at a third of a warm preview;
        // the bench ratio hardly moved: docs/performance.md).
        const available = new Int32Array(mask.length)
        let any = 0
        for (let w = 0; w < mask.length; w++) any |= available[w] = mask[w]! & (index.inStock[w]! | index.preorder[w]!)
        if (any) mask = available
      }
      for (const s of subscriptions) {
        const table = tableOf(model, book, s, state)
        for (const [v, path] of table.failed) if (has(mask, v)) miss(path)
        const lo = first(table.byUnit, mask, 1)
        if (lo < 0) continue
        const hi = first(table.byUnit, mask, -1)
        const sLo = first(table.byStrike, mask, 1)
        const sHi = first(table.byStrike, mask, -1)
        unit.add((table.lines[lo] as Line).unit, (table.lines[hi] as Line).unit)
        strike.add((table.lines[sLo] as Line).strike, (table.lines[sHi] as Line).strike)
        for (const v of [lo, hi, sLo, sHi]) {
          const bad = table.lines[v]?.bad
          if (bad) miss(bad)
        }
      }
    } else {
      // A never-seen product: one scan of the variants, no index (a bulk backend may never come back).
      const { reader } = model
      const all: number[] = []
      const available: number[] = []
      for (let v = scanFrom(model, chosen, 0); v >= 0; v = scanFrom(model, chosen, v + 1)) {
        const raw = variants[v]
        all.push(v)
        if (options.enforce && reader.visible(raw) && (reader.inStock(raw) || reader.preorder(raw))) available.push(v)
      }
      for (const v of options.enforce && available.length > 0 ? available : all)
        for (const s of subscriptions) take(lineOf(book, v, s))
    }
  }

  const amount = (value: bigint): Amount => formatDecimal(value, scale)
  const range = (lo: bigint | undefined, hi: bigint | undefined, times = 1n): PriceRange =>
    priceable && lo !== undefined && hi !== undefined
      ? { min: amount((lo + modsLo) * times), max: amount((hi + modsHi) * times) }
      : { min: '', max: '' }
  const unitPrice = range(unit.min, unit.max)
  const done = single && !open && priceable && pinned !== undefined
  const strikeHigher =
    unit.min !== undefined &&
    strike.min !== undefined &&
    (strike.min > unit.min || (strike.max as bigint) > (unit.max as bigint)) &&
    priceable
  const preview: PricePreview = {
    complete: done,
    currency,
    quantity,
    unitPrice,
    ...(strikeHigher ? { compareAtUnitPrice: range(strike.min, strike.max) } : {}),
    totalPrice: range(unit.min, unit.max, BigInt(quantity)),
    ...(strikeHigher ? { compareAtTotalPrice: range(strike.min, strike.max, BigInt(quantity)) } : {}),
    ...(done && pinned
      ? {
          breakdown: {
            variant: amount((pinned as Line).variant),
            modifiers: amount(modsLo),
            subscriptionDiscount: amount((pinned as Line).variant - (pinned as Line).unit),
          },
        }
      : {}),
    issues,
  }
  return preview
}
