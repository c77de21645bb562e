import type { WixLineItem } from './api-types.js'
import type { BuildIssue } from '../issues.js'
import { copyJson, readOwn } from '../internal/json.js'
import { describeValue, isPlainObject } from '../internal/text.js'
import { prepareLineItems } from './items.js'
import { callWix } from './call-wix.js'
import { verifyLineItems } from './verify.js'
import type { Loose } from './loose.js'

/** One way to make a call: the method to look for on the API object and what it takes. */
export interface CallVariant {
  /** The method on the API object (`'addToCurrentCart'`). */
  readonly method: string
  /** The module's name in `@wix/ecom`, for messages (`'currentCart'`). */
  readonly moduleName: string
  /** Where the line items go in the call's options. */
  readonly itemsKey: 'lineItems' | 'catalogItems'
  /** Another method the API object must have for this variant to apply (tells Cart V1 from V2). */
  readonly marker?: string
}

/** What one wrapper does. @internal */
export interface CallPlan {
  /** The wrapper's name, for messages. */
  readonly wrapper: string
  /** The variants in order of preference (Cart V2 first). */
  readonly variants: readonly CallVariant[]
  /** What to pass instead, when the API object fits no variant. */
  readonly hint: string
  /** The id argument (`cartId`, `checkoutId`) for calls that take one. */
  readonly id?: { readonly name: string; readonly value: unknown }
  /** Option fields the call requires (`channelType`). */
  readonly required?: readonly string[]
}

/** Whether `api` has a function `name`. @internal */
export function hasMethod(api: unknown, name: string): boolean {
  return methodOf(api, name) !== undefined
}

/** `api[name]` when it is a function, read once; `undefined` also when reading it throws. */
function methodOf(api: unknown, name: string): ((...args: unknown[]) => unknown) | undefined {
  try {
    const method: unknown = typeof api === 'object' && api !== null ? (api as Loose)[name] : undefined
    return typeof method === 'function' ? (method as (...args: unknown[]) => unknown) : undefined
  } catch {
    return undefined
  }
}

function pickVariant(api: unknown, plan: CallPlan): { variant: CallVariant; method: (...args: unknown[]) => unknown } {
  for (const variant of plan.variants) {
    const method = methodOf(api, variant.method)
    if (method !== undefined && (variant.marker === undefined || hasMethod(api, variant.marker)))
      return { variant, method }
  }
  const unmarked = plan.variants.filter((v) => hasMethod(api, v.method) && v.marker !== undefined)
  if (unmarked.length > 0) {
    const markers = unmarked.map((v) => `${v.marker} (${v.moduleName})`).join(' or ')
    throw new TypeError(
      `${plan.wrapper}: cannot tell Cart V1 from Cart V2: the api argument has ${unmarked[0]?.method} but not ${markers}. ${plan.hint}`,
    )
  }
  const methods = [...new Set(plan.variants.map((v) => v.method))].join(' or ')
  throw new TypeError(`${plan.wrapper}: the api argument has no ${methods} method. ${plan.hint}`)
}

/** What the options say about the call itself; the rest goes to Wix. */
interface CallControl {
  readonly verify: boolean
  readonly rest: Loose
  readonly signal: AbortSignal | undefined
  readonly timeoutMs: number | undefined
}

/** The longest timer `setTimeout` keeps (about 24.8 days). */
const TIMEOUT_MAX = 2_147_483_647

/** What is wrong with `options.signal`, or `undefined` for an `AbortSignal` (or an object shaped like one). */
function signalProblem(value: unknown): string | undefined {
  try {
    const signal = value as AbortSignal
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof signal.aborted === 'boolean' &&
      typeof signal.addEventListener === 'function' &&
      typeof signal.removeEventListener === 'function'
    ) {
      return undefined
    }
  } catch {
    return 'could not be read (a getter or Proxy trap in it threw): pass an AbortSignal, such as new AbortController().signal'
  }
  return `must be an AbortSignal, got ${describeValue(value)}`
}

