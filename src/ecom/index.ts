/**
 * `wix-catalog-reference/ecom`: add Wix Stores items to a cart, the current cart or a checkout
 * (Cart V1, Cart V2 and Velo), and check that Wix really added every line.
 * @packageDocumentation
 */
export { addToCurrentCart } from './add-to-current-cart.js'
export { addToCart } from './add-to-cart.js'
export { createCart } from './create-cart.js'
export { createCheckout } from './create-checkout.js'
export { addToCheckout } from './add-to-checkout.js'
export { LineItemsNotAddedError, isLineItemsNotAddedError } from './verify.js'
export type { RejectedLineItem, RejectionReason } from './verify.js'
export { WixRequestError, isWixRequestError } from './request-error.js'
export type { FieldViolation, WixRequestErrorInit } from './request-error.js'
export type {
  CartItem,
  ProductItem,
  PrebuiltItem,
  CatalogReferenceInput,
  ItemSelection,
  LineItemFields,
} from './items.js'
export type {
  AddToCartOptions,
  AddToCartResult,
  AddToCheckoutApi,
  AddToCheckoutOptions,
  AddToCheckoutResult,
  AddToCurrentCartOptions,
  AddToCurrentCartResult,
  CartApi,
  CartV1Api,
  CartV2Api,
  ChannelType,
  CreateCartApi,
  CreateCartOptions,
  CreateCartResult,
  CreateCartV1Api,
  CreateCartV2Api,
  CreateCheckoutApi,
  CreateCheckoutOptions,
  CreateCheckoutResult,
  CurrentCartApi,
  CurrentCartV1Api,
  CurrentCartV2Api,
  VerifyOption,
  WixCatalogReference,
  WixLineItem,
} from './api-types.js'
export { CatalogReferenceError, isCatalogReferenceError } from '../errors.js'
