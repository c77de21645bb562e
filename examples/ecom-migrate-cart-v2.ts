/**
 * Migrating from Cart V1 to Cart V2 (Wix removes Cart V1 and Checkout V1 on 2027-02-01). The items
 * and the wrapper calls stay the same: pass the V2 module instead. What changes is the response:
 * a V2 line holds its reference at `source.catalogReference` and its quantity at
 * `quantityInfo.confirmedQuantity`; and Cart V2 has no separate checkout (ask the cart for its
 * checkout URL). Quoted whole by docs/ecom.md (pasted alone into a new file, it compiles) and run by
 * test/ecom/examples.test.ts.
 */
// #region migrate-cart-v2
import { createClient, OAuthStrategy } from '@wix/sdk'
import { cartV2, checkout, currentCart, currentCartV2 } from '@wix/ecom'
import { addToCurrentCart, createCart, createCheckout, type CartItem } from 'wix-catalog-reference/ecom'

const wix = createClient({
  modules: { currentCart, checkout, currentCartV2, cartV2 },
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
})

/** What both versions read from each line of the cart Wix answers. */
export interface AddedLine {
  readonly catalogItemId: string | undefined
  readonly quantity: number | undefined
}

/** Before: Cart V1. */
export async function addToCartV1(items: readonly CartItem[]): Promise<AddedLine[]> {
  const { cart } = await addToCurrentCart(wix.currentCart, items)
  return (cart?.lineItems ?? []).map((line) => ({
    catalogItemId: line.catalogReference?.catalogItemId,
    quantity: line.quantity,
  }))
}

/** Before: Checkout V1, created with the items. */
export async function checkoutV1(items: readonly CartItem[]): Promise<string | undefined> {
  const created = await createCheckout(wix.checkout, items, { channelType: 'WEB' })
  return created._id ?? undefined // then a redirect session to the Wix checkout page
}

/** After: Cart V2 — same items, same call, the V2 module. */
export async function addToCartV2(items: readonly CartItem[]): Promise<AddedLine[]> {
  const { cart } = await addToCurrentCart(wix.currentCartV2, items)
  return (cart?.lineItems ?? []).map((line) => ({
    catalogItemId: line.source?.catalogReference?.catalogItemId,
    quantity: line.quantityInfo?.confirmedQuantity,
  }))
}

/** After: Cart V2 has no checkout step — create a cart, then ask it for its checkout URL. */
export async function checkoutV2(items: readonly CartItem[]): Promise<string | undefined> {
  const cart = await createCart(wix.cartV2, items)
  const { checkoutUrl } = await wix.cartV2.getCheckoutUrl(cart._id ?? '')
  return checkoutUrl
}
// #endregion migrate-cart-v2
