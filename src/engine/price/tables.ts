/*
 * Each variant's line under one subscription (or none), kept per model and filled as the previews
 * ask: a variant is priced once, the first time a preview needs it, and read from here afterwards, so
 * a kept product object is read once (internal/warm.ts). From the second range asked of a table on,
 * every variant is priced and the table keeps its variants sorted by unit and by strike price: a
 * range's ends are then the first and last of those orders that the bitset of candidates contains.
 * Each line keeps the exponent its own amounts need (./lines.ts).
 */
import { type Bitset, hasBit } from '../../internal/bitset.js'
import { compareUnits } from '../../internal/money.js'
import { perModel } from '../../internal/warm.js'
import type { Model, ModelSubscription } from '../../normalize/model.js'
import type { PriceBook } from '../../normalize/prices.js'
import { type FailedField, LinePricer } from './lines.js'

/** A table slot not priced yet, priced with a line, or priced without one (a price that gives no amount). */
const NOT_PRICED = 0
const PRICED = 1
const NO_LINE = 2

/** Variant lines under one subscription (or none). */
export interface PriceTable {
  /** Per variant position: NOT_PRICED, PRICED or NO_LINE. */
  readonly state: Uint8Array
  /** The exponent of each line's amounts. */
  readonly exponent: Uint8Array
  /** Per variant position; NaN where the variant has no line (or is not priced yet). */
  readonly variant: Float64Array
  readonly unit: Float64Array
  /** NaN also where the compare-at price is malformed (UNKNOWN_STRIKE). */
  readonly strike: Float64Array
  /** The fields that gave no amount, per variant position, in the order a line reads them. */
  readonly failed: Map<number, FailedField[]>
  readonly pricer: LinePricer
  /** Once every variant is priced: the variants with a line by unit price, with a known strike by strike price. */
  sorted: { readonly byUnit: Int32Array; readonly byStrike: Int32Array } | undefined
}

const tablesOf = /* @__PURE__ */ perModel((_model: Model) => new Map<ModelSubscription | undefined, PriceTable>())

/** The model's table for `subscription` (empty at first). */
export function priceTableOf(model: Model, book: PriceBook, subscription: ModelSubscription | undefined): PriceTable {
  const tables = tablesOf(model)
  let table = tables.get(subscription)
  if (table === undefined) {
    const count = model.variants?.length ?? 0
    table = {
      state: new Uint8Array(count),
      exponent: new Uint8Array(count),
      variant: new Float64Array(count).fill(Number.NaN),
      unit: new Float64Array(count).fill(Number.NaN),
      strike: new Float64Array(count).fill(Number.NaN),
      failed: new Map(),
      pricer: new LinePricer(book),
      sorted: undefined,
    }
    tables.set(subscription, table)
  }
  return table
}

/** Prices variant `v` into the table unless it is there; whether it has a line. */
export function lineOf(table: PriceTable, v: number, subscription: ModelSubscription | undefined): boolean {
  const state = table.state[v]
  if (state !== NOT_PRICED) return state === PRICED
  const { pricer } = table
  const before = pricer.failed.length
  const has = pricer.price(v, subscription)
  if (pricer.failed.length > before) table.failed.set(v, pricer.failed.slice(before))
  table.state[v] = has ? PRICED : NO_LINE
  if (has) {
    table.exponent[v] = pricer.exponent
    table.variant[v] = pricer.variant
    table.unit[v] = pricer.unit
    table.strike[v] = pricer.strike
  }
  return has
}

/** Prices every variant of `positions` and sorts the table (see the top of this file). */
export function sortTable(
  table: PriceTable,
  positions: readonly number[],
  subscription: ModelSubscription | undefined,
): void {
  const priced: number[] = []
  const strikes: number[] = []
  for (const v of positions) {
    if (!lineOf(table, v, subscription)) continue
    priced.push(v)
    if (!Number.isNaN(table.strike[v]!)) strikes.push(v)
  }
  const order = (list: number[], values: Float64Array): Int32Array =>
    Int32Array.from(
      list.sort((a, b) => compareUnits(values[a]!, table.exponent[a]!, values[b]!, table.exponent[b]!) || a - b),
    )
  table.sorted = { byUnit: order(priced, table.unit), byStrike: order(strikes, table.strike) }
}

/** The first (`step` 1) or last (`step` -1) position of `order` that `mask` contains, or -1. */
function firstIn(order: Int32Array, mask: Bitset, step: 1 | -1): number {
  for (let i = step > 0 ? 0 : order.length - 1; i >= 0 && i < order.length; i += step) {
    if (hasBit(mask, order[i]!)) return order[i]!
  }
  return -1
}

/**
 * The positions of the lowest and highest of `values` that `mask` contains, among the positions of
 * `order` (the table's order of those values), or undefined when it has none. A mask of few
 * positions is walked itself; a large one meets the ends of the order within a few steps.
 */
export function extremesIn(
  table: PriceTable,
  order: Int32Array,
  values: Float64Array,
  mask: Bitset,
): [number, number] | undefined {
  if (popcount(mask) * FEW > order.length) {
    const low = firstIn(order, mask, 1)
    return low < 0 ? undefined : [low, firstIn(order, mask, -1)]
  }
  let low = -1
  let high = -1
  const compare = (a: number, b: number): number =>
    compareUnits(values[a]!, table.exponent[a]!, values[b]!, table.exponent[b]!)
  for (let word = 0; word < mask.length; word++) {
    let bits = mask[word]!
    while (bits !== 0) {
      const lowest = bits & -bits
      const v = word * 32 + 31 - Math.clz32(lowest)
      bits ^= lowest
      // A sorted table has a value at every position its order holds (NaN elsewhere: no line, no strike).
      if (Number.isNaN(values[v]!)) continue
      if (low < 0 || compare(v, low) < 0) low = v
      if (high < 0 || compare(v, high) >= 0) high = v
    }
  }
  return low < 0 ? undefined : [low, high]
}

/** How many times fewer than the order a mask's positions must be to be walked itself. */
const FEW = 8

function popcount(set: Bitset): number {
  let count = 0
  for (let word = 0; word < set.length; word++) {
    let bits = set[word]! - ((set[word]! >>> 1) & 0x55555555)
    bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333)
    count += (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
  }
  return count
}
