/*
 * Catalog V3 (`productsV3.V3Product`, SDK or REST shape): options and choice modifiers with choices
 * (choiceId, key, name), free-text modifiers, subscriptions, and variants that name their choices by
 * option id + choice id (`choices[].optionChoiceIds`, or `optionChoiceIds[]` as one docs example has it).
 */
import { CHOICES_MAX, MODIFIERS_MAX, OPTIONS_MAX, SUBSCRIPTIONS_MAX, TEXT_MAX, VARIANTS_MAX } from '../constants.js'
import { idOf, isObject, nonEmpty, own, read } from '../internal/read.js'
import { type Dialect, makeChoice, makeOption, type ProductIssues } from './common.js'
import {
  type ModelChoice,
  type ModelModifier,
  type ModelOption,
  type ModelSubscription,
  NO_ALIASES,
  NO_CHOICE,
  type VariantReader,
} from './model.js'
import { NameIndex } from './name-index.js'

/** A whole number ≥ 0, else the fallback. */
function count(value: unknown, fallback: number): number {
  return Number.isInteger(value) && (value as number) >= 0 ? (value as number) : fallback
}

/** The choices of an option or choice modifier; `needId`: options' choices need a choiceId (variants name them by it). */
function choicesOf(parent: unknown, path: (string | number)[], issues: ProductIssues, needId: boolean): ModelChoice[] {
  const choices: ModelChoice[] = []
  for (const [raw, i] of issues.items(
    own(parent, 'choicesSettings'),
    'choices',
    [...path, 'choicesSettings'],
    CHOICES_MAX,
  )) {
    const id = nonEmpty(own(raw, 'choiceId'))
    const key = nonEmpty(own(raw, 'key'))
    const name = nonEmpty(own(raw, 'name')) ?? key ?? id
    if ((needId && id === undefined) || name === undefined) {
      issues.add(
        [...path, 'choicesSettings', 'choices', i],
        `Choice ${i} has no ${needId ? 'choiceId' : 'key or name'}.`,
      )
      continue
    }
    choices.push(makeChoice(id, key, name, NO_ALIASES, raw))
  }
  return choices
}

function options(product: object, issues: ProductIssues): ModelOption[] {
  const out: ModelOption[] = []
  const seen = new Set<string>()
  for (const [raw, i] of issues.items(product, 'options', [], OPTIONS_MAX)) {
    const id = idOf(raw)
    const key = nonEmpty(own(raw, 'key'))
    const name = nonEmpty(own(raw, 'name')) ?? key ?? id
    const choices = choicesOf(raw, ['options', i], issues, true)
    if (id === undefined || name === undefined || seen.has(id)) {
      issues.add(['options', i], `Option ${i} has ${id === undefined ? 'no id' : 'the id of an earlier option'}.`)
      continue
    }
    seen.add(id)
    out.push(makeOption(id, key, name, choices, (choice) => choice.id, raw))
  }
  return out
}

function modifiers(product: object, issues: ProductIssues): ModelModifier[] {
  const out: ModelModifier[] = []
  for (const [raw, i] of issues.items(product, 'modifiers', [], MODIFIERS_MAX)) {
    const renderType = own(raw, 'modifierRenderType')
    const text = own(raw, 'freeTextSettings')
    const id = idOf(raw)
    const key = nonEmpty(own(raw, 'key'))
    const textKey = nonEmpty(own(text, 'key'))
    const title = nonEmpty(own(text, 'title'))
    const name = nonEmpty(own(raw, 'name')) ?? key ?? textKey ?? title
    if (name === undefined) {
      issues.add(['modifiers', i], `Modifier ${i} has no key or name.`)
      continue
    }
    const mandatory = own(raw, 'mandatory') === true
    // Built field by field, the same fields in the same order for both kinds (one object shape).
    if (renderType === 'FREE_TEXT' || (renderType === undefined && isObject(text))) {
      out.push({
        id,
        key,
        name,
        mandatory,
        raw,
        kind: 'text',
        aliases: [textKey, title].filter((alias): alias is string => alias !== undefined),
        choices: [],
        lookup: undefined,
        outKey: textKey ?? key ?? title ?? name,
        minLength: count(own(text, 'minCharCount'), 0),
        maxLength: Math.min(count(own(text, 'maxCharCount'), 0) || TEXT_MAX, TEXT_MAX),
      })
    } else {
      const choices = choicesOf(raw, ['modifiers', i], issues, false)
      out.push({
        id,
        key,
        name,
        mandatory,
        raw,
        kind: 'choices',
        aliases: NO_ALIASES,
        choices,
        lookup: new NameIndex(choices),
        outKey: key ?? name,
        minLength: 0,
        maxLength: TEXT_MAX,
      })
    }
  }
  return out
}

