import { prepare, referenceResult } from './engine/pipeline.js'
import { STORES_APP_ID } from './constants.js'
import { checkSelection } from './engine/validate.js'
import { liveReading } from './engine/variants.js'
import { CatalogReferenceError } from './errors.js'
import type { BuildIssue } from './issues.js'
import { pushIssue, unreadableIssue } from './internal/issues.js'
import { quote, received, typeName } from './internal/text.js'
import { isObject, own, setOwn, snapshot } from './internal/util.js'
import type { Model, ModelChoice, Named } from './normalize/model.js'
import type { NameIndex } from './normalize/name-index.js'
import type { CatalogProduct } from './product.js'
import type { StoresCatalogReference } from './reference.js'
import type { BuildResult } from './result.js'
import type { BuildOptions, Selection } from './selection.js'

type Json = Readonly<Record<string, unknown>>

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (!isObject(a) || !isObject(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]))
}

/** The reference without `preOrderRequested`, which follows the variant's stock, not the buyer. */
function comparable(ref: Json): Json {
  const { preOrderRequested: _, ...options } = isObject(ref['options']) ? ref['options'] : {}
  return { ...ref, options }
}

/**
 * The strongest name of an item that resolves back to it alone (its id, else its key, name or an
 * alias): a name may also be another item's key, and keys are matched first.
 */
function strongestName<T extends Named>(item: T, index: NameIndex<T> | undefined): string {
  for (const value of [item.id, item.key, item.name, ...item.aliases]) {
    const hit = value === undefined ? undefined : index?.resolve(value)
    if (hit && 'found' in hit && hit.found === item) return value as string
  }
  return item.id ?? item.key ?? item.name
}

