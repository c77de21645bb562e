import type { BuildIssue, BuildIssueCode, IssuePath } from '../issues.js'
import { pushIssue } from '../internal/issues.js'
import { list, quote, received } from '../internal/text.js'
import { isBlank } from '../internal/util.js'
import type { Model, Named, NameIndex, NChoice, NModifier } from '../normalize/model.js'
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
  /** The selection's entry (key, value) per modifier it names, the first one when named twice. */
  readonly given: ReadonlyMap<NModifier, readonly [string, string]>
  readonly subscriptionId: string | undefined
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

const labels = (items: readonly Named[]): string[] => items.map((item) => item.name)

/** Where a variant is in the raw product: V3 `variantsInfo.variants`, V1 `variants`. */
function variantPath(model: Model, index: number): IssuePath {
  return model.version === 'V3' ? ['product', 'variantsInfo', 'variants', index] : ['product', 'variants', index]
}

/** `Size: S, Color: Black` for a choice tuple. */
function describe(model: Model, tuple: ArrayLike<number>): string {
  const parts = model.options.flatMap((option, k) => {
    const choice = option.choices[tuple[k] as number]
    return choice ? [`${option.name}: ${choice.name}`] : []
  })
  return parts.join(', ') || '(no options)'
}

/**
 * Resolves one name through an index, or pushes an issue: `code` ("<subject> has no <what> "x".
 * <Valid>: a, b.") when nothing matches, `ambiguous_name` when more than one does.
 */
function lookup<T extends Named>(
  index: NameIndex<T>,
  input: string,
  path: IssuePath,
  issues: BuildIssue[],
  code: BuildIssueCode,
  subject: string,
  what: string,
  valid: readonly Named[],
  context?: Omit<BuildIssue, 'code' | 'path' | 'message'>,
): T | undefined {
  const hit = index.resolve(input)
  if (hit && 'found' in hit) return hit.found
  const expected = labels(valid)
  if (hit) {
    const candidates = hit.ambiguous.map((c) =>
      c.id !== undefined && c.id !== c.name ? `${c.name} (${c.id})` : c.name,
    )
    pushIssue(issues, {
      code: 'ambiguous_name',
      path,
      message: `${quote(input)} matches more than one ${what}: ${list(candidates)}. Use an id or the exact name.`,
      ...context,
      received: received(input),
      candidates,
    })
  } else {
    const plural = `${what[0]?.toUpperCase()}${what.slice(1)}s`
    pushIssue(issues, {
      code,
      path,
      message: `${subject} has no ${what} ${quote(input)}. ${plural}: ${list(expected)}.`,
      ...context,
      received: received(input),
      expected,
    })
  }
  return undefined
}

/** Says where an unknown option name leads, when it is a modifier or a Velo `productOptions` key. */
function hint(model: Model, key: string, issues: BuildIssue[]): void {
  const last = issues[issues.length - 1]
  if (last?.code !== 'unknown_option') return
  const modifier = model.modifierLookup.resolve(key)
  const velo = model.options.find((o) => o.mapKey === key)
  const more =
    modifier && 'found' in modifier
      ? ` ${quote(key)} is a ${model.version === 'V1' ? 'custom text field' : 'modifier'}: put it under "modifiers", not "options".`
      : velo
        ? ` ${quote(key)} is the productOptions key of option ${quote(velo.name)}: use the name ${quote(velo.name)}.`
        : ''
  if (more) issues[issues.length - 1] = { ...last, message: last.message + more }
}

/** Resolves `selection.options` entry by entry. */
export function resolveOptions(
  model: Model,
  selection: CheckedSelection,
  issues: BuildIssue[],
): { chosen: Int32Array; keys: (string | undefined)[] } {
  const n = model.options.length
  const chosen = new Int32Array(n).fill(-1)
  const keys: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined)
  for (const [key, value] of selection.options) {
    const path = ['options', key]
    const option = lookup(
      model.optionLookup,
      key,
      path,
      issues,
      'unknown_option',
      'The product',
      'option',
      model.options,
    )
    if (!option) {
      hint(model, key, issues)
      continue
    }
    const k = model.options.indexOf(option)
    if (keys[k] !== undefined) {
      pushIssue(issues, {
        code: 'invalid_selection',
        path,
        message: `Option ${quote(option.name)} is selected twice (as ${quote(keys[k])} and ${quote(key)}).`,
        option: option.name,
      })
      continue
    }
    keys[k] = key
    if (isBlank(value)) continue
    const choice = lookup(
      option.lookup,
      value,
      path,
      issues,
      'unknown_choice',
      `Option ${quote(option.name)}`,
      'choice',
      option.choices,
      { option: option.name },
    )
    chosen[k] = choice ? option.choices.indexOf(choice) : -2
  }
  return { chosen, keys }
}

/**
 * Resolves `options` and `variantId` (they must agree), then fills in options with exactly one
 * visible choice. Pushes `unknown_option`, `unknown_choice`, `ambiguous_name`, `unknown_variant`,
 * `variant_mismatch` and `missing_option` issues.
 */
