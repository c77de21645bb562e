/*
 * Hostile input: values of the wrong type, missing fields, hostile keys (`__proto__`, `constructor`,
 * `prototype` as JSON.parse makes them: own properties), huge strings and arrays, throwing getters,
 * Proxies, cycles — dropped at random places of a valid product, selection or reference.
 */
import fc from 'fast-check'
import { get, isRecord, put, type Json } from './util.js'

/** 1 MB of text (shared: strings are immutable). */
export const HUGE_STRING: string = 'x'.repeat(1_000_000)
/** 1 MB of whitespace: blank, yet far over every length limit. */
export const HUGE_BLANK: string = ' '.repeat(1_000_000)

/** An array of length 1,000,000 with nothing in it (cheap to make, must never be walked). */
function hugeSparseArray(): unknown[] {
  const out: unknown[] = []
  out.length = 1_000_000
  return out
}

/** 20,000 own keys. */
function manyKeys(): Json {
  const out: Json = {}
  for (let i = 0; i < 20_000; i++) out[`k${i}`] = 'v'
  return out
}
const MANY_KEYS: Json = Object.freeze(manyKeys())

/** Keys JSON.parse turns into own properties, aiming at prototype pollution. */
export function hostileKeysObject(): Json {
  return JSON.parse(
    '{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},"toString":"x","hasOwnProperty":"x"}',
  ) as Json
}

function throwingGetters(): Json {
  const out: Json = {}
  for (const key of [
    'id',
    '_id',
    'options',
    'variantsInfo',
    'variants',
    'productOptions',
    'modifiers',
    'choices',
    'name',
    'variantId',
  ]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      get() {
        throw new Error('getter exploded')
      },
    })
  }
  return out
}

function explodingProxy(): object {
  const fail = (): never => {
    throw new Error('trap exploded')
  }
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail })
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

function cyclic(): Json {
  const a: Json = { name: 'a', id: 'c1' }
  a.self = a
  a.choices = [a]
  a.variants = [a]
  return a
}

function deeplyNested(depth: number): Json {
  let node: Json = { leaf: true }
  for (let i = 0; i < depth; i++) node = { options: [node], choices: node }
  return node
}

/** A value that does not belong where it is put. `DELETE` removes the field instead. */
export const DELETE: unique symbol = Symbol('delete')

/**
 * A hostile value, made fresh inside the property (a throwing getter or a Proxy must not be touched
 * by fast-check's own reporting): `make()` gives the value, `label` names it in counterexamples.
 */
export interface Hostile {
  readonly label: string
  make(): unknown
}

function hostile(label: string, make: () => unknown): Hostile {
  return { label, make, [fc.toStringMethod]: () => label } as Hostile
}

const of = (label: string, value: unknown): Hostile => hostile(label, () => value)
const fresh = (label: string, make: () => unknown): fc.Arbitrary<Hostile> => fc.constant(hostile(label, make))
const plain = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<Hostile> =>
  arb.map((v) => hostile(fc.stringify(v), () => copy(v)))

/** Plain JSON-ish wrong values: what a browser, a stale cache or a bad template may send. */
export const jsonHostileArb: fc.Arbitrary<Hostile> = fc.oneof(
  fc.constantFrom<Hostile>(
    of('DELETE', DELETE),
    ...[null, 0, -1, 1.5, 1e21, true, false, '', ' ', 'x', '__proto__', 'constructor'].map((v) =>
      of(JSON.stringify(v), v),
    ),
  ),
  fc.constantFrom(of('HUGE_STRING', HUGE_STRING), of('HUGE_BLANK', HUGE_BLANK)),
  fresh('[]', () => []),
  fresh('{}', () => ({})),
  fresh('[null, 1, "a", [], {}]', () => [null, 1, 'a', [], {}]),
  fresh('hostileKeysObject', hostileKeysObject),
  fresh('hugeSparseArray', hugeSparseArray),
  fresh('12000 objects', () => Array.from({ length: 12_000 }, (_, i) => ({ id: `x${i}` }))),
  fc.constant(of('MANY_KEYS', MANY_KEYS)),
  plain(fc.jsonValue({ maxDepth: 3 })),
)

/** Everything else JavaScript can hand over. */
export const jsHostileArb: fc.Arbitrary<Hostile> = fc.oneof(
  jsonHostileArb,
  fc.constantFrom(
    of('undefined', undefined),
    of('NaN', Number.NaN),
    of('Infinity', Number.POSITIVE_INFINITY),
    of('-0', -0),
    of('10n', 10n),
    of('Symbol', Symbol('s')),
    of('function', () => 'f'),
  ),
  fresh('Date', () => new Date(0)),
  fresh('Map', () => new Map([['a', 1]])),
  fresh('Uint8Array', () => new Uint8Array(4)),
  fresh('Object.create(null)', () => Object.create(null) as unknown),
  fresh('throwingGetters', throwingGetters),
  fresh('explodingProxy', explodingProxy),
  fresh('revokedProxy', revokedProxy),
  fresh('cyclic', cyclic),
  fresh('deeplyNested(2000)', () => deeplyNested(2_000)),
  fc
    .anything({
      maxDepth: 2,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
    })
    .map((v) => hostile(fc.stringify(v), () => v)),
)

type Path = readonly (string | number)[]

/** Paths to every node of a JSON tree (bounded), the root included. */
function pathsOf(value: unknown, limit = 3_000): Path[] {
  const out: Path[] = [[]]
  const walk = (node: unknown, at: Path): void => {
    if (out.length >= limit) return
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        out.push([...at, i])
        walk(item, [...at, i])
      })
    } else if (isRecord(node)) {
      for (const key of Object.keys(node)) {
        out.push([...at, key])
        walk(get(node, key), [...at, key])
      }
    }
  }
  walk(value, [])
  return out
}

/** Deep copy of plain JSON data (own `__proto__` keys kept). */
function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/** Replaces (or deletes) the value at `path` in `root`, in place; returns the new root. */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value === DELETE ? undefined : value
  let node: unknown = root
  for (const segment of path.slice(0, -1))
    node = Array.isArray(node) ? node[segment as number] : get(node, String(segment))
  const last = path[path.length - 1] as string | number
  if (Array.isArray(node) && typeof last === 'number') {
    if (value === DELETE) node.splice(last, 1)
    else node[last] = value
  } else if (isRecord(node) && !Object.isFrozen(node)) {
    if (value === DELETE) delete node[String(last)]
    else put(node, String(last), value)
  }
  return root
}

/** A corruption of a value: `apply()` makes a fresh corrupted copy. */
export interface Corrupted {
  readonly label: string
  apply(): unknown
}

/** `value` (plain JSON) with one to three of its fields, or itself, replaced by hostile values. */
export function corruptArb(value: unknown, hostileArb: fc.Arbitrary<Hostile> = jsHostileArb): fc.Arbitrary<Corrupted> {
  const paths = pathsOf(value)
  return fc.array(fc.tuple(fc.constantFrom(...paths), hostileArb), { minLength: 1, maxLength: 3 }).map((changes) => {
    const label = changes.map(([path, h]) => `${JSON.stringify(path)} = ${h.label}`).join('; ')
    const apply = (): unknown => {
      let out: unknown = copy(value)
      for (const [path, h] of changes) {
        try {
          out = setAt(out, path, h.make())
        } catch {
          // The path went through a value an earlier change made hostile: keep what we have.
        }
      }
      return out
    }
    return { label, apply, [fc.toStringMethod]: () => label } as Corrupted
  })
}
