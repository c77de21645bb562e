/*
 * Resolving what the buyer named against the product model: options and their choices, the
 * variant id, modifiers and custom text, the subscription. Every issue is collected, none is
 * guessed (docs/building.md, "Resolving what the buyer named").
 */
import { pushIssue } from '../internal/issues.js'
import { list, quote, received } from '../internal/text.js'
import { isBlank } from '../internal/util.js'
import { perModel } from '../internal/warm.js'
import type { BuildIssue, BuildIssueCode, IssuePath } from '../issues.js'
import {
  type Model,
  type ModelChoice,
  type ModelModifier,
  type Named,
  NO_CHOICE,
  NO_VARIANT,
  UNRESOLVED_CHOICE,
} from '../normalize/model.js'
import type { NameIndex } from '../normalize/name-index.js'
import type { CheckedOptions, CheckedSelection } from './validate.js'
import type { Variants } from './variants.js'

/** What the selection resolves to, ready to emit. */
export interface Resolved {
  readonly model: Model
  /** Chosen choice position per option (NO_CHOICE: none, UNRESOLVED_CHOICE: named but not found). */
  readonly chosen: Int32Array
  /** Position of the variant the selection pins in `model.variants`, or NO_VARIANT. */
  readonly variant: number
  /** The variant id, for products that manage variants. */
  readonly variantId: string | undefined
  readonly preorder: boolean
  /** V3 choice modifiers: out key → value, in product order. */
  readonly modifierOptions: readonly (readonly [string, string])[]
  /** Custom / free text: out key → text, in product order. */
  readonly customText: readonly (readonly [string, string])[]
  /** The selection's entry (key, value) per modifier it names, the first one when named twice. */
  readonly given: ReadonlyMap<ModelModifier, readonly [string, string]>
  /** The position of the choice each choice modifier resolved to. */
  readonly modifierChoices: ReadonlyMap<ModelModifier, number>
  readonly subscriptionId: string | undefined
}

/** The options part of a selection, resolved: a choice per option, and the variant when named by id. */
export interface ResolvedChoices {
  readonly chosen: Int32Array
  /** The selection key that named each option. */
  readonly keys: readonly (string | undefined)[]
  /** Position of the variant named by `selection.variantId`, or NO_VARIANT. */
  readonly variant: number
  /** A product that came without its variants: the given variantId, passed through unverified. */
  readonly passThroughVariantId: string | undefined
  /** The variant id could not be used: the choices are not worth checking further. */
  readonly blocked: boolean
}

/** What a name names, in messages; each one's plural is regular (`Custom text fields`). */
type Noun = 'option' | 'choice' | 'modifier' | 'custom text field' | 'subscription'

type IssueContext = Omit<BuildIssue, 'code' | 'path' | 'message'>

/** How to report a name that does not resolve, beyond its code and noun. */
interface UnknownName {
  /** Whose names these are, for the message: `Option "Size"`; `The product` when not given. */
  readonly owner?: string
  /** The names the message lists as valid; all the index's names when not given. */
  readonly valid?: readonly Named[]
  readonly context?: IssueContext
  /**
   * An option name's product: the message then says where the name belongs when it is a modifier's or
   * a Velo key (a model, not a closure: one made per option entry slowed warm builds by a fifth).
   */
  readonly optionsOf?: Model
}

const labels = (items: readonly Named[]): string[] => items.map((item) => item.name)

/**
 * Resolves one name, or pushes an issue: `<owner> has no <noun> "x". <Nouns>: a, b.` when nothing
 * matches, `ambiguous_name` when more than one does.
 * @param input The name the buyer gave; `path` is where, in the selection.
 * @param unknownCode The code when nothing matches (`unknown_choice`, …).
 */
function lookupName<T extends Named>(
  index: NameIndex<T>,
  input: string,
  path: IssuePath,
  unknownCode: BuildIssueCode,
  noun: Noun,
  issues: BuildIssue[],
  { owner = 'The product', valid = index.named, context, optionsOf }: UnknownName = {},
): T | undefined {
  const hit = index.resolve(input)
  if (hit && 'found' in hit) return hit.found
  if (hit) {
    const candidates = hit.ambiguous.map((c) =>
      c.id !== undefined && c.id !== c.name ? `${c.name} (${c.id})` : c.name,
    )
    pushIssue(issues, {
      code: 'ambiguous_name',
      path,
      message: `${quote(input)} matches more than one ${noun}: ${list(candidates)}. Use an id or the exact name.`,
      ...context,
      received: received(input),
      candidates,
    })
  } else {
    const expected = labels(valid)
    pushIssue(issues, {
      code: unknownCode,
      path,
      message: `${owner} has no ${noun} ${quote(input)}. ${noun[0]!.toUpperCase()}${noun.slice(1)}s: ${list(expected)}.${optionsOf ? unknownOptionHint(optionsOf, input) : ''}`,
      ...context,
      received: received(input),
      expected,
    })
  }
  return undefined
}

