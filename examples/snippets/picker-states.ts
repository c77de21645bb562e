/**
 * docs/product-page.md, "Picker state". Quoted whole (pasted alone into a new file, it compiles) and
 * run by test/docs/snippets.test.ts on the Wix docs' Coffee product.
 */
// #region picker-states
import { getChoiceStates, type CatalogProduct, type ChoiceStates } from 'wix-catalog-reference'

/** What the picker draws once the buyer chose Size S (the Wix docs' Coffee: Size and Box color). */
export function pickerWithSizeS(product: CatalogProduct): ChoiceStates {
  const states = getChoiceStates(product, { options: { Size: 'S' } })
  // states.options: [{ id, key?, name, selectedChoiceId?, choices: [{ id, key?, name, selected, exists, available, preorder }] }]
  // states.variantId: once the selection names a choice of every option
  return states
}
// #endregion picker-states
