/*
 * Text for messages: how values, names, lists and paths are shown. Every message of the library
 * builds on these, so that a value is shown, cut and quoted the same way everywhere.
 */
import type { IssuePath } from '../issues.js'

/** The longest name or value a message shows whole; a longer one shows its first 77 characters and `...`. */
export const SHOWN_NAME_MAX = 80
/** How many characters of a string an issue keeps in `received`. */
export const RECEIVED_MAX = 200
/** How many valid values a message lists before "and N more". */
export const LISTED_MAX = 20

/** `text` itself when it has at most `max` characters; else its first `keep` characters and `...`. */
export function cut(text: string, max: number, keep: number = max): string {
  return text.length > max ? `${text.slice(0, keep)}...` : text
}

/** A name or value as a message shows it: cut to {@link SHOWN_NAME_MAX} characters. */
function shown(text: string): string {
  return cut(text, SHOWN_NAME_MAX, SHOWN_NAME_MAX - 3)
}

/** A name or value for a message: quoted, and cut (product names can be huge). */
export function quote(value: unknown): string {
  return `"${shown(String(value))}"`
}

/** A list of valid values for a message: at most {@link LISTED_MAX}, then "and N more". */
export function list(values: readonly string[]): string {
  if (values.length === 0) return '(none)'
  const more = values.length > LISTED_MAX ? `, and ${values.length - LISTED_MAX} more` : ''
  return values.slice(0, LISTED_MAX).map(shown).join(', ') + more
}

/** What kind of value this is, in a few words: `a string`, `an object`, `an array`, `null`. */
export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (isArraySafely(value)) return 'an array'
  const type = typeof value
  return type === 'object' ? 'an object' : type === 'undefined' ? 'undefined' : `a ${type}`
}

/**
 * What a value is, precisely, for a message about data that must be plain JSON: `a function`,
 * `a Date`, `null`, `"abc"` (strings shown, cut), `the bigint 1n`. Never throws (a Proxy whose
 * traps throw is `an object that is not a plain object`).
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (isArraySafely(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(cut(value, 60, 57))
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
      return name === undefined ? 'an object that is not a plain object' : withArticle(name)
    }
  }
}

/**
 * A constructor name with its article, as it is read aloud: `an AbortSignal`, `an Error`, `a Map`; an
 * initialism by its first letter's name (`a URL`, `an HTMLElement`); a `U` read "you" takes `a` (`a Uint8Array`).
 */
function withArticle(name: string): string {
  const vowelSound = /^[A-Z]{2}/.test(name)
    ? /^[AEFHILMNORSX]/.test(name)
    : /^(?:[AEIO]|U(?!ni|int|s[aeiou]|r[aeiou]|t))/i.test(name)
  return `${vowelSound ? 'an' : 'a'} ${name}`
}

/**
 * A value for an issue's `received` field, as the builders report it: strings cut to
 * {@link RECEIVED_MAX} characters, numbers, booleans, null and undefined as they are, anything else
 * by its kind: `[object]`, `[array]`, `[function]`, `[symbol]`, `[bigint]` (issues are plain JSON data).
 */
export function received(value: unknown): unknown {
  if (typeof value === 'string') return cut(value, RECEIVED_MAX)
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return value
  return `[${typeof value === 'object' && Array.isArray(value) ? 'array' : typeof value}]`
}

/**
 * A value for an issue's `received` field about data that must be plain JSON (`/ecom`, `/catalog`):
 * strings cut, numbers, booleans and null as they are, anything else described: `[a Date]`.
 */
export function receivedJson(value: unknown): unknown {
  if (typeof value === 'string') return cut(value, RECEIVED_MAX)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return value
  return `[${describeValue(value)}]`
}

/**
 * An issue path as a label, as error summaries and the CLI print it: `options.Size`,
 * `0.options.Box color`, `(root)` for the empty path; a key longer than {@link SHOWN_NAME_MAX} is cut.
 */
export function pathLabel(path: IssuePath): string {
  return path.length === 0 ? '(root)' : path.map(shownKey).join('.')
}

/**
 * A path part for a message: an index as it is (no number is 80 characters long), a key cut to
 * {@link SHOWN_NAME_MAX} (the issue's `path` keeps it whole).
 */
function shownKey(part: string | number): string {
  return shown(String(part))
}

/**
 * A path as a JavaScript accessor, for messages about a place inside the caller's data:
 * `options.a[0].b`, `options["Box color"]`, `(root)` for the empty path. A key longer than
 * {@link SHOWN_NAME_MAX} is cut (`options["aaa..."]`): the issue's `path` keeps it whole.
 */
export function accessorOf(path: IssuePath): string {
  let text = ''
  for (const part of path) {
    const key = shownKey(part)
    if (typeof part === 'number') text += `[${key}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`
    else text += `[${JSON.stringify(key)}]`
  }
  return text === '' ? '(root)' : text
}

const objectToString = Object.prototype.toString

/**
 * An object literal (or `Object.create(null)`), from this realm or another one. `false` (never a
 * throw) for a Proxy whose traps throw or that was revoked.
 */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  try {
    if (typeof value !== 'object' || value === null || objectToString.call(value) !== '[object Object]') return false
    const proto: unknown = Object.getPrototypeOf(value)
    return proto === null || Object.getPrototypeOf(proto) === null
  } catch {
    return false
  }
}

/** `Array.isArray` that answers `false` for a revoked Proxy instead of throwing. */
export function isArraySafely(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value)
  } catch {
    return false
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
