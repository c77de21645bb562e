/**
 * The README's quick start, type-checked: build a line item for a V3 product and add it to the
 * visitor's cart.
 */
import { createClient, OAuthStrategy } from '@wix/sdk'
import { currentCart } from '@wix/ecom'
import { productsV3 } from '@wix/stores'
import { safeBuildLineItem, type BuildIssue } from 'wix-catalog-reference'

const client = createClient({
  modules: { currentCart, productsV3 },
  auth: OAuthStrategy({ clientId: 'your-client-id' }),
})

function showErrors(issues: readonly BuildIssue[]): void {
  for (const issue of issues) console.error(issue.path.join('.'), issue.message)
}

export async function addToCartClicked(productId: string): Promise<void> {
  // #region quick-start
  const product = await client.productsV3.getProduct(productId) // a V3 product with variantsInfo (or any V1 product)
  const result = safeBuildLineItem(product, {
    options: { Size: 'L', 'Box color': 'Blue' }, // by id, key or name
    modifiers: { Engraving: 'For my best friend! :)' }, // modifiers and custom text
    subscriptionOptionId: 'Monthly Subscription', // id or title; leave out for a one-time purchase
    quantity: 2,
  })
  if (result.success) await client.currentCart.addToCurrentCart({ lineItems: [result.data] })
  else showErrors(result.error.issues) // [{ code, path, message, ... }] — every issue at once
  // #endregion quick-start
}
