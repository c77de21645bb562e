import { CatalogReferenceError } from '../errors.js'
import type { BuildIssue, BuildIssueCode } from '../issues.js'
import { pushIssue } from '../internal/issues.js'
import type { CatalogItemData, ValidCatalogItemData, WeightUnit } from './item-data.js'
import { validateItemData } from './item-data-schema.js'
import { copyJson } from '../internal/json.js'
import { describeValue, isArraySafely, isPlainObject } from '../internal/text.js'

/**
 * A `catalogReference` as Wix sends it to your Catalog service plugin. Echoed unchanged in the
 * answer.
 * @example
 * ```ts
 * const donationId = (request.catalogReference.options?.['donationId'] ?? '') as string
 * ```
 */
export interface ReceivedCatalogReference {
  /** The item's id in your catalog. */
  readonly catalogItemId: string
  /** Your app's id. */
  readonly appId: string
  /** What you put in `options` when you built the reference (see `buildCustomCatalogReference`). */
  readonly options?: Readonly<Record<string, unknown>> | null
}

/**
 * One requested item, as `resolve` receives it: the reference and the quantity in the cart.
 * @example
 * ```ts
 * const request: CatalogItemRequest = {
 *   catalogReference: { appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef', catalogItemId: '205c539b-fd89-4b0c-8d7e-55630f66e5f9' },
 *   quantity: 1,
 * }
 * ```
 */
export interface CatalogItemRequest {
  /** The item's reference, as the cart or checkout holds it. */
  readonly catalogReference: ReceivedCatalogReference
  /** How many the buyer wants (Wix always sends it). */
  readonly quantity: number | undefined
}

/**
 * Who triggered the call: a visitor, a member, a Wix user or an app.
 * @example
 * ```ts
 * const isMember = metadata.identity?.identityType === 'MEMBER'
 * ```
 */
export interface CatalogPluginIdentity {
  readonly anonymousVisitorId?: string | null | undefined
  readonly memberId?: string | null | undefined
  readonly wixUserId?: string | null | undefined
  readonly appId?: string | null | undefined
  readonly identityType?: 'UNKNOWN' | 'ANONYMOUS_VISITOR' | 'MEMBER' | 'WIX_USER' | 'APP' | null | undefined
}

/**
 * Who is asking: the service plugin's `metadata` (a structural copy of `@wix/ecom`'s `Context`).
 * @example
 * ```ts
 * createCatalogItemsHandler((requests, { metadata }) => {
 *   log.info('getCatalogItems', { requestId: metadata.requestId, instanceId: metadata.instanceId })
 *   return lookup(requests)
 * })
 * ```
 */
export interface CatalogPluginMetadata {
  /** The request's id, for your logs. */
  readonly requestId?: string | null | undefined
  /** ISO 4217 currency code. */
  readonly currency?: string | null | undefined
  /** Who triggered the call. */
  readonly identity?: CatalogPluginIdentity | null | undefined
  /** The buyer's languages, `"en-US"` style. */
  readonly languages?: readonly string[] | null | undefined
  /** Your app's instance id on the site. */
  readonly instanceId?: string | null | undefined
}

/**
 * The second argument of `resolve`: the currency and weight unit to answer in, and the request's
 * metadata.
 * @example
 * ```ts
 * const resolve: CatalogItemsResolver = async (requests, { currency }) =>
 *   requests.map(() => ({ productName: { original: 'Gift' }, itemType: { preset: 'DIGITAL' }, price: prices[currency ?? 'USD'] }))
 * ```
 */
export interface CatalogItemsContext {
  /** ISO 4217, e.g. `"USD"`: the currency of every price you return. */
  readonly currency: string | undefined
  /** The unit of `physicalProperties.weight`. */
  readonly weightUnit: WeightUnit | undefined
  /** The call's metadata (`{}` when Wix sent none). */
  readonly metadata: CatalogPluginMetadata
}

/**
 * Your catalog lookup: given every requested item at once, returns each item's data in the same
 * order, or `undefined` / `null` for an item that does not exist (Wix then removes it from the
 * cart or checkout).
 * @example
 * ```ts
 * const resolve: CatalogItemsResolver = async (requests) => {
 *   const rows = await db.items.findMany({ where: { id: { in: requests.map((r) => r.catalogReference.catalogItemId) } } })
 *   return requests.map((r) => toItemData(rows.find((row) => row.id === r.catalogReference.catalogItemId)))
 * }
 * ```
 */
