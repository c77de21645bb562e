/**
 * docs/catalog.md: a custom catalogReference, and the issues of a wrong one. Type-checked, quoted
 * whole, and run by test/docs/snippets.test.ts.
 */
// #region custom-reference-build
import {
  type BuildIssue,
  buildCustomCatalogReference,
  type CatalogReference,
  safeBuildCustomCatalogReference,
} from 'wix-catalog-reference/catalog'

export const catalogReference: CatalogReference = buildCustomCatalogReference({
  appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
  catalogItemId: 'f95bd723-ea83-40f2-8cb8-accff2d54866',
  options: { color: 'Green', size: 'M' },
})
// { catalogItemId: 'f95bd723-…', appId: '3b8658a6-…', options: { color: 'Green', size: 'M' } }

const result = safeBuildCustomCatalogReference({ appId: 'stores', catalogItemId: '' })
export const issues: readonly BuildIssue[] = result.success ? [] : result.error.issues
// [ { code: 'invalid_reference', path: ['appId'], received: 'stores',
//     message: 'appId must be your app\'s id from the app dashboard, a GUID such as "3b8658a6-3282-4b5e-ae0e-439113e20aef"; got "stores".' },
//   { code: 'invalid_reference', path: ['catalogItemId'], received: '',
//     message: 'catalogItemId must be 1 to 36 characters; got 0.' } ]
// #endregion custom-reference-build
