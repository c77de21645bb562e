/**
 * Custom catalogs: for apps that are their own catalog and implement the Wix eCommerce Catalog
 * service plugin (`@wix/ecom/service-plugins`). Build the `catalogReference` of your items, and
 * answer Wix's Get Catalog Items calls with validated data.
 * @see https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/catalogs/catalog-service-plugin/introduction
 * @packageDocumentation
 */
export {
  buildCustomCatalogReference,
  safeBuildCustomCatalogReference,
  type CatalogReference,
  type CustomCatalogReferenceInput,
} from './custom-reference.js'
export {
  createCatalogItemsHandler,
  type CatalogItem,
  type CatalogItemRequest,
  type CatalogItemsContext,
  type CatalogItemsHandler,
  type CatalogItemsPayload,
  type CatalogItemsPayloadEntry,
  type CatalogItemsResolver,
  type CatalogItemsResponse,
  type CatalogPluginIdentity,
  type CatalogPluginMetadata,
  type ReceivedCatalogReference,
} from './catalog-items-handler.js'
export type {
  CatalogItemAdditionalFee,
  CatalogItemData,
  CatalogItemDescriptionLine,
  CatalogItemMedia,
  CatalogItemModifier,
  CatalogItemModifierGroup,
  CatalogItemPhysicalProperties,
  CatalogItemPolicy,
  CatalogItemServiceProperties,
  CatalogItemSubscriptionOptionInfo,
  CatalogItemSubscriptionSettings,
  CatalogItemType,
  CatalogItemUrl,
  ItemTypePreset,
  OptionalTranslatableText,
  PaymentOptionType,
  SubscriptionFrequency,
  TaxableAddressType,
  TranslatableText,
  ValidCatalogItemData,
  ValidTranslatableText,
  WeightUnit,
  WixEnum,
} from './item-data.js'
export type { JsonObject, JsonValue } from '../internal/json.js'
export { CatalogReferenceError, isCatalogReferenceError } from '../errors.js'
export type { BuildIssue, BuildIssueCode, IssuePath } from '../issues.js'
export type { BuildResult } from '../result.js'
