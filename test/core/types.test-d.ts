/*
 * Type tests (vitest typecheck): the public types fit the real Wix SDK types, without casts.
 * - Output: assignable to @wix/ecom's CatalogReference (cart, currentCart, checkout, Cart V2) and
 *   usable as its line items.
 * - Input: @wix/stores products.Product (Catalog V1) and productsV3.V3Product (Catalog V3), also
 *   as getProduct returns them, are accepted as they are.
 * - BuildResult narrows on `success`; inputs are readonly-friendly; option values are literal unions.
 */
import type { cart, cartV2, checkout, currentCart, currentCartV2 } from '@wix/ecom'
import type { products, productsV3 } from '@wix/stores'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type BUILD_ISSUE_CODES,
  STORES_APP_ID,
  buildCatalogReference,
  buildLineItem,
  detectCatalogVersion,
  isCatalogReferenceError,
  safeBuildCatalogReference,
  safeBuildLineItem,
  type BuildIssue,
  type BuildIssueCode,
  type BuildOptions,
  type BuildResult,
  type CatalogProduct,
  type CatalogReferenceError,
  type CatalogVersion,
  type IssuePath,
  type LineItem,
  type Selection,
  type StoresCatalogReference,
  type StoresCatalogReferenceOptions,
  type V1Product,
  type V3Product,
} from '../../src/index.js'

declare const v1Product: products.Product
declare const v3Product: productsV3.V3Product
declare const selection: Selection

describe('output fits @wix/ecom', () => {
  it('StoresCatalogReference is assignable to every eCommerce CatalogReference', () => {
    expectTypeOf<StoresCatalogReference>().toExtend<cart.CatalogReference>()
    expectTypeOf<StoresCatalogReference>().toExtend<currentCart.CatalogReference>()
    expectTypeOf<StoresCatalogReference>().toExtend<checkout.CatalogReference>()
    expectTypeOf<StoresCatalogReference>().toExtend<cartV2.CatalogReference>()
    expectTypeOf<StoresCatalogReference>().toExtend<currentCartV2.CatalogReference>()
    expectTypeOf(buildCatalogReference(v3Product, selection)).toExtend<cart.CatalogReference>()
  })

  it('a LineItem is a Cart V1 / Checkout line item and its reference a Cart V2 catalog item', () => {
    expectTypeOf<LineItem>().toExtend<currentCart.LineItem>()
    expectTypeOf<LineItem>().toExtend<cart.LineItem>()
    expectTypeOf<LineItem>().toExtend<checkout.LineItem>()
    expectTypeOf<LineItem>().toExtend<currentCartV2.CatalogItemInput>()
    const request: currentCart.AddToCurrentCartRequest = { lineItems: [buildLineItem(v1Product, selection)] }
    const v2Items: currentCartV2.CatalogItemInput[] = [buildLineItem(v3Product, selection)]
    expectTypeOf(request.lineItems).not.toBeAny()
    expectTypeOf(v2Items).not.toBeAny()
  })

  it('appId is the Stores app id literal, and the option fields are plain JSON types', () => {
    expectTypeOf<StoresCatalogReference['appId']>().toEqualTypeOf<'215238eb-22a5-4c36-9e7b-e7c08025e04e'>()
    expectTypeOf(STORES_APP_ID).toEqualTypeOf<'215238eb-22a5-4c36-9e7b-e7c08025e04e'>()
    expectTypeOf<StoresCatalogReference['catalogItemId']>().toEqualTypeOf<string>()
    expectTypeOf<StoresCatalogReferenceOptions>().toEqualTypeOf<{
      variantId?: string
      options?: Record<string, string>
      customTextFields?: Record<string, string>
      subscriptionOptionId?: string
      preOrderRequested?: boolean
    }>()
    expectTypeOf<LineItem>().toEqualTypeOf<{ catalogReference: StoresCatalogReference; quantity: number }>()
  })
})

