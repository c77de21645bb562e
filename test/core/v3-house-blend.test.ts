/*
 * Golden fixture: House Blend Coffee, a Catalog V3 product with 3 options (8 variants: one hidden,
 * one out of stock, one out of stock with pre-order), 2 choice modifiers, a mandatory FREE_TEXT
 * modifier (1–30 characters) and subscriptions only (allowOneTimePurchases: false, one of them hidden).
 * Expected references written by hand from test/fixtures/house-blend.{sdk,rest}.json.
 */
import { describe, expect, it } from 'vitest'
import {
  STORES_APP_ID,
  buildCatalogReference,
  detectCatalogVersion,
  safeBuildCatalogReference,
  type Selection,
} from '../../src/index.js'
import { expectIssues, expectOneIssue, expectPlainJson, expectSuccess } from '../helpers/assertions.js'
import { fixture, toDocsVariantShape, type RawProduct } from '../helpers/fixtures.js'

const PRODUCT_ID = 'c4d7a1e2-93b8-4f5a-a6c1-2e8d9b0f7a35'
const variant = (n: number): string => `10000000-aaaa-4bbb-8ccc-00000000000${n}`
const MONTHLY = '9fb0d1f2-7384-45a6-8c2e-d6e8fa0c1e30'
const BIWEEKLY = 'a0c1e203-8495-46b7-9d3f-e7f90b1d2f41'
const YEARLY_HIDDEN = 'b1d2f314-95a6-47c8-8e40-f80a1c2e3052'

const SHAPES: readonly [string, () => RawProduct][] = [
  ['SDK shape', () => fixture('house-blend.sdk')],
  ['REST shape', () => fixture('house-blend.rest')],
  ['docs variant shape (optionChoiceIds[])', () => toDocsVariantShape(fixture('house-blend.rest'))],
]

/** A complete, valid selection apart from the options. */
const REQUIRED = { modifiers: { 'Label text': 'Ana' }, subscriptionOptionId: 'Monthly' } as const

const options = (size: string, grind: string, color: string): Selection['options'] => ({
  Size: size,
  Grind: grind,
  'Bag color': color,
})

