/*
 * docs/building.md, "Limits": inputs far beyond Wix's limits fail with an issue that says where, instead of being
 * walked (the structural caps in src/constants.ts are ten times Wix's limits). Texts are counted in
 * UTF-16 code units, quantities are integers from 1 to 100000, catalogItemId has 1 to 36 characters.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeBuildCatalogReference, safeBuildLineItem, type BuildResult } from '../../src/index.js'
import { caseArb } from '../generators/cases.js'
import { asProduct, asSelection, failureProblems } from '../generators/checks.js'
import { HUGE_STRING } from '../generators/corrupt.js'
import { render } from '../generators/render.js'
import { CHAOS, type ProductSpec, SMALL } from '../generators/spec.js'
import { get, heavyRuns, put, runs, TEST_TIMEOUT, type Json } from '../generators/util.js'

/** Wix's limits, and the caps the library enforces (src/constants.ts: ten times Wix's). */
const CAPS = { options: 60, choices: 10_000, variants: 10_000, modifiers: 100, subscriptions: 60, selectionKeys: 200 }

interface Oversize {
  readonly version: 'V1' | 'V3'
  /** Where the array lives in the REST product (a number: the first element of an array). */
  readonly path: readonly (string | number)[]
  readonly size: number
}

const OVERSIZES: readonly Oversize[] = [
  { version: 'V3', path: ['options'], size: CAPS.options + 1 },
  { version: 'V3', path: ['options', 0, 'choicesSettings', 'choices'], size: CAPS.choices + 1 },
  { version: 'V3', path: ['modifiers'], size: CAPS.modifiers + 1 },
  { version: 'V3', path: ['variantsInfo', 'variants'], size: CAPS.variants + 1 },
  { version: 'V3', path: ['subscriptionDetails', 'subscriptions'], size: CAPS.subscriptions + 1 },
  { version: 'V1', path: ['productOptions'], size: CAPS.options + 1 },
  { version: 'V1', path: ['productOptions', 0, 'choices'], size: CAPS.choices + 1 },
  { version: 'V1', path: ['customTextFields'], size: CAPS.modifiers + 1 },
  { version: 'V1', path: ['variants'], size: CAPS.variants + 1 },
]

/** The product with the array at `path` grown to `size` copies of its first element (or `{}`). */
function oversized(product: Json, { path, size }: Oversize): Json | undefined {
  let parent: unknown = product
  for (const segment of path.slice(0, -1))
    parent = typeof segment === 'number' ? (parent as unknown[] | undefined)?.[segment] : get(parent, segment)
  const key = path[path.length - 1] as string
  if (typeof parent !== 'object' || parent === null) return undefined
  const current = get(parent, key)
  const first: unknown = Array.isArray(current) && current.length > 0 ? current[0] : {}
  put(
    parent as Json,
    key,
    Array.from({ length: size }, () => structuredClone(first)),
  )
  return product
}

const hasIssue = (result: BuildResult<unknown>, code: string, path: readonly (string | number)[]): boolean =>
  !result.success && result.error.issues.some((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path))

