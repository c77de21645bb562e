/**
 * docs/ecom.md, "CatalogReferenceError": four items, three of them wrong. Quoted whole: pasted alone
 * into a new file, it compiles; test/ecom/docs.test.ts runs it and checks the error it shows.
 */
// #region catalog-reference-error
import type { CatalogProduct } from 'wix-catalog-reference'
import { addToCurrentCart, type CurrentCartApi } from 'wix-catalog-reference/ecom'

/** Every issue of every item in one CatalogReferenceError, and nothing is sent. */
export async function addFour(
  currentCart: CurrentCartApi,
  coffee: CatalogProduct,
  tshirt: CatalogProduct,
): Promise<void> {
  await addToCurrentCart(currentCart, [
    { product: coffee, selection: { options: { Size: 'L', 'Box color': 'Blue' } } },
    { product: coffee, selection: { options: { Size: 'XL', 'Box color': 'Blue' } } },
    { product: tshirt, selection: { options: { Size: 'M', Color: 'Black' } }, quantity: 0 },
    // @ts-expect-error TypeScript already refuses this item (variantId belongs in options); JavaScript callers get the issues below
    { catalogReference: { catalogItemId: 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca', appId: 'stores', variantId: '…' } },
  ])
  // CatalogReferenceError: 5 issues:
  // - [unknown_choice] 1.options.Size: Option "Size" has no choice "XL". Choices: S, L.
  // - [missing_modifier] 2.modifiers.Name to print on the back: "Name to print on the back" is mandatory: enter 1 to 20 characters.
  // - [invalid_quantity] 2.quantity: The quantity must be a whole number from 1 to 100000; got 0.
  // - [invalid_reference] 3.catalogReference.variantId: catalogReference has no field "variantId": put it in catalogReference.options. Fields: catalogItemId, appId, options.
  // - [invalid_reference] 3.catalogReference.appId: appId "stores" is not an app id (a GUID). Wix Stores products use "215238eb-22a5-4c36-9e7b-e7c08025e04e".
  // error.issues[0]: { code: 'unknown_choice', path: [1, 'options', 'Size'], option: 'Size', received: 'XL', expected: ['S', 'L'], message: '…' }
}
// #endregion catalog-reference-error
