/*
 * Any value at all, for the "any value, never throws" property over the root entry: everything
 * jsHostileArb gives, plus what an attacker or a confused caller can build in JavaScript — Proxies
 * whose traps throw (each trap alone), revoked Proxies, getters that throw on the n-th read (also
 * symbol-keyed), sparse arrays up to length 2**32-1, class instances, objects from another realm
 * (node:vm), cycles, deep nesting, `__proto__` keys, huge strings — alone or planted inside a valid
 * product, selection, options or reference.
 */
import fc from 'fast-check'
import vm from 'node:vm'
import { jsHostileArb, type Hostile } from './corrupt.js'

function hostile(label: string, make: () => unknown): Hostile {
  return { label, make, [fc.toStringMethod]: () => label } as Hostile
}

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'set', 'defineProperty', 'deleteProperty', 'apply'] as const

/** A Proxy over `target` (an array or an object) whose one `trap` throws. */
function trapThrows(target: object, trap: (typeof TRAPS)[number]): object {
  return new Proxy(target, {
    [trap]: () => {
      throw new Error(`${trap} trap`)
    },
  })
}

/** `target` with getters on `keys` (and one symbol key) that throw from their `n`-th read on. */
function throwsOnRead<T extends object>(target: T, keys: readonly string[], n: number): T {
  const out = (Array.isArray(target) ? [...target] : { ...target }) as Record<PropertyKey, unknown>
  for (const key of [...keys, Symbol('hostile')]) {
    const value = out[key as string]
    let reads = 0
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        if (++reads >= n) throw new Error(`read ${reads} of ${String(key)}`)
        return value
      },
    })
  }
  return out as T
}

function sparse(length: number): unknown[] {
  const out: unknown[] = []
  out.length = length
  return out
}

function deep(levels: number, key: string): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < levels; i++) value = { [key]: value, list: [value] }
  return value
}

class Product {
  readonly id = 'p1'
  readonly options: unknown[] = []
  get variantsInfo(): unknown {
    return { variants: [] }
  }
}

const realm = (): Record<string, unknown> => vm.runInNewContext('({ id: "p1", _id: "p1", options: [], variantsInfo: { variants: [] }, productOptions: [], variants: [], catalogItemId: "p1", appId: "x", Size: "S" })') as Record<string, unknown>

/** The root-entry's hostile values. `valid` is a valid input of the slot, planted into or wrapped. */
export function anyHostileValue(valid: () => object = () => ({})): fc.Arbitrary<Hostile> {
  const keysOf = (): string[] => {
    try {
      return Object.keys(valid())
    } catch {
      return []
    }
  }
  return fc.oneof(
    jsHostileArb,
    fc.constantFrom(...TRAPS).chain((trap) =>
      fc.constantFrom(
        hostile(`Proxy({}) with a throwing ${trap} trap`, () => trapThrows({}, trap)),
        hostile(`Proxy([]) with a throwing ${trap} trap`, () => trapThrows([], trap)),
        hostile(`Proxy(valid) with a throwing ${trap} trap`, () => trapThrows(valid(), trap)),
      ),
    ),
    fc.integer({ min: 1, max: 4 }).map((n) => hostile(`valid with getters throwing on read ${n}`, () => throwsOnRead(valid(), keysOf(), n))),
    fc.constantFrom(
      hostile('revoked Proxy', () => {
        const { proxy, revoke } = Proxy.revocable({}, {})
        revoke()
        return proxy
      }),
      hostile('valid wrapped in { product }, revoked inside', () => {
        const { proxy, revoke } = Proxy.revocable(valid(), {})
        revoke()
        return { product: proxy }
      }),
      hostile('sparse array of length 2**32-1', () => sparse(2 ** 32 - 1)),
      hostile('sparse array of length 100,000', () => sparse(100_000)),
      hostile('class instance', () => new Product()),
      hostile('object from another realm', realm),
      hostile('array from another realm', () => vm.runInNewContext('[["Size", "S"]]')),
      hostile('10,000 levels deep', () => deep(10_000, 'options')),
      hostile('cycle through every key of valid', () => {
        const out: Record<string, unknown> = { ...valid() }
        for (const key of Object.keys(out)) out[key] = out
        return out
      }),
      hostile('JSON __proto__ keys', () => JSON.parse('{"__proto__":{"polluted":true},"options":{"__proto__":"x"},"constructor":{"prototype":{"polluted":true}}}')),
      hostile('5 MB string', () => 'x'.repeat(5 * 1024 * 1024)),
      hostile('valid with a 5 MB key', () => ({ ...valid(), ['k'.repeat(5 * 1024 * 1024)]: 'v' })),
    ),
    // Planted: one field of a valid input replaced by a hostile value.
    fc.tuple(fc.constantFrom(...[...keysOf(), 'options', 'product', 'variantsInfo']), jsHostileArb).map(([key, inner]) =>
      hostile(`valid with ${key} = ${inner.label}`, () => ({ ...valid(), [key]: inner.make() })),
    ),
  )
}
