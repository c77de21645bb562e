/* Issue 12, item 12: every safe* result types the other branch's field as `?: never`, as zod does. */
import { describe, expectTypeOf, it } from 'vitest'
import { safeBuildCustomCatalogReference } from '../../src/catalog/index.js'
import {
  parseCatalogReference,
  safeBuildCatalogReference,
  safeBuildLineItem,
  type BuildIssue,
  type BuildResult,
  type CatalogReferenceError,
  type CatalogProduct,
  type LineItem,
  type Selection,
  type StoresCatalogReference,
} from '../../src/index.js'

declare const product: CatalogProduct

describe('BuildResult: error?: never on success, data?: never on failure', () => {
  it('result.error is undefined on the success branch and result.data on the failure branch', () => {
    const result = safeBuildCatalogReference(product, {})
    if (result.success) {
      expectTypeOf(result.error).toEqualTypeOf<undefined>()
      expectTypeOf(result.data).toEqualTypeOf<StoresCatalogReference>()
    } else {
      expectTypeOf(result.data).toEqualTypeOf<undefined>()
      expectTypeOf(result.error).toEqualTypeOf<CatalogReferenceError>()
    }
  })

  it('error?.issues and data?.… compile without narrowing, for every safe* function', () => {
    expectTypeOf(safeBuildCatalogReference(product).error?.issues).toEqualTypeOf<readonly BuildIssue[] | undefined>()
    expectTypeOf(safeBuildCatalogReference(product).data?.catalogItemId).toEqualTypeOf<string | undefined>()
    expectTypeOf(safeBuildLineItem(product).error?.issues).toEqualTypeOf<readonly BuildIssue[] | undefined>()
    expectTypeOf(safeBuildLineItem(product).data).toEqualTypeOf<LineItem | undefined>()
    expectTypeOf(
      parseCatalogReference(product, { catalogItemId: 'x', appId: '215238eb-22a5-4c36-9e7b-e7c08025e04e' }).data,
    ).toEqualTypeOf<Selection | undefined>()
    // The README's example.
    expectTypeOf(safeBuildCustomCatalogReference({ catalogItemId: 'x', appId: 'y' }).error?.issues).toEqualTypeOf<
      readonly BuildIssue[] | undefined
    >()
  })

  it('the branches stay exclusive: a success literal with an error does not type-check', () => {
    // @ts-expect-error error must be absent on success
    const bad: BuildResult<string> = { success: true, data: 'x', error: {} as CatalogReferenceError }
    expectTypeOf(bad).toEqualTypeOf<BuildResult<string>>()
  })
})
