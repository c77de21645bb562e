/*
 * getProductView (DESIGN §14): every part agrees with the function that computes it alone, and the
 * parts only the view has (render types, swatches, media, links that never dead-end, per-choice and
 * per-plan prices, the pinned variant) follow the Wix fields and rules.
 */
import { describe, expect, it } from 'vitest'
import {
  type CatalogProduct,
  getChoiceStates,
  getPricePreview,
  getProductView,
  type ProductView,
  type Selection,
  safeBuildLineItem,
  selectionToSearchParams,
} from '../../src/index.js'
import { fixture, type RawProduct } from '../helpers/fixtures.js'
import { deepFreeze } from '../helpers/freeze.js'

const house = (): RawProduct => fixture('house-blend.rest')
const tshirt = (): RawProduct => fixture('tshirt-managed.rest')

const COMPLETE: Selection = {
  options: { Size: '250 g', Grind: 'Espresso', 'Bag color': 'Kraft' },
  modifiers: { 'Label text': 'For Ana', 'Gift wrap': 'yes' },
  subscriptionOptionId: 'Monthly',
  quantity: 2,
}

/** The view's options without the fields getChoiceStates does not have. */
function asStates(view: ProductView) {
  return view.options.map(({ renderType: _, choices, ...option }) => ({
    ...option,
    choices: choices.map(({ colorCode, media, searchParams, unitPrice, image, ...state }) => state),
  }))
}

describe('getProductView: each part is what its own function gives', () => {
  for (const [label, product, selection] of [
    ['house blend, complete', house, COMPLETE],
    ['house blend, one option', house, { options: { Size: '1 kg' } }],
    ['house blend, nothing chosen', house, undefined],
    ['t-shirt (V1 managed), one option', tshirt, { options: { Size: 'M' } }],
    [
      't-shirt, complete with text',
      tshirt,
      { options: { Size: 'M', Color: 'Black' }, modifiers: { 'Name to print on the back': 'ANA' } },
    ],
    ['candle (V1 unmanaged)', () => fixture('candle-unmanaged.rest'), { quantity: 3 }],
    ['the Wix docs coffee', () => fixture('coffee-docs.rest'), { options: { Size: 'S', 'Box color': 'Red' } }],
  ] as const) {
    it(label, () => {
      const p = product() as CatalogProduct
      const view = getProductView(p, selection)
      const line = safeBuildLineItem(product() as CatalogProduct, selection)
      const states = getChoiceStates(product() as CatalogProduct, selection)
      expect(asStates(view)).toStrictEqual(states.options)
      expect(view.price).toStrictEqual(getPricePreview(product() as CatalogProduct, selection))
      expect(view.lineItem).toStrictEqual(line.data)
      expect(view.issues).toStrictEqual(line.error?.issues ?? [])
      expect(view.searchParams).toBe(selectionToSearchParams(product() as CatalogProduct, selection).toString())
      expect(view.variant?.id).toBe(states.variantId)
      expect(JSON.parse(JSON.stringify(view))).toEqual(view)
    })
  }
})

