/*
 * The one warm-up policy of the library (docs/performance.md, "What is cached").
 *
 * - A product object seen for the first time is normalized into a *fresh* model that nothing keeps:
 *   bulk backends build once per product, and a kept model would keep the product's variant graph
 *   reachable for the garbage collector to walk.
 * - From its second sighting on, its model is *kept* (here, in a WeakMap keyed by the product), as
 *   long as the product's top-level fields are the same objects (see FINGERPRINT).
 * - Work derived from a model (indexes, bitsets, price tables, messages) is memoized per model with
 *   {@link perModel}. A kept model builds its indexes on first use; a fresh model scans instead,
 *   unless one call makes many lookups on it (the picker, the view) and indexes it for itself.
 *
 * Every derived structure reads the product once, when it is built, so every function answers from
 * the same reading of a kept product: a nested field edited in place is not seen (pass a new product
 * object, or replace its top-level field). Nothing here holds a product strongly: WeakMaps only.
 */

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

const hasOwn = Object.prototype.hasOwnProperty

function fingerprintOf(product: object): unknown[] {
  const out: unknown[] = []
  for (const key of FINGERPRINT) {
    const value = hasOwn.call(product, key) ? (product as Record<string, unknown>)[key] : undefined
    out.push(value, Array.isArray(value) ? value.length : undefined)
  }
  return out
}

function sameFingerprint(a: readonly unknown[], b: readonly unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

interface Sighting {
  readonly fingerprint: readonly unknown[]
  /** The kept model per key (a catalog version): several readings of one product may be asked for. */
  readonly kept: Map<string, object>
}

/** Products seen once: no fingerprint, nothing kept. */
const SEEN_ONCE: Sighting = { fingerprint: [], kept: new Map() }
const sightings = new WeakMap<object, Sighting>()

/**
 * The model of `product` under `key`: a fresh one on the first sighting (`build(false)`, not kept),
 * the kept one afterwards (`build(true)` once, then the same object while the fingerprint holds).
 */
export function modelFor<T extends object>(product: object, key: string, build: (kept: boolean) => T): T {
  const sighting = sightings.get(product)
  if (sighting === undefined) {
    sightings.set(product, SEEN_ONCE)
    return build(false)
  }
  const fingerprint = fingerprintOf(product)
  let current = sighting
  if (current === SEEN_ONCE || !sameFingerprint(current.fingerprint, fingerprint)) {
    current = { fingerprint, kept: new Map() }
    sightings.set(product, current)
  }
  let model = current.kept.get(key) as T | undefined
  if (model === undefined) {
    model = build(true)
    current.kept.set(key, model)
  }
  return model
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