describe('input: @wix/stores products, without casts', () => {
  it('products.Product (V1) and productsV3.V3Product (V3) are accepted', () => {
    expectTypeOf<products.Product>().toExtend<V1Product>()
    expectTypeOf<productsV3.V3Product>().toExtend<V3Product>()
    expectTypeOf<products.Product>().toExtend<CatalogProduct>()
    expectTypeOf<productsV3.V3Product>().toExtend<CatalogProduct>()
    expectTypeOf(buildCatalogReference(v1Product)).toEqualTypeOf<StoresCatalogReference>()
    expectTypeOf(
      buildCatalogReference(v3Product, selection, { modifierChoiceValue: 'name' }),
    ).toEqualTypeOf<StoresCatalogReference>()
    expectTypeOf(safeBuildLineItem(v3Product)).toEqualTypeOf<BuildResult<LineItem>>()
    expectTypeOf(detectCatalogVersion(v1Product)).toEqualTypeOf<CatalogVersion | undefined>()
  })

  it('as the SDK getProduct calls return them', () => {
    // The exported methods are `BuildRESTFunction<typeof fn> & typeof fn`, where `fn(httpClient)`
    // returns the call signature: the inner ReturnType is what a client call resolves to.
    type Resolved<F extends (...args: never[]) => unknown> = Awaited<
      ReturnType<Extract<ReturnType<F>, (...args: never[]) => unknown>>
    >
    type V1Fetched = NonNullable<Resolved<typeof products.getProduct>['product']>
    type V3Fetched = Resolved<typeof productsV3.getProduct>
    type V3BySlug = NonNullable<Resolved<typeof productsV3.getProductBySlug>['product']>
    expectTypeOf<V1Fetched>().not.toBeAny()
    expectTypeOf<V3Fetched>().not.toBeAny()
    expectTypeOf<V1Fetched>().toHaveProperty('productOptions')
    expectTypeOf<V3Fetched>().toHaveProperty('variantsInfo')
    expectTypeOf<V3BySlug>().toHaveProperty('modifiers')
    expectTypeOf<V1Fetched>().toExtend<Parameters<typeof buildCatalogReference>[0]>()
    expectTypeOf<V3Fetched>().toExtend<Parameters<typeof buildCatalogReference>[0]>()
    expectTypeOf<V3BySlug>().toExtend<Parameters<typeof buildCatalogReference>[0]>()
  })

  it('REST JSON and Velo shapes fit too', () => {
    const rest = {
      id: 'p',
      options: [{ id: 'o', name: 'Size', choicesSettings: { choices: [{ choiceId: 'c', name: 'S' }] } }],
      variantsInfo: { variants: [{ id: 'v', optionChoiceIds: [{ optionId: 'o', choiceId: 'c' }] }] },
    }
    const velo = {
      _id: 'p',
      manageVariants: false,
      productOptions: { Size: { optionType: 'drop_down', name: 'Size', choices: [{ value: 'S', description: 'S' }] } },
    }
    expectTypeOf(buildCatalogReference(rest, { options: { Size: 'S' } })).toEqualTypeOf<StoresCatalogReference>()
    expectTypeOf(buildCatalogReference(velo, { options: { Size: 'S' } })).toEqualTypeOf<StoresCatalogReference>()
  })

  it('readonly (as const, frozen) products, selections and options are accepted', () => {
    const product = { id: 'p', options: [], variantsInfo: { variants: [{ id: 'v', choices: [] }] } } as const
    const chosen = {
      options: { Size: 'S' },
      modifiers: { Engraving: 'Hi' },
      subscriptionOptionId: null,
      quantity: 2,
    } as const
    const options = { availability: 'ignore', modifierChoiceValue: 'name', catalogVersion: 'V3' } as const
    expectTypeOf(
      buildLineItem(Object.freeze(product), Object.freeze(chosen), Object.freeze(options)),
    ).toEqualTypeOf<LineItem>()
  })

  it('rejects what is not a selection or build option', () => {
    // @ts-expect-error choices are strings
    buildCatalogReference(v3Product, { options: { Size: 1 } })
    // @ts-expect-error quantity is a number
    buildLineItem(v3Product, { quantity: '2' })
    // @ts-expect-error no such selection field
    buildCatalogReference(v3Product, { option: { Size: 'S' } })
    // @ts-expect-error availability is 'enforce' | 'ignore'
    buildCatalogReference(v3Product, selection, { availability: 'never' })
    // @ts-expect-error catalogVersion is 'V1' | 'V3'
    buildCatalogReference(v3Product, selection, { catalogVersion: 'V2' })
    // @ts-expect-error modifierChoiceValue is 'key' | 'name'
    buildCatalogReference(v3Product, selection, { modifierChoiceValue: 'title' })
    // @ts-expect-error a product is an object
    buildCatalogReference('dc765ec4-eaf0-4253-8ba7-e752c227d4ca')
    expectTypeOf<BuildOptions['availability']>().toEqualTypeOf<'enforce' | 'ignore' | undefined>()
    expectTypeOf<BuildOptions['modifierChoiceValue']>().toEqualTypeOf<'key' | 'name' | undefined>()
    expectTypeOf<BuildOptions['catalogVersion']>().toEqualTypeOf<'V1' | 'V3' | undefined>()
    expectTypeOf<Selection['subscriptionOptionId']>().toEqualTypeOf<string | null | undefined>()
  })
})

