/*
 * Structural types for the Wix product shapes the builders accept. Every field is optional (as in
 * Wix's own types) and nullable, so `@wix/stores` `products.Product` and `productsV3.V3Product`,
 * REST JSON (`id`) and Velo objects all fit without casts. At run time the builders accept any
 * value and report what does not fit as issues.
 */

type Maybe<T> = T | null | undefined

/** A Stores Catalog V1 product option choice. For `optionType: "color"`, `value` is the hex code and `description` the name. */
export interface V1Choice {
  readonly value?: Maybe<string>
  readonly description?: Maybe<string>
  readonly inStock?: Maybe<boolean>
  readonly visible?: Maybe<boolean>
}

/** A Stores Catalog V1 product option. */
export interface V1ProductOption {
  readonly optionType?: Maybe<string>
  readonly name?: Maybe<string>
  readonly choices?: Maybe<readonly V1Choice[]>
}

/** A Stores Catalog V1 custom text field (a buyer-written text, up to `maxLength` ≤ 500 characters). */
export interface V1CustomTextField {
  readonly title?: Maybe<string>
  readonly maxLength?: Maybe<number>
  readonly mandatory?: Maybe<boolean>
}

/** A Stores Catalog V1 variant: `choices` maps option name → choice description. */
export interface V1Variant {
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly choices?: Maybe<Readonly<Record<string, string>>>
  readonly variant?: Maybe<{ readonly visible?: Maybe<boolean> }>
  readonly stock?: Maybe<{
    readonly trackQuantity?: Maybe<boolean>
    readonly quantity?: Maybe<number>
    readonly inStock?: Maybe<boolean>
  }>
}

/**
 * A Wix Stores Catalog V1 product: `@wix/stores` `products.Product` (SDK, `_id`), the REST JSON
 * (`id`), or a Velo `wix-stores-backend` / `$w.ProductPage` product (`productOptions` keyed by name).
 */
export interface V1Product {
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly name?: Maybe<string>
  readonly visible?: Maybe<boolean>
  readonly manageVariants?: Maybe<boolean>
  readonly productOptions?: Maybe<readonly V1ProductOption[] | Readonly<Record<string, V1ProductOption>>>
  readonly customTextFields?: Maybe<readonly V1CustomTextField[]>
  readonly variants?: Maybe<readonly V1Variant[]>
  readonly stock?: Maybe<{
    readonly trackInventory?: Maybe<boolean>
    readonly quantity?: Maybe<number>
    readonly inStock?: Maybe<boolean>
    readonly inventoryStatus?: Maybe<string>
  }>
  /** Velo products carry stock at the top level. */
  readonly inStock?: Maybe<boolean>
}

/** A Stores Catalog V3 option or modifier choice. */
export interface V3Choice {
  readonly choiceId?: Maybe<string>
  readonly key?: Maybe<string>
  readonly name?: Maybe<string>
  readonly visible?: Maybe<boolean>
  readonly inStock?: Maybe<boolean>
}

/** A Stores Catalog V3 product option (`TEXT_CHOICES` or `SWATCH_CHOICES`). */
export interface V3Option {
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly key?: Maybe<string>
  readonly name?: Maybe<string>
  readonly optionRenderType?: Maybe<string>
  readonly choicesSettings?: Maybe<{ readonly choices?: Maybe<readonly V3Choice[]> }>
}

/** A Stores Catalog V3 modifier: `TEXT_CHOICES` / `SWATCH_CHOICES` (a choice) or `FREE_TEXT` (the buyer's text). */
export interface V3Modifier {
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly key?: Maybe<string>
  readonly name?: Maybe<string>
  readonly modifierRenderType?: Maybe<string>
  readonly mandatory?: Maybe<boolean>
  readonly choicesSettings?: Maybe<{ readonly choices?: Maybe<readonly V3Choice[]> }>
  readonly freeTextSettings?: Maybe<{
    readonly key?: Maybe<string>
    readonly title?: Maybe<string>
    readonly minCharCount?: Maybe<number>
    readonly maxCharCount?: Maybe<number>
  }>
}

/** An option/choice id pair of a V3 variant. */
export interface V3OptionChoiceIds {
  readonly optionId?: Maybe<string>
  readonly choiceId?: Maybe<string>
}

/**
 * A Stores Catalog V3 variant. The API returns `choices[].optionChoiceIds`; the docs' example shows
 * `optionChoiceIds[]`: both are read.
 */
export interface V3Variant {
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly visible?: Maybe<boolean>
  readonly choices?: Maybe<readonly { readonly optionChoiceIds?: Maybe<V3OptionChoiceIds> }[]>
  readonly optionChoiceIds?: Maybe<readonly V3OptionChoiceIds[]>
  readonly inventoryStatus?: Maybe<{ readonly inStock?: Maybe<boolean>; readonly preorderEnabled?: Maybe<boolean> }>
}

/** A Stores Catalog V3 subscription option. */
export interface V3Subscription {
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly title?: Maybe<string>
  readonly visible?: Maybe<boolean>
}

/**
 * A Wix Stores Catalog V3 product: `@wix/stores` `productsV3.V3Product` (SDK, `_id`) or the REST JSON
 * (`id`). Fetch it with `getProduct` / `getProductBySlug` (with `variantsInfo`): `queryProducts` and
 * `searchProducts` leave `variantsInfo` out.
 */
export interface V3Product {
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly name?: Maybe<string>
  readonly visible?: Maybe<boolean>
  readonly options?: Maybe<readonly V3Option[]>
  readonly modifiers?: Maybe<readonly V3Modifier[]>
  readonly variantsInfo?: Maybe<{ readonly variants?: Maybe<readonly V3Variant[]> }>
  readonly subscriptionDetails?: Maybe<{
    readonly subscriptions?: Maybe<readonly V3Subscription[]>
    readonly allowOneTimePurchases?: Maybe<boolean>
  }>
}

/**
 * Any product the builders accept: a {@link V1Product} or a {@link V3Product}, in SDK, REST or Velo
 * shape, also inside Wix's response wrapper `{ product }` (V1 SDK `getProduct`, REST Get Product).
 */
export type CatalogProduct = V1Product | V3Product | { readonly product: V1Product | V3Product }
