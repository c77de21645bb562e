/*
 * Any value, hostile ones first: the one generator of the "any value, never throws" properties (issue
 * 12), over the root entry (test/properties/any-value.test.ts) and over /ecom and /catalog
 * (test/properties/any-value-ecom.test.ts). Besides everything jsHostileArb (corrupt.ts) and
 * `fc.anything()` give: Proxies whose traps throw (any set of traps), revoked Proxies, getters that
 * throw from their n-th read (symbol-keyed too), symbol keys, sparse arrays up to length 2**32-1,
 * class instances, objects and arrays from another realm (node:vm), cycles, deep nesting and shared
 * subtrees, `__proto__` keys, huge strings and keys, thenables — alone, nested, or planted into a
 * valid input.
 *
 * Values are recipes (`Make`): fast-check itself cannot hold a revoked Proxy (it probes every
 * generated value), and a getter that throws on its n-th read counts its reads, so each run makes its
 * values fresh.
 */
import { runInNewContext } from 'node:vm'
import fc from 'fast-check'
import { jsHostileArb } from './corrupt.js'

/** A recipe for a value, with a label for counterexamples. */
export type Make = (() => unknown) & { readonly label: string }

function make(label: string, build: () => unknown): Make {
  const recipe = build as Make
  Object.defineProperty(recipe, 'label', { value: label, configurable: true })
  Object.defineProperty(recipe, 'toString', { value: () => label, configurable: true })
  return recipe
}

const TRAPS = [
  'get',
  'has',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'getPrototypeOf',
  'set',
  'defineProperty',
  'deleteProperty',
  'apply',
] as const

/** A Proxy over `target` whose listed traps throw. */
function throwingTraps(target: object, traps: readonly string[]): object {
  const handler: ProxyHandler<object> = {}
  for (const trap of traps) {
    ;(handler as Record<string, () => never>)[trap] = () => {
      throw new Error(`trap ${trap}`)
    }
  }
  return new Proxy(target, handler)
}

function revoked(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {})
  revoke()
  return proxy
}

