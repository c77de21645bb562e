/**
 * The README's quick starts for Velo, app backends and custom catalogs, type-checked against the
 * real @wix/* types (Velo's modules: examples/ecom-velo-modules.d.ts). Each is a function, so importing
 * this file sends nothing; the full recipes are in docs/ecom.md and docs/catalog.md.
 */
import { cartV2 } from '@wix/ecom'
import { AppStrategy, createClient } from '@wix/sdk'
import { productsV3 } from '@wix/stores'
import { Permissions, webMethod } from 'wix-web-module'
import { currentCart } from 'wix-ecom-backend'
import { products } from 'wix-stores.v2'
import type { Selection } from 'wix-catalog-reference'
import {
  buildCustomCatalogReference,
  createCatalogItemsHandler,
  type CatalogItemsHandler,
  type CatalogReference,
} from 'wix-catalog-reference/catalog'
import { addToCurrentCart, createCart, isCatalogReferenceError } from 'wix-catalog-reference/ecom'

// #region quick-velo
// backend/cart.web.js: the page sends a product id and the buyer's choices.
type Added = { ok: boolean; problems: string[] }
export const addItem: (productId: string, selection: Selection) => Promise<Added> = webMethod(
  Permissions.Anyone,
  async (productId: string, selection: Selection): Promise<Added> => {
    const { product } = await products.getProduct(productId) // fetched here: never trust the page's product
    try {
      await addToCurrentCart(currentCart, [{ product: product ?? {}, selection }]) // {} gives issues; checks Wix added the line
      return { ok: true, problems: [] }
    } catch (error) {
      if (isCatalogReferenceError(error)) return { ok: false, problems: error.issues.map((i) => i.message) }
      throw error
    }
  },
)
// #endregion quick-velo

// #region quick-app
export async function newCart(
  instanceId: string,
  productId: string,
  selection: Selection,
): Promise<string | undefined> {
  const wix = createClient({
    modules: { productsV3, cartV2 },
    auth: AppStrategy({ appId: '<your app id>', appSecret: process.env['WIX_APP_SECRET'] ?? '', instanceId }),
  })
  const product = await wix.productsV3.getProduct(productId)
  const cart = await createCart(wix.cartV2, [{ product, selection }]) // builds, sends once, verifies
  return cart._id ?? undefined
}
// #endregion quick-app

// #region quick-catalog
const APP_ID = '3b8658a6-3282-4b5e-ae0e-439113e20aef' // your app's id

// On the site: the reference of your own item (checked: a GUID, 1–36 characters, plain JSON).
export const shirt: CatalogReference = buildCustomCatalogReference({
  appId: APP_ID,
  catalogItemId: 'tshirt-1',
  options: { size: 'M' },
})

// In the app: answer Wix's Get Catalog Items calls; invalid data never reaches Wix.
export const getCatalogItems: CatalogItemsHandler = createCatalogItemsHandler((requests) =>
  requests.map(
    ({ catalogReference }) =>
      catalogReference.catalogItemId === 'tshirt-1'
        ? { productName: { original: 'T-shirt' }, itemType: { preset: 'PHYSICAL' }, price: '20.00' }
        : undefined, // unknown item: Wix removes it from the cart
  ),
)
// #endregion quick-catalog
