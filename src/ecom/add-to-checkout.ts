import type { AddToCheckoutApi, AddToCheckoutOptions, AddToCheckoutResult } from './api-types.js'
import type { CartItem } from './items.js'
import { send } from './send.js'

/**
 * Adds Wix Stores items to a checkout (Checkout V1) by id: builds and checks every item first (no
 * call when any is invalid), calls `checkout.addToCheckout(checkoutId, { lineItems })` once, checks
 * that every line came back, and returns the SDK's response (`{ checkout }`) unchanged. Wix removes
 * Checkout V1 on 2027-02-01.
 * @param api - `client.checkout` of a Wix client, or Velo's `checkout` from `wix-ecom-backend`.
 * @param checkoutId - The checkout's id.
 * @param items - `{ product, selection?, options? }` to build, or `{ catalogReference, quantity? }`; other line item fields pass through.
 * @param options - `verify` (default `true`) and the other fields of the Wix call.
 * @returns The SDK's response, unchanged.
 * @throws {CatalogReferenceError} An item is invalid; every item's issues, paths prefixed with the item index. Nothing was sent.
 * @throws {LineItemsNotAddedError} Wix answered, but a line is missing, has quantity 0 or is unavailable.
 * @throws {WixRequestError} Wix answered with an error, or no answer came back.
 *   Also when `options.signal` aborts or `options.timeoutMs` runs out (`code` `'ABORTED'` / `'TIMEOUT'`), and when the call fails
 *   with a value that is not an `Error` (`'UNKNOWN'`). Any other `Error` the API object throws is rethrown unchanged.
 * @throws {TypeError} `api` is not the checkout module, `checkoutId` is not a string, or the module was used outside a Wix client.
 * @example
 * ```ts
 * const { checkout } = await addToCheckout(client.checkout, checkoutId, [{ product, selection }])
 * ```
 * @see https://dev.wix.com/docs/sdk/api-reference/ecom/checkout/add-to-checkout
 */
export async function addToCheckout<Api extends AddToCheckoutApi>(
  api: Api,
  checkoutId: string,
  items: readonly CartItem[],
  options?: AddToCheckoutOptions<Api>,
): Promise<AddToCheckoutResult<Api>> {
  const response = await send(
    api,
    {
      wrapper: 'addToCheckout',
      variants: [{ method: 'addToCheckout', moduleName: 'checkout', itemsKey: 'lineItems' }],
      hint: "Pass client.checkout from createClient({ modules: { checkout } }) (@wix/sdk + @wix/ecom), or Velo's checkout from 'wix-ecom-backend'.",
      id: { name: 'checkoutId', value: checkoutId },
    },
    items,
    options,
  )
  return response as AddToCheckoutResult<Api>
}
