/*
 * The builders' front half (src/build.ts): input that cannot even be read gives one issue that says
 * which input it was, and a reference ignores `quantity` (only line items check it). Written for
 * mutants StrykerJS found unkilled (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest'
import { safeBuildCatalogReference, safeBuildLineItem, type BuildIssue, type BuildResult } from '../../src/index.js'
import { coffee } from '../helpers/fixtures.js'
import { revokedProxy, throwingGetters } from '../helpers/hostile.js'

const S_RED = { Size: 'S', 'Box color': 'Red' } as const
const unreadable = (what: string): string => `The ${what} could not be read: a getter or Proxy in it threw.`
const issuesOf = (result: BuildResult<unknown>): readonly BuildIssue[] => (result.success ? [] : result.error.issues)

describe('input that cannot be read', () => {
  it('names the build options, the selection or the product, at the root of each', () => {
    expect(
      issuesOf(safeBuildCatalogReference(coffee(), { options: S_RED }, throwingGetters(['availability']) as never)),
    ).toContainEqual({
      code: 'invalid_options',
      path: [],
      message: unreadable('build options'),
    })
    expect(issuesOf(safeBuildCatalogReference(coffee(), throwingGetters(['options']) as never))).toContainEqual({
      code: 'invalid_selection',
      path: [],
      message: unreadable('selection'),
    })
    expect(
      issuesOf(
        safeBuildCatalogReference(throwingGetters(['variantsInfo', 'options', 'id']) as never, { options: S_RED }),
      ),
    ).toContainEqual({
      code: 'invalid_product',
      path: ['product'],
      message: unreadable('product'),
    })
  })

  it('a variant that throws when the selection is resolved against it: the product could not be read', () => {
    const product = coffee()
    product.variantsInfo.variants[0] = throwingGetters([
      'id',
      'choices',
      'optionChoiceIds',
      'visible',
      'inventoryStatus',
    ])
    expect(issuesOf(safeBuildCatalogReference(product, { options: S_RED }))).toEqual([
      { code: 'invalid_product', path: ['product'], message: unreadable('product') },
    ])
  })

  it('a quantity that cannot be inspected: invalid_quantity', () => {
    expect(issuesOf(safeBuildLineItem(coffee(), { options: S_RED, quantity: revokedProxy() as never }))).toEqual([
      { code: 'invalid_quantity', path: ['quantity'], message: unreadable('quantity') },
    ])
  })
})

describe('quantity', () => {
  it('is checked for line items only: a reference is built whatever the quantity', () => {
    expect(safeBuildCatalogReference(coffee(), { options: S_RED, quantity: 0 }).success).toBe(true)
    expect(issuesOf(safeBuildLineItem(coffee(), { options: S_RED, quantity: 0 })).map((i) => i.code)).toEqual([
      'invalid_quantity',
    ])
  })

  it('null is not "no quantity": invalid_quantity, with null as received', () => {
    expect(issuesOf(safeBuildLineItem(coffee(), { options: S_RED, quantity: null as never }))).toEqual([
      {
        code: 'invalid_quantity',
        path: ['quantity'],
        message: 'The quantity must be a whole number from 1 to 100000; got null.',
        received: null,
      },
    ])
  })
})
