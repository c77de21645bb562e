/*
 * Structural types for the Wix eCommerce API objects the wrappers take, and for what the wrappers
 * send them. Nothing here imports `@wix/*`: `client.currentCart` (`@wix/sdk` + `@wix/ecom`) and
 * Velo's `currentCart` (`wix-ecom-backend`) fit because they have the methods, not because they
 * share a type. A type test (`test/ecom/api-types.test-d.ts`) proves that the real modules fit.
 */

/**
 * A `catalogReference` as the wrappers send it to Wix: the built Wix Stores reference, or the
 * prebuilt one an item carried (any catalog).
 */
export interface WixCatalogReference {
  catalogItemId: string
  appId: string
  options?: Record<string, unknown>
}

/**
 * A line item as the wrappers send it to Wix (`lineItems[]` in Cart V1 and Checkout,
 * `catalogItems[]` in Cart V2): the reference, the quantity, and the other line item fields the
 * item carried, passed through unchanged.
 */
export interface WixLineItem {
  catalogReference: WixCatalogReference
  quantity: number
  [field: string]: unknown
}

/**
 * The sales channel of a checkout (`createCheckout` requires it): Wix's `ChannelType` values.
 * `'WEB'` for a site, `'POS'` for a point of sale, `'BACKOFFICE_MERCHANT'` for the dashboard.
 */
export type ChannelType =
  | 'UNSPECIFIED'
  | 'WEB'
  | 'POS'
  | 'EBAY'
  | 'AMAZON'
  | 'OTHER_PLATFORM'
  | 'WIX_APP_STORE'
  | 'WIX_INVOICES'
  | 'BACKOFFICE_MERCHANT'
  | 'WISH'
  | 'CLASS_PASS'
  | 'GLOBAL_E'
  | 'FACEBOOK'
  | 'ETSY'
  | 'TIKTOK'
  | 'FAIRE_COM'
  | 'PAYPAL_AGENTIC_CHECKOUT'
  | 'STRIPE_AGENTIC_CHECKOUT'

/**
 * Cart V1 current cart: `client.currentCart` (`@wix/ecom`) or Velo's `currentCart`
 * (`wix-ecom-backend`). Wix removes Cart V1 on 2027-02-01.
 * @see https://dev.wix.com/docs/sdk/backend-modules/ecom/current-cart/add-to-current-cart
 */
export interface CurrentCartV1Api {
  addToCurrentCart(options: { lineItems: WixLineItem[] }): PromiseLike<unknown>
}

/**
 * Cart V2 current cart: `client.currentCartV2` (`@wix/ecom`).
 * @see https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/purchase-flow/cart-v2/add-line-items-to-current-cart
 */
export interface CurrentCartV2Api {
  addLineItemsToCurrentCart(options: { catalogItems: WixLineItem[] }): PromiseLike<unknown>
}

/** What `addToCurrentCart` takes: a Cart V1 or a Cart V2 current cart module. */
export type CurrentCartApi = CurrentCartV1Api | CurrentCartV2Api

/**
 * Cart V1 cart: `client.cart` (`@wix/ecom`) or Velo's `cart` (`wix-ecom-backend`).
 * @see https://dev.wix.com/docs/sdk/backend-modules/ecom/cart/add-to-cart
 */
export interface CartV1Api {
  addToCart(cartId: string, options: { lineItems: WixLineItem[] }): PromiseLike<unknown>
}

/**
 * Cart V2 cart: `client.cartV2` (`@wix/ecom`).
 * @see https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/purchase-flow/cart-v2/add-line-items
 */
export interface CartV2Api {
  addLineItems(cartId: string, options: { catalogItems: WixLineItem[] }): PromiseLike<unknown>
}

/** What `addToCart` takes: a Cart V1 or a Cart V2 cart module. */
export type CartApi = CartV1Api | CartV2Api

/**
 * Cart V1 cart with `createCart({ lineItems })`. `addToCart` is how the version is told apart from
 * Cart V2, whose `createCart` takes `catalogItems`.
 */
export interface CreateCartV1Api extends CartV1Api {
  createCart(options: { lineItems: WixLineItem[] }): PromiseLike<unknown>
}

/**
 * Cart V2 cart with `createCart({ catalogItems })`. `addLineItems` is how the version is told apart
 * from Cart V1, whose `createCart` takes `lineItems`.
 */
export interface CreateCartV2Api extends CartV2Api {
  createCart(options: { catalogItems: WixLineItem[] }): PromiseLike<unknown>
}

/** What `createCart` takes: a Cart V1 or a Cart V2 cart module. */
export type CreateCartApi = CreateCartV1Api | CreateCartV2Api

/**
 * Checkout V1: `client.checkout` (`@wix/ecom`) or Velo's `checkout` (`wix-ecom-backend`), for
 * `createCheckout`. Wix removes Checkout V1 on 2027-02-01; Cart V2 has no separate checkout.
 * @see https://dev.wix.com/docs/sdk/api-reference/ecom/checkout/create-checkout
 */
export interface CreateCheckoutApi {
  /**
   * `channelType` is typed by the module's own options (see `CreateCheckoutOptions`): `never` here
   * only lets every declaration of it fit (the SDK's enum, Velo's string union).
   */
  createCheckout(options: { lineItems: WixLineItem[]; channelType: never }): PromiseLike<unknown>
}

/**
 * Checkout V1 for `addToCheckout`.
 * @see https://dev.wix.com/docs/sdk/api-reference/ecom/checkout/add-to-checkout
 */
export interface AddToCheckoutApi {
  addToCheckout(checkoutId: string, options: { lineItems: WixLineItem[] }): PromiseLike<unknown>
}

