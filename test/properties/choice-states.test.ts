/*
 * getChoiceStates (docs/product-page.md) against brute force over the raw variants: for random partial
 * selections, every choice's `selected`, `exists`, `available` and `preorder`, every option's
 * `selectedChoiceId`, and the `variantId` once the selection is complete. Its `variantId` is the one
 * the builder puts in the reference.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectCatalogVersion, getChoiceStates, safeBuildCatalogReference } from '../../src/index.js'
import { pickerCaseArb } from '../generators/cases.js'
import { asProduct, asSelection } from '../generators/checks.js'
import { expectedChoiceStates } from '../generators/oracle.js'
import { render } from '../generators/render.js'
import { AT_LIMITS, CHAOS, comesWithoutVariants, SMALL, WIDE_OPTION } from '../generators/spec.js'
import { heavyRuns, runs, TEST_TIMEOUT } from '../generators/util.js'

describe('getChoiceStates', () => {
  for (const [label, configs, numRuns] of [
    ['generated products', [SMALL, SMALL, CHAOS], runs(1500)],
    ['products at the limits', [AT_LIMITS, WIDE_OPTION], heavyRuns(8, 0.005)],
  ] as const) {
    it(
      `agrees with brute force over the raw variants (${label})`,
      () => {
        let compared = 0
        fc.assert(
          fc.property(pickerCaseArb(configs), (c) => {
            const product = render(c.spec, c.shape)
            const expected = expectedChoiceStates(render(c.spec, 'rest'), c.selection)
            const { issues, ...states } = getChoiceStates(asProduct(product), asSelection(c.selection))
            if (expected === undefined) return
            compared++
            expect(states).toStrictEqual(expected)
            // Every name resolved: only product issues (a chaos product may carry some) remain.
            expect(issues.filter((i) => i.path[0] !== 'product')).toEqual([])
          }),
          { numRuns },
        )
        expect(compared).toBeGreaterThan(0)
      },
      TEST_TIMEOUT,
    )
  }

  it(
    'gives the variantId the builder puts in the reference, once the selection is complete',
    () => {
      let agreed = 0
      fc.assert(
        fc.property(pickerCaseArb([SMALL, CHAOS]), (c) => {
          const product = asProduct(render(c.spec, c.shape))
          // Modifiers and subscriptions are not the picker's business: the options alone.
          const selection = asSelection({ options: c.selection.options ?? {} })
          const states = getChoiceStates(product, selection)
          const built = safeBuildCatalogReference(product, selection, { availability: 'ignore' })
          const variantOnly =
            c.spec.modifiers.every((m) => m.mandatory !== true) &&
            !(
              c.spec.subscriptions &&
              c.spec.subscriptions.list.length > 0 &&
              c.spec.subscriptions.allowOneTime !== true
            )
          if (built.success && c.spec.managed) {
            agreed++
            expect(states.variantId).toBe(built.data.options?.variantId)
          } else if (
            states.variantId !== undefined &&
            variantOnly &&
            expectedChoiceStates(render(c.spec, 'rest'), selection) !== undefined
          ) {
            // (Only when every name in the selection resolves: the picker ignores unknown names, the builder reports them.)
            expect.fail(
              `picker says ${states.variantId}, builder says:\n${built.success ? JSON.stringify(built.data) : built.error.message}`,
            )
          }
          if (!c.spec.managed) expect(states.variantId).toBeUndefined()
        }),
        { numRuns: runs(1000) },
      )
      expect(agreed).toBeGreaterThan(0)
    },
    TEST_TIMEOUT,
  )

  it(
    'issues: the names the builder cannot resolve, and the product issues, never an incomplete selection (missing_option)',
    () => {
      const NAME_CODES = new Set([
        'unknown_option',
        'unknown_choice',
        'ambiguous_name',
        'unknown_variant',
        'variant_mismatch',
      ])
      let named = 0
      fc.assert(
        fc.property(pickerCaseArb([SMALL, CHAOS]), (c) => {
          const product = asProduct(render(c.spec, c.shape))
          const selection = asSelection({
            options: c.selection.options ?? {},
            ...(c.selection.variantId !== undefined ? { variantId: c.selection.variantId } : {}),
          })
          const states = getChoiceStates(product, selection)
          const built = safeBuildCatalogReference(product, selection, { availability: 'ignore' })
          const builderIssues = built.success ? [] : built.error.issues
          const pick = (
            issues: readonly { code: string; path: readonly unknown[] }[],
            keep: (code: string, path: readonly unknown[]) => boolean,
          ): string[] => issues.filter((i) => keep(i.code, i.path)).map((i) => JSON.stringify([i.code, i.path]))
          const byName = (code: string): boolean => NAME_CODES.has(code)
          expect(pick(states.issues, byName)).toStrictEqual(pick(builderIssues, byName))
          const productIssue = (code: string, path: readonly unknown[]): boolean =>
            path[0] === 'product' && code !== 'missing_variants'
          expect(pick(states.issues, productIssue)).toStrictEqual(pick(builderIssues, productIssue))
          // A product that manages variants and came without them always says so (even when the builder
          // passes a variantId through): V3 without variantsInfo, V1 without variants or with an empty list
          // (docs/decisions.md). (A product with nothing that tells its version is unknown_catalog_version instead.)
          const noVariants = comesWithoutVariants(c.spec) && detectCatalogVersion(product) === c.spec.version
          expect(states.issues.some((i) => i.code === 'missing_variants')).toBe(noVariants)
          if (noVariants)
            expect(states.options.flatMap((o) => o.choices).filter((ch) => ch.exists || ch.available)).toEqual([])
          expect(states.issues.map((i) => i.code)).not.toContain('missing_option')
          if (pick(states.issues, byName).length > 0) named++
        }),
        { numRuns: runs(800) },
      )
      expect(named).toBeGreaterThan(0)
    },
    TEST_TIMEOUT,
  )

  it(
    'for products without managed variants (V1): every choice exists, and an available one is in stock on a visible product',
    () => {
      fc.assert(
        fc.property(pickerCaseArb([SMALL, CHAOS]), (c) => {
          if (c.spec.managed) return
          const states = getChoiceStates(asProduct(render(c.spec, c.shape)), asSelection(c.selection))
          expect(states.options.map((o) => o.name)).toStrictEqual(c.spec.options.map((o) => o.name))
          for (const [k, option] of states.options.entries()) {
            for (const [j, choice] of option.choices.entries()) {
              expect(choice.exists).toBe(true)
              expect(choice.preorder).toBe(false)
              const raw = c.spec.options[k]?.choices[j]
              const inStock =
                c.spec.visible !== false && c.spec.stock.inStock && raw?.inStock !== false && raw?.visible !== false
              expect(choice.available).toBe(inStock)
            }
          }
        }),
        { numRuns: runs(500) },
      )
    },
    TEST_TIMEOUT,
  )
})
