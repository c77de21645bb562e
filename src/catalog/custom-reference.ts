import { CATALOG_ITEM_ID_MAX } from '../constants.js'
import { CatalogReferenceError } from '../errors.js'
import type { BuildIssue } from '../issues.js'
import { pushIssue } from '../internal/issues.js'
import type { BuildResult } from '../result.js'
import { copyJson, GUID, type JsonObject } from '../internal/json.js'
import { describeValue, isPlainObject, quote, receivedJson } from '../internal/text.js'

/**
 * A `catalogReference` of a custom catalog (an app that implements the Catalog service plugin):
 * plain JSON, `options` left out when empty. Assignable to `@wix/ecom`'s `CatalogReference`, so it
 * goes straight into cart, current-cart and checkout line items.
 * @see https://dev.wix.com/docs/rest/business-solutions/e-commerce/catalog-service-plugin/handle-item-variants
 * @example
 * ```json
 * { "catalogItemId": "f95bd723-ea83-40f2-8cb8-accff2d54866",
 *   "appId": "3b8658a6-3282-4b5e-ae0e-439113e20aef",
 *   "options": { "color": "Green", "size": "M" } }
 * ```
 */
export interface CatalogReference {
  /** The item's id in your catalog: 1 to 36 characters. */
  catalogItemId: string
  /** Your app's id (a GUID), as in the app dashboard. */
  appId: string
  /** Anything your `getCatalogItems` needs to find the exact item, as plain JSON. */
  options?: JsonObject
}

/**
 * What {@link buildCustomCatalogReference} takes.
 * @example
 * ```ts
 * const input: CustomCatalogReferenceInput = {
 *   appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
 *   catalogItemId: 'f95bd723-ea83-40f2-8cb8-accff2d54866',
 *   options: { donationId: 'bf3b953d-d0b7-4755-a54e-13c167fc4484' },
 * }
 * ```
 */
export interface CustomCatalogReferenceInput {
  /** Your app's id: a GUID such as `"3b8658a6-3282-4b5e-ae0e-439113e20aef"`. */
  readonly appId: string
  /** The item's id in your catalog: 1 to 36 characters. */
  readonly catalogItemId: string
  /**
   * Either the item's choices as key:value pairs (`{ color: 'Green', size: 'M' }`) or only the id
   * of a variant your own API created (`{ donationId: '…' }`). A plain JSON object; `null`,
   * `undefined` and `{}` mean no options.
   */
  readonly options?: Readonly<Record<string, unknown>> | null | undefined
}

const FIELDS = ['appId', 'catalogItemId', 'options'] as const
const EXAMPLE_GUID = '3b8658a6-3282-4b5e-ae0e-439113e20aef'

/** `input[key]` when it is an own property, read once; `undefined` with an issue when reading it throws. */
function readField(input: object, key: string, issues: BuildIssue[]): { value: unknown } | undefined {
  try {
    return { value: Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined }
  } catch {
    pushIssue(issues, {
      code: 'invalid_reference',
      path: [key],
      message: `${key} could not be read (a getter or Proxy trap threw): pass plain data.`,
    })
    return undefined
  }
}

/** The input's own keys; `undefined` when a Proxy trap throws. */
function keysOf(input: object): string[] | undefined {
  try {
    return Object.keys(input)
  } catch {
    return undefined
  }
}

/**
 * Builds the `catalogReference` of an item from your own catalog (an app that implements the
 * Catalog service plugin), or returns every issue: `appId` must be a GUID, `catalogItemId` 1 to
 * 36 characters, `options` a plain JSON object (no functions, class instances, cycles, `NaN`).
 * The result is a fresh copy: later changes to the input do not reach it.
 * @see https://dev.wix.com/docs/rest/business-solutions/e-commerce/catalog-service-plugin/handle-item-variants
 * @example
 * ```ts
 * const result = safeBuildCustomCatalogReference({
 *   appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
 *   catalogItemId: 'f95bd723-ea83-40f2-8cb8-accff2d54866',
 *   options: { color: 'Green', size: 'M' },
 * })
 * if (result.success) lineItems.push({ catalogReference: result.data, quantity: 1 })
 * else console.error(result.error.issues.map((i) => i.message))
 * ```
 */