describe('results and errors', () => {
  it('BuildResult narrows on success', () => {
    const result = safeBuildCatalogReference(v3Product, selection)
    expectTypeOf(result).toEqualTypeOf<BuildResult<StoresCatalogReference>>()
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<StoresCatalogReference>()
      // No error on success: typed `undefined` (error?: never, as zod), see result-types.test-d.ts.
      expectTypeOf(result.error).toEqualTypeOf<undefined>()
    } else {
      expectTypeOf(result.error).toEqualTypeOf<CatalogReferenceError>()
      expectTypeOf(result.error.issues).toEqualTypeOf<readonly BuildIssue[]>()
      expectTypeOf(result.data).toEqualTypeOf<undefined>()
    }
    const line = safeBuildLineItem(v1Product, selection)
    if (line.success) expectTypeOf(line.data.quantity).toEqualTypeOf<number>()
  })

  it('BuildIssue is data with a literal code and a path of strings and numbers', () => {
    expectTypeOf<BuildIssueCode>().toEqualTypeOf<(typeof BUILD_ISSUE_CODES)[number]>()
    expectTypeOf<BuildIssueCode>().toEqualTypeOf<
      | 'invalid_selection'
      | 'invalid_product'
      | 'unknown_catalog_version'
      | 'missing_variants'
      | 'unknown_option'
      | 'unknown_choice'
      | 'ambiguous_name'
      | 'missing_option'
      | 'variant_not_found'
      | 'unknown_variant'
      | 'variant_mismatch'
      | 'product_hidden'
      | 'variant_hidden'
      | 'out_of_stock'
      | 'unknown_modifier'
      | 'unknown_modifier_choice'
      | 'missing_modifier'
      | 'text_too_short'
      | 'text_too_long'
      | 'subscription_required'
      | 'unknown_subscription'
      | 'subscription_hidden'
      | 'subscriptions_not_offered'
      | 'invalid_quantity'
      | 'invalid_options'
      | 'invalid_reference'
      | 'invalid_item_data'
      | 'missing_price'
    >()
    expectTypeOf<BuildIssue['code']>().toEqualTypeOf<BuildIssueCode>()
    expectTypeOf<BuildIssue['path']>().toEqualTypeOf<IssuePath>()
    expectTypeOf<IssuePath>().toEqualTypeOf<readonly (string | number)[]>()
    expectTypeOf<BuildIssue['message']>().toEqualTypeOf<string>()
  })

  it('isCatalogReferenceError narrows unknown', () => {
    const caught: unknown = new Error('x')
    if (isCatalogReferenceError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<CatalogReferenceError>()
      expectTypeOf(caught.issues).toEqualTypeOf<readonly BuildIssue[]>()
      expectTypeOf(caught.name).toEqualTypeOf<'CatalogReferenceError'>()
    }
    expectTypeOf<CatalogReferenceError>().toExtend<Error>()
  })
})
