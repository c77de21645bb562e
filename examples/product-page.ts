/**
 * The product page recipe (docs/product-page.md), framework-free: one selection, read from the URL plus
 * what the buyer typed, and one getProductView call give the picker (with each choice's link and swatch
 * color), the price and strike price (formatted exactly with Intl.NumberFormat), the picture, the line
 * to add and the URL to keep. test/core/product-page-example.test.ts runs it on the house blend;
 * examples/vite-product-page is the same page in a browser. The region is the whole recipe: pasted alone
 * into a new file, it compiles.
 * Run it: `npx tsx examples/product-page.ts "Size=1+kg&Grind=Espresso&Bag+color=Kraft&subscription=Monthly"`
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

// #region product-page
import {
  getProductView,
  selectionFromSearchParams,
  type BuildIssue,
  type CatalogProduct,
  type LineItem,
  type PriceRange,
  type SearchParamsInput,
  type Selection,
} from 'wix-catalog-reference'

/** One render of the product page: the URL holds the options and subscription, the form the rest. */
export function productPage(
  product: CatalogProduct,
  query: SearchParamsInput,
  typed: Pick<Selection, 'modifiers' | 'quantity'> = {},
): ProductPageView {
  const selection: Selection = { ...selectionFromSearchParams(product, query), ...typed } // one selection for every part
  const view = getProductView(product, selection) // picker, price, media, line item, issues and URL: one call
  const { totalPrice, compareAtTotalPrice, currency } = view.price // exact decimal strings, never floats
  return {
    options: view.options.map((option) => ({
      name: option.name,
      choices: option.choices.map((choice) => ({
        name: choice.name,
        selected: choice.selected,
        disabled: !choice.available, // no available variant with this choice and the other chosen ones
        href: `?${choice.searchParams}`, // this choice picked, the rest kept; never a dead end
        ...(choice.colorCode !== undefined && { swatch: choice.colorCode }),
      })),
    })),
    price: formatRange(totalPrice, currency),
    compareAt: compareAtTotalPrice && formatRange(compareAtTotalPrice, currency),
    image: view.media[0]?.src, // the variant's picture, else the chosen choices' common media, else all
    lineItem: view.lineItem, // hand it to addToCurrentCart (wix-catalog-reference/ecom)
    issues: view.issues, // the builder's: e.g. missing_modifier, or missing_variants for a queryProducts result
    query: view.searchParams,
  }
}

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

/** What the page renders. */
export interface ProductPageView {
  /** Per option, its choices with what a picker needs. */
  readonly options: readonly {
    readonly name: string
    readonly choices: readonly {
      readonly name: string
      readonly selected: boolean
      readonly disabled: boolean
      /** The page URL with this choice picked (from the view: never a dead end). */
      readonly href: string
      /** The swatch color, for color choices. */
      readonly swatch?: string
    }[]
  }[]
  /** "$12.60", "from $12.50", or undefined when the product has no readable price. */
  readonly price: string | undefined
  /** The strike-through price for the same quantity, if any. */
  readonly compareAt: string | undefined
  /** The picture for this selection (a URL, or a `wix:image://` URI for @wix/sdk's media.getImageUrl). */
  readonly image: string | undefined
  /** The line to add, once the selection is complete and valid. */
  readonly lineItem: LineItem | undefined
  /** What the buyer still has to do (or what is wrong), for the form. */
  readonly issues: readonly BuildIssue[]
  /** The URL query that restores this selection (options and subscription only: never free text). */
  readonly query: string
}
// #endregion product-page

// Run directly: print the page for the bundled House Blend (V3) product and the query given.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = fileURLToPath(new URL('../test/fixtures/house-blend.rest.json', import.meta.url))
  const product = JSON.parse(readFileSync(file, 'utf8')) as CatalogProduct
  const view = productPage(product, process.argv[2] ?? '', { modifiers: { 'Label text': 'Ann' } })
  console.log(JSON.stringify(view, null, 2))
}
