/*
 * Catalog V1 (`products.Product` in SDK or REST shape, or a Velo product): options with choices
 * named by description (color choices also by their hex `value`), custom text fields, and variants
 * whose `choices` map option name → choice description.
 */
import { MODIFIERS_MAX, OPTIONS_MAX, TEXT_MAX, CHOICES_MAX, VARIANTS_MAX } from '../constants.js'
import { idOf, isObject, nonEmpty, own, read } from '../internal/read.js'
import { typeName } from '../internal/text.js'
import { type Dialect, makeChoice, makeOption, type ProductIssues } from './common.js'
import {
  type ModelChoice,
  type ModelModifier,
  type ModelOption,
  NO_ALIASES,
  NO_CHOICE,
  type VariantReader,
} from './model.js'

/** A stock object says out of stock: `inStock: false`, or a tracked quantity of 0 or less. */
function outOfStock(stock: unknown, trackedKey: string, quantityKey: string): boolean {
  const quantity = own(stock, quantityKey)
  return (
    own(stock, 'inStock') === false ||
    (own(stock, trackedKey) === true && typeof quantity === 'number' && quantity <= 0)
  )
}

/** `productOptions` as an array (SDK, REST) or as an object keyed by option name (Velo): [option, path key, map key]. */
function optionEntries(product: object, issues: ProductIssues): [unknown, string | number, string | undefined][] {
  const value = own(product, 'productOptions')
  if (isObject(value)) {
    const keys = Object.keys(value)
    if (keys.length > OPTIONS_MAX) {
      issues.add(
        ['productOptions'],
        `"productOptions" has ${keys.length} entries; at most ${OPTIONS_MAX} are accepted.`,
      )
      return []
    }
    const out: [unknown, string, string][] = []
    for (const key of keys) {
      const option = value[key]
      if (isObject(option)) out.push([option, key, key])
      else issues.add(['productOptions', key], `Option "${key}" must be an object, not ${typeName(option)}.`)
    }
    return out
  }
  return issues.items(product, 'productOptions', [], OPTIONS_MAX).map(([option, index]) => [option, index, undefined])
}

function choicesOf(option: unknown, at: string | number, issues: ProductIssues): ModelChoice[] {
  const choices: ModelChoice[] = []
  for (const [raw, i] of issues.items(option, 'choices', ['productOptions', at], CHOICES_MAX)) {
    const value = nonEmpty(own(raw, 'value'))
    const description = nonEmpty(own(raw, 'description')) ?? value
    if (description === undefined) {
      issues.add(['productOptions', at, 'choices', i], `Choice ${i} has no description or value.`)
      continue
    }
    choices.push(
      makeChoice(
        description,
        undefined,
        description,
        value !== undefined && value !== description ? [value] : NO_ALIASES,
        raw,
      ),
    )
  }
  return choices
}

function options(product: object, issues: ProductIssues): ModelOption[] {
  const out: ModelOption[] = []
  for (const [raw, at, mapKey] of optionEntries(product, issues)) {
    const name = nonEmpty(own(raw, 'name')) ?? mapKey
    const choices = choicesOf(raw, at, issues)
    if (name === undefined) {
      issues.add(['productOptions', at], `Option ${at} has no name.`)
      continue
    }
    // The name as an internalized property key: variants are read by it, and a name read from JSON
    // is a fresh string that every keyed read would hash again.
    const key = Object.keys({ [name]: 0 })[0]!
    const option = makeOption(key, undefined, key, choices, (choice) => choice.name, raw)
    out.push(mapKey !== undefined && mapKey !== key ? { ...option, mapKey } : option)
  }
  return out
}

function modifiers(product: object, issues: ProductIssues): ModelModifier[] {
  const out: ModelModifier[] = []
  for (const [raw, i] of issues.items(product, 'customTextFields', [], MODIFIERS_MAX)) {
    const title = nonEmpty(own(raw, 'title'))
    if (title === undefined) {
      issues.add(['customTextFields', i], `Custom text field ${i} has no title.`)
      continue
    }
    const max = own(raw, 'maxLength')
    out.push({
      kind: 'text',
      id: title,
      key: undefined,
      name: title,
      aliases: NO_ALIASES,
      mandatory: own(raw, 'mandatory') === true,
      choices: [],
      lookup: undefined,
      outKey: title,
      minLength: 0,
      maxLength: typeof max === 'number' && max > 0 ? Math.min(Math.floor(max), TEXT_MAX) : TEXT_MAX,
      raw,
    })
  }
  return out
}

/**
 * The raw variants. A managed product with none listed came from a query without `includeVariants`
 * (V1 Query Products answers `variants: []` then): its variants are missing, not absent.
 */
function variants(product: object, issues: ProductIssues, managed: boolean): readonly unknown[] | undefined {
  const list = own(product, 'variants')
  if (Array.isArray(list) && (list.length > 0 || !managed)) return issues.array(product, 'variants', [], VARIANTS_MAX)
  if (managed) {
    issues.add(
      ['variants'],
      'No variants: V1 queryProducts leaves them out without includeVariants(). Fetch the product with getProduct, or pass selection.variantId.',
      'missing_variants',
    )
  }
  return undefined
}

function reader(options: readonly ModelOption[]): VariantReader {
  const names = options.map((option) => option.name)
  return {
    tuple(raw, out, target) {
      const choices = own(raw, 'choices')
      // A raw variant that is not an object (null, a number, a hole of a sparse array) is no variant.
      if (!isObject(choices)) return isObject(raw) && options.length === 0
      for (let k = 0; k < options.length; k++) {
        const want = target?.[k] ?? NO_CHOICE
        // A variant that names another choice (by its description, the choice's name) is rejected by
        // one read (a scan rejects most variants here); the own read below confirms the rest.
        if (want >= 0 && choices[names[k]!] !== options[k]!.choices[want]!.name) return false
        const description = own(choices, names[k]!)
        const position =
          description === undefined
            ? NO_CHOICE
            : options[k]!.choiceIndex(description as string, want < 0 ? undefined : want)
        if (position === undefined || (want >= 0 && want !== position)) return false
        out[k] = position
      }
      return true
    },
    id: idOf,
    visible: (raw) => read(raw, 'variant', 'visible') !== false,
    inStock: (raw) => !outOfStock(own(raw, 'stock'), 'trackQuantity', 'quantity'),
    preorder: () => false,
  }
}

export const V1: Dialect = {
  version: 'V1',
  facts: {
    variantsPath: ['product', 'variants'],
    subscriptionsListed: false,
    modifierNoun: 'custom text field',
    referenceOptions: 'options',
  },
  managed: (product) => own(product, 'manageVariants') === true,
  options,
  modifiers,
  subscriptions: () => ({ list: [], allowOneTimePurchases: true }),
  variants,
  reader,
  productInStock: (product) => {
    const stock = own(product, 'stock')
    return (
      own(stock, 'inventoryStatus') !== 'OUT_OF_STOCK' &&
      !outOfStock(stock, 'trackInventory', 'quantity') &&
      !outOfStock(product, 'trackInventory', 'quantityInStock')
    )
  },
}
