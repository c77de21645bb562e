import type { BuildIssue, IssuePath } from '../issues.js'
import { isObject, own } from '../internal/util.js'
import { typeName } from '../internal/text.js'
import {
  NameIndex,
  NO_ALIASES,
  type Model,
  type NChoice,
  type NModifier,
  type NOption,
  type NSubscription,
  type VariantReader,
} from './model.js'
import type { CatalogVersion } from '../reference.js'

/** Collects product issues while a product is normalized. */
export class ProductIssues {
  readonly list: BuildIssue[] = []

  add(path: IssuePath, message: string, code: BuildIssue['code'] = 'invalid_product'): void {
    this.list.push({ code, path: ['product', ...path], message })
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

export function choiceIndexOf(
  choices: readonly NChoice[],
  keyOf: (c: NChoice) => string | undefined,
): Map<string, number> {
  const map = new Map<string, number>()
  choices.forEach((choice, index) => {
    const key = keyOf(choice)
    if (key !== undefined && !map.has(key)) map.set(key, index)
  })
  return map
}

/** Lists up to this long are searched by a scan rather than a map. */
const SCAN_MAX = 12

/** An option (built field by field: object spread is slow on this hot path). */
export function makeOption(
  id: string,
  key: string | undefined,
  name: string,
  choices: readonly NChoice[],
  keyOf: (c: NChoice) => string | undefined,
  raw: unknown = undefined,
): NOption {
  let index: Map<string, number> | undefined
  // Short lists are scanned: keys read from JSON are fresh strings, and a Map lookup hashes each one
  // (this is the inner loop of indexing 1000 variants). Long lists go through a map built on first use.
  const scanned = choices.length <= SCAN_MAX
  const choiceIndex = (key: string, upTo?: number): number | undefined => {
    if (scanned || (index === undefined && upTo !== undefined)) {
      const end = Math.min(upTo ?? choices.length, choices.length - 1)
      for (let c = 0; c <= end; c++) if (keyOf(choices[c] as NChoice) === key) return c
      return undefined
    }
    index ??= choiceIndexOf(choices, keyOf)
    return index.get(key)
  }
  return { id, key, name, aliases: NO_ALIASES, choices, lookup: new NameIndex(choices), choiceIndex, raw }
}

export interface ModelParts {
  version: CatalogVersion
  productId: string | undefined
  visible: boolean
  managed: boolean
  options: NOption[]
  modifiers: NModifier[]
  subscriptions: NSubscription[]
  allowOneTimePurchases: boolean
  variants: readonly unknown[] | undefined
  reader: VariantReader
  productInStock: boolean
  issues: BuildIssue[]
  raw: object
}

export function makeModel(parts: ModelParts): Model {
  // Adds the lookups to the parts object itself (ours, fresh): object spread is slow here.
  return Object.assign(parts, {
    optionLookup: new NameIndex(parts.options),
    modifierLookup: new NameIndex(parts.modifiers),
    subscriptionLookup: new NameIndex(parts.subscriptions),
    lookups: 0,
  })
}