export function resolveChoices(model: Model, selection: CheckedSelection, issues: BuildIssue[]): ResolvedChoices {
  const { chosen, keys } = resolveOptions(model, selection, issues)
  const { variants, reader } = model
  const given = selection.variantId
  let variantIndex = -1
  let passThroughVariantId: string | undefined
  let blocked = given !== undefined

  if (given !== undefined) {
    const path = ['variantId']
    const tuple = new Int32Array(chosen.length)
    if (variants) variantIndex = findById(model, given)
    if (!variants) {
      // A product that manages variants but came without them (V1, or a V3 query result): the id
      // passes through unverified (DESIGN §12).
      if (model.managed) passThroughVariantId = given
      else
        pushIssue(issues, {
          code: 'unknown_variant',
          path,
          message: 'The product came without variants: select by options.',
          received: received(given),
        })
    } else if (variantIndex < 0) {
      pushIssue(issues, {
        code: 'unknown_variant',
        path,
        message: `The product has no variant ${quote(given)}.`,
        received: received(given),
      })
    } else if (!reader.tuple(variants[variantIndex], tuple)) {
      pushIssue(issues, {
        code: 'invalid_product',
        path: variantPath(model, variantIndex),
        message: `Variant ${quote(given)} has options or choices the product does not have.`,
        variantId: given,
      })
      variantIndex = -1
    } else {
      model.options.forEach((option, k) => {
        const c = chosen[k] as number
        const t = tuple[k] as number
        // DESIGN §12: a V1 unmanaged variant that names no choice of an option leaves the given one.
        if (t < 0 && !model.managed) return
        if (c >= 0 && c !== t) {
          const message = `Variant ${quote(given)} is ${describe(model, tuple)}, not ${option.name}: ${(option.choices[c] as NChoice).name}.`
          pushIssue(issues, {
            code: 'variant_mismatch',
            path: ['options', keys[k] as string],
            message: message,
            option: option.name,
            variantId: given,
          })
        }
        chosen[k] = t
      })
      blocked = false
    }
  }

  if (!blocked) {
    model.options.forEach((option, k) => {
      if (chosen[k] !== -1) return
      const visible = option.choices.filter((c) => c.visible)
      if (visible.length === 1) chosen[k] = option.choices.indexOf(visible[0] as NChoice)
      else
        pushIssue(issues, {
          code: 'missing_option',
          path: ['options', keys[k] ?? option.name],
          message: `Option ${quote(option.name)} needs a choice: ${list(labels(visible))}.`,
          option: option.name,
          expected: labels(visible),
        })
    })
  }
  return { chosen, keys, variantIndex, passThroughVariantId, blocked }
}

function resolveModifiers(
  model: Model,
  selection: CheckedSelection,
  options: CheckedOptions,
  issues: BuildIssue[],
): Pick<Resolved, 'modifierOptions' | 'customText' | 'given'> {
  const what = model.version === 'V1' ? 'custom text field' : 'modifier'
  const given = new Map<NModifier, readonly [string, string]>()
  for (const entry of selection.modifiers) {
    const path = ['modifiers', entry[0]]
    const modifier = lookup(
      model.modifierLookup,
      entry[0],
      path,
      issues,
      'unknown_modifier',
      'The product',
      what,
      model.modifiers,
    )
    if (!modifier) continue
    const previous = given.get(modifier)
    if (previous)
      pushIssue(issues, {
        code: 'invalid_selection',
        path,
        message: `${quote(modifier.name)} is given twice (as ${quote(previous[0])} and ${quote(entry[0])}).`,
        modifier: modifier.name,
      })
    else given.set(modifier, entry)
  }

  const modifierOptions: [string, string][] = []
  const customText: [string, string][] = []
  for (const modifier of model.modifiers) {
    const [key = modifier.name, value] = given.get(modifier) ?? []
    const path = ['modifiers', key]
    const name = quote(modifier.name)
    const { minLength, maxLength } = modifier
    const context = { modifier: modifier.name }
    const isText = modifier.kind === 'text'
    if (value === undefined || isBlank(value)) {
      if (!modifier.mandatory) continue
      const hint = isText
        ? `enter ${Math.max(1, minLength)} to ${maxLength} characters`
        : `choose one of: ${list(labels(modifier.choices))}`
      pushIssue(issues, {
        code: 'missing_modifier',
        path,
        message: `${name} is mandatory: ${hint}.`,
        ...(isText ? context : { ...context, expected: labels(modifier.choices) }),
      })
    } else if (isText && value.length > maxLength) {
      pushIssue(issues, {
        code: 'text_too_long',
        path,
        message: `${name} allows at most ${maxLength} characters; got ${value.length}.`,
        ...context,
        limit: maxLength,
      })
    } else if (!isText) {
      const choice = lookup(
        modifier.lookup as NameIndex<NChoice>,
        value,
        path,
        issues,
        'unknown_modifier_choice',
        `Modifier ${name}`,
        'choice',
        modifier.choices,
        context,
      )
      if (choice)
        modifierOptions.push([
          modifier.outKey,
          options.choiceValue === 'name' ? choice.name : (choice.key ?? choice.name),
        ])
    } else if (value.length < minLength) {
      pushIssue(issues, {
        code: 'text_too_short',
        path,
        message: `${name} needs at least ${minLength} characters; got ${value.length}.`,
        ...context,
        limit: minLength,
      })
    } else {
      customText.push([modifier.outKey, value])
    }
  }
  return { modifierOptions, customText, given }
}

