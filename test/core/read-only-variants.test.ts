/*
 * withReadOnlyVariants (docs/product-page.md, "Grid quick add"): a queryProducts result plus its Read-Only Variants becomes a
 * product that builds, picks, prices and renders exactly like the full product; what cannot be
 * trusted is an issue, never a partial product.
 */
import { describe, expect, it } from 'vitest'
import {
  type CatalogProduct,
  getChoiceStates,
  getPricePreview,
  getProductView,
  isCatalogReferenceError,
  safeBuildLineItem,
  type V3ReadOnlyVariant,
  withReadOnlyVariants,
} from '../../src/index.js'
import { fixture, type RawProduct, toSdkShape } from '../helpers/fixtures.js'
import { deepFreeze } from '../helpers/freeze.js'

/** The house blend as queryProducts returns it: no variantsInfo, a variantSummary. */
function queried(): RawProduct {
  const { variantsInfo, ...product } = fixture('house-blend.rest')
  return { ...product, variantSummary: { variantCount: variantsInfo.variants.length } }
}

/** The house blend's variants as readOnlyVariantsV3.queryVariants returns them. */
function readOnly(): V3ReadOnlyVariant[] {
  const product = fixture('house-blend.rest')
  return product.variantsInfo.variants.map((v: RawProduct) => ({
    variantId: v.id,
    visible: v.visible,
    sku: v.sku,
    optionChoices: v.choices.map((c: RawProduct) => ({
      optionChoiceIds: c.optionChoiceIds,
      optionChoiceNames: { optionName: 'x', choiceName: 'y', renderType: 'TEXT_CHOICES' },
    })),
    price: v.price,
    inventoryStatus: v.inventoryStatus,
    subscriptionPricesInfo: v.subscriptionPricesInfo,
    productData: { productId: product.id, name: product.name, visible: true },
  }))
}

const SELECTIONS = [
  { options: { Size: '250 g', Grind: 'Espresso', 'Bag color': 'Kraft' }, modifiers: { 'Label text': 'A' } },
  {
    options: { Size: '1 kg', Grind: 'Whole bean', 'Bag color': 'Black' },
    modifiers: { 'Label text': 'B' },
    subscriptionOptionId: 'Monthly',
  },
  { options: { Size: '1 kg' } },
  {},
]

function issuesOf(product: unknown, variants: unknown) {
  const result = withReadOnlyVariants(product as CatalogProduct, variants as V3ReadOnlyVariant[])
  expect(result.success).toBe(false)
  return result.error?.issues ?? []
}

describe('withReadOnlyVariants: a query result becomes a full product', () => {
  for (const shape of ['rest', 'sdk'] as const) {
    it(`builds, picks, prices and renders as the full product (${shape})`, () => {
      const full = shape === 'rest' ? fixture('house-blend.rest') : fixture('house-blend.sdk')
      const product = shape === 'rest' ? queried() : toSdkShape(queried())
      const variants = shape === 'rest' ? readOnly() : readOnly().map((v) => ({ ...v, _id: 'deprecated-id' }))
      const result = withReadOnlyVariants(product as CatalogProduct, variants)
      expect(result.error?.issues).toBeUndefined()
      const combined = result.data as CatalogProduct
      for (const selection of SELECTIONS) {
        expect(safeBuildLineItem(combined, selection)).toStrictEqual(
          safeBuildLineItem(full as CatalogProduct, selection),
        )
        expect(getChoiceStates(combined, selection)).toStrictEqual(getChoiceStates(full as CatalogProduct, selection))
        expect(getPricePreview(combined, selection)).toStrictEqual(getPricePreview(full as CatalogProduct, selection))
        expect(getProductView(combined, selection).lineItem).toStrictEqual(
          getProductView(full as CatalogProduct, selection).lineItem,
        )
      }
    })
  }

  it('leaves its inputs untouched and returns a new product object', () => {
    const product = deepFreeze(queried())
    const variants = deepFreeze(readOnly())
    const before = JSON.stringify([product, variants])
    const result = withReadOnlyVariants(product as CatalogProduct, variants)
    expect(result.data).not.toBe(product)
    expect(JSON.stringify([product, variants])).toBe(before)
    expect(getChoiceStates(product as CatalogProduct).issues.map((i) => i.code)).toContain('missing_variants')
  })

  it('a product without options: its one default variant with an empty choice list', () => {
    const product = { id: 'p', name: 'Mug', options: [], variantSummary: { variantCount: 1 } }
    const result = withReadOnlyVariants(product as CatalogProduct, [
      { variantId: 'v', optionChoices: [], productData: { productId: 'p' } },
    ])
    expect(safeBuildLineItem(result.data as CatalogProduct).data?.catalogReference.options).toEqual({ variantId: 'v' })
  })
})

