/**
 * docs/ecom.md, "WixRequestError": what to do when the call failed. Quoted whole: pasted alone into a
 * new file, it compiles. Type-checked only: calling it sends requests to Wix.
 */
// #region wix-request-error
import { cart } from '@wix/ecom'
import { createClient, OAuthStrategy } from '@wix/sdk'
import { addToCart, createCart, isWixRequestError, type CartItem } from 'wix-catalog-reference/ecom'

const client = createClient({
  modules: { cart },
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
})

/** Adds the items to the cart; answers the id of the cart that holds them, or undefined when Wix did not answer. */
export async function addOrStartOver(cartId: string, items: readonly CartItem[]): Promise<string | undefined> {
  try {
    await addToCart(client.cart, cartId, items)
    return cartId
  } catch (error) {
    if (!isWixRequestError(error)) throw error
    if (error.status === 404) return (await createCart(client.cart, items))._id ?? undefined // the cart is gone: a new one
    if (error.code === 'NETWORK_ERROR') return undefined // no answer: read the cart before trying again
    throw error
  }
}
// #endregion wix-request-error
