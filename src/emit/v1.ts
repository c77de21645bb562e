import type { Resolved } from '../engine/resolve.js'
import type { ModelChoice } from '../normalize/model.js'
import type { StoresCatalogReference } from '../reference.js'
import { record, reference } from './common.js'

/**
 * Catalog V1: managed variants → `variantId`; otherwise `options` = option name → choice description,
 * in product order. Custom text by title; a given subscription id passes through.
 */
export function emitV1(resolved: Resolved): StoresCatalogReference {
  const { model, chosen } = resolved
  if (model.managed) return reference(resolved, { variantId: resolved.variantId })
  const entries = model.options.map(
    (option, k) => [option.name, (option.choices[chosen[k] as number] as ModelChoice).name] as const,
  )
  return reference(resolved, { options: record(entries) })
}