function resolveSubscription(
  model: Model,
  selection: CheckedSelection,
  options: CheckedOptions,
  issues: BuildIssue[],
): string | undefined {
  const given = selection.subscription
  if (model.version === 'V1') return given
  const path = ['subscriptionOptionId']
  const offered = model.subscriptions
  const visible = offered.filter((s) => s.visible)
  const expected = labels(visible)
  if (given === undefined) {
    if (offered.length > 0 && !model.allowOneTimePurchases) {
      pushIssue(issues, {
        code: 'subscription_required',
        path,
        message: `The product is sold by subscription only: set subscriptionOptionId to one of: ${list(expected)}.`,
        expected,
      })
    }
    return undefined
  }
  if (offered.length === 0) {
    pushIssue(issues, {
      code: 'subscriptions_not_offered',
      path,
      message: 'The product offers no subscriptions: leave subscriptionOptionId out.',
      received: received(given),
    })
    return undefined
  }
  const subscription = lookup(
    model.subscriptionLookup,
    given,
    path,
    issues,
    'unknown_subscription',
    'The product',
    'subscription',
    visible,
  )
  if (subscription && !subscription.visible && options.enforce) {
    pushIssue(issues, {
      code: 'subscription_hidden',
      path,
      message: `Subscription ${quote(subscription.name)} is hidden. Subscriptions: ${list(expected)}.`,
      expected,
    })
    return undefined
  }
  return subscription?.id
}

/** Resolves a checked selection against a product model, collecting every issue. */
export function resolve(
  model: Model,
  selection: CheckedSelection,
  options: CheckedOptions,
  issues: BuildIssue[],
): Resolved {
  const choices = resolveChoices(model, selection, issues)
  const { chosen, keys, blocked } = choices
  const { variants, reader, managed } = model
  const { enforce } = options
  let { variantIndex } = choices
  let variantId = choices.passThroughVariantId
  let preorder = false

  if (managed && variantIndex < 0 && !blocked && chosen.every((c) => c >= 0)) {
    if (variants) {
      variantIndex = findByChoices(model, chosen)
      if (variantIndex < 0)
        pushIssue(issues, {
          code: 'variant_not_found',
          path: ['options'],
          message: `No variant has ${describe(model, chosen)}. Choose another combination.`,
        })
    } else if (model.version === 'V1') {
      pushIssue(issues, {
        code: 'missing_variants',
        path: ['product', 'variants'],
        message: 'The product manages variants but came without "variants": fetch them, or pass selection.variantId.',
      })
    }
  }

  if (enforce && !model.visible) {
    pushIssue(issues, {
      code: 'product_hidden',
      path: ['product', 'visible'],
      message: 'The product is hidden (visible: false). Pass { availability: "ignore" } to skip availability checks.',
    })
  }
  const raw = variantIndex >= 0 ? variants?.[variantIndex] : undefined
  if (raw !== undefined) {
    const id = reader.id(raw)
    const path = selection.variantId !== undefined ? ['variantId'] : ['options']
    const what = (): string => `The variant ${describe(model, chosen)}`
    const inStock = reader.inStock(raw)
    preorder = !inStock && reader.preorder(raw)
    if (managed) {
      variantId = id
      if (id === undefined)
        pushIssue(issues, {
          code: 'invalid_product',
          path: variantPath(model, variantIndex),
          message: `${what()} has no id.`,
        })
      else if (enforce && !reader.visible(raw))
        pushIssue(issues, { code: 'variant_hidden', path, message: `${what()} is hidden.`, variantId: id })
      else if (enforce && !inStock && !preorder)
        pushIssue(issues, { code: 'out_of_stock', path, message: `${what()} is out of stock.`, variantId: id })
    }
  }
  if (enforce && !managed) {
    if (!model.productInStock)
      pushIssue(issues, { code: 'out_of_stock', path: ['product', 'stock'], message: 'The product is out of stock.' })
    else {
      model.options.forEach((option, k) => {
        const choice = option.choices[chosen[k] as number]
        if (choice && !choice.inStock)
          pushIssue(issues, {
            code: 'out_of_stock',
            path: ['options', keys[k] ?? option.name],
            message: `${option.name}: ${choice.name} is out of stock.`,
            option: option.name,
          })
      })
    }
  }

  return {
    model,
    chosen,
    variantId,
    preorder,
    ...resolveModifiers(model, selection, options, issues),
    subscriptionId: resolveSubscription(model, selection, options, issues),
  }
}
