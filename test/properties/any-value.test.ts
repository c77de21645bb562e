/*
 * "Any value, never throws" over every exported function of the root entry (issue 12): each argument
 * slot (product, selection / reference / URL parameters, options) gets a valid value or anything at
 * all (test/generators/any-value.ts). Asserted: no exception (the throwing builders throw only the
 * documented CatalogReferenceError), results of the documented shape, valid arguments unchanged and
 * no write reaching any argument, Object.prototype untouched.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as root from '../../src/index.js'
import { anyHostileValue, type Make } from '../generators/any-value.js'
import { polluted, prototypeSnapshot, runs, TEST_TIMEOUT } from '../generators/util.js'
import { fixture } from '../helpers/fixtures.js'

const SELECTION = {
  options: { Size: '250 g', Grind: 'Whole bean', 'Bag color': 'Kraft' },
  modifiers: { 'Label text': 'Hi' },
  subscriptionOptionId: 'Monthly',
}
const product = (): object => fixture('house-blend.rest')
const built = root.safeBuildCatalogReference(product(), SELECTION, { availability: 'ignore' })
if (!built.success) throw new Error(built.error.message)
const reference = built.data

/** Valid values per argument slot; the second slot takes a selection, a reference or URL parameters. */
const VALID: readonly (() => object)[] = [
  product,
  () => ({ ...SELECTION, ...structuredClone(reference) }),
  () => ({ availability: 'ignore' }),
]

/**
 * Every function the root entry exports, found by enumeration (so a new export is covered at once;
 * test/core/public-surface.test.ts pins the list). Classes aside: CatalogReferenceError is constructed.
 */
const FUNCTIONS = Object.entries(root).filter(
  ([name, value]) => typeof value === 'function' && name !== 'CatalogReferenceError',
) as [string, (...args: unknown[]) => unknown][]
const CHECKED = [
  'isCatalogReferenceError',
  'detectCatalogVersion',
  'getChoiceStates',
  'getPricePreview',
  'selectionToSearchParams',
  'selectionFromSearchParams',
  'parseCatalogReference',
]

/** Wraps an object so that any write to it (set, define, delete, prototype change) is recorded, not done. */
function recording(value: unknown, writes: string[]): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value
  const record = (what: string) => (): boolean => {
    writes.push(what)
    return true
  }
  try {
    return new Proxy(value, {
      set: record('set'),
      defineProperty: record('defineProperty'),
      deleteProperty: record('deleteProperty'),
      setPrototypeOf: record('setPrototypeOf'),
    })
  } catch {
    return value // a revoked Proxy cannot be a target
  }
}

function slotArb(slot: number): fc.Arbitrary<{ label: string; make: () => unknown; valid: boolean }> {
  const valid = VALID[slot] as () => object
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ label: 'valid', make: valid as () => unknown, valid: true }) },
    { weight: 1, arbitrary: fc.constant({ label: 'absent', make: (): unknown => undefined, valid: false }) },
    { weight: 4, arbitrary: anyHostileValue(valid).map((m: Make) => ({ label: m.label, make: m, valid: false })) },
  )
}

function checkShape(name: string, result: unknown): void {
  if (name === 'isCatalogReferenceError') expect(result).toBe(false)
  else if (name === 'detectCatalogVersion') expect([undefined, 'V1', 'V3']).toContain(result)
  else if (name === 'getChoiceStates') {
    const states = result as { options: unknown; issues: unknown }
    expect(Array.isArray(states.options) && Array.isArray(states.issues)).toBe(true)
  } else if (name === 'getPricePreview') {
    const preview = result as {
      complete: unknown
      quantity: unknown
      unitPrice: { min: unknown; max: unknown }
      totalPrice: { min: unknown; max: unknown }
      issues: unknown
    }
    expect(typeof preview.complete).toBe('boolean')
    expect(typeof preview.quantity).toBe('number')
    for (const range of [preview.unitPrice, preview.totalPrice])
      expect([typeof range.min, typeof range.max]).toEqual(['string', 'string'])
    expect(Array.isArray(preview.issues)).toBe(true)
  } else if (name === 'selectionToSearchParams') expect(result).toBeInstanceOf(URLSearchParams)
  else if (name === 'selectionFromSearchParams') expect(Object.getPrototypeOf(result)).toBe(Object.prototype)
  else if (name.startsWith('safe') || name === 'parseCatalogReference') {
    const r = result as { success: boolean; error?: unknown }
    expect(r.success || root.isCatalogReferenceError(r.error)).toBe(true)
  } else expect(result).not.toBeInstanceOf(Promise)
}

describe('every root-entry function, any value', () => {
  it('the enumeration finds every function with a shape check of its own (getPricePreview included)', () => {
    const names = FUNCTIONS.map(([name]) => name)
    for (const name of CHECKED) expect(names).toContain(name)
  })

  for (const [name, fn] of FUNCTIONS) {
    it(
      `${name} never throws${name.startsWith('build') ? ' (but CatalogReferenceError)' : ''}, returns its documented shape, writes to no argument, pollutes no prototype`,
      () => {
        const before = prototypeSnapshot()
        fc.assert(
          fc.property(slotArb(0), slotArb(1), slotArb(2), (a, b, c) => {
            const writes: string[] = []
            const made = [a.make(), b.make(), c.make()]
            const json = made.map((value, k) => ([a, b, c][k]?.valid ? JSON.stringify(value) : undefined))
            const args = made.map((value) => recording(value, writes))
            let result: unknown
            try {
              result = fn(...args)
            } catch (error) {
              expect(name.startsWith('build'), `${name} threw ${String(error)}`).toBe(true)
              expect(root.isCatalogReferenceError(error)).toBe(true)
              return
            }
            checkShape(name, result)
            expect(writes).toEqual([])
            made.forEach((value, k) => {
              if (json[k] !== undefined) expect(JSON.stringify(value)).toBe(json[k])
            })
            expect(prototypeSnapshot()).toBe(before)
            expect(polluted()).toBe(false)
          }),
          { numRuns: runs(250) },
        )
      },
      TEST_TIMEOUT,
    )
  }
})
