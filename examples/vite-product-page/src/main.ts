/*
 * A product page from `getProductView` alone, the same code for Catalog V1 and V3. The URL holds the
 * options and the plan (`?product=house-blend&Size=1+kg&subscription=Monthly`): every click pushes the
 * query the view links to, and back/forward read it again. What the buyer types (modifiers, text,
 * quantity) stays on the page. "Add to cart" goes through `addToCurrentCart` from
 * wix-catalog-reference/ecom, which builds and checks the line first and verifies Wix's answer.
 */
import {
  getProductView,
  type Selection,
  selectionFromSearchParams,
  selectionToSearchParams,
} from 'wix-catalog-reference'
import { addToCurrentCart, isCatalogReferenceError, isLineItemsNotAddedError } from 'wix-catalog-reference/ecom'
import { fakeCurrentCart } from './fake-cart'
import { mountPage } from './page'
import { PRODUCTS, productKey } from './products'

const key = productKey(location.search)
const product = PRODUCTS[key]

/** What the buyer typed or picked that never goes in the URL (it may be personal). */
const typed: { modifiers: Record<string, string>; quantity: number } = { modifiers: {}, quantity: 1 }

/** The one selection every part of the page reads: options and plan from the URL, the rest typed. */
function selection(): Selection {
  return {
    ...selectionFromSearchParams(product, location.search),
    modifiers: { ...typed.modifiers },
    quantity: typed.quantity,
  }
}

/** The page URL for a selection's query, with the product kept. */
function urlOf(searchParams: string): string {
  return `?product=${key}${searchParams === '' ? '' : `&${searchParams}`}`
}

const view = getProductView(product, selection())
history.replaceState(null, '', urlOf(view.searchParams)) // the canonical query for what the URL named
document.querySelectorAll('nav a').forEach((link) => {
  if (link.getAttribute('href') === `?product=${key}`) link.setAttribute('aria-current', 'page')
})

const cart = fakeCurrentCart(view.name ?? 'Product')
let cartLines: readonly unknown[] = []
const app = document.getElementById('app')
if (app === null) throw new Error('index.html has no #app')

const page = mountPage(app, view, {
  navigate(searchParams) {
    history.pushState(null, '', urlOf(searchParams))
    render()
  },
  plan(planId) {
    // Plans carry no link of their own in the view: the URL helper writes the query with this plan.
    const query = selectionToSearchParams(product, { ...selection(), subscriptionOptionId: planId ?? null })
    history.pushState(null, '', urlOf(query.toString()))
    render()
  },
  modifier(name, value) {
    if (value === undefined) delete typed.modifiers[name]
    else typed.modifiers[name] = value
    render()
  },
  quantity(value) {
    typed.quantity = value
    render()
  },
  add,
})

function render(): void {
  page.status('')
  page.update(getProductView(product, selection()))
}

async function add(): Promise<void> {
  page.problems([])
  page.status('')
  page.pending(true)
  try {
    const { cart: wixCart } = await addToCurrentCart(cart, [{ product, selection: selection() }])
    const added = getProductView(product, selection())
    const chosen = added.options.flatMap((option) => option.choices.filter((c) => c.selected).map((c) => c.name))
    page.status(`Added to cart: ${[added.name, ...chosen].join(', ')} × ${typed.quantity}.`)
    cartLines = wixCart.lineItems
  } catch (error) {
    // The builder's messages: nothing was sent. ('"Label text" is mandatory: enter 1 to 30 characters.')
    if (isCatalogReferenceError(error)) page.problems(error.issues.map((issue) => issue.message))
    else if (isLineItemsNotAddedError(error)) page.problems(['Wix did not add this item: please choose again.'])
    else throw error
  } finally {
    page.pending(false)
    page.cart(cartLines, cart.requests.length)
  }
}

window.addEventListener('popstate', render)
