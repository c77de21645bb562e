/**
 * docs/ecom.md, "LineItemsNotAddedError": Wix answered 200 without one of the lines. Quoted whole:
 * pasted alone into a new file, it compiles; test/ecom/docs.test.ts runs it and checks what it logs.
 */
// #region line-items-not-added
import {
  addToCurrentCart,
  isLineItemsNotAddedError,
  type CartItem,
  type CurrentCartApi,
} from 'wix-catalog-reference/ecom'

/** Adds a coffee and a T-shirt; when Wix drops a line, logs which one and why (the cart keeps the other). */
export async function addBoth(currentCart: CurrentCartApi, coffee: CartItem, tshirt: CartItem): Promise<void> {
  try {
    await addToCurrentCart(currentCart, [coffee, tshirt])
  } catch (error) {
    if (!isLineItemsNotAddedError(error)) throw error
    console.error(error.message)
    // Wix did not add 1 of 2 line items (currentCart.addToCurrentCart)
    // - items[1] 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d {"variantId":"00000000-0000-0003-0005-92b5d2d4b1a1","customTextFields":{"Name to print on the back":"ALEX"}} is missing from the response (Wix dropped it: check the catalogReference)
    console.error(error.rejected) // [{ index: 1, catalogReference: { catalogItemId: '1a2b3c4d-…', appId: '215238eb-…', options: { … } }, reason: 'missing' }]
    console.error(error.response) // { cart: { _id: '…', lineItems: [ /* the coffee */ ] } }
  }
}
// #endregion line-items-not-added
