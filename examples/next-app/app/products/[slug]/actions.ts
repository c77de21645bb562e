'use server'

import { revalidatePath } from 'next/cache'
import type { Selection } from 'wix-catalog-reference'
import {
  addToCurrentCart,
  isCatalogReferenceError,
  isLineItemsNotAddedError,
  isWixRequestError,
} from 'wix-catalog-reference/ecom'
import { wixClient } from '../../../lib/wix'

/** What the add button shows after a click. */
export type AddState = { readonly ok: true } | { readonly ok: false; readonly problems: readonly string[] } | undefined

// #region next-server-action
/**
 * The "Add to cart" server action. The page binds the slug and the selection it rendered; the
 * product is fetched again here, and the builder checks the selection (it came from the URL).
 */
export async function addToCart(
  slug: string,
  selection: Selection,
  _previous: AddState,
  _form: FormData,
): Promise<AddState> {
  const wix = await wixClient()
  const { product } = await wix.productsV3.getProductBySlug(slug) // with variantsInfo, unlike queryProducts
  if (product === undefined) return { ok: false, problems: ['This product no longer exists.'] }
  try {
    await addToCurrentCart(wix.currentCartV2, [{ product, selection }]) // builds, sends once, verifies
    revalidatePath('/cart')
    return { ok: true }
  } catch (error) {
    if (isCatalogReferenceError(error)) return { ok: false, problems: error.issues.map((issue) => issue.message) }
    if (isLineItemsNotAddedError(error))
      return { ok: false, problems: ['Wix did not add this item: please choose again.'] }
    if (isWixRequestError(error))
      return { ok: false, problems: [`The cart is not available right now (${error.code}).`] }
    throw error
  }
}
// #endregion next-server-action
