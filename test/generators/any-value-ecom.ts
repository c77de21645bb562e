/*
 * Any value, hostile ones first: the arbitrary of the "any value, never throws" property over the
 * /ecom and /catalog entries (issue 12). Branch edges-core writes the root entry's own in
 * test/generators/any-value.ts; the two are to be unified. Every hostile object is made fresh for
 * each run (a value may be consumed: a getter that throws on its n-th read counts its reads).
 */
import { runInNewContext } from 'node:vm'
import fc from 'fast-check'

/** A Proxy over `target` whose listed traps throw (all of them by default). */
function throwingTraps(target: object, traps: readonly string[]): object {
  const handler: ProxyHandler<object> = {}
  for (const trap of traps) {
    ;(handler as Record<string, () => never>)[trap] = () => {
      throw new Error(`trap ${trap}`)
    }
  }
  return new Proxy(target, handler)
}

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'set', 'defineProperty', 'deleteProperty'] as const

function revoked(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {})
  revoke()
  return proxy
}

/** An object whose `key` getter throws on its n-th read (and answers `value` before). */
function throwsOnRead(key: string, n: number, value: unknown): object {
  let reads = 0
  const out: Record<string, unknown> = {}
  Object.defineProperty(out, key, {
    enumerable: true,
    get() {
      if (++reads >= n) throw new Error(`read ${reads}`)
      return value
    },
  })
  return out
}

function sparse(length: number, at: readonly [number, unknown][]): unknown[] {
  const out: unknown[] = []
  out.length = length
  for (const [i, v] of at) out[i] = v
  return out
}

function cyclic(): Record<string, unknown> {
  const a: Record<string, unknown> = { name: 'a', list: [] }
  ;(a['list'] as unknown[]).push(a, { parent: a })
  a['self'] = a
  return a
}

function deep(depth: number, leafArray: boolean): unknown {
  let value: unknown = 'leaf'
  for (let i = 0; i < depth; i++) value = leafArray && i % 2 === 0 ? [value] : { a: value }
  return value
}

class Instance {
  quantity = 5
  options = { Size: 'M' }
  id = 'instance'
  get computed(): string {
    return 'x'
  }
}

const HUGE = 'x'.repeat(2_000_000)

/**
 * A recipe for a value: fast-check itself cannot hold a revoked Proxy (it probes every generated
 * value), so the arbitraries generate recipes, and each run makes its values fresh.
 */
export type Make = (() => unknown) & { readonly label: string }

function make(label: string, build: () => unknown): Make {
  const recipe = build as Make
  Object.defineProperty(recipe, 'label', { value: label, configurable: true })
  Object.defineProperty(recipe, 'toString', { value: () => label, configurable: true })
  return recipe
}

const object = (value: unknown): object => (typeof value === 'object' && value !== null ? value : {})

/** A fresh hostile value, wrapping `inner` where it takes one. */
function hostile(inner: fc.Arbitrary<Make>): fc.Arbitrary<Make> {
  return fc.oneof(
    fc.tuple(inner, fc.subarray([...TRAPS], { minLength: 1 })).map(([m, traps]) => make(`Proxy(${m.label}) throwing on ${traps.join('/')}`, () => throwingTraps(object(m()), traps))),
    inner.map((m) => make(`revoked Proxy(${m.label})`, () => revoked(object(m())))),
    fc.tuple(fc.constantFrom('product', 'selection', 'catalogReference', 'quantity', 'options', 'request', 'catalogReferences', 'verify', 'appId'), fc.integer({ min: 1, max: 3 }), inner).map(([key, n, m]) =>
      make(`{ ${key} } throwing on read ${n}`, () => throwsOnRead(key, n, m())),
    ),
    fc.tuple(fc.constantFrom(0, 1, 2, 3, 301, 1001, 2 ** 32 - 1), fc.array(fc.tuple(fc.nat(3), inner), { maxLength: 2 })).map(([length, at]) =>
      make(`sparse array of length ${length}`, () => sparse(length, at.filter(([i]) => i < length).map(([i, m]) => [i, m()]))),
    ),
    fc.constant(make('a class instance', () => new Instance())),
    fc.constant(make('a Date', () => new Date(0))),
    fc.constant(make('a Map', () => new Map([['a', 1]]))),
    fc.constant(make('a node:vm object', () => runInNewContext('({ quantity: 5, options: { Size: "M" }, catalogItemId: "x", appId: "215238eb-22a5-4c36-9e7b-e7c08025e04e", list: [1, , 3] })'))),
    fc.constant(make('a node:vm array of items', () => runInNewContext('[{ catalogReference: { catalogItemId: "x", appId: "215238eb-22a5-4c36-9e7b-e7c08025e04e" } }]'))),
    fc.constant(make('a cycle', cyclic)),
    fc.tuple(fc.integer({ min: 30, max: 20_000 }), fc.boolean()).map(([depth, arrays]) => make(`nested ${depth} deep`, () => deep(depth, arrays))),
    fc.constant(make('__proto__ keys', () => JSON.parse('{ "__proto__": { "polluted": true }, "options": { "__proto__": "x" }, "catalogItemId": "x", "appId": "215238eb-22a5-4c36-9e7b-e7c08025e04e" }'))),
    inner.map((m) => make(`symbol keys around ${m.label}`, () => ({ [Symbol('key')]: m(), [Symbol.toPrimitive]: () => 'x', valueOf: () => m() }))),
    fc.constant(make('a 2 MB string', () => HUGE)),
    fc.constant(make('a symbol', () => Symbol('value'))),
    fc.constant(make('a function', () => () => 'a function')),
    fc.constant(make('a thenable rejecting with undefined', () => ({ then: (_: unknown, reject: (e: unknown) => void) => reject(undefined) }))),
  )
}

