/**
 * docs/building.md: the throwing form throws only a CatalogReferenceError. Type-checked, quoted whole,
 * and run by test/docs/snippets.test.ts.
 */
// #region throwing
import { buildCatalogReference, type CatalogProduct, type Selection } from 'wix-catalog-reference'

export function referenceOrMessage(product: CatalogProduct, chosen: Selection): string {
  try {
    return JSON.stringify(buildCatalogReference(product, chosen))
  } catch (error) {
    // Always a CatalogReferenceError: error.issues holds every issue, error.message lists them.
    return error instanceof Error ? error.message : String(error)
  }
}
// #endregion throwing
