/**
 * The site side of examples/catalog-plugin.ts: the visitor's choices on a shirt page become the
 * item's catalogReference, checked before Wix sees it, and go into the visitor's cart. Quoted whole by
 * docs/catalog.md (pasted alone into a new file, it compiles) and run by test/catalog/example.test.ts.
 */
// #region custom-reference
import { currentCart } from '@wix/ecom'
import { createClient, OAuthStrategy } from '@wix/sdk'
import { buildCustomCatalogReference, isCatalogReferenceError } from 'wix-catalog-reference/catalog'

/** Your catalog app's id, from the app dashboard: the appId of every reference to its items. */
const APP_ID = '3b8658a6-3282-4b5e-ae0e-439113e20aef'

const site = createClient({
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
  modules: { currentCart },
})

/** The visitor picked a size and a color on your shirt page. */
export async function addShirtToCart(catalogItemId: string, size: string, color: string): Promise<string[]> {
  try {
    // appId a GUID, catalogItemId 1–36 characters, options plain JSON: checked before Wix sees it.
    const catalogReference = buildCustomCatalogReference({ appId: APP_ID, catalogItemId, options: { size, color } })
    await site.currentCart.addToCurrentCart({ lineItems: [{ catalogReference, quantity: 1 }] })
    return []
  } catch (error) {
    if (isCatalogReferenceError(error)) return error.issues.map((issue) => issue.message)
    throw error
  }
}
// #endregion custom-reference
