/*
 * Things that must not change a result:
 * - the cache: a fresh product object (the first build scans the variants) and the same object
 *   built again (the second build makes the variant index, later ones use it, also after
 *   getChoiceStates or builds of other selections) give identical results;
 * - the shape: SDK (`_id`), REST (`id`), Velo (`productOptions` keyed by name) and the docs' variant
 *   shape (`optionChoiceIds[]`) of the same product give identical results.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  getChoiceStates,
  parseCatalogReference,
  safeBuildCatalogReference,
  safeBuildLineItem,
} from '../../src/index.js'
import { shapesFor, twoSelectionsArb } from '../generators/cases.js'
import { asProduct, asSelection, comparable } from '../generators/checks.js'
import { render } from '../generators/render.js'
import { AT_LIMITS, CHAOS, SMALL, WIDE_OPTION } from '../generators/spec.js'
import { heavyRuns, runs, TEST_TIMEOUT, type Json } from '../generators/util.js'

describe('the per-object cache and variant index', () => {
  it(
    'a cold build (fresh object) and warm builds (same object again, index built) give identical results',
    () => {
      fc.assert(
        fc.property(twoSelectionsArb([SMALL, CHAOS]), (c) => {
          const build = (product: Json, selection: unknown): unknown =>
            comparable(safeBuildCatalogReference(asProduct(product), asSelection(selection), c.options))
          const cold = build(render(c.spec, c.shape), c.selection)

          const product = render(c.spec, c.shape)
          expect(build(product, c.selection)).toStrictEqual(cold) // first build: scans
          expect(build(product, c.selection)).toStrictEqual(cold) // second: builds the index
          expect(build(product, c.selection)).toStrictEqual(cold) // third: uses it

          // An index built by other selections and by the picker serves this one the same way.
          const other = render(c.spec, c.shape)
          build(other, c.other)
          build(other, c.other)
          getChoiceStates(asProduct(other), asSelection(c.other))
          expect(build(other, c.selection)).toStrictEqual(cold)

          // The picker gives the same state cold and warm.
          const picker = render(c.spec, c.shape)
          const coldStates = getChoiceStates(asProduct(render(c.spec, c.shape)), asSelection(c.selection))
          build(picker, c.other)
          build(picker, c.other)
          expect(getChoiceStates(asProduct(picker), asSelection(c.selection))).toStrictEqual(coldStates)
          expect(getChoiceStates(asProduct(picker), asSelection(c.selection))).toStrictEqual(coldStates)
        }),
        { numRuns: runs(500) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'cold and warm agree on products at the limits (1000 variants)',
    () => {
      fc.assert(
        fc.property(twoSelectionsArb([AT_LIMITS, WIDE_OPTION], { careful: true }), (c) => {
          const cold = comparable(
            safeBuildCatalogReference(asProduct(render(c.spec, c.shape)), asSelection(c.selection), c.options),
          )
          const product = render(c.spec, c.shape)
          safeBuildCatalogReference(asProduct(product), asSelection(c.other), c.options)
          safeBuildCatalogReference(asProduct(product), asSelection(c.other), c.options)
          expect(
            comparable(safeBuildCatalogReference(asProduct(product), asSelection(c.selection), c.options)),
          ).toStrictEqual(cold)
        }),
        { numRuns: heavyRuns(10, 0.01) },
      )
    },
    TEST_TIMEOUT,
  )
})

describe('product shapes', () => {
  it(
    'SDK, REST, Velo and docs-variant shapes of a product give identical references, issues, line items, picker states and parses',
    () => {
      fc.assert(
        fc.property(twoSelectionsArb([SMALL, CHAOS]), (c) => {
          const shapes = shapesFor(c.spec)
          const results = shapes.map((shape) => {
            const product = render(c.spec, shape)
            const built = safeBuildCatalogReference(asProduct(product), asSelection(c.selection), c.options)
            return {
              reference: comparable(built, 'loose'),
              line: comparable(safeBuildLineItem(asProduct(product), asSelection(c.selection), c.options), 'loose'),
              states: getChoiceStates(asProduct(product), asSelection(c.other)),
              parsed: built.success
                ? comparable(parseCatalogReference(asProduct(product), built.data, c.options), 'loose')
                : undefined,
            }
          })
          for (const result of results.slice(1)) expect(result).toStrictEqual(results[0])
        }),
        { numRuns: runs(500) },
      )
    },
    TEST_TIMEOUT,
  )
})
