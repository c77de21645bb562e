/*
 * A stand-in for `client.currentCart` (@wix/sdk + @wix/ecom, Cart V1), so the page runs without a Wix
 * site. It answers as Wix does through the SDK: `{ cart }` with every line of the visitor's cart, each
 * line echoing the `catalogReference` and `quantity` it was added with (a reference already in the
 * cart adds to that line's quantity), ids as `_id`. `addToCurrentCart` from wix-catalog-reference/ecom
 * checks this answer as it checks Wix's. In a real page, pass `client.currentCart` (or
 * `client.currentCartV2`) instead.
 */
import type { WixCatalogReference, WixLineItem } from 'wix-catalog-reference/ecom'

/** A cart line as the SDK returns it. */
export interface CartLine {
  readonly _id: string
  readonly quantity: number
  readonly catalogReference: WixCatalogReference
  readonly productName: { readonly original: string }
  readonly availability: { readonly status: 'AVAILABLE' }
}

/** What `addToCurrentCart` answers. */
export interface CartResponse {
  readonly cart: { readonly _id: string; readonly lineItems: readonly CartLine[] }
}

export interface FakeCurrentCart {
  addToCurrentCart(request: { lineItems: WixLineItem[] }): Promise<CartResponse>
  /** Every request that reached "Wix", as sent. */
  readonly requests: readonly { readonly lineItems: readonly WixLineItem[] }[]
}

const CART_ID = '5c3d2e1f-0a9b-4c8d-9e7f-6a5b4c3d2e1f'

/** A new, empty cart for this page load; `productName` is what the lines are called in it. */
export function fakeCurrentCart(productName: string): FakeCurrentCart {
  const lines: CartLine[] = []
  const requests: { lineItems: WixLineItem[] }[] = []
  return {
    requests,
    async addToCurrentCart(request) {
      requests.push(structuredClone(request))
      for (const item of request.lineItems) {
        const key = JSON.stringify(item.catalogReference)
        const same = lines.findIndex((line) => JSON.stringify(line.catalogReference) === key)
        const earlier = lines[same]
        if (earlier !== undefined) lines[same] = { ...earlier, quantity: earlier.quantity + item.quantity }
        else
          lines.push({
            _id: `00000000-0000-4000-8000-${String(lines.length + 1).padStart(12, '0')}`,
            quantity: item.quantity,
            catalogReference: structuredClone(item.catalogReference),
            productName: { original: productName },
            availability: { status: 'AVAILABLE' },
          })
      }
      return { cart: { _id: CART_ID, lineItems: structuredClone(lines) } }
    },
  }
}