function subscriptions(
  product: object,
  issues: ProductIssues,
): { list: ModelSubscription[]; allowOneTimePurchases: boolean } {
  const details = own(product, 'subscriptionDetails')
  const list: ModelSubscription[] = []
  for (const [raw, i] of issues.items(details, 'subscriptions', ['subscriptionDetails'], SUBSCRIPTIONS_MAX)) {
    const id = idOf(raw)
    if (id === undefined) {
      issues.add(['subscriptionDetails', 'subscriptions', i], `Subscription ${i} has no id.`)
      continue
    }
    list.push({
      id,
      key: undefined,
      name: nonEmpty(own(raw, 'title')) ?? id,
      aliases: NO_ALIASES,
      visible: own(raw, 'visible') !== false,
      raw,
    })
  }
  return { list, allowOneTimePurchases: own(details, 'allowOneTimePurchases') === true }
}

function variants(product: object, issues: ProductIssues): readonly unknown[] | undefined {
  const info = own(product, 'variantsInfo')
  if (Array.isArray(own(info, 'variants'))) return issues.array(info, 'variants', ['variantsInfo'], VARIANTS_MAX)
  issues.add(
    ['variantsInfo'],
    'No variantsInfo.variants: queryProducts leaves them out. Fetch the product with getProduct, or add them with withReadOnlyVariants.',
    'missing_variants',
  )
  return undefined
}

function reader(options: readonly ModelOption[]): VariantReader {
  // Position in `options` by option id: variants name their choices by it.
  const optionPositions = new Map<string, number>(options.map((option, k) => [option.id as string, k]))
  return {
    tuple(raw, out, target) {
      out.fill(NO_CHOICE)
      // The entries: `choices[].optionChoiceIds` (the API), or `optionChoiceIds[]` (a docs example),
      // which an empty `choices` leaves the word to. Read in line: this runs for every variant a scan meets.
      const choices = own(raw, 'choices')
      const nested = Array.isArray(choices) && (choices.length > 0 || !Array.isArray(own(raw, 'optionChoiceIds')))
      const entries = nested ? choices : own(raw, 'optionChoiceIds')
      // A raw variant that is not an object (null, a number, a hole of a sparse array) is no variant.
      if (!Array.isArray(entries)) return isObject(raw) && options.length === 0
      for (let e = 0; e < entries.length; e++) {
        const ids = nested ? own(entries[e], 'optionChoiceIds') : entries[e]
        // Entries usually come in option order: check that option before hashing the id.
        const optionId = own(ids, 'optionId')
        const k = optionId !== undefined && options[e]?.id === optionId ? e : optionPositions.get(optionId as string)
        if (k === undefined) return false
        const want = target?.[k] ?? NO_CHOICE
        const position = options[k]!.choiceIndex(own(ids, 'choiceId') as string, want < 0 ? undefined : want)
        if (
          position === undefined ||
          (out[k] !== NO_CHOICE && out[k] !== position) ||
          (want >= 0 && want !== position)
        ) {
          return false
        }
        out[k] = position
      }
      if (target) for (let k = 0; k < out.length; k++) if (target[k]! >= 0 && out[k] !== target[k]) return false
      return true
    },
    id: idOf,
    visible: (raw) => own(raw, 'visible') !== false,
    inStock: (raw) => read(raw, 'inventoryStatus', 'inStock') !== false,
    preorder: (raw) => read(raw, 'inventoryStatus', 'preorderEnabled') === true,
  }
}

export const V3: Dialect = {
  version: 'V3',
  facts: {
    variantsPath: ['product', 'variantsInfo', 'variants'],
    subscriptionsListed: true,
    modifierNoun: 'modifier',
    referenceOptions: 'modifiers',
  },
  managed: () => true,
  options,
  modifiers,
  subscriptions,
  variants,
  reader,
  productInStock: () => true,
}
