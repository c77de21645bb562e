import type { CatalogReferenceError } from './errors.js'

/**
 * The result of a `safe*` function, in the zod style: `data` on success, a
 * {@link CatalogReferenceError} with every issue otherwise. As in zod, the other branch's field is
 * typed `?: never`, so `result.error?.issues` and `result.data?.…` compile without narrowing first.
 * @example
 * ```ts
 * const result = safeBuildCatalogReference(product, selection)
 * if (result.success) use(result.data)
 * else show(result.error.issues)
 * ```
 */
export type BuildResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: never }
  | { readonly success: false; readonly error: CatalogReferenceError; readonly data?: never }
