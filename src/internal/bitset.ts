/*
 * Sets of variant positions as bits in 32-bit words: position v is bit (v & 31) of word (v >>> 5).
 * At Wix's limit of 1,000 variants a set is 32 words, so "which variants have this choice and are in
 * stock" is a handful of ANDs.
 */

/** A set of positions 0 … size − 1. */
export type Bitset = Int32Array

/** An empty set for positions below `size`. */
export function emptyBitset(size: number): Bitset {
  return new Int32Array(Math.ceil(size / 32))
}

export function addBit(set: Bitset, position: number): void {
  set[position >>> 5]! |= 1 << (position & 31)
}

/** `target` becomes `target ∩ other` (same size). */
export function intersectInto(target: Bitset, other: Bitset): void {
  for (let word = 0; word < target.length; word++) target[word]! &= other[word]!
}

/** Whether `a ∩ b ∩ c` has a position. */
export function intersects(a: Bitset, b: Bitset, c: Bitset): boolean {
  for (let word = 0; word < a.length; word++) if ((a[word]! & b[word]! & c[word]!) !== 0) return true
  return false
}

/**
 * The positions of the set, ascending; with `b` and `c`, the positions of `set ∩ (b ∪ c)` (no set
 * is made for the intersection).
 */
export function positionsOf(set: Bitset, b?: Bitset, c?: Bitset): number[] {
  const out: number[] = []
  for (let word = 0; word < set.length; word++) {
    let bits = b && c ? set[word]! & (b[word]! | c[word]!) : set[word]!
    while (bits !== 0) {
      const lowest = bits & -bits
      out.push(word * 32 + 31 - Math.clz32(lowest))
      bits ^= lowest
    }
  }
  return out
}