describe.each(SHAPES)('House Blend (V3, %s)', (_shape, product) => {
  it('is detected as V3', () => {
    expect(detectCatalogVersion(product())).toBe('V3')
  })

  it('builds the full reference: variant, choice modifiers by key in product order, free text by freeTextSettings.key, subscription id', () => {
    const reference = buildCatalogReference(product(), {
      options: options('250 g', 'Whole bean', 'Kraft'),
      // Deliberately not in product order, and by name / key / id.
      modifiers: { 'Label text': 'Ana', 'Ribbon color': 'gold', 'Gift wrap': 'Yes' },
      subscriptionOptionId: 'Monthly',
    })
    const expected = {
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: {
        variantId: variant(1),
        options: { 'Gift wrap': 'yes', 'Ribbon color': 'gold' },
        customTextFields: { 'Name on the label': 'Ana' },
        subscriptionOptionId: MONTHLY,
      },
    }
    expect(reference).toStrictEqual(expected)
    expect(JSON.stringify(reference)).toBe(JSON.stringify(expected))
    expectPlainJson(reference)
  })

  it("writes choice names with modifierChoiceValue: 'name'", () => {
    const reference = buildCatalogReference(
      product(),
      {
        options: options('250 g', 'Whole bean', 'Kraft'),
        modifiers: { 'Gift wrap': 'yes', 'Ribbon color': 'Gold', 'Label text': 'Ana' },
        subscriptionOptionId: MONTHLY,
      },
      { modifierChoiceValue: 'name' },
    )
    expect(reference.options?.options).toStrictEqual({ 'Gift wrap': 'Yes', 'Ribbon color': 'Gold' })
  })

  it('addresses options and modifiers by id and choices by choiceId', () => {
    const reference = buildCatalogReference(product(), {
      options: {
        '7b1f6c2e-1a3d-4e5f-8a9b-0c1d2e3f4a5b': 'f2b3c4d5-e6f7-4081-92a3-b4c5d6e7f809', // Size: 1 kg
        '8c2a7d3f-2b4e-4f60-9bac-1d2e3f4a5b6c': 'b4d5e6f7-0819-42a3-b4c5-d6e7f8091a2b', // Grind: Espresso
        '9d3b8e4a-3c5f-4071-8cbd-2e3f4a5b6c7d': 'c5e6f708-192a-43b4-85d6-e7f8091a2b3c', // Bag color: Kraft
      },
      modifiers: {
        '2e4f6a8c-0b1d-4e3f-a5b7-c9d1e3f5a7b9': '3f5a7b9c-1d2e-4f40-b6c8-d0e2f4a6b8ca', // Gift wrap: No
        '8eafc0e1-6273-4495-9b1d-c5d7e9fb0d2f': 'Ana', // Label text
      },
      subscriptionOptionId: BIWEEKLY,
    })
    expect(reference).toStrictEqual({
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: {
        variantId: variant(7),
        options: { 'Gift wrap': 'no' },
        customTextFields: { 'Name on the label': 'Ana' },
        subscriptionOptionId: BIWEEKLY,
      },
    })
  })

  it('addresses the FREE_TEXT modifier by its freeTextSettings key/title too', () => {
    const reference = buildCatalogReference(product(), {
      options: options('1 kg', 'Whole bean', 'Kraft'),
      modifiers: { 'Name on the label': 'Bo' },
      subscriptionOptionId: 'Every 2 weeks x12',
    })
    expect(reference.options).toStrictEqual({
      variantId: variant(5),
      customTextFields: { 'Name on the label': 'Bo' },
      subscriptionOptionId: BIWEEKLY,
    })
  })

  it.each([
    [options('250 g', 'Whole bean', 'Black'), variant(2)],
    [options('250 g', 'Espresso', 'Kraft'), variant(3)],
    [options('1 kg', 'Whole bean', 'Kraft'), variant(5)],
    [options('1 kg', 'Espresso', 'Kraft'), variant(7)],
  ])('maps %j to its variant', (selected, variantId) => {
    expect(buildCatalogReference(product(), { ...REQUIRED, options: selected })).toStrictEqual({
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: { variantId, customTextFields: { 'Name on the label': 'Ana' }, subscriptionOptionId: MONTHLY },
    })
  })

  it('accepts a variantId instead of options, and with options that agree', () => {
    const expected = {
      variantId: variant(3),
      customTextFields: { 'Name on the label': 'Ana' },
      subscriptionOptionId: MONTHLY,
    }
    expect(buildCatalogReference(product(), { ...REQUIRED, variantId: variant(3) }).options).toStrictEqual(expected)
    expect(
      buildCatalogReference(product(), { ...REQUIRED, variantId: variant(3), options: { Grind: 'Espresso' } }).options,
    ).toStrictEqual(expected)
  })

  it('refuses a variantId that disagrees with the options (variant_mismatch)', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), { ...REQUIRED, variantId: variant(3), options: { Grind: 'Whole bean' } }),
    )
    expect(issue).toMatchObject({
      code: 'variant_mismatch',
      path: ['options', 'Grind'],
      option: 'Grind',
      variantId: variant(3),
    })
    expect(issue.message).toContain('Grind: Whole bean')
    expect(issue.message).toContain('Grind: Espresso')
  })

  it('refuses the hidden variant (250 g / Espresso / Black) with variant_hidden', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), { ...REQUIRED, options: options('250 g', 'Espresso', 'Black') }),
    )
    expect(issue).toMatchObject({ code: 'variant_hidden', path: ['options'], variantId: variant(4) })
    expect(issue.message).toContain('Size: 250 g, Grind: Espresso, Bag color: Black')
    // By variant id, the path points at variantId.
    const byId = expectOneIssue(safeBuildCatalogReference(product(), { ...REQUIRED, variantId: variant(4) }))
    expect(byId).toMatchObject({ code: 'variant_hidden', path: ['variantId'], variantId: variant(4) })
  })

  it('refuses the out-of-stock variant without pre-order (1 kg / Whole bean / Black) with out_of_stock', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), { ...REQUIRED, options: options('1 kg', 'Whole bean', 'Black') }),
    )
    expect(issue).toMatchObject({ code: 'out_of_stock', path: ['options'], variantId: variant(6) })
    expect(issue.message).toContain('out of stock')
  })

  it('builds the out-of-stock, pre-order-enabled variant (1 kg / Espresso / Black) with preOrderRequested: true', () => {
    const reference = buildCatalogReference(product(), { ...REQUIRED, options: options('1 kg', 'Espresso', 'Black') })
    const expected = {
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: {
        variantId: variant(8),
        customTextFields: { 'Name on the label': 'Ana' },
        subscriptionOptionId: MONTHLY,
        preOrderRequested: true,
      },
    }
    expect(reference).toStrictEqual(expected)
    expect(JSON.stringify(reference)).toBe(JSON.stringify(expected))
  })

  it("with availability: 'ignore', builds the hidden and the out-of-stock variants (no preOrderRequested for the latter)", () => {
    const ignore = { availability: 'ignore' } as const
    expect(
      buildCatalogReference(product(), { ...REQUIRED, options: options('250 g', 'Espresso', 'Black') }, ignore).options
        ?.variantId,
    ).toBe(variant(4))
    const oos = buildCatalogReference(
      product(),
      { ...REQUIRED, options: options('1 kg', 'Whole bean', 'Black') },
      ignore,
    )
    expect(oos.options).toStrictEqual({
      variantId: variant(6),
      customTextFields: { 'Name on the label': 'Ana' },
      subscriptionOptionId: MONTHLY,
    })
  })

  it('requires the mandatory FREE_TEXT modifier (missing_modifier), also when blank', () => {
    const missing = expectOneIssue(
      safeBuildCatalogReference(product(), {
        options: options('250 g', 'Whole bean', 'Kraft'),
        subscriptionOptionId: 'Monthly',
      }),
    )
    expect(missing).toMatchObject({
      code: 'missing_modifier',
      path: ['modifiers', 'Label text'],
      modifier: 'Label text',
    })
    expect(missing.message).toContain('mandatory')
    expect(missing.message).toContain('1 to 30 characters')
    const blank = expectOneIssue(
      safeBuildCatalogReference(product(), {
        options: options('250 g', 'Whole bean', 'Kraft'),
        modifiers: { 'Name on the label': ' \t ' },
        subscriptionOptionId: 'Monthly',
      }),
    )
    expect(blank).toMatchObject({ code: 'missing_modifier', path: ['modifiers', 'Name on the label'] })
  })

  it('limits the free text to maxCharCount 30 (text_too_long) and accepts exactly 30', () => {
    const base = { options: options('250 g', 'Whole bean', 'Kraft'), subscriptionOptionId: 'Monthly' }
    const thirty = 'x'.repeat(30)
    expect(
      buildCatalogReference(product(), { ...base, modifiers: { 'Label text': thirty } }).options?.customTextFields,
    ).toStrictEqual({ 'Name on the label': thirty })
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), { ...base, modifiers: { 'Label text': 'x'.repeat(31) } }),
    )
    expect(issue).toMatchObject({ code: 'text_too_long', path: ['modifiers', 'Label text'], limit: 30 })
    expect(issue.message).toContain('30')
    expect(issue.message).toContain('31')
  })

  it('counts text length in UTF-16 code units, like String#length', () => {
    const base = { options: options('250 g', 'Whole bean', 'Kraft'), subscriptionOptionId: 'Monthly' }
    const fifteenEmoji = '😀'.repeat(15) // 30 code units
    expect(
      buildCatalogReference(product(), { ...base, modifiers: { 'Label text': fifteenEmoji } }).options
        ?.customTextFields,
    ).toStrictEqual({ 'Name on the label': fifteenEmoji })
    expect(
      expectOneIssue(safeBuildCatalogReference(product(), { ...base, modifiers: { 'Label text': `${fifteenEmoji}a` } }))
        .code,
    ).toBe('text_too_long')
  })

  it('requires a subscription (allowOneTimePurchases: false) and lists only the visible ones', () => {
    for (const subscriptionOptionId of [undefined, null, '', '   ']) {
      const issue = expectOneIssue(
        safeBuildCatalogReference(product(), {
          options: options('250 g', 'Whole bean', 'Kraft'),
          modifiers: REQUIRED.modifiers,
          subscriptionOptionId,
        }),
      )
      expect(issue).toMatchObject({
        code: 'subscription_required',
        path: ['subscriptionOptionId'],
        expected: ['Monthly', 'Every 2 weeks x12'],
      })
      expect(issue.message).toContain('Monthly, Every 2 weeks x12')
      expect(issue.message).not.toContain('Yearly')
    }
  })

  it('refuses the hidden subscription (subscription_hidden), by id or title; ignore lets it through', () => {
    for (const subscriptionOptionId of [YEARLY_HIDDEN, 'Yearly (hidden)']) {
      const issue = expectOneIssue(
        safeBuildCatalogReference(product(), {
          ...REQUIRED,
          options: options('250 g', 'Whole bean', 'Kraft'),
          subscriptionOptionId,
        }),
      )
      expect(issue).toMatchObject({ code: 'subscription_hidden', path: ['subscriptionOptionId'] })
      expect(issue.message).toContain('Monthly, Every 2 weeks x12')
    }
    const reference = buildCatalogReference(
      product(),
      { ...REQUIRED, options: options('250 g', 'Whole bean', 'Kraft'), subscriptionOptionId: YEARLY_HIDDEN },
      { availability: 'ignore' },
    )
    expect(reference.options?.subscriptionOptionId).toBe(YEARLY_HIDDEN)
  })

  it('refuses an unknown modifier choice, listing the choices', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), {
        ...REQUIRED,
        options: options('250 g', 'Whole bean', 'Kraft'),
        modifiers: { ...REQUIRED.modifiers, 'Ribbon color': 'Silver' },
      }),
    )
    expect(issue).toMatchObject({
      code: 'unknown_modifier_choice',
      path: ['modifiers', 'Ribbon color'],
      modifier: 'Ribbon color',
      expected: ['Red', 'Gold'],
    })
    expect(issue.message).toBe('Modifier "Ribbon color" has no choice "Silver". Choices: Red, Gold.')
  })

  it('collects every issue of a wrong selection in one pass', () => {
    const issues = expectIssues(
      safeBuildCatalogReference(product(), {
        options: { Size: '500 g', Grind: 'Espresso' },
        modifiers: { 'Gift wrap': 'maybe', 'Label text': 'x'.repeat(40), Engraving: 'hi' },
        subscriptionOptionId: 'Yearly (hidden)',
      }),
    )
    expect(issues.map((i) => `${i.code} ${i.path.join('.')}`).sort()).toEqual(
      [
        'unknown_choice options.Size',
        'missing_option options.Bag color',
        'unknown_modifier modifiers.Engraving',
        'unknown_modifier_choice modifiers.Gift wrap',
        'text_too_long modifiers.Label text',
        'subscription_hidden subscriptionOptionId',
      ].sort(),
    )
  })

  it('never falls back to a variant when options are missing', () => {
    const issues = expectIssues(safeBuildCatalogReference(product(), REQUIRED))
    expect(issues.map((i) => i.code)).toEqual(['missing_option', 'missing_option', 'missing_option'])
    expect(issues.map((i) => i.path)).toEqual([
      ['options', 'Size'],
      ['options', 'Grind'],
      ['options', 'Bag color'],
    ])
  })

  it('refuses a product fetched without variantsInfo (queryProducts) with missing_variants', () => {
    const raw = product()
    delete raw.variantsInfo
    const issue = expectOneIssue(
      safeBuildCatalogReference(raw, { ...REQUIRED, options: options('250 g', 'Whole bean', 'Kraft') }),
    )
    expect(issue).toMatchObject({ code: 'missing_variants', path: ['product', 'variantsInfo'] })
    expect(issue.message).toContain('getProduct')
  })

  it('refuses a hidden product (product_hidden) unless availability is ignored', () => {
    const raw = product()
    raw.visible = false
    const selection = { ...REQUIRED, options: options('250 g', 'Whole bean', 'Kraft') }
    expect(expectOneIssue(safeBuildCatalogReference(raw, selection))).toMatchObject({
      code: 'product_hidden',
      path: ['product', 'visible'],
    })
    expect(
      expectSuccess(safeBuildCatalogReference(raw, selection, { availability: 'ignore' })).options?.variantId,
    ).toBe(variant(1))
  })
})
