import type { CatalogReferenceError } from './errors.js'

/**
 * The result of a `safe*` function, in the zod style: `data` on success, a
 * {@link CatalogReferenceError} with every issue otherwise.
 * @example
 * ```ts
 * const result = safeBuildCatalogReference(product, selection)
 * if (result.success) use(result.data)
 * else show(result.error.issues)
 * ```
 */
export type BuildResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: CatalogReferenceError }
