/*
 * The one deep copy of the library, used by /ecom (what it hands to the Wix SDK) and /catalog
 * (custom `options`, the handler's echo): a copy that only takes what JSON can carry and reports
 * everything else as an issue (functions, class instances, cycles, NaN, getters or Proxy traps that
 * throw, …). Only own enumerable string keys are read, once each, and keys such as `__proto__` are
 * copied as own data properties, so nothing reaches (or comes from) `Object.prototype`. Arrays are
 * refused by `length` before they are walked, and holes are reported (JSON has none).
 */
import type { BuildIssue, IssuePath } from '../issues.js'
import { setOwn } from './util.js'

/** A GUID such as an app id: `3b8658a6-3282-4b5e-ae0e-439113e20aef` (any case). */
export const GUID: RegExp = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A JSON value, as it travels in a `catalogReference`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** A JSON object: the shape of a custom `catalogReference.options`. */
export type JsonObject = { [key: string]: JsonValue }

/** Structural caps: far beyond any real `options`, low enough to fail fast on absurd input. */
export const JSON_LIMITS = { DEPTH_MAX: 32, VALUES_MAX: 10_000 } as const

const toStringTag = Object.prototype.toString

/**
 * An object literal (or `Object.create(null)`), from this realm or another one. `false` (never a
 * throw) for a Proxy whose traps throw or that was revoked.
 */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  try {
    if (typeof value !== 'object' || value === null || toStringTag.call(value) !== '[object Object]') return false
    const proto: unknown = Object.getPrototypeOf(value)
    return proto === null || Object.getPrototypeOf(proto) === null
  } catch {
    return false
  }
}

/** `Array.isArray` that answers `false` for a revoked Proxy instead of throwing. */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value)
  } catch {
    return false
  }
}

/** `options.a[0].b` for a path `['options', 'a', 0, 'b']`. */
export function formatPath(path: IssuePath): string {
  let text = ''
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) text += text === '' ? part : `.${part}`
    else text += `[${JSON.stringify(part)}]`
  }
  return text === '' ? '(root)' : text
}

/** What a value is, for a message: `a function`, `a Date`, `null`, `"abc"`. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
    case 'number':
    case 'boolean':
      return String(value)
    case 'bigint':
      return `the bigint ${String(value)}n`
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    default: {
      if (isPlainObject(value)) return 'an object'
      const name = constructorName(value)
      return name === undefined ? 'an object that is not a plain object' : `a ${name}`
    }
  }
}

function constructorName(value: object): string | undefined {
  try {
    const proto: unknown = Object.getPrototypeOf(value)
    const ctor: unknown = proto === null ? undefined : (proto as { constructor?: unknown }).constructor
    const name: unknown = typeof ctor === 'function' ? (ctor as { name?: unknown }).name : undefined
    return typeof name === 'string' && name !== '' ? name : undefined
  } catch {
    return undefined
  }
}

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
    fail(state, path, `${formatPath(path)} could not be read (a Proxy or getter threw): use plain data.`, undefined)
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
  state.issues.push({ code: state.code, path, message, received: summarize(value) })
  return undefined
}

function summarize(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}...` : value
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return value
  return `[${describe(value)}]`
}

const PLAIN = 'must be plain JSON (strings, finite numbers, booleans, null, arrays and plain objects)'

function copyValue(value: unknown, path: IssuePath, state: CopyState): JsonValue | undefined {
  if (++state.values > JSON_LIMITS.VALUES_MAX) {
    if (state.values === JSON_LIMITS.VALUES_MAX + 1) {
      fail(state, path, `${formatPath(path)} holds more than ${JSON_LIMITS.VALUES_MAX} values: keep it small.`, value)
    }
    return undefined
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      return Number.isFinite(value)
        ? value
        : fail(state, path, `${formatPath(path)} is ${String(value)}: JSON has no NaN or Infinity.`, value)
    case 'undefined':
      return fail(
        state,
        path,
        `${formatPath(path)} is undefined: JSON has no undefined; use null or leave it out.`,
        value,
      )
    case 'bigint':
      return fail(state, path, `${formatPath(path)} is a bigint: JSON has none; use a string or a number.`, value)
    case 'symbol':
    case 'function':
      return fail(
        state,
        path,
        `${formatPath(path)} is ${describe(value)}: ${formatPath(path.slice(0, 1))} ${PLAIN}.`,
        value,
      )
    default:
      break
  }
  if (value === null) return null
  const cycleAt = state.ancestors.indexOf(value)
  if (cycleAt !== -1) {
    const target = state.ancestorPaths[cycleAt] ?? []
    return fail(
      state,
      path,
      `${formatPath(path)} refers back to ${formatPath(target)} (a cycle): JSON cannot hold cycles.`,
      value,
    )
  }
  if (state.ancestors.length >= JSON_LIMITS.DEPTH_MAX) {
    return fail(
      state,
      path,
      `${formatPath(path)} is nested more than ${JSON_LIMITS.DEPTH_MAX} levels deep: flatten it.`,
      value,
    )
  }
  if (Array.isArray(value)) {
    if (value.length > JSON_LIMITS.VALUES_MAX) {
      return fail(
        state,
        path,
        `${formatPath(path)} holds more than ${JSON_LIMITS.VALUES_MAX} values (${value.length} entries): keep it small.`,
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
    `${formatPath(path)} is ${describe(value)}: ${formatPath(path.slice(0, 1))} ${PLAIN}${hint}.`,
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
    fail(state, path, `${formatPath(path)} could not be read (its getter threw): use plain data.`, undefined)
    return undefined
  }
}

function copyArray(source: readonly unknown[], path: IssuePath, state: CopyState): JsonValue[] | undefined {
  const out: JsonValue[] = []
  let ok = true
  for (let i = 0; i < source.length; i++) {
    const itemPath = [...path, i]
    if (!Object.hasOwn(source, i)) {
      fail(state, itemPath, `${formatPath(itemPath)} is a hole in a sparse array: JSON has none; use null.`, undefined)
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
        `${formatPath(keyPath)}: a key named "__proto__" cannot be sent: the Wix SDK sends it as "[object Object]", a different item. Rename it in Wix.`,
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
