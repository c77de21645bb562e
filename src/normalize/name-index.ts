import { NAME_MAX } from '../constants.js'
import { fold } from '../internal/util.js'
import type { Named } from './model.js'

export type Lookup<T> = { readonly found: T } | { readonly ambiguous: readonly T[] } | undefined

/** Whether an item has `name` in a tier: id, key, name, aliases, then the forgiving (folded) forms. */
const TIERS: readonly ((item: Named, name: string) => boolean)[] = [
  (item, name) => item.id === name,
  (item, name) => item.key === name,
  (item, name) => item.name === name,
  (item, name) => item.aliases.includes(name),
  (item, name) => [item.key, item.name, ...item.aliases].some((form) => form !== undefined && fold(form) === name),
]
const FORGIVING_TIER = 4

/**
 * Resolves what the buyer named: exact id → exact key → exact name → exact alias, then one forgiving
 * pass (trimmed, NFC, case-insensitive) over keys, names and aliases. More than one candidate in the
 * deciding tier is ambiguous; nothing else is guessed. The index scans its items, tier by tier,
 * without allocating: option, choice, modifier and plan lists are short, and a scan costs no map to
 * build on a product seen once.
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
      const has = TIERS[tier]!
      let found: T | undefined
      let ambiguous: T[] | undefined
      for (const item of this.named) {
        if (!has(item, name)) continue
        if (found === undefined) found = item
        else {
          ambiguous ??= [found]
          ambiguous.push(item)
        }
      }
      if (ambiguous) return { ambiguous }
      if (found) return { found }
    }
    return undefined
  }
}
