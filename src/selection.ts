/**
 * What the buyer chose. Every name may be an id, a key or a name (matched exactly first, then
 * trimmed, NFC-normalized and case-insensitive); nothing is ever guessed.
 * @example
 * ```ts
 * const selection: Selection = {
 *   options: { Size: 'L', 'Box color': 'Blue' },
 *   modifiers: { Engraving: 'For my best friend! :)', 'Remove price tag': 'yes' },
 *   subscriptionOptionId: 'Monthly Subscription',
 *   quantity: 2,
 * }
 * ```
 */
export interface Selection {
  /** Option → choice. V3: option id | key | name → choice id | key | name. V1: option name → choice description | value (hex code for colors). */
  readonly options?: Readonly<Record<string, string>> | undefined
  /** A variant id instead of (or together with, then they must agree) `options`. */
  readonly variantId?: string | undefined
  /** V3: modifier id | key | name → choice id | key | name, or the free text. V1: custom text field title → text. */
  readonly modifiers?: Readonly<Record<string, string>> | undefined
  /** A subscription id (or its title). `null` or absent: a one-time purchase. */
  readonly subscriptionOptionId?: string | null | undefined
  /** Line items only: an integer from 1 to 100000. Default 1. */
  readonly quantity?: number | undefined
}

/**
 * How to build.
 * @example
 * ```ts
 * const options: BuildOptions = { availability: 'ignore', modifierChoiceValue: 'name' }
 * ```
 */
export interface BuildOptions {
  /** Skip detection and treat the product as this catalog version. */
  readonly catalogVersion?: 'V1' | 'V3' | undefined
  /** `'enforce'` (default): hidden and out-of-stock products, variants and subscriptions are issues. `'ignore'` skips those checks. */
  readonly availability?: 'enforce' | 'ignore' | undefined
  /** What a V3 choice modifier writes as its value: the choice `key` (default, per the Wix rule) or its `name` (as one Wix docs example shows). */
  readonly modifierChoiceValue?: 'key' | 'name' | undefined
}