/** `Size: S, Color: Black` for a choice tuple. */
export function describeChoices(model: Model, tuple: ArrayLike<number>): string {
  const parts = model.options.flatMap((option, k) => {
    const choice = option.choices[tuple[k]!]
    return choice ? [`${option.name}: ${choice.name}`] : []
  })
  return parts.join(', ') || '(no options)'
}

/** Says where an unknown option name leads, when it is a modifier or a Velo `productOptions` key. */
function unknownOptionHint(model: Model, key: string): string {
  const modifier = model.modifierLookup.resolve(key)
  if (modifier && 'found' in modifier) {
    return ` ${quote(key)} is a ${model.facts.modifierNoun}: put it under "modifiers", not "options".`
  }
  const velo = model.options.find((option) => option.mapKey === key)
  return velo
    ? ` ${quote(key)} is the productOptions key of option ${quote(velo.name)}: use the name ${quote(velo.name)}.`
    : ''
}

/** Resolves `selection.options` entry by entry. */
export function resolveOptions(
  model: Model,
  selection: CheckedSelection,
  issues: BuildIssue[],
): { chosen: Int32Array; keys: (string | undefined)[] } {
  const chosen = new Int32Array(model.options.length).fill(NO_CHOICE)
  const keys: (string | undefined)[] = new Array<string | undefined>(model.options.length).fill(undefined)
  for (const [key, value] of selection.options) {
    const path = ['options', key]
    const option = lookupName(model.optionLookup, key, path, 'unknown_option', 'option', issues, {
      optionsOf: model,
    })
    if (!option) continue
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
    const choice = lookupName(option.lookup, value, path, 'unknown_choice', 'choice', issues, {
      owner: `Option ${quote(option.name)}`,
      context: { option: option.name },
    })
    chosen[k] = choice ? option.choices.indexOf(choice) : UNRESOLVED_CHOICE
  }
  return { chosen, keys }
}

/** Per option: its only visible choice (or NO_CHOICE), and the `missing_option` message listing the visible ones. */
interface OptionHint {
  readonly onlyVisible: number
  readonly expected: readonly string[]
  readonly message: string
}

/** Built once per model: a partial selection's `missing_option` issues list every visible choice. */
const optionHintsOf = /* @__PURE__ */ perModel((model: Model): OptionHint[] =>
  model.options.map((option) => {
    const visible = option.choices.filter((choice) => choice.visible)
    const expected = labels(visible)
    return {
      onlyVisible: visible.length === 1 ? option.choices.indexOf(visible[0]!) : NO_CHOICE,
      expected,
      message: `Option ${quote(option.name)} needs a choice: ${list(expected)}.`,
    }
  }),
)

/**
 * Checks the variant named by `selection.variantId` against the chosen options; its position, or
 * NO_VARIANT (always for a product that came without its variants).
 */
function resolveVariantId(
  model: Model,
  given: string,
  chosen: Int32Array,
  keys: readonly (string | undefined)[],
  issues: BuildIssue[],
  variants: Variants | undefined,
): number {
  const path = ['variantId']
  if (variants === undefined) {
    // Managed: resolveChoices passes the id through.
    if (!model.managed) {
      pushIssue(issues, {
        code: 'unknown_variant',
        path,
        message: 'The product came without variants: select by options.',
        received: received(given),
      })
    }
    return NO_VARIANT
  }
  const v = variants.findById(given)
  const tuple = new Int32Array(chosen.length)
  if (v === NO_VARIANT) {
    pushIssue(issues, {
      code: 'unknown_variant',
      path,
      message: `The product has no variant ${quote(given)}.`,
      received: received(given),
    })
    return NO_VARIANT
  }
  if (!variants.tupleOf(v, tuple)) {
    pushIssue(issues, {
      code: 'invalid_product',
      path: [...model.facts.variantsPath, v],
      message: `Variant ${quote(given)} has options or choices the product does not have.`,
      variantId: given,
    })
    return NO_VARIANT
  }
  model.options.forEach((option, k) => {
    const c = chosen[k]!
    const t = tuple[k]!
    // A V1 variant without managed variants that names no choice of an option leaves the given one (docs/decisions.md).
    if (t < 0 && !model.managed) return
    if (c >= 0 && c !== t) {
      pushIssue(issues, {
        code: 'variant_mismatch',
        path: ['options', keys[k] as string],
        message: `Variant ${quote(given)} is ${describeChoices(model, tuple)}, not ${option.name}: ${option.choices[c]!.name}.`,
        option: option.name,
        variantId: given,
      })
    }
    chosen[k] = t
  })
  return v
}

