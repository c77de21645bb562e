/*
 * The one deep copy of the library, used by /ecom (what it hands to the Wix SDK) and /catalog
 * (custom `options`, the handler's echo): a copy that only takes what JSON can carry and reports
 * everything else as an issue (functions, class instances, cycles, NaN, getters or Proxy traps that
 * throw, …). Only own enumerable string keys are read, once each, and keys such as `__proto__` are
 * copied as own data properties, so nothing reaches (or comes from) `Object.prototype`. Arrays are
 * refused by `length` before they are walked, and holes are reported (JSON has none).
 */
import type { BuildIssue, IssuePath } from '../issues.js'
import { accessorOf, describeValue, isPlainObject, receivedJson } from './text.js'
import { setOwn } from './util.js'

/** A GUID such as an app id: `3b8658a6-3282-4b5e-ae0e-439113e20aef` (any case). */
export const GUID: RegExp = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A JSON value, as it travels in a `catalogReference`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** A JSON object: the shape of a custom `catalogReference.options`. */
export type JsonObject = { [key: string]: JsonValue }

/** Structural caps: far beyond any real `options`, low enough to fail fast on absurd input. */
export const JSON_LIMITS = { DEPTH_MAX: 32, VALUES_MAX: 10_000 } as const

interface CopyState {
  readonly issues: BuildIssue[]
  readonly code: BuildIssue['code']
  /** The objects and arrays being copied, outermost first (to tell a cycle from a shared value). */
  readonly ancestors: unknown[]
  readonly ancestorPaths: IssuePath[]
  /** Report a `__proto__` key instead of copying it (for what goes through the Wix SDK). */
  readonly noProto: boolean
  values: number
}

/**
 * A deep copy of `value` as plain JSON, or `undefined` with issues (code `code`, paths under
 * `path`) for everything JSON cannot carry. Object properties whose value is `undefined` are left
 * out, as `JSON.stringify` does. With `noProto`, a key named `__proto__` is an issue too: the Wix
 * SDK sends it as `"[object Object]"`, a different item.
 */
export function copyJson(
  value: unknown,
  path: IssuePath,
  issues: BuildIssue[],
  code: BuildIssue['code'],
  noProto = false,
): JsonValue | undefined {
  const state: CopyState = { issues, code, ancestors: [], ancestorPaths: [], noProto, values: 0 }
  const before = issues.length
  let copy: JsonValue | undefined
  try {
    copy = copyValue(value, path, state)
  } catch {
    // a Proxy trap (getPrototypeOf, ownKeys, …) threw, or a revoked Proxy
    fail(state, path, `${accessorOf(path)} could not be read (a Proxy or getter threw): use plain data.`, undefined)
  }
  return issues.length === before ? copy : undefined
}

/**
 * The own enumerable string-keyed properties of a plain object (of any realm), each read once, in
 * a fresh null-prototype record; a property whose value is `undefined` counts as absent. `undefined`
 * when `value` is not a plain object or cannot be read (a getter or Proxy trap threw).
 */
export function readOwn(value: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined
  try {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const key of Object.keys(value)) {
      const field = value[key]
      if (field !== undefined) setOwn(out, key, field)
    }
    return out
  } catch {
    return undefined
  }
}

function fail(state: CopyState, path: IssuePath, message: string, value: unknown): undefined {
  state.issues.push({ code: state.code, path, message, received: receivedJson(value) })
  return undefined
}

const PLAIN = 'must be plain JSON (strings, finite numbers, booleans, null, arrays and plain objects)'

function copyValue(value: unknown, path: IssuePath, state: CopyState): JsonValue | undefined {
  if (++state.values > JSON_LIMITS.VALUES_MAX) {
    if (state.values === JSON_LIMITS.VALUES_MAX + 1) {
      fail(state, path, `${accessorOf(path)} holds more than ${JSON_LIMITS.VALUES_MAX} values: keep it small.`, value)
    }
    return undefined
  }
  if (value === null) return null
  return typeof value === 'object' ? copyContainer(value, path, state) : copyScalar(value, path, state)
}

