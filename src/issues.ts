/**
 * Every issue code, stable and documented in docs/building.md ("Errors and issue codes").
 * @example
 * ```ts
 * import { BUILD_ISSUE_CODES } from 'wix-catalog-reference'
 * BUILD_ISSUE_CODES.includes('unknown_choice') // true
 * ```
 */
export const BUILD_ISSUE_CODES = [
  'invalid_selection',
  'invalid_product',
  'unknown_catalog_version',
  'missing_variants',
  'unknown_option',
  'unknown_choice',
  'ambiguous_name',
  'missing_option',
  'variant_not_found',
  'unknown_variant',
  'variant_mismatch',
  'product_hidden',
  'variant_hidden',
  'out_of_stock',
  'unknown_modifier',
  'unknown_modifier_choice',
  'missing_modifier',
  'text_too_short',
  'text_too_long',
  'subscription_required',
  'unknown_subscription',
  'subscription_hidden',
  'subscriptions_not_offered',
  'invalid_quantity',
  'invalid_options',
  'invalid_reference',
  'invalid_item_data',
  'missing_price',
] as const

/** A stable, snake_case issue code. See docs/building.md ("Errors and issue codes") for each one with an example message. */
export type BuildIssueCode = (typeof BUILD_ISSUE_CODES)[number]

/**
 * Where an issue points. Into the selection (`['options', 'Size']`, `['modifiers', 'Gift note']`,
 * `['quantity']`), into the product when it starts with `'product'` (`['product', 'variantsInfo']`),
 * or, from the eCommerce wrappers, prefixed with the item index (`[1, 'options', 'Size']`).
 */
export type IssuePath = readonly (string | number)[]

/**
 * One thing that is wrong, as data: a stable `code`, a `path`, a `message` that says how to fix it,
 * and context fields where they apply.
 * @example
 * ```ts
 * const issue: BuildIssue = {
 *   code: 'unknown_choice',
 *   path: ['options', 'Size'],
 *   message: 'Option "Size" has no choice "XL". Choices: S, L.',
 *   option: 'Size',
 *   received: 'XL',
 *   expected: ['S', 'L'],
 * }
 * ```
 */
export interface BuildIssue {
  readonly code: BuildIssueCode
  readonly path: IssuePath
  readonly message: string
  /** The value that was given (strings longer than 200 characters are cut). */
  readonly received?: unknown
  /** The valid values, where there is a short list of them. */
  readonly expected?: readonly string[]
  /** The product option concerned (its name). */
  readonly option?: string
  /** The modifier or custom text field concerned (its name or title). */
  readonly modifier?: string
  /** The variant concerned. */
  readonly variantId?: string
  /** The names that matched, for `ambiguous_name`. */
  readonly candidates?: readonly string[]
  /** The limit that was crossed (`text_too_long`, `text_too_short`, size limits). */
  readonly limit?: number
}
