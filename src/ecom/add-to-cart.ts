import type { AddToCartOptions, AddToCartResult, CartApi } from './api-types.js'
import type { CartItem } from './items.js'
import { send } from './send.js'

/**
 * Adds Wix Stores items to a cart by id: builds and checks every item first (no call when any is
 * invalid), calls Wix once, checks that every line came back, and returns the SDK's response
 * (`{ cart }`) unchanged.
 *
 * `api` is `client.cart` (Cart V1: `addToCart(cartId, { lineItems })`), `client.cartV2` (Cart V2:
 * `addLineItems(cartId, { catalogItems })`), or Velo's `cart` from `wix-ecom-backend`.
 * @param api - The cart module of a Wix client, or Velo's `cart`.
 * @param cartId - The cart's id.
 * @param items - `{ product, selection?, options? }` to build, or `{ catalogReference, quantity? }`; other line item fields pass through.
 * @param options - `verify` (default `true`) and the other fields of the Wix call.
 * @returns The SDK's response, unchanged.
 * @throws {CatalogReferenceError} An item is invalid; every item's issues, paths prefixed with the item index. Nothing was sent.
 * @throws {LineItemsNotAddedError} Wix answered, but a line is missing, has quantity 0 or is unavailable.
 * @throws {WixRequestError} Wix answered with an error (e.g. `status` 404: no such cart), or no answer came back.
 *   Also when `options.signal` aborts or `options.timeoutMs` runs out (`code` `'ABORTED'` / `'TIMEOUT'`), and when the call fails
 *   with a value that is not an `Error` (`'UNKNOWN'`). Any other `Error` the API object throws is rethrown unchanged.
 * @throws {TypeError} `api` is not a cart module, `cartId` is not a string, or the module was used outside a Wix client.
 * @example
 * ```ts
 * const { cart } = await addToCart(client.cartV2, cartId, [{ product, selection: { variantId } }])
 * ```
 * @see https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/purchase-flow/cart-v2/add-line-items
 * @see https://dev.wix.com/docs/sdk/backend-modules/ecom/cart/add-to-cart
 */
export async function addToCart<Api extends CartApi>(
  api: Api,
  cartId: string,
  items: readonly CartItem[],
  options?: AddToCartOptions<Api>,
): Promise<AddToCartResult<Api>> {
  const response = await send(
    api,
    {
      wrapper: 'addToCart',
      variants: [
        { method: 'addLineItems', moduleName: 'cartV2', itemsKey: 'catalogItems' },
        { method: 'addToCart', moduleName: 'cart', itemsKey: 'lineItems' },
      ],
      hint: "Pass client.cartV2 or client.cart from createClient({ modules: { cartV2 } }) (@wix/sdk + @wix/ecom), or Velo's cart from 'wix-ecom-backend'.",
      id: { name: 'cartId', value: cartId },
    },
    items,
    options,
  )
  return response as AddToCartResult<Api>
}
