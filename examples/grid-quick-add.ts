/**
 * The grid "quick add" recipe (docs/product-page.md): a product grid from `productsV3.queryProducts`,
 * which leaves out `variantsInfo`, plus every variant of those products from the Read-Only Variants
 * API, combined by `withReadOnlyVariants` into products that every function accepts. Each card is
 * drawn from `getProductView`, its picture through `@wix/sdk`'s `media.getImageUrl` (the SDK returns
 * `wix:image://` URIs, and the library never fetches or rewrites them), and "Add" goes through
 * `addToCurrentCart`. test/docs/grid-quick-add.test.ts runs it against the real SDK client and an
 * HTTP stand-in for Wix.
 */
// #region grid-quick-add
import { currentCartV2 } from '@wix/ecom'
import { createClient, media, OAuthStrategy } from '@wix/sdk'
import { productsV3, readOnlyVariantsV3 } from '@wix/stores'
import {
  getProductView,
  withReadOnlyVariants,
  type CatalogProduct,
  type MediaView,
  type ProductView,
  type Selection,
} from 'wix-catalog-reference'
import { addToCurrentCart } from 'wix-catalog-reference/ecom'

const wix = createClient({
  modules: { productsV3, readOnlyVariantsV3, currentCartV2 },
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
})

/** One card of the grid: the product with its variants, what to draw, and the picture's URL. */
export interface Card {
  readonly product: CatalogProduct
  readonly view: ProductView // options with availability, price range, media, issues
  readonly image: string | undefined
}

/** A media `src` as an <img> URL: `wix:image://` URIs (what the SDK returns) through media.getImageUrl. */
export function imageUrl(item: MediaView | undefined): string | undefined {
  if (item === undefined) return undefined
  return item.src.startsWith('wix:image://') ? media.getImageUrl(item.src).url : item.src
}

/** A page of the grid: the products, then every variant of them (cursor paging, up to 100 a page). */
export async function gridPage(limit = 12): Promise<Card[]> {
  const { items: products } = await wix.productsV3.queryProducts().limit(limit).find() // no variantsInfo
  const ids = products.flatMap((product) => (product._id ? [product._id] : []))
  const variants = new Map<string, readOnlyVariantsV3.ReadOnlyVariant[]>()
  let page = await wix.readOnlyVariantsV3.queryVariants().in('productData.productId', ids).limit(100).find()
  for (;;) {
    for (const variant of page.items) {
      const id = variant.productData?.productId ?? ''
      variants.set(id, [...(variants.get(id) ?? []), variant])
    }
    if (!page.hasNext()) break
    page = await page.next() // a product has up to 1,000 variants: fetch every page
  }
  return products.map((queried) => {
    const full = withReadOnlyVariants(queried, variants.get(queried._id ?? '') ?? []) // issues if a page is missing
    const product = full.success ? full.data : queried // without variants the view shows no price: missing_variants
    const view = getProductView(product)
    return { product, view, image: imageUrl(view.media[0]) }
  })
}

/** "Quick add" from a card, with what the buyer picked on it (e.g. a size): built, checked, sent once, verified. */
export async function quickAdd(card: Card, selection: Selection): Promise<void> {
  await addToCurrentCart(wix.currentCartV2, [{ product: card.product, selection }])
}
// #endregion grid-quick-add
