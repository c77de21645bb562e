/**
 * docs/product-page.md, "Editing a cart line". Quoted whole (pasted alone into a new file, it
 * compiles) and run by test/docs/snippets.test.ts on the Wix docs' Coffee product.
 */
// #region edit-line
import {
  getChoiceStates,
  parseCatalogReference,
  type BuildIssue,
  type CatalogProduct,
  type ChoiceStates,
  type Selection,
  type StoresCatalogReference,
} from 'wix-catalog-reference'

/** A cart line's reference back into the picker's selection, to edit the line. */
export function editLine(
  product: CatalogProduct,
  reference: StoresCatalogReference,
): { selection: Selection; states: ChoiceStates } | { issues: readonly BuildIssue[] } {
  const parsed = parseCatalogReference(product, reference)
  if (!parsed.success) return { issues: parsed.error.issues } // another product, an unknown variant, …
  return { selection: parsed.data, states: getChoiceStates(product, parsed.data) }
}
// #endregion edit-line