/** A copy of `target` with getters on `keys` and on one symbol key that throw from their `n`-th read on. */
function throwsOnRead(target: object, keys: readonly string[], n: number): object {
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

/** `depth` levels: a chain (objects, or objects and arrays), or a DAG whose every level holds the one below twice. */
function deep(depth: number, shape: 'objects' | 'arrays' | 'shared'): unknown {
  let value: unknown = 'leaf'
  for (let i = 0; i < depth; i++)
    value =
      shape === 'shared'
        ? { options: value, list: [value] }
        : shape === 'arrays' && i % 2 === 0
          ? [value]
          : { a: value }
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

class Product {
  readonly id = 'p1'
  readonly options: unknown[] = []
  get variantsInfo(): unknown {
    return { variants: [] }
  }
}

/** 5 MB of text (shared: strings are immutable). */
const HUGE = 'x'.repeat(5 * 1024 * 1024)
const STORES = '215238eb-22a5-4c36-9e7b-e7c08025e04e'

/** A plain object with these own keys (`__proto__` included, as an own key). */
function record(entries: readonly [PropertyKey, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of entries)
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  return out
}

const object = (value: unknown): object => (typeof value === 'object' && value !== null ? value : {})
const keysOf = (valid: () => object): string[] => {
  try {
    return Object.keys(valid())
  } catch {
    return []
  }
}

/** The fields the entries read first: a getter there is hit before anything else. */
const FIELDS = [
  'product',
  'selection',
  'catalogReference',
  'quantity',
  'options',
  'request',
  'catalogReferences',
  'verify',
  'appId',
  'variantsInfo',
] as const

/**
 * One hostile value, wrapping a value of `inner` where it takes one. With `valid` (a valid input of
 * the slot), also the kinds made from it: its fields as throwing getters, revoked inside a wrapper,
 * a cycle through each of its keys, a 5 MB key beside them.
 */
function hostile(inner: fc.Arbitrary<Make>, valid?: () => object): fc.Arbitrary<Make> {
  const kinds: fc.Arbitrary<Make>[] = [
    fc
      .tuple(inner, fc.subarray([...TRAPS], { minLength: 1 }))
      .map(([m, traps]) =>
        make(`Proxy(${m.label}) throwing on ${traps.join('/')}`, () => throwingTraps(object(m()), traps)),
      ),
    inner.map((m) => make(`revoked Proxy(${m.label})`, () => revoked(object(m())))),
    fc
      .tuple(fc.constantFrom(...FIELDS), fc.integer({ min: 1, max: 4 }), inner)
      .map(([key, n, m]) => make(`{ ${key} } throwing on read ${n}`, () => throwsOnRead({ [key]: m() }, [key], n))),
    fc
      .tuple(
        fc.constantFrom(0, 1, 2, 3, 301, 1001, 100_000, 2 ** 32 - 1),
        fc.array(fc.tuple(fc.nat(3), inner), { maxLength: 2 }),
      )
      .map(([length, at]) =>
        make(`sparse array of length ${length}`, () =>
          sparse(
            length,
            at.filter(([i]) => i < length).map(([i, m]) => [i, m()]),
          ),
        ),
      ),
    inner.map((m) =>
      make(`symbol keys around ${m.label}`, () => ({
        [Symbol('key')]: m(),
        [Symbol.toPrimitive]: () => 'x',
        valueOf: () => m(),
      })),
    ),
    fc
      .tuple(fc.integer({ min: 30, max: 20_000 }), fc.constantFrom('objects' as const, 'arrays' as const))
      .map(([depth, shape]) => make(`${shape} nested ${depth} deep`, () => deep(depth, shape))),
    fc.constantFrom(
      make('a class instance', () => new Instance()),
      make('a class instance with a getter', () => new Product()),
      make('a Date', () => new Date(0)),
      make('a Map', () => new Map([['a', 1]])),
      make('a node:vm object', () =>
        runInNewContext(
          `({ quantity: 5, options: { Size: "M" }, catalogItemId: "x", appId: "${STORES}", list: [1, , 3] })`,
        ),
      ),
      make('a node:vm product', () =>
        runInNewContext(
          '({ id: "p1", _id: "p1", options: [], variantsInfo: { variants: [] }, productOptions: [], variants: [], catalogItemId: "p1", appId: "x", Size: "S" })',
        ),
      ),
      make('a node:vm array of items', () =>
        runInNewContext(`[{ catalogReference: { catalogItemId: "x", appId: "${STORES}" } }]`),
      ),
      make('a node:vm array of pairs', () => runInNewContext('[["Size", "S"]]')),
      make('a cycle', cyclic),
      make('a DAG 10,000 levels deep', () => deep(10_000, 'shared')),
      make('__proto__ keys', () =>
        JSON.parse(
          `{ "__proto__": { "polluted": true }, "options": { "__proto__": "x" }, "constructor": { "prototype": { "polluted": true } }, "catalogItemId": "x", "appId": "${STORES}" }`,
        ),
      ),
      make('a 5 MB string', () => HUGE),
      make('a symbol', () => Symbol('value')),
      make('a function', () => () => 'a function'),
      make('a thenable rejecting with undefined', () => ({
        then: (_: unknown, reject: (e: unknown) => void) => reject(undefined),
      })),
    ),
  ]
  if (valid !== undefined) {
    kinds.push(
      fc
        .integer({ min: 1, max: 4 })
        .map((n) => make(`valid with getters throwing on read ${n}`, () => throwsOnRead(valid(), keysOf(valid), n))),
      fc.constant(make('valid wrapped in { product }, revoked inside', () => ({ product: revoked(valid()) }))),
      fc.constant(
        make('a cycle through every key of valid', () => {
          const out: Record<string, unknown> = { ...valid() }
          for (const key of Object.keys(out)) out[key] = out
          return out
        }),
      ),
      fc.constant(make('valid with a 5 MB key', () => ({ ...valid(), [HUGE]: 'v' }))),
    )
  }
  return fc.oneof(...kinds)
}

/** corrupt.ts's hostile values (wrong types, hostile keys, huge arrays, …) as recipes. */
const jsHostile: fc.Arbitrary<Make> = jsHostileArb.map((h) => make(h.label, () => h.make()))

const { value: anyValueTie } = fc.letrec<{ value: Make }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc
      .anything({
        withNullPrototype: true,
        withSparseArray: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withObjectString: true,
        withBoxedValues: true,
        maxDepth: 2,
      })
      .map((v) => make(fc.stringify(v), () => v)),
    jsHostile,
    hostile(
      fc
        .constantFrom<unknown>({ a: 1 }, [1, 2], 'x', 1, null)
        .map((v) => make(fc.stringify(v), () => structuredClone(v))),
    ),
    fc
      .dictionary(
        fc.constantFrom(
          'product',
          'selection',
          'catalogReference',
          'quantity',
          'options',
          'extendedFields',
          '__proto__',
          'constructor',
        ),
        tie('value'),
        { maxKeys: 4 },
      )
      .map((d) =>
        make(
          `{ ${Object.keys(d)
            .map((k) => `${k}: ${(d[k] as Make).label}`)
            .join(', ')} }`,
          () => record(Object.keys(d).map((k) => [k, (d[k] as Make)()])),
        ),
      ),
    fc
      .array(tie('value'), { maxLength: 3 })
      .map((a) => make(`[${a.map((m) => m.label).join(', ')}]`, () => a.map((m) => m()))),
  ),
}))

