import { lineItemResult, prepare, referenceResult } from './engine/pipeline.js'
import { liveReading } from './engine/variants.js'
import type { CatalogProduct } from './product.js'
import type { LineItem, StoresCatalogReference } from './reference.js'
import type { BuildResult } from './result.js'
import type { BuildOptions, Selection } from './selection.js'

/**
 * Builds the `catalogReference` for a Wix Stores product (Catalog V1 or V3) and the buyer's
 * selection, or returns every issue found. Never throws, whatever the input.
 * @param product A V1 or V3 product as Wix returns it: SDK (`_id`), REST (`id`) or Velo shape.
 * @param selection What the buyer chose: options, variantId, modifiers, subscriptionOptionId.
 * @param options `catalogVersion`, `availability`, `modifierChoiceValue`.
 * @example
 * ```ts
 * const result = safeBuildCatalogReference(product, { options: { Size: 'L', 'Box color': 'Blue' } })
 * if (result.success) console.log(result.data.options?.variantId)
 * else for (const issue of result.error.issues) console.log(issue.code, issue.path, issue.message)
 * ```
 * @see https://dev.wix.com/docs/sdk/backend-modules/stores/catalog-v3/e-commerce-integration
 */
export function safeBuildCatalogReference(
  product: CatalogProduct,
  selection?: Selection,
  options?: BuildOptions,
): BuildResult<StoresCatalogReference> {
  return referenceResult(prepare(product, selection, options, liveReading))
}

/**
 * Builds the `catalogReference` for a Wix Stores product (Catalog V1 or V3) and the buyer's selection.
 * @throws {CatalogReferenceError} with every issue found (`error.issues`) when the selection does not
 *   make a valid reference for this product.
 * @example
 * ```ts
 * const catalogReference = buildCatalogReference(product, {
 *   options: { Size: 'S', 'Box color': 'Red' },
 *   modifiers: { Engraving: 'For my best friend! :)' },
 * })
 * await currentCart.addToCurrentCart({ lineItems: [{ catalogReference, quantity: 1 }] })
 * ```
 * @see https://dev.wix.com/docs/velo/apis/wix-stores-backend/e-commerce-integration
 */
export function buildCatalogReference(
  product: CatalogProduct,
  selection?: Selection,
  options?: BuildOptions,
): StoresCatalogReference {
  const result = safeBuildCatalogReference(product, selection, options)
  if (!result.success) throw result.error
  return result.data
}

/**
 * Builds a line item `{ catalogReference, quantity }` (quantity from `selection.quantity`, default 1,
 * an integer from 1 to 100000), or returns every issue found. Never throws.
 * @example
 * ```ts
 * const result = safeBuildLineItem(product, { options: { Size: 'L' }, quantity: 2 })
 * if (!result.success) return { errors: result.error.issues }
 * ```
 */
export function safeBuildLineItem(
  product: CatalogProduct,
  selection?: Selection,
  options?: BuildOptions,
): BuildResult<LineItem> {
  return lineItemResult(prepare(product, selection, options, liveReading))
}

/**
 * Builds a line item `{ catalogReference, quantity }` for cart, current-cart and checkout calls.
 * @throws {CatalogReferenceError} with every issue found, including `invalid_quantity`.
 * @example
 * ```ts
 * const lineItem = buildLineItem(product, { options: { Size: 'L' }, quantity: 2 })
 * await currentCart.addToCurrentCart({ lineItems: [lineItem] })
 * ```
 */
export function buildLineItem(product: CatalogProduct, selection?: Selection, options?: BuildOptions): LineItem {
  const result = safeBuildLineItem(product, selection, options)
  if (!result.success) throw result.error
  return result.data
}
