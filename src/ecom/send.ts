import type { WixLineItem } from './api-types.js'
import { copyJson, prepareLineItems } from './items.js'
import { callWix } from './request-error.js'
import { verifyLineItems } from './verify.js'

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

type Loose = Record<string, unknown>

/** Whether `api` has a function `name`. @internal */
export function hasMethod(api: unknown, name: string): boolean {
  return typeof api === 'object' && api !== null && typeof (api as Loose)[name] === 'function'
}

function pickVariant(api: unknown, plan: CallPlan): CallVariant {
  const variant = plan.variants.find((v) => hasMethod(api, v.method) && (v.marker === undefined || hasMethod(api, v.marker)))
  if (variant !== undefined) return variant
  const unmarked = plan.variants.filter((v) => hasMethod(api, v.method) && v.marker !== undefined)
  if (unmarked.length > 0) {
    const markers = unmarked.map((v) => `${v.marker} (${v.moduleName})`).join(' or ')
    throw new TypeError(`${plan.wrapper}: cannot tell Cart V1 from Cart V2: the api argument has ${unmarked[0]?.method} but not ${markers}. ${plan.hint}`)
  }
  const methods = [...new Set(plan.variants.map((v) => v.method))].join(' or ')
  throw new TypeError(`${plan.wrapper}: the api argument has no ${methods} method. ${plan.hint}`)
}

function splitOptions(options: unknown, plan: CallPlan, itemsKey: string): { verify: boolean; rest: Loose } {
  if (options === undefined || options === null) {
    if (plan.required !== undefined && plan.required.length > 0) {
      throw new TypeError(`${plan.wrapper}: options.${plan.required.join(', options.')} is required.`)
    }
    return { verify: true, rest: {} }
  }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${plan.wrapper}: options must be an object, got ${Array.isArray(options) ? 'an array' : typeof options}.`)
  }
  const { verify, ...rest } = options as Loose
  if (verify !== undefined && typeof verify !== 'boolean') {
    throw new TypeError(`${plan.wrapper}: options.verify must be true or false, got ${typeof verify}.`)
  }
  for (const key of ['lineItems', 'catalogItems']) {
    if (rest[key] !== undefined) {
      throw new TypeError(`${plan.wrapper}: pass the line items as the items argument, not as options.${key} (this call sends them as ${itemsKey}).`)
    }
  }
  for (const key of plan.required ?? []) {
    if (typeof rest[key] !== 'string' || rest[key] === '') {
      throw new TypeError(`${plan.wrapper}: options.${key} is required (for example 'WEB').`)
    }
  }
  return { verify: verify !== false, rest }
}

/**
 * The pipeline of every wrapper: pick the Cart V1 / V2 method, check the options, build and check
 * every item (no call when any is invalid), call Wix once with fresh copies, verify the response,
 * and return it unchanged.
 * @internal
 */
export async function send(api: unknown, plan: CallPlan, items: unknown, options: unknown): Promise<unknown> {
  const variant = pickVariant(api, plan)
  const { verify, rest } = splitOptions(options, plan, variant.itemsKey)
  if (plan.id !== undefined && (typeof plan.id.value !== 'string' || plan.id.value === '')) {
    throw new TypeError(`${plan.wrapper}: ${plan.id.name} must be a non-empty string.`)
  }
  const lineItems: WixLineItem[] = prepareLineItems(items)
  const operation = `${variant.moduleName}.${variant.method}`
  const method = (api as Loose)[variant.method] as (...args: unknown[]) => unknown
  const payload: Loose = { [variant.itemsKey]: copyJson(lineItems), ...copyJson(rest) }
  const args = plan.id === undefined ? [payload] : [plan.id.value, payload]
  const response = await callWix(operation, variant.moduleName, () => method.apply(api, args))
  if (verify) verifyLineItems(response, lineItems, operation)
  return response
}
