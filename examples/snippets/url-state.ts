/**
 * docs/product-page.md, "URL state". Quoted whole (pasted alone into a new file, it compiles) and run
 * by test/docs/snippets.test.ts on the Wix docs' Coffee product.
 */
// #region url-state
import {
  selectionFromSearchParams,
  selectionToSearchParams,
  type CatalogProduct,
  type Selection,
} from 'wix-catalog-reference'

/** A selection written into the page's URL, and a URL read back into a selection. */
export function urlState(product: CatalogProduct): { query: URLSearchParams; fromUrl: Selection } {
  const query = selectionToSearchParams(product, {
    options: { Size: 'L', 'Box color': 'Blue' },
    subscriptionOptionId: 'Monthly Subscription',
  })
  // query.toString() === 'Size=L&Box+color=Blue&subscription=Monthly+Subscription'
  const fromUrl = selectionFromSearchParams(product, '?Size=L&Box+color=Blue&utm_source=x')
  // { options: { Size: 'L', 'Box color': 'Blue' } }
  return { query, fromUrl }
}
// #endregion url-state