describe('getProductView: V3 house blend', () => {
  it('options carry render types, swatch colors and per-choice unit prices equal to getPricePreview with that pick', () => {
    const selection: Selection = { options: { Size: '250 g' }, modifiers: { 'Gift wrap': 'yes' } }
    const view = getProductView(house() as CatalogProduct, selection)
    expect(view.options.map((o) => o.renderType)).toEqual(['text', 'text', 'swatch'])
    expect(view.options[2]?.choices.map((c) => c.colorCode)).toEqual(['#C8A165', '#111111'])
    expect(view.options[0]?.choices[0]).not.toHaveProperty('colorCode')
    for (const [k, option] of view.options.entries()) {
      for (const choice of option.choices) {
        const picked = { ...selection, options: { ...selection.options, [option.name]: choice.name } }
        if (k !== 0) picked.options = { ...picked.options, Size: '250 g' }
        expect(choice.unitPrice, `${option.name}: ${choice.name}`).toStrictEqual(
          getPricePreview(house() as CatalogProduct, picked).unitPrice,
        )
      }
    }
  })

  it('a choice whose pick matches no available variant links to the first available variant with it', () => {
    // 250 g + Espresso + Black is out of stock in the fixture; 250 g + Whole bean + Black is the first available one.
    const view = getProductView(house() as CatalogProduct, { options: { Size: '250 g', Grind: 'Espresso' } })
    const black = view.options[2]?.choices.find((c) => c.name === 'Black')
    expect(black?.available).toBe(false)
    expect(black?.searchParams).toBe('Size=250+g&Grind=Whole+bean&Bag+color=Black')
    const linked = getChoiceStates(house() as CatalogProduct, {
      options: Object.fromEntries(new URLSearchParams(black?.searchParams)),
    })
    expect(linked.variantId).toBeDefined()
    const kraft = view.options[2]?.choices.find((c) => c.name === 'Kraft')
    expect(kraft?.searchParams).toBe('Size=250+g&Grind=Espresso&Bag+color=Kraft')
  })

  it('modifiers: choices with added prices, swatches, the free text with its limits and value', () => {
    const view = getProductView(house() as CatalogProduct, COMPLETE)
    expect(view.modifiers.map((m) => [m.name, m.kind, m.renderType, m.mandatory])).toEqual([
      ['Gift wrap', 'choices', 'text', false],
      ['Ribbon color', 'choices', 'swatch', false],
      ['Label text', 'text', 'free_text', true],
    ])
    expect(view.modifiers[0]?.choices.map((c) => [c.name, c.addedPrice, c.selected])).toEqual([
      ['No', '0.00', false],
      ['Yes', '3.50', true],
    ])
    expect(view.modifiers[1]?.choices.map((c) => c.colorCode)).toEqual(['#C62828', '#D4AF37'])
    expect(view.modifiers[2]?.text).toEqual({ minLength: 1, maxLength: 30, addedPrice: '0.00', value: 'For Ana' })
  })

  it('subscriptions: the plans with discounts, prices equal to getPricePreview with that plan, the selected one', () => {
    const view = getProductView(house() as CatalogProduct, COMPLETE)
    expect(view.subscriptions?.oneTimePurchase).toBe(false)
    expect(view.subscriptions?.selectedId).toBe(view.lineItem?.catalogReference.options?.subscriptionOptionId)
    for (const plan of view.subscriptions?.plans ?? []) {
      expect(plan.unitPrice).toStrictEqual(
        getPricePreview(house() as CatalogProduct, { ...COMPLETE, quantity: 1, subscriptionOptionId: plan.id })
          .unitPrice,
      )
    }
    expect(view.subscriptions?.plans.map((p) => [p.title, p.discount, p.selected])).toEqual([
      ['Monthly', { type: 'PERCENT', value: '10' }, true],
      ['Every 2 weeks x12', { type: 'AMOUNT', value: '1.50' }, false],
    ])
  })

  it('the pinned variant: id, SKU, availability', () => {
    const view = getProductView(house() as CatalogProduct, COMPLETE)
    expect(view.variant).toMatchObject({
      id: view.lineItem?.catalogReference.options?.variantId,
      sku: 'COF-250-ESP-KRA',
    })
    expect(view.variant?.available).toBe(true)
    // (14.00 one-time + 3.50 gift wrap) × 2: the strike-through total next to the (12.60 + 3.50) × 2 total
    expect(view.price.totalPrice).toEqual({ min: '32.20', max: '32.20' })
    expect(view.price.compareAtTotalPrice).toEqual({ min: '35.00', max: '35.00' })
  })
})

describe('getProductView: V1', () => {
  it('a color option is a swatch with its hex value; custom text fields are text modifiers', () => {
    const view = getProductView(tshirt() as CatalogProduct, { options: { Size: 'S' } })
    expect(view.options.map((o) => o.renderType)).toEqual(['text', 'swatch'])
    expect(view.options[1]?.choices.map((c) => c.colorCode)).toEqual(['#000000', '#FFFFFF'])
    expect(view.modifiers.map((m) => [m.name, m.kind, m.renderType, m.text?.maxLength])).toEqual([
      ['Name to print on the back', 'text', 'free_text', 20],
      ['Gift message', 'text', 'free_text', 200],
    ])
    expect(view.subscriptions).toBeUndefined()
  })
})

