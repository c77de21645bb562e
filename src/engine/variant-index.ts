import type { Model } from '../normalize/model.js'

/** The builders' variant index of one product model: choice tuple → variant, id → variant. */
export interface VariantIndex {
  /** Variant position in `model.variants` by tuple key (choice indexes joined by ","), first variant wins. */
  readonly byKey: Map<string, number>
  readonly byId: Map<string, number>
}

/** The index of each model, built on demand (held here, so that the model does not know the engine). */
const indexes = new WeakMap<Model, VariantIndex>()

function buildIndex(model: Model): VariantIndex {
  const byKey = new Map<string, number>()
  const byId = new Map<string, number>()
  const scratch = new Int32Array(model.options.length)
  model.variants?.forEach((raw, v) => {
    const id = model.reader.id(raw)
    if (id !== undefined && !byId.has(id)) byId.set(id, v)
    const key = model.reader.tuple(raw, scratch) ? scratch.join() : undefined
    if (key !== undefined && !byKey.has(key)) byKey.set(key, v)
  })
  return { byKey, byId }
}

/**
 * The model's index if it is worth having. Bulk backends build once per product, so a model's first
 * lookup scans the raw variants; the second builds the index (cached with the model, which is cached
 * per product object) and every later one is a Map lookup.
 */
function usefulIndex(model: Model): VariantIndex | undefined {
  if (model.lookups++ < 1) return undefined
  let index = indexes.get(model)
  if (index === undefined) {
    index = buildIndex(model)
    indexes.set(model, index)
  }
  return index
}

/** Position of the first variant from `from` on with `target`'s choices (-1: any), by a scan of the raw variants; or -1. */
export function scanFrom(model: Model, target: Int32Array, from: number): number {
  const ids = model.options.map((option, k) => option.choices[target[k] as number]?.id)
  return model.reader.scan(model.variants ?? [], ids, target, from)
}

/** Position of the first variant with exactly these choices (all options chosen), or -1. */
export function findByChoices(model: Model, target: Int32Array): number {
  const index = usefulIndex(model)
  return index !== undefined ? (index.byKey.get(target.join()) ?? -1) : scanFrom(model, target, 0)
}

/** Position of the first variant with this id, or -1. */
export function findById(model: Model, id: string): number {
  const index = usefulIndex(model)
  if (index !== undefined) return index.byId.get(id) ?? -1
  const variants = model.variants ?? []
  for (let v = 0; v < variants.length; v++) if (model.reader.id(variants[v]) === id) return v
  return -1
}