export function safeBuildCustomCatalogReference(input: CustomCatalogReferenceInput): BuildResult<CatalogReference> {
  const issues: BuildIssue[] = []
  const fail = (): BuildResult<CatalogReference> => ({ success: false, error: new CatalogReferenceError(issues) })
  if (!isPlainObject(input)) {
    const message = `A custom catalogReference is an object { appId, catalogItemId, options? }; got ${describeValue(input)}.`
    pushIssue(issues, { code: 'invalid_reference', path: [], message, received: receivedJson(input) })
    return fail()
  }
  const keys = keysOf(input)
  if (keys === undefined) {
    pushIssue(issues, {
      code: 'invalid_reference',
      path: [],
      message: 'The input could not be read (a Proxy trap threw): pass plain data { appId, catalogItemId, options? }.',
    })
    return fail()
  }
  for (const key of keys) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      pushIssue(issues, {
        code: 'invalid_reference',
        path: [key],
        message: `Unknown field ${quote(key)}: a custom catalogReference has only appId, catalogItemId and options (put item details in options).`,
      })
    }
  }
  const appId = checkAppId(readField(input, 'appId', issues), issues)
  const catalogItemId = checkCatalogItemId(readField(input, 'catalogItemId', issues), issues)
  const options = copyOptions(readField(input, 'options', issues), issues)
  if (issues.length > 0 || appId === undefined || catalogItemId === undefined) return fail()
  const reference: CatalogReference = { catalogItemId, appId }
  if (options !== undefined && Object.keys(options).length > 0) reference.options = options
  return { success: true, data: reference }
}

function checkAppId(field: { value: unknown } | undefined, issues: BuildIssue[]): string | undefined {
  if (field === undefined) return undefined
  const { value } = field
  if (typeof value === 'string' && GUID.test(value)) return value
  pushIssue(issues, {
    code: 'invalid_reference',
    path: ['appId'],
    message: `appId must be your app's id from the app dashboard, a GUID such as "${EXAMPLE_GUID}"; got ${describeValue(value)}.`,
    received: receivedJson(value),
  })
  return undefined
}

function checkCatalogItemId(field: { value: unknown } | undefined, issues: BuildIssue[]): string | undefined {
  if (field === undefined) return undefined
  const { value } = field
  if (typeof value !== 'string') {
    pushIssue(issues, {
      code: 'invalid_reference',
      path: ['catalogItemId'],
      message: `catalogItemId must be the item's id in your catalog, a string of 1 to ${CATALOG_ITEM_ID_MAX} characters; got ${describeValue(value)}.`,
      received: receivedJson(value),
    })
    return undefined
  }
  if (value.length >= 1 && value.length <= CATALOG_ITEM_ID_MAX) return value
  pushIssue(issues, {
    code: 'invalid_reference',
    path: ['catalogItemId'],
    message: `catalogItemId must be 1 to ${CATALOG_ITEM_ID_MAX} characters; got ${value.length}.`,
    received: receivedJson(value),
  })
  return undefined
}

/** A JSON copy of `options`; `undefined` for none (`null`, `undefined`) and with issues for what JSON cannot carry. */
function copyOptions(field: { value: unknown } | undefined, issues: BuildIssue[]): JsonObject | undefined {
  if (field === undefined || field.value === undefined || field.value === null) return undefined
  if (!isPlainObject(field.value)) {
    pushIssue(issues, {
      code: 'invalid_reference',
      path: ['options'],
      message: `options must be a plain JSON object such as { "size": "M" } or { "variantId": "…" }; got ${describeValue(field.value)}.`,
      received: receivedJson(field.value),
    })
    return undefined
  }
  return copyJson(field.value, ['options'], issues, 'invalid_reference') as JsonObject | undefined
}

/**
 * Builds the `catalogReference` of an item from your own catalog (an app that implements the
 * Catalog service plugin). The throwing form of {@link safeBuildCustomCatalogReference}.
 * @throws {CatalogReferenceError} with `invalid_reference` issues (paths into the input:
 * `['appId']`, `['catalogItemId']`, `['options', 'when']`) unless `appId` is a GUID,
 * `catalogItemId` 1 to 36 characters and `options` a plain JSON object.
 * @see https://dev.wix.com/docs/rest/business-solutions/e-commerce/catalog-service-plugin/handle-item-variants
 * @example
 * ```ts
 * import { buildCustomCatalogReference } from 'wix-catalog-reference/catalog'
 *
 * const catalogReference = buildCustomCatalogReference({
 *   appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
 *   catalogItemId: 'f95bd723-ea83-40f2-8cb8-accff2d54866',
 *   options: { donationId: 'bf3b953d-d0b7-4755-a54e-13c167fc4484' },
 * })
 * await currentCart.addToCurrentCart({ lineItems: [{ catalogReference, quantity: 1 }] })
 * ```
 */
export function buildCustomCatalogReference(input: CustomCatalogReferenceInput): CatalogReference {
  const result = safeBuildCustomCatalogReference(input)
  if (!result.success) throw result.error
  return result.data
}
