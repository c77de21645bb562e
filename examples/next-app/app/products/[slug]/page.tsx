import {
  getChoiceStates,
  getPricePreview,
  safeBuildLineItem,
  selectionFromSearchParams,
  selectionToSearchParams,
} from 'wix-catalog-reference'
import { wixClient } from '../../../lib/wix'
import { addToCart } from './actions'
import { AddButton } from './add-button'

/** Next.js 15/16 page props: both are promises. */
interface PageProps {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// #region next-page
/** /products/[slug]?Size=L&Box+color=Blue — a server component: the URL is the picker's state. */
export default async function ProductPage({ params, searchParams }: PageProps) {
  const { slug } = await params
  const { product } = await (await wixClient()).productsV3.getProductBySlug(slug)
  if (product === undefined) return <p>This product does not exist.</p>
  const selection = selectionFromSearchParams(product, await searchParams) // Next.js searchParams as they are
  const states = getChoiceStates(product, selection)
  const { totalPrice, currency } = getPricePreview(product, selection) // exact decimal strings; a range until complete
  const line = safeBuildLineItem(product, selection) // can the buyer add it as chosen?
  return (
    <main>
      <h1>{product.name}</h1>
      {totalPrice.min !== '' && (
        <p>
          {totalPrice.min === totalPrice.max ? '' : 'from '}
          {totalPrice.min} {currency}
        </p>
      )}
      {states.options.map((option) => (
        <fieldset key={option.id}>
          <legend>{option.name}</legend>
          {option.choices.map((choice) => {
            const next = { ...selection, options: { ...selection.options, [option.name]: choice.name } }
            return choice.exists ? (
              <a
                key={choice.id}
                href={`?${selectionToSearchParams(product, next)}`}
                aria-current={choice.selected}
                aria-disabled={!choice.available}
              >
                {choice.name}
                {choice.preorder && ' (pre-order)'}
              </a>
            ) : null
          })}
        </fieldset>
      ))}
      <AddButton action={addToCart.bind(null, slug, selection)} disabled={!line.success} />
    </main>
  )
}
// #endregion next-page
