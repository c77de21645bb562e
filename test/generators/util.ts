/*
 * Small helpers shared by the generators, the oracle and the property tests. Written from docs/building.md,
 * not from src/: the properties must not trust the code they check.
 */
import fc from 'fast-check'

/** Whether the tests run under StrykerJS (npm run mutation), once per mutant. */
const MUTATING = process.env.STRYKER_MUTATOR_WORKER !== undefined

// Under StrykerJS a property only has to fail on a mutant, not explain why: skip shrinking, which
// can take minutes on big counterexamples and would be repeated for every mutant.
if (MUTATING) fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true })

/** Number of runs of a property: `FUZZ_RUNS` (npm run fuzz) or the CI default. */
export function runs(ciDefault: number): number {
  return Number(process.env.FUZZ_RUNS ?? 0) || ciDefault
}

/**
 * Runs of a property whose single run is expensive (products at Wix's limits): a share of FUZZ_RUNS.
 * Under StrykerJS a quarter of the CI runs (all of them up to 10): they re-run for every mutant they
 * cover, and at the CI count they were most of a mutation run's time.
 */
export function heavyRuns(ciDefault: number, fuzzShare: number): number {
  if (MUTATING) return ciDefault <= 10 ? ciDefault : Math.ceil(ciDefault / 4)
  const fuzz = Number(process.env.FUZZ_RUNS ?? 0)
  return fuzz > 0 ? Math.max(ciDefault, Math.ceil(fuzz * fuzzShare)) : ciDefault
}

/** A per-test time limit that lets `npm run fuzz` run long (a limit, not an assertion). */
export const TEST_TIMEOUT: number = process.env.FUZZ_RUNS ? 3_600_000 : 120_000

export type Json = Record<string, unknown>

export function hasOwn(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
}

/** An own property, or undefined (never an inherited one: names like `__proto__` are data here). */
export function get(value: unknown, key: string): unknown {
  return hasOwn(value, key) ? (value as Json)[key] : undefined
}

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Defines an own enumerable data property, also for `__proto__`. */
export function put(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** A plain object from entries, with own properties only (safe for any key). */
export function fromEntries(entries: Iterable<readonly [string, unknown]>): Json {
  const out: Json = {}
  for (const [key, value] of entries) put(out, key, value)
  return out
}

/** The forgiving form of a name (docs/building.md, "Resolving what the buyer named"): trimmed, Unicode NFC, case-insensitive. */
export function fold(text: string): string {
  return text.trim().normalize('NFC').toLowerCase()
}

/** docs/building.md, "Errors and issue codes": empty or whitespace-only. */
export function isBlank(text: string): boolean {
  return text.trim() === ''
}

/** Deep copy of plain data (arrays, plain objects, primitives), keeping own `__proto__` keys and NaN. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneJson(item)) as T
  if (!isRecord(value)) return value
  const out: Json = {}
  for (const key of Object.keys(value)) put(out, key, cloneJson(value[key]))
  return out as T
}

/**
 * What is not plain JSON in `value`: `undefined`, non-finite numbers, functions, symbol keys,
 * non-enumerable or accessor properties, objects that are not plain `Object.prototype` objects,
 * empty objects (docs/building.md, "Builders": "no empty objects").
 */
export function plainJsonProblems(value: unknown): string[] {
  const problems: string[] = []
  const walk = (node: unknown, at: string): void => {
    if (node === null || typeof node === 'string' || typeof node === 'boolean') return
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) problems.push(`${at} is ${node}`)
      return
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, `${at}[${i}]`)
      })
      return
    }
    if (typeof node !== 'object') {
      problems.push(`${at} is ${typeof node}`)
      return
    }
    if (Object.getPrototypeOf(node) !== Object.prototype) problems.push(`${at} is not a plain object`)
    const keys = Reflect.ownKeys(node)
    if (keys.length === 0) problems.push(`${at} is an empty object`)
    for (const key of keys) {
      if (typeof key === 'symbol') {
        problems.push(`${at} has a symbol key`)
        continue
      }
      const descriptor = Object.getOwnPropertyDescriptor(node, key) as PropertyDescriptor
      if (!descriptor.enumerable) problems.push(`${at}.${key} is not enumerable`)
      if (!('value' in descriptor)) problems.push(`${at}.${key} is an accessor`)
      else if (descriptor.value === undefined) problems.push(`${at}.${key} is undefined`)
      else walk(descriptor.value, `${at}.${key}`)
    }
  }
  walk(value, '$')
  return problems
}

/** Everything observable about Object.prototype and Array.prototype, to detect prototype pollution. */
export function prototypeSnapshot(): string {
  const describe = (proto: object): string[] =>
    Reflect.ownKeys(proto).map((key) => {
      const d = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor
      return `${String(key)}:${typeof d.value}:${String(d.enumerable)}:${String(d.writable)}`
    })
  return JSON.stringify([
    describe(Object.prototype).sort(),
    describe(Array.prototype).sort(),
    Object.getPrototypeOf(Object.prototype),
  ])
}

/** Whether a fresh object sees a polluted property. */
export function polluted(): boolean {
  const probe: Record<string, unknown> = {}
  return (
    ['polluted', 'isAdmin', 'x', 'length0'].some((key) => probe[key] !== undefined) ||
    ({} as Json).toString !== Object.prototype.toString
  )
}
