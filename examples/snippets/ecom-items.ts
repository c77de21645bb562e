/**
 * docs/ecom.md, "Items": one call with the two kinds of item. Quoted whole: pasted alone into a new
 * file, it compiles. Type-checked only: calling it sends a request to Wix.
 */
// #region ecom-items
import { cart } from '@wix/ecom'
import { createClient, OAuthStrategy } from '@wix/sdk'
import { buildLineItem, type CatalogProduct } from 'wix-catalog-reference'
import { addToCart, type CatalogReferenceInput } from 'wix-catalog-reference/ecom'

const client = createClient({
  modules: { cart },
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
})

/** A T-shirt with a name printed on it, two candles, and a booking (another catalog's reference), in one call. */
export async function addThree(
  cartId: string,
  tshirt: CatalogProduct,
  candle: CatalogProduct,
  booking: CatalogReferenceInput,
): Promise<void> {
  await addToCart(client.cart, cartId, [
    {
      product: tshirt,
      selection: { options: { Size: 'M', Color: 'Black' }, modifiers: { 'Name to print on the back': 'ALEX' } },
    },
    buildLineItem(candle, { options: { Scent: 'Vanilla', 'Jar color': 'Amber' }, quantity: 2 }),
    { catalogReference: booking, quantity: 1 },
  ])
}
// #endregion ecom-items
