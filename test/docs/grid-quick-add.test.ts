/*
 * examples/grid-quick-add.ts (the grid "quick add" recipe of docs/product-page.md) run with the real
 * @wix/sdk client against an HTTP stand-in for Wix: queryProducts answers products without
 * variantsInfo and with REST media (which the SDK turns into wix:image:// URIs), queryVariants answers
 * the variants over two cursor pages, and the cart echoes what it was sent.
 */
import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { gridPage, quickAdd } from '../../examples/grid-quick-add.js'
import { type CatalogProduct, getProductView, isCatalogReferenceError, safeBuildLineItem } from '../../src/index.js'
import { answer, apiRequests, echoCartV2, json, requests, server } from '../ecom/wix-server.js'

type Loose = Record<string, any>

const sample = (name: string): Loose =>
  JSON.parse(readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8')) as Loose
const HOUSE_BLEND = sample('house-blend.json')
const COFFEE = sample('coffee.json')

/** A REST media item as Wix sends it (`image` is an Image object; the SDK makes it a wix:image:// URI). */
const restMedia = (id: string) => ({
  id,
  mediaType: 'IMAGE',
  image: { id, url: `https://static.wixstatic.com/media/${id}`, width: 1000, height: 1000, filename: 'bag.jpg' },
})

/** What queryProducts answers: the product without variantsInfo. */
function queried(product: Loose): Loose {
  const { variantsInfo: _, ...rest } = product
  return { ...rest, media: { main: restMedia('11062b_coffee_bag~mv2.jpg') } }
}

/** The product's variants as the Read-Only Variants API answers them. */
function readOnly(product: Loose): Loose[] {
  return (product['variantsInfo'].variants as Loose[]).map((variant) => {
    const { id, choices, optionChoiceIds, ...rest } = variant
    const pairs: Loose[] = choices ?? (optionChoiceIds as Loose[]).map((ids) => ({ optionChoiceIds: ids }))
    return { ...rest, variantId: id, optionChoices: pairs, productData: { productId: product['id'] } }
  })
}

const VARIANTS = [...readOnly(HOUSE_BLEND), ...readOnly(COFFEE)] // 8 + 4

/** queryVariants over two pages of 10 (the recipe asks for 100: paging is Wix's to choose). */
function answerVariants(pages: 1 | 2): void {
  answer('POST', '/stores/v3/products/query-variants', (body) => {
    const cursor = (body as Loose)['query']?.cursorPaging?.cursor
    const items = cursor === 'page-2' ? VARIANTS.slice(10) : VARIANTS.slice(0, 10)
    const hasNext = cursor !== 'page-2' && pages === 2
    return json({
      variants: items,
      pagingMetadata: { count: items.length, cursors: hasNext ? { next: 'page-2' } : {}, hasNext },
    })
  })
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
})
afterAll(() => server.close())

describe('examples/grid-quick-add.ts', () => {
  it('combines each queried product with its variants from every page: the card is the full product view', async () => {
    answer('GET', '/stores/v3/products/query', () =>
      json({
        products: [queried(HOUSE_BLEND), queried(COFFEE)],
        pagingMetadata: { count: 2, cursors: {}, hasNext: false },
      }),
    )
    answerVariants(2)
    const cards = await gridPage()

    const variantCalls = apiRequests().filter((r) => r.path.endsWith('/query-variants'))
    expect(variantCalls).toHaveLength(2)
    expect(variantCalls[0]?.body).toMatchObject({
      query: { filter: { 'productData.productId': { $in: [HOUSE_BLEND['id'], COFFEE['id']] } } },
    })
    expect(cards.map((card) => card.view.name)).toEqual(['House Blend Coffee', 'Coffee'])
    for (const [card, full] of [
      [cards[0], HOUSE_BLEND],
      [cards[1], COFFEE],
    ] as const) {
      const expected = getProductView(full as CatalogProduct)
      expect(card?.view.issues.map((issue) => issue.code)).not.toContain('missing_variants')
      expect(card?.view.price).toStrictEqual(expected.price)
      expect(card?.view.options.map((o) => o.choices.map((c) => [c.name, c.available, c.unitPrice]))).toStrictEqual(
        expected.options.map((o) => o.choices.map((c) => [c.name, c.available, c.unitPrice])),
      )
    }
    expect(cards[0]?.view.price.totalPrice).toEqual({ min: '12.50', max: '40.50' })
    // The SDK's wix:image:// URI, through media.getImageUrl, is a URL an <img> can load.
    expect(cards[0]?.view.media[0]?.src).toMatch(/^wix:image:\/\/v1\/11062b_coffee_bag~mv2\.jpg\//)
    expect(cards[0]?.image).toBe('https://static.wixstatic.com/media/11062b_coffee_bag~mv2.jpg')
  })

  it('a variant page not fetched: the card keeps the queried product, and its view says missing_variants', async () => {
    answer('GET', '/stores/v3/products/query', () =>
      json({ products: [queried(HOUSE_BLEND)], pagingMetadata: { count: 1, cursors: {}, hasNext: false } }),
    )
    answer('POST', '/stores/v3/products/query-variants', () =>
      json({ variants: VARIANTS.slice(0, 5), pagingMetadata: { count: 5, cursors: {}, hasNext: false } }),
    )
    const [card] = await gridPage()
    expect(card?.view.issues.map((issue) => issue.code)).toContain('missing_variants')
    expect(card?.view.price.totalPrice).toEqual({ min: '', max: '' })
    expect(card?.product).not.toHaveProperty('variantsInfo')
  })

  it('quick add sends the line the builder makes from the full product, once; an incomplete pick sends nothing', async () => {
    answer('GET', '/stores/v3/products/query', () =>
      json({ products: [queried(HOUSE_BLEND)], pagingMetadata: { count: 1, cursors: {}, hasNext: false } }),
    )
    answerVariants(1)
    answer('POST', '/ecom/v2/carts/current/add-line-items', (body) => json({ cart: echoCartV2('cart-1', body) }))
    const [card] = await gridPage()
    if (card === undefined) throw new Error('no card')
    const selection = {
      options: { Size: '250 g', Grind: 'Espresso', 'Bag color': 'Kraft' },
      modifiers: { 'Label text': 'Ann' },
      subscriptionOptionId: 'Monthly',
    }

    const refused = await quickAdd(card, { options: { Size: '250 g' } }).catch((error: unknown) => error)
    expect(isCatalogReferenceError(refused)).toBe(true)
    expect(apiRequests().filter((r) => r.path.includes('/carts/'))).toEqual([])

    await quickAdd(card, selection)
    const adds = apiRequests().filter((r) => r.path === '/ecom/v2/carts/current/add-line-items')
    expect(adds).toHaveLength(1)
    const sent = (adds[0]?.body as Loose | undefined)?.['catalogItems']?.[0]
    expect(sent?.quantity).toBe(1)
    expect(sent?.catalogReference).toEqual(
      safeBuildLineItem(HOUSE_BLEND as CatalogProduct, selection).data?.catalogReference,
    )
  })
})
