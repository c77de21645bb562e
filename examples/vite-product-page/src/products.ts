import type { CatalogProduct } from 'wix-catalog-reference'
import houseBlend from './products/house-blend.json'
import tshirt from './products/tshirt.json'

/**
 * The two products the page shows: copies of the repository's samples/ (a Catalog V3 coffee with
 * options, swatches, modifiers and subscriptions; a Catalog V1 t-shirt with a color option and a
 * mandatory custom text field), plus one local picture per color so that the image follows the
 * selection (the samples carry one Wix picture each).
 */
export const PRODUCTS: { readonly 'house-blend': CatalogProduct; readonly tshirt: CatalogProduct } = {
  'house-blend': houseBlend,
  tshirt,
}

export type ProductKey = keyof typeof PRODUCTS

/** The `product` URL parameter, the coffee when absent or unknown. */
export function productKey(search: string): ProductKey {
  return new URLSearchParams(search).get('product') === 'tshirt' ? 'tshirt' : 'house-blend'
}
