/*
 * Golden fixture: Hand-Poured Soy Candle, a Catalog V1 product with unmanaged variants
 * (manageVariants: false): the reference carries `options` = option name → choice description, in
 * product order. Scent (drop-down) × Jar color (color: value is the hex code, description the name);
 * an optional custom text field (≤ 30). Expected references written by hand from
 * test/fixtures/candle-unmanaged.{sdk,rest}.json.
 */
import { describe, expect, it } from 'vitest'
import {
  STORES_APP_ID,
  buildCatalogReference,
  buildLineItem,
  detectCatalogVersion,
  safeBuildCatalogReference,
} from '../../src/index.js'
import { expectIssues, expectOneIssue, expectPlainJson, expectSuccess } from '../helpers/assertions.js'
import { fixture, toVeloShape, type RawProduct } from '../helpers/fixtures.js'

const PRODUCT_ID = '6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f'
const LABEL = 'Personalized label (optional)'

const SHAPES: readonly [string, () => RawProduct][] = [
  ['SDK shape', () => fixture('candle-unmanaged.sdk')],
  ['REST shape', () => fixture('candle-unmanaged.rest')],
  ['Velo shape (productOptions keyed by name)', () => toVeloShape(fixture('candle-unmanaged.sdk'))],
]

describe.each(SHAPES)('Candle (V1 unmanaged variants, %s)', (_shape, product) => {
  it('is detected as V1', () => {
    expect(detectCatalogVersion(product())).toBe('V1')
  })

  it('builds options by name → description, in product order, the color NAME written for a hex input', () => {
    const reference = buildCatalogReference(product(), { options: { 'Jar color': '#F5F5F5', Scent: 'Vanilla' } })
    const expected = {
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: { options: { Scent: 'Vanilla', 'Jar color': 'Clear' } },
    }
    expect(reference).toStrictEqual(expected)
    expect(JSON.stringify(reference)).toBe(JSON.stringify(expected))
    expectPlainJson(reference)
  })

  it.each([
    [
      { Scent: 'Lavender', 'Jar color': 'Amber' },
      { Scent: 'Lavender', 'Jar color': 'Amber' },
    ],
    [
      { Scent: 'Lavender', 'Jar color': '#FFBF00' },
      { Scent: 'Lavender', 'Jar color': 'Amber' },
    ],
    [
      { scent: 'cedarwood', 'JAR COLOR': 'clear' },
      { Scent: 'Cedarwood', 'Jar color': 'Clear' },
    ],
    [
      { Scent: 'Cedarwood', 'Jar color': '#ffbf00' },
      { Scent: 'Cedarwood', 'Jar color': 'Amber' },
    ],
  ])('maps %j to %j', (given, written) => {
    expect(buildCatalogReference(product(), { options: given })).toStrictEqual({
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: { options: written },
    })
  })

  it('adds the optional custom text field by title, and leaves it out when blank', () => {
    const withText = buildCatalogReference(product(), {
      options: { Scent: 'Vanilla', 'Jar color': 'Amber' },
      modifiers: { [LABEL]: 'For Mum' },
    })
    expect(withText.options).toStrictEqual({
      options: { Scent: 'Vanilla', 'Jar color': 'Amber' },
      customTextFields: { [LABEL]: 'For Mum' },
    })
    const blank = buildCatalogReference(product(), {
      options: { Scent: 'Vanilla', 'Jar color': 'Amber' },
      modifiers: { [LABEL]: '  ' },
    })
    expect(blank.options).toStrictEqual({ options: { Scent: 'Vanilla', 'Jar color': 'Amber' } })
  })

  it('limits the custom text to maxLength 30', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), {
        options: { Scent: 'Vanilla', 'Jar color': 'Amber' },
        modifiers: { [LABEL]: 'x'.repeat(31) },
      }),
    )
    expect(issue).toMatchObject({ code: 'text_too_long', path: ['modifiers', LABEL], limit: 30 })
  })

  it('accepts a variantId and still writes the options map (no variantId for unmanaged products)', () => {
    const reference = buildCatalogReference(product(), { variantId: '00000000-0000-0003-0005-b8c1d7e6f5a4' })
    expect(reference).toStrictEqual({
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } },
    })
  })

  it('builds a line item', () => {
    expect(
      buildLineItem(product(), { options: { Scent: 'Lavender', 'Jar color': 'Clear' }, quantity: 12 }),
    ).toStrictEqual({
      catalogReference: {
        catalogItemId: PRODUCT_ID,
        appId: STORES_APP_ID,
        options: { options: { Scent: 'Lavender', 'Jar color': 'Clear' } },
      },
      quantity: 12,
    })
  })

  it('requires every option (missing_option, listing the choices)', () => {
    const issue = expectOneIssue(safeBuildCatalogReference(product(), { options: { Scent: 'Vanilla' } }))
    expect(issue).toMatchObject({
      code: 'missing_option',
      path: ['options', 'Jar color'],
      option: 'Jar color',
      expected: ['Amber', 'Clear'],
    })
    expect(issue.message).toBe('Option "Jar color" needs a choice: Amber, Clear.')
  })

  it('refuses an unknown scent, listing the choices', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), { options: { Scent: 'Rose', 'Jar color': 'Amber' } }),
    )
    expect(issue).toMatchObject({ code: 'unknown_choice', path: ['options', 'Scent'], received: 'Rose' })
    expect(issue.message).toBe('Option "Scent" has no choice "Rose". Choices: Lavender, Vanilla, Cedarwood.')
  })

  it('refuses an out-of-stock product: inventoryStatus OUT_OF_STOCK, or inStock false', () => {
    const selection = { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } }
    const byStatus = product()
    byStatus.stock.inventoryStatus = 'OUT_OF_STOCK'
    expect(expectOneIssue(safeBuildCatalogReference(byStatus, selection))).toMatchObject({
      code: 'out_of_stock',
      path: ['product', 'stock'],
    })
    const byFlag = product()
    byFlag.stock.inStock = false
    expect(expectOneIssue(safeBuildCatalogReference(byFlag, selection))).toMatchObject({
      code: 'out_of_stock',
      path: ['product', 'stock'],
    })
    const byQuantity = product()
    byQuantity.stock = { trackInventory: true, quantity: 0 }
    expect(expectOneIssue(safeBuildCatalogReference(byQuantity, selection))).toMatchObject({
      code: 'out_of_stock',
      path: ['product', 'stock'],
    })
    expect(
      expectSuccess(safeBuildCatalogReference(byStatus, selection, { availability: 'ignore' })).options?.options,
    ).toStrictEqual({ Scent: 'Vanilla', 'Jar color': 'Amber' })
  })

  it('refuses an out-of-stock choice of an unmanaged product', () => {
    const raw = product()
    const options = Array.isArray(raw.productOptions)
      ? raw.productOptions
      : Object.values(raw.productOptions as Record<string, RawProduct>)
    options[0].choices[1].inStock = false // Vanilla
    const issue = expectOneIssue(
      safeBuildCatalogReference(raw, { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } }),
    )
    expect(issue).toMatchObject({ code: 'out_of_stock', path: ['options', 'Scent'], option: 'Scent' })
    expect(issue.message).toContain('Vanilla')
  })

  it('refuses a hidden product with product_hidden', () => {
    const raw = product()
    raw.visible = false
    const issues = expectIssues(safeBuildCatalogReference(raw, { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } }))
    expect(issues).toEqual([expect.objectContaining({ code: 'product_hidden', path: ['product', 'visible'] })])
  })
})