describe('withReadOnlyVariants: what it refuses', () => {
  it('a variant of another product (productData.productId)', () => {
    const variants = readOnly()
    variants[3] = { ...variants[3], productData: { productId: 'someone-else' } }
    expect(issuesOf(queried(), variants)).toMatchObject([
      { code: 'invalid_product', path: ['variants', 3, 'productData', 'productId'] },
    ])
  })

  it('duplicate variant ids', () => {
    const variants = readOnly()
    variants.push({ ...variants[0] })
    expect(issuesOf(queried(), variants)).toMatchObject([
      { code: 'invalid_product', path: ['variants', 8, 'variantId'] },
    ])
  })

  it('a choice of no option, and a choice the option does not have', () => {
    const variants = readOnly()
    variants[0] = { ...variants[0], optionChoices: [{ optionChoiceIds: { optionId: 'nope', choiceId: 'x' } }] }
    const second = variants[1]?.optionChoices?.[0]?.optionChoiceIds
    variants[1] = {
      ...variants[1],
      optionChoices: [{ optionChoiceIds: { optionId: second?.optionId, choiceId: 'nope' } }],
    }
    const issues = issuesOf(queried(), variants)
    expect(issues.map((i) => i.path)).toEqual([
      ['variants', 0, 'optionChoices', 0, 'optionChoiceIds'],
      ['variants', 1, 'optionChoices', 0, 'optionChoiceIds'],
    ])
    expect(issues[0]?.message).toContain('"nope"')
  })

  it('more than 1,000 variants', () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ variantId: `v${i}`, optionChoices: [] }))
    expect(issuesOf({ id: 'p', options: [] }, many)).toMatchObject([{ code: 'invalid_product', limit: 1000 }])
  })

  it('a page not fetched: fewer variants than variantSummary.variantCount is missing_variants', () => {
    const issues = issuesOf(queried(), readOnly().slice(0, 5))
    expect(issues).toMatchObject([{ code: 'missing_variants', path: ['variants'], limit: 8 }])
    expect(issues[0]?.message).toContain('every page')
  })

  it('a product that has variantsInfo: returned as it is when the lists agree, an issue when they differ', () => {
    const full = fixture('house-blend.rest')
    const same = withReadOnlyVariants(full as CatalogProduct, readOnly())
    expect(same.data).toBe(full)
    const other = readOnly()
    other[0] = { ...other[0], optionChoices: other[1]?.optionChoices ?? [] }
    expect(issuesOf(fixture('house-blend.rest'), other)).toMatchObject([
      { code: 'invalid_product', path: ['product', 'variantsInfo', 'variants'] },
    ])
  })

  it('a V1 product', () => {
    expect(issuesOf(fixture('tshirt-managed.rest'), [])).toMatchObject([{ code: 'invalid_product', path: ['product'] }])
  })

  for (const [label, product, variants] of [
    ['a product that is not an object', 'shirt', []],
    ['variants that are not an array', { id: 'p', options: [] }, { items: [] }],
    ['a variant that is not an object', { id: 'p', options: [] }, [null]],
    ['a variant without an id', { id: 'p', options: [] }, [{ optionChoices: [] }]],
    [
      'a throwing Proxy',
      { id: 'p', options: [] },
      new Proxy([], {
        get() {
          throw new Error('boom')
        },
      }),
    ],
  ] as const) {
    it(`${label}: issues, never a throw`, () => {
      const result = withReadOnlyVariants(product as never, variants as never)
      expect(result.success).toBe(false)
      expect(isCatalogReferenceError(result.error)).toBe(true)
      expect(result.error?.issues.length).toBeGreaterThan(0)
    })
  }
})
