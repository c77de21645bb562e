/**
 * docs/product-page.md, "Price". Quoted whole (pasted alone into a new file, it compiles) and run by
 * test/docs/snippets.test.ts on the bundled House Blend (Catalog V3: three options, modifiers,
 * subscriptions).
 */
// #region price-preview
import { getPricePreview, type CatalogProduct, type PricePreview } from 'wix-catalog-reference'

/** What two bags of House Blend, 1 kg, on the monthly plan cost while the rest is still open. */
export function houseBlendPreview(houseBlend: CatalogProduct): PricePreview {
  const preview = getPricePreview(houseBlend, {
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
  return preview
}
// #endregion price-preview
