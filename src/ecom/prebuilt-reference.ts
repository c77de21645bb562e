/*
 * The check of a `catalogReference` built elsewhere (a `buildLineItem` result, a Bookings or custom
 * catalog reference) before it is sent: its shape, its `appId`, and for Wix Stores the keys and
 * types of its `options`, which Wix would otherwise ignore silently (docs/ecom.md, "Items").
 */
import { CATALOG_ITEM_ID_MAX, STORES_APP_ID } from '../constants.js'
import type { BuildIssue, IssuePath } from '../issues.js'
import { pushIssue } from '../internal/issues.js'
import { copyJson, GUID } from '../internal/json.js'
import { describeValue, isPlainObject, list, quote, receivedJson } from '../internal/text.js'
import type { WixCatalogReference } from './api-types.js'

/** The Wix eCommerce platform's own app id: a common mistake for the Stores `appId`. */
const ECOM_APP_ID_PREFIX = '1380b703-'
const STORES_OPTION_KEYS = ['variantId', 'options', 'customTextFields', 'subscriptionOptionId', 'preOrderRequested']
const REFERENCE_KEYS = ['catalogItemId', 'appId', 'options']

/**
 * Checks a prebuilt reference and returns the copy to send, or `undefined` with `invalid_reference`
 * issues under `path`. The copy is what gets checked and sent: every value is read once.
 */
export function checkReference(
  reference: unknown,
  path: IssuePath,
  issues: BuildIssue[],
): WixCatalogReference | undefined {
  const before = issues.length
  const copy = isPlainObject(reference) ? copyJson(reference, path, issues, 'invalid_reference', true) : undefined
  if (!isPlainObject(copy)) {
    if (issues.length === before) {
      const message = `catalogReference must be an object { catalogItemId, appId, options? }, got ${describeValue(reference)}.`
      pushIssue(issues, { code: 'invalid_reference', path, message })
    }
    return undefined
  }
  for (const key of Object.keys(copy)) {
    if (REFERENCE_KEYS.includes(key)) continue
    const message = `catalogReference has no field ${quote(key)}: put it in catalogReference.options. Fields: ${list(REFERENCE_KEYS)}.`
    pushIssue(issues, { code: 'invalid_reference', path: [...path, key], message, received: receivedJson(key) })
  }
  const { catalogItemId, appId, options } = copy
  checkCatalogItemId(catalogItemId, [...path, 'catalogItemId'], issues)
  checkAppId(appId, [...path, 'appId'], issues)
  checkOptions(options, appId === STORES_APP_ID, [...path, 'options'], issues)
  if (issues.length > before) return undefined
  const out: WixCatalogReference = { catalogItemId: catalogItemId as string, appId: appId as string }
  if (isPlainObject(options)) out.options = options
  return out
}

function checkCatalogItemId(catalogItemId: unknown, path: IssuePath, issues: BuildIssue[]): void {
  if (typeof catalogItemId === 'string' && catalogItemId.length > 0 && catalogItemId.length <= CATALOG_ITEM_ID_MAX)
    return
  pushIssue(issues, {
    code: 'invalid_reference',
    path,
    message: `catalogItemId must be the item's id, 1 to ${CATALOG_ITEM_ID_MAX} characters (a Stores product's _id), got ${describeValue(catalogItemId)}.`,
    received: receivedJson(catalogItemId),
  })
}

/** What is wrong with an `appId`, or `undefined` for a GUID that is not a near miss of the Stores one. */
function appIdProblem(appId: unknown): string | undefined {
  if (typeof appId !== 'string' || appId === '')
    return `appId must be the catalog app's id (Wix Stores: "${STORES_APP_ID}"), got ${describeValue(appId)}.`
  if (appId.toLowerCase().startsWith(ECOM_APP_ID_PREFIX))
    return `appId ${quote(appId)} is Wix eCommerce itself, not a catalog. Wix Stores products use "${STORES_APP_ID}".`
  // Wix compares app ids as written: a near miss would skip the Stores checks here and fail there
  if (appId !== STORES_APP_ID && appId.toLowerCase() === STORES_APP_ID)
    return `appId ${quote(appId)} is the Wix Stores app id in another case: write it as "${STORES_APP_ID}".`
  if (!GUID.test(appId))
    return `appId ${describeValue(appId)} is not an app id (a GUID). Wix Stores products use "${STORES_APP_ID}".`
  return undefined
}

function checkAppId(appId: unknown, path: IssuePath, issues: BuildIssue[]): void {
  const message = appIdProblem(appId)
  if (message !== undefined)
    pushIssue(issues, { code: 'invalid_reference', path, message, received: receivedJson(appId) })
}

function checkOptions(options: unknown, stores: boolean, path: IssuePath, issues: BuildIssue[]): void {
  if (options === undefined || options === null) return
  if (!isPlainObject(options)) {
    const message = `catalogReference.options must be a plain object, got ${describeValue(options)}.`
    pushIssue(issues, { code: 'invalid_reference', path, message })
    return
  }
  if (!stores) return
  for (const key of Object.keys(options)) {
    const value = options[key]
    if (key === 'options' || key === 'customTextFields') {
      checkStringMap(value, [...path, key], issues)
      continue
    }
    const message = storesOptionProblem(key, value)
    const received = receivedJson(STORES_OPTION_KEYS.includes(key) ? value : key)
    if (message !== undefined) pushIssue(issues, { code: 'invalid_reference', path: [...path, key], message, received })
  }
}

/** What is wrong with one key of a Wix Stores reference's `options` (not a string map), or `undefined`. */
function storesOptionProblem(key: string, value: unknown): string | undefined {
  switch (key) {
    case 'variantId':
    case 'subscriptionOptionId':
      return typeof value === 'string' && value !== ''
        ? undefined
        : `${key} must be a non-empty string, got ${describeValue(value)}.`
    case 'preOrderRequested':
      return typeof value === 'boolean'
        ? undefined
        : `preOrderRequested must be a boolean, got ${describeValue(value)}.`
    default:
      return `A Wix Stores catalogReference has no option ${quote(key)}: Wix would ignore it. Valid options: ${list(STORES_OPTION_KEYS)}.`
  }
}

/** `options.options` and `options.customTextFields`: objects of strings. */
function checkStringMap(value: unknown, path: IssuePath, issues: BuildIssue[]): void {
  if (!isPlainObject(value)) {
    const message = `Expected an object of strings, got ${describeValue(value)}.`
    pushIssue(issues, { code: 'invalid_reference', path, message })
    return
  }
  for (const key of Object.keys(value)) {
    const entry = value[key]
    if (typeof entry === 'string') continue
    const message = `Expected a string, got ${describeValue(entry)}.`
    pushIssue(issues, { code: 'invalid_reference', path: [...path, key], message, received: receivedJson(entry) })
  }
}
