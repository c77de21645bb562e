/*
 * Type tests of the product-page exports: getProductView takes the real @wix/stores products and
 * its line item fits @wix/ecom; withReadOnlyVariants takes @wix/stores query results and
 * readOnlyVariantsV3 variants as they are, and its product goes back into every function.
 */
import type { currentCart } from '@wix/ecom'
import type { products, productsV3, readOnlyVariantsV3 } from '@wix/stores'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type CatalogProduct,
  type ChoiceView,
  type MediaView,
  type ModifierView,
  type OptionView,
  type PlanView,
  type PriceRange,
  type ProductView,
  type SubscriptionsView,
  type V3ReadOnlyVariant,
  type VariantView,
  getProductView,
  safeBuildLineItem,
  withReadOnlyVariants,
} from '../../src/index.js'

declare const v1Product: products.Product
declare const v3Product: productsV3.V3Product
declare const variants: readOnlyVariantsV3.ReadOnlyVariant[]

describe('getProductView types', () => {
  it('takes @wix/stores V1 and V3 products and returns a ProductView', () => {
    expectTypeOf(getProductView(v1Product)).toEqualTypeOf<ProductView>()
    expectTypeOf(
      getProductView(v3Product, { options: { Size: 'L' } }, { availability: 'ignore' }),
    ).toEqualTypeOf<ProductView>()
  })

  it('its parts are the documented types', () => {
    const view = getProductView(v3Product)
    expectTypeOf(view.options).toEqualTypeOf<readonly OptionView[]>()
    expectTypeOf(view.options[0]!.choices[0]!).toEqualTypeOf<ChoiceView>()
    expectTypeOf(view.options[0]!.choices[0]!.unitPrice).toEqualTypeOf<PriceRange | undefined>()
    expectTypeOf(view.modifiers).toEqualTypeOf<readonly ModifierView[]>()
    expectTypeOf(view.subscriptions).toEqualTypeOf<SubscriptionsView | undefined>()
    expectTypeOf(view.subscriptions!.plans[0]!).toEqualTypeOf<PlanView>()
    expectTypeOf(view.variant).toEqualTypeOf<VariantView | undefined>()
    expectTypeOf(view.media).toEqualTypeOf<readonly MediaView[]>()
    expectTypeOf(view.searchParams).toEqualTypeOf<string>()
  })

  it("its line item is one of @wix/ecom's line items", () => {
    const { lineItem } = getProductView(v3Product)
    if (lineItem) expectTypeOf(lineItem).toExtend<currentCart.LineItem>()
  })
})

describe('withReadOnlyVariants types', () => {
  it('takes a queryProducts item and readOnlyVariantsV3 variants as they are', () => {
    expectTypeOf(variants).toExtend<readonly V3ReadOnlyVariant[]>()
    const result = withReadOnlyVariants(v3Product, variants)
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<CatalogProduct>()
  })

  it('its product goes back into the builders', () => {
    const result = withReadOnlyVariants(v3Product, variants)
    if (result.success) expectTypeOf(safeBuildLineItem(result.data)).toHaveProperty('success')
  })
})
