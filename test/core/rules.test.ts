/*
 * The rules of docs/building.md ("The Wix rules it implements", "Builders", "Resolving what the buyer named") one by one, on small hand-written products: detection, products without
 * options, the one-visible-choice rule, resolution order (id → key → name → forgiving), modifier
 * key/name fallbacks, text limits, subscriptions and pre-order.
 */
import { describe, expect, it } from 'vitest'
import {
  STORES_APP_ID,
  buildCatalogReference,
  detectCatalogVersion,
  safeBuildCatalogReference,
} from '../../src/index.js'
import { expectOneIssue, expectPlainJson } from '../helpers/assertions.js'
import type { RawProduct } from '../helpers/fixtures.js'

const ref = (catalogItemId: string, options?: Record<string, unknown>): Record<string, unknown> =>
  options === undefined ? { catalogItemId, appId: STORES_APP_ID } : { catalogItemId, appId: STORES_APP_ID, options }

/** A V3 product with one option "Size" and one variant per choice (`v-<choiceId>`). */
function v3(choices: RawProduct[], extra: RawProduct = {}): RawProduct {
  return {
    id: 'p3',
    options: [{ id: 'size', name: 'Size', choicesSettings: { choices } }],
    variantsInfo: {
      variants: choices.map((c) => ({
        id: `v-${c.choiceId}`,
        choices: [{ optionChoiceIds: { optionId: 'size', choiceId: c.choiceId } }],
      })),
    },
    ...extra,
  }
}

describe('detection (docs/building.md, "Builders")', () => {
  it.each([
    ['variantsInfo', { variantsInfo: { variants: [] } }],
    ['modifiers', { modifiers: [] }],
    ['subscriptionDetails', { subscriptionDetails: {} }],
    ['options with choicesSettings', { options: [{ id: 'o', choicesSettings: { choices: [] } }] }],
  ])('V3 by %s', (_field, fields) => {
    expect(detectCatalogVersion({ _id: 'p', ...fields })).toBe('V3')
  })

  it.each([
    ['productOptions (array)', { productOptions: [] }],
    ['productOptions (Velo map)', { productOptions: {} }],
    ['manageVariants: false', { manageVariants: false }],
    ['customTextFields', { customTextFields: [] }],
    ['variants with a choices map', { variants: [{ _id: 'v', choices: {} }] }],
  ])('V1 by %s', (_field, fields) => {
    expect(detectCatalogVersion({ _id: 'p', ...fields })).toBe('V1')
  })

  it('neither: undefined (a V3 product from queryProducts without options, modifiers or variantsInfo)', () => {
    expect(detectCatalogVersion({ _id: 'p', name: 'Mug', options: [], variants: [] })).toBeUndefined()
  })

  it('catalogVersion skips detection', () => {
    const product = { _id: 'p', manageVariants: false, productOptions: [] }
    expect(buildCatalogReference(product)).toStrictEqual(ref('p'))
    expect(expectOneIssue(safeBuildCatalogReference(product, {}, { catalogVersion: 'V3' })).code).toBe(
      'missing_variants',
    )
  })
})

describe('products without options', () => {
  it('V3: always a variantId — the single default variant with choices: []', () => {
    const product = {
      id: 'mug',
      options: [],
      variantsInfo: { variants: [{ id: '00000000-0000-0000-0000-000000000000', choices: [] }] },
    }
    const reference = buildCatalogReference(product)
    expect(reference).toStrictEqual(ref('mug', { variantId: '00000000-0000-0000-0000-000000000000' }))
    expectPlainJson(reference)
    // Also with the docs' variant shape, and with the options field left out.
    expect(
      buildCatalogReference({ id: 'mug', variantsInfo: { variants: [{ id: 'd', optionChoiceIds: [] }] } }),
    ).toStrictEqual(ref('mug', { variantId: 'd' }))
  })

  it('V3: options given for a product without options → unknown_option', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(
        { id: 'mug', options: [], variantsInfo: { variants: [{ id: 'd', choices: [] }] } },
        { options: { Size: 'S' } },
      ),
    )
    expect(issue).toMatchObject({ code: 'unknown_option', path: ['options', 'Size'] })
  })

  it('V1 unmanaged: no options at all → no `options` in the reference', () => {
    const reference = buildCatalogReference({ _id: 'card', manageVariants: false, productOptions: [] })
    expect(reference).toStrictEqual(ref('card'))
    expect('options' in reference).toBe(false)
  })

  it('V1 managed: the default variant', () => {
    expect(
      buildCatalogReference({
        _id: 'card',
        manageVariants: true,
        productOptions: [],
        variants: [{ _id: '00000000-0000-0000-0000-000000000000', choices: {} }],
      }),
    ).toStrictEqual(ref('card', { variantId: '00000000-0000-0000-0000-000000000000' }))
  })
})

