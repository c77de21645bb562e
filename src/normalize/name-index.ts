import { NAME_MAX } from '../constants.js'
import { fold } from '../internal/util.js'
import type { Named } from './model.js'

export type Lookup<T> = { readonly found: T } | { readonly ambiguous: readonly T[] } | undefined

/** The names of an item per tier: id, key, name, aliases, then the forgiving (folded) forms. */
const TIERS: readonly ((item: Named) => readonly (string | undefined)[])[] = [
  (item) => [item.id],
  (item) => [item.key],
  (item) => [item.name],
  (item) => item.aliases,
  (item) => [item.key, item.name, ...item.aliases].map((name) => (name === undefined ? name : fold(name))),
]
const FORGIVING_TIER = 4

function answer<T>(items: readonly T[] | undefined): Lookup<T> {
  if (items === undefined || items.length === 0) return undefined
  return items.length === 1 ? { found: items[0]! } : { ambiguous: items }
}

/**
 * Resolves what the buyer named: exact id → exact key → exact name → exact alias, then one forgiving
 * pass (trimmed, NFC, case-insensitive) over keys, names and aliases. More than one candidate in the
 * deciding tier is ambiguous; nothing else is guessed. The index scans its items: option, choice,
 * modifier and plan lists are short, and a scan costs no map to build on a product seen once.
 */
export class NameIndex<T extends Named> {
  constructor(readonly named: readonly T[]) {}

  resolve(input: string): Lookup<T> {
    let name = input
    for (let tier = 0; tier < TIERS.length; tier++) {
      if (tier === FORGIVING_TIER) {
        if (name.length > NAME_MAX) return undefined
        name = fold(name)
      }
      const hit = answer(this.named.filter((item) => TIERS[tier]!(item).includes(name)))
      if (hit) return hit
    }
    return undefined
  }
}