export type CatalogItemsResolver = (
  requests: readonly CatalogItemRequest[],
  context: CatalogItemsContext,
) => Promise<readonly (CatalogItemData | null | undefined)[]> | readonly (CatalogItemData | null | undefined)[]

/**
 * One entry of `request.catalogReferences` in a {@link CatalogItemsPayload}.
 * @example
 * ```ts
 * const entry: CatalogItemsPayloadEntry = {
 *   catalogReference: { appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef', catalogItemId: '205c539b-fd89-4b0c-8d7e-55630f66e5f9' },
 *   quantity: 1,
 * }
 * ```
 */
export interface CatalogItemsPayloadEntry {
  readonly catalogReference?:
    | {
        readonly catalogItemId?: string | null | undefined
        readonly appId?: string | null | undefined
        readonly options?: Readonly<Record<string, unknown>> | null | undefined
      }
    | null
    | undefined
  readonly quantity?: number | null | undefined
}

/**
 * What Wix passes to `getCatalogItems` (a structural copy of `@wix/ecom`'s `GetCatalogItemsEnvelope`).
 * @example
 * ```ts
 * // In a unit test of your plugin:
 * const { catalogItems } = await getCatalogItems({
 *   request: { catalogReferences: [{ catalogReference, quantity: 1 }], currency: 'USD', weightUnit: 'KG' },
 *   metadata: {},
 * })
 * ```
 */
export interface CatalogItemsPayload {
  /** The items Wix needs, and the currency and weight unit to answer in. */
  readonly request: {
    readonly catalogReferences?: readonly (CatalogItemsPayloadEntry | null | undefined)[] | null | undefined
    readonly currency?: string | null | undefined
    readonly weightUnit?: WeightUnit | null | undefined
  }
  /** Who is asking (the SDK's `Context`). */
  readonly metadata?: CatalogPluginMetadata | null | undefined
}

/**
 * One item in the answer: the reference exactly as received, and its validated data.
 * @example
 * ```ts
 * const { catalogItems } = await getCatalogItems(payload)
 * for (const { catalogReference, data } of catalogItems) console.log(catalogReference.catalogItemId, data.price)
 * ```
 */
export interface CatalogItem {
  /** The reference exactly as Wix sent it. */
  catalogReference: {
    catalogItemId: string
    appId: string
    options?: Record<string, unknown> | null
  }
  /** The item's validated data, in the SDK shape. */
  data: ValidCatalogItemData
}

/**
 * The answer of `getCatalogItems`; fits `@wix/ecom`'s `GetCatalogItemsResponse`.
 * @example
 * ```ts
 * const response: CatalogItemsResponse = await getCatalogItems(payload)
 * expect(response.catalogItems).toHaveLength(1)
 * ```
 */
export interface CatalogItemsResponse {
  /** The items that exist, in request order; `[]` when none do. */
  catalogItems: CatalogItem[]
}

/**
 * The `getCatalogItems` implementation `createCatalogItemsHandler` returns, for
 * `catalog.provideHandlers({ getCatalogItems })`.
 * @example
 * ```ts
 * const getCatalogItems: CatalogItemsHandler = createCatalogItemsHandler(resolve)
 * ```
 */
export type CatalogItemsHandler = (payload: CatalogItemsPayload) => Promise<CatalogItemsResponse>

/** More references than one call can carry (Wix batches a cart's lines): refused by `length`. */
const REFERENCES_MAX = 1_000

/** A refusal of the whole call, with one issue at the root. */
function refuse(code: BuildIssueCode, message: string): CatalogReferenceError {
  const issues: BuildIssue[] = []
  pushIssue(issues, { code, path: [], message })
  return new CatalogReferenceError(issues)
}

/** What one call from Wix asks for. */
interface Received {
  /** What `resolve` gets: one entry per reference an item can match. */
  readonly requests: CatalogItemRequest[]
  /** Where each request is in `request.catalogReferences` (issue paths start with it). */
  readonly indexes: number[]
  /** Copies made before `resolve` runs: what `resolve` does to its requests never reaches the answer. */
  readonly echoes: CatalogItem['catalogReference'][]
  readonly context: CatalogItemsContext
}

