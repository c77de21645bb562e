/*
 * The item data a Catalog service plugin returns for each item: what `resolve` gives
 * (`CatalogItemData`) and what the handler answers after validation (`ValidCatalogItemData`,
 * the `@wix/ecom` SDK shape). Field list and rules: the Get Catalog Items reference.
 * https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/catalogs/catalog-service-plugin/get-catalog-items
 */

type Maybe<T> = T | null | undefined

/** The preset item types of the Catalog service plugin. */
export type ItemTypePreset = 'UNRECOGNISED' | 'PHYSICAL' | 'DIGITAL' | 'GIFT_CARD' | 'SERVICE'

/** How often a subscription renews. */
export type SubscriptionFrequency = 'UNDEFINED' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR'

/** How the item is paid for. Default `FULL_PAYMENT_ONLINE`. */
export type PaymentOptionType =
  | 'FULL_PAYMENT_ONLINE'
  | 'FULL_PAYMENT_OFFLINE'
  | 'MEMBERSHIP'
  | 'DEPOSIT_ONLINE'
  | 'MEMBERSHIP_OFFLINE'
  | 'MEMBERSHIP_ONLINE_WITH_OFFLINE_REMAINDER'

/** Which address taxes are calculated for. */
export type TaxableAddressType = 'BUSINESS' | 'BILLING' | 'SHIPPING'

/** The weight unit Wix asks for. */
export type WeightUnit = 'UNSPECIFIED_WEIGHT_UNIT' | 'KG' | 'LB'

/**
 * A value of a Wix enum in the handler's answer: always one of the strings in `T` (validated).
 * Typed loosely on purpose: `@wix/ecom` declares these fields as TypeScript `enum`s, to which no
 * string type is assignable, and the answer must fit `catalog.provideHandlers`.
 */
// `any` is the only type a TypeScript enum accepts besides its own members.
export type WixEnum<T extends string> = T | any

/** A text in the site's default language (`original`) and, optionally, the buyer's (`translated`). */
export interface TranslatableText {
  readonly original: string
  readonly translated?: Maybe<string>
}

/** A translatable text whose fields are all optional (description lines, subscription titles). */
export interface OptionalTranslatableText {
  readonly original?: Maybe<string>
  readonly translated?: Maybe<string>
}

/** A description line under the item's name, e.g. `Size: Large`: `plainText` or `colorInfo`, not both. */
export type CatalogItemDescriptionLine =
  | {
      readonly name?: Maybe<OptionalTranslatableText>
      readonly plainText: OptionalTranslatableText
      readonly colorInfo?: null | undefined
    }
  | {
      readonly name?: Maybe<OptionalTranslatableText>
      readonly colorInfo: OptionalTranslatableText & { readonly code?: Maybe<string> }
      readonly plainText?: null | undefined
    }

/**
 * An image from the Wix Media Manager: the SDK string
 * `wix:image://v1/<id>/<filename>#originWidth=<w>&originHeight=<h>`, or the REST object.
 */
export type CatalogItemMedia =
  | string
  | {
      readonly id: string
      readonly height: number
      readonly width: number
      readonly altText?: Maybe<string>
      readonly filename?: Maybe<string>
    }

/** The item's page: its full URL, or the REST object `{ url, relativePath? }`. */
export type CatalogItemUrl = string | { readonly url: string; readonly relativePath?: Maybe<string> }

/** Exactly one of a preset type or a custom one. */
export type CatalogItemType =
  | { readonly preset: ItemTypePreset; readonly custom?: null | undefined }
  | { readonly custom: string; readonly preset?: null | undefined }

/** A modifier added to the item (restaurants-style add-ons). */
export interface CatalogItemModifier {
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly quantity?: Maybe<number>
  readonly label?: Maybe<TranslatableText>
  readonly details?: Maybe<TranslatableText>
  /** A decimal string. */
  readonly price?: Maybe<string>
}

/** A group of modifiers added to the item. */
export interface CatalogItemModifierGroup {
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly name?: Maybe<TranslatableText>
  readonly modifiers?: Maybe<readonly CatalogItemModifier[]>
}

/**
 * An item's data as your `resolve` function returns it: the `data` of a Get Catalog Items answer.
 * Required: `productName.original` (1–200 characters), `itemType` (`preset` or `custom`) and
 * `price` (a decimal string such as `"20.00"`). `url` and `media` may also be given in the REST
 * shape the Wix docs show; the handler turns them into the SDK's strings. Fields this version does
 * not know are passed through unchanged.
 * @see https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/catalogs/catalog-service-plugin/get-catalog-items
 * @example
 * ```ts
 * const data: CatalogItemData = {
 *   productName: { original: 'Simple Black Sun Hat' },
 *   url: 'https://www.my-store.com/product-page/sun-hat',
 *   itemType: { preset: 'PHYSICAL' },
 *   price: '20.00',
 *   physicalProperties: { sku: '227220141836', shippable: true },
 *   media: { id: 'e3bc27_6edeb786f2aa44b19d9abcb4d1f6bfd6~mv2.png', height: 720, width: 720 },
 * }
 * ```
 */
