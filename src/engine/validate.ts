import { LIMITS } from '../constants.js'
import type { BuildIssue } from '../issues.js'
import { isObject, own, q, received, typeName } from '../internal/util.js'
import type { CatalogVersion } from '../reference.js'

/** A selection whose shape has been checked: only string entries remain, in input order. */
export interface CheckedSelection {
  readonly options: readonly (readonly [string, string])[]
  readonly variantId: string | undefined
  readonly modifiers: readonly (readonly [string, string])[]
  readonly subscription: string | undefined
  readonly quantity: unknown
}

export interface CheckedOptions {
  readonly catalogVersion: CatalogVersion | undefined
  readonly enforce: boolean
  readonly choiceValue: 'key' | 'name'
}

const SELECTION_KEYS = ['options', 'variantId', 'modifiers', 'subscriptionOptionId', 'quantity']
const OPTION_KEYS = ['catalogVersion', 'availability', 'modifierChoiceValue']

function unknownKeys(value: object, allowed: readonly string[], code: BuildIssue['code'], what: string, issues: BuildIssue[]): void {
  const keys = Object.keys(value)
  for (const key of keys.length > LIMITS.SELECTION_KEYS_MAX ? keys.slice(0, 1) : keys) {
    if (!allowed.includes(key)) {
      issues.push({ code, path: [key], message: `Unknown ${what} field ${q(key)}. Use: ${allowed.join(', ')}.`, received: received(key) })
    }
  }
}

function entries(value: unknown, field: 'options' | 'modifiers', issues: BuildIssue[]): [string, string][] {
  if (value === undefined || value === null) return []
  if (!isObject(value)) {
    issues.push({ code: 'invalid_selection', path: [field], message: `"${field}" must be an object of name → value strings, not ${typeName(value)}.`, received: received(value) })
    return []
  }
  const keys = Object.keys(value)
  if (keys.length > LIMITS.SELECTION_KEYS_MAX) {
    issues.push({ code: 'invalid_selection', path: [field], message: `"${field}" has ${keys.length} entries; at most ${LIMITS.SELECTION_KEYS_MAX} are accepted.`, limit: LIMITS.SELECTION_KEYS_MAX })
    return []
  }
  const out: [string, string][] = []
  for (const key of keys) {
    const v = own(value, key)
    if (typeof v === 'string') out.push([key, v])
    else if (v !== undefined && v !== null) {
      issues.push({ code: 'invalid_selection', path: [field, key], message: `${field}[${q(key)}] must be a string, not ${typeName(v)}.`, received: received(v) })
    }
  }
  return out
}

function optionalString(selection: object, key: string, issues: BuildIssue[]): string | undefined {
  const value = own(selection, key)
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') {
    issues.push({ code: 'invalid_selection', path: [key], message: `"${key}" must be a string, not ${typeName(value)}.`, received: received(value) })
    return undefined
  }
  return value.trim() === '' ? undefined : value
}

/** Checks the shape of an untrusted selection. */
export function checkSelection(selection: unknown, issues: BuildIssue[]): CheckedSelection {
  if (selection === undefined || selection === null) {
    return { options: [], variantId: undefined, modifiers: [], subscription: undefined, quantity: undefined }
  }
  if (!isObject(selection)) {
    issues.push({ code: 'invalid_selection', path: [], message: `The selection must be an object like { options, modifiers, subscriptionOptionId }, not ${typeName(selection)}.`, received: received(selection) })
    return { options: [], variantId: undefined, modifiers: [], subscription: undefined, quantity: undefined }
  }
  unknownKeys(selection, SELECTION_KEYS, 'invalid_selection', 'selection', issues)
  return {
    options: entries(own(selection, 'options'), 'options', issues),
    variantId: optionalString(selection, 'variantId', issues),
    modifiers: entries(own(selection, 'modifiers'), 'modifiers', issues),
    subscription: optionalString(selection, 'subscriptionOptionId', issues),
    quantity: own(selection, 'quantity'),
  }
}

function oneOf<T extends string>(options: object, key: string, allowed: readonly T[], issues: BuildIssue[]): T | undefined {
  const value = own(options, key)
  if (value === undefined) return undefined
  if ((allowed as readonly unknown[]).includes(value)) return value as T
  issues.push({ code: 'invalid_options', path: [key], message: `Build option "${key}" must be ${allowed.map((a) => `"${a}"`).join(' or ')}; got ${typeof value === 'string' ? q(value) : typeName(value)}.`, received: received(value), expected: allowed })
  return undefined
}

/** Checks the `BuildOptions`. */
export function checkOptions(options: unknown, issues: BuildIssue[]): CheckedOptions {
  if (options === undefined || options === null) return { catalogVersion: undefined, enforce: true, choiceValue: 'key' }
  if (!isObject(options)) {
    issues.push({ code: 'invalid_options', path: [], message: `The build options must be an object, not ${typeName(options)}.`, received: received(options) })
    return { catalogVersion: undefined, enforce: true, choiceValue: 'key' }
  }
  unknownKeys(options, OPTION_KEYS, 'invalid_options', 'build option', issues)
  return {
    catalogVersion: oneOf(options, 'catalogVersion', ['V1', 'V3'], issues),
    enforce: oneOf(options, 'availability', ['enforce', 'ignore'], issues) !== 'ignore',
    choiceValue: oneOf(options, 'modifierChoiceValue', ['key', 'name'], issues) ?? 'key',
  }
}

/** Checks a line item quantity: absent → 1; otherwise an integer from 1 to 100000. */
export function checkQuantity(value: unknown, issues: BuildIssue[]): number {
  if (value === undefined) return 1
  if (typeof value === 'number' && Number.isInteger(value) && value >= LIMITS.QUANTITY_MIN && value <= LIMITS.QUANTITY_MAX) return value
  issues.push({
    code: 'invalid_quantity',
    path: ['quantity'],
    message: `The quantity must be a whole number from ${LIMITS.QUANTITY_MIN} to ${LIMITS.QUANTITY_MAX}; got ${typeof value === 'number' ? String(value) : typeName(value)}.`,
    received: received(value),
  })
  return 1
}
