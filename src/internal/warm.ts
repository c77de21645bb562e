/*
 * The one warm-up policy of the library (docs/performance.md, "What is cached").
 *
 * - A product object seen for the first time is normalized into a *fresh* model that nothing keeps:
 *   bulk backends build once per product, and a kept model would keep the product's variant graph
 *   reachable for the garbage collector to walk. A fresh model scans its variants.
 * - From its second sighting on, its model is *kept* (in a WeakMap keyed by the product) as long as
 *   the product's top-level fields are the same objects (see FINGERPRINT). A kept model still scans
 *   on the sighting that made it (a first page render pays for no index it may not use again)...
 * - ...and is *warm* from its third sighting on: its variants are indexed into a snapshot read once,
 *   its prices into tables, and every function answers from that one reading.
 * - A call that makes many lookups at once (the picker, the view) indexes the product anyway: it keeps
 *   the model from the first sighting, so the calls after it find the index made.
 * - Work derived from a model is memoized per model with {@link perModel}.
 *
 * A nested field edited in place on a warm product object is not seen (pass a new product object, or
 * replace its top-level field). Nothing here holds a product strongly: WeakMaps and WeakSets only.
 */

import { own } from './read.js'

/** The top-level fields whose identity (and, for arrays, length) says a product object is unchanged. */
const FINGERPRINT = [
  '_id',
  'id',
  'visible',
  'options',
  'modifiers',
  'variantsInfo',
  'subscriptionDetails',
  'productOptions',
  'manageVariants',
  'customTextFields',
  'variants',
  'stock',
  'inStock',
  'trackInventory',
  'quantityInStock',
  'priceData',
  'price',
  'currency',
  'media',
] as const

function fingerprintOf(product: object): unknown[] {
  const out: unknown[] = []
  for (const key of FINGERPRINT) {
    const value = own(product, key)
    out.push(value, Array.isArray(value) ? value.length : undefined)
  }
  return out
}

function sameFingerprint(a: readonly unknown[], b: readonly unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** The product objects a model was asked of before (a WeakSet: nothing here keeps an object alive). */
const sighted = new WeakSet<object>()

/** The kept models of a product object, and the fingerprint they were read under. */
interface Kept {
  readonly fingerprint: readonly unknown[]
  readonly models: Map<string, object>
}
const keptModels = new WeakMap<object, Kept>()

/**
 * The model of `product` under `key`: a fresh one on the first sighting (not kept), the kept one
 * afterwards (built once, then the same object while the fingerprint holds).
 * `indexing`: the call indexes the product anyway, so its model is kept from the first sighting.
 */
export function modelFor<T extends object>(product: object, key: string, build: () => T, indexing = false): T {
  if (!sighted.has(product)) {
    sighted.add(product)
    if (!indexing) return build()
  }
  const fingerprint = fingerprintOf(product)
  let kept = keptModels.get(product)
  if (kept === undefined || !sameFingerprint(kept.fingerprint, fingerprint)) {
    kept = { fingerprint, models: new Map() }
    keptModels.set(product, kept)
  }
  let model = kept.models.get(key) as T | undefined
  if (model === undefined) {
    model = build()
    kept.models.set(key, model)
  } else warmModels.add(model)
  return model
}

/** Kept models returned again (a product's third sighting on). */
const warmModels = new WeakSet<object>()

/** Whether a model is warm: kept, and asked for again since (see the top of this file). */
export function isWarm(model: object): boolean {
  return warmModels.has(model)
}

/** Memoizes `build` per model (a WeakMap of its own): derived data lives as long as its model. */
export function perModel<M extends object, T>(build: (model: M) => T): (model: M) => T {
  const memo = new WeakMap<M, T>()
  return (model) => {
    let value = memo.get(model)
    if (value === undefined) {
      value = build(model)
      memo.set(model, value)
    }
    return value
  }
}
