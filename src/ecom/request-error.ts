import { isNamed } from '../internal/guard.js'
import { typeName } from '../internal/text.js'
import { asObject, asString, type Loose } from './loose.js'

/** What every failure after the call says: the request may have reached Wix. */
export const MAYBE_SENT = 'The request may or may not have reached Wix: read the cart or checkout before trying again.'

/**
 * One field Wix rejected (`details.validationError.fieldViolations[]`). `field` is the SDK's path to
 * the argument, e.g. `options.lineItems[0].quantity`.
 */
export interface FieldViolation {
  readonly field: string
  readonly description: string
  readonly violatedRule?: string
  readonly ruleName?: string
  readonly data?: unknown
}

/** What a {@link WixRequestError} is made of. */
export interface WixRequestErrorInit {
  /** The call that failed, as `module.method` (`'currentCart.addToCurrentCart'`). */
  readonly operation: string
  /** The HTTP status; `undefined` when no response came back (network failure). */
  readonly status: number | undefined
  /**
   * Wix's `applicationError.code`, the HTTP status as a string when Wix sent none, `'NETWORK_ERROR'`,
   * `'ABORTED'` / `'TIMEOUT'` (`options.signal` / `options.timeoutMs`), or `'UNKNOWN'` (the call failed
   * with a value that is not an `Error`: `undefined`, `null`, a symbol, …; the value is the `cause`).
   */
  readonly code: string
  readonly requestId: string | undefined
  readonly fieldViolations: readonly FieldViolation[]
  /** What went wrong, without the operation prefix. */
  readonly detail: string
  readonly cause: unknown
}

/**
 * A Wix eCommerce call failed: Wix answered with an error, no answer came back (`code:
 * 'NETWORK_ERROR'`, no `status`), the wait was stopped (`'ABORTED'`, `'TIMEOUT'`), or the call failed
 * with something that is not an `Error` (`'UNKNOWN'`). The wrappers never retry: adding to a cart is not idempotent, and
 * after a network failure Wix may or may not have added the lines — read the cart before trying
 * again.
 * @example
 * ```ts
 * try {
 *   await addToCart(client.cart, cartId, items)
 * } catch (error) {
 *   if (isWixRequestError(error) && error.status === 404) await startNewCart()
 *   else throw error
 * }
 * ```
 * @see https://dev.wix.com/docs/sdk/articles/work-with-the-sdk/about-errors
 */
export class WixRequestError extends Error {
  override readonly name = 'WixRequestError' as const
  /** The call that failed, as `module.method` (`'cart.addToCart'`, `'cartV2.addLineItems'`). */
  readonly operation: string
  /** The HTTP status; `undefined` after a network failure. */
  readonly status: number | undefined
  /**
   * Wix's `details.applicationError.code` (e.g. `'CART_NOT_FOUND'`), the HTTP status as a string
   * when Wix sent no code (`'404'`, `'500'`, and `'400'` for validation errors), `'NETWORK_ERROR'`,
   * `'ABORTED'`, `'TIMEOUT'` or `'UNKNOWN'` (see {@link WixRequestErrorInit.code}).
   */
  readonly code: string
  /** Wix's request id (`x-wix-request-id`), to quote to Wix support. */
  readonly requestId: string | undefined
  /** The fields Wix rejected (`details.validationError.fieldViolations`); empty otherwise. */
  readonly fieldViolations: readonly FieldViolation[]

  constructor(init: WixRequestErrorInit) {
    const where = init.status === undefined ? init.code : statusLabel(init.status, init.code)
    const request = init.requestId === undefined ? '' : ` [request id ${init.requestId}]`
    super(`${init.operation} failed (${where}): ${init.detail}${request}`, { cause: init.cause })
    this.operation = init.operation
    this.status = init.status
    this.code = init.code
    this.requestId = init.requestId
    this.fieldViolations = Object.freeze(init.fieldViolations.slice())
  }
}

function statusLabel(status: number, code: string): string {
  return code === String(status) ? `HTTP ${status}` : `HTTP ${status} ${code}`
}

/**
 * Whether `value` is a {@link WixRequestError}, also across bundles and realms (checks `name`).
 * @example
 * ```ts
 * catch (error) { if (isWixRequestError(error) && error.code === 'NETWORK_ERROR') showOffline() }
 * ```
 */
export function isWixRequestError(value: unknown): value is WixRequestError {
  return isNamed(
    value,
    WixRequestError,
    'WixRequestError',
    (v) => typeof v['operation'] === 'string' && typeof v['code'] === 'string',
  )
}

/**
 * The readable part of an SDK error's `message`, which the SDK sets to a JSON string
 * `{ message, details }`.
 */
