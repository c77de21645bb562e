/*
 * Golden fixture: Classic Crew T-Shirt, a Catalog V1 product with managed variants (Size S/M ×
 * Color Black/White, a color option with hex values), a mandatory custom text field (≤ 20) and an
 * optional one (≤ 200). S/White is out of stock (inStock: false, quantity 0); M/White is hidden.
 * Expected references written by hand from test/fixtures/tshirt-managed.{sdk,rest}.json.
 */
import { describe, expect, it } from 'vitest'
import {
  STORES_APP_ID,
  buildCatalogReference,
  detectCatalogVersion,
  safeBuildCatalogReference,
} from '../../src/index.js'
import { expectIssues, expectOneIssue, expectPlainJson } from '../helpers/assertions.js'
import { fixture, toVeloShape, type RawProduct } from '../helpers/fixtures.js'

const PRODUCT_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'
const variant = (n: number): string => `00000000-0000-000${n}-0005-92b5d2d4b1a1`
const NAME_FIELD = 'Name to print on the back'
const GIFT_FIELD = 'Gift message'
const NAME = { [NAME_FIELD]: 'ANA' } as const

const SHAPES: readonly [string, () => RawProduct][] = [
  ['SDK shape', () => fixture('tshirt-managed.sdk')],
  ['REST shape', () => fixture('tshirt-managed.rest')],
  ['Velo shape (productOptions keyed by name)', () => toVeloShape(fixture('tshirt-managed.sdk'))],
]