/** Reads the payload once; one that cannot be read (a getter or Proxy trap threw) is refused. */
function receive(payload: unknown): Received {
  try {
    const request: unknown = isPlainObject(payload) ? payload['request'] : undefined
    const entries: unknown = isPlainObject(request) ? request['catalogReferences'] : undefined
    return { ...readEntries(entries), context: readContext(payload, request) }
  } catch (error) {
    if (error instanceof CatalogReferenceError) throw error
    throw refuse(
      'invalid_reference',
      'The payload could not be read (a Proxy or getter threw): getCatalogItems takes what Wix sends, plain JSON.',
    )
  }
}

/** The entries that name an item, with their index and echo. Throws what reading them throws. */
function readEntries(entries: unknown): Omit<Received, 'context'> {
  const received = {
    requests: [] as CatalogItemRequest[],
    indexes: [] as number[],
    echoes: [] as CatalogItem['catalogReference'][],
  }
  if (!isArraySafely(entries)) return received
  if (entries.length > REFERENCES_MAX) {
    throw refuse(
      'invalid_reference',
      `request.catalogReferences has ${entries.length} entries, more than ${REFERENCES_MAX}: Wix never sends that many.`,
    )
  }
  for (let index = 0; index < entries.length; index++) {
    const entry: unknown = entries[index] // a hole is a missing entry: left out of the answer
    const echo = readReference(entry)
    if (echo === undefined) continue // no item can match it: left out of the answer
    const quantity: unknown = isPlainObject(entry) ? entry['quantity'] : undefined
    received.requests.push({
      catalogReference: copyJson(echo, [], [], 'invalid_reference') as unknown as ReceivedCatalogReference,
      quantity: typeof quantity === 'number' ? quantity : undefined,
    })
    received.indexes.push(index)
    received.echoes.push(echo)
  }
  return received
}

/** A plain JSON copy of one received reference, or `undefined` when no item can match it. */
function readReference(entry: unknown): CatalogItem['catalogReference'] | undefined {
  const copy = copyJson(isPlainObject(entry) ? entry['catalogReference'] : undefined, [], [], 'invalid_reference')
  if (!isPlainObject(copy) || typeof copy['catalogItemId'] !== 'string' || typeof copy['appId'] !== 'string')
    return undefined
  return copy as CatalogItem['catalogReference']
}

/** The currency (the request's, else the metadata's), the weight unit and the metadata (`{}` when none). */
function readContext(payload: unknown, request: unknown): CatalogItemsContext {
  const metadataValue: unknown = isPlainObject(payload) ? payload['metadata'] : undefined
  const metadata: CatalogPluginMetadata = isPlainObject(metadataValue) ? metadataValue : {}
  const currency = isPlainObject(request) && typeof request['currency'] === 'string' ? request['currency'] : undefined
  const weightUnit =
    isPlainObject(request) && typeof request['weightUnit'] === 'string' ? request['weightUnit'] : undefined
  return {
    currency: currency ?? (typeof metadata.currency === 'string' ? metadata.currency : undefined),
    weightUnit: weightUnit as WeightUnit | undefined,
    metadata,
  }
}

/**
 * Calls `resolve` once with every request and awaits its answer. What `resolve` throws, and an
 * `Error` its promise rejects with, pass through; a rejection with anything else is refused. The
 * answer comes boxed: resolving a promise with it would read its `then` (a revoked Proxy throws).
 */
async function callResolve(resolve: CatalogItemsResolver, received: Received): Promise<{ readonly found: unknown }> {
  const answer: unknown = resolve(received.requests, received.context)
  if (!isThenable(answer)) return { found: answer }
  try {
    return { found: await answer }
  } catch (error) {
    if (isError(error)) throw error
    throw refuse(
      'invalid_item_data',
      `resolve's promise rejected with ${describeValue(error)}, not an Error: reject with an Error that says what failed.`,
    )
  }
}

/** Whether `value` has a `then` method; `false` for a revoked Proxy or a throwing `then` getter (an unreadable answer). */
function isThenable(value: unknown): boolean {
  try {
    return typeof (value as { then?: unknown } | null)?.then === 'function'
  } catch {
    return false
  }
}

/** `value instanceof Error`; `false` for a Proxy whose getPrototypeOf trap throws (no Error that can be vouched for). */
function isError(value: unknown): boolean {
  try {
    return value instanceof Error
  } catch {
    return false
  }
}

