import type { BuildIssue, IssuePath } from '../issues.js'
import { isBlank, list, q, received } from '../internal/util.js'
import type { Lookup, Model, Named, NameIndex, NChoice, NModifier, NOption } from '../normalize/model.js'
import type { CheckedOptions, CheckedSelection } from './validate.js'
import { findByChoices, findById } from './variant-index.js'

/** What the selection resolves to, ready to emit. */
export interface Resolved {
  readonly model: Model
  /** Chosen choice index per option (-1: none). */
  readonly chosen: Int32Array
  /** The variant id, for products that manage variants. */
  readonly variantId: string | undefined
  readonly preorder: boolean
  /** V3 choice modifiers: out key → value, in product order. */
  readonly modifierOptions: readonly (readonly [string, string])[]
  /** Custom / free text: out key → text, in product order. */
  readonly customText: readonly (readonly [string, string])[]
  readonly subscriptionId: string | undefined
}

const label = (item: Named): string => item.name

/** Human list of the names of `items`. */
function names(items: readonly Named[]): string {
  return list(items.map(label))
}

/** `Size: S, Color: Black` for a choice tuple. */
export function describeChoices(model: Model, tuple: ArrayLike<number>): string {
  const parts: string[] = []
  model.options.forEach((option, k) => {
    const c = tuple[k] as number
    if (c >= 0) parts.push(`${option.name}: ${(option.choices[c] as NChoice).name}`)
  })
  return parts.length > 0 ? parts.join(', ') : '(no options)'
}

/**
 * Resolves one name through an index; pushes `unknown`/`ambiguous_name` issues and returns the item
 * or undefined.
 */
function lookup<T extends Named>(
  index: NameIndex<T>,
  input: string,
  path: IssuePath,
  issues: BuildIssue[],
  unknown: () => Omit<BuildIssue, 'path' | 'received'>,
  what: string,
): T | undefined {
  const hit: Lookup<T> = index.resolve(input)
  if (hit === undefined) {
    const { code, message, ...context } = unknown()
    issues.push({ code, path, message, ...context, received: received(input) })
    return undefined
  }
  if ('ambiguous' in hit) {
    const candidates = hit.ambiguous.map((c) => (c.id !== undefined && c.id !== c.name ? `${c.name} (${c.id})` : c.name))
    issues.push({
      code: 'ambiguous_name',
      path,
      message: `${q(input)} matches more than one ${what}: ${list(candidates)}. Use an id or the exact name.`,
      received: received(input),
      candidates,
    })
    return undefined
  }
  return hit.found
}


export function resolveOptions(model: Model, selection: CheckedSelection, issues: BuildIssue[]): { chosen: Int32Array; keys: (string | undefined)[] } {
  const n = model.options.length
  const chosen = new Int32Array(n).fill(-1)
  const keys: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined)
  const productName = model.productName !== undefined ? `Product ${q(model.productName)}` : 'The product'
  for (const [key, value] of selection.options) {
    const path = ['options', key]
    const option = lookup(model.optionLookup, key, path, issues, () => ({
      code: 'unknown_option',
      message: n === 0 ? `${productName} has no options; leave "options" out.` : `${productName} has no option ${q(key)}. Options: ${names(model.options)}.`,
      expected: model.options.map(label),
    }), 'option')
    if (option === undefined) continue
    const k = model.options.indexOf(option)
    if (keys[k] !== undefined) {
      issues.push({ code: 'invalid_selection', path, message: `Option ${q(option.name)} is selected twice (as ${q(keys[k])} and ${q(key)}).`, option: option.name })
      continue
    }
    keys[k] = key
    if (isBlank(value)) continue
    const choice = lookup(option.lookup, value, path, issues, () => ({
      code: 'unknown_choice',
      message: `Option ${q(option.name)} has no choice ${q(value)}. Choices: ${names(option.choices)}.`,
      option: option.name,
      expected: option.choices.map(label),
    }), `choice of option ${q(option.name)}`)
    chosen[k] = choice === undefined ? -2 : option.choices.indexOf(choice)
  }
  return { chosen, keys }
}

