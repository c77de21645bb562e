/*
 * The skeleton both catalog versions are normalized on: the product id, options, modifiers,
 * subscriptions and variants are read by a version's `Dialect` (normalize/v1.ts, v3.ts) and put
 * together here, into one Model.
 */
import { CATALOG_ITEM_ID_MAX } from '../constants.js'
import { pushIssue } from '../internal/issues.js'
import { idOf, isObject, nonEmpty, own } from '../internal/read.js'
import { typeName } from '../internal/text.js'
import type { BuildIssue, IssuePath } from '../issues.js'
import type { CatalogVersion } from '../reference.js'
import {
  type CatalogFacts,
  type Model,
  type ModelChoice,
  type ModelModifier,
  type ModelOption,
  type ModelSubscription,
  NO_ALIASES,
  type VariantReader,
} from './model.js'
import { NameIndex } from './name-index.js'

/** Collects product issues while a product is normalized; every path starts with `'product'`. */
export class ProductIssues {
  readonly list: BuildIssue[] = []

  add(path: IssuePath, message: string, code: BuildIssue['code'] = 'invalid_product'): void {
    pushIssue(this.list, { code, path: ['product', ...path], message })
  }

  /**
   * Reads an optional array field: absent or null is `[]`; anything else that is not an array, or an
   * array over `max`, is an issue (and `[]`, so that nothing huge is ever walked).
   */
  array(parent: unknown, key: string, path: IssuePath, max: number): readonly unknown[] {
    const value = own(parent, key)
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) {
      this.add([...path, key], `"${key}" must be an array, not ${typeName(value)}.`)
      return []
    }
    if (value.length > max) {
      this.add([...path, key], `"${key}" has ${value.length} entries; at most ${max} are accepted.`)
      return []
    }
    return value
  }

  /** The objects of an optional array field ({@link array}), each with its index ({@link objects}). */
  items(parent: unknown, key: string, path: IssuePath, max: number): [unknown, number][] {
    return this.objects(this.array(parent, key, path, max), [...path, key])
  }

  /** Each element that is an object, with its index; an issue for every one that is not. */
  objects(items: readonly unknown[], path: IssuePath): [unknown, number][] {
    const out: [unknown, number][] = []
    items.forEach((item, index) => {
      if (isObject(item)) out.push([item, index])
      else this.add([...path, index], `Entry ${index} must be an object, not ${typeName(item)}.`)
    })
    return out
  }
}

/** A choice: shown to buyers and in stock unless its raw `visible` / `inStock` is `false` (both catalogs). */
export function makeChoice(
  id: string | undefined,
  key: string | undefined,
  name: string,
  aliases: readonly string[],
  raw: unknown,
): ModelChoice {
  return { id, key, name, aliases, raw, visible: own(raw, 'visible') !== false, inStock: own(raw, 'inStock') !== false }
}

/**
 * Choice lists up to this long are searched by a scan, longer ones by a map: variants name choices by
 * strings freshly parsed from JSON, and comparing one with a few keys costs less than hashing it (a
 * never-seen 6-option product's view spent a fifth of its time hashing choice ids without the scan).
 */
const CHOICE_SCAN_MAX = 12

/** An option, with its choice lookups. */
export function makeOption(
  id: string,
  key: string | undefined,
  name: string,
  choices: readonly ModelChoice[],
  keyOf: (choice: ModelChoice) => string | undefined,
  raw: unknown = undefined,
): ModelOption {
  let positions: Map<string, number> | undefined
  const keys = choices.map(keyOf)
  const choiceIndex = (wanted: string, upTo?: number): number | undefined => {
    // Looking for one choice (`upTo`): a variant that names another key cannot have it, which one
    // compare tells (a scan of every raw variant rejects most of them here).
    if (upTo !== undefined) return keys[upTo] === wanted ? keys.indexOf(wanted) : undefined
    if (keys.length <= CHOICE_SCAN_MAX) {
      const c = keys.indexOf(wanted)
      return c < 0 ? undefined : c
    }
    positions ??= firstPositions(keys)
    return positions.get(wanted)
  }
  return { id, key, name, aliases: NO_ALIASES, choices, lookup: new NameIndex(choices), choiceIndex, raw }
}

/** The position of each key's first choice. */
function firstPositions(keys: readonly (string | undefined)[]): Map<string, number> {
  const map = new Map<string, number>()
  keys.forEach((key, index) => {
    if (key !== undefined && !map.has(key)) map.set(key, index)
  })
  return map
}

/** What a catalog version reads from a raw product. */
export interface Dialect {
  readonly version: CatalogVersion
  readonly facts: CatalogFacts
  managed(product: object): boolean
  options(product: object, issues: ProductIssues): ModelOption[]
  modifiers(product: object, issues: ProductIssues): ModelModifier[]
  subscriptions(product: object, issues: ProductIssues): { list: ModelSubscription[]; allowOneTimePurchases: boolean }
  /** The raw variants, or undefined (with a `missing_variants` issue) when a managed product came without them. */
  variants(product: object, issues: ProductIssues, managed: boolean): readonly unknown[] | undefined
  reader(options: readonly ModelOption[]): VariantReader
  productInStock(product: object): boolean
}

/** The product id (`_id` or `id`); an issue when it is missing or too long for a catalogItemId. */
function productIdOf(product: object, issues: ProductIssues): string | undefined {
  const id = nonEmpty(own(product, '_id') ?? own(product, 'id'))
  if (id === undefined || id.length > CATALOG_ITEM_ID_MAX) {
    issues.add(
      [own(product, '_id') !== undefined ? '_id' : 'id'],
      id === undefined
        ? 'The product has no id: "_id" (SDK, Velo) or "id" (REST).'
        : `The product id is ${id.length} characters long; a catalogItemId has 1 to ${CATALOG_ITEM_ID_MAX}.`,
    )
  }
  return idOf(product)
}

/** Normalizes `product` with a version's dialect into the one model. */
export function buildModel(product: object, dialect: Dialect): Model {
  const issues = new ProductIssues()
  const productId = productIdOf(product, issues)
  const managed = dialect.managed(product)
  const options = dialect.options(product, issues)
  const modifiers = dialect.modifiers(product, issues)
  const subscriptions = dialect.subscriptions(product, issues)
  const variants = dialect.variants(product, issues, managed)
  return {
    version: dialect.version,
    facts: dialect.facts,
    productId,
    visible: own(product, 'visible') !== false,
    managed,
    options,
    optionLookup: new NameIndex(options),
    modifiers,
    modifierLookup: new NameIndex(modifiers),
    subscriptions: subscriptions.list,
    subscriptionLookup: new NameIndex(subscriptions.list),
    allowOneTimePurchases: subscriptions.allowOneTimePurchases,
    variants,
    reader: dialect.reader(options),
    productInStock: dialect.productInStock(product),
    issues: issues.list,
    raw: product,
  }
}
