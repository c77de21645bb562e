/*
 * The variants of a model as the engine looks them up: by choices, by id, by partial choices, and
 * their stock flags. Two readings with the same answers (test/properties/variant-lookup.test.ts):
 * - live: a fresh model's one call scans the raw variants (`tuple` with the target stops at the first
 *   choice that differs);
 * - indexed: a kept model, or a call that makes many lookups, reads every variant once into a
 *   snapshot (choice tuples, ids, flags) with maps and per-choice bitsets (internal/warm.ts).
 * Each public function names its {@link Reading}: one that indexes every product (the picker, the
 * view) never bundles the live scans.
 */
import { addBit, type Bitset, emptyBitset, intersectInto, positionsOf } from '../internal/bitset.js'
import { isWarm, perModel } from '../internal/warm.js'
import { type Model, NO_CHOICE, NO_VARIANT } from '../normalize/model.js'

export interface Variants {
  readonly count: number
  /** Position of the first variant with exactly these choices (every option chosen), or NO_VARIANT. */
  find(target: Int32Array): number
  /** Position of the first variant with this id, or NO_VARIANT. */
  findById(id: string): number
  /** Writes variant `v`'s choice positions into `out`; false when it is no variant the product knows. */
  tupleOf(v: number, out: Int32Array): boolean
  id(v: number): string | undefined
  visible(v: number): boolean
  inStock(v: number): boolean
  preorder(v: number): boolean
}

/** How a public function reads variants. */
export interface Reading {
  /** The call makes many lookups of one product (the picker, the view): it indexes even a fresh model. */
  readonly dense: boolean
  /** The model's variants, or undefined when the product came without them. */
  variants(model: Model): Variants | undefined
}

/** How the price preview reads variants: a {@link Reading} that also finds a partial selection's variants. */
export interface PriceReading extends Reading {
  /**
   * The variants with `target`'s choices (a negative entry: any choice), ascending; when `enforce`,
   * only the available ones (visible, in stock or pre-order) while any is left.
   */
  matching(model: Model, target: Int32Array, enforce: boolean): number[]
}

/** Every lookup answers from the model's snapshot and bitsets (made on first use). */
export const indexedReading: PriceReading = {
  dense: true,
  variants: (model) => (model.variants === undefined ? undefined : indexedVariants(model)),
  matching(model, target, enforce) {
    const index = stateIndexOf(model)
    const all = matchingSet(index, target, NO_SKIP, index.scratch)
    const available = enforce ? positionsOf(all, index.inStock, index.preorder) : []
    return available.length > 0 ? available : positionsOf(all)
  },
}

/** A fresh model's few lookups scan its raw variants; a warm model answers from its index (internal/warm.ts). */
export const liveReading: Reading = { dense: false, variants: liveOrIndexed }

function liveOrIndexed(model: Model): Variants | undefined {
  if (model.variants === undefined) return undefined
  return isWarm(model) ? indexedVariants(model) : liveVariants(model, model.variants)
}

/** {@link liveReading} for the price preview: a fresh model's candidates are scanned for. */
export const livePriceReading: PriceReading = {
  dense: false,
  variants: liveOrIndexed,
  matching(model, target, enforce) {
    if (isWarm(model)) return indexedReading.matching(model, target, enforce)
    const raws = model.variants ?? []
    const { reader } = model
    const scratch = new Int32Array(model.options.length)
    const all: number[] = []
    const available: number[] = []
    for (let v = 0; v < raws.length; v++) {
      if (!reader.tuple(raws[v], scratch, target)) continue
      all.push(v)
      if (enforce && reader.visible(raws[v]) && (reader.inStock(raws[v]) || reader.preorder(raws[v]))) available.push(v)
    }
    return available.length > 0 ? available : all
  },
}

function liveVariants(model: Model, raws: readonly unknown[]): Variants {
  const { reader } = model
  const scratch = new Int32Array(model.options.length)
  /** The first matching position from `from` on, or NO_VARIANT. */
  return {
    count: raws.length,
    find(target) {
      for (let v = 0; v < raws.length; v++) if (reader.tuple(raws[v], scratch, target)) return v
      return NO_VARIANT
    },
    findById(id) {
      for (let v = 0; v < raws.length; v++) if (reader.id(raws[v]) === id) return v
      return NO_VARIANT
    },
    tupleOf: (v, out) => reader.tuple(raws[v], out),
    id: (v) => reader.id(raws[v]),
    visible: (v) => reader.visible(raws[v]),
    inStock: (v) => reader.inStock(raws[v]),
    preorder: (v) => reader.preorder(raws[v]),
  }
}

/** Flags of a snapshot variant. */
const VALID = 1
const VISIBLE = 2
const IN_STOCK = 4
const PREORDER = 8

interface Snapshot extends Variants {
  /** Choice positions, `options.length` per variant. */
  readonly tuples: Int32Array
  readonly flags: Uint8Array
}

