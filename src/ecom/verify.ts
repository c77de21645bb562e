import { isNamed } from '../internal/guard.js'
import { copyJson } from '../internal/json.js'
import type { WixCatalogReference, WixLineItem } from './api-types.js'
import { asObject, type Loose } from './loose.js'

/**
 * Why a requested line is not in the response as asked:
 * - `'missing'`: no returned line has the requested `catalogReference`;
 * - `'zero_quantity'`: the line came back with quantity 0 (or none);
 * - `'unavailable'`: the line came back marked unavailable (Cart V1 / Checkout `availability.status`
 *   `NOT_FOUND` or `NOT_AVAILABLE`; Cart V2 `status` `OUT_OF_STOCK` or `REMOVED_FROM_CATALOG`).
 */
export type RejectionReason = 'missing' | 'zero_quantity' | 'unavailable'

/** A requested line that Wix did not add as asked. */
export interface RejectedLineItem {
  /** The item's index in the `items` argument. */
  readonly index: number
  /** The reference that was sent. */
  readonly catalogReference: WixCatalogReference
  readonly reason: RejectionReason
  /** The returned line, for `'zero_quantity'` and `'unavailable'`, as the SDK returned it. */
  readonly line?: Readonly<Record<string, unknown>>
}

/**
 * Wix answered the call with success, but did not add every requested line: a line is missing from
 * the returned cart or checkout, came back with quantity 0, or is unavailable. This is the silent
 * failure of a wrong `catalogReference` (or of stock running out). The cart or checkout **was**
 * changed by the other lines: `response` holds it, unchanged.
 *
 * Limits: a line that was already in the cart with the same reference counts as added (Wix merges
 * it, and the response cannot tell the two apart); partial stock (`PARTIALLY_AVAILABLE`,
 * `PARTIALLY_IN_STOCK`) counts as added.
 * @example
 * ```ts
 * try {
 *   await addToCurrentCart(client.currentCart, items)
 * } catch (error) {
 *   if (isLineItemsNotAddedError(error)) {
 *     for (const r of error.rejected) showError(r.index, r.reason) // 'missing' | 'zero_quantity' | 'unavailable'
 *   } else throw error
 * }
 * ```
 * @see https://dev.wix.com/docs/sdk/backend-modules/ecom/current-cart/add-to-current-cart
 */
export class LineItemsNotAddedError<Response = unknown> extends Error {
  override readonly name = 'LineItemsNotAddedError' as const
  /** The SDK's response, unchanged: the cart or checkout as it now is. */
  readonly response: Response
  /** Each requested line that was not added as asked, in item order. */
  readonly rejected: readonly RejectedLineItem[]

  constructor(
    response: Response,
    rejected: readonly RejectedLineItem[],
    options?: { operation?: string; requested?: number },
  ) {
    super(summarize(rejected, options?.operation, options?.requested))
    this.response = response
    this.rejected = Object.freeze(rejected.slice())
  }
}

const REASON_TEXT: Record<RejectionReason, string> = {
  missing: 'is missing from the response (Wix dropped it: check the catalogReference)',
  zero_quantity: 'came back with quantity 0',
  unavailable: 'came back unavailable',
}

/** A reference in a message: its item id, then its options as JSON. */
function describeReference(reference: WixCatalogReference): string {
  const options = reference.options === undefined ? '' : ` ${JSON.stringify(reference.options)}`
  return `${reference.catalogItemId}${options}`
}

function summarize(
  rejected: readonly RejectedLineItem[],
  operation: string | undefined,
  requested: number | undefined,
): string {
  const n = rejected.length
  const of = requested === undefined ? `${n}` : `${n} of ${requested}`
  const where = operation === undefined ? '' : ` (${operation})`
  const head = `Wix did not add ${of} line item${(requested ?? n) === 1 ? '' : 's'}${where}`
  return [
    head,
    ...rejected.map((r) => `- items[${r.index}] ${describeReference(r.catalogReference)} ${REASON_TEXT[r.reason]}`),
  ].join('\n')
}

/**
 * Whether `value` is a {@link LineItemsNotAddedError}, also across bundles and realms (checks `name`).
 * @example
 * ```ts
 * catch (error) { if (isLineItemsNotAddedError(error)) console.log(error.rejected) }
 * ```
 */
export function isLineItemsNotAddedError(value: unknown): value is LineItemsNotAddedError {
  return isNamed(value, LineItemsNotAddedError, 'LineItemsNotAddedError', (v) => Array.isArray(v['rejected']))
}

/** The SDK renames these REST keys at every depth of a response (and back in requests). */
const SDK_RENAMES: Readonly<Record<string, string>> = {
  _id: 'id',
  _createdDate: 'createdDate',
  _updatedDate: 'updatedDate',
}

function restKey(key: string): string {
  return key
    .split('.')
    .map((part) => SDK_RENAMES[part] ?? part)
    .join('.')
}

