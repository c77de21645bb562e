/*
 * The short examples the guides quote (examples/snippets/*.ts) run, and do what their comments say.
 */
import { describe, expect, it } from 'vitest'
import { issueCodes } from '../../examples/snippets/building-response.js'
import { coffeeLine } from '../../examples/snippets/building-selection.js'
import { referenceOrMessage } from '../../examples/snippets/building-throwing.js'
import { catalogReference, issues } from '../../examples/snippets/catalog-reference.js'
import { editLine } from '../../examples/snippets/edit-line.js'
import { pickerWithSizeS } from '../../examples/snippets/picker-states.js'
import { houseBlendPreview } from '../../examples/snippets/price-preview.js'
import { urlState } from '../../examples/snippets/url-state.js'
import {
  STORES_APP_ID,
  buildCatalogReference,
  safeBuildCatalogReference,
  type CatalogProduct,
  type V1Product,
} from '../../src/index.js'
import { fixture } from '../helpers/fixtures.js'

/** The Wix docs' Coffee product (Catalog V3). */
const coffee = fixture('coffee-docs.rest') as CatalogProduct
/** The bundled House Blend (Catalog V3: three options, modifiers, subscriptions). */
const houseBlend = fixture('house-blend.rest') as CatalogProduct
/** What V1 SDK `getProduct` / REST Get Product answer: the T-shirt (Catalog V1, managed variants) in its wrapper. */
const response = { product: fixture('tshirt-managed.sdk') as V1Product }

describe('docs/building.md snippets', () => {
  it('the full selection builds the line its comment shows', () => {
    const line = coffeeLine(coffee)
    expect(line.success).toBe(true)
    if (!line.success) return
    expect(line.data.quantity).toBe(2)
    expect(line.data.catalogReference.catalogItemId).toBe('dc765ec4-eaf0-4253-8ba7-e752c227d4ca')
    expect(line.data.catalogReference.appId).toBe(STORES_APP_ID)
    expect(Object.keys(line.data.catalogReference.options ?? {})).toEqual([
      'variantId',
      'options',
      'customTextFields',
      'subscriptionOptionId',
    ])
  })

  it('the throwing form gives the reference, or the message listing every issue', () => {
    expect(JSON.parse(referenceOrMessage(coffee, { options: { Size: 'S', 'Box color': 'Red' } }))).toHaveProperty(
      'options.variantId',
    )
    const message = referenceOrMessage(coffee, { options: { Size: 'XL' } })
    expect(message).toContain('[unknown_choice] options.Size')
    expect(message).toContain('[missing_option] options.Box color')
  })
})

describe('docs/building.md: a response wrapper', () => {
  it('is unwrapped, and the issues read without narrowing', () => {
    expect(issueCodes(response)).toEqual(['missing_modifier'])
    expect(safeBuildCatalogReference(response, { options: { Size: 'M', Color: 'Black' } }).data).toBeUndefined()
    expect(
      safeBuildCatalogReference(response, {
        options: { Size: 'M', Color: 'Black' },
        modifiers: { 'Name to print on the back': 'ALEX' },
      }),
    ).toEqual(
      safeBuildCatalogReference(response.product, {
        options: { Size: 'M', Color: 'Black' },
        modifiers: { 'Name to print on the back': 'ALEX' },
      }),
    )
    expect(
      safeBuildCatalogReference(response, {
        options: { Size: 'M', Color: 'Black' },
        modifiers: { 'Name to print on the back': 'ALEX' },
      }).success,
    ).toBe(true)
  })
})

describe('docs/product-page.md snippets', () => {
  it('the picker state of Size S', () => {
    const states = pickerWithSizeS(coffee)
    const size = states.options.find((o) => o.name === 'Size')
    expect(size?.choices.map((c) => [c.name, c.selected])).toEqual([
      ['S', true],
      ['L', false],
    ])
    expect(states.variantId).toBeUndefined()
  })

  it('the URL state round trip shown in the comments', () => {
    const { query, fromUrl } = urlState(coffee)
    expect(query.toString()).toBe('Size=L&Box+color=Blue&subscription=Monthly+Subscription')
    expect(fromUrl).toStrictEqual({ options: { Size: 'L', 'Box color': 'Blue' } })
  })

  it('editing a cart line gives back its selection, and an issue for another product', () => {
    const reference = buildCatalogReference(coffee, { options: { Size: 'L', 'Box color': 'Blue' } })
    const edited = editLine(coffee, reference)
    expect('selection' in edited && edited.states.variantId).toBe(reference.options?.variantId)
    const other = editLine(coffee, { ...reference, catalogItemId: 'another-product' })
    expect('issues' in other && other.issues.map((i) => i.code)).toEqual(['invalid_reference'])
  })
})

describe('docs/product-page.md: the price preview', () => {
  it('is what its comment shows', () => {
    const preview = houseBlendPreview(houseBlend)
    expect(preview).toMatchObject({
      complete: false,
      currency: 'USD',
      quantity: 2,
      unitPrice: { min: '37.80', max: '37.80' },
      compareAtUnitPrice: { min: '48.00', max: '48.00' },
      totalPrice: { min: '75.60', max: '75.60' },
    })
    expect(preview.breakdown).toBeUndefined()
    expect(preview.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_option', ['options', 'Grind']],
      ['missing_option', ['options', 'Bag color']],
      ['missing_modifier', ['modifiers', 'Label text']],
    ])
  })
})

describe('docs/catalog.md snippets', () => {
  it('builds the reference and gives the issues its comments show', () => {
    expect(catalogReference).toStrictEqual({
      catalogItemId: 'f95bd723-ea83-40f2-8cb8-accff2d54866',
      appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
      options: { color: 'Green', size: 'M' },
    })
    expect(issues.map((i) => [i.code, i.path, i.message])).toStrictEqual([
      [
        'invalid_reference',
        ['appId'],
        'appId must be your app\'s id from the app dashboard, a GUID such as "3b8658a6-3282-4b5e-ae0e-439113e20aef"; got "stores".',
      ],
      ['invalid_reference', ['catalogItemId'], 'catalogItemId must be 1 to 36 characters; got 0.'],
    ])
  })
})

describe('docs/product-page.md: the picker table of examples/picker.ts', () => {
  it('is what pickerTable prints for the selection the guide names', async () => {
    const { readFileSync } = await import('node:fs')
    const { pickerTable } = await import('../../examples/picker.js')
    const { getChoiceStates } = await import('../../src/index.js')
    const guide = readFileSync(new URL('../../docs/product-page.md', import.meta.url), 'utf8')
    const shown =
      /npx tsx examples\/picker\.ts Size='1 kg' Grind=Espresso 'Bag color=Black'`\):\n\n```text\n([\s\S]*?)```/.exec(
        guide,
      )?.[1]
    const printed = pickerTable(
      getChoiceStates(houseBlend, { options: { Size: '1 kg', Grind: 'Espresso', 'Bag color': 'Black' } }),
    )
    expect(shown).toBe(`${printed}\n`)
  })
})
