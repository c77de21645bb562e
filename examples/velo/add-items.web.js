/*
 * docs/ecom.md's Velo recipe, in plain JavaScript as a Velo backend file is written
 * (backend/cart.web.js): the page sends the buyer's choices; the backend fetches the products itself
 * (never trust a product object sent by the page), builds and checks every line, and adds them to the
 * visitor's current cart. Catalog V1 (`wix-stores.v2` products, whose getProduct returns the
 * variants), Cart V1. Type-checked through its JSDoc by examples/velo/tsconfig.json (checkJs; Velo's
 * modules: examples/ecom-velo-modules.d.ts) and run by test/ecom/examples.test.ts.
 *
 * Page code:
 *   import { addItems } from 'backend/cart.web'
 *   const result = await addItems([{ productId, selection: { options: { Size: 'L' }, quantity: 2 } }])
 *   if (!result.ok) $w('#error').text = result.problems.map((p) => p.message).join('\n')
 */
// #region velo-web-method
// @ts-check
// backend/cart.web.js: the page sends [{ productId, selection }, …]; each problem goes back with its item.
import { Permissions, webMethod } from 'wix-web-module'
import { currentCart } from 'wix-ecom-backend'
import { products } from 'wix-stores.v2'
import { addToCurrentCart, isCatalogReferenceError, isLineItemsNotAddedError } from 'wix-catalog-reference/ecom'

const MAX_ITEMS = 20

/**
 * @typedef {{ item: number | undefined, code: string, message: string }} Problem
 * @typedef {{ ok: true, cartId: string | undefined } | { ok: false, problems: Problem[] }} AddItemsResult
 */

export const addItems = webMethod(
  Permissions.Anyone,
  /**
   * @param {unknown} request what the page sent: untrusted
   * @returns {Promise<AddItemsResult>}
   */
  async (request) => {
    // Untrusted input: check the envelope; the selections themselves are checked by the builder
    // (any value gives issues, never a crash).
    if (!Array.isArray(request) || request.length === 0 || request.length > MAX_ITEMS) {
      return {
        ok: false,
        problems: [{ item: undefined, code: 'invalid_request', message: `Send 1 to ${MAX_ITEMS} items.` }],
      }
    }
    /** @type {import('wix-catalog-reference/ecom').CartItem[]} */
    const items = []
    for (const [index, entry] of request.entries()) {
      const productId = entry?.productId
      const product =
        typeof productId === 'string'
          ? await products.getProduct(productId).then(
              (r) => r.product,
              () => undefined,
            ) // 404: no such product
          : undefined
      if (product === undefined) {
        return {
          ok: false,
          problems: [{ item: index, code: 'unknown_product', message: 'This product does not exist.' }],
        }
      }
      items.push({ product, selection: entry.selection })
    }
    try {
      const { cart } = await addToCurrentCart(currentCart, items)
      return { ok: true, cartId: cart?._id }
    } catch (error) {
      if (isCatalogReferenceError(error)) {
        // Paths start with the item's index: [1, 'options', 'Size']
        return {
          ok: false,
          problems: error.issues.map((i) => ({
            item: typeof i.path[0] === 'number' ? i.path[0] : undefined,
            code: i.code,
            message: i.message,
          })),
        }
      }
      if (isLineItemsNotAddedError(error)) {
        return {
          ok: false,
          problems: error.rejected.map((r) => ({
            item: r.index,
            code: r.reason,
            message: 'Wix did not add this item.',
          })),
        }
      }
      throw error // WixRequestError: logged by Velo, the page shows a generic error
    }
  },
)
// #endregion velo-web-method