function resolveModifiers(model: Model, selection: CheckedSelection, options: CheckedOptions, issues: BuildIssue[]): { modifierOptions: [string, string][]; customText: [string, string][] } {
  const v1 = model.version === 'V1'
  const noun = v1 ? 'custom text field' : 'modifier'
  const given = new Map<NModifier, readonly [string, string]>()
  for (const entry of selection.modifiers) {
    const [key] = entry
    const modifier = lookup(model.modifierLookup, key, ['modifiers', key], issues, () => ({
      code: 'unknown_modifier',
      message:
        model.modifiers.length === 0
          ? `The product has no ${noun}s; leave "modifiers" out.`
          : `The product has no ${noun} ${q(key)}. ${v1 ? 'Custom text fields' : 'Modifiers'}: ${names(model.modifiers)}.`,
      expected: model.modifiers.map(label),
    }), noun)
    if (modifier === undefined) continue
    const previous = given.get(modifier)
    if (previous !== undefined) {
      issues.push({ code: 'invalid_selection', path: ['modifiers', key], message: `${q(modifier.name)} is given twice (as ${q(previous[0])} and ${q(key)}).`, modifier: modifier.name })
      continue
    }
    given.set(modifier, entry)
  }

  const modifierOptions: [string, string][] = []
  const customText: [string, string][] = []
  for (const modifier of model.modifiers) {
    const entry = given.get(modifier)
    const path = ['modifiers', entry?.[0] ?? modifier.name]
    const value = entry?.[1]
    const isText = modifier.kind === 'text'
    if (value !== undefined && isText && value.length > modifier.maxLength) {
      issues.push({ code: 'text_too_long', path, message: `${q(modifier.name)} allows at most ${modifier.maxLength} characters; got ${value.length}.`, modifier: modifier.name, limit: modifier.maxLength })
      continue
    }
    if (value === undefined || isBlank(value)) {
      if (modifier.mandatory) {
        const hint = isText
          ? `enter a text of ${Math.max(1, modifier.minLength)} to ${modifier.maxLength} characters`
          : `choose one of: ${names(modifier.choices)}`
        issues.push({ code: 'missing_modifier', path, message: `${q(modifier.name)} is mandatory: ${hint}.`, modifier: modifier.name, ...(isText ? {} : { expected: modifier.choices.map(label) }) })
      }
      continue
    }
    if (isText) {
      if (value.length < modifier.minLength) {
        issues.push({ code: 'text_too_short', path, message: `${q(modifier.name)} needs at least ${modifier.minLength} characters; got ${value.length}.`, modifier: modifier.name, limit: modifier.minLength })
      } else {
        customText.push([modifier.outKey, value])
      }
      continue
    }
    const choice = lookup(modifier.lookup as NameIndex<NChoice>, value, path, issues, () => ({
      code: 'unknown_modifier_choice',
      message: `Modifier ${q(modifier.name)} has no choice ${q(value)}. Choices: ${names(modifier.choices)}.`,
      modifier: modifier.name,
      expected: modifier.choices.map(label),
    }), `choice of modifier ${q(modifier.name)}`)
    if (choice !== undefined) {
      modifierOptions.push([modifier.outKey, options.choiceValue === 'name' ? choice.name : (choice.key ?? choice.name)])
    }
  }
  return { modifierOptions, customText }
}

function resolveSubscription(model: Model, selection: CheckedSelection, options: CheckedOptions, issues: BuildIssue[]): string | undefined {
  const given = selection.subscription
  if (model.version === 'V1') return given
  const path = ['subscriptionOptionId']
  const offered = model.subscriptions
  const visible = offered.filter((s) => s.visible)
  if (given === undefined) {
    if (offered.length > 0 && !model.allowOneTimePurchases) {
      issues.push({ code: 'subscription_required', path, message: `This product is sold by subscription only: set subscriptionOptionId to one of: ${names(visible)}.`, expected: visible.map(label) })
    }
    return undefined
  }
  if (offered.length === 0) {
    issues.push({ code: 'subscriptions_not_offered', path, message: 'The product offers no subscriptions; leave subscriptionOptionId out for a one-time purchase.', received: received(given) })
    return undefined
  }
  const subscription = lookup(model.subscriptionLookup, given, path, issues, () => ({
    code: 'unknown_subscription',
    message: `The product has no subscription ${q(given)}. Subscriptions: ${names(visible)}.`,
    expected: visible.map(label),
  }), 'subscription')
  if (subscription === undefined) return undefined
  if (!subscription.visible && options.enforce) {
    issues.push({ code: 'subscription_hidden', path, message: `Subscription ${q(subscription.name)} is hidden and cannot be bought. Subscriptions: ${names(visible)}.`, expected: visible.map(label) })
    return undefined
  }
  return subscription.id
}

/** The options part of a selection, resolved: a choice per option, and the variant when named by id. */
export interface ResolvedChoices {
  /** Chosen choice index per option: -1 none, -2 given but not resolvable. */
  readonly chosen: Int32Array
  /** The selection key that named each option. */
  readonly keys: readonly (string | undefined)[]
  /** Position of the variant named by `selection.variantId`, or -1. */
  readonly variantIndex: number
  /** A V1 managed product without variants: the given variantId, passed through unverified. */
  readonly passThroughVariantId: string | undefined
  /** The variant id could not be used: the choices are not worth checking further. */
  readonly blocked: boolean
}

/**
 * Resolves `options` and `variantId` (they must agree), then fills in options with exactly one
 * visible choice. Pushes `unknown_option`, `unknown_choice`, `ambiguous_name`, `unknown_variant`,
 * `variant_mismatch` and `missing_option` issues.
 */
