import type { STORES_APP_ID } from './constants.js'

/**
 * The `options` of a Wix Stores `catalogReference`. Only the fields that apply are present.
 */
export interface StoresCatalogReferenceOptions {
  /** V3: always. V1: when the product manages variants. */
  variantId?: string
  /** V1 unmanaged: option name → choice description. V3: modifier key → choice key (or name). */
  options?: Record<string, string>
  /** V1: custom text field title → text. V3: `freeTextSettings.key` → text. */
  customTextFields?: Record<string, string>
  /** The chosen subscription's id. */
  subscriptionOptionId?: string
  /** V3: the variant is out of stock and can be bought as a pre-order. */
  preOrderRequested?: boolean
}

/**
 * A Wix Stores `catalogReference`: plain JSON, no `undefined` values, no empty objects, keys in
 * product order. Assignable to `@wix/ecom`'s `CatalogReference`.
 * @example
 * ```json
 * { "catalogItemId": "dc765ec4-…", "appId": "215238eb-22a5-4c36-9e7b-e7c08025e04e",
 *   "options": { "variantId": "9650a809-…" } }
 * ```
 */
export interface StoresCatalogReference {
  catalogItemId: string
  appId: typeof STORES_APP_ID
  options?: StoresCatalogReferenceOptions
}

/** A line item for cart, current-cart and checkout calls. */
export interface LineItem {
  catalogReference: StoresCatalogReference
  /** An integer from 1 to 100000. */
  quantity: number
}

/** The catalog version of a Wix Stores product. */
export type CatalogVersion = 'V1' | 'V3'
