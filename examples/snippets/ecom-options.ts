/**
 * docs/ecom.md, "Options": the last argument holds every other field of the Wix call, typed by the
 * module. Quoted whole: pasted alone into a new file, it compiles. Type-checked only: calling it sends
 * requests to Wix.
 */
// #region ecom-options
import { cart, checkout } from '@wix/ecom'
import { createClient, OAuthStrategy } from '@wix/sdk'
import { createCart, createCheckout, type CartItem } from 'wix-catalog-reference/ecom'

const client = createClient({
  modules: { cart, checkout },
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
})

/** The same items with a coupon: a checkout (channelType is required), and a cart that is not verified. */
export async function withCoupon(items: readonly CartItem[]): Promise<(string | null | undefined)[]> {
  const newCheckout = await createCheckout(client.checkout, items, { channelType: 'WEB', couponCode: 'SUMMERSALE10' })
  const newCart = await createCart(client.cart, items, { couponCode: 'SUMMERSALE10', verify: false })
  return [newCheckout._id, newCart._id]
}
// #endregion ecom-options
