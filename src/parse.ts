import { prepare, referenceResult } from './engine/pipeline.js'
import { STORES_APP_ID } from './constants.js'
import { checkSelection } from './engine/validate.js'
import { liveReading } from './engine/variants.js'
import { CatalogReferenceError } from './errors.js'
import type { BuildIssue } from './issues.js'
import { pushIssue, unreadableIssue } from './internal/issues.js'
import { quote, received, typeName } from './internal/text.js'
import { isObject, own, setOwn, snapshot } from './internal/util.js'
import type { Model, ModelChoice, ModelModifier, Named } from './normalize/model.js'
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

function toSelection(model: Model, options: Json, issues: BuildIssue[], choiceValue: 'key' | 'name'): Selection {
  const selection: { -readonly [K in keyof Selection]: Selection[K] } = {}
  const variantId = own(options, 'variantId')
  if (variantId !== undefined && typeof variantId !== 'string') {
    pushIssue(issues, {
      code: 'invalid_reference',
      path: ['options', 'variantId'],
      message: `"options.variantId" must be a string, not ${typeName(variantId)}.`,
      received: received(variantId),
    })
  } else if (typeof variantId === 'string' && model.managed) {
    const variants = liveReading.variants(model)
    const v = variants ? variants.findById(variantId) : -1
    const tuple = new Int32Array(model.options.length)
    if (!variants) selection.variantId = variantId
    else if (v < 0 || !variants.tupleOf(v, tuple))
      pushIssue(issues, {
        code: 'unknown_variant',
        path: ['options', 'variantId'],
        message: `The product has no variant ${quote(variantId)}.`,
        received: received(variantId),
      })
    else {
      const byVariant = remap(
        Object.fromEntries(
          model.options.map((o, k) => [
            strongestName(o, model.optionLookup),
            strongestName(o.choices[tuple[k] as number] as ModelChoice, o.lookup),
          ]),
        ),
        (k, c) => [k, c],
      )
      if (byVariant) selection.options = byVariant
    }
  } else if (variantId !== undefined) {
    selection.variantId = variantId
  }
  // V1: option name → description, as the builder takes them. V3: modifier key → choice.
  const choices = own(options, 'options')
  const modifierChoices = model.facts.referenceOptions === 'modifiers'
  const named = modifierChoices ? undefined : remap(choices, (k, v) => [k, v])
  if (named) selection.options = named
  const byKey = (key: string): ModelModifier | undefined =>
    model.modifiers.find((m) => m.kind === 'text' && m.outKey === key)
  const modifiers = {
    ...remap(modifierChoices ? choices : undefined, (key, value) => {
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
      const modifier = byKey(key)
      return [modifier ? strongestName(modifier, model.modifierLookup) : key, text]
    }),
  }
  if (Object.keys(modifiers).length > 0) selection.modifiers = modifiers
  const subscription = own(options, 'subscriptionOptionId')
  if (subscription !== undefined) selection.subscriptionOptionId = subscription as string
  return selection
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
  const refIssues: BuildIssue[] = []
  let ref: unknown
  try {
    ref = snapshot(catalogReference, 4)
    if (!isObject(ref))
      pushIssue(refIssues, {
        code: 'invalid_reference',
        path: [],
        message: `The catalogReference must be an object, not ${typeof catalogReference === 'function' ? 'a function' : typeName(ref)}.`,
      })
  } catch {
    pushIssue(refIssues, {
      code: 'invalid_reference',
      path: [],
      message: 'The catalogReference could not be read: a getter or Proxy in it threw.',
    })
  }
  // The reference's variantId is explicit: it passes a product without variants (docs/decisions.md).
  const variantId = own(own(ref, 'options'), 'variantId')
  const prepared = prepare(product, typeof variantId === 'string' ? { variantId } : undefined, options, liveReading)
  const { issues, model } = prepared
  issues.push(...refIssues)
  let selection: Selection = {}
  if (isObject(ref) && model && issues.length === 0) {
    const refOptions = ref['options'] ?? {}
    const itemId = ref['catalogItemId']
    const show = (value: unknown): string =>
      quote(typeof value === 'object' && value !== null ? typeName(value) : value)
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
    if (!isObject(refOptions))
      pushIssue(issues, {
        code: 'invalid_reference',
        path: ['options'],
        message: `"options" must be an object, not ${typeName(refOptions)}.`,
      })
    else {
      try {
        selection = toSelection(model, refOptions, issues, prepared.options.choiceValue)
      } catch {
        // A variant whose fields throw when read (a getter or a Proxy): the product cannot be read.
        pushIssue(issues, unreadableIssue('invalid_product', ['product'], 'product'))
      }
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