const indexedVariants = /* @__PURE__ */ perModel((model: Model): Snapshot => {
  const raws = model.variants ?? []
  const width = model.options.length
  const tuples = new Int32Array(raws.length * width).fill(NO_CHOICE)
  const flags = new Uint8Array(raws.length)
  const ids: (string | undefined)[] = new Array(raws.length)
  const scratch = new Int32Array(width)
  const { reader } = model
  for (let v = 0; v < raws.length; v++) {
    const raw = raws[v]
    ids[v] = reader.id(raw)
    if (!reader.tuple(raw, scratch)) continue
    tuples.set(scratch, v * width)
    flags[v] =
      VALID |
      (reader.visible(raw) ? VISIBLE : 0) |
      (reader.inStock(raw) ? IN_STOCK : 0) |
      (reader.preorder(raw) ? PREORDER : 0)
  }
  // The maps by choices and by id are made on their first use (the picker needs neither).
  let byKey: Map<string, number> | undefined
  let byId: Map<string, number> | undefined
  const keyOf = (v: number): string => tuples.subarray(v * width, v * width + width).join()
  return {
    count: raws.length,
    tuples,
    flags,
    find(target) {
      if (byKey === undefined) {
        byKey = new Map()
        for (let v = 0; v < raws.length; v++)
          if ((flags[v]! & VALID) !== 0 && !byKey.has(keyOf(v))) byKey.set(keyOf(v), v)
      }
      return byKey.get(target.join()) ?? NO_VARIANT
    },
    findById(id) {
      if (byId === undefined) {
        byId = new Map()
        for (let v = 0; v < raws.length; v++) if (ids[v] !== undefined && !byId.has(ids[v]!)) byId.set(ids[v]!, v)
      }
      return byId.get(id) ?? NO_VARIANT
    },
    tupleOf(v, out) {
      if ((flags[v]! & VALID) === 0) return false
      out.set(tuples.subarray(v * width, v * width + width))
      return true
    },
    id: (v) => ids[v],
    // Flags of a variant that is no valid variant are read live (it is never indexed or matched).
    visible: (v) => ((flags[v]! & VALID) === 0 ? reader.visible(raws[v]) : (flags[v]! & VISIBLE) !== 0),
    inStock: (v) => ((flags[v]! & VALID) === 0 ? reader.inStock(raws[v]) : (flags[v]! & IN_STOCK) !== 0),
    preorder: (v) => ((flags[v]! & VALID) === 0 ? reader.preorder(raws[v]) : (flags[v]! & PREORDER) !== 0),
  }
})

/** Per-choice bitsets over a model's variants (an indexed snapshot): the picker's and the price tables' index. */
export interface StateIndex {
  /** `bits[k][c]`: the variants with choice c of option k. */
  readonly bits: Bitset[][]
  /** `choices[k][v]`: the choice of option k that variant v has (NO_CHOICE: none, or no valid variant). */
  readonly choices: Int32Array[]
  /** Every variant whose choices the product knows. */
  readonly all: Bitset
  /** Visible and in stock. */
  readonly inStock: Bitset
  /** Visible, out of stock, pre-order enabled. */
  readonly preorder: Bitset
  /** A set of the index's size to write into and read at once (its content never outlives a call). */
  readonly scratch: Bitset
}

/** The model's per-choice bitsets, built from its snapshot on first use. */
export const stateIndexOf: (model: Model) => StateIndex = /* @__PURE__ */ perModel((model: Model): StateIndex => {
  const snapshot = indexedVariants(model)
  const { count, tuples, flags } = snapshot
  const width = model.options.length
  const index: StateIndex = {
    bits: model.options.map((option) => option.choices.map(() => emptyBitset(count))),
    choices: model.options.map(() => new Int32Array(count).fill(NO_CHOICE)),
    all: emptyBitset(count),
    inStock: emptyBitset(count),
    preorder: emptyBitset(count),
    scratch: emptyBitset(count),
  }
  for (let v = 0; v < count; v++) {
    const flag = flags[v]!
    if ((flag & VALID) === 0) continue
    addBit(index.all, v)
    for (let k = 0; k < width; k++) {
      const c = tuples[v * width + k]!
      index.choices[k]![v] = c
      if (c >= 0) addBit(index.bits[k]![c]!, v)
    }
    if ((flag & VISIBLE) === 0) continue
    if ((flag & IN_STOCK) !== 0) addBit(index.inStock, v)
    else if ((flag & PREORDER) !== 0) addBit(index.preorder, v)
  }
  return index
})

/** Skip no option in {@link matchingSet}. */
export const NO_SKIP = -1

/**
 * The variants with the `chosen` choices of every option but `skip` (a negative choice: any), written
 * into `into` (a set of the index's size; a new one when not given).
 */
export function matchingSet(
  index: StateIndex,
  chosen: ArrayLike<number>,
  skip: number,
  into: Bitset = emptyBitset(index.all.length * 32),
): Bitset {
  into.set(index.all)
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k]!
    if (k !== skip && c >= 0) intersectInto(into, index.bits[k]![c]!)
  }
  return into
}
