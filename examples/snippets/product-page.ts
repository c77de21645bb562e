/**
 * The short code blocks of docs/product-page.md, type-checked and run (test/docs/snippets.test.ts).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  getChoiceStates,
  getPricePreview,
  parseCatalogReference,
  selectionFromSearchParams,
  selectionToSearchParams,
  type BuildIssue,
  type CatalogProduct,
  type ChoiceStates,
  type PricePreview,
  type Selection,
  type StoresCatalogReference,
} from 'wix-catalog-reference'

const read = (name: string): CatalogProduct =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url)), 'utf8'),
  ) as CatalogProduct
/** The Wix docs' Coffee product (Catalog V3). */
export const product: CatalogProduct = read('coffee-docs.rest.json')
/** The bundled House Blend (Catalog V3: three options, modifiers, subscriptions). */
export const houseBlend: CatalogProduct = read('house-blend.rest.json')

// #region picker-states
export const states: ChoiceStates = getChoiceStates(product, { options: { Size: 'S' } })
// states.options: [{ id, key?, name, selectedChoiceId?, choices: [{ id, key?, name, selected, exists, available, preorder }] }]
// states.variantId: once the selection names a choice of every option
// #endregion picker-states

// #region url-state
export const query: URLSearchParams = selectionToSearchParams(product, {
  options: { Size: 'L', 'Box color': 'Blue' },
  subscriptionOptionId: 'Monthly Subscription',
})
// query.toString() === 'Size=L&Box+color=Blue&subscription=Monthly+Subscription'
export const fromUrl: Selection = selectionFromSearchParams(product, '?Size=L&Box+color=Blue&utm_source=x')
// { options: { Size: 'L', 'Box color': 'Blue' } }
// #endregion url-state

// #region edit-line
/** A cart line's reference back into the picker's selection, to edit the line. */
export function editLine(
  reference: StoresCatalogReference,
): { selection: Selection; states: ChoiceStates } | { issues: readonly BuildIssue[] } {
  const parsed = parseCatalogReference(product, reference)
  if (!parsed.success) return { issues: parsed.error.issues } // another product, an unknown variant, …
  return { selection: parsed.data, states: getChoiceStates(product, parsed.data) }
}
// #endregion edit-line

// #region price-preview
export const preview: PricePreview = getPricePreview(houseBlend, {
  options: { Size: '1 kg' },
  subscriptionOptionId: 'Monthly',
  quantity: 2,
})
// {
//   complete: false,                      // Grind, Bag color and the mandatory Label text are still open
//   currency: 'USD',
//   quantity: 2,
//   unitPrice: { min: '37.80', max: '37.80' },
//   compareAtUnitPrice: { min: '48.00', max: '48.00' },
//   totalPrice: { min: '75.60', max: '75.60' },
//   issues: [ { code: 'missing_option', path: ['options', 'Grind'], … }, … ],
// }
// #endregion price-preview