const { value: anyValueTie } = fc.letrec<{ value: Make }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc
      .anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true, withObjectString: true, withBoxedValues: true, maxDepth: 2 })
      .map((v) => make(fc.stringify(v), () => v)),
    hostile(fc.constantFrom<unknown>({ a: 1 }, [1, 2], 'x', 1, null).map((v) => make(fc.stringify(v), () => structuredClone(v)))),
    fc.dictionary(fc.constantFrom('product', 'selection', 'catalogReference', 'quantity', 'options', 'extendedFields', '__proto__', 'constructor'), tie('value'), { maxKeys: 4 }).map((d) =>
      make(`{ ${Object.keys(d).map((k) => `${k}: ${(d[k] as Make).label}`).join(', ')} }`, () => record(Object.keys(d).map((k) => [k, (d[k] as Make)()]))),
    ),
    fc.array(tie('value'), { maxLength: 3 }).map((a) => make(`[${a.map((m) => m.label).join(', ')}]`, () => a.map((m) => m()))),
  ),
}))

/** A plain object with these own keys (`__proto__` included, as an own key). */
function record(entries: readonly [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  return out
}

/** Any value: JSON, `fc.anything()` and every hostile kind above, nested. */
export const anyValue: fc.Arbitrary<Make> = anyValueTie

const constant = (value: unknown): Make => make(fc.stringify(value).slice(0, 80), () => value)

/** Records whose fields are made by recipes (a field left out when its recipe is absent). */
function recipeRecord(fields: Record<string, fc.Arbitrary<Make>>, required: readonly string[]): fc.Arbitrary<Make> {
  return fc.record(fields, { requiredKeys: required as never[] }).map((r) => {
    const keys = Object.keys(r)
    return make(`{ ${keys.map((k) => `${k}: ${(r as Record<string, Make>)[k]?.label}`).join(', ')} }`, () => record(keys.map((k) => [k, (r as Record<string, Make>)[k]?.()])))
  })
}

/** A Wix Stores appId, or near misses of it. */
const appIds = fc.constantFrom('215238eb-22a5-4c36-9e7b-e7c08025e04e', '215238EB-22A5-4C36-9E7B-E7C08025E04E', '1380b703-ce81-ff05-f115-39571d94dfcd', '3b8658a6-3282-4b5e-ae0e-439113e20aef', '').map(constant)

/** Item-shaped values whose every field may be hostile (they get past the first checks). */
export function anyItem(product: unknown): fc.Arbitrary<Make> {
  return fc.oneof(
    anyValue,
    recipeRecord({ product: fc.oneof(fc.constant(constant(product)), anyValue), selection: anyValue, options: anyValue, quantity: anyValue, extendedFields: anyValue, catalogReference: fc.constant(constant(undefined)) }, ['product']),
    recipeRecord(
      {
        catalogReference: fc.oneof(anyValue, recipeRecord({ catalogItemId: fc.oneof(fc.constant(constant('6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f')), anyValue), appId: fc.oneof(appIds, anyValue), options: anyValue }, ['catalogItemId', 'appId'])),
        quantity: anyValue,
        catalogOverrideFields: anyValue,
      },
      ['catalogReference'],
    ),
  )
}

/** A list of items, or any value in its place. */
export function anyItems(product: unknown): fc.Arbitrary<Make> {
  const list = fc.array(anyItem(product), { minLength: 1, maxLength: 3 }).map((a) => make(`[${a.map((m) => m.label).join(', ')}]`, () => a.map((m) => m())))
  return fc.oneof(anyValue, list, hostile(list))
}

/** How the fake API object answers: a value, a rejection, a synchronous throw. */
export type Answer = { kind: 'resolve' | 'reject' | 'throw'; value: Make }

export const anyAnswer: fc.Arbitrary<Answer> = fc.record({ kind: fc.constantFrom('resolve' as const, 'reject' as const, 'throw' as const), value: anyValue })

/** Recipes for fixed values, to mix with the hostile ones. */
export { constant, recipeRecord }
