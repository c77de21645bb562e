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
 * deciding tier is ambiguous; nothing else is guessed. An index of a kept model answers from maps
 * built on its first lookup; a fresh model's index scans (internal/warm.ts), with the same answers.
 */
export class NameIndex<T extends Named> {
  /** A kept model's index: its maps, made on the first lookup (declared only: a fresh model's index never has them). */
  declare private tierMaps: Map<string, T[]>[] | undefined

  constructor(
    readonly named: readonly T[],
    private readonly indexed: boolean,
  ) {}

  resolve(input: string): Lookup<T> {
    if (this.indexed) this.tierMaps ??= tierMapsOf(this.named)
    let name = input
    for (let tier = 0; tier < TIERS.length; tier++) {
      if (tier === FORGIVING_TIER) {
        if (name.length > NAME_MAX) return undefined
        name = fold(name)
      }
      const hit = answer(
        this.tierMaps ? this.tierMaps[tier]!.get(name) : this.named.filter((item) => TIERS[tier]!(item).includes(name)),
      )
      if (hit) return hit
    }
    return undefined
  }
}

/** The maps of a kept model's index, one per tier: name → the items with it, in item order. */
function tierMapsOf<T extends Named>(named: readonly T[]): Map<string, T[]>[] {
  return TIERS.map((names) => {
    const map = new Map<string, T[]>()
    for (const item of named) {
      for (const name of names(item)) {
        if (name === undefined) continue
        const list = map.get(name)
        if (list === undefined) map.set(name, [item])
        else if (!list.includes(item)) list.push(item)
      }
    }
    return map
  })
}
