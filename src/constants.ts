/**
 * The Wix Stores app id: the `appId` of every Wix Stores `catalogReference`.
 *
 * Never `"1380b703-…"` (Wix eCommerce itself) and never the string `"stores"`.
 * @see https://dev.wix.com/docs/velo/apis/wix-stores-backend/e-commerce-integration
 * @example
 * ```ts
 * import { STORES_APP_ID } from 'wix-catalog-reference'
 * const isStoresLine = line.catalogReference?.appId === STORES_APP_ID
 * ```
 */
export const STORES_APP_ID = '215238eb-22a5-4c36-9e7b-e7c08025e04e' as const

/**
 * The Wix Bookings app id, for `catalogReference`s of bookings (not built by this package).
 * @example
 * ```ts
 * import { BOOKINGS_APP_ID } from 'wix-catalog-reference'
 * const isBooking = line.catalogReference?.appId === BOOKINGS_APP_ID
 * ```
 */
export const BOOKINGS_APP_ID = '13d21c63-b5ec-5912-8397-c3a5ddb27a97' as const

/**
 * The Wix Restaurants app id, for `catalogReference`s of restaurant orders (not built by this package).
 * @example
 * ```ts
 * import { RESTAURANTS_APP_ID } from 'wix-catalog-reference'
 * const isMenuItem = line.catalogReference?.appId === RESTAURANTS_APP_ID
 * ```
 */
export const RESTAURANTS_APP_ID = '9a5d83fd-8570-482e-81ab-cfa88942ee60' as const

/*
 * Limits the builders enforce. TEXT_MAX, QUANTITY_* and CATALOG_ITEM_ID_MAX are Wix's own; the
 * structural caps are ten times Wix's limits, so that real products always fit while absurd inputs
 * fail fast with an `invalid_product` / `invalid_selection` issue instead of hanging.
 */
/** Custom / free text, in UTF-16 code units (Wix: 500). */
export const TEXT_MAX = 500
export const QUANTITY_MIN = 1
export const QUANTITY_MAX = 100_000
export const CATALOG_ITEM_ID_MAX = 36
/** Wix: 6 options per product. */
export const OPTIONS_MAX = 60
/** Wix: 100 (V1) / 1000 (V3) choices per option. */
export const CHOICES_MAX = 10_000
/** Wix: 1000 variants. */
export const VARIANTS_MAX = 10_000
/** Wix's own limits of variants and subscriptions per product: `withReadOnlyVariants` and the price preview refuse more. */
export const WIX_VARIANTS_MAX = 1_000
export const WIX_SUBSCRIPTIONS_MAX = 6
/** Wix: 10 modifiers (V1: custom text fields). */
export const MODIFIERS_MAX = 100
/** Wix: 6 subscriptions. */
export const SUBSCRIPTIONS_MAX = 60
/** Keys in one selection map (`options`, `modifiers`). */
export const SELECTION_KEYS_MAX = 200
/**
 * `variantId` and `subscriptionOptionId` in a selection, in characters. Wix ids are GUIDs (36); the
 * builders pass some ids through unverified (a V1 subscription, the variant of a product that came
 * without its variants), and none of them may carry a huge string into a cart.
 */
export const ID_MAX = 100
/** Names longer than this can never match and skip the forgiving pass. */
export const NAME_MAX = 1_000
