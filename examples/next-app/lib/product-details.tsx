/*
 * The product page's server-rendered part (docs/product-page.md, "Next.js App Router"): the page
 * (app/products/[slug]/page.tsx) fetches the product and renders this with its add form. Quoted whole:
 * pasted alone into a new file, it compiles.
 */
// #region next-page
import { media } from '@wix/sdk'
import type { ReactNode } from 'react'
import {
  getProductView,
  selectionFromSearchParams,
  type CatalogProduct,
  type ModifierView,
  type PriceRange,
  type Selection,
} from 'wix-catalog-reference'

/**
 * /products/[slug]?Size=L&Box+color=Blue in a server component: the URL is the picker's state. `addForm`
 * draws the form that adds the selection, with a field per modifier.
 */
export function ProductDetails({
  product,
  searchParams,
  addForm,
}: {
  product: CatalogProduct
  searchParams: Record<string, string | string[] | undefined> // the page's searchParams, awaited
  addForm: (selection: Selection, fields: readonly ModifierView[]) => ReactNode
}) {
  const selection = selectionFromSearchParams(product, searchParams) // Next.js searchParams as they are
  const view = getProductView(product, selection) // picker, price, media, links and the line: one call
  const { totalPrice, compareAtTotalPrice, currency } = view.price // exact decimal strings; a range until complete
  const picture = view.media[0] // the variant's, else the chosen choices' common media, else all
  return (
    <main>
      <h1>{view.name}</h1>
      {picture && <img src={imageSrc(picture.src)} alt={picture.altText ?? view.name ?? ''} />}
      {totalPrice.min !== '' && (
        <p>
          {money(totalPrice, currency)} {compareAtTotalPrice && <s>{money(compareAtTotalPrice, currency)}</s>}
        </p>
      )}
      {view.options.map((option) => (
        <fieldset key={option.id}>
          <legend>{option.name}</legend>
          {option.choices.map((choice) =>
            choice.exists ? (
              <a
                key={choice.id}
                href={`?${choice.searchParams}`} // this choice picked, the rest kept: never a dead end
                aria-current={choice.selected}
                aria-disabled={!choice.available}
                style={choice.colorCode ? { borderLeft: `1em solid ${choice.colorCode}` } : undefined}
              >
                {choice.name}
                {choice.preorder && ' (pre-order)'}
              </a>
            ) : null,
          )}
        </fieldset>
      ))}
      {addForm(selection, view.modifiers)}
    </main>
  )
}

/** "$12.60", or "from $12.50" while the selection leaves a range (exact: Intl formats decimal strings). */
function money(range: PriceRange, currency: string | undefined): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency ?? 'USD' })
    .format as unknown as (value: string) => string
  return range.min === range.max ? format(range.min) : `from ${format(range.min)}`
}

/** A media `src` from the view as an <img> URL: the SDK's `wix:image://` URIs through `media.getImageUrl`. */
function imageSrc(src: string): string {
  return src.startsWith('wix:image://') ? media.getImageUrl(src).url : src
}
// #endregion next-page
