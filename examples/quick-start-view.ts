/**
 * The README's first quick start, type-checked: everything a product page renders for the URL's
 * selection, from one call. examples/vite-product-page draws a whole page from it.
 */
// #region quick-start-view
import { createClient, OAuthStrategy } from '@wix/sdk'
import { productsV3 } from '@wix/stores'
import { getProductView, type ProductView, selectionFromSearchParams } from 'wix-catalog-reference'

const client = createClient({ modules: { productsV3 }, auth: OAuthStrategy({ clientId: '<your client id>' }) })

export async function productPageView(productId: string, query: string): Promise<ProductView> {
  const product = await client.productsV3.getProduct(productId) // with variantsInfo (not queryProducts), or any V1 product
  const view = getProductView(product, selectionFromSearchParams(product, query)) // query: location.search
  // view.options[].choices[]: selected, available, preorder, colorCode, media, searchParams (the choice's link)
  // view.price: totalPrice and compareAtTotalPrice as exact decimal strings, a range until the selection is complete
  // view.media: the pictures for this selection; view.modifiers and view.subscriptions: the rest of the form
  // view.lineItem: what "Add to cart" sends, once valid; until then view.issues say what is missing
  return view
}
// #endregion quick-start-view
