import { CHOICES_MAX, MODIFIERS_MAX, OPTIONS_MAX, TEXT_MAX, VARIANTS_MAX } from '../constants.js'
import { idOf, isObject, nonEmpty, own } from '../internal/util.js'
import { typeName } from '../internal/text.js'
import { makeModel, makeOption, type ProductIssues } from './common.js'
import { NO_ALIASES, type Model, type NChoice, type NModifier, type NOption, type VariantReader } from './model.js'

function outOfStock(stock: unknown, tracked: string, quantity: string): boolean {
  const q = own(stock, quantity)
  return own(stock, 'inStock') === false || (own(stock, tracked) === true && typeof q === 'number' && q <= 0)
}

/** `productOptions` as an array (SDK, REST) or as an object keyed by option name (Velo). */
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
  const list = issues.array(product, 'productOptions', [], OPTIONS_MAX)
  return issues.objects(list, ['productOptions']).map(([o, i]) => [o, i, undefined])
}

/** Normalizes a Stores Catalog V1 product (`products.Product` in SDK or REST shape, or a Velo product). */
export function normalizeV1(product: object, issues: ProductIssues): Model {
  const managed = own(product, 'manageVariants') === true
  const options: NOption[] = []
  for (const [o, at, mapKey] of optionEntries(product, issues)) {
    const name = nonEmpty(own(o, 'name')) ?? mapKey
    const list = issues.array(o, 'choices', ['productOptions', at], CHOICES_MAX)
    const choices: NChoice[] = []
    for (const [c, i] of issues.objects(list, ['productOptions', at, 'choices'])) {
      const value = nonEmpty(own(c, 'value'))
      const description = nonEmpty(own(c, 'description')) ?? value
      if (description === undefined) {
        issues.add(['productOptions', at, 'choices', i], `Choice ${i} has no description or value.`)
        continue
      }
      const aliases = value !== undefined && value !== description ? [value] : NO_ALIASES
      choices.push({
        id: description,
        key: undefined,
        name: description,
        aliases,
        raw: c,
        visible: own(c, 'visible') !== false,
        inStock: own(c, 'inStock') !== false,
      })
    }
    if (name === undefined) {
      issues.add(['productOptions', at], `Option ${String(at)} has no name.`)
      continue
    }
    // The name as a property key (internalized): variants are read by it, and a name read from JSON
    // is a fresh string that every keyed read would hash and look up again (cold builds 3x slower).
    const key = Object.keys({ [name]: 0 })[0] as string
    const option = makeOption(key, undefined, key, choices, (c) => c.name, o)
    options.push(mapKey !== undefined && mapKey !== key ? { ...option, mapKey } : option)
  }

  const modifiers: NModifier[] = []
  const fields = issues.array(product, 'customTextFields', [], MODIFIERS_MAX)
  for (const [f, i] of issues.objects(fields, ['customTextFields'])) {
    const title = nonEmpty(own(f, 'title'))
    if (title === undefined) {
      issues.add(['customTextFields', i], `Custom text field ${i} has no title.`)
      continue
    }
    const max = own(f, 'maxLength')
    const maxLength = typeof max === 'number' && max > 0 ? Math.min(Math.floor(max), TEXT_MAX) : TEXT_MAX
    modifiers.push({
      kind: 'text',
      id: title,
      key: undefined,
      name: title,
      aliases: NO_ALIASES,
      mandatory: own(f, 'mandatory') === true,
      choices: [],
      lookup: undefined,
      outKey: title,
      minLength: 0,
      maxLength,
      raw: f,
    })
  }

  const rawVariants = own(product, 'variants')
  const variants = Array.isArray(rawVariants) ? issues.array(product, 'variants', [], VARIANTS_MAX) : undefined

  const reader: VariantReader = {
    tuple(raw, out, target) {
      out.fill(-1)
      const choices = own(raw, 'choices')
      // A raw variant that is not an object (null, a number, a hole of a sparse array) is no variant.
      if (!isObject(choices)) return isObject(raw) && options.length === 0
      for (let k = 0; k < options.length; k++) {
        const option = options[k] as NOption
        const description = own(choices, option.name)
        const want = target?.[k] ?? -1
        const ci =
          description === undefined ? -1 : option.choiceIndex(description as string, want < 0 ? undefined : want)
        if (ci === undefined || (want >= 0 && want !== ci)) return false
        out[k] = ci
      }
      return true
    },
    scan(variants, ids, target, from) {
      const scratch = new Int32Array(target.length)
      const names = options.map((o) => o.name)
      for (let v = from; v < variants.length; v++) {
        const variant = variants[v] as { choices?: Record<string, unknown> } | null
        const choices = variant?.choices
        // Plain reads: each chosen option's description must be the wanted one; tuple() confirms.
        let k = 0
        if (isObject(choices))
          for (; k < names.length; k++) if (ids[k] !== undefined && choices[names[k] as string] !== ids[k]) break
        if ((!isObject(choices) || k === names.length) && this.tuple(variant, scratch, target)) return v
      }
      return -1
    },
    id: idOf,
    visible: (raw) => own(own(raw, 'variant'), 'visible') !== false,
    inStock: (raw) => !outOfStock(own(raw, 'stock'), 'trackQuantity', 'quantity'),
    preorder: () => false,
  }

  const stock = own(product, 'stock')
  return makeModel({
    version: 'V1',
    productId: idOf(product),
    visible: own(product, 'visible') !== false,
    managed,
    options,
    modifiers,
    subscriptions: [],
    allowOneTimePurchases: true,
    variants,
    reader,
    productInStock:
      own(stock, 'inventoryStatus') !== 'OUT_OF_STOCK' &&
      !outOfStock(stock, 'trackInventory', 'quantity') &&
      !outOfStock(product, 'trackInventory', 'quantityInStock'),
    issues: issues.list,
    raw: product,
  })
}
