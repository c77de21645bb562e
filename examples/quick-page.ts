/**
 * The README's product page in one function, type-checked and run by test/docs/quick-starts.test.ts:
 * one selection, from the URL's query and what the buyer typed, gives the picker, the price, the line
 * to add and the URL to keep. The full recipe, with the formatted price: examples/product-page.ts.
 */
// #region quick-page
import {
  type BuildResult,
  type CatalogProduct,
  type ChoiceStates,
  getChoiceStates,
  getPricePreview,
  type LineItem,
  type PricePreview,
  safeBuildLineItem,
  selectionFromSearchParams,
  selectionToSearchParams,
} from 'wix-catalog-reference'

/** What one render of the product page needs. */
export interface PageState {
  readonly picker: ChoiceStates // per option, which choices exist, are available, are pre-order only
  readonly price: PricePreview // exact decimal strings; a range until the selection is complete
  readonly line: BuildResult<LineItem> // what "Add to cart" sends, or every issue at once
  readonly query: string // the URL query that restores the options and subscription (never free text)
}

export function pageState(
  product: CatalogProduct,
  query: string, // e.g. '?Size=L&Box+color=Blue&subscription=Monthly'
  typed: { modifiers?: Record<string, string>; quantity?: number } = {}, // what the buyer typed in the form
): PageState {
  const selection = { ...selectionFromSearchParams(product, query), ...typed } // one selection for every part
  return {
    picker: getChoiceStates(product, selection),
    price: getPricePreview(product, selection),
    line: safeBuildLineItem(product, selection),
    query: selectionToSearchParams(product, selection).toString(),
  }
}
// #endregion quick-page