function innerMessage(error: Loose, fallback: string | undefined): string {
  const raw = asString(error['message'])
  if (raw?.trimStart().startsWith('{')) {
    try {
      const parsed = asObject(JSON.parse(raw))
      const message = asString(parsed?.['message'])
      if (message !== undefined) return message
    } catch {
      // not JSON after all: use it as it is
    }
  }
  return raw ?? fallback ?? 'Wix answered with an error'
}

function readFieldViolations(value: unknown): FieldViolation[] {
  if (!Array.isArray(value)) return []
  const out: FieldViolation[] = []
  // the first 100 are plenty for a message, and a huge sparse array is never walked
  for (let i = 0; i < Math.min(value.length, 100); i++) {
    const entry: unknown = value[i]
    const v = asObject(entry)
    if (v === undefined) continue
    const violation: {
      field: string
      description: string
      violatedRule?: string
      ruleName?: string
      data?: unknown
    } = {
      field: typeof v['field'] === 'string' ? v['field'] : '',
      description: typeof v['description'] === 'string' ? v['description'] : '',
    }
    const violatedRule = asString(v['violatedRule'])
    if (violatedRule !== undefined) violation.violatedRule = violatedRule
    const ruleName = asString(v['ruleName'])
    if (ruleName !== undefined) violation.ruleName = ruleName
    if (v['data'] !== undefined) violation.data = v['data']
    out.push(violation)
  }
  return out
}

function isNetworkFailure(error: Loose): boolean {
  if (asObject(error['response']) !== undefined || typeof error['status'] === 'number') return false
  if ('runtimeError' in error) return true // the SDK marks errors that got no HTTP response
  return error['name'] === 'TypeError' && /fetch|network|load failed/i.test(asString(error['message']) ?? '')
}

function networkDetail(error: Loose): string {
  const cause = error['cause']
  const message = cause instanceof Error ? asString(cause.message) : undefined
  return `no response from Wix${message === undefined ? '' : ` (${message})`}. ${MAYBE_SENT}`
}

/**
 * Turns what an SDK call threw into a {@link WixRequestError}, or returns `undefined` when it is not
 * a Wix request failure (then the caller rethrows it unchanged). The SDK's `SDKError` class is not
 * exported, so this goes by shape: `status`, `requestId`, `details`, a JSON-string `message`.
 */
export function toWixRequestError(error: unknown, operation: string): WixRequestError | undefined {
  const e = asObject(error)
  if (e === undefined) return undefined
  if (isNetworkFailure(e)) {
    return new WixRequestError({
      operation,
      status: undefined,
      code: 'NETWORK_ERROR',
      requestId: undefined,
      fieldViolations: [],
      detail: networkDetail(e),
      cause: error,
    })
  }
  const response = asObject(e['response'])
  const responseData = asObject(response?.['data'])
  const details = asObject(e['details']) ?? asObject(responseData?.['details'])
  const rawStatus = e['status'] ?? response?.['status']
  const status = typeof rawStatus === 'number' ? rawStatus : undefined
  if (details === undefined && status === undefined) return undefined
  const applicationError = asObject(details?.['applicationError'])
  const validationError = asObject(details?.['validationError'])
  const code = asString(applicationError?.['code']) ?? (status === undefined ? 'UNKNOWN' : String(status))
  const requestId = asString(e['requestId']) ?? asString(details?.['requestId'])
  return new WixRequestError({
    operation,
    status,
    code,
    requestId,
    fieldViolations: readFieldViolations(validationError?.['fieldViolations']),
    detail: innerMessage(e, asString(applicationError?.['description'])),
    cause: error,
  })
}

/**
 * What the call threw or rejected with, as a documented error: a {@link WixRequestError} for Wix
 * failures and for anything that is not an `Error` (`undefined`, `null`, a symbol, a string, …,
 * with `code: 'UNKNOWN'`); other `Error`s from the API object unchanged.
 * @internal
 */
export function callFailure(error: unknown, operation: string): unknown {
  let wix: WixRequestError | undefined
  try {
    wix = toWixRequestError(error, operation)
    if (wix === undefined && (error instanceof Error || isErrorLike(error))) return error
  } catch {
    // reading the error threw (a getter or a Proxy trap): it is no error that can be vouched for
  }
  if (wix !== undefined) return wix
  return new WixRequestError({
    operation,
    status: undefined,
    code: 'UNKNOWN',
    requestId: undefined,
    fieldViolations: [],
    detail: `the call failed with ${typeName(error)} instead of an error. ${MAYBE_SENT}`,
    cause: error,
  })
}

/** An `Error` from another realm (`Object.prototype.toString` says `[object Error]`). */
function isErrorLike(value: unknown): boolean {
  try {
    return Object.prototype.toString.call(value) === '[object Error]'
  } catch {
    return false
  }
}