describe('an option with exactly one visible choice may be left out (docs/building.md, "Resolving what the buyer named")', () => {
  it('one choice in all: taken', () => {
    expect(buildCatalogReference(v3([{ choiceId: 'one', name: 'One size' }]))).toStrictEqual(
      ref('p3', { variantId: 'v-one' }),
    )
  })

  it('one visible choice among hidden ones: taken', () => {
    expect(
      buildCatalogReference(
        v3([
          { choiceId: 's', name: 'S', visible: false },
          { choiceId: 'm', name: 'M' },
        ]),
      ),
    ).toStrictEqual(ref('p3', { variantId: 'v-m' }))
  })

  it('two visible choices: never guessed (missing_option lists the visible ones)', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(
        v3([
          { choiceId: 's', name: 'S' },
          { choiceId: 'x', name: 'XS', visible: false },
          { choiceId: 'm', name: 'M' },
        ]),
      ),
    )
    expect(issue).toMatchObject({ code: 'missing_option', path: ['options', 'Size'], expected: ['S', 'M'] })
  })

  it('a blank choice counts as not given', () => {
    const issue = expectOneIssue(
      safeBuildCatalogReference(
        v3([
          { choiceId: 's', name: 'S' },
          { choiceId: 'm', name: 'M' },
        ]),
        { options: { Size: '  ' } },
      ),
    )
    expect(issue).toMatchObject({ code: 'missing_option', path: ['options', 'Size'] })
  })

  it('V1 unmanaged: the single choice is written', () => {
    const product = {
      _id: 'p1',
      manageVariants: false,
      productOptions: [
        { name: 'Size', choices: [{ value: 'One', description: 'One size' }] },
        {
          name: 'Color',
          choices: [
            { value: '#000', description: 'Black' },
            { value: '#fff', description: 'White' },
          ],
        },
      ],
    }
    expect(buildCatalogReference(product, { options: { Color: '#fff' } })).toStrictEqual(
      ref('p1', { options: { Size: 'One size', Color: 'White' } }),
    )
  })
})

