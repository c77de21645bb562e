import type { Model, NOption } from '../normalize/model.js'

/**
 * The variant index of one product model: choice tuple → variant, id → variant, and per-choice bitsets
 * over the variants for picker state. Built once per model (the model itself is cached per product
 * object), and only when it pays: a model's first build scans, its second one builds the index;
 * `getChoiceStates` builds it at once.
 */
export class VariantIndex {
  /** Variant position in `model.variants` by tuple key, first variant wins. */
  readonly byKey: Map<string, number> = new Map()
  readonly byId: Map<string, number> = new Map()
  /** Flat tuples: `tuples[v * n + k]` is variant v's choice index for option k (-1 none). */
  readonly tuples: Int32Array
  readonly valid: Uint8Array
  readonly words: number
  /** `bits[k][c]`: the variants that have choice c for option k. */
  readonly bits: Uint32Array[][]
  /** Every variant whose choices the product knows. */
  readonly all: Uint32Array
  /** Visible and in stock. */
  readonly inStock: Uint32Array
  /** Visible, out of stock, pre-order enabled. */
  readonly preorder: Uint32Array

  constructor(readonly model: Model) {
    const variants = model.variants ?? []
    const n = model.options.length
    const count = variants.length
    this.tuples = new Int32Array(count * n)
    this.valid = new Uint8Array(count)
    this.words = Math.ceil(count / 32)
    this.bits = model.options.map((o: NOption) => o.choices.map(() => new Uint32Array(this.words)))
    this.all = new Uint32Array(this.words)
    this.inStock = new Uint32Array(this.words)
    this.preorder = new Uint32Array(this.words)
    const scratch = new Int32Array(n)
    const { reader } = model
    for (let v = 0; v < count; v++) {
      const raw = variants[v]
      const id = reader.id(raw)
      if (id !== undefined && !this.byId.has(id)) this.byId.set(id, v)
      if (!reader.tuple(raw, scratch)) continue
      this.valid[v] = 1
      this.tuples.set(scratch, v * n)
      const key = scratch.join(',')
      if (!this.byKey.has(key)) this.byKey.set(key, v)
      const word = v >>> 5
      const bit = 1 << (v & 31)
      ;(this.all as Uint32Array)[word]! |= bit
      for (let k = 0; k < n; k++) {
        const c = scratch[k] as number
        if (c >= 0) (this.bits[k]?.[c] as Uint32Array)[word]! |= bit
      }
      if (reader.visible(raw)) {
        if (reader.inStock(raw)) (this.inStock as Uint32Array)[word]! |= bit
        else if (reader.preorder(raw)) (this.preorder as Uint32Array)[word]! |= bit
      }
    }
  }

  /** The variant's choice tuple. */
  tuple(v: number): Int32Array {
    const n = this.model.options.length
    return this.tuples.subarray(v * n, v * n + n)
  }
}

const indexes = new WeakMap<Model, VariantIndex>()
const uses = new WeakMap<Model, number>()

/** The model's index, building it now. */
export function indexOf(model: Model): VariantIndex {
  let index = indexes.get(model)
  if (index === undefined) {
    index = new VariantIndex(model)
    indexes.set(model, index)
  }
  return index
}

/** The model's index if it is worth having: from the second lookup on the same model. */
function usefulIndex(model: Model): VariantIndex | undefined {
  const index = indexes.get(model)
  if (index !== undefined) return index
  const seen = (uses.get(model) ?? 0) + 1
  uses.set(model, seen)
  return seen >= 2 ? indexOf(model) : undefined
}

/** Position of the first variant with exactly these choices (all options chosen), or -1. */
export function findByChoices(model: Model, target: Int32Array): number {
  const index = usefulIndex(model)
  if (index !== undefined) return index.byKey.get(target.join(',')) ?? -1
  const variants = model.variants ?? []
  const scratch = new Int32Array(target.length)
  for (let v = 0; v < variants.length; v++) {
    if (model.reader.tuple(variants[v], scratch, target)) return v
  }
  return -1
}

/** Position of the first variant with this id, or -1. */
export function findById(model: Model, id: string): number {
  const index = usefulIndex(model)
  if (index !== undefined) return index.byId.get(id) ?? -1
  const variants = model.variants ?? []
  for (let v = 0; v < variants.length; v++) if (model.reader.id(variants[v]) === id) return v
  return -1
}
