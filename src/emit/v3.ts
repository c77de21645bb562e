import type { Resolved } from '../engine/resolve.js'
import type { StoresCatalogReference } from '../reference.js'
import { record, reference } from './common.js'

/**
 * Catalog V3: always `variantId`; choice modifiers in `options` by modifier key → choice key (or
 * name); free text in `customTextFields` by `freeTextSettings.key`; the subscription id;
 * `preOrderRequested` for an out-of-stock variant that takes pre-orders.
 */
export function emitV3(resolved: Resolved): StoresCatalogReference {
  return reference(resolved, {
    variantId: resolved.variantId,
    options: record(resolved.modifierOptions),
    preOrderRequested: resolved.preorder,
  })
}