export interface CatalogItemData {
  /** The item's name: `original` 1–200 characters, `translated` 1–400. */
  readonly productName: TranslatableText
  /** The item's page, linked from the cart. Default: the site. */
  readonly url?: Maybe<CatalogItemUrl>
  readonly itemType: CatalogItemType
  /** The price after catalog discounts, as a decimal string: `"20.00"`. */
  readonly price: string
  /** The price before catalog discounts, as a decimal string. Default: `price`. */
  readonly fullPrice?: Maybe<string>
  readonly taxGroupId?: Maybe<string>
  readonly descriptionLines?: Maybe<readonly CatalogItemDescriptionLine[]>
  readonly media?: Maybe<CatalogItemMedia>
  /** Only when your catalog manages inventory: a whole number ≥ 0. */
  readonly quantityAvailable?: Maybe<number>
  readonly physicalProperties?: Maybe<{
    /** In the `weightUnit` of the request; a finite number ≥ 0. */
    readonly weight?: Maybe<number>
    readonly sku?: Maybe<string>
    readonly shippable?: Maybe<boolean>
  }>
  readonly subscriptionOptionInfo?: Maybe<{
    readonly subscriptionSettings?: Maybe<{
      readonly frequency?: Maybe<SubscriptionFrequency>
      /** A whole number ≥ 1; at least 7 when `frequency` is `DAY`. */
      readonly interval?: Maybe<number>
      readonly autoRenewal?: Maybe<boolean>
      readonly billingCycles?: Maybe<number>
      readonly enableCustomerCancellation?: Maybe<boolean>
      readonly freeTrialPeriod?: Maybe<{ readonly frequency?: Maybe<SubscriptionFrequency>; readonly interval?: Maybe<number> }>
    }>
    readonly title?: Maybe<OptionalTranslatableText>
    readonly description?: Maybe<OptionalTranslatableText>
  }>
  readonly paymentOption?: Maybe<PaymentOptionType>
  readonly serviceProperties?: Maybe<{
    /** A `Date` or an ISO-8601 string. */
    readonly scheduledDate?: Maybe<Date | string>
    readonly numberOfParticipants?: Maybe<number>
  }>
  readonly rootCatalogItemId?: Maybe<string>
  readonly priceDescription?: Maybe<TranslatableText>
  /** A decimal string, with `paymentOption: 'DEPOSIT_ONLINE'`. */
  readonly depositAmount?: Maybe<string>
  readonly deliveryProfileId?: Maybe<string>
  readonly consentRequiredPaymentPolicy?: Maybe<string>
  readonly priceUndetermined?: Maybe<boolean>
  readonly fixedQuantity?: Maybe<boolean>
  readonly savePaymentMethod?: Maybe<boolean>
  readonly taxableAddress?: Maybe<{ readonly addressType?: Maybe<TaxableAddressType> }>
  readonly policies?: Maybe<readonly { readonly title?: Maybe<string>; readonly content?: Maybe<string> }[]>
  readonly additionalFees?: Maybe<
    readonly {
      readonly code?: Maybe<string>
      /** At most 50 characters. */
      readonly name?: Maybe<string>
      /** A decimal string. */
      readonly price?: Maybe<string>
      readonly taxDetails?: Maybe<{ readonly taxable?: Maybe<boolean>; readonly taxGroupId?: Maybe<string> }>
    }[]
  >
  readonly membersOnly?: Maybe<boolean>
  readonly modifierGroups?: Maybe<readonly CatalogItemModifierGroup[]>
}

/** A translatable text in the handler's answer. */
export interface ValidTranslatableText {
  original?: string
  translated?: string
}

/**
 * An item's data as the handler answers it, after validation: the `@wix/ecom` SDK shape (`url`
 * and `media` as strings, `scheduledDate` a `Date`), without `null`s, with unknown fields kept.
 * Assignable to `catalog.ItemData` of `@wix/ecom/service-plugins`.
 * @example
 * ```ts
 * const { catalogItems } = await getCatalogItems(payload)
 * console.log(catalogItems[0]?.data.price) // "20.00"
 * ```
 */
export interface ValidCatalogItemData {
  productName: { original: string; translated?: string }
  url?: string
  itemType: { preset?: WixEnum<ItemTypePreset>; custom?: string }
  price: string
  fullPrice?: string
  taxGroupId?: string
  descriptionLines?: {
    name?: ValidTranslatableText
    plainText?: ValidTranslatableText
    colorInfo?: ValidTranslatableText & { code?: string }
  }[]
  media?: string
  quantityAvailable?: number
  physicalProperties?: { weight?: number; sku?: string; shippable?: boolean }
  subscriptionOptionInfo?: {
    subscriptionSettings?: {
      frequency?: WixEnum<SubscriptionFrequency>
      interval?: number
      autoRenewal?: boolean
      billingCycles?: number
      enableCustomerCancellation?: boolean
      freeTrialPeriod?: { frequency?: WixEnum<SubscriptionFrequency>; interval?: number }
    }
    title?: ValidTranslatableText
    description?: ValidTranslatableText
  }
  paymentOption?: WixEnum<PaymentOptionType>
  serviceProperties?: { scheduledDate?: Date; numberOfParticipants?: number }
  rootCatalogItemId?: string
  priceDescription?: { original: string; translated?: string }
  depositAmount?: string
  deliveryProfileId?: string
  consentRequiredPaymentPolicy?: string
  priceUndetermined?: boolean
  fixedQuantity?: boolean
  savePaymentMethod?: boolean
  taxableAddress?: { addressType?: WixEnum<TaxableAddressType> }
  policies?: { title?: string; content?: string }[]
  additionalFees?: {
    code?: string
    name?: string
    price?: string
    taxDetails?: { taxable?: boolean; taxGroupId?: string }
  }[]
  membersOnly?: boolean
  modifierGroups?: {
    _id?: string
    id?: string
    name?: { original: string; translated?: string }
    modifiers?: {
      _id?: string
      id?: string
      quantity?: number
      label?: ValidTranslatableText
      details?: ValidTranslatableText
      price?: string
    }[]
  }[]
}
