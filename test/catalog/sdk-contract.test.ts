/*
 * The handler inside the real `@wix/sdk` client: Wix's REST request goes through the SDK's
 * `fromREST`, our handler, then the SDK's `toREST` (which turns `url` and `media` into REST
 * objects). What comes out must be the docs' REST response.
 */
import { readFileSync } from 'node:fs'
import { catalog } from '@wix/ecom/service-plugins'
import { createClient } from '@wix/sdk'
import { describe, expect, it } from 'vitest'
import { type CatalogItemData, createCatalogItemsHandler } from '../../src/catalog/index.js'

function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))
}

/** The docs' response, with the placeholder host filled in and the T-shirt's price as a string. */
function expectedResponse(): any {
  const response = fixture('get-catalog-items.response.json')
  for (const item of response.catalogItems) {
    item.data.url = { ...item.data.url, url: `https://www.my-store.com${item.data.url.relativePath}` }
  }
  response.catalogItems[1].data.price = '80.00'
  return response
}

const items: Record<string, CatalogItemData> = {
  '205c539b-fd89-4b0c-8d7e-55630f66e5f9': {
    productName: { original: 'Simple Black Sun Hat' },
    url: 'https://www.my-store.com/product-page/sun-hat',
    itemType: { preset: 'PHYSICAL' },
    price: '20.00',
    physicalProperties: { sku: '227220141836', shippable: true },
    media: 'wix:image://v1/e3bc27_6edeb786f2aa44b19d9abcb4d1f6bfd6~mv2.png#originWidth=720&originHeight=720',
  },
  'f95bd723-ea83-40f2-8cb8-accff2d54866': {
    productName: { original: 'Cotton T-shirt' },
    // The REST shapes of the docs' example are converted for the SDK:
    url: { url: 'https://www.my-store.com/', relativePath: '/product-page/t-shirt' },
    itemType: { preset: 'PHYSICAL' },
    price: '80.00',
    descriptionLines: [
      { name: { original: 'Size', translated: 'Size' }, plainText: { original: 'Medium', translated: 'Medium' } },
      { name: { original: 'Color', translated: 'Color' }, plainText: { original: 'Green', translated: 'Green' } },
    ],
    physicalProperties: { sku: '889809004958', shippable: true },
    media: { id: '3258d9_77f175cc4d234714825fbf316803ca9a~mv2.png', height: 720, width: 720 },
  },
}

async function callThroughSdk(request: unknown): Promise<any> {
  const client = createClient({ modules: { catalog } })
  client.catalog.provideHandlers({
    getCatalogItems: createCatalogItemsHandler((requests) =>
      requests.map((r) => items[r.catalogReference.catalogItemId]),
    ),
  })
  return client.servicePlugins.executeHandler(
    { request, metadata: { appExtensionType: 'ECOM_CATALOG', requestId: 'r-1' } } as never,
    'https://provider.example.com/get-catalog-items',
  )
}

describe('createCatalogItemsHandler inside the @wix/sdk service plugin client', () => {
  it("answers the docs' request with the docs' response", async () => {
    const response = await callThroughSdk(fixture('get-catalog-items.request.json'))
    expect(response).toMatchObject(expectedResponse())
    expect(response.catalogItems.map((item: any) => item.catalogReference)).toStrictEqual(
      expectedResponse().catalogItems.map((item: any) => item.catalogReference),
    )
  })

  it('gives the SDK a media string with a filename, so the alt text is never "undefined"', async () => {
    const response = await callThroughSdk(fixture('get-catalog-items.request.json'))
    for (const item of response.catalogItems) {
      expect(item.data.media.altText).toBe(item.data.media.id)
    }
  })

  it('round-trips option keys the SDK renames (id ↔ _id) unchanged', async () => {
    const request = {
      catalogReferences: [
        {
          catalogReference: {
            appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
            catalogItemId: '205c539b-fd89-4b0c-8d7e-55630f66e5f9',
            options: { id: 'v-1', nested: { id: 'n-1' } },
          },
          quantity: 2,
        },
      ],
    }
    // The SDK renames keys in place, so it gets a copy.
    const response = await callThroughSdk(structuredClone(request))
    expect(response.catalogItems[0].catalogReference).toStrictEqual(request.catalogReferences[0]?.catalogReference)
  })
})