/** Copies a map of strings, renaming each key (and value) through `rename`. */
function remap(
  value: unknown,
  rename: (key: string, value: string) => [string, string],
): Record<string, string> | undefined {
  if (!isObject(value)) return undefined
  const out: Record<string, string> = {}
  for (const key of Object.keys(value)) {
    const v = value[key]
    if (typeof v === 'string') setOwn(out, ...rename(key, v))
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** The selection a reference's `options` stand for (each name the strongest the builders resolve). */
function toSelection(model: Model, options: Json, issues: BuildIssue[], choiceValue: 'key' | 'name'): Selection {
  const selection: { -readonly [K in keyof Selection]: Selection[K] } = variantSelection(
    model,
    own(options, 'variantId'),
    issues,
  )
  // V1: option name → description, as the builder takes them. V3: modifier key → choice.
  const choices = own(options, 'options')
  const modifierChoices = model.facts.referenceOptions === 'modifiers'
  const named = modifierChoices ? undefined : remap(choices, (k, v) => [k, v])
  if (named) selection.options = named
  const modifiers = modifierSelection(model, modifierChoices ? choices : undefined, options, choiceValue)
  if (Object.keys(modifiers).length > 0) selection.modifiers = modifiers
  const subscription = own(options, 'subscriptionOptionId')
  if (subscription !== undefined) selection.subscriptionOptionId = subscription as string
  return selection
}

/**
 * The reference's `variantId` as a selection: the variant's options on a product that manages
 * variants and lists them, else the id itself (a product without its variants, a V1 unmanaged one).
 */
function variantSelection(
  model: Model,
  variantId: unknown,
  issues: BuildIssue[],
): Pick<Selection, 'variantId' | 'options'> {
  if (variantId === undefined) return {}
  const path = ['options', 'variantId']
  if (typeof variantId !== 'string') {
    pushIssue(issues, {
      code: 'invalid_reference',
      path,
      message: `"options.variantId" must be a string, not ${typeName(variantId)}.`,
      received: received(variantId),
    })
    return {}
  }
  const variants = model.managed ? liveReading.variants(model) : undefined
  if (!variants) return { variantId }
  const v = variants.findById(variantId)
  const tuple = new Int32Array(model.options.length)
  if (v < 0 || !variants.tupleOf(v, tuple)) {
    pushIssue(issues, {
      code: 'unknown_variant',
      path,
      message: `The product has no variant ${quote(variantId)}.`,
      received: received(variantId),
    })
    return {}
  }
  const options = remap(
    Object.fromEntries(
      model.options.map((option, k) => [
        strongestName(option, model.optionLookup),
        strongestName(option.choices[tuple[k]!]!, option.lookup),
      ]),
    ),
    (k, c) => [k, c],
  )
  return options ? { options } : {}
}

/** V3 choice modifiers (`choices`, key → choice) and free or custom text, by the strongest names. */
function modifierSelection(
  model: Model,
  choices: unknown,
  options: Json,
  choiceValue: 'key' | 'name',
): Record<string, string> {
  return {
    ...remap(choices, (key, value) => {
      const modifier = model.modifiers.find((m) => m.kind === 'choices' && m.outKey === key)
      // The value is a choice key (or name) as the reference was built; try the other reading second.
      const byKey = (c: ModelChoice): boolean => (c.key ?? c.name) === value
      const byName = (c: ModelChoice): boolean => c.name === value
      const [first, second] = choiceValue === 'name' ? [byName, byKey] : [byKey, byName]
      const choice = modifier?.choices.find(first) ?? modifier?.choices.find(second)
      return modifier && choice
        ? [strongestName(modifier, model.modifierLookup), strongestName(choice, modifier.lookup)]
        : [key, value]
    }),
    ...remap(own(options, 'customTextFields'), (key, text) => {
      const modifier = model.modifiers.find((m) => m.kind === 'text' && m.outKey === key)
      return [modifier ? strongestName(modifier, model.modifierLookup) : key, text]
    }),
  }
}

/**
 * Turns a Wix Stores `catalogReference` back into the {@link Selection} that builds it, for "edit this
 * cart line" flows: V3 by ids (option id → choice id, modifier id → choice id, free text), V1 by
 * names. `buildCatalogReference(product, parsed.data)` deep-equals the reference for every valid one:
 * the parse is proven by rebuilding. Availability is not checked (a line may have sold out since).
 * Pass the `BuildOptions` the reference was built with (`modifierChoiceValue: 'name'` for references
 * that carry choice names).
 * @example
 * ```ts
 * const parsed = parseCatalogReference(product, cart.lineItems[0].catalogReference)
 * if (parsed.success) prefillForm(parsed.data) // { options: { [optionId]: choiceId }, modifiers, ... }
 * ```
 */
export function parseCatalogReference(
  product: CatalogProduct,
  catalogReference: StoresCatalogReference | Json,
  options?: BuildOptions,
): BuildResult<Selection> {
  // Every input is read once: the reference by snapshot(), the product and options by prepare().
  const { ref, issues: refIssues } = readReference(catalogReference)
  // The reference's variantId is explicit: it passes a product without variants (docs/decisions.md).
  const variantId = own(own(ref, 'options'), 'variantId')
  const prepared = prepare(product, typeof variantId === 'string' ? { variantId } : undefined, options, liveReading)
  const { issues, model } = prepared
  issues.push(...refIssues)
  let selection: Selection = {}
  const refOptions = isObject(ref) && model && issues.length === 0 ? envelopeOptions(ref, model, issues) : undefined
  if (refOptions && model) {
    try {
      selection = toSelection(model, refOptions, issues, prepared.options.choiceValue)
    } catch {
      // A variant whose fields throw when read (a getter or a Proxy): the product cannot be read.
      pushIssue(issues, unreadableIssue('invalid_product', ['product'], 'product'))
    }
  }
  if (issues.length > 0 || model === undefined) return { success: false, error: new CatalogReferenceError(issues) }
  // Rebuilt from the same model and checked options (nothing is read again), availability ignored.
  const rebuilt = referenceResult({
    ...prepared,
    model,
    selection: checkSelection(selection, issues),
    options: { ...prepared.options, enforce: false },
    issues,
  })
  if (!rebuilt.success) return rebuilt
  if (!jsonEqual(comparable(rebuilt.data as unknown as Json), comparable(ref as Json))) {
    pushIssue(issues, {
      code: 'invalid_reference',
      path: [],
      message: `The reference is not one this product builds; the closest is ${JSON.stringify(rebuilt.data).slice(0, 300)}.`,
    })
    return { success: false, error: new CatalogReferenceError(issues) }
  }
  return { success: true, data: selection }
}

/** The reference as plain data (read once, 4 levels deep), or the issue that it is no object or cannot be read. */
function readReference(catalogReference: unknown): { ref: unknown; issues: BuildIssue[] } {
  const issues: BuildIssue[] = []
  let ref: unknown
  try {
    ref = snapshot(catalogReference, 4)
    if (!isObject(ref))
      pushIssue(issues, {
        code: 'invalid_reference',
        path: [],
        message: `The catalogReference must be an object, not ${typeof catalogReference === 'function' ? 'a function' : typeName(ref)}.`,
      })
  } catch {
    pushIssue(issues, {
      code: 'invalid_reference',
      path: [],
      message: 'The catalogReference could not be read: a getter or Proxy in it threw.',
    })
  }
  return { ref, issues }
}

/**
 * Checks that the reference names this product in Wix Stores (an issue for each field that does not)
 * and gives its `options` object (absent: empty), or undefined when that is no object.
 */
function envelopeOptions(ref: Json, model: Model, issues: BuildIssue[]): Json | undefined {
  const itemId = ref['catalogItemId']
  const show = (value: unknown): string => quote(typeof value === 'object' && value !== null ? typeName(value) : value)
  if (itemId !== model.productId)
    pushIssue(issues, {
      code: 'invalid_reference',
      path: ['catalogItemId'],
      message: `The reference is for catalog item ${show(itemId)}, not this product (${quote(model.productId)}).`,
      received: received(itemId),
    })
  if (ref['appId'] !== STORES_APP_ID)
    pushIssue(issues, {
      code: 'invalid_reference',
      path: ['appId'],
      message: `The appId ${show(ref['appId'])} is not Wix Stores (${STORES_APP_ID}).`,
      received: received(ref['appId']),
    })
  const refOptions = ref['options'] ?? {}
  if (isObject(refOptions)) return refOptions
  pushIssue(issues, {
    code: 'invalid_reference',
    path: ['options'],
    message: `"options" must be an object, not ${typeName(refOptions)}.`,
  })
  return undefined
}
