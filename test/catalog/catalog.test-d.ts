import type { cart, currentCart } from '@wix/ecom'
import { catalog } from '@wix/ecom/service-plugins'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type CatalogItemData,
  type CatalogItemsHandler,
  type CatalogReference,
  buildCustomCatalogReference,
  createCatalogItemsHandler,
} from '../../src/catalog/index.js'

type Contract = Parameters<typeof catalog.provideHandlers>[0]

describe('createCatalogItemsHandler', () => {
  it('fits catalog.provideHandlers from @wix/ecom/service-plugins', () => {
    const getCatalogItems = createCatalogItemsHandler(async () => [])
    expectTypeOf(getCatalogItems).toExtend<Contract['getCatalogItems']>()
    catalog.provideHandlers({ getCatalogItems })
  })

  it('takes the data with plain string literals and the SDK enums alike', () => {
    createCatalogItemsHandler(async (requests) =>
      requests.map(() => ({
        productName: { original: 'Hat' },
        itemType: { preset: 'PHYSICAL' },
        price: '20.00',
        paymentOption: catalog.PaymentOptionType.FULL_PAYMENT_ONLINE,
      })),
    )
    createCatalogItemsHandler(() => [
      { productName: { original: 'Gift' }, itemType: { custom: 'gift' }, price: '5' },
      undefined,
    ])
  })

  it('requires productName, itemType and price, and one item type only', () => {
    // @ts-expect-error price is required
    const noPrice: CatalogItemData = { productName: { original: 'Hat' }, itemType: { preset: 'PHYSICAL' } }
    const both: CatalogItemData = {
      productName: { original: 'Hat' },
      // @ts-expect-error itemType is preset or custom, not both
      itemType: { preset: 'PHYSICAL', custom: 'x' },
      price: '1',
    }
    // @ts-expect-error price is a decimal string, not a number
    const numeric: CatalogItemData = { productName: { original: 'Hat' }, itemType: { preset: 'PHYSICAL' }, price: 20 }
    expectTypeOf([noPrice, both, numeric]).toBeArray()
  })

  it('passes the requests and context typed', () => {
    createCatalogItemsHandler((requests, context) => {
      expectTypeOf(requests[0]!.catalogReference.catalogItemId).toEqualTypeOf<string>()
      expectTypeOf(requests[0]!.quantity).toEqualTypeOf<number | undefined>()
      expectTypeOf(context.currency).toEqualTypeOf<string | undefined>()
      expectTypeOf(context.weightUnit).toEqualTypeOf<'UNSPECIFIED_WEIGHT_UNIT' | 'KG' | 'LB' | undefined>()
      return []
    })
  })

  it('returns a CatalogItemsHandler', () => {
    expectTypeOf(createCatalogItemsHandler(() => [])).toEqualTypeOf<CatalogItemsHandler>()
  })
})

describe('buildCustomCatalogReference', () => {
  it("returns a CatalogReference that fits @wix/ecom's line items", () => {
    const reference = buildCustomCatalogReference({ appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef', catalogItemId: 'x' })
    expectTypeOf(reference).toEqualTypeOf<CatalogReference>()
    expectTypeOf(reference).toExtend<cart.CatalogReference>()
    expectTypeOf({ catalogReference: reference, quantity: 1 }).toExtend<currentCart.LineItem>()
  })

  it('takes options as an object only', () => {
    buildCustomCatalogReference({
      appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
      catalogItemId: 'x',
      // @ts-expect-error options is an object
      options: 'size=M',
    })
  })
})
