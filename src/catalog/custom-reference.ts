import { CATALOG_ITEM_ID_MAX } from '../constants.js'
import { CatalogReferenceError } from '../errors.js'
import type { BuildIssue } from '../issues.js'
import type { BuildResult } from '../result.js'
import { copyJson, GUID, type JsonObject } from '../internal/json.js'
import { RECEIVED_MAX, cut, describeValue, isPlainObject } from '../internal/text.js'

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

function issue(path: BuildIssue['path'], message: string, received?: unknown): BuildIssue {
  return received === undefined
    ? { code: 'invalid_reference', path, message }
    : { code: 'invalid_reference', path, message, received }
}

function readField(input: object, key: string): { value: unknown } | { error: BuildIssue } {
  try {
    return {
      value: Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined,
    }
  } catch {
    return { error: issue([key], `${key} could not be read (its getter threw): pass plain data.`) }
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
  try {
    return check(input)
  } catch {
    // a Proxy whose traps throw, or a revoked Proxy: nothing about it can be trusted
    const message =
      'The input could not be read (a Proxy or getter threw): pass plain data { appId, catalogItemId, options? }.'
    return { success: false, error: new CatalogReferenceError([issue([], message)]) }
  }
}

function check(input: CustomCatalogReferenceInput): BuildResult<CatalogReference> {
  const issues: BuildIssue[] = []
  if (!isPlainObject(input)) {
    issues.push(
      issue(
        [],
        `A custom catalogReference is an object { appId, catalogItemId, options? }; got ${describeValue(input)}.`,
        typeof input === 'object' && input !== null ? `[${describeValue(input)}]` : input,
      ),
    )
    return { success: false, error: new CatalogReferenceError(issues) }
  }

  for (const key of Object.keys(input)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      issues.push(
        issue(
          [key],
          `Unknown field ${JSON.stringify(key)}: a custom catalogReference has only appId, catalogItemId and options (put item details in options).`,
        ),
      )
    }
  }

  const appId = readField(input, 'appId')
  if ('error' in appId) issues.push(appId.error)
  else if (typeof appId.value !== 'string' || !GUID.test(appId.value)) {
    issues.push(
      issue(
        ['appId'],
        `appId must be your app's id from the app dashboard, a GUID such as "${EXAMPLE_GUID}"; got ${describeValue(appId.value)}.`,
        appId.value,
      ),
    )
  }

  const catalogItemId = readField(input, 'catalogItemId')
  if ('error' in catalogItemId) issues.push(catalogItemId.error)
  else if (typeof catalogItemId.value !== 'string') {
    issues.push(
      issue(
        ['catalogItemId'],
        `catalogItemId must be the item's id in your catalog, a string of 1 to ${CATALOG_ITEM_ID_MAX} characters; got ${describeValue(catalogItemId.value)}.`,
        catalogItemId.value,
      ),
    )
  } else if (catalogItemId.value.length < 1 || catalogItemId.value.length > CATALOG_ITEM_ID_MAX) {
    issues.push(
      issue(
        ['catalogItemId'],
        `catalogItemId must be 1 to ${CATALOG_ITEM_ID_MAX} characters; got ${catalogItemId.value.length}.`,
        cut(catalogItemId.value, RECEIVED_MAX),
      ),
    )
  }

  const options = readField(input, 'options')
  let optionsCopy: JsonObject | undefined
  if ('error' in options) issues.push(options.error)
  else if (options.value !== undefined && options.value !== null) {
    if (!isPlainObject(options.value)) {
      issues.push(
        issue(
          ['options'],
          `options must be a plain JSON object such as { "size": "M" } or { "variantId": "…" }; got ${describeValue(options.value)}.`,
          typeof options.value === 'object' ? `[${describeValue(options.value)}]` : options.value,
        ),
      )
    } else {
      optionsCopy = copyJson(options.value, ['options'], issues, 'invalid_reference') as JsonObject | undefined
    }
  }

  if (issues.length > 0 || !('value' in appId) || !('value' in catalogItemId)) {
    return { success: false, error: new CatalogReferenceError(issues) }
  }
  const reference: CatalogReference = {
    catalogItemId: catalogItemId.value as string,
    appId: appId.value as string,
  }
  if (optionsCopy !== undefined && Object.keys(optionsCopy).length > 0) reference.options = optionsCopy
  return { success: true, data: reference }
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
