/*
 * The item data a Catalog service plugin returns for each item: what `resolve` gives
 * (`CatalogItemData`) and what the handler answers after validation (`ValidCatalogItemData`,
 * the `@wix/ecom` SDK shape). Field list and rules: the Get Catalog Items reference.
 * https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/catalogs/catalog-service-plugin/get-catalog-items
 */

/*
 * Wix's enums: one list each. The schema (item-data-schema.ts) checks values and writes its messages
 * from these lists, and the types below are made from them.
 */

/** The values of {@link ItemTypePreset}. @internal */
export const ITEM_TYPE_PRESETS = ['UNRECOGNISED', 'PHYSICAL', 'DIGITAL', 'GIFT_CARD', 'SERVICE'] as const
/** The values of {@link SubscriptionFrequency}. @internal */
export const SUBSCRIPTION_FREQUENCIES = ['UNDEFINED', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const
/** The values of {@link PaymentOptionType}. @internal */
export const PAYMENT_OPTION_TYPES = [
  'FULL_PAYMENT_ONLINE',
  'FULL_PAYMENT_OFFLINE',
  'MEMBERSHIP',
  'DEPOSIT_ONLINE',
  'MEMBERSHIP_OFFLINE',
  'MEMBERSHIP_ONLINE_WITH_OFFLINE_REMAINDER',
] as const
/** The values of {@link TaxableAddressType}. @internal */
export const TAXABLE_ADDRESS_TYPES = ['BUSINESS', 'BILLING', 'SHIPPING'] as const

/**
 * The preset item types of the Catalog service plugin.
 * @example
 * ```ts
 * const itemType = { preset: 'DIGITAL' satisfies ItemTypePreset }
 * ```
 */
export type ItemTypePreset = (typeof ITEM_TYPE_PRESETS)[number]

/**
 * How often a subscription renews.
 * @example
 * ```ts
 * const settings = { frequency: 'MONTH' satisfies SubscriptionFrequency, interval: 1 }
 * ```
 */
export type SubscriptionFrequency = (typeof SUBSCRIPTION_FREQUENCIES)[number]

/**
 * How the item is paid for. Default `FULL_PAYMENT_ONLINE`.
 * @example
 * ```ts
 * const data = { ...item, paymentOption: 'DEPOSIT_ONLINE' satisfies PaymentOptionType, depositAmount: '10.00' }
 * ```
 */
export type PaymentOptionType = (typeof PAYMENT_OPTION_TYPES)[number]

/**
 * Which address taxes are calculated for.
 * @example
 * ```ts
 * const taxableAddress = { addressType: 'BUSINESS' satisfies TaxableAddressType }
 * ```
 */
export type TaxableAddressType = (typeof TAXABLE_ADDRESS_TYPES)[number]

/**
 * The weight unit Wix asks for.
 * @example
 * ```ts
 * const grams = (weight: number, unit: WeightUnit | undefined) => (unit === 'LB' ? weight * 453.6 : weight * 1000)
 * ```
 */
export type WeightUnit = 'UNSPECIFIED_WEIGHT_UNIT' | 'KG' | 'LB'

/**
 * A value of a Wix enum in the handler's answer: always one of the strings in `T` (validated).
 * Typed loosely on purpose: `@wix/ecom` declares these fields as TypeScript `enum`s, to which no
 * string type is assignable, and the answer must fit `catalog.provideHandlers`.
 * @example
 * ```ts
 * const preset: WixEnum<ItemTypePreset> = catalogItems[0]?.data.itemType.preset // 'PHYSICAL'
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: `any` is the only type a TypeScript enum accepts besides its members
export type WixEnum<T extends string> = T | any

/**
 * A text in the site's default language (`original`) and, optionally, the buyer's (`translated`).
 * @example
 * ```ts
 * const productName: TranslatableText = { original: 'Sun hat', translated: 'Chapeau de soleil' }
 * ```
 */
export interface TranslatableText {
  readonly original: string
  readonly translated?: string | null | undefined
}

/**
 * A translatable text whose fields are all optional (description lines, subscription titles).
 * @example
 * ```ts
 * const title: OptionalTranslatableText = { original: 'Monthly' }
 * ```
 */
export interface OptionalTranslatableText {
  readonly original?: string | null | undefined
  readonly translated?: string | null | undefined
}

/**
 * A description line under the item's name, e.g. `Size: Large`: `plainText` or `colorInfo`, not both.
 * @example
 * ```ts
 * const lines: CatalogItemDescriptionLine[] = [
 *   { name: { original: 'Size' }, plainText: { original: 'Large' } },
 *   { name: { original: 'Color' }, colorInfo: { original: 'Green', code: '#00FF00' } },
 * ]
 * ```
 */
export type CatalogItemDescriptionLine =
  | {
      readonly name?: OptionalTranslatableText | null | undefined
      readonly plainText: OptionalTranslatableText
      readonly colorInfo?: null | undefined
    }
  | {
      readonly name?: OptionalTranslatableText | null | undefined
      readonly colorInfo: OptionalTranslatableText & { readonly code?: string | null | undefined }
      readonly plainText?: null | undefined
    }

/**
 * An image from the Wix Media Manager: the SDK string
 * `wix:image://v1/<id>/<filename>#originWidth=<w>&originHeight=<h>`, or the REST object.
 * @example
 * ```ts
 * const media: CatalogItemMedia = 'wix:image://v1/3258d9_77f1~mv2.png/t-shirt.png#originWidth=720&originHeight=720'
 * const same: CatalogItemMedia = { id: '3258d9_77f1~mv2.png', filename: 't-shirt.png', width: 720, height: 720 }
 * ```
 */
export type CatalogItemMedia =
  | string
  | {
      readonly id: string
      readonly height: number
      readonly width: number
      readonly altText?: string | null | undefined
      readonly filename?: string | null | undefined
    }

/**
 * The item's page: its full URL, or the REST object `{ url, relativePath? }`.
 * @example
 * ```ts
 * const url: CatalogItemUrl = 'https://www.my-store.com/product-page/t-shirt'
 * const same: CatalogItemUrl = { url: 'https://www.my-store.com/', relativePath: '/product-page/t-shirt' }
 * ```
 */
export type CatalogItemUrl = string | { readonly url: string; readonly relativePath?: string | null | undefined }

/**
 * Exactly one of a preset type or a custom one.
 * @example
 * ```ts
 * const physical: CatalogItemType = { preset: 'PHYSICAL' }
 * const donation: CatalogItemType = { custom: 'donation' }
 * ```
 */
export type CatalogItemType =
  | { readonly preset: ItemTypePreset; readonly custom?: null | undefined }
  | { readonly custom: string; readonly preset?: null | undefined }

/**
 * A modifier added to the item (restaurants-style add-ons).
 * @example
 * ```ts
 * const modifier: CatalogItemModifier = { _id: 'extra-cheese', label: { original: 'Extra cheese' }, quantity: 1, price: '1.50' }
 * ```
 */
export interface CatalogItemModifier {
  readonly _id?: string | null | undefined
  readonly id?: string | null | undefined
  readonly quantity?: number | null | undefined
  readonly label?: TranslatableText | null | undefined
  readonly details?: TranslatableText | null | undefined
  /** A decimal string. */
  readonly price?: string | null | undefined
}

/**
 * A group of modifiers added to the item.
 * @example
 * ```ts
 * const group: CatalogItemModifierGroup = {
 *   _id: 'toppings',
 *   name: { original: 'Toppings' },
 *   modifiers: [{ _id: 'extra-cheese', label: { original: 'Extra cheese' }, price: '1.50' }],
 * }
 * ```
 */
export interface CatalogItemModifierGroup {
  readonly _id?: string | null | undefined
  readonly id?: string | null | undefined
  readonly name?: TranslatableText | null | undefined
  readonly modifiers?: readonly CatalogItemModifier[] | null | undefined
}

/**
 * Physical properties of a shippable item.
 * @example
 * ```ts
 * const physicalProperties: CatalogItemPhysicalProperties = { sku: '889809004958', weight: 0.2, shippable: true }
 * ```
 */
export interface CatalogItemPhysicalProperties {
  /** In the `weightUnit` of the request; a finite number ≥ 0. */
  readonly weight?: number | null | undefined
  readonly sku?: string | null | undefined
  readonly shippable?: boolean | null | undefined
}

/**
 * How a subscription renews.
 * @example
 * ```ts
 * const settings: CatalogItemSubscriptionSettings = { frequency: 'MONTH', interval: 1, autoRenewal: true }
 * ```
 */
export interface CatalogItemSubscriptionSettings {
  readonly frequency?: SubscriptionFrequency | null | undefined
  /** A whole number ≥ 1; at least 7 when `frequency` is `DAY`. */
  readonly interval?: number | null | undefined
  readonly autoRenewal?: boolean | null | undefined
  readonly billingCycles?: number | null | undefined
  readonly enableCustomerCancellation?: boolean | null | undefined
  readonly freeTrialPeriod?:
    | { readonly frequency?: SubscriptionFrequency | null | undefined; readonly interval?: number | null | undefined }
    | null
    | undefined
}

/**
 * The subscription the buyer chose, for items sold as subscriptions.
 * @example
 * ```ts
 * const subscriptionOptionInfo: CatalogItemSubscriptionOptionInfo = {
 *   subscriptionSettings: { frequency: 'WEEK', interval: 2, autoRenewal: false, billingCycles: 6 },
 *   title: { original: 'Every two weeks' },
 * }
 * ```
 */
export interface CatalogItemSubscriptionOptionInfo {
  readonly subscriptionSettings?: CatalogItemSubscriptionSettings | null | undefined
  readonly title?: OptionalTranslatableText | null | undefined
  readonly description?: OptionalTranslatableText | null | undefined
}

/**
 * When and for how many people a service is provided.
 * @example
 * ```ts
 * const serviceProperties: CatalogItemServiceProperties = { scheduledDate: '2025-07-01T10:00:00Z', numberOfParticipants: 2 }
 * ```
 */
export interface CatalogItemServiceProperties {
  /** A `Date` or an ISO-8601 string. */
  readonly scheduledDate?: Date | string | null | undefined
  readonly numberOfParticipants?: number | null | undefined
}

/**
 * A policy shown to the buyer at checkout.
 * @example
 * ```ts
 * const policy: CatalogItemPolicy = { title: 'Cancellation', content: 'Free cancellation up to 24 hours before.' }
 * ```
 */
export interface CatalogItemPolicy {
  readonly title?: string | null | undefined
  readonly content?: string | null | undefined
}

/**
 * A fee added to the item's price.
 * @example
 * ```ts
 * const fee: CatalogItemAdditionalFee = { code: 'bottle-deposit', name: 'Bottle deposit', price: '0.25', taxDetails: { taxable: false } }
 * ```
 */
export interface CatalogItemAdditionalFee {
  readonly code?: string | null | undefined
  /** At most 50 characters. */
  readonly name?: string | null | undefined
  /** A decimal string. */
  readonly price?: string | null | undefined
  readonly taxDetails?:
    | { readonly taxable?: boolean | null | undefined; readonly taxGroupId?: string | null | undefined }
    | null
    | undefined
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
  readonly url?: CatalogItemUrl | null | undefined
  /** `{ preset }` (`PHYSICAL`, `DIGITAL`, `GIFT_CARD`, `SERVICE`, `UNRECOGNISED`) or `{ custom }`, not both. */
  readonly itemType: CatalogItemType
  /** The price after catalog discounts, as a decimal string: `"20.00"`. */
  readonly price: string
  /** The price before catalog discounts, as a decimal string. Default: `price`. */
  readonly fullPrice?: string | null | undefined
  /** The tax group of the item (Tax Groups service plugin). */
  readonly taxGroupId?: string | null | undefined
  /** Lines under the name in the cart, checkout and order, e.g. `Size: Large`. */
  readonly descriptionLines?: readonly CatalogItemDescriptionLine[] | null | undefined
  /** The line item's image, from the Wix Media Manager. */
  readonly media?: CatalogItemMedia | null | undefined
  /** Only when your catalog manages inventory: a whole number ≥ 0. */
  readonly quantityAvailable?: number | null | undefined
  /** Only for physical items: SKU, weight, shippable. */
  readonly physicalProperties?: CatalogItemPhysicalProperties | null | undefined
  /** For an item bought as a subscription. */
  readonly subscriptionOptionInfo?: CatalogItemSubscriptionOptionInfo | null | undefined
  /** How the item is paid for. Default `FULL_PAYMENT_ONLINE`. */
  readonly paymentOption?: PaymentOptionType | null | undefined
  /** For services: when, and for how many people. */
  readonly serviceProperties?: CatalogItemServiceProperties | null | undefined
  /** Another id of the item, e.g. for membership validation. Default: `catalogReference.catalogItemId`. */
  readonly rootCatalogItemId?: string | null | undefined
  /** A note next to the price, e.g. `"Starts at $67"` when `price` is `"0"`. */
  readonly priceDescription?: TranslatableText | null | undefined
  /** A decimal string, with `paymentOption: 'DEPOSIT_ONLINE'`. */
  readonly depositAmount?: string | null | undefined
  /** The delivery profile of the item. */
  readonly deliveryProfileId?: string | null | undefined
  /** A payment policy the buyer must agree to at checkout. */
  readonly consentRequiredPaymentPolicy?: string | null | undefined
  /** The price is set after the order is created. Default `false`. */
  readonly priceUndetermined?: boolean | null | undefined
  /** The buyer cannot change the quantity. Default `false`. */
  readonly fixedQuantity?: boolean | null | undefined
  /** Save the payment method on the order. Default `false`. */
  readonly savePaymentMethod?: boolean | null | undefined
  /** Which address taxes are calculated for. */
  readonly taxableAddress?: { readonly addressType?: TaxableAddressType | null | undefined } | null | undefined
  /** Policies shown to the buyer at checkout. */
  readonly policies?: readonly CatalogItemPolicy[] | null | undefined
  /** Fees added to the item's price. */
  readonly additionalFees?: readonly CatalogItemAdditionalFee[] | null | undefined
  /** Only site members can buy the item. Default `false`. */
  readonly membersOnly?: boolean | null | undefined
  /** Add-ons chosen with the item. */
  readonly modifierGroups?: readonly CatalogItemModifierGroup[] | null | undefined
}

/**
 * A translatable text in the handler's answer.
 * @example
 * ```ts
 * const name: ValidTranslatableText | undefined = catalogItems[0]?.data.descriptionLines?.[0]?.name
 * ```
 */
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