/** A V3 product with media on the product, on choices (references and linkedMedia) and on one variant. */
function mediaProduct(): RawProduct {
  const item = (id: string) => ({ id, image: `https://static.wixstatic.com/media/${id}.jpg`, mediaType: 'IMAGE' })
  const choice = (choiceId: string, media?: string[], linked?: string[]) => ({
    choiceId,
    name: choiceId,
    ...(media ? { media: { items: media.map((mediaId) => ({ mediaId })) } } : {}),
    ...(linked ? { linkedMedia: linked.map(item) } : {}),
  })
  const variant = (id: string, color: string, material: string, media?: string) => ({
    id,
    choices: [
      { optionChoiceIds: { optionId: 'color', choiceId: color } },
      { optionChoiceIds: { optionId: 'material', choiceId: material } },
    ],
    ...(media ? { media: item(media) } : {}),
  })
  return {
    id: 'p1',
    media: { main: item('m1'), itemsInfo: { items: ['m1', 'm2', 'm3', 'm4', 'm5'].map(item) } },
    options: [
      { id: 'color', name: 'Color', choicesSettings: { choices: [choice('red', ['m1', 'm2', 'm3']), choice('blue')] } },
      {
        id: 'material',
        name: 'Material',
        choicesSettings: { choices: [choice('silk', ['m2', 'm3', 'm5']), choice('wool', undefined, ['m4'])] },
      },
    ],
    variantsInfo: {
      variants: [
        variant('v1', 'red', 'silk'),
        variant('v2', 'red', 'wool', 'm4'),
        variant('v3', 'blue', 'silk'),
        variant('v4', 'blue', 'wool'),
      ],
    },
  }
}

describe('getProductView: media for the selection (Wix: variant media, else the chosen choices in common, else all)', () => {
  const ids = (selection?: Selection) =>
    getProductView(mediaProduct() as CatalogProduct, selection).media.map((m) => m.id)
  it('nothing chosen: all product media', () => expect(ids()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']))
  it('Red: its media', () => expect(ids({ options: { Color: 'red' } })).toEqual(['m1', 'm2', 'm3']))
  it('Red + Silk (no variant media): media in both', () =>
    expect(ids({ options: { Color: 'red', Material: 'silk' } })).toEqual(['m2', 'm3']))
  it('a variant with its own media: that media', () =>
    expect(ids({ options: { Color: 'red', Material: 'wool' } })).toEqual(['m4']))
  it('a choice without media does not narrow', () =>
    expect(ids({ options: { Color: 'blue', Material: 'silk' } })).toEqual(['m2', 'm3', 'm5']))
  it('linkedMedia (deprecated) when a choice has no references', () =>
    expect(ids({ options: { Material: 'wool' } })).toEqual(['m4']))
  it('a choice view lists its own media', () => {
    const view = getProductView(mediaProduct() as CatalogProduct)
    expect(view.options[0]?.choices[0]?.media.map((m) => m.src)).toEqual([
      'https://static.wixstatic.com/media/m1.jpg',
      'https://static.wixstatic.com/media/m2.jpg',
      'https://static.wixstatic.com/media/m3.jpg',
    ])
  })
})

describe('getProductView: bad input is a view with issues, never a throw', () => {
  const revoked = Proxy.revocable({}, {})
  revoked.revoke()
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('boom')
      },
      ownKeys() {
        throw new Error('boom')
      },
    },
  )
  for (const [label, product, selection] of [
    ['a string', 'shirt', undefined],
    ['null', null, undefined],
    ['a revoked Proxy', revoked.proxy, undefined],
    ['a throwing Proxy', throwing, undefined],
    ['a Promise (a forgotten await)', Promise.resolve({}), undefined],
    ['a V3 query result (no variantsInfo)', { ...house(), variantsInfo: undefined }, COMPLETE],
    ['a selection of the wrong shape', house(), 'Size=L'],
    ['a selection with a throwing Proxy', house(), throwing],
  ] as const) {
    it(label, () => {
      const view = getProductView(product as never, selection as never)
      expect(view.lineItem).toBeUndefined()
      expect(view.issues.length).toBeGreaterThan(0)
      expect(JSON.parse(JSON.stringify(view))).toEqual(view)
    })
  }

  it('never mutates the product or the selection', () => {
    const product = deepFreeze(house())
    const selection = deepFreeze(structuredClone(COMPLETE))
    const before = JSON.stringify([product, selection])
    const view = getProductView(product as CatalogProduct, selection as Selection)
    expect(view.lineItem).toBeDefined()
    expect(JSON.stringify([product, selection])).toBe(before)
  })
})

