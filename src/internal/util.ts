import { SELECTION_KEYS_MAX } from '../constants.js'
import type { BuildIssue, BuildIssueCode, IssuePath } from '../issues.js'

/* Defensive readers: every Wix field is optional and any input may be hostile. Only own properties
 * are read, so `__proto__`, `constructor` or a polluted Object.prototype never leak in. */

const hasOwn = Object.prototype.hasOwnProperty

export type Obj = Readonly<Record<string, unknown>>

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property of an object, or undefined. */
export function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && hasOwn.call(value, key) ? (value as Obj)[key] : undefined
}

/** A non-empty string, or undefined. */
export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** The id of an SDK (`_id`) or REST (`id`) object. */
export function idOf(value: unknown): string | undefined {
  return nonEmpty(own(value, '_id')) ?? nonEmpty(own(value, 'id'))
}

export function isBlank(text: string): boolean {
  return text.trim() === ''
}

/** The forgiving form of a name: trimmed, Unicode NFC, lower case. */
export function fold(text: string): string {
  return text.trim().normalize('NFC').toLowerCase()
}

/** A value for a message: quoted, and cut to 80 characters. */
export function q(value: unknown): string {
  return `"${cut(typeof value === 'string' ? value : String(value))}"`
}

/** A name for a message, cut to 80 characters (product names can be huge too). */
function cut(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

/** A value to put in an issue's `received`: strings are cut to 200 characters. */
export function received(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}...` : value
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? '[function]' : value
  return Array.isArray(value) ? '[array]' : '[object]'
}

/** A list of valid values for a message: at most 20, then "and N more". */
export function list(values: readonly string[]): string {
  if (values.length === 0) return '(none)'
  const more = values.length > 20 ? `, and ${values.length - 20} more` : ''
  return values.slice(0, 20).map(cut).join(', ') + more
}

/** Sets an own, enumerable property even for keys like `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  } else {
    target[key] = value
  }
}

export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  const t = typeof value
  return t === 'object' ? 'an object' : t === 'undefined' ? 'undefined' : `a ${t}`
}

/** Pushes an issue. */
export function add(
  issues: BuildIssue[],
  code: BuildIssueCode,
  path: IssuePath,
  message: string,
  context?: Omit<BuildIssue, 'code' | 'path' | 'message'>,
): void {
  issues.push({ code, path, message, ...context })
}

/**
 * A plain copy of JSON-like input, each own enumerable string key read once (snapshot at the
 * boundary: a getter is never read twice). Arrays, functions, objects with too many keys or nested
 * deeper than `depth` become `[]`, never walked: no valid reference holds one. Throws what a getter
 * or Proxy throws.
 */
export function snapshot(value: unknown, depth: number): unknown {
  if (typeof value === 'function') return []
  if (typeof value !== 'object' || value === null) return value
  if (depth === 0 || Array.isArray(value)) return []
  const keys = Object.keys(value)
  if (keys.length > SELECTION_KEYS_MAX) return []
  const out: Record<string, unknown> = {}
  for (const key of keys) setOwn(out, key, snapshot((value as Obj)[key], depth - 1))
  return out
}

/**
 * The product inside Wix's response wrapper `{ product: {...} }` (V1 SDK `getProduct`, REST Get
 * Product), as the CLI reads it: an object with an object `product` and no id of its own.
 */
export function unwrap(product: unknown): unknown {
  const inner = own(product, 'product')
  return isObject(inner) && own(product, 'id') === undefined && own(product, '_id') === undefined ? inner : product
}
