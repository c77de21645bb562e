/**
 * The import block of docs/catalog.md, type-checked.
 */
// #region catalog-import
import {
  buildCustomCatalogReference,
  safeBuildCustomCatalogReference,
  createCatalogItemsHandler,
  isCatalogReferenceError,
} from 'wix-catalog-reference/catalog'
// #endregion catalog-import

export {
  buildCustomCatalogReference,
  createCatalogItemsHandler,
  isCatalogReferenceError,
  safeBuildCustomCatalogReference,
}
