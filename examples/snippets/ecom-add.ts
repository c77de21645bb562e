/**
 * docs/ecom.md's first block: one call builds, checks, sends and verifies a line. Quoted whole: pasted
 * alone into a new file, it compiles. Type-checked only: calling it sends a request to Wix.
 */
// #region ecom-import
import { currentCartV2 } from '@wix/ecom'
import { createClient, OAuthStrategy } from '@wix/sdk'
import type { CatalogProduct } from 'wix-catalog-reference'
import { addToCurrentCart } from 'wix-catalog-reference/ecom'

const client = createClient({
  modules: { currentCartV2 },
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
})

/** Two of the product in size L with a blue box, into the visitor's cart; answers the cart's id. */
export async function addTwo(product: CatalogProduct): Promise<string | undefined> {
  const { cart } = await addToCurrentCart(client.currentCartV2, [
    { product, selection: { options: { Size: 'L', 'Box color': 'Blue' }, quantity: 2 } },
  ])
  return cart?._id ?? undefined
}
// #endregion ecom-import
