import { SELECTION_KEYS_MAX } from '../constants.js'

// The defensive readers live in ./read.ts; re-exported for the modules that import them from here.
import { isObject, type Obj, own } from './read.js'

export { idOf, isObject, nonEmpty, type Obj, own } from './read.js'

export function isBlank(text: string): boolean {
  return text.trim() === ''
}

/** The forgiving form of a name: trimmed, Unicode NFC, lower case. */
export function fold(text: string): string {
  return text.trim().normalize('NFC').toLowerCase()
}

/** Sets an own, enumerable property even for keys like `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  } else {
    target[key] = value
  }
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

/** The keys of `T` whose value may be undefined. */
type MaybeKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T]

/** `T` with the fields that may be undefined made optional: absent, never `undefined`. */
export type Defined<T> = { [K in Exclude<keyof T, MaybeKeys<T>>]: T[K] } & {
  [K in MaybeKeys<T>]?: Exclude<T[K], undefined>
}

/**
 * A copy of `fields` without the ones that are undefined, the others in the same order: how results
 * leave out their optional fields (one helper instead of a conditional spread per field).
 */
export function defined<const T extends object>(fields: T): Defined<T> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(fields)) {
    const value = (fields as Record<string, unknown>)[key]
    if (value !== undefined) out[key] = value
  }
  return out as Defined<T>
}

/** The list when it has items, else undefined: `filled(a) ?? filled(b) ?? c` takes the first list with items. */
export function filled<L extends readonly unknown[]>(list: L): L | undefined {
  return list.length > 0 ? list : undefined
}