/**
 * Resolves `options` and `variantId` (they must agree), then fills in options with exactly one
 * visible choice. Pushes `unknown_option`, `unknown_choice`, `ambiguous_name`, `unknown_variant`,
 * `variant_mismatch` and `missing_option` issues.
 */
export function resolveChoices(
  model: Model,
  selection: CheckedSelection,
  issues: BuildIssue[],
  variants: Variants | undefined,
): ResolvedChoices {
  const { chosen, keys } = resolveOptions(model, selection, issues)
  const given = selection.variantId
  let variant = NO_VARIANT
  let passThroughVariantId: string | undefined
  let blocked = false
  if (given !== undefined) {
    variant = resolveVariantId(model, given, chosen, keys, issues, variants)
    blocked = variant === NO_VARIANT
    // A product that manages variants but came without them: the id passes through unverified (docs/decisions.md).
    if (model.variants === undefined && model.managed) passThroughVariantId = given
  }
  if (!blocked) {
    const hints = optionHintsOf(model)
    model.options.forEach((option, k) => {
      if (chosen[k] !== NO_CHOICE) return
      const hint = hints[k]!
      if (hint.onlyVisible !== NO_CHOICE) chosen[k] = hint.onlyVisible
      else {
        pushIssue(issues, {
          code: 'missing_option',
          path: ['options', keys[k] ?? option.name],
          message: hint.message,
          option: option.name,
          expected: hint.expected.slice(),
        })
      }
    })
  }
  return { chosen, keys, variant, passThroughVariantId, blocked }
}

/** The modifiers the selection names, each once (a second name for one modifier is an issue). */
function givenModifiers(
  model: Model,
  selection: CheckedSelection,
  issues: BuildIssue[],
): Map<ModelModifier, readonly [string, string]> {
  const given = new Map<ModelModifier, readonly [string, string]>()
  for (const entry of selection.modifiers) {
    const path = ['modifiers', entry[0]]
    const modifier = lookupName(
      model.modifierLookup,
      entry[0],
      path,
      'unknown_modifier',
      model.facts.modifierNoun,
      issues,
    )
    if (!modifier) continue
    const previous = given.get(modifier)
    if (previous) {
      pushIssue(issues, {
        code: 'invalid_selection',
        path,
        message: `${quote(modifier.name)} is given twice (as ${quote(previous[0])} and ${quote(entry[0])}).`,
        modifier: modifier.name,
      })
    } else given.set(modifier, entry)
  }
  return given
}

/** What the modifiers write into the reference, filled in modifier by modifier. */
interface WrittenModifiers {
  readonly modifierOptions: [string, string][]
  readonly customText: [string, string][]
  readonly modifierChoices: Map<ModelModifier, number>
}

/** Checks one modifier's value and adds what it writes into the reference, if anything, to `out`. */
function resolveModifier(
  modifier: ModelModifier,
  entry: readonly [string, string] | undefined,
  options: CheckedOptions,
  issues: BuildIssue[],
  out: WrittenModifiers,
): void {
  const [key = modifier.name, value] = entry ?? []
  const path = ['modifiers', key]
  const name = quote(modifier.name)
  const { minLength, maxLength } = modifier
  const context = { modifier: modifier.name }
  if (value === undefined || isBlank(value)) {
    if (!modifier.mandatory) return
    const expected = modifier.kind === 'text' ? undefined : labels(modifier.choices)
    const hint = expected
      ? `choose one of: ${list(expected)}`
      : `enter ${Math.max(1, minLength)} to ${maxLength} characters`
    pushIssue(issues, {
      code: 'missing_modifier',
      path,
      message: `${name} is mandatory: ${hint}.`,
      ...context,
      expected,
    })
  } else if (modifier.kind === 'choices') {
    const choice = lookupName(
      modifier.lookup as NameIndex<ModelChoice>,
      value,
      path,
      'unknown_modifier_choice',
      'choice',
      issues,
      { owner: `Modifier ${name}`, context },
    )
    if (!choice) return
    out.modifierOptions.push([
      modifier.outKey,
      options.choiceValue === 'name' ? choice.name : (choice.key ?? choice.name),
    ])
    out.modifierChoices.set(modifier, modifier.choices.indexOf(choice))
  } else {
    const long = value.length > maxLength
    const limit = long ? maxLength : minLength
    if (!long && value.length >= minLength) out.customText.push([modifier.outKey, value])
    else {
      pushIssue(issues, {
        code: long ? 'text_too_long' : 'text_too_short',
        path,
        message: `${name} ${long ? 'allows at most' : 'needs at least'} ${limit} characters; got ${value.length}.`,
        ...context,
        limit,
      })
    }
  }
}

