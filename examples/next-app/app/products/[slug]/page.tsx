import { createClient, OAuthStrategy } from '@wix/sdk'
import { productsV3 } from '@wix/stores'
import { ProductDetails } from '../../../lib/product-details'
import { addToCart } from './actions'
import { AddButton } from './add-button'

/** Products are the same for every visitor: one client reads them (the cart, in ./actions, is the visitor's). */
const wix = createClient({
  modules: { productsV3 },
  auth: OAuthStrategy({ clientId: process.env['WIX_CLIENT_ID'] ?? '' }),
})

/** Next.js 15/16 page props: both are promises. */
interface PageProps {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** /products/[slug]: the product by its slug, drawn for the URL's selection, with the add form bound to it. */
export default async function ProductPage({ params, searchParams }: PageProps) {
  const { slug } = await params
  const { product } = await wix.productsV3.getProductBySlug(slug) // with variantsInfo, unlike queryProducts
  if (product === undefined) return <p>This product does not exist.</p>
  return (
    <ProductDetails
      product={product}
      searchParams={await searchParams}
      addForm={(selection, fields) => <AddButton action={addToCart.bind(null, slug, selection)} fields={fields} />}
    />
  )
}
