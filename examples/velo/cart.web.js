/*
 * The README's Velo quick start, in plain JavaScript as a Velo backend file is written
 * (backend/cart.web.js), type-checked through its JSDoc by examples/velo/tsconfig.json (checkJs;
 * Velo's modules: examples/ecom-velo-modules.d.ts) and run by test/docs/quick-starts.test.ts.
 */
// #region quick-velo
// backend/cart.web.js: the page sends a product id and the buyer's choices.
import { Permissions, webMethod } from 'wix-web-module'
import { currentCart } from 'wix-ecom-backend'
import { products } from 'wix-stores.v2'
import { addToCurrentCart, isCatalogReferenceError } from 'wix-catalog-reference/ecom'

export const addItem = webMethod(
  Permissions.Anyone,
  /**
   * @param {string} productId
   * @param {import('wix-catalog-reference').Selection} selection the buyer's choices, as the page sends them
   * @returns {Promise<{ ok: boolean, problems: string[] }>}
   */
  async (productId, selection) => {
    const { product } = await products.getProduct(productId) // fetched here: never trust the page's product
    try {
      await addToCurrentCart(currentCart, [{ product: product ?? {}, selection }]) // {} gives issues; checks Wix added the line
      return { ok: true, problems: [] }
    } catch (error) {
      if (isCatalogReferenceError(error)) return { ok: false, problems: error.issues.map((i) => i.message) }
      throw error
    }
  },
)
// #endregion quick-velo
