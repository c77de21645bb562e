/*
 * The reference of a resolved selection, in the shape of its catalog version:
 * - V3: always `variantId`; choice modifiers in `options` by modifier key → choice key (or name);
 *   free text in `customTextFields` by `freeTextSettings.key`; the subscription id;
 *   `preOrderRequested` for an out-of-stock variant that takes pre-orders.
 * - V1: managed variants → `variantId`; otherwise `options` = option name → choice description, in
 *   product order. Custom text by title; a given subscription id passes through. (V1 variants take
 *   no pre-orders: `preorder` is never set for them.)
 */
import { STORES_APP_ID } from '../constants.js'
import type { Resolved } from '../engine/resolve.js'
import { setOwn } from '../internal/util.js'
import type { StoresCatalogReference, StoresCatalogReferenceOptions } from '../reference.js'

/** A plain object from entries, own properties only (safe for `__proto__`), or undefined when empty. */
function record(entries: readonly (readonly [string, string])[]): Record<string, string> | undefined {
  if (entries.length === 0) return undefined
  const out: Record<string, string> = {}
  for (const [key, value] of entries) setOwn(out, key, value)
  return out
}

/** What `options.options` holds: V3 choice modifiers; V1 options when no managed variant id says them. */
function choiceEntries({ model, chosen, modifierOptions }: Resolved): readonly (readonly [string, string])[] {
  if (model.facts.referenceOptions === 'modifiers') return modifierOptions
  return model.managed ? [] : model.options.map((option, k) => [option.name, option.choices[chosen[k]!]!.name] as const)
}

/** The reference of a resolved selection that has no issues: fields in the documented order, nothing undefined, nothing empty. */
export function emitReference(resolved: Resolved): StoresCatalogReference {
  const options: StoresCatalogReferenceOptions = {}
  if (resolved.variantId !== undefined) options.variantId = resolved.variantId
  const choices = record(choiceEntries(resolved))
  if (choices !== undefined) options.options = choices
  const text = record(resolved.customText)
  if (text !== undefined) options.customTextFields = text
  if (resolved.subscriptionId !== undefined) options.subscriptionOptionId = resolved.subscriptionId
  if (resolved.preorder) options.preOrderRequested = true
  const ref: StoresCatalogReference = { catalogItemId: resolved.model.productId as string, appId: STORES_APP_ID }
  if (Object.keys(options).length > 0) ref.options = options
  return ref
}
