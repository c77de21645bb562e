/** Freezes a value and everything reachable from it (cycles allowed). Returns the same value. */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value
  if (seen.has(value)) return value
  seen.add(value)
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)
    if (descriptor !== undefined && 'value' in descriptor) deepFreeze(descriptor.value as unknown, seen)
  }
  return Object.freeze(value)
}

/** Whether a value and everything reachable from it is frozen. */
export function isDeepFrozen(value: unknown, seen: WeakSet<object> = new WeakSet()): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return true
  if (seen.has(value)) return true
  seen.add(value)
  if (!Object.isFrozen(value)) return false
  return Reflect.ownKeys(value).every((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)
    return descriptor === undefined || !('value' in descriptor) || isDeepFrozen(descriptor.value, seen)
  })
}
