/*
 * The pipeline every public function runs: check the input and normalize the product (prepare),
 * resolve the selection against the model, then emit the reference or report the issues. The
 * public façades (build.ts, states.ts, price.ts, view.ts, …) only choose which parts they need.
 */
import { emitReference } from '../emit/index.js'
import { CatalogReferenceError } from '../errors.js'
import { pushIssue, unreadableIssue } from '../internal/issues.js'
import { unwrap } from '../internal/util.js'
import type { BuildIssue } from '../issues.js'
import { normalize } from '../normalize/index.js'
import type { Model } from '../normalize/model.js'
import type { LineItem, StoresCatalogReference } from '../reference.js'
import type { BuildResult } from '../result.js'
import { type Resolved, resolve } from './resolve.js'
import type { Reading } from './variants.js'
import {
  type CheckedOptions,
  type CheckedSelection,
  checkOptions,
  checkQuantity,
  checkSelection,
  DEFAULT_OPTIONS,
  EMPTY_SELECTION,
} from './validate.js'

/** Checked input and the product model, or issues: the front half of every public function. */
export interface Prepared {
  readonly model: Model | undefined
  readonly selection: CheckedSelection
  readonly options: CheckedOptions
  /** Product issues first, then option and selection issues, in input order. */
  readonly issues: BuildIssue[]
  /** How the call reads variants (engine/variants.ts). */
  readonly reading: Reading
}

/**
 * Checks the options and the selection and normalizes the product; never throws. A `reading` that
 * indexes every product (the picker, the view) keeps its model from the first sighting (internal/warm.ts).
 */
export function prepare(product: unknown, selection: unknown, options: unknown, reading: Reading): Prepared {
  const issues: BuildIssue[] = []
  let checkedOptions = DEFAULT_OPTIONS
  let checkedSelection = EMPTY_SELECTION
  try {
    checkedOptions = checkOptions(options, issues)
  } catch {
    pushIssue(issues, unreadableIssue('invalid_options', [], 'build options'))
  }
  try {
    checkedSelection = checkSelection(selection, issues)
  } catch {
    pushIssue(issues, unreadableIssue('invalid_selection', [], 'selection'))
  }
  let model: Model | undefined
  try {
    const normalized = normalize(unwrap(product), checkedOptions.catalogVersion, reading.dense)
    // A product without its variants and an explicit variantId: the id passes through (docs/decisions.md).
    const passThrough = checkedSelection.variantId !== undefined
    issues.unshift(...normalized.issues.filter((issue) => !(passThrough && issue.code === 'missing_variants')))
    if ('version' in normalized) model = normalized
  } catch {
    issues.unshift(unreadableIssue('invalid_product', ['product'], 'product'))
  }
  return { model, selection: checkedSelection, options: checkedOptions, issues, reading }
}

/** Resolves a prepared input against its model (issues into `prepared.issues`); undefined without a model. */
export function resolvePrepared(prepared: Prepared): Resolved | undefined {
  const { model, issues } = prepared
  if (model === undefined) return undefined
  try {
    return resolve(model, prepared.selection, prepared.options, issues, prepared.reading.variants(model))
  } catch {
    pushIssue(issues, unreadableIssue('invalid_product', ['product'], 'product'))
    return undefined
  }
}

/** The selection's quantity (default 1), or an `invalid_quantity` issue and 1. */
export function quantityOf(prepared: Prepared): number {
  try {
    return checkQuantity(prepared.selection.quantity, prepared.issues)
  } catch {
    // A quantity that cannot even be inspected (a revoked Proxy throws in Array.isArray).
    pushIssue(prepared.issues, unreadableIssue('invalid_quantity', ['quantity'], 'quantity'))
    return 1
  }
}

function failure(issues: readonly BuildIssue[]): { success: false; error: CatalogReferenceError } {
  return { success: false, error: new CatalogReferenceError(issues) }
}

/** The reference of a prepared input, or every issue. */
export function referenceResult(prepared: Prepared): BuildResult<StoresCatalogReference> {
  const resolved = resolvePrepared(prepared)
  if (resolved === undefined || prepared.issues.length > 0) return failure(prepared.issues)
  return { success: true, data: emitReference(resolved) }
}

/** The line item of a prepared input (the reference and the checked quantity), or every issue. */
export function lineItemResult(prepared: Prepared): BuildResult<LineItem> {
  const resolved = resolvePrepared(prepared)
  const quantity = quantityOf(prepared)
  if (resolved === undefined || prepared.issues.length > 0) return failure(prepared.issues)
  return { success: true, data: { catalogReference: emitReference(resolved), quantity } }
}
