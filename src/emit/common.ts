import { STORES_APP_ID } from '../constants.js'
import { setOwn } from '../internal/util.js'
import type { Resolved } from '../engine/resolve.js'
import type { StoresCatalogReference, StoresCatalogReferenceOptions } from '../reference.js'

/** A plain object from entries, own properties only (safe for `__proto__`), or undefined when empty. */
export function record(entries: readonly (readonly [string, string])[]): Record<string, string> | undefined {
  if (entries.length === 0) return undefined
  const out: Record<string, string> = {}
  for (const [key, value] of entries) setOwn(out, key, value)
  return out
}

/** Assembles the reference: fields in the documented order, nothing undefined, nothing empty. */
export function reference(
  resolved: Resolved,
  fields: {
    variantId?: string | undefined
    options?: Record<string, string> | undefined
    preOrderRequested?: boolean
  },
): StoresCatalogReference {
  const options: StoresCatalogReferenceOptions = {}
  if (fields.variantId !== undefined) options.variantId = fields.variantId
  if (fields.options !== undefined) options.options = fields.options
  const text = record(resolved.customText)
  if (text !== undefined) options.customTextFields = text
  if (resolved.subscriptionId !== undefined) options.subscriptionOptionId = resolved.subscriptionId
  if (fields.preOrderRequested === true) options.preOrderRequested = true
  const ref: StoresCatalogReference = { catalogItemId: resolved.model.productId as string, appId: STORES_APP_ID }
  if (Object.keys(options).length > 0) ref.options = options
  return ref
}
