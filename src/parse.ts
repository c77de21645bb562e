import { prepare, safeBuildCatalogReference } from './build.js'
import { STORES_APP_ID } from './constants.js'
import { findById } from './engine/variant-index.js'
import { CatalogReferenceError } from './errors.js'
import type { BuildIssue, IssuePath } from './issues.js'
import { isObject, own, q, received, setOwn, typeName } from './internal/util.js'
import type { Model, NModifier } from './normalize/model.js'
import type { CatalogProduct } from './product.js'
import type { StoresCatalogReference } from './reference.js'
import type { BuildResult } from './result.js'
import type { BuildOptions, Selection } from './selection.js'

const REFERENCE_KEYS = ['catalogItemId', 'appId', 'options']
const OPTION_KEYS = ['variantId', 'options', 'customTextFields', 'subscriptionOptionId', 'preOrderRequested']

function bad(issues: BuildIssue[], path: IssuePath, message: string, value?: unknown): void {
  issues.push({ code: 'invalid_reference', path, message, ...(value !== undefined ? { received: received(value) } : {}) })
}

function strings(value: unknown, path: IssuePath, issues: BuildIssue[]): [string, string][] {
  if (value === undefined) return []
  if (!isObject(value)) {
    bad(issues, path, `Must be an object of strings, not ${typeName(value)}.`, value)
    return []
  }
  const out: [string, string][] = []
  for (const key of Object.keys(value).slice(0, 200)) {
    const v = own(value, key)
    if (typeof v === 'string') out.push([key, v])
    else bad(issues, [...path, key], `Must be a string, not ${typeName(v)}.`, v)
  }
  return out
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (!isObject(a) || !isObject(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]))
}

function withoutPreorder(ref: unknown): unknown {
  const options = own(ref, 'options')
  if (!isObject(options) || !('preOrderRequested' in options)) return ref
  const { preOrderRequested: _, ...rest } = options
  return { ...(ref as object), options: rest }
}

function selectionKey(modifier: NModifier): string {
  return modifier.id ?? modifier.key ?? modifier.name
}

function toSelection(model: Model, ref: object, issues: BuildIssue[]): Selection {
  const refOptions = own(ref, 'options')
  if (refOptions !== undefined && !isObject(refOptions)) bad(issues, ['options'], `"options" must be an object, not ${typeName(refOptions)}.`, refOptions)
  const opts = isObject(refOptions) ? refOptions : {}
  for (const key of Object.keys(opts)) if (!OPTION_KEYS.includes(key)) bad(issues, ['options', key], `Unknown catalogReference option ${q(key)}. Stores references use: ${OPTION_KEYS.join(', ')}.`)

  const options: Record<string, string> = {}
  const modifiers: Record<string, string> = {}
  const selection: { options?: Record<string, string>; variantId?: string; modifiers?: Record<string, string>; subscriptionOptionId?: string } = {}
  const variantId = own(opts, 'variantId')
  const choiceMap = strings(own(opts, 'options'), ['options', 'options'], issues)

  if (variantId !== undefined && typeof variantId !== 'string') bad(issues, ['options', 'variantId'], `"variantId" must be a string, not ${typeName(variantId)}.`, variantId)
  if (model.managed) {
    if (typeof variantId !== 'string') {
      if (variantId === undefined) bad(issues, ['options', 'variantId'], 'This product manages variants: its references carry options.variantId.')
    } else if (model.variants === undefined) {
      selection.variantId = variantId
    } else {
      const v = findById(model, variantId)
      const tuple = new Int32Array(model.options.length)
      if (v < 0 || !model.reader.tuple(model.variants[v], tuple)) {
        issues.push({ code: 'unknown_variant', path: ['options', 'variantId'], message: `The product has no variant ${q(variantId)}.`, received: received(variantId) })
      } else {
        model.options.forEach((option, k) => {
          const choice = option.choices[tuple[k] as number]
          if (choice !== undefined) setOwn(options, option.id ?? option.name, choice.id ?? choice.name)
        })
      }
    }
  } else if (variantId !== undefined) {
    bad(issues, ['options', 'variantId'], 'This product does not manage variants: its references carry option names in options.options, not a variantId.', variantId)
  }

  for (const [key, value] of choiceMap) {
    const path = ['options', 'options', key]
    if (model.version === 'V1') {
      const option = model.options.find((o) => o.name === key)
      if (model.managed) bad(issues, path, 'This product manages variants: its references carry a variantId, not options.', key)
      else if (option === undefined) issues.push({ code: 'unknown_option', path, message: `The product has no option ${q(key)}.`, received: received(key) })
      else if (!option.choiceIndex.has(value)) issues.push({ code: 'unknown_choice', path, message: `Option ${q(key)} has no choice ${q(value)}.`, option: option.name, received: received(value) })
      else setOwn(options, key, value)
      continue
    }
    const modifier = model.modifiers.find((m) => m.kind === 'choices' && m.outKey === key)
    const choice = modifier?.choices.find((c) => (c.key ?? c.name) === value || c.name === value)
    if (modifier === undefined) issues.push({ code: 'unknown_modifier', path, message: `The product has no choice modifier with key ${q(key)}.`, received: received(key) })
    else if (choice === undefined) issues.push({ code: 'unknown_modifier_choice', path, message: `Modifier ${q(modifier.name)} has no choice ${q(value)}.`, modifier: modifier.name, received: received(value) })
    else setOwn(modifiers, selectionKey(modifier), choice.id ?? choice.key ?? choice.name)
  }

  for (const [key, text] of strings(own(opts, 'customTextFields'), ['options', 'customTextFields'], issues)) {
    const modifier = model.modifiers.find((m) => m.kind === 'text' && m.outKey === key)
    if (modifier === undefined) issues.push({ code: 'unknown_modifier', path: ['options', 'customTextFields', key], message: `The product has no custom text field with key ${q(key)}.`, received: received(key) })
    else setOwn(modifiers, selectionKey(modifier), text)
  }

  const subscription = own(opts, 'subscriptionOptionId')
  if (subscription !== undefined && typeof subscription !== 'string') bad(issues, ['options', 'subscriptionOptionId'], `"subscriptionOptionId" must be a string, not ${typeName(subscription)}.`, subscription)
  const preorder = own(opts, 'preOrderRequested')
  if (preorder !== undefined && typeof preorder !== 'boolean') bad(issues, ['options', 'preOrderRequested'], `"preOrderRequested" must be a boolean, not ${typeName(preorder)}.`, preorder)

  if (Object.keys(options).length > 0) selection.options = options
  if (Object.keys(modifiers).length > 0) selection.modifiers = modifiers
  if (typeof subscription === 'string') selection.subscriptionOptionId = subscription
  return selection
}

