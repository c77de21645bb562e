/*
 * Golden test: the Wix docs' own "Coffee" example (Stores Catalog V3 → eCommerce integration,
 * /work/shared/wix-docs/stores-v3-ecommerce-integration.txt), product copied verbatim into
 * test/fixtures/coffee-docs.rest.json. The expected references below are copied from the docs page,
 * not produced by the code.
 */
import { describe, expect, it } from 'vitest'
import {
  STORES_APP_ID,
  buildCatalogReference,
  buildLineItem,
  detectCatalogVersion,
  safeBuildCatalogReference,
  safeBuildLineItem,
} from '../../src/index.js'
import { expectIssues, expectPlainJson, expectSuccess } from '../helpers/assertions.js'
import { coffee, toSdkShape } from '../helpers/fixtures.js'

const PRODUCT_ID = 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca'
const SIZE = '093b7310-b96e-4ed5-927d-84f7de0f62be'
const SIZE_S = 'bd2402d9-4ff2-42d0-b902-db235c132b0d'
const BOX_COLOR = '480901ba-9144-475b-a461-bd8f7cb6528d'
const BOX_RED = '85f6eae5-967a-4752-ab5d-71a8b8c84bf7'
const ENGRAVING_KEY = 'Would you like to engrave something on the box?'
const MONTHLY = '3c750e1e-54fd-4fe0-8844-97427522c939'

/** The docs' "full catalogReference object", verbatim (note the choice NAME "Yes"). */
const DOCS_FULL_REFERENCE_JSON = `{
  "catalogItemId": "dc765ec4-eaf0-4253-8ba7-e752c227d4ca",
  "appId": "215238eb-22a5-4c36-9e7b-e7c08025e04e",
  "options": {
    "variantId": "9650a809-5567-44f7-9435-cf77a38cb170",
    "options": {
      "Remove price tag": "Yes"
    },
    "customTextFields": {
      "Would you like to engrave something on the box?": "For my best friend! :)"
    },
    "subscriptionOptionId": "3c750e1e-54fd-4fe0-8844-97427522c939"
  }
}`

/** The docs' "minimal catalogReference object", verbatim. */
const DOCS_MINIMAL_REFERENCE_JSON = `{
  "catalogItemId": "dc765ec4-eaf0-4253-8ba7-e752c227d4ca",
  "appId": "215238eb-22a5-4c36-9e7b-e7c08025e04e",
  "options": {
    "variantId": "9650a809-5567-44f7-9435-cf77a38cb170"
  }
}`

/** "A buyer wants to purchase Coffee with the following options": size S, red box, engraving, no price tag, monthly. */
const BUYER = {
  options: { Size: 'S', 'Box color': 'Red' },
  modifiers: { Engraving: 'For my best friend! :)', 'Remove price tag': 'Yes' },
  subscriptionOptionId: MONTHLY,
} as const

