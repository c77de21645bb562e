import type { AddToCurrentCartOptions, AddToCurrentCartResult, CurrentCartApi } from './api-types.js'
import type { CartItem } from './items.js'
import { send } from './send.js'

/**
 * Adds Wix Stores items to the current visitor's cart: builds and checks every item first (no call
 * when any is invalid), calls Wix once, checks that every line came back, and returns the SDK's
 * response (`{ cart }`) unchanged.
 *
 * `api` is `client.currentCart` (Cart V1: `addToCurrentCart({ lineItems })`), `client.currentCartV2`
 * (Cart V2: `addLineItemsToCurrentCart({ catalogItems })`), or Velo's `currentCart` from
 * `wix-ecom-backend`; the version is chosen by the method the object has.
 * @param api - The current cart module of a Wix client, or Velo's `currentCart`.
 * @param items - `{ product, selection?, options? }` to build, or `{ catalogReference, quantity? }`; other line item fields pass through.
 * @param options - `verify` (default `true`) and the other fields of the Wix call.
 * @returns The SDK's response, unchanged.
 * @throws {CatalogReferenceError} An item is invalid; every item's issues, paths prefixed with the item index. Nothing was sent.
 * @throws {LineItemsNotAddedError} Wix answered, but a line is missing, has quantity 0 or is unavailable.
 * @throws {WixRequestError} Wix answered with an error, or no answer came back (`code: 'NETWORK_ERROR'`).
 *   Also when `options.signal` aborts or `options.timeoutMs` runs out (`code` `'ABORTED'` / `'TIMEOUT'`), and when the call fails
 *   with a value that is not an `Error` (`'UNKNOWN'`). Any other `Error` the API object throws is rethrown unchanged.
 * @throws {TypeError} `api` is not a current cart module, or was used outside a Wix client.
 * @example
 * ```ts
 * import { createClient, OAuthStrategy } from '@wix/sdk'
 * import { currentCartV2 } from '@wix/ecom'
 * import { addToCurrentCart } from 'wix-catalog-reference/ecom'
 *
 * const client = createClient({ modules: { currentCartV2 }, auth: OAuthStrategy({ clientId }) })
 * const { cart } = await addToCurrentCart(client.currentCartV2, [
 *   { product, selection: { options: { Size: 'L' }, quantity: 2 } },
 * ])
 * ```
 * @see https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/purchase-flow/cart-v2/add-line-items-to-current-cart
 * @see https://dev.wix.com/docs/sdk/backend-modules/ecom/current-cart/add-to-current-cart
 */
export async function addToCurrentCart<Api extends CurrentCartApi>(
  api: Api,
  items: readonly CartItem[],
  options?: AddToCurrentCartOptions<Api>,
): Promise<AddToCurrentCartResult<Api>> {
  const response = await send(
    api,
    {
      wrapper: 'addToCurrentCart',
      variants: [
        { method: 'addLineItemsToCurrentCart', moduleName: 'currentCartV2', itemsKey: 'catalogItems' },
        { method: 'addToCurrentCart', moduleName: 'currentCart', itemsKey: 'lineItems' },
      ],
      hint: "Pass client.currentCartV2 or client.currentCart from createClient({ modules: { currentCartV2 } }) (@wix/sdk + @wix/ecom), or Velo's currentCart from 'wix-ecom-backend'.",
    },
    items,
    options,
  )
  return response as AddToCurrentCartResult<Api>
}
