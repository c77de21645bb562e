import type { CreateCheckoutApi, CreateCheckoutOptions, CreateCheckoutResult } from './api-types.js'
import type { CartItem } from './items.js'
import { hasMethod, send } from './send.js'

/**
 * Creates a checkout (Checkout V1) with Wix Stores items: builds and checks every item first (no
 * call when any is invalid), calls `checkout.createCheckout({ lineItems, channelType, … })` once,
 * checks that every line came back, and returns the SDK's response (the new checkout itself)
 * unchanged. Wix removes Checkout V1 on 2027-02-01; with Cart V2, create a cart instead
 * (`createCart(client.cartV2, …)`): Cart V2 has no separate checkout.
 * @param api - `client.checkout` of a Wix client, or Velo's `checkout` from `wix-ecom-backend`.
 * @param items - `{ product, selection?, options? }` to build, or `{ catalogReference, quantity? }`; other line item fields pass through.
 * @param options - `channelType` (required, e.g. `'WEB'`), `verify` (default `true`) and the other fields of the Wix call.
 * @returns The SDK's response (the checkout), unchanged.
 * @throws {CatalogReferenceError} An item is invalid; every item's issues, paths prefixed with the item index. Nothing was sent.
 * @throws {LineItemsNotAddedError} Wix created the checkout, but a line is missing, has quantity 0 or is unavailable.
 * @throws {WixRequestError} Wix answered with an error, or no answer came back.
 *   Also when `options.signal` aborts or `options.timeoutMs` runs out (`code` `'ABORTED'` / `'TIMEOUT'`), and when the call fails
 *   with a value that is not an `Error` (`'UNKNOWN'`). Any other `Error` the API object throws is rethrown unchanged.
 * @throws {TypeError} `api` is not the checkout module (e.g. the cart module), `channelType` is missing, or the module was used outside a Wix client.
 * @example
 * ```ts
 * const checkout = await createCheckout(client.checkout, [{ product, selection }], { channelType: 'WEB' })
 * ```
 * @see https://dev.wix.com/docs/sdk/api-reference/ecom/checkout/create-checkout
 */
export async function createCheckout<Api extends CreateCheckoutApi>(
  api: Api,
  items: readonly CartItem[],
  options: CreateCheckoutOptions<Api>,
): Promise<CreateCheckoutResult<Api>> {
  if (hasMethod(api, 'createCart') || hasMethod(api, 'addToCart')) {
    throw new TypeError(
      'createCheckout: the api argument is the cart module, whose createCheckout(cartId, options) makes a checkout from an existing cart. ' +
        "Pass client.checkout from createClient({ modules: { checkout } }), or Velo's checkout from 'wix-ecom-backend'.",
    )
  }
  const response = await send(
    api,
    {
      wrapper: 'createCheckout',
      variants: [{ method: 'createCheckout', moduleName: 'checkout', itemsKey: 'lineItems' }],
      hint: "Pass client.checkout from createClient({ modules: { checkout } }) (@wix/sdk + @wix/ecom), or Velo's checkout from 'wix-ecom-backend'.",
      required: ['channelType'],
    },
    items,
    options,
  )
  return response as CreateCheckoutResult<Api>
}
