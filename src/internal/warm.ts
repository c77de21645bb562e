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

/** What was asked of each object before (its own WeakMap: nothing here keeps an object alive). */
const asked = new WeakMap<object, Set<string>>()

/**
 * Whether `what` was asked of `owner` before this call. Work that pays off only when repeated (a kept
 * model, sorted price tables) starts on the second ask, so one-shot callers never pay for it.
 */
export function askedBefore(owner: object, what: string): boolean {
  const seen = asked.get(owner)
  if (seen === undefined) {
    asked.set(owner, new Set([what]))
    return false
  }
  if (seen.has(what)) return true
  seen.add(what)
  return false
}

/** The kept models of a product object, and the fingerprint they were read under. */
interface Kept {
  readonly fingerprint: readonly unknown[]
  readonly models: Map<string, object>
}
const keptModels = new WeakMap<object, Kept>()

/**
 * The model of `product` under `key`: a fresh one on the first sighting (`build(false)`, not kept),
 * the kept one afterwards (`build(true)` once, then the same object while the fingerprint holds).
 */
export function modelFor<T extends object>(product: object, key: string, build: (kept: boolean) => T): T {
  if (!askedBefore(product, 'model')) return build(false)
  const fingerprint = fingerprintOf(product)
  let kept = keptModels.get(product)
  if (kept === undefined || !sameFingerprint(kept.fingerprint, fingerprint)) {
    kept = { fingerprint, models: new Map() }
    keptModels.set(product, kept)
  }
  let model = kept.models.get(key) as T | undefined
  if (model === undefined) {
    model = build(true)
    kept.models.set(key, model)
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
