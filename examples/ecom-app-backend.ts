/**
 * Wix app backend (an app installed on many sites): "Buy again" rebuilds a buyer's past choices as
 * a new Cart V2 on the site and answers the checkout URL. App identity (AppStrategy), elevated
 * calls, Catalog V3.
 */
// #region app-backend
import { AppStrategy, createClient } from '@wix/sdk'
import { cartV2 } from '@wix/ecom'
import { productsV3 } from '@wix/stores'
import type { Selection } from 'wix-catalog-reference'
import { createCart, isCatalogReferenceError, isLineItemsNotAddedError } from 'wix-catalog-reference/ecom'

const APP_ID = '<your app id>'

export interface PastLine {
  readonly productId: string
  readonly selection: Selection
}

export type BuyAgainResult =
  | { ok: true; checkoutUrl: string | undefined }
  | { ok: false; unavailable: { line: number; reason: string }[] }

export async function buyAgain(instanceId: string, past: readonly PastLine[]): Promise<BuyAgainResult> {
  const appSecret = process.env['WIX_APP_SECRET'] // from the app dashboard (OAuth)
  if (appSecret === undefined) throw new Error('Set WIX_APP_SECRET')
  const wix = createClient({
    modules: { productsV3, cartV2 },
    auth: AppStrategy({ appId: APP_ID, appSecret, instanceId }),
  })
  const products = await Promise.all(past.map((line) => wix.productsV3.getProduct(line.productId)))
  try {
    const cart = await createCart(
      wix.cartV2,
      past.map((line, i) => ({ product: products[i] ?? {}, selection: line.selection })),
    )
    const { checkoutUrl } = await wix.cartV2.getCheckoutUrl(cart._id ?? '')
    return { ok: true, checkoutUrl }
  } catch (error) {
    // A choice that no longer exists or is out of stock: say which line, nothing was created.
    if (isCatalogReferenceError(error)) {
      return { ok: false, unavailable: error.issues.map((i) => ({ line: Number(i.path[0]), reason: i.message })) }
    }
    // The cart was created, but Wix dropped a line (or it is unavailable): say which.
    if (isLineItemsNotAddedError(error)) {
      return { ok: false, unavailable: error.rejected.map((r) => ({ line: r.index, reason: r.reason })) }
    }
    throw error // WixRequestError: status, code, requestId for the logs
  }
}
// #endregion app-backend
