/* Hostile values for the bad-input tests: cycles, throwing getters, proxies, huge inputs. */

/** 5 MB of text (5 * 1024 * 1024 UTF-16 code units). */
export const FIVE_MB: number = 5 * 1024 * 1024

export function hugeString(char: string = 'x', length: number = FIVE_MB): string {
  return char.repeat(length)
}

/** A plain object with `count` own keys (`k0`, `k1`, …) all mapped to `value`. */
export function manyKeys(count: number, value: unknown = 'v'): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (let i = 0; i < count; i++) out[`k${i}`] = value
  return out
}

/** An object whose every listed field is a getter that throws. */
export function throwingGetters(fields: readonly string[], error: unknown = new Error('getter exploded')): object {
  const out = {}
  for (const field of fields) {
    Object.defineProperty(out, field, {
      enumerable: true,
      get() {
        throw error
      },
    })
  }
  return out
}

/** A Proxy whose every trap throws. */
export function explodingProxy(target: object = {}, error: unknown = new Error('trap exploded')): object {
  const fail = (): never => {
    throw error
  }
  return new Proxy(target, {
    get: fail,
    has: fail,
    ownKeys: fail,
    getOwnPropertyDescriptor: fail,
    getPrototypeOf: fail,
    defineProperty: fail,
    set: fail,
    deleteProperty: fail,
  })
}

/** A revoked Proxy: even `Array.isArray` throws a TypeError on it. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

const LIE = Symbol('lie')

/** A Proxy that lies: claims keys that `get` then answers with values of the wrong type. */
export function lyingProxy(): object {
  return new Proxy(
    {},
    {
      ownKeys: () => ['options', 'modifiers', 'variantId'],
      getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true, writable: true, value: 1 }),
      get: (_target, key) => (key === 'options' ? 42 : key === 'modifiers' ? [1, 2] : LIE),
      has: () => true,
    },
  )
}

/** An object that references itself at several depths. */
export function cyclic(): Record<string, unknown> {
  const a: Record<string, unknown> = { name: 'a' }
  const b: Record<string, unknown> = { parent: a }
  a.self = a
  a.child = b
  a.list = [a, b]
  return a
}

/** An Error whose `message` getter throws. */
export function errorWithThrowingMessage(): Error {
  const error = new Error('x')
  Object.defineProperty(error, 'message', {
    get() {
      throw new Error('message getter exploded')
    },
  })
  return error
}

/** The own property names of Object.prototype, to check nothing was added (prototype pollution). */
export function objectPrototypeSnapshot(): string[] {
  return Reflect.ownKeys(Object.prototype).map(String).sort()
}
