import { CATALOG_ITEM_ID_MAX } from '../constants.js'
import { QUANTITY_MAX, STORES_APP_ID } from '../constants.js'
import { CatalogReferenceError } from '../errors.js'
import { safeBuildLineItem } from '../index.js'
import type { BuildIssue } from '../issues.js'
import type { CatalogProduct } from '../product.js'
import type { BuildOptions, Selection } from '../selection.js'
import { copyJson, GUID, readOwn } from '../internal/json.js'
import { describeValue, isArraySafely, isPlainObject, receivedJson } from '../internal/text.js'
import { setOwn } from '../internal/util.js'
import type { WixCatalogReference, WixLineItem } from './api-types.js'

/**
 * Line item fields other than the reference and the quantity, passed through to Wix unchanged
 * (Cart V1 `lineItems[]`, Cart V2 `catalogItems[]`, Checkout `lineItems[]`; Wix checks them). Any
 * other field an item carries is passed through too; these are the ones the types know.
 */
export interface LineItemFields {
  /** Overriding values for catalog item properties (name, price, image, …). */
  readonly catalogOverrideFields?: object | null | undefined
  /** Extended fields (`{ namespaces: { … } }`), configured in the app dashboard. */
  readonly extendedFields?: object | null | undefined
  /** A membership used to pay for this item. */
  readonly selectedMembership?: object | null | undefined
  /** Cart V2: the membership used to pay for this item. */
  readonly membershipPayment?: object | null | undefined
  /** Cart V2: the id of the app managing the inventory. */
  readonly inventoryAppId?: string | null | undefined
}

/**
 * An item to build: a Wix Stores product and the buyer's selection. Other line item fields
 * ({@link LineItemFields}) pass through unchanged.
 * @example
 * ```ts
 * const item: ProductItem = { product, selection: { options: { Size: 'L' }, quantity: 2 } }
 * ```
 */
export interface ProductItem extends LineItemFields {
  /** A Stores product (Catalog V1 or V3; SDK, REST or Velo shape). */
  readonly product: CatalogProduct
  /** What the buyer chose; `selection.quantity` is the line's quantity (default 1). */
  readonly selection?: Selection | undefined
  /** How to build (`availability`, `modifierChoiceValue`, `catalogVersion`). */
  readonly options?: BuildOptions | undefined
  /** The quantity, instead of `selection.quantity` (if both are given they must agree). */
  readonly quantity?: number | undefined
  readonly catalogReference?: never
}

/**
 * A `catalogReference` built elsewhere: by `buildCatalogReference`, or for another catalog
 * (Bookings, a custom catalog app). The wrappers check its shape before sending it.
 */
export interface CatalogReferenceInput {
  readonly catalogItemId: string
  readonly appId: string
  readonly options?: object | null | undefined
}

/**
 * An item with a prebuilt reference, e.g. the result of `buildLineItem`. Other line item fields
 * ({@link LineItemFields}) pass through unchanged.
 * @example
 * ```ts
 * const item: PrebuiltItem = { catalogReference: buildCatalogReference(product, selection), quantity: 1 }
 * ```
 */
export interface PrebuiltItem extends LineItemFields {
  readonly catalogReference: CatalogReferenceInput
  /** An integer from 1 to 100000. Default 1. */
  readonly quantity?: number | undefined
  readonly product?: never
}

/** One item for the eCommerce wrappers: a product to build, or a prebuilt reference. */
export type CartItem = ProductItem | PrebuiltItem

/** The Wix eCommerce platform's own app id: a common mistake for the Stores `appId`. */
const ECOM_APP_ID_PREFIX = '1380b703-'
const STORES_OPTION_KEYS = ['variantId', 'options', 'customTextFields', 'subscriptionOptionId', 'preOrderRequested']
const REFERENCE_KEYS = ['catalogItemId', 'appId', 'options']
/** Items in one call: refused by `length` before any item is read. */
export const ITEMS_MAX = 300

type Loose = Record<string, unknown>
type Path = readonly (string | number)[]

