/**
 * The README's quick start, type-checked: build a line item for a V3 product and add it to the
 * visitor's cart. The region is the whole example: pasted alone into a new file, it compiles.
 */
// #region quick-start
import { currentCart } from '@wix/ecom'
import { createClient, OAuthStrategy } from '@wix/sdk'
import { productsV3 } from '@wix/stores'
import { safeBuildLineItem } from 'wix-catalog-reference'

const client = createClient({
  modules: { currentCart, productsV3 },
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
})

/** Adds the buyer's choice to the visitor's cart; answers what stops it, one message per issue. */
export async function addToCart(productId: string): Promise<string[]> {
  const product = await client.productsV3.getProduct(productId) // a V3 product with variantsInfo (or any V1 product)
  const result = safeBuildLineItem(product, {
    options: { Size: 'L', 'Box color': 'Blue' }, // by id, key or name
    modifiers: { Engraving: 'For my best friend! :)' }, // modifiers and custom text
    subscriptionOptionId: 'Monthly Subscription', // id or title; leave out for a one-time purchase
    quantity: 2,
  })
  if (!result.success) return result.error.issues.map((issue) => issue.message) // every issue at once
  await client.currentCart.addToCurrentCart({ lineItems: [result.data] })
  return []
}
// #endregion quick-start
