import { CHOICES_MAX, MODIFIERS_MAX, OPTIONS_MAX, SUBSCRIPTIONS_MAX, TEXT_MAX, VARIANTS_MAX } from '../constants.js'
import { idOf, isObject, nonEmpty, own } from '../internal/util.js'
import { makeModel, makeOption, type ProductIssues } from './common.js'
import { NameIndex, NO_ALIASES } from './model.js'
import type { Model, NChoice, NModifier, NOption, NSubscription, VariantReader } from './model.js'
import type { V3OptionChoiceIds } from '../product.js'

function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback
}

function choicesOf(parent: unknown, path: (string | number)[], issues: ProductIssues, needId: boolean): NChoice[] {
  const settings = own(parent, 'choicesSettings')
  const raw = issues.array(settings, 'choices', [...path, 'choicesSettings'], CHOICES_MAX)
  const choices: NChoice[] = []
  for (const [c, i] of issues.objects(raw, [...path, 'choicesSettings', 'choices'])) {
    const id = nonEmpty(own(c, 'choiceId'))
    const key = nonEmpty(own(c, 'key'))
    const name = nonEmpty(own(c, 'name')) ?? key ?? id
    if ((needId && id === undefined) || name === undefined) {
      issues.add(
        [...path, 'choicesSettings', 'choices', i],
        `Choice ${i} has no ${needId ? 'choiceId' : 'key or name'}.`,
      )
      continue
    }
    choices.push({
      id,
      key,
      name,
      aliases: NO_ALIASES,
      raw: c,
      visible: own(c, 'visible') !== false,
      inStock: own(c, 'inStock') !== false,
    })
  }
  return choices
}