function issue(code: BuildIssue['code'], path: Path, message: string, received?: unknown): BuildIssue {
  const shown = receivedJson(received)
  return shown === undefined ? { code, path, message } : { code, path, message, received: shown }
}

function checkStringMap(value: unknown, path: Path, issues: BuildIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(issue('invalid_reference', path, `Expected an object of strings, got ${describeValue(value)}.`))
    return
  }
  for (const key of Object.keys(value)) {
    if (typeof value[key] !== 'string') {
      issues.push(
        issue('invalid_reference', [...path, key], `Expected a string, got ${describeValue(value[key])}.`, value[key]),
      )
    }
  }
}

function checkStoresOptions(options: Loose, path: Path, issues: BuildIssue[]): void {
  for (const key of Object.keys(options)) {
    const value = options[key]
    const at = [...path, key]
    switch (key) {
      case 'variantId':
      case 'subscriptionOptionId':
        if (typeof value !== 'string' || value === '') {
          issues.push(
            issue('invalid_reference', at, `${key} must be a non-empty string, got ${describeValue(value)}.`, value),
          )
        }
        break
      case 'options':
      case 'customTextFields':
        checkStringMap(value, at, issues)
        break
      case 'preOrderRequested':
        if (typeof value !== 'boolean') {
          issues.push(
            issue('invalid_reference', at, `preOrderRequested must be a boolean, got ${describeValue(value)}.`, value),
          )
        }
        break
      default:
        issues.push(
          issue(
            'invalid_reference',
            at,
            `A Wix Stores catalogReference has no option "${key}": Wix would ignore it. Valid options: ${STORES_OPTION_KEYS.join(', ')}.`,
            key,
          ),
        )
    }
  }
}

function checkAppId(appId: unknown, path: Path, issues: BuildIssue[]): void {
  if (typeof appId !== 'string' || appId === '') {
    issues.push(
      issue(
        'invalid_reference',
        path,
        `appId must be the catalog app's id (Wix Stores: "${STORES_APP_ID}"), got ${describeValue(appId)}.`,
        appId,
      ),
    )
  } else if (appId.toLowerCase().startsWith(ECOM_APP_ID_PREFIX)) {
    issues.push(
      issue(
        'invalid_reference',
        path,
        `appId "${appId}" is Wix eCommerce itself, not a catalog. Wix Stores products use "${STORES_APP_ID}".`,
        appId,
      ),
    )
  } else if (appId !== STORES_APP_ID && appId.toLowerCase() === STORES_APP_ID) {
    // Wix compares app ids as written: a near-miss would skip the Stores checks here and fail there
    issues.push(
      issue(
        'invalid_reference',
        path,
        `appId "${appId}" is the Wix Stores app id in another case: write it as "${STORES_APP_ID}".`,
        appId,
      ),
    )
  } else if (!GUID.test(appId)) {
    issues.push(
      issue(
        'invalid_reference',
        path,
        `appId ${describeValue(appId)} is not an app id (a GUID). Wix Stores products use "${STORES_APP_ID}".`,
        appId,
      ),
    )
  }
}

