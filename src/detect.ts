import { unwrap } from './internal/util.js'
import { detectVersion } from './normalize/index.js'
import type { CatalogVersion } from './reference.js'

/**
 * Tells a Stores Catalog V3 product (`variantsInfo`, `modifiers`, `subscriptionDetails`, options with
 * `choicesSettings`, or a `queryProducts` result's `variantSummary` / `actualPriceRange`) from a V1 one
 * (`productOptions`, `manageVariants`, `customTextFields`, variants with a `choices` map). `undefined`
 * when the product shows neither. A response wrapper `{ product: {...} }` is looked into.
 * @example
 * ```ts
 * detectCatalogVersion(await productsV3.getProduct(id)) // 'V3'
 * detectCatalogVersion({ _id: 'x' }) // undefined
 * ```
 */
export function detectCatalogVersion(product: unknown): CatalogVersion | undefined {
  try {
    return detectVersion(unwrap(product))
  } catch {
    return undefined
  }
}