describe('beyond the limits', () => {
  it(
    'a product with too many options, choices, modifiers, variants or subscriptions gets invalid_product at that field',
    () => {
      const specs = caseArb([SMALL, CHAOS]).filter(
        (c) =>
          c.shape === 'rest' &&
          c.spec.options.length > 0 &&
          (c.spec.subscriptions !== undefined || c.spec.version === 'V1'),
      )
      fc.assert(
        fc.property(specs, fc.constantFrom(...OVERSIZES), (c, oversize) => {
          fc.pre(
            oversize.version === c.spec.version &&
              (c.spec.variants !== undefined || !oversize.path.includes('variants')),
          )
          const product = oversized(render(c.spec, 'rest'), oversize)
          fc.pre(product !== undefined)
          const result = safeBuildCatalogReference(asProduct(product as Json), asSelection(c.selection), c.options)
          expect(failureProblems(result, { product, selection: c.selection, options: c.options })).toEqual([])
          expect(
            hasIssue(result, 'invalid_product', ['product', ...oversize.path]),
            JSON.stringify(result.success ? result.data : result.error.issues.slice(0, 3)),
          ).toBe(true)
        }),
        // Each run builds arrays of 10,000+ entries: a share of FUZZ_RUNS.
        { numRuns: heavyRuns(60, 0.01), maxSkipsPerRun: 1000 },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'a selection map with more than 200 entries gets invalid_selection',
    () => {
      fc.assert(
        fc.property(
          caseArb([SMALL, CHAOS]),
          fc.constantFrom('options', 'modifiers'),
          fc.integer({ min: CAPS.selectionKeys + 1, max: 5_000 }),
          (c, field, size) => {
            const map: Json = {}
            for (let i = 0; i < size; i++) put(map, `k${i}`, 'v')
            const result = safeBuildCatalogReference(
              asProduct(render(c.spec, c.shape)),
              asSelection({ ...c.selection, [field]: map }),
              c.options,
            )
            expect(hasIssue(result, 'invalid_selection', [field])).toBe(true)
          },
        ),
        { numRuns: heavyRuns(100, 0.05) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'a text over its limit (at most 500 UTF-16 code units) gets text_too_long with the limit',
    () => {
      // A free text the selection can name without doubt: by its id (V3) or its title (V1).
      const named = (spec: ProductSpec): ProductSpec['modifiers'][number] | undefined =>
        spec.modifiers.find((m) => m.kind === 'text' && (spec.version === 'V1' || m.id !== undefined))
      const withText = caseArb([SMALL, CHAOS]).filter((c) => named(c.spec) !== undefined)
      fc.assert(
        fc.property(withText, fc.constantFrom('x', '😀', 'é'), fc.nat(2_000), (c, unit, extra) => {
          const field = named(c.spec) as ProductSpec['modifiers'][number]
          const limit = Math.min(field.max ?? 500, 500)
          const text = unit.repeat(limit + 1 + extra).slice(0, limit + 1 + extra)
          const key = field.id ?? field.name
          const result = safeBuildCatalogReference(
            asProduct(render(c.spec, c.shape)),
            asSelection({ ...c.selection, modifiers: { [key]: text } }),
            c.options,
          )
          expect(
            !result.success &&
              result.error.issues.some(
                (i) => i.code === 'text_too_long' && i.limit === limit && i.path[0] === 'modifiers',
              ),
          ).toBe(true)
        }),
        { numRuns: runs(200) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'a quantity that is not an integer from 1 to 100000 gets invalid_quantity',
    () => {
      const bad = fc.oneof(
        fc.integer({ max: 0 }),
        fc.integer({ min: 100_001 }),
        fc.double({ noInteger: true }),
        fc.constantFrom(Number.NaN, Infinity, -Infinity, 2 ** 53, '2', null, true, [1]),
      )
      fc.assert(
        fc.property(caseArb([SMALL, CHAOS]), bad, (c, quantity) => {
          const result = safeBuildLineItem(
            asProduct(render(c.spec, c.shape)),
            asSelection({ ...c.selection, quantity }),
            c.options,
          )
          expect(hasIssue(result, 'invalid_quantity', ['quantity'])).toBe(true)
        }),
        { numRuns: runs(300) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'a catalogItemId of more than 36 characters gets invalid_product',
    () => {
      fc.assert(
        fc.property(caseArb([SMALL, CHAOS]), fc.integer({ min: 37, max: 10_000 }), (c, length) => {
          const product = render(c.spec, c.shape)
          const idKey = get(product, '_id') !== undefined ? '_id' : 'id'
          put(product, idKey, 'p'.repeat(length))
          const result = safeBuildCatalogReference(asProduct(product), asSelection(c.selection), c.options)
          // (Unless the product shows no catalog version at all: then that is the one issue.)
          const unknownVersion =
            !result.success && result.error.issues.some((i) => i.code === 'unknown_catalog_version')
          expect(hasIssue(result, 'invalid_product', ['product', idKey]) || unknownVersion).toBe(true)
        }),
        { numRuns: runs(100) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    '1 MB names and values in a selection get unknown_* issues (ids: invalid_selection) with short messages',
    () => {
      fc.assert(
        fc.property(
          caseArb([SMALL, CHAOS]),
          fc.constantFrom('optionKey', 'optionValue', 'modifierKey', 'variantId', 'subscription', 'wrongType'),
          (c, where) => {
            const firstOption = c.spec.options[0]
            fc.pre(where !== 'optionValue' || firstOption !== undefined)
            const selection: Json =
              where === 'optionKey'
                ? { options: { [HUGE_STRING]: 'S' } }
                : where === 'optionValue'
                  ? {
                      options: {
                        [c.spec.version === 'V3' ? (firstOption?.id as string) : (firstOption?.name as string)]:
                          HUGE_STRING,
                      },
                    }
                  : where === 'modifierKey'
                    ? { modifiers: { [HUGE_STRING]: 'x' } }
                    : where === 'variantId'
                      ? { variantId: HUGE_STRING }
                      : where === 'wrongType'
                        ? { options: { [HUGE_STRING]: 42 }, modifiers: { [HUGE_STRING]: [] } }
                        : { subscriptionOptionId: HUGE_STRING }
            // Ids are capped by their length (ID_MAX) before anything is looked up, so even the ids the
            // builders pass through unverified (a V1 subscription, a variant of a product without
            // variants) are refused (docs/security.md, limits).
            const result = safeBuildCatalogReference(
              asProduct(render(c.spec, c.shape)),
              asSelection(selection),
              c.options,
            )
            expect(result.success).toBe(false)
            if (!result.success) {
              for (const issue of result.error.issues) expect(issue.message.length).toBeLessThan(2_000)
              const codes = result.error.issues.map((i) => i.code)
              const expected = {
                optionKey: 'unknown_option',
                optionValue: 'unknown_choice',
                modifierKey: 'unknown_modifier',
                variantId: 'invalid_selection',
                subscription: 'invalid_selection',
                wrongType: 'invalid_selection',
              }[where]
              const unknownVersion = codes.includes('unknown_catalog_version')
              if (expected !== undefined && !unknownVersion) expect(codes).toContain(expected)
            }
          },
        ),
        { numRuns: runs(150), maxSkipsPerRun: 1000 },
      )
    },
    TEST_TIMEOUT,
  )
})