/** Normalizes a Stores Catalog V3 product (`productsV3.V3Product`, SDK or REST shape). */
export function normalizeV3(product: object, issues: ProductIssues): Model {
  const options: NOption[] = []
  // Position in `options` by option id: variants name their choices by it.
  const optionIndex = new Map<string, number>()
  const rawOptions = issues.array(product, 'options', [], OPTIONS_MAX)
  for (const [o, i] of issues.objects(rawOptions, ['options'])) {
    const id = idOf(o)
    const key = nonEmpty(own(o, 'key'))
    const name = nonEmpty(own(o, 'name')) ?? key ?? id
    const choices = choicesOf(o, ['options', i], issues, true)
    if (id === undefined || name === undefined || optionIndex.has(id)) {
      issues.add(['options', i], `Option ${i} has ${id === undefined ? 'no id' : 'the id of an earlier option'}.`)
      continue
    }
    optionIndex.set(id, options.length)
    options.push(makeOption(id, key, name, choices, (c) => c.id, o))
  }

  const modifiers: NModifier[] = []
  const rawModifiers = issues.array(product, 'modifiers', [], MODIFIERS_MAX)
  for (const [m, i] of issues.objects(rawModifiers, ['modifiers'])) {
    const renderType = own(m, 'modifierRenderType')
    const text = own(m, 'freeTextSettings')
    const isText = renderType === 'FREE_TEXT' || (renderType === undefined && isObject(text))
    const id = idOf(m)
    const key = nonEmpty(own(m, 'key'))
    const textKey = nonEmpty(own(text, 'key'))
    const title = nonEmpty(own(text, 'title'))
    const name = nonEmpty(own(m, 'name')) ?? key ?? textKey ?? title
    if (name === undefined) {
      issues.add(['modifiers', i], `Modifier ${i} has no key or name.`)
      continue
    }
    const mandatory = own(m, 'mandatory') === true
    if (isText) {
      const minLength = count(own(text, 'minCharCount'), 0)
      const maxLength = Math.min(count(own(text, 'maxCharCount'), TEXT_MAX) || TEXT_MAX, TEXT_MAX)
      const aliases = [textKey, title].filter((a): a is string => a !== undefined)
      const outKey = textKey ?? key ?? title ?? name
      modifiers.push({
        kind: 'text',
        id,
        key,
        name,
        aliases,
        mandatory,
        choices: [],
        lookup: undefined,
        outKey,
        minLength,
        maxLength,
        raw: m,
      })
    } else {
      const choices = choicesOf(m, ['modifiers', i], issues, false)
      modifiers.push({
        kind: 'choices',
        id,
        key,
        name,
        aliases: NO_ALIASES,
        mandatory,
        choices,
        lookup: new NameIndex(choices),
        outKey: key ?? name,
        minLength: 0,
        maxLength: TEXT_MAX,
        raw: m,
      })
    }
  }

  const details = own(product, 'subscriptionDetails')
  const subscriptions: NSubscription[] = []
  const rawSubscriptions = issues.array(details, 'subscriptions', ['subscriptionDetails'], SUBSCRIPTIONS_MAX)
  for (const [s, i] of issues.objects(rawSubscriptions, ['subscriptionDetails', 'subscriptions'])) {
    const id = idOf(s)
    if (id === undefined) {
      issues.add(['subscriptionDetails', 'subscriptions', i], `Subscription ${i} has no id.`)
      continue
    }
    subscriptions.push({
      id,
      key: undefined,
      name: nonEmpty(own(s, 'title')) ?? id,
      aliases: NO_ALIASES,
      visible: own(s, 'visible') !== false,
      raw: s,
    })
  }

  const info = own(product, 'variantsInfo')
  let variants: readonly unknown[] | undefined
  if (Array.isArray(own(info, 'variants'))) {
    variants = issues.array(info, 'variants', ['variantsInfo'], VARIANTS_MAX)
  } else {
    issues.add(
      ['variantsInfo'],
      'The product has no variantsInfo.variants: queryProducts and searchProducts leave them out. Fetch it with getProduct or getProductBySlug.',
      'missing_variants',
    )
  }

  const reader: VariantReader = {
    tuple(raw, out, target) {
      out.fill(-1)
      const choices = own(raw, 'choices')
      const direct = own(raw, 'optionChoiceIds')
      const entries = Array.isArray(choices) && (choices.length > 0 || !Array.isArray(direct)) ? choices : direct
      // A raw variant that is not an object (null, a number, a hole of a sparse array) is no variant.
      if (!Array.isArray(entries)) return isObject(raw) && options.length === 0
      const nested = entries === choices
      for (let e = 0; e < entries.length; e++) {
        const ids = nested ? own(entries[e], 'optionChoiceIds') : entries[e]
        // Entries usually come in option order: check that option before hashing the id.
        const optionId = own(ids, 'optionId')
        const oi = optionId !== undefined && options[e]?.id === optionId ? e : optionIndex.get(optionId as string)
        if (oi === undefined) return false
        const want = target?.[oi] ?? -1
        const ci = (options[oi] as NOption).choiceIndex(own(ids, 'choiceId') as string, want < 0 ? undefined : want)
        if (ci === undefined || (out[oi] !== -1 && out[oi] !== ci) || (want >= 0 && want !== ci)) return false
        out[oi] = ci
      }
      if (target)
        for (let k = 0; k < out.length; k++) if ((target[k] as number) >= 0 && out[k] !== target[k]) return false
      return true
    },
    scan(variants, ids, target, from) {
      const scratch = new Int32Array(target.length)
      const wanted = ids.filter(Boolean).length
      const complete = wanted === ids.length
      for (let v = from; v < variants.length; v++) {
        const variant = variants[v]
        // Own reads, as in tuple(): an inherited `choices` must not hide the variant's own entries.
        const nested = own(variant, 'choices')
        const entries = Array.isArray(nested) && nested.length > 0 ? nested : own(variant, 'optionChoiceIds')
        // Plain reads: every wanted id must be some entry's choiceId (all options chosen: every entry's
        // choiceId must be wanted, so most variants are left at their first entry); tuple() confirms.
        let hits = 0
        if (Array.isArray(entries)) {
          for (let j = 0; j < entries.length; j++) {
            const entry = entries[j] as ({ optionChoiceIds?: V3OptionChoiceIds } & V3OptionChoiceIds) | null
            if (ids.includes((entries === nested ? entry?.optionChoiceIds : entry)?.choiceId ?? undefined)) hits++
            else if (complete) break
          }
        }
        if ((!Array.isArray(entries) || hits >= wanted) && this.tuple(variant, scratch, target)) return v
      }
      return -1
    },
    id: idOf,
    visible: (raw) => own(raw, 'visible') !== false,
    inStock: (raw) => own(own(raw, 'inventoryStatus'), 'inStock') !== false,
    preorder: (raw) => own(own(raw, 'inventoryStatus'), 'preorderEnabled') === true,
  }

  return makeModel({
    version: 'V3',
    productId: idOf(product),
    visible: own(product, 'visible') !== false,
    managed: true,
    options,
    modifiers,
    subscriptions,
    allowOneTimePurchases: own(details, 'allowOneTimePurchases') === true,
    variants,
    reader,
    productInStock: true,
    issues: issues.list,
    raw: product,
  })
}
