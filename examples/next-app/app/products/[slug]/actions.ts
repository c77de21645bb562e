// #region next-server-action
'use server'

import { currentCartV2 } from '@wix/ecom'
import { createClient, OAuthStrategy, type Tokens } from '@wix/sdk'
import { productsV3 } from '@wix/stores'
import { revalidatePath } from 'next/cache'
import { cookies } from 'next/headers'
import type { Selection } from 'wix-catalog-reference'
import {
  addToCurrentCart,
  isCatalogReferenceError,
  isLineItemsNotAddedError,
  isWixRequestError,
} from 'wix-catalog-reference/ecom'

/** What the add button shows after a click. */
export type AddState = { readonly ok: true } | { readonly ok: false; readonly problems: readonly string[] } | undefined

/**
 * The "Add to cart" server action. The page binds the slug and the selection it rendered (from the
 * URL); the form adds the modifiers and the quantity. The product is fetched again here, and the
 * builder checks it all: the form and the URL came from the browser.
 */
export async function addToCart(
  slug: string,
  selection: Selection,
  _previous: AddState,
  form: FormData,
): Promise<AddState> {
  const modifiers: Record<string, string> = {}
  for (const [name, value] of form) {
    if (name.startsWith('modifier:') && typeof value === 'string' && value.trim() !== '')
      modifiers[name.slice('modifier:'.length)] = value
  }
  const quantity = Number(form.get('quantity') ?? 1) // the builder rejects anything but an integer from 1
  const wix = await visitorClient()
  const { product } = await wix.productsV3.getProductBySlug(slug) // with variantsInfo, unlike queryProducts
  if (product === undefined) return { ok: false, problems: ['This product no longer exists.'] }
  try {
    await addToCurrentCart(wix.currentCartV2, [{ product, selection: { ...selection, modifiers, quantity } }]) // builds, sends once, verifies
    revalidatePath('/cart')
    return { ok: true }
  } catch (error) {
    // e.g. '"Label text" is mandatory: enter 1 to 30 characters.'
    if (isCatalogReferenceError(error)) return { ok: false, problems: error.issues.map((issue) => issue.message) }
    if (isLineItemsNotAddedError(error))
      return { ok: false, problems: ['Wix did not add this item: please choose again.'] }
    if (isWixRequestError(error))
      return { ok: false, problems: [`The cart is not available right now (${error.code}).`] }
    throw error
  }
}

/**
 * A Wix client acting for the visitor, so the line goes into their cart: their tokens live in the
 * `session` cookie (set when the visitor session is created, as in Wix's Next.js templates).
 */
async function visitorClient() {
  const session = (await cookies()).get('session')?.value
  const tokens = session === undefined ? undefined : (JSON.parse(session) as Tokens)
  return createClient({
    modules: { productsV3, currentCartV2 },
    auth: OAuthStrategy({ clientId: process.env['WIX_CLIENT_ID'] ?? '', ...(tokens && { tokens }) }),
  })
}
// #endregion next-server-action
