/**
 * docs/building.md: a response wrapper is accepted as it is, and `result.error?.issues` reads
 * without narrowing. Type-checked, quoted whole, and run by test/docs/snippets.test.ts.
 */
// #region response-wrapper
import {
  type BuildResult,
  safeBuildCatalogReference,
  type StoresCatalogReference,
  type V1Product,
} from 'wix-catalog-reference'

// V1 SDK getProduct and REST Get Product answer { product }: pass the answer as it is.
export function issueCodes(response: { product: V1Product }): string[] {
  const wrapped: BuildResult<StoresCatalogReference> = safeBuildCatalogReference(response, {
    options: { Size: 'M', Color: 'Black' },
  })
  return wrapped.error?.issues.map((issue) => issue.code) ?? [] // no narrowing needed
}
// For the T-shirt: ['missing_modifier'] ("Name to print on the back" is mandatory)
// #endregion response-wrapper
