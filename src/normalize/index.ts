import { VARIANTS_MAX } from '../constants.js'
import { isObject, own } from '../internal/read.js'
import { typeName } from '../internal/text.js'
import { modelFor } from '../internal/warm.js'
import type { BuildIssue } from '../issues.js'
import type { CatalogVersion } from '../reference.js'
import { buildModel } from './common.js'
import type { Model } from './model.js'
import { V1 } from './v1.js'
import { V3 } from './v3.js'

function some(value: unknown, test: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length <= VARIANTS_MAX && value.some(test)
}

/** Detects the catalog version from the product's own fields; `undefined` when nothing tells. */
export function detectVersion(product: unknown): CatalogVersion | undefined {
  if (!isObject(product)) return undefined
  const present = (key: string): boolean => own(product, key) != null
  if (
    // variantSummary, actualPriceRange: V3-only fields a queryProducts result has even without options (it has no variantsInfo).
    ['variantsInfo', 'modifiers', 'subscriptionDetails', 'variantSummary', 'actualPriceRange'].some(present) ||
    some(own(product, 'options'), (option) => own(option, 'choicesSettings') != null)
  ) {
    return 'V3'
  }
  if (
    present('productOptions') ||
    typeof own(product, 'manageVariants') === 'boolean' ||
    present('customTextFields') ||
    some(own(product, 'variants'), (variant) => isObject(own(variant, 'choices')))
  ) {
    return 'V1'
  }
  return undefined
}

/** A product that cannot be normalized at all: its issues only. */
export interface Unusable {
  readonly issues: readonly BuildIssue[]
}

/** What a value that is no product is, when it is something a caller passes by mistake. */
function notAProduct(product: unknown): string | undefined {
  if (typeof (product as { then?: unknown } | null)?.then === 'function') {
    return 'This is a Promise, not a product: await it.'
  }
  const items = own(product, 'items')
  if (Array.isArray(items) && own(product, 'id') === undefined && own(product, '_id') === undefined) {
    return 'This is a query result, not a product: pass one of its items (result.items[0]).'
  }
  return undefined
}

/**
 * The product's model for `version` (detected when undefined). Products are read, never written. A
 * product object seen before gives its kept model while its top-level fields are unchanged
 * (internal/warm.ts).
 */
export function normalize(product: unknown, version: CatalogVersion | undefined, indexing = false): Model | Unusable {
  if (!isObject(product)) {
    return {
      issues: [
        {
          code: 'invalid_product',
          path: ['product'],
          message: `The product must be an object, not ${typeName(product)}.`,
        },
      ],
    }
  }
  const resolved = version ?? detectVersion(product)
  if (resolved === undefined) {
    return {
      issues: [
        {
          code: 'unknown_catalog_version',
          path: ['product'],
          message:
            notAProduct(product) ??
            'Not a Stores V1 or V3 product (no variantsInfo, productOptions, variants…). Fetch the full product or pass { catalogVersion }.',
        },
      ],
    }
  }
  const dialect = resolved === 'V3' ? V3 : V1
  return modelFor(product, resolved, () => buildModel(product, dialect), indexing)
}
