import { pathLabel } from './internal/text.js'
import type { BuildIssue } from './issues.js'

function summarize(issues: readonly BuildIssue[]): string {
  const n = issues.length
  return [
    `${n} issue${n === 1 ? '' : 's'}:`,
    ...issues.map((i) => `- [${i.code}] ${pathLabel(i.path)}: ${i.message}`),
  ].join('\n')
}

/**
 * Thrown by the throwing builders (`buildCatalogReference`, `buildLineItem`, the eCommerce wrappers,
 * …) and returned as `error` by the `safe*` forms. `issues` holds every problem found, not just the
 * first, so a form can show them all.
 * @example
 * ```ts
 * try {
 *   buildCatalogReference(product, { options: { Size: 'XL' } })
 * } catch (error) {
 *   if (isCatalogReferenceError(error)) console.log(error.issues.map((i) => i.message))
 * }
 * ```
 */
export class CatalogReferenceError extends Error {
  override readonly name = 'CatalogReferenceError' as const
  /** Every issue found, in the order the input was checked (declared only: the constructor sets it). */
  declare readonly issues: readonly BuildIssue[]

  constructor(issues: readonly BuildIssue[], options?: { cause?: unknown }) {
    super(summarize(issues), options)
    this.issues = Object.freeze(issues.slice())
  }
}

/**
 * Whether `value` is a {@link CatalogReferenceError}, also across bundles and realms (checks `name`
 * and `issues`, not just `instanceof`).
 * @example
 * ```ts
 * catch (error) { if (isCatalogReferenceError(error)) showIssues(error.issues) }
 * ```
 */
export function isCatalogReferenceError(value: unknown): value is CatalogReferenceError {
  try {
    return (
      value instanceof CatalogReferenceError ||
      ((value as { name?: unknown })?.name === 'CatalogReferenceError' &&
        Array.isArray((value as { issues?: unknown }).issues))
    )
  } catch {
    return false // a revoked Proxy
  }
}
