export { STORES_APP_ID, BOOKINGS_APP_ID, RESTAURANTS_APP_ID } from './constants.js'
export { buildCatalogReference, safeBuildCatalogReference, buildLineItem, safeBuildLineItem } from './build.js'
export { detectCatalogVersion } from './detect.js'
export { CatalogReferenceError, isCatalogReferenceError } from './errors.js'
export { BUILD_ISSUE_CODES } from './issues.js'
export type { BuildIssue, BuildIssueCode, IssuePath } from './issues.js'
export type { BuildResult } from './result.js'
export type { Selection, BuildOptions } from './selection.js'
export type { StoresCatalogReference, StoresCatalogReferenceOptions, LineItem, CatalogVersion } from './reference.js'
export type {
  CatalogProduct,
  V1Product,
  V1ProductOption,
  V1Choice,
  V1CustomTextField,
  V1Variant,
  V3Product,
  V3Option,
  V3Choice,
  V3Modifier,
  V3Variant,
  V3OptionChoiceIds,
  V3Subscription,
} from './product.js'
export { getChoiceStates } from './states.js'
export type { ChoiceStates, ChoiceState, OptionState } from './states.js'
export { getPricePreview } from './price.js'
export type { Amount, PriceRange, PricePreview } from './price.js'
export { parseCatalogReference } from './parse.js'
export { selectionToSearchParams, selectionFromSearchParams } from './url.js'
export type { SearchParamsInput } from './url.js'
export { getProductView } from './view.js'
export type {
  ProductView,
  OptionView,
  ChoiceView,
  ModifierView,
  ModifierChoiceView,
  SubscriptionsView,
  PlanView,
  VariantView,
  MediaView,
} from './view.js'
export { withReadOnlyVariants } from './read-only-variants.js'
export type { V3ReadOnlyVariant } from './read-only-variants.js'