/** Checks a prebuilt reference and returns the copy to send, or `undefined` with issues. */
function checkReference(reference: unknown, path: Path, issues: BuildIssue[]): WixCatalogReference | undefined {
  const before = issues.length
  // the copy is what gets checked and sent: every value is read once, and never again
  const copy = isPlainObject(reference) ? copyJson(reference, path, issues, 'invalid_reference', true) : undefined
  if (!isPlainObject(copy)) {
    if (issues.length === before) {
      issues.push(
        issue(
          'invalid_reference',
          path,
          `catalogReference must be an object { catalogItemId, appId, options? }, got ${describeValue(reference)}.`,
        ),
      )
    }
    return undefined
  }
  for (const key of Object.keys(copy)) {
    if (!REFERENCE_KEYS.includes(key)) {
      issues.push(
        issue(
          'invalid_reference',
          [...path, key],
          `catalogReference has no field "${key}": put it in catalogReference.options. Fields: ${REFERENCE_KEYS.join(', ')}.`,
          key,
        ),
      )
    }
  }
  const { catalogItemId, appId, options } = copy
  if (typeof catalogItemId !== 'string' || catalogItemId.length === 0 || catalogItemId.length > CATALOG_ITEM_ID_MAX) {
    issues.push(
      issue(
        'invalid_reference',
        [...path, 'catalogItemId'],
        `catalogItemId must be the item's id, 1 to ${CATALOG_ITEM_ID_MAX} characters (a Stores product's _id), got ${describeValue(catalogItemId)}.`,
        catalogItemId,
      ),
    )
  }
  checkAppId(appId, [...path, 'appId'], issues)
  if (options !== undefined && options !== null) {
    if (!isPlainObject(options)) {
      issues.push(
        issue(
          'invalid_reference',
          [...path, 'options'],
          `catalogReference.options must be a plain object, got ${describeValue(options)}.`,
        ),
      )
    } else if (appId === STORES_APP_ID) checkStoresOptions(options, [...path, 'options'], issues)
  }
  if (issues.length > before) return undefined
  const out: WixCatalogReference = { catalogItemId: catalogItemId as string, appId: appId as string }
  if (isPlainObject(options)) out.options = options
  return out
}

function checkQuantity(quantity: unknown, path: Path, issues: BuildIssue[]): number | undefined {
  if (quantity === undefined) return 1
  if (typeof quantity === 'number' && Number.isInteger(quantity) && quantity >= 1 && quantity <= QUANTITY_MAX)
    return quantity
  issues.push(
    issue(
      'invalid_quantity',
      path,
      `The quantity must be a whole number from 1 to ${QUANTITY_MAX}; got ${describeValue(quantity)}.`,
      quantity,
    ),
  )
  return undefined
}

/**
 * Plain JSON copies of the item's other fields (the SDK renames keys in place, and nothing the
 * caller owns may reach it); class instances, cycles, `__proto__` keys and the like are issues.
 */
function passThrough(item: Loose, skip: readonly string[], index: number, issues: BuildIssue[]): Loose | undefined {
  const rest: Loose = {}
  for (const key of Object.keys(item)) if (!skip.includes(key)) setOwn(rest, key, item[key])
  const copy = copyJson(rest, [index], issues, 'invalid_selection', true)
  return isPlainObject(copy) ? (copy as Loose) : undefined
}

/** The line to send; the reference and the quantity last, so no pass-through field replaces them. */
function line(catalogReference: WixCatalogReference, quantity: number, rest: Loose): WixLineItem {
  return { ...rest, catalogReference, quantity }
}

function prefixed(index: number, issues: readonly BuildIssue[]): BuildIssue[] {
  return issues.map((i) => ({ ...i, path: [index, ...i.path] }))
}

function prepareProductItem(item: Loose, index: number, issues: BuildIssue[]): WixLineItem | undefined {
  const before = issues.length
  // the builder reads a plain copy of this realm: a class instance or a Proxy is refused, and an
  // object from another realm keeps its quantity
  const given = item['selection']
  let selection: unknown =
    given === undefined || given === null ? given : copyJson(given, [index, 'selection'], issues, 'invalid_selection')
  if (selection !== undefined && selection !== null && !isPlainObject(selection) && issues.length === before) {
    issues.push(
      issue(
        'invalid_selection',
        [index, 'selection'],
        `selection must be an object { options?, quantity?, … }, got ${describeValue(selection)}.`,
      ),
    )
  }
  const rest = passThrough(item, ['product', 'selection', 'options', 'quantity'], index, issues)
  if (issues.length > before || rest === undefined) return undefined
  const quantity = item['quantity']
  if (quantity !== undefined) {
    const inSelection = isPlainObject(selection) ? selection['quantity'] : undefined
    if (inSelection !== undefined && inSelection !== quantity) {
      issues.push(
        issue(
          'invalid_quantity',
          [index, 'quantity'],
          `quantity (${describeValue(quantity)}) and selection.quantity (${describeValue(inSelection)}) disagree: give one of them.`,
          quantity,
        ),
      )
      return undefined
    }
    selection = { ...(isPlainObject(selection) ? selection : {}), quantity } as Loose
  }
  const result = safeBuildLineItem(
    item['product'] as CatalogProduct,
    selection as Selection | undefined,
    item['options'] as BuildOptions | undefined,
  )
  if (!result.success) {
    issues.push(...prefixed(index, result.error.issues))
    return undefined
  }
  const reference = copyJson(
    result.data.catalogReference,
    [index, 'catalogReference'],
    issues,
    'invalid_reference',
    true,
  )
  if (!isPlainObject(reference)) return undefined
  return line(reference as unknown as WixCatalogReference, result.data.quantity, rest)
}