export function resolveChoices(model: Model, selection: CheckedSelection, issues: BuildIssue[]): ResolvedChoices {
  const { chosen, keys } = resolveOptions(model, selection, issues)
  const variants = model.variants
  let variantIndex = -1
  let passThroughVariantId: string | undefined
  let blocked = false

  if (selection.variantId !== undefined) {
    if (variants === undefined) {
      // V1 managed products fetched without variants: the given id is passed through unverified.
      // (V3 products without variants already carry a missing_variants issue.)
      if (model.version === 'V1' && model.managed) passThroughVariantId = selection.variantId
      else if (model.version === 'V1') issues.push({ code: 'unknown_variant', path: ['variantId'], message: 'The product came without variants; select by options instead.', received: received(selection.variantId) })
      blocked = true
    } else {
      variantIndex = findById(model, selection.variantId)
      const tuple = new Int32Array(chosen.length)
      if (variantIndex < 0) {
        issues.push({ code: 'unknown_variant', path: ['variantId'], message: `The product has no variant ${q(selection.variantId)}.`, received: received(selection.variantId) })
        blocked = true
      } else if (!model.reader.tuple(variants[variantIndex], tuple)) {
        issues.push({ code: 'invalid_product', path: ['product', 'variants', variantIndex], message: `Variant ${q(selection.variantId)} refers to options or choices the product does not have.`, variantId: selection.variantId })
        variantIndex = -1
        blocked = true
      } else {
        model.options.forEach((option, k) => {
          const c = chosen[k] as number
          if (c >= 0 && c !== tuple[k]) {
            issues.push({
              code: 'variant_mismatch',
              path: ['options', keys[k] as string],
              message: `Variant ${q(selection.variantId)} is ${describeChoices(model, tuple)}, but the options say ${option.name}: ${(option.choices[c] as NChoice).name}.`,
              option: option.name,
              variantId: selection.variantId as string,
            })
          }
        })
        chosen.set(tuple)
      }
    }
  }

  if (!blocked) {
    model.options.forEach((option: NOption, k) => {
      if (chosen[k] !== -1) return
      const visible = option.choices.filter((c) => c.visible)
      if (visible.length === 1) {
        chosen[k] = option.choices.indexOf(visible[0] as NChoice)
        return
      }
      issues.push({ code: 'missing_option', path: ['options', keys[k] ?? option.name], message: `Option ${q(option.name)} needs a choice: ${names(visible)}.`, option: option.name, expected: visible.map(label) })
    })
  }
  return { chosen, keys, variantIndex, passThroughVariantId, blocked }
}

/** Resolves a checked selection against a product model, collecting every issue. */
export function resolve(model: Model, selection: CheckedSelection, options: CheckedOptions, issues: BuildIssue[]): Resolved {
  const choices = resolveChoices(model, selection, issues)
  const { chosen, keys, blocked } = choices
  let variantIndex = choices.variantIndex
  const variants = model.variants
  let variantId = choices.passThroughVariantId
  let preorder = false
  const complete = !blocked && chosen.every((c) => c >= 0)
  if (model.managed && variantIndex < 0 && complete) {
    if (variants === undefined) {
      if (model.version === 'V1') {
        issues.push({ code: 'missing_variants', path: ['product', 'variants'], message: 'The product manages variants but came without "variants": fetch it with its variants, or pass selection.variantId.' })
      }
    } else {
      variantIndex = findByChoices(model, chosen)
      if (variantIndex < 0) {
        issues.push({ code: 'variant_not_found', path: ['options'], message: `No variant has ${describeChoices(model, chosen)}. Choose another combination.` })
      }
    }
  }

  const source: IssuePath = selection.variantId !== undefined ? ['variantId'] : ['options']
  if (options.enforce && !model.visible) {
    issues.push({ code: 'product_hidden', path: ['product', 'visible'], message: 'The product is hidden (visible: false) and cannot be bought. Pass { availability: "ignore" } to skip availability checks.' })
  }
  if (variantIndex >= 0 && variants !== undefined) {
    const raw = variants[variantIndex]
    const id = model.reader.id(raw)
    const what = `The variant ${describeChoices(model, chosen)}`
    if (model.managed) {
      if (id === undefined) issues.push({ code: 'invalid_product', path: ['product', 'variants', variantIndex], message: `${what} has no id.` })
      variantId = id
    }
    const inStock = model.reader.inStock(raw)
    preorder = !inStock && model.reader.preorder(raw)
    if (options.enforce && model.managed) {
      const context = id !== undefined ? { variantId: id } : {}
      if (!model.reader.visible(raw)) {
        issues.push({ code: 'variant_hidden', path: source, message: `${what} is hidden and cannot be bought.`, ...context })
      } else if (!inStock && !preorder) {
        issues.push({ code: 'out_of_stock', path: source, message: `${what} is out of stock.`, ...context })
      }
    }
  }
  if (options.enforce && !model.managed) {
    if (!model.productInStock) {
      issues.push({ code: 'out_of_stock', path: ['product', 'stock'], message: 'The product is out of stock.' })
    } else {
      model.options.forEach((option, k) => {
        const choice = option.choices[chosen[k] as number]
        if (choice !== undefined && !choice.inStock) {
          issues.push({ code: 'out_of_stock', path: ['options', keys[k] ?? option.name], message: `${option.name}: ${choice.name} is out of stock.`, option: option.name })
        }
      })
    }
  }

  const { modifierOptions, customText } = resolveModifiers(model, selection, options, issues)
  const subscriptionId = resolveSubscription(model, selection, options, issues)
  return { model, chosen, variantId, preorder, modifierOptions, customText, subscriptionId }
}

