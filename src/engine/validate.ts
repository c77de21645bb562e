import { ID_MAX, QUANTITY_MAX, QUANTITY_MIN, SELECTION_KEYS_MAX } from '../constants.js'
import type { BuildIssue, BuildIssueCode } from '../issues.js'
import { pushIssue } from '../internal/issues.js'
import { quote, received, typeName } from '../internal/text.js'
import { isBlank, isObject, own } from '../internal/util.js'
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

export const EMPTY_SELECTION: CheckedSelection = {
  options: [],
  variantId: undefined,
  modifiers: [],
  subscription: undefined,
  quantity: undefined,
}
export const DEFAULT_OPTIONS: CheckedOptions = { catalogVersion: undefined, enforce: true, choiceValue: 'key' }

/** Whether `value` is an object with at most the `allowed` keys; pushes an issue for anything else. */
function shape(
  value: unknown,
  allowed: readonly string[],
  code: BuildIssueCode,
  what: string,
  issues: BuildIssue[],
): value is Readonly<Record<string, unknown>> {
  if (!isObject(value)) {
    if (value != null)
      pushIssue(issues, {
        code,
        path: [],
        message: `The ${what} must be an object, not ${typeName(value)}.`,
        received: received(value),
      })
    return false
  }
  for (const key of Object.keys(value).slice(0, SELECTION_KEYS_MAX)) {
    if (!allowed.includes(key))
      pushIssue(issues, {
        code,
        path: [key],
        message: `Unknown ${what} field ${quote(key)}. Use: ${allowed.join(', ')}.`,
        received: received(key),
      })
  }
  return true
}

function mustBe(issues: BuildIssue[], path: (string | number)[], what: string, value: unknown): void {
  // Quoted (and cut): the path holds the buyer's keys, which may be huge.
  pushIssue(issues, {
    code: 'invalid_selection',
    path,
    message: `${quote(path.join('.'))} must be ${what}, not ${typeName(value)}.`,
    received: received(value),
  })
}

/** Reads `options` or `modifiers`: an object of strings; null and undefined entries count as not given. */
function entries(value: unknown, field: string, issues: BuildIssue[]): [string, string][] {
  const out: [string, string][] = []
  if (value == null) return out
  if (!isObject(value)) {
    mustBe(issues, [field], 'an object of strings', value)
    return out
  }
  const keys = Object.keys(value)
  if (keys.length > SELECTION_KEYS_MAX) {
    pushIssue(issues, {
      code: 'invalid_selection',
      path: [field],
      message: `${field} has ${keys.length} entries; at most ${SELECTION_KEYS_MAX} are accepted.`,
      limit: SELECTION_KEYS_MAX,
    })
  } else {
    for (const key of keys) {
      const v = value[key]
      if (typeof v === 'string') out.push([key, v])
      else if (v != null) mustBe(issues, [field, key], 'a string', v)
    }
  }
  return out
}

/** Reads `variantId` or `subscriptionOptionId`: a string of at most ID_MAX characters; blank counts as not given. */
function text(selection: Readonly<Record<string, unknown>>, key: string, issues: BuildIssue[]): string | undefined {
  const value = own(selection, key)
  if (typeof value !== 'string') {
    if (value != null) mustBe(issues, [key], 'a string', value)
    return undefined
  }
  if (isBlank(value)) return undefined
  if (value.length <= ID_MAX) return value
  pushIssue(issues, {
    code: 'invalid_selection',
    path: [key],
    message: `"${key}" has ${value.length} characters; a Wix id has at most ${ID_MAX}.`,
    received: received(value),
  })
  return undefined
}

/** Checks the shape of an untrusted selection. */
export function checkSelection(selection: unknown, issues: BuildIssue[]): CheckedSelection {
  if (
    !shape(
      selection,
      ['options', 'variantId', 'modifiers', 'subscriptionOptionId', 'quantity'],
      'invalid_selection',
      'selection',
      issues,
    )
  )
    return EMPTY_SELECTION
  return {
    options: entries(own(selection, 'options'), 'options', issues),
    variantId: text(selection, 'variantId', issues),
    modifiers: entries(own(selection, 'modifiers'), 'modifiers', issues),
    subscription: text(selection, 'subscriptionOptionId', issues),
    quantity: own(selection, 'quantity'),
  }
}

/** Checks the `BuildOptions`. */
export function checkOptions(options: unknown, issues: BuildIssue[]): CheckedOptions {
  const fields = {
    catalogVersion: ['V1', 'V3'],
    availability: ['enforce', 'ignore'],
    modifierChoiceValue: ['key', 'name'],
  }
  if (!shape(options, Object.keys(fields), 'invalid_options', 'build options', issues)) return DEFAULT_OPTIONS
  const read = (key: keyof typeof fields): string | undefined => {
    const value = own(options, key)
    const allowed = fields[key]
    if (value === undefined || allowed.includes(value as string)) return value as string | undefined
    pushIssue(issues, {
      code: 'invalid_options',
      path: [key],
      message: `Build option "${key}" must be "${allowed.join('" or "')}"; got ${typeof value === 'string' ? quote(value) : typeName(value)}.`,
      received: received(value),
      expected: allowed,
    })
    return undefined
  }
  return {
    catalogVersion: read('catalogVersion') as CatalogVersion | undefined,
    enforce: read('availability') !== 'ignore',
    choiceValue: (read('modifierChoiceValue') ?? 'key') as CheckedOptions['choiceValue'],
  }
}

/** Checks a line item quantity: absent → 1; otherwise an integer from 1 to 100000. */
export function checkQuantity(value: unknown, issues: BuildIssue[]): number {
  if (value === undefined) return 1
  if (Number.isInteger(value) && (value as number) >= QUANTITY_MIN && (value as number) <= QUANTITY_MAX)
    return value as number
  const got = typeof value === 'number' ? String(value) : typeName(value)
  pushIssue(issues, {
    code: 'invalid_quantity',
    path: ['quantity'],
    message: `The quantity must be a whole number from ${QUANTITY_MIN} to ${QUANTITY_MAX}; got ${got}.`,
    received: received(value),
  })
  return 1
}
