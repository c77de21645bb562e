/**
 * The short code blocks of docs/building.md, type-checked (test/docs/code-blocks.test.ts checks that each
 * block is quoted verbatim from a region here; test/docs/snippets.test.ts runs them).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  buildCatalogReference,
  safeBuildCatalogReference,
  safeBuildLineItem,
  type BuildOptions,
  type BuildResult,
  type LineItem,
  type CatalogProduct,
  type Selection,
  type StoresCatalogReference,
  type V1Product,
} from 'wix-catalog-reference'

const file = fileURLToPath(new URL('../../test/fixtures/coffee-docs.rest.json', import.meta.url))
/** The Wix docs' Coffee product (Catalog V3). */
export const coffee: CatalogProduct = JSON.parse(readFileSync(file, 'utf8')) as CatalogProduct
/** What V1 SDK `getProduct` / REST Get Product answer: the T-shirt (Catalog V1, managed variants) in its wrapper. */
export const response: { product: V1Product } = {
  product: JSON.parse(
    readFileSync(fileURLToPath(new URL('../../test/fixtures/tshirt-managed.sdk.json', import.meta.url)), 'utf8'),
  ) as V1Product,
}

// #region selection
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
export const line: BuildResult<LineItem> = safeBuildLineItem(coffee, selection, options)
// { success: true, data: { catalogReference: { catalogItemId, appId, options: { variantId, options, customTextFields, subscriptionOptionId } }, quantity: 2 } }
// #endregion selection

// #region throwing
export function referenceOrMessage(product: CatalogProduct, chosen: Selection): string {
  try {
    return JSON.stringify(buildCatalogReference(product, chosen))
  } catch (error) {
    // Always a CatalogReferenceError: error.issues holds every issue, error.message lists them.
    return error instanceof Error ? error.message : String(error)
  }
}
// #endregion throwing

// #region response-wrapper
// V1 SDK getProduct and REST Get Product answer { product }: pass the answer as it is.
export const wrapped: BuildResult<StoresCatalogReference> = safeBuildCatalogReference(response, {
  options: { Size: 'M', Color: 'Black' },
})
export const codes: string[] = wrapped.error?.issues.map((issue) => issue.code) ?? [] // no narrowing needed
// ['missing_modifier']: the T-shirt's "Name to print on the back" is mandatory
// #endregion response-wrapper
