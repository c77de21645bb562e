/*
 * The indexed strategy of the price preview: for a model that is kept (or a call that prices many
 * selections, as the view does), every variant is priced once per subscription into a table sorted
 * by unit price and by strike price, so the ends of a range are the first and last variants of the
 * sorted order that a bitset of still-possible variants contains.
 */
import { type Bitset, hasBit, positionsOf } from '../../internal/bitset.js'
import { perModel } from '../../internal/warm.js'
import type { Model, ModelSubscription } from '../../normalize/model.js'
import { priceBookOf } from '../../normalize/prices.js'
import { stateIndexOf } from '../variants.js'
import { type FailedField, LinePricer, UNKNOWN_STRIKE } from './lines.js'

/** Every variant's line under one subscription (or none), at one exponent. */
export interface PriceTable {
  readonly exponent: number
  /** Per variant position; NaN where the variant has no line (unknown, or a price that gives no amount). */
  readonly variant: Float64Array
  readonly unit: Float64Array
  /** NaN (UNKNOWN_STRIKE) where the compare-at price is malformed. */
  readonly strike: Float64Array
  /** The fields that gave no amount, per variant position, in the order a line reads them. */
  readonly failed: ReadonlyMap<number, readonly FailedField[]>
  /** Variants with a line, by unit price (then position). */
  readonly byUnit: Int32Array
  /** Variants with a known strike price, by strike price (then position). */
  readonly byStrike: Int32Array
}

const tablesOf = /* @__PURE__ */ perModel((_model: Model) => new Map<ModelSubscription | undefined, PriceTable>())

function buildTable(model: Model, subscription: ModelSubscription | undefined, exponent: number): PriceTable {
  const book = priceBookOf(model)
  const count = model.variants?.length ?? 0
  const table = {
    exponent,
    variant: new Float64Array(count).fill(Number.NaN),
    unit: new Float64Array(count).fill(Number.NaN),
    strike: new Float64Array(count).fill(Number.NaN),
    failed: new Map<number, FailedField[]>(),
  }
  const pricer = new LinePricer(book, exponent)
  const priced: number[] = []
  const strikes: number[] = []
  for (const v of positionsOf(stateIndexOf(model).all)) {
    const before = pricer.failed.length
    if (pricer.price(v, subscription)) {
      table.variant[v] = pricer.variant
      table.unit[v] = pricer.unit
      table.strike[v] = pricer.strike
      priced.push(v)
      if (!Number.isNaN(pricer.strike)) strikes.push(v)
    }
    if (pricer.failed.length > before) table.failed.set(v, pricer.failed.slice(before))
  }
  // A field with more decimals than this exponent: the whole table at the finer one.
  if (pricer.finerExponent > exponent) return buildTable(model, subscription, pricer.finerExponent)
  const sorted = (positions: number[], key: Float64Array): Int32Array =>
    Int32Array.from(positions.sort((a, b) => key[a]! - key[b]! || a - b))
  return { ...table, byUnit: sorted(priced, table.unit), byStrike: sorted(strikes, table.strike) }
}

/** The model's table for `subscription`, built at the currency's scale (or finer) on first use. */
export function priceTableOf(model: Model, subscription: ModelSubscription | undefined): PriceTable {
  const tables = tablesOf(model)
  let table = tables.get(subscription)
  if (table === undefined) {
    table = buildTable(model, subscription, priceBookOf(model).scale)
    tables.set(subscription, table)
  }
  return table
}

/** The first (`from` 0, `step` 1) or last (`step` -1) position of `order` that `mask` contains, or -1. */
export function firstIn(order: Int32Array, mask: Bitset, step: 1 | -1): number {
  for (let i = step > 0 ? 0 : order.length - 1; i >= 0 && i < order.length; i += step) {
    if (hasBit(mask, order[i]!)) return order[i]!
  }
  return -1
}

export { UNKNOWN_STRIKE }
