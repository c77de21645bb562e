import type { CreateCartApi, CreateCartOptions, CreateCartResult } from './api-types.js'
import type { CartItem } from './items.js'
import { send } from './send.js'

/**
 * Creates a cart with Wix Stores items: builds and checks every item first (no call when any is
 * invalid), calls Wix once, checks that every line came back, and returns the SDK's response (the
 * new cart itself) unchanged.
 *
 * `api` is `client.cart` (Cart V1: `createCart({ lineItems })`), `client.cartV2` (Cart V2:
 * `createCart({ catalogItems })`), or Velo's `cart` from `wix-ecom-backend`. Both versions call the
 * method `createCart`: the version is told by `addToCart` (V1) or `addLineItems` (V2).
 * @param api - The cart module of a Wix client, or Velo's `cart`.
 * @param items - `{ product, selection?, options? }` to build, or `{ catalogReference, quantity? }`; other line item fields pass through.
 * @param options - `verify` (default `true`) and the other fields of the Wix call (V1: `cartInfo`, `couponCode`; V2: `cart`, `coupons`, …).
 * @returns The SDK's response (the cart), unchanged.
 * @throws {CatalogReferenceError} An item is invalid; every item's issues, paths prefixed with the item index. Nothing was sent.
 * @throws {LineItemsNotAddedError} Wix created the cart, but a line is missing, has quantity 0 or is unavailable.
 * @throws {WixRequestError} Wix answered with an error, or no answer came back.
 *   Also when `options.signal` aborts or `options.timeoutMs` runs out (`code` `'ABORTED'` / `'TIMEOUT'`), and when the call fails
 *   with a value that is not an `Error` (`'UNKNOWN'`). Any other `Error` the API object throws is rethrown unchanged.
 * @throws {TypeError} `api` is not a cart module, or was used outside a Wix client.
 * @example
 * ```ts
 * const cart = await createCart(client.cartV2, [{ product, selection: { options: { Size: 'L' } } }])
 * console.log(cart._id)
 * ```
 * @see https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/purchase-flow/cart-v2/create-cart
 * @see https://dev.wix.com/docs/sdk/backend-modules/ecom/cart/create-cart
 */
export async function createCart<Api extends CreateCartApi>(
  api: Api,
  items: readonly CartItem[],
  options?: CreateCartOptions<Api>,
): Promise<CreateCartResult<Api>> {
  const response = await send(
    api,
    {
      wrapper: 'createCart',
      variants: [
        { method: 'createCart', moduleName: 'cartV2', itemsKey: 'catalogItems', marker: 'addLineItems' },
        { method: 'createCart', moduleName: 'cart', itemsKey: 'lineItems', marker: 'addToCart' },
      ],
      hint: "Pass client.cartV2 or client.cart from createClient({ modules: { cartV2 } }) (@wix/sdk + @wix/ecom), or Velo's cart from 'wix-ecom-backend'.",
    },
    items,
    options,
  )
  return response as CreateCartResult<Api>
}
