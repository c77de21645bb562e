/**
 * An app that is its own catalog: T-shirts printed on demand, sold through the Wix cart and
 * checkout. The app implements the Catalog service plugin (Wix calls Get Catalog Items whenever a
 * cart or checkout changes) and builds the catalogReference of the shirts a visitor adds to the
 * cart (examples/catalog-add-to-cart.ts). Self-hosted on @wix/sdk; in a Wix CLI app, call
 * `catalog.provideHandlers` directly. Quoted whole by docs/catalog.md (pasted alone into a new file, it
 * compiles) and run by test/catalog/example.test.ts.
 */
// #region catalog-plugin
import { catalog } from '@wix/ecom/service-plugins'
import { AppStrategy, createClient } from '@wix/sdk'
import {
  type CatalogItemData,
  type CatalogItemsHandler,
  createCatalogItemsHandler,
} from 'wix-catalog-reference/catalog'

/** Your app's id, from the app dashboard. */
const APP_ID = '3b8658a6-3282-4b5e-ae0e-439113e20aef'

/** Your catalog: a database in real life. */
const shirts = new Map([
  [
    'f95bd723-ea83-40f2-8cb8-accff2d54866',
    {
      name: 'Cotton T-shirt',
      price: { USD: '80.00', EUR: '74.00' } as Record<string, string>,
      sizes: ['S', 'M', 'L'],
      colors: ['Green', 'Black'],
      image:
        'wix:image://v1/3258d9_77f175cc4d234714825fbf316803ca9a~mv2.png/t-shirt.png#originWidth=720&originHeight=720',
    },
  ],
])

const app = createClient({
  auth: AppStrategy({ appId: APP_ID, publicKey: process.env['WIX_APP_PUBLIC_KEY'] ?? '' }),
  modules: { catalog },
})

// One resolve call per Get Catalog Items request, with every item at once: batch your lookups here.
export const getCatalogItems: CatalogItemsHandler = createCatalogItemsHandler(async (requests, { currency = 'USD' }) =>
  requests.map(({ catalogReference: { catalogItemId, options } }): CatalogItemData | undefined => {
    const shirt = shirts.get(catalogItemId)
    const size = options?.['size']
    const color = options?.['color']
    const price = shirt?.price[currency]
    // Unknown item, size, color or currency: leave it out, and Wix removes it from the cart.
    if (!shirt || price === undefined || typeof size !== 'string' || typeof color !== 'string') return undefined
    if (!shirt.sizes.includes(size) || !shirt.colors.includes(color)) return undefined
    return {
      productName: { original: shirt.name },
      url: 'https://www.my-store.com/product-page/t-shirt',
      itemType: { preset: 'PHYSICAL' },
      price,
      descriptionLines: [
        { name: { original: 'Size' }, plainText: { original: size } },
        { name: { original: 'Color' }, plainText: { original: color } },
      ],
      media: shirt.image,
      physicalProperties: { sku: `TS-${size}-${color}`, shippable: true },
    }
  }),
)

app.catalog.provideHandlers({ getCatalogItems })

/**
 * Wix POSTs each call, as a JWT, to your extension's deploymentUri + `/get-catalog-items`: route it
 * here from your HTTP server (a Next.js route handler, Hono, a Cloudflare Worker, …). Data that does
 * not fit the Get Catalog Items schema rejects with a CatalogReferenceError and never reaches Wix.
 */
export async function POST(request: Request): Promise<Response> {
  return app.servicePlugins.processRequest(request)
}
// #endregion catalog-plugin