describe('resolution: exact id → exact key → exact name, then forgiving (docs/building.md, "Resolving what the buyer named")', () => {
  // Choice ids, keys and names that collide on purpose.
  const product = v3([
    { choiceId: 'Large', key: 'l', name: 'L' },
    { choiceId: 'c2', key: 'Large', name: 'Big' },
    { choiceId: 'c3', key: 'x', name: 'l' },
    { choiceId: 'c4', key: 'cafe', name: 'Café' },
  ])

  it.each([
    ['Large', 'v-Large', 'an exact id beats an exact key'],
    ['l', 'v-Large', 'an exact key beats an exact name'],
    ['Big', 'v-c2', 'exact name'],
    ['x', 'v-c3', 'exact key'],
    ['c4', 'v-c4', 'exact id'],
    ['CAFÉ', 'v-c4', 'forgiving: case-insensitive'],
    ['  Café ', 'v-c4', 'forgiving: trimmed'],
    ['Cafe\u0301', 'v-c4', 'forgiving: Unicode NFC (decomposed é)'],
  ])('%s → %s (%s)', (input, variantId) => {
    expect(buildCatalogReference(product, { options: { Size: input } })).toStrictEqual(ref('p3', { variantId }))
  })

  it('the forgiving pass with two candidates → ambiguous_name, listing them', () => {
    // "BIG " folds to "big" (only c2) but "L " folds to "l": key of choice Large and name of c3.
    const issue = expectOneIssue(safeBuildCatalogReference(product, { options: { Size: 'L ' } }))
    expect(issue).toMatchObject({ code: 'ambiguous_name', path: ['options', 'Size'] })
    expect(issue.candidates).toHaveLength(2)
    expect(buildCatalogReference(product, { options: { Size: 'BIG ' } })).toStrictEqual(
      ref('p3', { variantId: 'v-c2' }),
    )
  })

  it('two choices with the same exact name → ambiguous_name (use the id)', () => {
    const twins = v3([
      { choiceId: 'a', name: 'Red' },
      { choiceId: 'b', name: 'Red' },
    ])
    const issue = expectOneIssue(safeBuildCatalogReference(twins, { options: { Size: 'Red' } }))
    expect(issue).toMatchObject({ code: 'ambiguous_name', path: ['options', 'Size'] })
    expect(issue.message).toContain('a')
    expect(issue.message).toContain('b')
    expect(buildCatalogReference(twins, { options: { Size: 'b' } })).toStrictEqual(ref('p3', { variantId: 'v-b' }))
  })

  it('options are addressed by id, key or name', () => {
    const keyed = v3([
      { choiceId: 's', name: 'S' },
      { choiceId: 'm', name: 'M' },
    ])
    keyed.options[0].key = 'size-key'
    for (const name of ['size', 'size-key', 'Size', 'SIZE']) {
      expect(buildCatalogReference(keyed, { options: { [name]: 'M' } }), name).toStrictEqual(
        ref('p3', { variantId: 'v-m' }),
      )
    }
  })
})

describe('V3 modifiers (docs/building.md, "The Wix rules it implements")', () => {
  const base = (modifiers: RawProduct[]): RawProduct => v3([{ choiceId: 'one', name: 'One' }], { modifiers })

  it('the modifier key and choice key are written; the name only where the key is absent', () => {
    const product = base([
      {
        key: 'wrap',
        name: 'Gift wrap',
        modifierRenderType: 'TEXT_CHOICES',
        choicesSettings: { choices: [{ key: 'y', name: 'Yes' }, { name: 'No' }] },
      },
      {
        name: 'Color',
        modifierRenderType: 'SWATCH_CHOICES',
        choicesSettings: { choices: [{ key: 'red', name: 'Red' }] },
      },
    ])
    expect(
      buildCatalogReference(product, { modifiers: { 'Gift wrap': 'Yes', Color: 'Red' } }).options?.options,
    ).toStrictEqual({ wrap: 'y', Color: 'red' })
    expect(buildCatalogReference(product, { modifiers: { wrap: 'No' } }).options?.options).toStrictEqual({ wrap: 'No' })
    expect(
      buildCatalogReference(product, { modifiers: { wrap: 'y', Color: 'red' } }, { modifierChoiceValue: 'name' })
        .options?.options,
    ).toStrictEqual({ wrap: 'Yes', Color: 'Red' })
  })

  it('a modifier may be omitted unless mandatory', () => {
    const product = (mandatory: boolean): RawProduct =>
      base([
        {
          key: 'wrap',
          name: 'Gift wrap',
          mandatory,
          modifierRenderType: 'TEXT_CHOICES',
          choicesSettings: { choices: [{ key: 'y', name: 'Yes' }] },
        },
      ])
    expect(buildCatalogReference(product(false))).toStrictEqual(ref('p3', { variantId: 'v-one' }))
    expect(expectOneIssue(safeBuildCatalogReference(product(true)))).toMatchObject({
      code: 'missing_modifier',
      path: ['modifiers', 'Gift wrap'],
      expected: ['Yes'],
    })
  })

  it('FREE_TEXT: written under freeTextSettings.key, within minCharCount / maxCharCount, never over 500', () => {
    const product = base([
      {
        name: 'Note',
        modifierRenderType: 'FREE_TEXT',
        freeTextSettings: { key: 'note-key', title: 'Your note', minCharCount: 2, maxCharCount: 5 },
      },
      { name: 'Long', modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 'long', maxCharCount: 10_000 } },
    ])
    expect(
      buildCatalogReference(product, { modifiers: { 'Your note': 'abcde', Long: 'x'.repeat(500) } }).options
        ?.customTextFields,
    ).toStrictEqual({ 'note-key': 'abcde', long: 'x'.repeat(500) })
    expect(expectOneIssue(safeBuildCatalogReference(product, { modifiers: { Note: 'a' } }))).toMatchObject({
      code: 'text_too_short',
      limit: 2,
    })
    expect(expectOneIssue(safeBuildCatalogReference(product, { modifiers: { Note: 'abcdef' } }))).toMatchObject({
      code: 'text_too_long',
      limit: 5,
    })
    expect(expectOneIssue(safeBuildCatalogReference(product, { modifiers: { Long: 'x'.repeat(501) } }))).toMatchObject({
      code: 'text_too_long',
      path: ['modifiers', 'Long'],
      limit: 500,
    })
  })

  it('free text is written as given (not trimmed)', () => {
    const product = base([{ name: 'Note', modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 'note' } }])
    expect(buildCatalogReference(product, { modifiers: { Note: '  hi  ' } }).options?.customTextFields).toStrictEqual({
      note: '  hi  ',
    })
  })
})