function resolveModifiers(
  model: Model,
  selection: CheckedSelection,
  options: CheckedOptions,
  issues: BuildIssue[],
): WrittenModifiers & Pick<Resolved, 'given'> {
  const given = givenModifiers(model, selection, issues)
  const out = { modifierOptions: [], customText: [], given, modifierChoices: new Map<ModelModifier, number>() }
  for (const modifier of model.modifiers) resolveModifier(modifier, given.get(modifier), options, issues, out)
  return out
}

function resolveSubscription(
  model: Model,
  selection: CheckedSelection,
  options: CheckedOptions,
  issues: BuildIssue[],
): string | undefined {
  const given = selection.subscription
  // Subscriptions kept outside the product (V1) cannot be checked: a given id passes through.
  if (!model.facts.subscriptionsListed) return given
  const path = ['subscriptionOptionId']
  const offered = model.subscriptions
  const visible = offered.filter((subscription) => subscription.visible)
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
  const subscription = lookupName(
    model.subscriptionLookup,
    given,
    path,
    'unknown_subscription',
    'subscription',
    issues,
    { valid: visible },
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

/**
 * A product without managed variants (V1): its own stock, and each chosen choice, which must be shown
 * to buyers and in stock (as the picker says).
 */
function checkProductStock(model: Model, choices: ResolvedChoices, issues: BuildIssue[]): void {
  if (!model.productInStock) {
    pushIssue(issues, { code: 'out_of_stock', path: ['product', 'stock'], message: 'The product is out of stock.' })
    return
  }
  model.options.forEach((option, k) => {
    const choice = option.choices[choices.chosen[k]!]
    if (choice && !choice.visible) {
      pushIssue(issues, {
        code: 'variant_hidden',
        path: ['options', choices.keys[k] ?? option.name],
        message: `${option.name}: ${choice.name} is hidden.`,
        option: option.name,
      })
    } else if (choice && !choice.inStock) {
      pushIssue(issues, {
        code: 'out_of_stock',
        path: ['options', choices.keys[k] ?? option.name],
        message: `${option.name}: ${choice.name} is out of stock.`,
        option: option.name,
      })
    }
  })
}

/** Resolves a checked selection against a product model and its variants as read, collecting every issue. */
export function resolve(
  model: Model,
  selection: CheckedSelection,
  options: CheckedOptions,
  issues: BuildIssue[],
  variants: Variants | undefined,
): Resolved {
  const choices = resolveChoices(model, selection, issues, variants)
  const { chosen, blocked } = choices
  let variant = choices.variant
  let variantId = choices.passThroughVariantId
  let preorder = false
  if (model.managed && variant === NO_VARIANT && !blocked && variants && chosen.every((c) => c >= 0)) {
    variant = variants.find(chosen)
    if (variant === NO_VARIANT) {
      pushIssue(issues, {
        code: 'variant_not_found',
        path: ['options'],
        message: `No variant has ${describeChoices(model, chosen)}. Choose another combination.`,
      })
    }
  }
  if (options.enforce && !model.visible) {
    pushIssue(issues, {
      code: 'product_hidden',
      path: ['product', 'visible'],
      message: 'The product is hidden (visible: false). Pass { availability: "ignore" } to skip availability checks.',
    })
  }
  if (variants && variant !== NO_VARIANT) {
    const inStock = variants.inStock(variant)
    preorder = !inStock && variants.preorder(variant)
    if (model.managed) {
      variantId = variants.id(variant)
      const path = [selection.variantId !== undefined ? 'variantId' : 'options']
      const what = `The variant ${describeChoices(model, chosen)}`
      if (variantId === undefined) {
        pushIssue(issues, {
          code: 'invalid_product',
          path: [...model.facts.variantsPath, variant],
          message: `${what} has no id.`,
        })
      } else if (options.enforce && !variants.visible(variant)) {
        pushIssue(issues, { code: 'variant_hidden', path, message: `${what} is hidden.`, variantId })
      } else if (options.enforce && !inStock && !preorder) {
        pushIssue(issues, { code: 'out_of_stock', path, message: `${what} is out of stock.`, variantId })
      }
    }
  }
  if (options.enforce && !model.managed) checkProductStock(model, choices, issues)
  return {
    model,
    chosen,
    variant,
    variantId,
    preorder,
    ...resolveModifiers(model, selection, options, issues),
    subscriptionId: resolveSubscription(model, selection, options, issues),
  }
}
