import type { BuildIssue } from '../issues.js'
import type { CatalogVersion } from '../reference.js'
import { NAME_MAX } from '../constants.js'
import { fold } from '../internal/util.js'

/** Something the buyer can address by id, key or name (and aliases: V1 color hex values, V3 free-text keys). */
export interface Named {
  readonly id: string | undefined
  readonly key: string | undefined
  readonly name: string
  readonly aliases: readonly string[]
}

export interface NChoice extends Named {
  /** The raw choice, for live flags. */
  readonly raw: unknown
  /** Whether the choice is shown to buyers (`visible !== false`). */
  readonly visible: boolean
  /** The choice's own stock flag (`inStock !== false`), used for V1 unmanaged products. */
  readonly inStock: boolean
}

export interface NOption extends Named {
  readonly choices: readonly NChoice[]
  readonly lookup: NameIndex<NChoice>
  /**
   * Position of the first choice with this choiceId (V3) or description (V1): a scan for short lists,
   * otherwise a map built on first use. With `upTo`, only positions up to it are looked at (a scan,
   * no map): enough to confirm that a variant has the choice at `upTo`.
   */
  readonly choiceIndex: (key: string, upTo?: number) => number | undefined
  /** V1 Velo `productOptions` map: the option's key there, when it is not its name (`Option2`). */
  readonly mapKey?: string
  /** The raw option, read for presentation only (normalize/presentation). */
  readonly raw: unknown
}

export interface NModifier extends Named {
  readonly kind: 'choices' | 'text'
  readonly mandatory: boolean
  readonly choices: readonly NChoice[]
  readonly lookup: NameIndex<NChoice> | undefined
  /** The key written into the reference (`options` or `customTextFields`). */
  readonly outKey: string
  readonly minLength: number
  readonly maxLength: number
  /** The raw modifier (V3) or custom text field (V1), read for prices only (normalize/prices). */
  readonly raw: unknown
}

export interface NSubscription extends Named {
  readonly visible: boolean
  /** The raw subscription, read for prices only (normalize/prices). */
  readonly raw: unknown
}

/** The variant reader of one catalog version: raw variant → choice tuple and flags. */
export interface VariantReader {
  /**
   * Writes the variant's choice index per option into `out` (-1: none). False when the variant cannot
   * match any selection, or, given a `target`, as soon as it differs from it (-1 in `target`: any choice).
   */
  tuple(raw: unknown, out: Int32Array, target?: Int32Array): boolean
  /**
   * The scan of a never-indexed product: position of the first variant from `from` on with the
   * `target` choices (-1 in `target`: any choice), or -1. A cheap pre-filter with plain reads (the
   * wanted V3 choiceIds / V1 descriptions in `ids`, one per option, undefined: any) skips most
   * variants; each candidate is confirmed by `tuple`.
   */
  scan(variants: readonly unknown[], ids: readonly (string | undefined)[], target: Int32Array, from: number): number
  id(raw: unknown): string | undefined
  visible(raw: unknown): boolean
  inStock(raw: unknown): boolean
  preorder(raw: unknown): boolean
}

/** One product, in the one internal model the engine works on. Only normalize/ knows raw Wix shapes. */
export interface Model {
  readonly version: CatalogVersion
  readonly productId: string | undefined
  readonly visible: boolean
  /** V3: always; V1: `manageVariants: true`. The reference then carries a `variantId`. */
  readonly managed: boolean
  readonly options: readonly NOption[]
  readonly optionLookup: NameIndex<NOption>
  readonly modifiers: readonly NModifier[]
  readonly modifierLookup: NameIndex<NModifier>
  /** V3 only; empty when the product offers none. */
  readonly subscriptions: readonly NSubscription[]
  readonly subscriptionLookup: NameIndex<NSubscription>
  readonly allowOneTimePurchases: boolean
  /** undefined: the product came without variants. */
  readonly variants: readonly unknown[] | undefined
  readonly reader: VariantReader
  /** V1 unmanaged products: the product's own stock. */
  readonly productInStock: boolean
  /** What is wrong with the product itself (`invalid_product`, `missing_variants`, …). */
  readonly issues: readonly BuildIssue[]
  /** Variant lookups so far (engine/variant-index builds its index on the second). */
  lookups: number
  /** The raw product, read lazily for prices only (normalize/prices). */
  readonly raw: object
}

/** The shared empty alias list. */
export const NO_ALIASES: readonly string[] = Object.freeze([])

export type Lookup<T> = { readonly found: T } | { readonly ambiguous: readonly T[] } | undefined

function add<T>(map: Map<string, T[]>, key: string | undefined, item: T): void {
  if (key === undefined) return
  const list = map.get(key)
  if (list === undefined) map.set(key, [item])
  else if (!list.includes(item)) list.push(item)
}

function pick<T>(items: readonly T[] | undefined): Lookup<T> {
  if (items === undefined || items.length === 0) return undefined
  return items.length === 1 ? { found: items[0] as T } : { ambiguous: items }
}

/** The names of an item per tier: id, key, name, aliases, then the forgiving (folded) forms. */
const TIERS: ((item: Named) => readonly (string | undefined)[])[] = [
  (i) => [i.id],
  (i) => [i.key],
  (i) => [i.name],
  (i) => i.aliases,
  (i) => [i.key, i.name, ...i.aliases].map((name) => (name === undefined ? name : fold(name))),
]

/** Whether `item` has the name `input` in `tier` (the scan twin of TIERS, without allocating). */
function has(item: Named, tier: number, input: string): boolean {
  return tier === 0
    ? item.id === input
    : tier === 1
      ? item.key === input
      : tier === 2
        ? item.name === input
        : (TIERS[tier] as (item: Named) => readonly (string | undefined)[])(item).includes(input)
}

/**
 * Resolves what the buyer named: exact id → exact key → exact name → exact alias, then one forgiving
 * pass (trimmed, NFC, case-insensitive) over keys, names and aliases. More than one candidate in the
 * deciding tier is ambiguous; nothing else is guessed. The first lookups scan the items; once the
 * scans have cost about what the maps cost to build (a cached product seen again), lookups go
 * through maps.
 */
export class NameIndex<T extends Named> {
  private tierMaps: Map<string, T[]>[] | undefined
  /** Items scanned so far; the maps are built once scanning has cost about as much as building them. */
  private scanned = 0

  constructor(readonly named: readonly T[]) {}

  resolve(input: string): Lookup<T> {
    if (this.tierMaps === undefined) this.scanned += this.named.length
    if (this.tierMaps === undefined && this.scanned > 4 * this.named.length + 32) {
      this.tierMaps = TIERS.map((names) => {
        const map = new Map<string, T[]>()
        for (const item of this.named) for (const name of names(item)) add(map, name, item)
        return map
      })
    }
    for (let tier = 0; tier < TIERS.length; tier++) {
      if (tier === 4) {
        if (input.length > NAME_MAX) return undefined
        input = fold(input)
      }
      const hit = pick(
        this.tierMaps ? this.tierMaps[tier]?.get(input) : this.named.filter((item) => has(item, tier, input)),
      )
      if (hit) return hit
    }
    return undefined
  }
}
