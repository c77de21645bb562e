/*
 * Just enough of Velo's own modules for the Velo examples (examples/velo/*.js) to type-check outside
 * the Wix editor. In a Velo site these modules exist already: do not copy this file.
 */
declare module 'wix-web-module' {
  export const Permissions: { readonly Anyone: 'Anyone'; readonly SiteMember: 'SiteMember'; readonly Admin: 'Admin' }
  export function webMethod<F extends (...args: never[]) => unknown>(
    permission: 'Anyone' | 'SiteMember' | 'Admin',
    fn: F,
  ): F
}

declare module 'wix-ecom-backend' {
  interface VeloCatalogReference {
    catalogItemId: string
    appId: string
    options?: Record<string, unknown>
  }
  interface VeloLineItem {
    _id?: string
    quantity?: number
    catalogReference?: VeloCatalogReference
    availability?: { status?: string; quantityAvailable?: number }
  }
  interface VeloCart {
    _id?: string
    checkoutId?: string
    lineItems?: VeloLineItem[]
  }
  export const currentCart: {
    addToCurrentCart(options: { lineItems?: VeloLineItem[]; customLineItems?: object[] }): Promise<{ cart?: VeloCart }>
    getCurrentCart(): Promise<VeloCart>
  }
}

declare module 'wix-stores.v2' {
  export const products: {
    /** Catalog V1: the product with its options, custom text fields and variants. */
    getProduct(_id: string): Promise<{ product?: import('wix-catalog-reference').V1Product }>
  }
}