describe('getProductView: what real pages need (the Vite page and CLI findings)', () => {
  it('V3 REST media: an image object ({ id, url, altText }) is read by its url, a string as it is', () => {
    const product = mediaProduct()
    product.media.itemsInfo.items[0] = {
      id: 'm1',
      image: { id: 'm1', url: 'https://x/m1.jpg', altText: 'One' },
      mediaType: 'IMAGE',
    }
    product.media.itemsInfo.items[1] = {
      id: 'm2',
      image: 'wix:image://v1/m2.jpg/m2.jpg#originWidth=10&originHeight=10',
      mediaType: 'IMAGE',
    }
    const media = getProductView(product as CatalogProduct).media
    expect(media[0]).toEqual({ id: 'm1', src: 'https://x/m1.jpg', altText: 'One', type: 'image' })
    expect(media[1]?.src).toBe('wix:image://v1/m2.jpg/m2.jpg#originWidth=10&originHeight=10')
  })

  it('the common media of the chosen choices come in product order, whatever order each choice lists them in', () => {
    const product = mediaProduct()
    product.options[0].choicesSettings.choices[0].media.items = [{ mediaId: 'm3' }, { mediaId: 'm2' }]
    product.options[1].choicesSettings.choices[0].media.items = [{ mediaId: 'm2' }, { mediaId: 'm3' }]
    const ids = (selection: Selection) => getProductView(product as CatalogProduct, selection).media.map((m) => m.id)
    expect(ids({ options: { Color: 'red' } })).toEqual(['m2', 'm3'])
    expect(ids({ options: { Color: 'red', Material: 'silk' } })).toEqual(['m2', 'm3'])
  })

  it('a V3 query result without options is V3 (variantSummary): its name and media show, and missing_variants says why no line', () => {
    const product = {
      _id: 'p',
      name: 'Mug',
      media: { main: { _id: 'm', image: 'https://x/mug.jpg' } },
      variantSummary: { variantCount: 1 },
    }
    const view = getProductView(product as CatalogProduct)
    expect(view).toMatchObject({ version: 'V3', name: 'Mug', lineItem: undefined })
    expect(view.media.map((m) => m.src)).toEqual(['https://x/mug.jpg'])
    expect(view.issues.map((i) => i.code)).toEqual(['missing_variants'])
  })

  it('a mandatory text needs one character at least: minLength 1 where the field says 0 (as the builder asks)', () => {
    const view = getProductView(tshirt() as CatalogProduct)
    expect(view.modifiers.map((m) => [m.name, m.mandatory, m.text?.minLength])).toEqual([
      ['Name to print on the back', true, 1],
      ['Gift message', false, 0],
    ])
  })

  it('each plan links to the selection with it, and a one-time purchase (when allowed) to the selection without one', () => {
    const product = house()
    product.subscriptionDetails.allowOneTimePurchases = true
    const view = getProductView(product as CatalogProduct, {
      options: { Size: '250 g' },
      subscriptionOptionId: 'Monthly',
    })
    expect(view.subscriptions?.plans.map((p) => p.searchParams)).toEqual([
      'Size=250+g&subscription=Monthly',
      'Size=250+g&subscription=Every+2+weeks+x12',
    ])
    expect(view.subscriptions?.oneTimeSearchParams).toBe('Size=250+g')
    const subscriptionOnly = getProductView(house() as CatalogProduct, { options: { Size: '250 g' } })
    expect(subscriptionOnly.subscriptions).not.toHaveProperty('oneTimeSearchParams')
  })
})
