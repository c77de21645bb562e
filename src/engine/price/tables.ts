/*
 * Variant lines under one subscription (or none), filled as the previews ask: a variant is priced the
 * first time a preview needs it and read from the table afterwards. An indexed model keeps its tables
 * (per model, internal/warm.ts), so a kept product object is read once; a fresh one gets tables for
 * one call.
 */
import { perModel } from '../../internal/warm.js'
import type { Model, ModelSubscription } from '../../normalize/model.js'
import { type PriceBook, priceBookOf } from '../../normalize/prices.js'
import { type FailedField, type Line, priceLine } from './lines.js'

/** Variant lines under one subscription (or none). */
export interface PriceTable {
  readonly book: PriceBook
  readonly subscription: ModelSubscription | undefined
  /** Per variant position + 1 (0: the product itself): its line, null when it has none, undefined until priced. */
  readonly lines: (Line | null | undefined)[]
  /** The fields that gave no amount, per variant position + 1, in the order a line reads them. */
  readonly failed: (readonly FailedField[] | undefined)[]
}

/** The model's price book (where its price fields are, and its currency). */
export const bookOf: (model: Model) => PriceBook = /* @__PURE__ */ perModel(priceBookOf)

const tablesOf = /* @__PURE__ */ perModel((_model: Model) => new Map<ModelSubscription | undefined, PriceTable>())

/** The model's table for `subscription`: kept with the model when `indexed`, else one for this call. */
export function priceTableOf(model: Model, subscription: ModelSubscription | undefined, indexed: boolean): PriceTable {
  const tables = indexed ? tablesOf(model) : undefined
  let table = tables?.get(subscription)
  if (table === undefined) {
    table = { book: bookOf(model), subscription, lines: [], failed: [] }
    tables?.set(subscription, table)
  }
  return table
}

/** Variant `v`'s line (PRODUCT_ITSELF: the product's own), priced into the table unless it is there. */
export function lineOf(table: PriceTable, v: number): Line | undefined {
  let line = table.lines[v + 1]
  if (line === undefined) {
    const failed: FailedField[] = []
    line = priceLine(table.book, v, table.subscription, failed) ?? null
    table.lines[v + 1] = line
    if (failed.length > 0) table.failed[v + 1] = failed
  }
  return line ?? undefined
}
