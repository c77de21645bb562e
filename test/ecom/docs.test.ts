/*
 * docs/ecom.md stays true: it quotes the four recipes (every code block's verbatim quoting is checked for
 * all docs by test/docs/code-blocks.test.ts), and the error messages it shows are the ones the code
 * produces: the blocks that show an error are run (examples/snippets/ecom-*.ts).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { addFour } from '../../examples/snippets/ecom-invalid-items.js'
import { addBoth } from '../../examples/snippets/ecom-not-added.js'
import { addToCurrentCart, isCatalogReferenceError } from '../../src/ecom/index.js'
import type { CartItem } from '../../src/ecom/index.js'
import type { CatalogProduct } from '../../src/index.js'
import coffeeJson from '../fixtures/coffee-docs.rest.json'
import tshirtJson from '../fixtures/tshirt-managed.sdk.json'

const ROOT = join(import.meta.dirname, '../..')
const docs = readFileSync(join(ROOT, 'docs', 'ecom.md'), 'utf8')
const coffee: CatalogProduct = coffeeJson
const tshirt: CatalogProduct = tshirtJson

/** The recipes: the regions of examples/ecom-*.ts and of the Velo recipe (JavaScript), with their block's language. */
function regions(): [string, string, string, string][] {
  const out: [string, string, string, string][] = []
  const files = [
    ...readdirSync(join(ROOT, 'examples')).filter(
      (f) => f.startsWith('ecom-') && f.endsWith('.ts') && !f.endsWith('.d.ts'),
    ),
    'velo/add-items.web.js',
  ]
  for (const file of files) {
    const source = readFileSync(join(ROOT, 'examples', file), 'utf8')
    for (const m of source.matchAll(/\/\/ #region ([\w-]+)\n([\s\S]*?)\/\/ #endregion \1\n/g))
      out.push([file, m[1] as string, file.endsWith('.js') ? 'js' : 'ts', m[2] as string])
  }
  return out
}

/** A current cart that keeps only the first line, as Wix does with a reference it cannot resolve. */
const keepsFirstLine = {
  addToCurrentCart: async (options: { lineItems: { catalogReference: unknown; quantity: number }[] }) => ({
    cart: {
      _id: 'cart-1',
      lineItems: options.lineItems
        .slice(0, 1)
        .map((l) => ({ _id: 'line-1', ...l, availability: { status: 'AVAILABLE' } })),
    },
  }),
}

async function messageOf(items: readonly unknown[]): Promise<string> {
  try {
    await addToCurrentCart(keepsFirstLine, items as CartItem[])
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected an error')
}

describe('docs/ecom.md', () => {
  it.each(regions())('quotes %s #region %s verbatim, as %s', (_file, _name, lang, code) => {
    expect(docs).toContain(`\`\`\`${lang}\n${code}\`\`\``)
  })

  it('quotes four recipes', () => {
    expect(
      regions()
        .map(([, name]) => name)
        .sort(),
    ).toStrictEqual(['app-backend', 'headless-add-to-cart', 'migrate-cart-v2', 'velo-web-method'])
  })

  it('shows the CatalogReferenceError its block throws', async () => {
    const error = await addFour(keepsFirstLine, coffee, tshirt).catch((e: unknown) => e)
    expect(isCatalogReferenceError(error)).toBe(true)
    const [head, ...rest] = (error as Error).message.split('\n')
    expect(docs).toContain(`// CatalogReferenceError: ${head}`)
    for (const line of rest) expect(docs).toContain(`// ${line}`)
  })

  it('shows the LineItemsNotAddedError its block logs', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      await addBoth(
        keepsFirstLine,
        { product: coffee, selection: { options: { Size: 'L', 'Box color': 'Blue' } } },
        {
          product: tshirt,
          selection: { options: { Size: 'M', Color: 'Black' }, modifiers: { 'Name to print on the back': 'ALEX' } },
        },
      )
      const message = logged.mock.calls[0]?.[0]
      expect(message).toMatch(/^Wix did not add 1 of 2 line items/)
      for (const line of String(message).split('\n')) expect(docs).toContain(`// ${line}`)
    } finally {
      logged.mockRestore()
    }
  })

  it('shows the wrapper issue messages the code produces', async () => {
    const produced = [
      await messageOf([{}, {}, { product: coffee, catalogReference: { catalogItemId: 'p', appId: 'a' } }]),
      await messageOf([
        {
          catalogReference: {
            catalogItemId: 'p1',
            appId: '215238eb-22a5-4c36-9e7b-e7c08025e04e',
            options: { variantID: 'v' },
          },
        },
      ]),
      await messageOf([
        { product: coffee, selection: { options: { Size: 'S', 'Box color': 'Red' }, quantity: 2 }, quantity: 3 },
      ]),
    ].join('\n')
    for (const shown of [
      'items[2] has both product and catalogReference: give { product, selection?, options? } or { catalogReference, quantity? }.',
      'A Wix Stores catalogReference has no option "variantID": Wix would ignore it. Valid options: variantId, options, customTextFields, subscriptionOptionId, preOrderRequested.',
      'quantity (3) and selection.quantity (2) disagree: give one of them.',
    ]) {
      expect(produced).toContain(shown)
      expect(docs).toContain(`\`${shown}\``)
    }
  })
})
