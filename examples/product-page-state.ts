/**
 * A product page's state from its URL (docs/product-page.md): the selection read from the query, the
 * picker state with what it cannot know (`issues`), a shareable link, and the reference once the
 * selection is complete — `result.data` / `result.error?.issues` read without narrowing.
 */
import {
  getChoiceStates,
  safeBuildCatalogReference,
  selectionFromSearchParams,
  selectionToSearchParams,
  type CatalogProduct,
  type ChoiceStates,
  type StoresCatalogReference,
} from 'wix-catalog-reference'

export interface ProductPageState {
  readonly states: ChoiceStates
  /** Why the picker may be incomplete, e.g. `missing_variants` for a queryProducts result. */
  readonly notes: readonly string[]
  /** The query that restores this selection. */
  readonly link: string
  readonly reference: StoresCatalogReference | undefined
  readonly problems: readonly string[]
}

export function productPage(product: CatalogProduct, url: string): ProductPageState {
  const selection = selectionFromSearchParams(product, new URL(url).searchParams)
  const states = getChoiceStates(product, selection)
  const result = safeBuildCatalogReference(product, selection)
  return {
    states,
    notes: states.issues.map((issue) => `${issue.code}: ${issue.message}`),
    link: `?${selectionToSearchParams(product, selection)}`,
    reference: result.data,
    problems: result.error?.issues.map((issue) => issue.code) ?? [],
  }
}
