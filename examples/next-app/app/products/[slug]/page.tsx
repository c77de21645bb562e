import { getProductView, type PriceRange, selectionFromSearchParams } from 'wix-catalog-reference'
import { imageSrc, wixClient } from '../../../lib/wix'
import { addToCart } from './actions'
import { AddButton } from './add-button'

/** Next.js 15/16 page props: both are promises. */
interface PageProps {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** "$12.60", or "from $12.50" while the selection leaves a range (exact: Intl formats decimal strings). */
function money(range: PriceRange, currency: string | undefined): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency ?? 'USD' })
    .format as unknown as (value: string) => string
  return range.min === range.max ? format(range.min) : `from ${format(range.min)}`
}

// #region next-page
/** /products/[slug]?Size=L&Box+color=Blue — a server component: the URL is the picker's state. */
export default async function ProductPage({ params, searchParams }: PageProps) {
  const { slug } = await params
  const { product } = await (await wixClient()).productsV3.getProductBySlug(slug)
  if (product === undefined) return <p>This product does not exist.</p>
  const selection = selectionFromSearchParams(product, await searchParams) // Next.js searchParams as they are
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
      <AddButton action={addToCart.bind(null, slug, selection)} fields={view.modifiers} />
    </main>
  )
}
// #endregion next-page
