/*
 * The builders against the oracle (test/generators/oracle.ts), on generated V1 and V3 products in
 * SDK, REST, Velo and docs shapes:
 * - soundness: safe* never throws, and every success is a reference Wix accepts for what the buyer
 *   asked (checked from the raw product, not with the library's code);
 * - exactness and completeness: a selection the oracle calls valid builds exactly the reference it
 *   predicts; one it calls invalid fails with one of the codes it names;
 * - failures carry at least one issue, each with a known code and a path into the input;
 * - line items: the quantity rule; the throwing builders throw exactly the safe* issues.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildCatalogReference,
  buildLineItem,
  CatalogReferenceError,
  safeBuildCatalogReference,
  safeBuildLineItem,
  type BuildResult,
} from '../../src/index.js'
import { caseArb, productsOf } from '../generators/cases.js'
import { asProduct, asSelection, codesOf, failureProblems } from '../generators/checks.js'
import { expectedOutcome, expectedQuantity, ruleViolations } from '../generators/oracle.js'
import { AT_LIMITS, CHAOS, SMALL, WIDE_OPTION } from '../generators/spec.js'
import { heavyRuns, runs, TEST_TIMEOUT } from '../generators/util.js'

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('safeBuildCatalogReference on generated products', () => {
  it(
    'never throws; a success satisfies the Wix rules; a failure carries well-formed issues pointing into the input',
    () => {
      fc.assert(
        fc.property(caseArb([SMALL, CHAOS]), (c) => {
          const { product, rest } = productsOf(c)
          const result = safeBuildCatalogReference(asProduct(product), asSelection(c.selection), c.options)
          if (result.success) expect(ruleViolations(rest, c.selection, result.data, c.options)).toEqual([])
          else expect(failureProblems(result, { product, selection: c.selection, options: c.options })).toEqual([])

          // The throwing form: the data, or the very same issues thrown as a CatalogReferenceError.
          const error = thrown(() => buildCatalogReference(asProduct(product), asSelection(c.selection), c.options))
          if (result.success) expect(error).toBeUndefined()
          else {
            expect(error).toBeInstanceOf(CatalogReferenceError)
            expect((error as CatalogReferenceError).issues).toStrictEqual(result.error.issues)
          }
        }),
        { numRuns: runs(1500) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'builds exactly the reference the oracle predicts for a valid selection (completeness), and fails with an expected code otherwise',
    () => {
      const seen = { valid: 0, invalid: 0 }
      fc.assert(
        fc.property(caseArb([SMALL, SMALL, CHAOS]), (c) => {
          const { product, rest } = productsOf(c)
          const verdict = expectedOutcome(rest, c.selection, c.options)
          const result = safeBuildCatalogReference(asProduct(product), asSelection(c.selection), c.options)
          if (verdict.kind === 'valid') {
            seen.valid++
            if (!result.success)
              expect.fail(
                `valid selection rejected:\n${result.error.message}\nexpected ${JSON.stringify(verdict.reference)}`,
              )
            // Key order included: the reference lists fields, modifiers and options in product order.
            expect(JSON.stringify(result.data)).toBe(JSON.stringify(verdict.reference))
          } else if (verdict.kind === 'invalid') {
            seen.invalid++
            if (result.success)
              expect.fail(`invalid selection (${verdict.codes.join(', ')}) built ${JSON.stringify(result.data)}`)
            expect(
              codesOf(result).some((code) => verdict.codes.includes(code)),
              `expected one of ${verdict.codes.join(', ')}; got ${codesOf(result).join(', ')}`,
            ).toBe(true)
          }
        }),
        { numRuns: runs(2000) },
      )
      // The generators must keep producing both kinds, or this property proves little.
      expect(seen.valid).toBeGreaterThan(0)
      expect(seen.invalid).toBeGreaterThan(0)
    },
    TEST_TIMEOUT,
  )
})

describe('safeBuildLineItem on generated products', () => {
  it(
    'adds the quantity (default 1, an integer from 1 to 100000) to the very reference safeBuildCatalogReference builds',
    () => {
      fc.assert(
        fc.property(caseArb([SMALL, CHAOS]), (c) => {
          const { product } = productsOf(c)
          const line = safeBuildLineItem(asProduct(product), asSelection(c.selection), c.options)
          const reference: BuildResult<unknown> = safeBuildCatalogReference(
            asProduct(product),
            asSelection(c.selection),
            c.options,
          )
          const quantity = expectedQuantity(c.selection)
          if (quantity === undefined) {
            expect(line.success).toBe(false)
            expect(
              line.success ? [] : line.error.issues.filter((i) => i.code === 'invalid_quantity').map((i) => i.path),
            ).toStrictEqual([['quantity']])
          } else if (reference.success) {
            expect(line).toStrictEqual({ success: true, data: { catalogReference: reference.data, quantity } })
            expect(buildLineItem(asProduct(product), asSelection(c.selection), c.options)).toStrictEqual({
              catalogReference: reference.data,
              quantity,
            })
          } else {
            expect(line.success ? [] : line.error.issues).toStrictEqual(reference.error.issues)
          }
          if (!line.success)
            expect(failureProblems(line, { product, selection: c.selection, options: c.options })).toEqual([])
        }),
        { numRuns: runs(1000) },
      )
    },
    TEST_TIMEOUT,
  )
})

describe('products at Wix limits (6 options, 1000 variants, 10 modifiers, 6 subscriptions)', () => {
  it(
    'build exactly what the oracle predicts',
    () => {
      fc.assert(
        fc.property(caseArb([AT_LIMITS, WIDE_OPTION], { careful: true }), (c) => {
          const { product, rest } = productsOf(c)
          const verdict = expectedOutcome(rest, c.selection, c.options)
          const result = safeBuildCatalogReference(asProduct(product), asSelection(c.selection), c.options)
          if (result.success) expect(ruleViolations(rest, c.selection, result.data, c.options)).toEqual([])
          else expect(failureProblems(result, { product, selection: c.selection, options: c.options })).toEqual([])
          if (verdict.kind === 'valid')
            expect(result.success ? JSON.stringify(result.data) : result.error.message).toBe(
              JSON.stringify(verdict.reference),
            )
          if (verdict.kind === 'invalid')
            expect(codesOf(result).some((code) => verdict.codes.includes(code))).toBe(true)
        }),
        { numRuns: heavyRuns(15, 0.02) },
      )
    },
    TEST_TIMEOUT,
  )
})