/**
 * Turns a Wix Stores `catalogReference` back into the {@link Selection} that builds it, for "edit this
 * cart line" flows: V3 by ids (option id → choice id, modifier id/key → choice id/key, free text),
 * V1 by names. `buildCatalogReference(product, parse(ref).data)` deep-equals `ref` for every valid
 * reference. Availability is not checked (a line may have sold out since). Pass the same
 * `BuildOptions` the reference was built with (`modifierChoiceValue: 'name'` for references that carry
 * choice names).
 * @example
 * ```ts
 * const line = cart.lineItems[0]
 * const parsed = parseCatalogReference(product, line.catalogReference)
 * if (parsed.success) prefillForm(parsed.data) // { options: { [optionId]: choiceId }, modifiers, ... }
 * ```
 */
export function parseCatalogReference(product: CatalogProduct, catalogReference: StoresCatalogReference | Readonly<Record<string, unknown>>, options?: BuildOptions): BuildResult<Selection> {
  const prepared = prepare(product, undefined, options)
  const { issues, model } = prepared
  let selection: Selection = {}
  try {
    if (model !== undefined && !issues.some((i) => i.code === 'invalid_product' || i.code === 'missing_variants')) {
      if (!isObject(catalogReference)) {
        bad(issues, [], `The catalogReference must be an object, not ${typeName(catalogReference)}.`, catalogReference)
      } else {
        for (const key of Object.keys(catalogReference)) if (!REFERENCE_KEYS.includes(key)) bad(issues, [key], `Unknown catalogReference field ${q(key)}.`)
        const itemId = own(catalogReference, 'catalogItemId')
        const appId = own(catalogReference, 'appId')
        if (itemId !== model.productId) bad(issues, ['catalogItemId'], `The reference is for catalog item ${q(itemId)}, not for this product (${q(model.productId)}).`, itemId)
        if (appId !== STORES_APP_ID) bad(issues, ['appId'], `The reference's appId ${q(appId)} is not Wix Stores (${STORES_APP_ID}).`, appId)
        selection = toSelection(model, catalogReference, issues)
      }
    }
  } catch {
    bad(issues, [], 'The catalogReference could not be read.')
  }
  if (issues.length > 0) return { success: false, error: new CatalogReferenceError(issues) }
  const rebuilt = safeBuildCatalogReference(product, selection, { ...options, availability: 'ignore' })
  if (!rebuilt.success) return rebuilt
  if (!jsonEqual(withoutPreorder(rebuilt.data), withoutPreorder(catalogReference))) {
    return { success: false, error: new CatalogReferenceError([{ code: 'invalid_reference', path: [], message: `The reference is not one this product builds: it would be ${JSON.stringify(rebuilt.data).slice(0, 300)}.` }]) }
  }
  return { success: true, data: selection }
}

