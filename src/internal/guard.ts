/**
 * `value instanceof ctor`, or, across bundles and realms, an object whose `name` is `name` and that
 * passes `fields`; `false` (never a throw) for a Proxy whose traps throw or that was revoked.
 * @internal
 */
export function isNamed<T>(
  value: unknown,
  ctor: abstract new (...args: never[]) => T,
  name: string,
  fields: (value: Readonly<Record<string, unknown>>) => boolean,
): value is T {
  try {
    if (value instanceof ctor) return true
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === name &&
      fields(value as Readonly<Record<string, unknown>>)
    )
  } catch {
    return false
  }
}