/**
 * A comparable form: keys back to their REST names (`_id` → `id`, also inside `options`), sorted;
 * `null`, `undefined` and empty objects left out, as Wix leaves them out of its answers.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  const object = asObject(value)
  if (object === undefined) return value
  const entries: [string, unknown][] = []
  for (const key of Object.keys(object)) {
    const v = canonical(object[key])
    if (v === undefined || v === null) continue
    if (asObject(v) !== undefined && Object.keys(v as Loose).length === 0) continue
    entries.push([restKey(key), v])
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries)
}

function referenceKey(reference: unknown): string | undefined {
  // a plain JSON copy first: a cycle, a deep nest or a throwing getter in a response is no reference
  const object = asObject(copyJson(reference, [], [], 'invalid_reference'))
  if (object === undefined) return undefined
  return JSON.stringify(
    canonical({ catalogItemId: object['catalogItemId'], appId: object['appId'], options: object['options'] }),
  )
}

const LINES_MAX = 10_000
const UNAVAILABLE = new Set(['NOT_FOUND', 'NOT_AVAILABLE', 'OUT_OF_STOCK', 'REMOVED_FROM_CATALOG'])

interface ReturnedLine {
  readonly line: Loose
  readonly quantity: number
  readonly unavailable: boolean
}

/** Reads a Cart V1 / Checkout line (`catalogReference`, `quantity`, `availability.status`) or a Cart V2 line (`source.catalogReference`, `quantityInfo.confirmedQuantity`, `status`). */
function readLine(line: Loose): { reference: unknown; returned: ReturnedLine } {
  const quantityInfo = asObject(line['quantityInfo'])
  const source = asObject(line['source'])
  const reference = source?.['catalogReference'] ?? line['catalogReference']
  // Wix's JSON leaves zero numbers out: a missing quantity is 0.
  const rawQuantity = quantityInfo === undefined ? line['quantity'] : quantityInfo['confirmedQuantity']
  const quantity = typeof rawQuantity === 'number' ? rawQuantity : 0
  const status = asObject(line['availability'])?.['status'] ?? line['status']
  return { reference, returned: { line, quantity, unavailable: typeof status === 'string' && UNAVAILABLE.has(status) } }
}

/** The lines of a response: `{ cart }`, `{ checkout }`, or the cart / checkout itself. */
function returnedLines(response: unknown): Loose[] {
  const body = asObject(response)
  const entity = asObject(body?.['cart']) ?? asObject(body?.['checkout']) ?? body
  const lines = entity?.['lineItems']
  const out: Loose[] = []
  // no cart holds more lines than this: a longer (or huge sparse) array is not walked
  if (!Array.isArray(lines) || lines.length > LINES_MAX) return out
  for (let i = 0; i < lines.length; i++) {
    const line = asObject(lines[i])
    if (line !== undefined) out.push(line)
  }
  return out
}

/**
 * Compares the requested lines with the lines of the SDK's response, through the SDK's `id` → `_id`
 * renaming. A requested reference that several lines carry is fine when any of them is fine
 * (identical references merge into one line).
 * @internal
 */
export function findRejectedLineItems(response: unknown, requested: readonly WixLineItem[]): RejectedLineItem[] {
  const byReference = new Map<string, ReturnedLine[]>()
  for (const line of returnedLines(response)) {
    const { reference, returned } = readLine(line)
    const key = referenceKey(reference)
    if (key === undefined) continue
    const list = byReference.get(key)
    if (list === undefined) byReference.set(key, [returned])
    else list.push(returned)
  }
  const rejected: RejectedLineItem[] = []
  requested.forEach((item, index) => {
    const candidates = byReference.get(referenceKey(item.catalogReference) ?? '') ?? []
    const catalogReference = item.catalogReference
    if (candidates.length === 0) {
      rejected.push({ index, catalogReference, reason: 'missing' })
      return
    }
    if (candidates.some((c) => c.quantity > 0 && !c.unavailable)) return
    const unavailable = candidates.find((c) => c.unavailable)
    if (unavailable !== undefined)
      rejected.push({ index, catalogReference, reason: 'unavailable', line: unavailable.line })
    else rejected.push({ index, catalogReference, reason: 'zero_quantity', line: (candidates[0] as ReturnedLine).line })
  })
  return rejected
}

/**
 * Throws a {@link LineItemsNotAddedError} when a requested line is not in the response as asked.
 * @internal
 */
export function verifyLineItems(response: unknown, requested: readonly WixLineItem[], operation: string): void {
  let rejected: RejectedLineItem[]
  try {
    rejected = findRejectedLineItems(response, requested)
  } catch {
    // the response could not be read (a getter or Proxy trap threw): no line is known to be added
    rejected = requested.map((item, index) => ({ index, catalogReference: item.catalogReference, reason: 'missing' }))
  }
  if (rejected.length > 0)
    throw new LineItemsNotAddedError(response, rejected, { operation, requested: requested.length })
}
