/**
 * Stop waiting for Wix: `timeoutMs` and `signal` in the call options (never sent to Wix). A call
 * that is stopped rejects with a `WixRequestError` whose `code` is `'TIMEOUT'` or `'ABORTED'`; the
 * request is not taken back and never retried, so read the cart before trying again.
 */
// #region ecom-timeout
import type { Selection } from 'wix-catalog-reference'
import type { CatalogProduct } from 'wix-catalog-reference'
import { addToCurrentCart, isWixRequestError, type CurrentCartApi } from 'wix-catalog-reference/ecom'

export async function addWithin(
  currentCart: CurrentCartApi,
  product: CatalogProduct,
  selection: Selection,
  leavePage: AbortSignal,
): Promise<'added' | 'slow' | 'left'> {
  try {
    await addToCurrentCart(currentCart, [{ product, selection }], { timeoutMs: 10_000, signal: leavePage })
    return 'added'
  } catch (error) {
    if (isWixRequestError(error) && error.code === 'TIMEOUT') return 'slow' // maybe added: read the cart
    if (isWixRequestError(error) && error.code === 'ABORTED') return 'left'
    throw error
  }
}
// #endregion ecom-timeout
