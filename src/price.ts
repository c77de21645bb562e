import { prepare, quantityOf, resolvePrepared } from './engine/pipeline.js'
import { livePriceReading } from './engine/variants.js'
import { emptyPreview, type PricePreview, priceRequestOf, safePricePreview } from './engine/price/preview.js'
import { pushIssue, unreadableIssue } from './internal/issues.js'
import type { BuildIssue } from './issues.js'
import type { CatalogProduct } from './product.js'
import type { BuildOptions, Selection } from './selection.js'

/**
 * What the buyer will pay for the current selection, before the add: the unit price (the variant,
 * plus the chosen modifiers' added prices, with the subscription price or discount), the compare-at
 * price where higher, the total for the quantity, and while the selection is incomplete the range
 * still possible ("from $14.00"). Exact decimal arithmetic: amounts are decimal strings at the
 * currency's scale, rounded half up per unit, then multiplied by the quantity. Never throws: what
 * blocks a build, and `missing_price` for price fields that cannot be read, are in `issues`.
 * Works for V1 and V3; Wix's cart stays the authority.
 * @param product A V1 or V3 product as Wix returns it.
 * @param selection What the buyer chose so far (as for the builders; `quantity` multiplies the total).
 * @param options `availability: 'enforce'` (default) prices only available variants while any is left.
 * @example
 * ```ts
 * const preview = getPricePreview(product, { options: { Size: '250 g' }, quantity: 2 })
 * const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: preview.currency ?? 'USD' })
 * const { min, max } = preview.totalPrice
 * label.textContent = min === max ? money.format(Number(min)) : `from ${money.format(Number(min))}`
 * ```
 * @see https://dev.wix.com/docs/sdk/backend-modules/stores/catalog-v3/products-v3/introduction
 */
export function getPricePreview(product: CatalogProduct, selection?: Selection, options?: BuildOptions): PricePreview {
  const issues: BuildIssue[] = []
  let quantity = 1
  try {
    const prepared = prepare(product, selection, options, livePriceReading)
    const resolved = resolvePrepared(prepared)
    quantity = quantityOf(prepared)
    issues.push(...prepared.issues)
    const { model } = prepared
    if (model !== undefined) {
      return safePricePreview(
        priceRequestOf(model, resolved, prepared.options.enforce, quantity, livePriceReading),
        issues,
      )
    }
  } catch {
    pushIssue(issues, unreadableIssue('invalid_product', ['product'], 'product'))
  }
  return emptyPreview(quantity, issues)
}

export type { Amount, PriceRange, PricePreview } from './engine/price/preview.js'