function preparePrebuiltItem(item: Loose, index: number, issues: BuildIssue[]): WixLineItem | undefined {
  const reference = checkReference(item['catalogReference'], [index, 'catalogReference'], issues)
  const quantity = checkQuantity(item['quantity'], [index, 'quantity'], issues)
  const rest = passThrough(item, ['catalogReference', 'quantity'], index, issues)
  if (reference === undefined || quantity === undefined || rest === undefined) return undefined
  return line(reference, quantity, rest)
}

const ITEM_SHAPES = '{ product, selection?, options? } or { catalogReference, quantity? }'

/**
 * Builds and checks every item before anything is sent. Returns the line items (fresh plain JSON
 * objects, owned by the library), or throws one {@link CatalogReferenceError} with every item's
 * issues, each path prefixed with the item's index (`[1, 'options', 'Size']`). Each item and each
 * of its fields is read once; a field whose value is `undefined` counts as absent.
 * @internal
 */
export function prepareLineItems(items: unknown): WixLineItem[] {
  const list = isArraySafely(items) ? items : undefined
  const length = list === undefined ? undefined : lengthOf(list)
  if (list === undefined || length === undefined || length === 0 || length > ITEMS_MAX) {
    const got =
      list === undefined
        ? describeValue(items)
        : length === undefined
          ? 'an array that could not be read'
          : length === 0
            ? 'an empty array'
            : `${length} items (at most ${ITEMS_MAX} in one call)`
    throw new CatalogReferenceError([
      issue('invalid_selection', [], `items must be a non-empty array of ${ITEM_SHAPES}, got ${got}.`),
    ])
  }
  const issues: BuildIssue[] = []
  const lineItems: WixLineItem[] = []
  for (let index = 0; index < length; index++) {
    let item: Loose | undefined
    try {
      // a hole is a missing item, refused like any value that is not an item
      item = Object.hasOwn(list, index) ? readOwn(list[index]) : undefined
    } catch {
      item = undefined
    }
    if (item === undefined) {
      issues.push(
        issue(
          'invalid_selection',
          [index],
          `items[${index}] must be ${ITEM_SHAPES}, got ${describeItem(list, index)}.`,
        ),
      )
      continue
    }
    const hasProduct = item['product'] !== undefined
    const hasReference = item['catalogReference'] !== undefined
    if (hasProduct === hasReference) {
      const what = hasProduct ? 'has both product and catalogReference' : 'has neither product nor catalogReference'
      issues.push(issue('invalid_selection', [index], `items[${index}] ${what}: give ${ITEM_SHAPES}.`))
      continue
    }
    const prepared = hasProduct ? prepareProductItem(item, index, issues) : preparePrebuiltItem(item, index, issues)
    if (prepared !== undefined) lineItems.push(prepared)
  }
  if (issues.length > 0) throw new CatalogReferenceError(issues)
  return lineItems
}

/** An array's length, or `undefined` when a Proxy will not tell. */
function lengthOf(list: readonly unknown[]): number | undefined {
  try {
    return list.length
  } catch {
    return undefined
  }
}

function describeItem(list: readonly unknown[], index: number): string {
  try {
    return Object.hasOwn(list, index) ? describeValue(list[index]) : 'a hole (a sparse array has no item there)'
  } catch {
    return 'a value that could not be read'
  }
}
