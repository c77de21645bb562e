/*
 * Defensive reads of untrusted data: every Wix field is optional and any input may be hostile. Only
 * own properties are read, so `__proto__`, `constructor` or a polluted `Object.prototype` never leak
 * in, and a missing step of a path reads as undefined instead of throwing. (A Proxy whose traps
 * throw still throws: the public functions catch that once, at their boundary.)
 */

export type Obj = Readonly<Record<string, unknown>>

const hasOwn = Object.prototype.hasOwnProperty

/** An object that is not an array (plain data, a class instance, a Proxy of one). */
export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property of an object, or undefined. */
export function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && hasOwn.call(value, key) ? (value as Obj)[key] : undefined
}

/**
 * The own property at a path of up to four keys: `read(variant, 'price', 'actualPrice', 'amount')`.
 * Fixed arity, no rest array: it runs in the variant loops.
 */
export function read(value: unknown, a: string, b?: string, c?: string, d?: string): unknown {
  let at = own(value, a)
  if (b === undefined) return at
  at = own(at, b)
  if (c === undefined) return at
  at = own(at, c)
  return d === undefined ? at : own(at, d)
}

/** A non-empty string, or undefined. */
export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** The id of an SDK (`_id`) or REST (`id`) object. */
export function idOf(value: unknown): string | undefined {
  return nonEmpty(own(value, '_id')) ?? nonEmpty(own(value, 'id'))
}
