/**
 * The README's quick start for a custom catalog (your app is the catalog), type-checked and run by
 * test/docs/quick-starts.test.ts; the full recipe is examples/catalog-plugin.ts.
 */
// #region quick-catalog
import {
  buildCustomCatalogReference,
  type CatalogItemsHandler,
  type CatalogReference,
  createCatalogItemsHandler,
} from 'wix-catalog-reference/catalog'

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
