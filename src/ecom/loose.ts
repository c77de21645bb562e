/*
 * How /ecom reads what it does not own (the SDK's answers and errors, the caller's options): every
 * field may hold anything, so each is read as `unknown` and checked where it is used.
 */
import { isArraySafely } from '../internal/text.js'

/** An object whose fields are read one at a time, each checked where it is used. @internal */
export type Loose = Record<string, unknown>

/** `value` when it is an object (not an array), else `undefined`. @internal */
export function asObject(value: unknown): Loose | undefined {
  return typeof value === 'object' && value !== null && !isArraySafely(value) ? (value as Loose) : undefined
}

/** `value` when it is a non-empty string, else `undefined`. @internal */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
