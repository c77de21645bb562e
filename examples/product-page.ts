/**
 * The README's product page: the picker, the price and the add, from one selection read from the URL.
 */
import {
  getChoiceStates,
  getPricePreview,
  safeBuildLineItem,
  selectionFromSearchParams,
  selectionToSearchParams,
  type BuildIssue,
  type BuildOptions,
  type CatalogProduct,
  type ChoiceStates,
  type SearchParamsInput,
  type Selection,
} from 'wix-catalog-reference'

/** What the page renders. */
export interface ProductPageView {
  readonly states: ChoiceStates
  readonly price: string
  readonly wasPrice: string | undefined
  readonly canAdd: boolean
  readonly problems: readonly string[]
  readonly shareUrl: string
}

// #region product-page
/** One render of the product page: every part reads the same selection. */
export function productPage(product: CatalogProduct, query: SearchParamsInput, locale = 'en-US'): ProductPageView {
  const selection: Selection = selectionFromSearchParams(product, query) // the URL is the picker's state
  const states = getChoiceStates(product, selection) // which choices exist / are available
  const preview = getPricePreview(product, selection) // exact decimal strings, never floats
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: preview.currency ?? 'USD' })
  const show = ({ min, max }: { min: string; max: string }): string =>
    min === max ? money.format(Number(min)) : `from ${money.format(Number(min))}` // Number() for display only
  const line = safeBuildLineItem(product, selection) // what "Add to cart" would send
  return {
    states,
    price: show(preview.totalPrice),
    wasPrice: preview.compareAtUnitPrice && show(preview.compareAtUnitPrice),
    canAdd: line.success,
    problems: line.success ? [] : line.error.issues.map((issue) => issue.message),
    shareUrl: `?${selectionToSearchParams(product, selection)}`,
  }
}
// #endregion product-page