describe('V1 custom text fields', () => {
  it('maxLength over 500 is capped at the Wix limit of 500', () => {
    const product = {
      _id: 'p1',
      manageVariants: false,
      productOptions: [],
      customTextFields: [{ title: 'Note', maxLength: 2000 }],
    }
    expect(buildCatalogReference(product, { modifiers: { Note: 'x'.repeat(500) } })).toStrictEqual(
      ref('p1', { customTextFields: { Note: 'x'.repeat(500) } }),
    )
    expect(expectOneIssue(safeBuildCatalogReference(product, { modifiers: { Note: 'x'.repeat(501) } }))).toMatchObject({
      code: 'text_too_long',
      limit: 500,
    })
  })
})

describe('V3 subscriptions (docs/building.md, "The Wix rules it implements")', () => {
  const subs = (allowOneTimePurchases: boolean | undefined): RawProduct =>
    v3([{ choiceId: 'one', name: 'One' }], {
      subscriptionDetails: {
        subscriptions: [{ id: 'sub-1', title: 'Weekly', visible: true }],
        ...(allowOneTimePurchases === undefined ? {} : { allowOneTimePurchases }),
      },
    })

  it('required unless allowOneTimePurchases is true (absent counts as not true)', () => {
    expect(expectOneIssue(safeBuildCatalogReference(subs(false))).code).toBe('subscription_required')
    expect(expectOneIssue(safeBuildCatalogReference(subs(undefined))).code).toBe('subscription_required')
    expect(buildCatalogReference(subs(true))).toStrictEqual(ref('p3', { variantId: 'v-one' }))
  })

  it('written as the subscription id, given by id or title', () => {
    for (const given of ['sub-1', 'Weekly', 'weekly']) {
      expect(buildCatalogReference(subs(false), { subscriptionOptionId: given })).toStrictEqual(
        ref('p3', { variantId: 'v-one', subscriptionOptionId: 'sub-1' }),
      )
    }
  })

  it('an empty subscriptions list offers none', () => {
    const product = v3([{ choiceId: 'one', name: 'One' }], {
      subscriptionDetails: { subscriptions: [], allowOneTimePurchases: false },
    })
    expect(buildCatalogReference(product)).toStrictEqual(ref('p3', { variantId: 'v-one' }))
    expect(expectOneIssue(safeBuildCatalogReference(product, { subscriptionOptionId: 'x' })).code).toBe(
      'subscriptions_not_offered',
    )
  })
})

