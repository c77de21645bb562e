/*
 * The one internal model of a product (docs/decisions.md, "One model, two catalogs"). normalize/
 * turns a V1 or V3 product into it; the engine works on it alone and never sees a raw Wix object.
 * What differs between the catalogs and matters to the engine is stated on the model as facts.
 */
import type { IssuePath } from '../issues.js'
import type { BuildIssue } from '../issues.js'
import type { CatalogVersion } from '../reference.js'
import type { NameIndex } from './name-index.js'

/** Something the buyer can address by id, key or name (and aliases: V1 color hex values, V3 free-text keys). */
export interface Named {
  readonly id: string | undefined
  readonly key: string | undefined
  readonly name: string
  readonly aliases: readonly string[]
}

/** A choice of an option or of a choice modifier. */
export interface ModelChoice extends Named {
  /** The raw choice, read for presentation and prices only. */
  readonly raw: unknown
  /** Shown to buyers (`visible !== false`). */
  readonly visible: boolean
  /** The choice's own stock flag (`inStock !== false`): the stock of a V1 product without variants. */
  readonly inStock: boolean
}

export interface ModelOption extends Named {
  readonly choices: readonly ModelChoice[]
  readonly lookup: NameIndex<ModelChoice>
  /**
   * Position of the first choice with this choiceId (V3) or description (V1). With `upTo` (the choice
   * looked for): that position when the key is its key, else undefined when it is not (the caller
   * only asks whether the variant has that choice).
   */
  readonly choiceIndex: (key: string, upTo?: number) => number | undefined
  /** V1 Velo `productOptions` map: the option's key there, when it is not its name (`Option2`). */
  readonly mapKey?: string
  /** The raw option, read for presentation only. */
  readonly raw: unknown
}

export interface ModelModifier extends Named {
  readonly kind: 'choices' | 'text'
  readonly mandatory: boolean
  readonly choices: readonly ModelChoice[]
  readonly lookup: NameIndex<ModelChoice> | undefined
  /** The key written into the reference (`options` or `customTextFields`). */
  readonly outKey: string
  readonly minLength: number
  readonly maxLength: number
  /** The raw modifier (V3) or custom text field (V1), read for prices and presentation only. */
  readonly raw: unknown
}

export interface ModelSubscription extends Named {
  readonly visible: boolean
  /** The raw subscription, read for prices and presentation only. */
  readonly raw: unknown
}

/** Reads the raw variants of one catalog version: choices as a tuple of choice positions, and flags. */
export interface VariantReader {
  /**
   * Writes the variant's choice position per option into `out` (NO_CHOICE: none). False when the
   * variant cannot match any selection, or, given a `target`, as soon as it differs from it
   * (NO_CHOICE in `target`: any choice).
   */
  tuple(raw: unknown, out: Int32Array, target?: Int32Array): boolean
  id(raw: unknown): string | undefined
  visible(raw: unknown): boolean
  inStock(raw: unknown): boolean
  preorder(raw: unknown): boolean
}

/** What the engine needs to know of a catalog version, so that it never asks which one it is. */
export interface CatalogFacts {
  /** Where the variants are in the raw product, for issue paths. */
  readonly variantsPath: IssuePath
  /** V3 lists the subscriptions in the product; V1 keeps them outside, and a given id passes through. */
  readonly subscriptionsListed: boolean
  /** What the buyer's texts and choices beside the options are called: modifiers (V3), custom text fields (V1). */
  readonly modifierNoun: 'modifier' | 'custom text field'
  /** What a reference's `options.options` holds: modifier choices (V3) or the product's options (V1 without managed variants). */
  readonly referenceOptions: 'modifiers' | 'options'
}

/** One product, in the one internal model the engine works on. Read-only once built. */
export interface Model {
  readonly version: CatalogVersion
  readonly facts: CatalogFacts
  readonly productId: string | undefined
  readonly visible: boolean
  /** V3: always; V1: `manageVariants: true`. The reference then carries a `variantId`. */
  readonly managed: boolean
  readonly options: readonly ModelOption[]
  readonly optionLookup: NameIndex<ModelOption>
  readonly modifiers: readonly ModelModifier[]
  readonly modifierLookup: NameIndex<ModelModifier>
  /** V3 only; empty when the product offers none. */
  readonly subscriptions: readonly ModelSubscription[]
  readonly subscriptionLookup: NameIndex<ModelSubscription>
  readonly allowOneTimePurchases: boolean
  /** undefined: a product that manages variants came without them (a query result). */
  readonly variants: readonly unknown[] | undefined
  readonly reader: VariantReader
  /** A product without managed variants (V1): the product's own stock. */
  readonly productInStock: boolean
  /** What is wrong with the product itself (`invalid_product`, `missing_variants`, …). */
  readonly issues: readonly BuildIssue[]
  /** The raw product, read lazily for prices and presentation only. */
  readonly raw: object
}

/** No choice at this option (in a choice tuple or a target). */
export const NO_CHOICE = -1
/** The selection names a choice at this option that could not be resolved. */
export const UNRESOLVED_CHOICE = -2
/** No variant found. */
export const NO_VARIANT = -1

/** The shared empty alias list. */
export const NO_ALIASES: readonly string[] = Object.freeze([])