/** The answer as a list of one entry per request; anything else is refused, saying what came. */
function entriesOf(found: unknown, requests: number): readonly unknown[] {
  let length: number | undefined
  let got: string
  if (!isArraySafely(found)) got = describeValue(found)
  else {
    try {
      length = found.length
      got = `${length} entries`
    } catch {
      got = 'a value that could not be read (a revoked Proxy or a throwing trap)'
    }
  }
  if (length === requests) return found as readonly unknown[]
  throw refuse(
    'invalid_item_data',
    `resolve must return one entry per request, in the same order (the data, or undefined when the item does not exist): got ${got} for ${requests} request${requests === 1 ? '' : 's'}.`,
  )
}

/** Validates the data of every item that exists; answers them, or refuses with every issue of every item. */
function answerItems(found: readonly unknown[], received: Received): CatalogItemsResponse {
  const issues: BuildIssue[] = []
  const catalogItems: CatalogItem[] = []
  received.echoes.forEach((echo, i) => {
    const checked = checkItem(found, i, received.indexes[i] as number, echo)
    if (checked === undefined) return
    if ('issues' in checked) issues.push(...checked.issues)
    else catalogItems.push({ catalogReference: echo, data: checked.data })
  })
  if (issues.length > 0) throw new CatalogReferenceError(issues)
  return { catalogItems }
}

/** Entry `i` of the answer, validated; `undefined` when the item does not exist (`undefined`, `null`, a hole). */
function checkItem(
  found: readonly unknown[],
  i: number,
  index: number,
  echo: CatalogItem['catalogReference'],
): ReturnType<typeof validateItemData> | undefined {
  const at = `catalogReferences[${index}] (catalogItemId ${JSON.stringify(echo.catalogItemId)})`
  try {
    const data: unknown = found[i]
    if (data === undefined || data === null) return undefined
    // validation throws only what reading the data throws: its own checks report issues
    return validateItemData(data, [index, 'data'], at)
  } catch {
    const issues: BuildIssue[] = []
    pushIssue(issues, {
      code: 'invalid_item_data',
      path: [index, 'data'],
      message: `${at}: the data could not be read (a Proxy or getter threw): resolve must return plain data.`,
    })
    return { issues }
  }
}

/**
 * Creates the `getCatalogItems` function of a Catalog service plugin from one batched lookup.
 * For each call from Wix it calls `resolve(requests, { currency, weightUnit, metadata })` once
 * with every requested item, then answers `{ catalogItems }`: each `catalogReference` exactly as
 * received, items `resolve` did not find left out (`[]` when none exist), and every item's `data`
 * validated against the Get Catalog Items schema (`productName.original` 1–200 characters,
 * `itemType` preset or custom, `price` a decimal string, description lines with `plainText` or
 * `colorInfo`, `media` a Media Manager image, …). `url` and `media` in the REST shape of the
 * docs' examples are converted to the SDK's strings.
 * @param resolve Your batched catalog lookup; see {@link CatalogItemsResolver}.
 * @returns `getCatalogItems(payload)`, to hand to `catalog.provideHandlers` from `@wix/ecom/service-plugins`.
 * @throws {TypeError} right away when `resolve` is not a function.
 * The returned function rejects with a {@link CatalogReferenceError} (code `invalid_item_data`,
 * path `[index, 'data', ...field]`, a message naming the item and the field) when any item's data
 * is invalid, so bad data never reaches Wix; and with whatever `resolve` throws.
 * @see https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/catalogs/catalog-service-plugin/get-catalog-items
 * @example
 * ```ts
 * import { catalog } from '@wix/ecom/service-plugins'
 * import { createCatalogItemsHandler } from 'wix-catalog-reference/catalog'
 *
 * catalog.provideHandlers({
 *   getCatalogItems: createCatalogItemsHandler(async (requests, { currency }) => {
 *     const hats = await loadHats(requests.map((r) => r.catalogReference.catalogItemId), currency)
 *     return hats.map((hat) =>
 *       hat && { productName: { original: hat.name }, itemType: { preset: 'PHYSICAL' }, price: hat.price },
 *     )
 *   }),
 * })
 * ```
 */
export function createCatalogItemsHandler(resolve: CatalogItemsResolver): CatalogItemsHandler {
  if (typeof resolve !== 'function') {
    throw new TypeError(
      `createCatalogItemsHandler(resolve): resolve must be a function; got ${describeValue(resolve)}.`,
    )
  }
  return async function getCatalogItems(payload: CatalogItemsPayload): Promise<CatalogItemsResponse> {
    const received = receive(payload)
    if (received.requests.length === 0) return { catalogItems: [] }
    const { found } = await callResolve(resolve, received)
    return answerItems(entriesOf(found, received.requests.length), received)
  }
}
