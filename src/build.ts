import { emitReference } from './emit/index.js'
import { resolve, type Resolved } from './engine/resolve.js'
import {
  checkOptions,
  checkQuantity,
  checkSelection,
  DEFAULT_OPTIONS,
  EMPTY_SELECTION,
  type CheckedOptions,
  type CheckedSelection,
} from './engine/validate.js'
import { CatalogReferenceError } from './errors.js'
import type { BuildIssue } from './issues.js'
import { unwrap } from './internal/util.js'
import type { Model } from './normalize/model.js'
import { normalize } from './normalize/index.js'
import type { CatalogProduct } from './product.js'
import type { LineItem, StoresCatalogReference } from './reference.js'
import type { BuildResult } from './result.js'
import type { BuildOptions, Selection } from './selection.js'

export function unreadable(code: BuildIssue['code'], path: BuildIssue['path'], what: string): BuildIssue {
  return { code, path, message: `The ${what} could not be read: a getter or Proxy in it threw.` }
}

/** The shared front half of every builder: checked input and the product model, or issues. */
export interface Prepared {
  readonly model: Model | undefined
  readonly selection: CheckedSelection
  readonly options: CheckedOptions
  /** Product issues first, then option and selection issues, in input order. */
  readonly issues: BuildIssue[]
}

export function prepare(product: unknown, selection: unknown, options: unknown): Prepared {
  const issues: BuildIssue[] = []
  let checkedOptions = DEFAULT_OPTIONS
  let checkedSelection = EMPTY_SELECTION
  try {
    checkedOptions = checkOptions(options, issues)
  } catch {
    issues.push(unreadable('invalid_options', [], 'build options'))
  }
  try {
    checkedSelection = checkSelection(selection, issues)
  } catch {
    issues.push(unreadable('invalid_selection', [], 'selection'))
  }
  let model: Model | undefined
  try {
    const normalized = normalize(unwrap(product), checkedOptions.catalogVersion)
    // DESIGN §12: a V3 product without variants and an explicit variantId passes the id through.
    const passThrough = checkedSelection.variantId !== undefined
    issues.unshift(...normalized.issues.filter((issue) => !(passThrough && issue.code === 'missing_variants')))
    if ('version' in normalized) model = normalized
  } catch {
    issues.unshift(unreadable('invalid_product', ['product'], 'product'))
  }
  return { model, selection: checkedSelection, options: checkedOptions, issues }
}

export function resolveSafely(prepared: Prepared): Resolved | undefined {
  const { model, issues } = prepared
  if (model === undefined) return undefined
  try {
    return resolve(model, prepared.selection, prepared.options, issues)
  } catch {
    issues.push(unreadable('invalid_product', ['product'], 'product'))
    return undefined
  }
}

function fail(issues: readonly BuildIssue[]): { success: false; error: CatalogReferenceError } {
  return { success: false, error: new CatalogReferenceError(issues) }
}

/** Resolves and emits a prepared input: the line item, or every issue. */
export function finish(prepared: Prepared, quantity: boolean): BuildResult<LineItem> {
  const resolved = resolveSafely(prepared)
  let count = 1
  if (quantity) {
    try {
      count = checkQuantity(prepared.selection.quantity, prepared.issues)
    } catch {
      // A quantity that cannot even be inspected (a revoked Proxy throws in Array.isArray).
      prepared.issues.push(unreadable('invalid_quantity', ['quantity'], 'quantity'))
    }
  }
  if (resolved === undefined || prepared.issues.length > 0) return fail(prepared.issues)
  const catalogReference = emitReference(resolved)
  return { success: true, data: { catalogReference, quantity: count } }
}

function build(product: unknown, selection: unknown, options: unknown, quantity: boolean): BuildResult<LineItem> {
  return finish(prepare(product, selection, options), quantity)
}

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
  const result = build(product, selection, options, false)
  return result.success ? { success: true, data: result.data.catalogReference } : result
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
  return build(product, selection, options, true)
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