function splitOptions(options: unknown, plan: CallPlan, itemsKey: string): CallControl {
  if (options === undefined || options === null) {
    if (plan.required !== undefined && plan.required.length > 0) {
      throw new TypeError(`${plan.wrapper}: options.${plan.required.join(', options.')} is required.`)
    }
    return { verify: true, rest: {}, signal: undefined, timeoutMs: undefined }
  }
  const fields = readOwn(options)
  if (fields === undefined) {
    throw new TypeError(`${plan.wrapper}: options must be a plain object, got ${describeValue(options)}.`)
  }
  const { verify, signal, timeoutMs, ...given } = fields
  if (verify !== undefined && typeof verify !== 'boolean') {
    throw new TypeError(`${plan.wrapper}: options.verify must be true or false, got ${typeof verify}.`)
  }
  const signalIssue = signal === undefined ? undefined : signalProblem(signal)
  if (signalIssue !== undefined) throw new TypeError(`${plan.wrapper}: options.signal ${signalIssue}.`)
  if (timeoutMs !== undefined && (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || timeoutMs > TIMEOUT_MAX)) {
    throw new TypeError(
      `${plan.wrapper}: options.timeoutMs must be a number of milliseconds from 1 to ${TIMEOUT_MAX}, got ${describeValue(timeoutMs)}.`,
    )
  }
  for (const key of ['lineItems', 'catalogItems']) {
    if (given[key] !== undefined) {
      throw new TypeError(
        `${plan.wrapper}: pass the line items as the items argument, not as options.${key} (this call sends them as ${itemsKey}).`,
      )
    }
  }
  for (const key of plan.required ?? []) {
    if (typeof given[key] !== 'string' || given[key] === '') {
      throw new TypeError(`${plan.wrapper}: options.${key} is required (for example 'WEB').`)
    }
  }
  // a plain JSON copy: the SDK renames keys in place, and a cycle or a class instance is refused here
  const issues: BuildIssue[] = []
  const rest = copyJson({ ...given }, ['options'], issues, 'invalid_selection', true)
  if (!isPlainObject(rest)) throw new TypeError(`${plan.wrapper}: ${issues.map((i) => i.message).join(' ')}`)
  return {
    verify: verify !== false,
    rest: rest as Loose,
    signal: signal as AbortSignal | undefined,
    timeoutMs: timeoutMs as number | undefined,
  }
}

/**
 * The pipeline of every wrapper: pick the Cart V1 / V2 method, check the options, build and check
 * every item (no call when any is invalid), listen to the signal, call Wix once with fresh copies,
 * verify the response, and return it unchanged. Everything that can refuse the call comes before
 * it (docs/decisions.md, "Every check before the call").
 * @internal
 */
export async function send(api: unknown, plan: CallPlan, items: unknown, options: unknown): Promise<unknown> {
  const { variant, method } = pickVariant(api, plan)
  const { verify, rest, signal, timeoutMs } = splitOptions(options, plan, variant.itemsKey)
  if (plan.id !== undefined && (typeof plan.id.value !== 'string' || plan.id.value === '')) {
    throw new TypeError(`${plan.wrapper}: ${plan.id.name} must be a non-empty string.`)
  }
  const lineItems: WixLineItem[] = prepareLineItems(items)
  const operation = `${variant.moduleName}.${variant.method}`
  // lineItems are the library's own plain copies; the SDK gets another one (it renames keys in place)
  const payload: Loose = { ...rest, [variant.itemsKey]: copyJson(lineItems, [], [], 'invalid_selection') }
  const args = plan.id === undefined ? [payload] : [plan.id.value, payload]
  const call = {
    wrapper: plan.wrapper,
    operation,
    moduleName: variant.moduleName,
    invoke: () => method.apply(api, args),
  }
  const response = await callWix(call, { signal, timeoutMs })
  if (verify) verifyLineItems(response, lineItems, operation)
  return response
}
