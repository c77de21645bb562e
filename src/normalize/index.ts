import { CATALOG_ITEM_ID_MAX, VARIANTS_MAX } from '../constants.js'
import type { BuildIssue } from '../issues.js'
import { isObject, own } from '../internal/util.js'
import { typeName } from '../internal/text.js'
import type { CatalogVersion } from '../reference.js'
import { ProductIssues } from './common.js'
import type { Model } from './model.js'
import { normalizeV1 } from './v1.js'
import { normalizeV3 } from './v3.js'

function some(value: unknown, test: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length <= VARIANTS_MAX && value.some(test)
}

/** Detects the catalog version from the product's own fields; `undefined` when nothing tells. */
export function detectVersion(product: unknown): CatalogVersion | undefined {
  if (!isObject(product)) return undefined
  const present = (key: string): boolean => own(product, key) != null
  if (
    present('variantsInfo') ||
    present('modifiers') ||
    present('subscriptionDetails') ||
    some(own(product, 'options'), (o) => own(o, 'choicesSettings') != null)
  ) {
    return 'V3'
  }
  if (
    present('productOptions') ||
    typeof own(product, 'manageVariants') === 'boolean' ||
    present('customTextFields') ||
    some(own(product, 'variants'), (v) => isObject(own(v, 'choices')))
  ) {
    return 'V1'
  }
  return undefined
}

const FINGERPRINT = [
  '_id',
  'id',
  'visible',
  'options',
  'modifiers',
  'variantsInfo',
  'subscriptionDetails',
  'productOptions',
  'manageVariants',
  'customTextFields',
  'variants',
  'stock',
  'inStock',
  'trackInventory',
  'quantityInStock',
] as const

interface CacheEntry {
  readonly fingerprint: readonly unknown[]
  readonly models: Partial<Record<CatalogVersion, Model>>
}

/**
 * Models per product object. A product seen once maps to SEEN; its model is cached from the second
 * call on, with the fingerprint of its top-level fields that must still match.
 */
const cache = new WeakMap<object, CacheEntry>()
const SEEN: CacheEntry = { fingerprint: [], models: {} }

function fingerprintOf(product: object): unknown[] {
  const out: unknown[] = []
  for (const key of FINGERPRINT) {
    const value = own(product, key)
    out.push(value, Array.isArray(value) ? value.length : undefined)
  }
  return out
}

function sameFingerprint(a: readonly unknown[], b: readonly unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** A product that cannot be normalized at all: its issues only. */
export interface Unusable {
  readonly issues: readonly BuildIssue[]
}

/**
 * The product's model for `version`, from the per-object cache when the product's top-level fields
 * are unchanged. Products are read, never written.
 */
export function normalize(product: unknown, version: CatalogVersion | undefined): Model | Unusable {
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
            'Not a Stores V1 or V3 product: none of variantsInfo, modifiers, options[].choicesSettings (V3), productOptions, manageVariants, variants (V1). Fetch the full product or pass { catalogVersion }.',
        },
      ],
    }
  }
  let entry = cache.get(product)
  if (entry === undefined) {
    // First sighting: remembered, but without its model. Bulk backends build once per product; a
    // cached model keeps the product's whole variant graph reachable from the cache and made the
    // garbage collector cost more than normalizing again on a second call (bench: cold build).
    cache.set(product, SEEN)
  } else {
    const fingerprint = fingerprintOf(product)
    if (entry === SEEN || !sameFingerprint(entry.fingerprint, fingerprint)) {
      entry = { fingerprint, models: {} }
      cache.set(product, entry)
    }
    const cached = entry.models[resolved]
    if (cached !== undefined) return cached
  }

  const issues = new ProductIssues()
  const id = own(product, '_id') ?? own(product, 'id')
  if (typeof id !== 'string' || id === '' || id.length > CATALOG_ITEM_ID_MAX) {
    issues.add(
      [own(product, '_id') !== undefined ? '_id' : 'id'],
      typeof id === 'string' && id !== ''
        ? `The product id is ${id.length} characters long; a catalogItemId has 1 to 36.`
        : 'The product has no id: "_id" (SDK, Velo) or "id" (REST).',
    )
  }
  const model = resolved === 'V3' ? normalizeV3(product, issues) : normalizeV1(product, issues)
  if (entry !== undefined) entry.models[resolved] = model
  return model
}