/** A string, boolean or finite number as it is; an issue for anything else that is not an object. */
function copyScalar(value: unknown, path: IssuePath, state: CopyState): JsonValue | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      return Number.isFinite(value)
        ? value
        : fail(state, path, `${accessorOf(path)} is ${String(value)}: JSON has no NaN or Infinity.`, value)
    case 'undefined':
      return fail(
        state,
        path,
        `${accessorOf(path)} is undefined: JSON has no undefined; use null or leave it out.`,
        value,
      )
    case 'bigint':
      return fail(state, path, `${accessorOf(path)} is a bigint: JSON has none; use a string or a number.`, value)
    case 'symbol':
    case 'function':
      return fail(
        state,
        path,
        `${accessorOf(path)} is ${describeValue(value)}: ${accessorOf(path.slice(0, 1))} ${PLAIN}.`,
        value,
      )
    default:
      return fail(state, path, `${accessorOf(path)} is ${describeValue(value)}: ${PLAIN}.`, value)
  }
}

/** A copy of an array or plain object; an issue for a cycle, a nest too deep, or any other object. */
function copyContainer(value: object, path: IssuePath, state: CopyState): JsonValue | undefined {
  const cycleAt = state.ancestors.indexOf(value)
  if (cycleAt !== -1) {
    const target = state.ancestorPaths[cycleAt] ?? []
    return fail(
      state,
      path,
      `${accessorOf(path)} refers back to ${accessorOf(target)} (a cycle): JSON cannot hold cycles.`,
      value,
    )
  }
  if (state.ancestors.length >= JSON_LIMITS.DEPTH_MAX) {
    return fail(
      state,
      path,
      `${accessorOf(path)} is nested more than ${JSON_LIMITS.DEPTH_MAX} levels deep: flatten it.`,
      value,
    )
  }
  if (Array.isArray(value)) {
    if (value.length > JSON_LIMITS.VALUES_MAX) {
      return fail(
        state,
        path,
        `${accessorOf(path)} holds more than ${JSON_LIMITS.VALUES_MAX} values (${value.length} entries): keep it small.`,
        value,
      )
    }
    return enter(value, path, state, () => copyArray(value, path, state))
  }
  if (isPlainObject(value)) return enter(value, path, state, () => copyObject(value, path, state))
  const hint = value instanceof Date ? ' (for a date, use its .toISOString())' : ''
  return fail(
    state,
    path,
    `${accessorOf(path)} is ${describeValue(value)}: ${accessorOf(path.slice(0, 1))} ${PLAIN}${hint}.`,
    value,
  )
}

function enter<T>(value: object, path: IssuePath, state: CopyState, copy: () => T): T {
  state.ancestors.push(value)
  state.ancestorPaths.push(path)
  try {
    return copy()
  } finally {
    state.ancestors.pop()
    state.ancestorPaths.pop()
  }
}

function read(source: object, key: string | number, path: IssuePath, state: CopyState): { value: unknown } | undefined {
  try {
    return { value: (source as Record<string | number, unknown>)[key] }
  } catch {
    fail(state, path, `${accessorOf(path)} could not be read (its getter threw): use plain data.`, undefined)
    return undefined
  }
}

function copyArray(source: readonly unknown[], path: IssuePath, state: CopyState): JsonValue[] | undefined {
  const out: JsonValue[] = []
  let ok = true
  for (let i = 0; i < source.length; i++) {
    const itemPath = [...path, i]
    if (!Object.hasOwn(source, i)) {
      fail(state, itemPath, `${accessorOf(itemPath)} is a hole in a sparse array: JSON has none; use null.`, undefined)
      ok = false
      continue
    }
    const cell = read(source, i, itemPath, state)
    const copy = cell === undefined ? undefined : copyValue(cell.value, itemPath, state)
    if (copy === undefined) ok = false
    else out.push(copy)
    if (state.values > JSON_LIMITS.VALUES_MAX) return undefined
  }
  return ok ? out : undefined
}

function copyObject(
  source: Readonly<Record<string, unknown>>,
  path: IssuePath,
  state: CopyState,
): JsonObject | undefined {
  const out: JsonObject = {}
  let ok = true
  for (const key of Object.keys(source)) {
    const keyPath = [...path, key]
    if (state.noProto && key === '__proto__') {
      fail(
        state,
        keyPath,
        `${accessorOf(path)} has a key named "__proto__", which cannot be sent: the Wix SDK sends it as "[object Object]", a different item. Rename it in Wix.`,
        key,
      )
      ok = false
      continue
    }
    const cell = read(source, key, keyPath, state)
    if (cell === undefined) {
      ok = false
      continue
    }
    if (cell.value === undefined) continue
    const copy = copyValue(cell.value, keyPath, state)
    if (copy === undefined) ok = false
    else setOwn(out, key, copy)
    if (state.values > JSON_LIMITS.VALUES_MAX) return undefined
  }
  return ok ? out : undefined
}