/** Any function; used to read a method's parameter and result types. */
type AnyFunction = (...args: never[]) => unknown

/** The awaited result of a method: the SDK's own response type. */
type ResultOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never

/** The options object of `method(options)`, without `undefined`. */
type OptionsOf<F> = F extends (options: infer O, ...rest: never[]) => unknown ? NonNullable<O> : never

/** The options object of `method(id, options)`, without `undefined`. */
type SecondOptionsOf<F> = F extends (id: never, options: infer O, ...rest: never[]) => unknown ? NonNullable<O> : never

/** What the wrappers add to every call's options. */
export interface VerifyOption {
  /**
   * Check the response: every requested line must come back with a quantity above 0 and an
   * available status, or the call rejects with a `LineItemsNotAddedError`. Default `true`.
   */
  readonly verify?: boolean | undefined
  /**
   * Stop waiting when this signal aborts, at any time during the call: the call rejects with a
   * `WixRequestError` whose `code` is `'ABORTED'` (nothing is sent when it was aborted before the
   * call). It is read and listened to before the call: a signal that cannot be is a `TypeError`,
   * and nothing is sent. Not sent to Wix.
   */
  readonly signal?: AbortSignal | undefined
  /**
   * Stop waiting after this many milliseconds (1 to 2147483647): the call rejects with a
   * `WixRequestError` whose `code` is `'TIMEOUT'`. No default: without it (or a `signal`) a client
   * that never answers is waited for. The request is not taken back, and never retried: Wix may
   * or may not have added the lines. Not sent to Wix.
   */
  readonly timeoutMs?: number | undefined
}

/** The options object of a call's first or second argument. */
type ArgumentOptions<F, Position extends 'first' | 'second'> = Position extends 'first'
  ? OptionsOf<F>
  : SecondOptionsOf<F>

/**
 * The fields of a cart call other than its line items: those of Cart V2's method `V2` (without
 * `catalogItems`) when the module has it, else those of Cart V1's `V1` (without `lineItems`).
 */
type CartCallOptions<Api, V2 extends PropertyKey, V1 extends PropertyKey, Position extends 'first' | 'second'> =
  Api extends Record<V2, infer F extends AnyFunction>
    ? Omit<ArgumentOptions<F, Position>, 'catalogItems'>
    : Api extends Record<V1, infer F extends AnyFunction>
      ? Omit<ArgumentOptions<F, Position>, 'lineItems'>
      : never

/** The SDK's own response of a cart call: Cart V2's method `V2` when the module has it, else Cart V1's `V1`. */
type CartCallResult<Api, V2 extends PropertyKey, V1 extends PropertyKey> =
  Api extends Record<V2, infer F> ? ResultOf<F> : Api extends Record<V1, infer F> ? ResultOf<F> : never

/**
 * The options of `addToCurrentCart`: `verify`, plus the fields of the Wix call other than
 * its line items (typed by the module itself, e.g. `businessLocationId`).
 */
export type AddToCurrentCartOptions<Api> = VerifyOption &
  CartCallOptions<Api, 'addLineItemsToCurrentCart', 'addToCurrentCart', 'first'>

/** The result of `addToCurrentCart`: the SDK's own response (`{ cart }`), unchanged. */
export type AddToCurrentCartResult<Api> = CartCallResult<Api, 'addLineItemsToCurrentCart', 'addToCurrentCart'>

/** The options of `addToCart`: `verify`, plus the fields of the Wix call other than its line items. */
export type AddToCartOptions<Api> = VerifyOption & CartCallOptions<Api, 'addLineItems', 'addToCart', 'second'>

/** The result of `addToCart`: the SDK's own response (`{ cart }`), unchanged. */
export type AddToCartResult<Api> = CartCallResult<Api, 'addLineItems', 'addToCart'>

/**
 * The options of `createCart`: `verify`, plus the fields of the Wix call other than its line
 * items (Cart V1: `cartInfo`, `couponCode`, …; Cart V2: `cart`, `coupons`, …).
 */
export type CreateCartOptions<Api> = VerifyOption &
  (Api extends { createCart: infer F extends AnyFunction } ? Omit<OptionsOf<F>, 'lineItems' | 'catalogItems'> : never)

/** The result of `createCart`: the SDK's own response (the cart itself), unchanged. */
export type CreateCartResult<Api> = Api extends { createCart: infer F } ? ResultOf<F> : never

/**
 * The options of `createCheckout`: `verify`, plus the fields of the Wix call other than its
 * line items. `channelType` is required.
 */
export type CreateCheckoutOptions<Api> = VerifyOption &
  (Api extends { createCheckout: infer F extends AnyFunction }
    ? Omit<OptionsOf<F>, 'lineItems' | 'channelType'> & { readonly channelType: ChannelTypeOf<OptionsOf<F>> }
    : never)

/** The module's own `channelType` type; {@link ChannelType} where it declares none. */
type ChannelTypeOf<O> = O extends { channelType: infer C } ? ([C] extends [never] ? ChannelType : C) : ChannelType

/** The result of `createCheckout`: the SDK's own response (the checkout itself), unchanged. */
export type CreateCheckoutResult<Api> = Api extends { createCheckout: infer F } ? ResultOf<F> : never

/** The options of `addToCheckout`: `verify`, plus the fields of the Wix call other than its line items. */
export type AddToCheckoutOptions<Api> = VerifyOption &
  (Api extends { addToCheckout: infer F extends AnyFunction } ? Omit<SecondOptionsOf<F>, 'lineItems'> : never)

/** The result of `addToCheckout`: the SDK's own response (`{ checkout }`), unchanged. */
export type AddToCheckoutResult<Api> = Api extends { addToCheckout: infer F } ? ResultOf<F> : never
