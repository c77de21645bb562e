/*
 * examples/catalog-plugin.ts and examples/catalog-add-to-cart.ts (the plugin recipe of docs/catalog.md)
 * answer the Wix guide's first sample flow: the visitor adds a Green, M Cotton T-shirt; Wix asks for it;
 * the answer carries the docs' data (with the price as the decimal string the schema requires).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { addShirtToCart } from '../../examples/catalog-add-to-cart.js'
import { getCatalogItems } from '../../examples/catalog-plugin.js'
import type { CatalogItemsPayload } from '../../src/catalog/index.js'

const docsResponse = JSON.parse(
  readFileSync(new URL('./fixtures/get-catalog-items.response.json', import.meta.url), 'utf8'),
)

function payload(options: Record<string, unknown>, currency = 'USD'): CatalogItemsPayload {
  return {
    request: {
      catalogReferences: [
        {
          catalogReference: {
            appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
            catalogItemId: 'f95bd723-ea83-40f2-8cb8-accff2d54866',
            options,
          },
          quantity: 1,
        },
      ],
      currency,
      weightUnit: 'KG',
    },
    metadata: {},
  }
}

describe('examples/catalog-plugin.ts', () => {
  it("answers the guide's add-to-cart flow with the docs' T-shirt", async () => {
    const { catalogItems } = await getCatalogItems(payload({ color: 'Green', size: 'M' }))
    expect(catalogItems).toHaveLength(1)
    const docs = docsResponse.catalogItems[1]
    expect(catalogItems[0]?.catalogReference).toStrictEqual(docs.catalogReference)
    expect(catalogItems[0]?.data).toMatchObject({
      productName: docs.data.productName,
      itemType: docs.data.itemType,
      price: '80.00',
      physicalProperties: { shippable: true },
    })
    expect(catalogItems[0]?.data.descriptionLines?.map((line) => line.plainText?.original)).toStrictEqual([
      'M',
      'Green',
    ])
  })

  it('prices in the requested currency, and leaves out what it does not sell', async () => {
    expect((await getCatalogItems(payload({ color: 'Green', size: 'M' }, 'EUR'))).catalogItems[0]?.data.price).toBe(
      '74.00',
    )
    expect(await getCatalogItems(payload({ color: 'Green', size: 'M' }, 'JPY'))).toStrictEqual({ catalogItems: [] })
    expect(await getCatalogItems(payload({ color: 'Purple', size: 'M' }))).toStrictEqual({ catalogItems: [] })
  })

  it('reports a malformed reference before calling Wix', async () => {
    expect(await addShirtToCart('x'.repeat(40), 'M', 'Green')).toStrictEqual([
      'catalogItemId must be 1 to 36 characters; got 40.',
    ])
  })
})