/** Any value: JSON, `fc.anything()`, corrupt.ts's values and every hostile kind above, nested. */
export const anyValue: fc.Arbitrary<Make> = anyValueTie

/**
 * The hostile values of one argument slot whose valid input `valid` makes: every kind above, around
 * `valid`, `{}` or `[]`, plus the kinds made from `valid`, and `valid` with one of its fields (or a
 * field the entries read first) replaced by a hostile value.
 */
export function anyHostileValue(valid: () => object = () => ({})): fc.Arbitrary<Make> {
  const around = fc.constantFrom(
    make('valid', valid),
    make('{}', () => ({})),
    make('[]', () => []),
  )
  const one = fc.oneof(jsHostile, hostile(around, valid))
  return fc.oneof(
    one,
    fc
      .tuple(fc.constantFrom(...new Set([...keysOf(valid), ...FIELDS])), one)
      .map(([key, m]) =>
        make(`valid with ${key} = ${m.label}`, () => record([...Object.entries(valid()), [key, m()]])),
      ),
  )
}

const constant = (value: unknown): Make => make(fc.stringify(value).slice(0, 80), () => value)

/** Records whose fields are made by recipes (a field left out when its recipe is absent). */
function recipeRecord(fields: Record<string, fc.Arbitrary<Make>>, required: readonly string[]): fc.Arbitrary<Make> {
  return fc.record(fields, { requiredKeys: required as never[] }).map((r) => {
    const keys = Object.keys(r)
    return make(`{ ${keys.map((k) => `${k}: ${(r as Record<string, Make>)[k]?.label}`).join(', ')} }`, () =>
      record(keys.map((k) => [k, (r as Record<string, Make>)[k]?.()])),
    )
  })
}

/** A Wix Stores appId, or near misses of it. */
const appIds = fc
  .constantFrom(
    STORES,
    STORES.toUpperCase(),
    '1380b703-ce81-ff05-f115-39571d94dfcd',
    '3b8658a6-3282-4b5e-ae0e-439113e20aef',
    '',
  )
  .map(constant)

/** Item-shaped values whose every field may be hostile (they get past the first checks). */
export function anyItem(product: unknown): fc.Arbitrary<Make> {
  return fc.oneof(
    anyValue,
    recipeRecord(
      {
        product: fc.oneof(fc.constant(constant(product)), anyValue),
        selection: anyValue,
        options: anyValue,
        quantity: anyValue,
        extendedFields: anyValue,
        catalogReference: fc.constant(constant(undefined)),
      },
      ['product'],
    ),
    recipeRecord(
      {
        catalogReference: fc.oneof(
          anyValue,
          recipeRecord(
            {
              catalogItemId: fc.oneof(fc.constant(constant('6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f')), anyValue),
              appId: fc.oneof(appIds, anyValue),
              options: anyValue,
            },
            ['catalogItemId', 'appId'],
          ),
        ),
        quantity: anyValue,
        catalogOverrideFields: anyValue,
      },
      ['catalogReference'],
    ),
  )
}

/** A list of items, or any value in its place. */
export function anyItems(product: unknown): fc.Arbitrary<Make> {
  const list = fc
    .array(anyItem(product), { minLength: 1, maxLength: 3 })
    .map((a) => make(`[${a.map((m) => m.label).join(', ')}]`, () => a.map((m) => m())))
  return fc.oneof(anyValue, list, hostile(list))
}

/** How the fake API object answers: a value, a rejection, a synchronous throw. */
export type Answer = { kind: 'resolve' | 'reject' | 'throw'; value: Make }

export const anyAnswer: fc.Arbitrary<Answer> = fc.record({
  kind: fc.constantFrom('resolve' as const, 'reject' as const, 'throw' as const),
  value: anyValue,
})

/** Recipes for fixed values, to mix with the hostile ones. */
export { constant, recipeRecord }