describe('the Wix docs Coffee example (Catalog V3)', () => {
  it('is detected as a V3 product', () => {
    expect(detectCatalogVersion(coffee())).toBe('V3')
  })

  it("builds the docs' full reference exactly, with modifierChoiceValue: 'name' (the docs show the choice name \"Yes\")", () => {
    const reference = buildCatalogReference(coffee(), BUYER, { modifierChoiceValue: 'name' })
    const expected = JSON.parse(DOCS_FULL_REFERENCE_JSON) as unknown
    expect(reference).toStrictEqual(expected)
    // Same keys in the same order as the docs (product order, documented field order).
    expect(JSON.stringify(reference)).toBe(JSON.stringify(expected))
    expectPlainJson(reference)
  })

  it('writes the choice KEY "yes" by default (the docs rule and template), everything else as in the docs', () => {
    const reference = buildCatalogReference(coffee(), BUYER)
    expect(reference).toStrictEqual({
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: {
        variantId: '9650a809-5567-44f7-9435-cf77a38cb170',
        options: { 'Remove price tag': 'yes' },
        customTextFields: { [ENGRAVING_KEY]: 'For my best friend! :)' },
        subscriptionOptionId: MONTHLY,
      },
    })
    expectPlainJson(reference)
    // The key may also be given: same output.
    expect(
      buildCatalogReference(coffee(), { ...BUYER, modifiers: { ...BUYER.modifiers, 'Remove price tag': 'yes' } }),
    ).toStrictEqual(reference)
    // And 'key' explicitly is the default.
    expect(buildCatalogReference(coffee(), BUYER, { modifierChoiceValue: 'key' })).toStrictEqual(reference)
  })

  it('writes the name "No"/key "no" for the other choice', () => {
    const selection = { options: BUYER.options, modifiers: { 'Remove price tag': 'No' } }
    expect(buildCatalogReference(coffee(), selection).options?.options).toStrictEqual({ 'Remove price tag': 'no' })
    expect(buildCatalogReference(coffee(), selection, { modifierChoiceValue: 'name' }).options?.options).toStrictEqual({
      'Remove price tag': 'No',
    })
  })

  it("builds the docs' minimal reference: both modifiers optional, one-time purchases allowed", () => {
    const reference = buildCatalogReference(coffee(), { options: { Size: 'S', 'Box color': 'Red' } })
    const expected = JSON.parse(DOCS_MINIMAL_REFERENCE_JSON) as unknown
    expect(reference).toStrictEqual(expected)
    expect(JSON.stringify(reference)).toBe(JSON.stringify(expected))
    expectPlainJson(reference)
  })

  it('gives the same minimal reference whether the buyer names options by id, name, or forgivingly', () => {
    const expected = JSON.parse(DOCS_MINIMAL_REFERENCE_JSON) as unknown
    const selections = [
      { options: { [SIZE]: SIZE_S, [BOX_COLOR]: BOX_RED } }, // ids, as the docs' matching rule
      { options: { Size: SIZE_S, [BOX_COLOR]: 'Red' } }, // mixed
      { options: { '  size ': ' s', 'BOX COLOR': 'red' } }, // forgiving pass: trimmed, case-insensitive
      { options: { 'Box color': 'Red', Size: 'S' } }, // selection order does not matter
      { variantId: '9650a809-5567-44f7-9435-cf77a38cb170' }, // the variant itself
      { variantId: '9650a809-5567-44f7-9435-cf77a38cb170', options: { Size: 'S' } }, // agreeing
      { options: { Size: 'S', 'Box color': 'Red' }, subscriptionOptionId: null }, // explicit one-time purchase
      { options: { Size: 'S', 'Box color': 'Red' }, modifiers: { Engraving: '   ' } }, // blank optional text: left out
    ]
    for (const selection of selections) {
      expect(buildCatalogReference(coffee(), selection), JSON.stringify(selection)).toStrictEqual(expected)
    }
  })

  it('builds the other variant (L / Blue)', () => {
    expect(buildCatalogReference(coffee(), { options: { Size: 'L', 'Box color': 'Blue' } })).toStrictEqual({
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: { variantId: '02f13ad1-40f1-4108-ae2e-9f48e17dfea7' },
    })
  })

  it('addresses the FREE_TEXT modifier by name, freeTextSettings.key or title, and writes freeTextSettings.key', () => {
    for (const name of ['Engraving', ENGRAVING_KEY, 'engraving']) {
      const reference = buildCatalogReference(coffee(), { options: BUYER.options, modifiers: { [name]: 'Hi' } })
      expect(reference.options, name).toStrictEqual({
        variantId: '9650a809-5567-44f7-9435-cf77a38cb170',
        customTextFields: { [ENGRAVING_KEY]: 'Hi' },
      })
    }
  })

  it('addresses the subscription by id or by title', () => {
    for (const subscriptionOptionId of [MONTHLY, 'Monthly Subscription', 'monthly subscription']) {
      const reference = buildCatalogReference(coffee(), { options: BUYER.options, subscriptionOptionId })
      expect(reference.options).toStrictEqual({
        variantId: '9650a809-5567-44f7-9435-cf77a38cb170',
        subscriptionOptionId: MONTHLY,
      })
    }
  })

  it('gives the same references for the SDK shape (`_id`) of the docs product', () => {
    const sdk = toSdkShape(coffee())
    expect(sdk._id).toBe(PRODUCT_ID)
    expect(buildCatalogReference(sdk, BUYER, { modifierChoiceValue: 'name' })).toStrictEqual(
      JSON.parse(DOCS_FULL_REFERENCE_JSON),
    )
    expect(buildCatalogReference(sdk, { options: BUYER.options })).toStrictEqual(
      JSON.parse(DOCS_MINIMAL_REFERENCE_JSON),
    )
  })

  it('builds a line item with quantity 1 by default and the given quantity otherwise', () => {
    expect(buildLineItem(coffee(), { options: BUYER.options })).toStrictEqual({
      catalogReference: JSON.parse(DOCS_MINIMAL_REFERENCE_JSON),
      quantity: 1,
    })
    const item = expectSuccess(safeBuildLineItem(coffee(), { ...BUYER, quantity: 3 }, { modifierChoiceValue: 'name' }))
    expect(item).toStrictEqual({ catalogReference: JSON.parse(DOCS_FULL_REFERENCE_JSON), quantity: 3 })
  })

  it('refuses the combination the product does not have (S / Blue): no fallback to another variant', () => {
    const issues = expectIssues(safeBuildCatalogReference(coffee(), { options: { Size: 'S', 'Box color': 'Blue' } }))
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'variant_not_found', path: ['options'] })
    expect(issues[0]?.message).toContain('Size: S, Box color: Blue')
  })

  it('refuses an empty selection: no first-variant or first-choice fallback', () => {
    const issues = expectIssues(safeBuildCatalogReference(coffee()))
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_option', ['options', 'Size']],
      ['missing_option', ['options', 'Box color']],
    ])
    expect(issues[0]?.message).toBe('Option "Size" needs a choice: S, L.')
    expect(issues[1]?.message).toBe('Option "Box color" needs a choice: Red, Blue.')
  })
})