describe('V3 pre-order (docs/building.md, "The Wix rules it implements")', () => {
  const stocked = (inventoryStatus: RawProduct): RawProduct => {
    const product = v3([{ choiceId: 'one', name: 'One' }])
    product.variantsInfo.variants[0].inventoryStatus = inventoryStatus
    return product
  }

  it('out of stock with preorderEnabled → preOrderRequested: true', () => {
    expect(buildCatalogReference(stocked({ inStock: false, preorderEnabled: true }))).toStrictEqual(
      ref('p3', { variantId: 'v-one', preOrderRequested: true }),
    )
  })

  it('in stock with preorderEnabled → a normal order', () => {
    expect(buildCatalogReference(stocked({ inStock: true, preorderEnabled: true }))).toStrictEqual(
      ref('p3', { variantId: 'v-one' }),
    )
  })

  it('out of stock without pre-order → out_of_stock', () => {
    expect(expectOneIssue(safeBuildCatalogReference(stocked({ inStock: false })))).toMatchObject({
      code: 'out_of_stock',
      variantId: 'v-one',
    })
  })

  it('a hidden variant is refused even when pre-orderable', () => {
    const product = stocked({ inStock: false, preorderEnabled: true })
    product.variantsInfo.variants[0].visible = false
    expect(expectOneIssue(safeBuildCatalogReference(product)).code).toBe('variant_hidden')
  })
})

describe('the per-product cache (docs/product-page.md) sees top-level changes to a reused product object', () => {
  it('visible, options, variantsInfo and modifiers replaced between builds', () => {
    const product = v3([
      { choiceId: 's', name: 'S' },
      { choiceId: 'm', name: 'M' },
    ])
    expect(buildCatalogReference(product, { options: { Size: 'M' } })).toStrictEqual(ref('p3', { variantId: 'v-m' }))
    product.visible = false
    expect(expectOneIssue(safeBuildCatalogReference(product, { options: { Size: 'M' } })).code).toBe('product_hidden')
    product.visible = true
    product.options = [
      {
        id: 'size',
        name: 'Size',
        choicesSettings: {
          choices: [
            { choiceId: 's', name: 'Small' },
            { choiceId: 'm', name: 'Medium' },
          ],
        },
      },
    ]
    expect(buildCatalogReference(product, { options: { Size: 'Medium' } })).toStrictEqual(
      ref('p3', { variantId: 'v-m' }),
    )
    product.variantsInfo = {
      variants: [{ id: 'new-m', choices: [{ optionChoiceIds: { optionId: 'size', choiceId: 'm' } }] }],
    }
    expect(buildCatalogReference(product, { options: { Size: 'Medium' } })).toStrictEqual(
      ref('p3', { variantId: 'new-m' }),
    )
    product.modifiers = [
      { name: 'Note', mandatory: true, modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 'note' } },
    ]
    expect(expectOneIssue(safeBuildCatalogReference(product, { options: { Size: 'Medium' } })).code).toBe(
      'missing_modifier',
    )
  })
})

describe('the per-product cache keeps a model from the second build on (docs/performance.md: caveat)', () => {
  const velo = (): RawProduct => ({
    _id: 'p1',
    manageVariants: false,
    productOptions: [],
    customTextFields: [{ title: 'Note', mandatory: true }],
  })
  const builds = (product: RawProduct, title: string): boolean =>
    safeBuildCatalogReference(product, { modifiers: { [title]: 'x' } }).success
  const rename = (product: RawProduct): void => {
    // A nested change in place: the top-level fields (and the array's identity and length) stay.
    product.customTextFields[0].title = 'Memo'
  }

  it('after two builds, a nested change in place is not seen: the cached model is used', () => {
    const product = velo()
    expect(builds(product, 'Note')).toBe(true)
    expect(builds(product, 'Note')).toBe(true)
    rename(product)
    expect(builds(product, 'Note')).toBe(true)
    expect(builds(product, 'Memo')).toBe(false)
    // A fresh copy is read afresh.
    expect(builds(structuredClone(product), 'Memo')).toBe(true)
  })

  it('after one build nothing is cached yet: the second build reads the product again', () => {
    const product = velo()
    expect(builds(product, 'Note')).toBe(true)
    rename(product)
    expect(builds(product, 'Memo')).toBe(true)
    expect(builds(product, 'Note')).toBe(false)
  })

  it('a top-level change after the model is cached is seen', () => {
    const product = velo()
    expect(builds(product, 'Note')).toBe(true)
    expect(builds(product, 'Note')).toBe(true)
    product.customTextFields = [{ title: 'Memo', mandatory: true }]
    expect(builds(product, 'Memo')).toBe(true)
    expect(builds(product, 'Note')).toBe(false)
  })
})
