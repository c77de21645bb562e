/**
 * docs/building.md: every field of a selection and of the build options. Type-checked, quoted whole,
 * and run by test/docs/snippets.test.ts.
 */
// #region selection
import {
  type BuildOptions,
  type BuildResult,
  type CatalogProduct,
  type LineItem,
  safeBuildLineItem,
  type Selection,
} from 'wix-catalog-reference'

export function coffeeLine(coffee: CatalogProduct): BuildResult<LineItem> {
  const selection: Selection = {
    // option → choice. V3: option id | key | name → choice id | key | name.
    // V1: option name → choice description | value (the hex value of a color).
    options: { Size: 'L', 'Box color': 'Blue' },
    // variantId: '…',  // instead of, or together with, options (they must agree)
    // V3: modifier id | key | name (FREE_TEXT also freeTextSettings.key | title) → choice id | key | name, or the text.
    // V1: custom text field title → text.
    modifiers: { Engraving: 'For my best friend! :)', 'Remove price tag': 'yes' },
    subscriptionOptionId: 'Monthly Subscription', // subscription id or title; null or absent = one-time purchase
    quantity: 2, // line items only: an integer from 1 to 100000
  }
  const options: BuildOptions = {
    catalogVersion: 'V3', // skip detection ('V1' | 'V3')
    availability: 'enforce', // the default; 'ignore' skips hidden / out-of-stock issues
    modifierChoiceValue: 'key', // the default; 'name' writes the modifier choice's name
  }
  return safeBuildLineItem(coffee, selection, options)
}
// For the Coffee: { success: true, data: { catalogReference: { catalogItemId, appId, options: { variantId, options,
// customTextFields, subscriptionOptionId } }, quantity: 2 } }
// #endregion selection
