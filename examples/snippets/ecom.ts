/**
 * The short code blocks of docs/ecom.md, type-checked against the real @wix/sdk and @wix/ecom types
 * (the error messages they quote are checked against the code by test/ecom/docs.test.ts). Type-checked
 * only, never imported: the top-level call of the first region would send a request.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cart, checkout, currentCart, currentCartV2 } from '@wix/ecom'
import { createClient, OAuthStrategy } from '@wix/sdk'
import { buildLineItem, type CatalogProduct } from 'wix-catalog-reference'
import type { CartItem } from 'wix-catalog-reference/ecom'

const read = (name: string): CatalogProduct =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url)), 'utf8'),
  ) as CatalogProduct
const coffee = read('coffee-docs.rest.json')
const tshirt = read('tshirt-managed.sdk.json')
const candle = read('candle-unmanaged.sdk.json')
const product = coffee
const client = createClient({
  modules: { currentCart, cart, checkout, currentCartV2 },
  auth: OAuthStrategy({ clientId: '<your headless client id>' }),
})
const bookingReference = { catalogItemId: 'a3f1b0c2-booking', appId: '13d21c63-b5ec-5912-8397-c3a5ddb27a97' }
const coffeeItem: CartItem = { product: coffee, selection: { options: { Size: 'L', 'Box color': 'Blue' } } }
const tshirtItem: CartItem = {
  product: tshirt,
  selection: { options: { Size: 'M', Color: 'Black' }, modifiers: { 'Name to print on the back': 'ALEX' } },
}
declare function startNewCart(): Promise<void>
declare function showOffline(): void

// #region ecom-import
import {
  addToCurrentCart,
  addToCart,
  createCart,
  createCheckout,
  addToCheckout,
  isCatalogReferenceError,
  isLineItemsNotAddedError,
  isWixRequestError,
} from 'wix-catalog-reference/ecom'

const { cart: current } = await addToCurrentCart(client.currentCartV2, [
  { product, selection: { options: { Size: 'L', 'Box color': 'Blue' }, quantity: 2 } },
])
// #endregion ecom-import

/** Each call of the guide, in a function so that importing this file sends nothing. */
export async function calls(cartId: string, checkoutId: string, items: readonly CartItem[]): Promise<unknown[]> {
  // #region ecom-items
  await addToCart(client.cart, cartId, [
    {
      product: tshirt,
      selection: { options: { Size: 'M', Color: 'Black' }, modifiers: { 'Name to print on the back': 'ALEX' } },
    },
    buildLineItem(candle, { options: { Scent: 'Vanilla', 'Jar color': 'Amber' }, quantity: 2 }),
    { catalogReference: bookingReference, quantity: 1 },
  ])
  // #endregion ecom-items
  // #region ecom-options
  const checkout = await createCheckout(client.checkout, items, { channelType: 'WEB', couponCode: 'SUMMERSALE10' })
  const cart = await createCart(client.cart, items, { couponCode: 'SUMMERSALE10', verify: false })
  // #endregion ecom-options
  return [current, checkout, cart, await addToCheckout(client.checkout, checkoutId, items)]
}

export async function invalidItems(): Promise<void> {
  try {
    // #region catalog-reference-error
    await addToCurrentCart(client.currentCart, [
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
    // #endregion catalog-reference-error
  } catch (error) {
    if (!isCatalogReferenceError(error)) throw error
  }
}

// #region line-items-not-added
export async function addBoth(): Promise<void> {
  try {
    await addToCurrentCart(client.currentCart, [coffeeItem, tshirtItem])
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

// #region wix-request-error
export async function addOrRecover(cartId: string, items: readonly CartItem[]): Promise<void> {
  try {
    await addToCart(client.cart, cartId, items)
  } catch (error) {
    if (isWixRequestError(error) && error.status === 404) return startNewCart()
    if (isWixRequestError(error) && error.code === 'NETWORK_ERROR') return showOffline() // read the cart before retrying
    throw error
  }
}
// #endregion wix-request-error
