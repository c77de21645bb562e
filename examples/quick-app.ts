/**
 * The README's quick start for an app backend (AppStrategy, Cart V2), type-checked; the full recipe
 * is examples/ecom-app-backend.ts. A function, so importing this file sends nothing.
 */
// #region quick-app
import { cartV2 } from '@wix/ecom'
import { AppStrategy, createClient } from '@wix/sdk'
import { productsV3 } from '@wix/stores'
import type { Selection } from 'wix-catalog-reference'
import { createCart } from 'wix-catalog-reference/ecom'

export async function newCart(
  instanceId: string,
  productId: string,
  selection: Selection,
): Promise<string | undefined> {
  const wix = createClient({
    modules: { productsV3, cartV2 },
    auth: AppStrategy({ appId: '<your app id>', appSecret: process.env['WIX_APP_SECRET'] ?? '', instanceId }),
  })
  const product = await wix.productsV3.getProduct(productId)
  const cart = await createCart(wix.cartV2, [{ product, selection }]) // builds, sends once, verifies
  return cart._id ?? undefined
}
// #endregion quick-app