describe.each(SHAPES)('T-shirt (V1 managed variants, %s)', (_shape, product) => {
  it('is detected as V1', () => {
    expect(detectCatalogVersion(product())).toBe('V1')
  })

  it('builds { variantId, customTextFields } for S / Black', () => {
    const reference = buildCatalogReference(product(), { options: { Size: 'S', Color: 'Black' }, modifiers: NAME })
    const expected = {
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: { variantId: variant(1), customTextFields: { [NAME_FIELD]: 'ANA' } },
    }
    expect(reference).toStrictEqual(expected)
    expect(JSON.stringify(reference)).toBe(JSON.stringify(expected))
    expectPlainJson(reference)
  })

  it('accepts the color by name, by hex value, or forgivingly, and writes the variant', () => {
    for (const color of ['Black', '#000000', 'black', ' BLACK ']) {
      expect(
        buildCatalogReference(product(), { options: { Size: 'M', Color: color }, modifiers: NAME }).options,
        color,
      ).toStrictEqual({
        variantId: variant(3),
        customTextFields: { [NAME_FIELD]: 'ANA' },
      })
    }
  })

  it('writes both custom text fields in product order, whatever the selection order', () => {
    const reference = buildCatalogReference(product(), {
      options: { Size: 'M', Color: 'Black' },
      modifiers: { [GIFT_FIELD]: 'Happy birthday', [NAME_FIELD]: 'ANA' },
    })
    const expected = {
      variantId: variant(3),
      customTextFields: { [NAME_FIELD]: 'ANA', [GIFT_FIELD]: 'Happy birthday' },
    }
    expect(reference.options).toStrictEqual(expected)
    expect(JSON.stringify(reference.options)).toBe(JSON.stringify(expected))
  })

  it('accepts a variantId instead of options', () => {
    expect(buildCatalogReference(product(), { variantId: variant(3), modifiers: NAME })).toStrictEqual({
      catalogItemId: PRODUCT_ID,
      appId: STORES_APP_ID,
      options: { variantId: variant(3), customTextFields: { [NAME_FIELD]: 'ANA' } },
    })
  })

  it('passes a V1 subscriptionOptionId through unchecked', () => {
    const reference = buildCatalogReference(product(), {
      options: { Size: 'S', Color: 'Black' },
      modifiers: NAME,
      subscriptionOptionId: 'legacy-plan-1',
    })
    expect(reference.options).toStrictEqual({
      variantId: variant(1),
      customTextFields: { [NAME_FIELD]: 'ANA' },
      subscriptionOptionId: 'legacy-plan-1',
    })
  })

  it('refuses S / White: stock.inStock false, quantity 0 (out_of_stock)', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), { options: { Size: 'S', Color: '#FFFFFF' }, modifiers: NAME }),
    )
    expect(issue).toMatchObject({ code: 'out_of_stock', path: ['options'], variantId: variant(2) })
    expect(issue.message).toContain('Size: S, Color: White')
  })

  it('refuses a tracked quantity of 0 even when inStock says true', () => {
    const raw = product()
    raw.variants[2].stock = { trackQuantity: true, quantity: 0, inStock: true }
    expect(
      expectOneIssue(safeBuildCatalogReference(raw, { options: { Size: 'M', Color: 'Black' }, modifiers: NAME })),
    ).toMatchObject({ code: 'out_of_stock', variantId: variant(3) })
    // An untracked quantity of 0 means nothing.
    raw.variants[2].stock = { trackQuantity: false, quantity: 0, inStock: true }
    expect(
      buildCatalogReference(raw, { options: { Size: 'M', Color: 'Black' }, modifiers: NAME }).options?.variantId,
    ).toBe(variant(3))
  })

  it('refuses M / White: variant.visible false (variant_hidden)', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), { options: { Size: 'M', Color: 'White' }, modifiers: NAME }),
    )
    expect(issue).toMatchObject({ code: 'variant_hidden', path: ['options'], variantId: variant(4) })
  })

  it("builds the hidden and out-of-stock variants with availability: 'ignore'", () => {
    expect(
      buildCatalogReference(
        product(),
        { options: { Size: 'M', Color: 'White' }, modifiers: NAME },
        { availability: 'ignore' },
      ).options?.variantId,
    ).toBe(variant(4))
    expect(
      buildCatalogReference(
        product(),
        { options: { Size: 'S', Color: 'White' }, modifiers: NAME },
        { availability: 'ignore' },
      ).options,
    ).toStrictEqual({
      variantId: variant(2),
      customTextFields: { [NAME_FIELD]: 'ANA' },
    })
  })

  it('requires the mandatory custom text field (missing_modifier), also when blank', () => {
    const missing = expectOneIssue(safeBuildCatalogReference(product(), { options: { Size: 'S', Color: 'Black' } }))
    expect(missing).toMatchObject({ code: 'missing_modifier', path: ['modifiers', NAME_FIELD], modifier: NAME_FIELD })
    expect(missing.message).toContain('1 to 20 characters')
    const blank = expectOneIssue(
      safeBuildCatalogReference(product(), {
        options: { Size: 'S', Color: 'Black' },
        modifiers: { [NAME_FIELD]: '   ' },
      }),
    )
    expect(blank).toMatchObject({ code: 'missing_modifier', path: ['modifiers', NAME_FIELD] })
  })

  it('limits custom text to maxLength (text_too_long)', () => {
    const ok = buildCatalogReference(product(), {
      options: { Size: 'S', Color: 'Black' },
      modifiers: { [NAME_FIELD]: 'x'.repeat(20) },
    })
    expect(ok.options?.customTextFields).toStrictEqual({ [NAME_FIELD]: 'x'.repeat(20) })
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), {
        options: { Size: 'S', Color: 'Black' },
        modifiers: { [NAME_FIELD]: 'x'.repeat(21) },
      }),
    )
    expect(issue).toMatchObject({ code: 'text_too_long', path: ['modifiers', NAME_FIELD], limit: 20 })
  })

  it('refuses an unknown custom text field with unknown_modifier, listing the fields', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), {
        options: { Size: 'S', Color: 'Black' },
        modifiers: { ...NAME, Engraving: 'x' },
      }),
    )
    expect(issue).toMatchObject({
      code: 'unknown_modifier',
      path: ['modifiers', 'Engraving'],
      expected: [NAME_FIELD, GIFT_FIELD],
    })
    expect(issue.message).toContain(`Custom text fields: ${NAME_FIELD}, ${GIFT_FIELD}.`)
  })

  it('refuses an unknown color, listing the names', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(product(), { options: { Size: 'S', Color: 'Red' }, modifiers: NAME }),
    )
    expect(issue).toMatchObject({
      code: 'unknown_choice',
      path: ['options', 'Color'],
      option: 'Color',
      expected: ['Black', 'White'],
    })
    expect(issue.message).toBe('Option "Color" has no choice "Red". Choices: Black, White.')
  })

  it('reports missing options and the missing text together', () => {
    const issues = expectIssues(safeBuildCatalogReference(product(), {}))
    expect(issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'missing_option options.Size',
      'missing_option options.Color',
      `missing_modifier modifiers.${NAME_FIELD}`,
    ])
  })

  it('without variants: missing_variants, unless the variantId is given (then passed through)', () => {
    const raw = product()
    delete raw.variants
    const issue = expectOneIssue(
      safeBuildCatalogReference(raw, { options: { Size: 'S', Color: 'Black' }, modifiers: NAME }),
    )
    expect(issue).toMatchObject({ code: 'missing_variants', path: ['product', 'variants'] })
    expect(issue.message).toContain('variantId')
    expect(buildCatalogReference(raw, { variantId: variant(1), modifiers: NAME }).options).toStrictEqual({
      variantId: variant(1),
      customTextFields: { [NAME_FIELD]: 'ANA' },
    })
  })
})
