/*
 * Round trips (docs/product-page.md):
 * - parseCatalogReference(product, buildCatalogReference(product, s)) succeeds, and building what it
 *   returns gives a deep-equal reference (key order included);
 * - selectionFromSearchParams(p, selectionToSearchParams(p, s)) builds the reference s builds; the
 *   parameters carry option names and `subscription` only, never modifiers or free text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseCatalogReference,
  safeBuildCatalogReference,
  selectionFromSearchParams,
  selectionToSearchParams,
} from '../../src/index.js'
import { caseArb, type Case } from '../generators/cases.js'
import { asProduct, asSelection } from '../generators/checks.js'
import { render as renderSpec } from '../generators/render.js'
import { AT_LIMITS, CHAOS, comesWithoutVariants, SMALL, WIDE_OPTION } from '../generators/spec.js'
import { heavyRuns, plainJsonProblems, runs, TEST_TIMEOUT, type Json } from '../generators/util.js'

/** The case's product in its shape: a fresh object on every call. */
const render = (c: Case): Json => renderSpec(c.spec, c.shape)

describe('parseCatalogReference ∘ buildCatalogReference', () => {
  for (const [label, configs, careful, numRuns] of [
    ['generated products', [SMALL, SMALL, CHAOS], false, runs(1500)],
    ['products at the limits', [AT_LIMITS, WIDE_OPTION], true, heavyRuns(10, 0.01)],
  ] as const) {
    it(
      `is the identity on references (${label})`,
      () => {
        let built = 0
        fc.assert(
          fc.property(caseArb(configs, { careful }), (c) => {
            const product = asProduct(render(c))
            const reference = safeBuildCatalogReference(product, asSelection(c.selection), c.options)
            if (!reference.success) return
            built++
            const parsed = parseCatalogReference(product, reference.data, c.options)
            if (!parsed.success) expect.fail(`cannot parse ${JSON.stringify(reference.data)}:\n${parsed.error.message}`)
            expect(plainJsonProblems({ ...parsed.data, x: 1 })).toEqual([])
            const rebuilt = safeBuildCatalogReference(product, parsed.data, c.options)
            expect(rebuilt.success ? JSON.stringify(rebuilt.data) : rebuilt.error.message).toBe(
              JSON.stringify(reference.data),
            )
            // And on a fresh copy of the product (no cache shared with the build).
            expect(parseCatalogReference(asProduct(render(c)), reference.data, c.options)).toStrictEqual(parsed)
          }),
          { numRuns },
        )
        expect(built).toBeGreaterThan(0)
      },
      TEST_TIMEOUT,
    )
  }

  it(
    'rejects a reference built for another product or app',
    () => {
      fc.assert(
        fc.property(
          caseArb([SMALL, CHAOS]),
          fc.constantFrom('catalogItemId', 'appId'),
          fc.constantFrom('p-other', '1380b703-ce81-ff05-f115-39571d94dfcd', 'stores', ''),
          (c, field, value) => {
            const product = asProduct(render(c))
            const reference = safeBuildCatalogReference(product, asSelection(c.selection), c.options)
            if (!reference.success) return
            const parsed = parseCatalogReference(product, { ...reference.data, [field]: value }, c.options)
            expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.code, i.path])).toContainEqual([
              'invalid_reference',
              [field],
            ])
          },
        ),
        { numRuns: runs(300) },
      )
    },
    TEST_TIMEOUT,
  )
})

describe('URL state', () => {
  it(
    'selectionFromSearchParams(selectionToSearchParams(s)) builds the reference s builds, with option names and subscription only',
    () => {
      let built = 0
      fc.assert(
        fc.property(caseArb([SMALL, SMALL, CHAOS]), fc.constantFrom('params', 'string', 'record'), (c, carrier) => {
          const product = asProduct(render(c))
          const reference = safeBuildCatalogReference(product, asSelection(c.selection), c.options)
          const params = selectionToSearchParams(product, asSelection(c.selection))

          // Only option names (or, when another option takes the name, its key or id; `~` before a name
          // that is `subscription` or starts with `~`) and `subscription`; never a modifier's text.
          const names = new Set(
            c.spec.options.flatMap((o) =>
              [o.name, o.key, o.id]
                .filter((n) => n !== undefined)
                .map((n) => (n === 'subscription' || n.startsWith('~') ? `~${n}` : n)),
            ),
          )
          for (const [key] of params) expect(names.has(key) || key === 'subscription', `parameter ${key}`).toBe(true)
          const secret = 'Private ✉ text 42'
          const modifiers = c.selection.modifiers
            ? Object.fromEntries(Object.keys(c.selection.modifiers).map((key) => [key, secret]))
            : { Engraving: secret }
          const withSecret = selectionToSearchParams(product, asSelection({ ...c.selection, modifiers }))
          expect(withSecret.toString()).toBe(params.toString())
          expect([...withSecret].flat().join()).not.toContain(secret)

          // A variantId travels only as the options it stands for: not for a product without variants
          // (V1 managed with an empty list came without them too: docs/decisions.md).
          if (!reference.success || c.spec.variants === undefined || comesWithoutVariants(c.spec)) return
          built++
          const input =
            carrier === 'params' ? params : carrier === 'string' ? params.toString() : Object.fromEntries(params)
          const read = selectionFromSearchParams(product, input)
          // Modifiers and quantity do not travel in the URL: give them back as the buyer's form would.
          const again: Json = { ...read }
          if (c.selection.modifiers !== undefined) again.modifiers = c.selection.modifiers
          const rebuilt = safeBuildCatalogReference(product, asSelection(again), c.options)
          expect(rebuilt.success ? JSON.stringify(rebuilt.data) : rebuilt.error.message).toBe(
            JSON.stringify(reference.data),
          )
        }),
        { numRuns: runs(1500) },
      )
      expect(built).toBeGreaterThan(0)
    },
    TEST_TIMEOUT,
  )
})
