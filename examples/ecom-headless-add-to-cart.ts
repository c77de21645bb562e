/**
 * Headless site (Next.js, Astro, a plain browser app): the visitor picks options on a product page
 * and clicks "Add to cart". Visitor OAuth, Catalog V3, Cart V2.
 */
// #region headless-add-to-cart
import { createClient, OAuthStrategy } from '@wix/sdk'
import { currentCartV2 } from '@wix/ecom'
import { productsV3 } from '@wix/stores'
import type { Selection } from 'wix-catalog-reference'
import {
  addToCurrentCart,
  isCatalogReferenceError,
  isLineItemsNotAddedError,
  isWixRequestError,
} from 'wix-catalog-reference/ecom'

const wix = createClient({
  modules: { productsV3, currentCartV2 },
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
})

export type AddToCartOutcome =
  | { ok: true; cartId: string | undefined; lines: number }
  | { ok: false; problems: string[] }

export async function onAddToCart(productId: string, selection: Selection): Promise<AddToCartOutcome> {
  // getProduct returns variantsInfo (queryProducts / searchProducts do not)
  const product = await wix.productsV3.getProduct(productId)
  try {
    const { cart } = await addToCurrentCart(wix.currentCartV2, [{ product, selection }])
    return { ok: true, cartId: cart?._id ?? undefined, lines: cart?.lineItems?.length ?? 0 }
  } catch (error) {
    // The buyer's choices do not make a valid line: nothing was sent. One message per problem,
    // e.g. 'Option "Size" has no choice "XL". Choices: S, L.'
    if (isCatalogReferenceError(error)) return { ok: false, problems: error.issues.map((i) => i.message) }
    // Wix answered 200 but dropped the line, or it came back with quantity 0 / unavailable.
    if (isLineItemsNotAddedError(error))
      return { ok: false, problems: error.rejected.map((r) => `Not added (${r.reason}).`) }
    // Wix answered with an error, or the network failed (code 'NETWORK_ERROR'): never retried.
    if (isWixRequestError(error))
      return { ok: false, problems: [`The cart is not available right now (${error.code}).`] }
    throw error
  }
}
// #endregion headless-add-to-cart
