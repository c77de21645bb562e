/**
 * The product page recipe (README, docs/product-page.md), framework-free: one selection, read from the
 * URL plus what the buyer typed, drives the picker (getChoiceStates), the price (getPricePreview,
 * formatted exactly with Intl.NumberFormat), the line to add (safeBuildLineItem) and the URL to keep
 * (selectionToSearchParams). test/core/product-page-example.test.ts runs it on the house blend.
 * Run it: `npx tsx examples/product-page.ts "Size=1+kg&Grind=Espresso&Bag+color=Kraft&subscription=Monthly"`
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  getChoiceStates,
  getPricePreview,
  safeBuildLineItem,
  selectionFromSearchParams,
  selectionToSearchParams,
  type BuildIssue,
  type CatalogProduct,
  type LineItem,
  type SearchParamsInput,
  type Selection,
} from 'wix-catalog-reference'

/** What the page renders. */
export interface ProductPageView {
  /** Per option, its choices with the flags a picker needs. */
  readonly options: readonly {
    readonly name: string
    readonly choices: readonly { readonly name: string; readonly selected: boolean; readonly disabled: boolean }[]
  }[]
  /** "$12.60", "from $12.50", or undefined when the product has no readable price. */
  readonly price: string | undefined
  /** The strike-through price, if any. */
  readonly compareAt: string | undefined
  /** The line to add, once the selection is complete and valid. */
  readonly lineItem: LineItem | undefined
  /** What the buyer still has to do (or what is wrong), for the form. */
  readonly issues: readonly BuildIssue[]
  /** The URL query that restores this selection (options and subscription only: never free text). */
  readonly query: string
}

// #region format-price
import type { PriceRange } from 'wix-catalog-reference'

/** "$12.60" for a single amount, "from $12.50" for a range; undefined when no price could be read. */
export function formatRange(range: PriceRange, currency: string | undefined, locale = 'en-US'): string | undefined {
  if (range.min === '') return undefined
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: currency ?? 'USD' })
  // Intl.NumberFormat formats decimal strings exactly (ES2023; Node 20, current browsers): no float on
  // the way. TypeScript's lib types `format` with numbers only, hence the cast.
  const format = money.format as unknown as (value: string) => string
  const min = format(range.min)
  return range.min === range.max ? min : `from ${min}`
}
// #endregion format-price

// #region product-page
/** One render of the product page: the URL holds the options and subscription, the form the rest. */
export function productPage(
  product: CatalogProduct,
  query: SearchParamsInput,
  typed: Pick<Selection, 'modifiers' | 'quantity'> = {},
): ProductPageView {
  const selection: Selection = { ...selectionFromSearchParams(product, query), ...typed } // one selection for every part
  const states = getChoiceStates(product, selection) // which choices exist / are available
  const preview = getPricePreview(product, selection) // exact decimal strings, never floats
  const line = safeBuildLineItem(product, selection) // what "Add to cart" would send
  return {
    options: states.options.map((option) => ({
      name: option.name,
      choices: option.choices.map((choice) => ({
        name: choice.name,
        selected: choice.selected,
        disabled: !choice.available,
      })),
    })),
    price: formatRange(preview.totalPrice, preview.currency),
    compareAt: preview.compareAtUnitPrice && formatRange(preview.compareAtUnitPrice, preview.currency),
    lineItem: line.data, // hand it to addToCurrentCart (wix-catalog-reference/ecom)
    issues: line.error?.issues ?? preview.issues, // e.g. missing_variants for a queryProducts result
    query: selectionToSearchParams(product, selection).toString(),
  }
}
// #endregion product-page

// Run directly: print the page for the bundled House Blend (V3) product and the query given.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = fileURLToPath(new URL('../test/fixtures/house-blend.rest.json', import.meta.url))
  const product = JSON.parse(readFileSync(file, 'utf8')) as CatalogProduct
  const view = productPage(product, process.argv[2] ?? '', { modifiers: { 'Label text': 'Ann' } })
  console.log(JSON.stringify(view, null, 2))
}
