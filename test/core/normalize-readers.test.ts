/*
 * Reading raw V1 and V3 products (src/normalize): the shapes Wix sends besides the common one, the
 * fields that only some products have, and broken entries. Variant lookups are checked cold (the
 * first build scans the raw variants) and warm (later builds of the same product object go through
 * the variant index): the answer must not depend on which. Written for mutants StrykerJS left alive
 * in src/normalize (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest'
import { detectCatalogVersion, getChoiceStates, safeBuildCatalogReference } from '../../src/index.js'
import type { BuildResult, Selection } from '../../src/index.js'
import { VARIANTS_MAX } from '../../src/constants.js'
import type { RawProduct } from '../helpers/fixtures.js'

/** What a build gives, cold and then warm: the variantId on success, the issues' [code, path] otherwise. */
function outcome(result: BuildResult<unknown>): unknown {
  if (!result.success) return result.error.issues.map((i) => [i.code, i.path])
  const data = result.data as { options?: { variantId?: string } }
  return data.options?.variantId ?? 'success without variantId'
}

/** Builds a fresh copy of the product four times (scan, scan, index, index): every outcome must be `expected`. */
function expectColdAndWarm(product: RawProduct, selection: Selection | undefined, expected: unknown): void {
  // A fresh copy: the first build must be cold even when another selection warmed `product` up.
  const fresh = structuredClone(product)
  for (let round = 0; round < 4; round++)
    expect(outcome(safeBuildCatalogReference(fresh, selection)), `build ${round + 1}`).toEqual(expected)
}

const issuesOf = (product: RawProduct, selection?: Selection) => {
  const result = safeBuildCatalogReference(product, selection)
  return result.success ? [] : result.error.issues
}

// ---------------------------------------------------------------------------------------------
// V1
// ---------------------------------------------------------------------------------------------

const sizes = {
  name: 'Size',
  choices: [
    { description: 'S', value: 'S' },
    { description: 'M', value: 'M' },
  ],
}
const v1Variant = (id: string, choices: unknown, extra: RawProduct = {}): RawProduct => ({
  _id: id,
  choices,
  variant: { visible: true },
  stock: { inStock: true },
  ...extra,
})
const v1 = (variants: unknown[], extra: RawProduct = {}): RawProduct => ({
  _id: 'p1',
  manageVariants: true,
  productOptions: [sizes],
  variants,
  ...extra,
})

describe('V1 variants: cold and warm lookups agree', () => {
  it('a variant without choices, a null variant and a variant with null choices are skipped', () => {
    const product = v1([
      v1Variant('none', undefined),
      null,
      v1Variant('nullChoices', null),
      v1Variant('vS', { Size: 'S' }),
      v1Variant('vM', { Size: 'M' }),
    ])
    expectColdAndWarm(product, { options: { Size: 'M' } }, 'vM')
    expectColdAndWarm(v1([null, v1Variant('vS', { Size: 'S' })]), { options: { Size: 'S' } }, 'vS')
  })

  it('a variant whose description for an option is unknown or missing matches no choice of it', () => {
    const product = v1([
      v1Variant('odd', { Size: 'XL' }),
      v1Variant('empty', {}),
      v1Variant('number', { Size: 0 }),
      v1Variant('vS', { Size: 'S' }),
      v1Variant('vM', { Size: 'M' }),
    ])
    expectColdAndWarm(product, { options: { Size: 'S' } }, 'vS')
    expectColdAndWarm(product, { options: { Size: 'M' } }, 'vM')
  })

  it('a managed product without options is bought as its one variant, even when the variant has no choices', () => {
    const product = {
      _id: 'p1',
      manageVariants: true,
      productOptions: [],
      variants: [{ _id: 'only', variant: { visible: true }, stock: { inStock: true } }],
    }
    expectColdAndWarm(product, undefined, 'only')
  })

  it('a managed product without options and with an empty variant list came without its variants (V1 queryProducts)', () => {
    const product = { _id: 'p1', manageVariants: true, productOptions: [], variants: [] }
    const expected = outcome(safeBuildCatalogReference({ ...product }))
    expect(expected).not.toBe('success without variantId')
    expect(JSON.stringify(expected)).toContain('missing_variants')
    expectColdAndWarm(product, undefined, expected)
  })

  it('a variant lacking an option still counts in the picker for the choices it has (as in V3)', () => {
    const colors = { name: 'Color', choices: [{ description: 'Red' }, { description: 'Blue' }] }
    const product = v1([v1Variant('vS-red', { Size: 'S', Color: 'Red' }), v1Variant('partial', { Size: 'M' })], {
      productOptions: [sizes, colors],
    })
    const states = getChoiceStates(product, { options: { Color: 'Blue' } })
    const size = states.options[0]?.choices
    expect(size?.map((c) => [c.name, c.exists])).toEqual([
      ['S', false],
      ['M', false],
    ])
    const unselected = getChoiceStates(product).options[0]?.choices
    expect(unselected?.map((c) => [c.name, c.exists])).toEqual([
      ['S', true],
      ['M', true],
    ])
    expect(outcome(safeBuildCatalogReference(product, { options: { Size: 'M', Color: 'Red' } }))).toEqual([
      ['variant_not_found', ['options']],
    ])
  })

  it('a variant with a description its option does not have counts nowhere in the picker', () => {
    const colors = { name: 'Color', choices: [{ description: 'Red' }, { description: 'Blue' }] }
    const product = v1(
      [v1Variant('vM-purple', { Size: 'M', Color: 'Purple' }), v1Variant('vS-red', { Size: 'S', Color: 'Red' })],
      { productOptions: [sizes, colors] },
    )
    expect(getChoiceStates(product).options[0]?.choices.map((c) => [c.name, c.exists])).toEqual([
      ['S', true],
      ['M', false],
    ])
  })
})

describe('V1 stock', () => {
  const stocked = (stock: RawProduct) => v1([v1Variant('vS', { Size: 'S' }, { stock })])

  it('quantity 0 is out of stock only when the quantity is tracked', () => {
    expectColdAndWarm(stocked({ trackQuantity: false, quantity: 0, inStock: true }), { options: { Size: 'S' } }, 'vS')
    expect(
      outcome(
        safeBuildCatalogReference(stocked({ trackQuantity: true, quantity: 0, inStock: true }), {
          options: { Size: 'S' },
        }),
      ),
    ).toEqual([['out_of_stock', ['options']]])
    expect(
      outcome(safeBuildCatalogReference(stocked({ trackQuantity: true, quantity: 3 }), { options: { Size: 'S' } })),
    ).toBe('vS')
    expect(outcome(safeBuildCatalogReference(stocked({ inStock: false }), { options: { Size: 'S' } }))).toEqual([
      ['out_of_stock', ['options']],
    ])
    // a tracked quantity that is not a number says nothing: the inStock flag decides
    expect(
      outcome(
        safeBuildCatalogReference(stocked({ trackQuantity: true, quantity: null, inStock: true }), {
          options: { Size: 'S' },
        }),
      ),
    ).toBe('vS')
    expect(
      outcome(
        safeBuildCatalogReference(stocked({ trackQuantity: true, quantity: '0', inStock: true }), {
          options: { Size: 'S' },
        }),
      ),
    ).toBe('vS')
  })

  it('an unmanaged Velo product with trackInventory and quantityInStock 0 is out of stock', () => {
    const velo = (quantityInStock: number): RawProduct => ({
      _id: 'p1',
      manageVariants: false,
      productOptions: {},
      trackInventory: true,
      quantityInStock,
      inStock: true,
    })
    expect(issuesOf(velo(0)).map((i) => i.code)).toEqual(['out_of_stock'])
    expect(issuesOf(velo(2))).toEqual([])
    expect(issuesOf({ ...velo(0), trackInventory: false })).toEqual([])
  })
})

describe('V1 product options in the Velo shape (an object keyed by option name)', () => {
  it('an option without a name is named by its key', () => {
    const product = { _id: 'p1', manageVariants: false, productOptions: { Size: { choices: [{ description: 'S' }] } } }
    expect(getChoiceStates(product).options.map((o) => o.name)).toEqual(['Size'])
  })

  it('an option that is not an object is an issue at its key', () => {
    const issues = issuesOf({
      _id: 'p1',
      manageVariants: false,
      productOptions: { Size: 5, Color: { name: 'Color', choices: [{ description: 'Red' }] } },
    })
    expect(issues).toEqual([
      {
        code: 'invalid_product',
        path: ['product', 'productOptions', 'Size'],
        message: 'Option "Size" must be an object, not a number.',
      },
    ])
  })

  it('up to 60 options are read; more is one issue', () => {
    const options = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`O${i}`, { name: `O${i}`, choices: [{ description: 'x' }] }]),
      )
    const at = { _id: 'p1', manageVariants: false, productOptions: options(60) }
    expect(issuesOf(at).filter((i) => i.code === 'invalid_product')).toEqual([])
    expect(getChoiceStates(at).options).toHaveLength(60)
    const over = { _id: 'p1', manageVariants: false, productOptions: options(61) }
    expect(issuesOf(over).map((i) => [i.code, i.path, i.message])).toEqual([
      ['invalid_product', ['product', 'productOptions'], '"productOptions" has 61 entries; at most 60 are accepted.'],
    ])
  })
})

describe('V1 entries that are not objects are issues at their own path', () => {
  it('a choice, a custom text field', () => {
    const product = {
      _id: 'p1',
      manageVariants: false,
      productOptions: [{ name: 'Size', choices: [{ description: 'S' }, 'M'] }],
      customTextFields: [{ title: 'Note' }, 7],
    }
    expect(issuesOf(product).map((i) => [i.code, i.path])).toEqual([
      ['invalid_product', ['product', 'productOptions', 0, 'choices', 1]],
      ['invalid_product', ['product', 'customTextFields', 1]],
    ])
  })
})

describe('V1 custom text fields: maxLength', () => {
  const withField = (field: RawProduct): RawProduct => ({
    _id: 'p1',
    manageVariants: false,
    productOptions: [],
    customTextFields: [{ title: 'Note', ...field }],
  })
  const accepts = (field: RawProduct, text: string) =>
    safeBuildCatalogReference(withField(field), { modifiers: { Note: text } }).success

  it('a positive number is the limit (rounded down); anything else means the Wix limit of 500', () => {
    expect(accepts({ maxLength: 5.9 }, 'x'.repeat(5))).toBe(true)
    expect(accepts({ maxLength: 5.9 }, 'x'.repeat(6))).toBe(false)
    for (const maxLength of [0, -3, '5', null, undefined]) {
      expect(accepts({ maxLength }, 'x'.repeat(500)), String(maxLength)).toBe(true)
      expect(accepts({ maxLength }, 'x'.repeat(501)), String(maxLength)).toBe(false)
    }
  })
})

describe('V1 choices: description and value', () => {
  it('a choice with only a value is named by it; a value that differs from the description also finds the choice', () => {
    const product = {
      _id: 'p1',
      manageVariants: false,
      productOptions: [
        {
          name: 'Color',
          optionType: 'color',
          choices: [{ value: '#ff0000' }, { description: 'Blue', value: '#0000ff' }],
        },
      ],
    }
    expect(getChoiceStates(product).options[0]?.choices.map((c) => c.name)).toEqual(['#ff0000', 'Blue'])
    const blue = safeBuildCatalogReference(product, { options: { Color: '#0000ff' } })
    expect(blue.success && blue.data.options?.options).toEqual({ Color: 'Blue' })
  })
})

describe('V1 products keep subscriptions outside the product', () => {
  it('a subscriptionOptionId is passed through as given (the contract (docs/building.md): a separate, deprecated V1 API)', () => {
    const product = { _id: 'p1', manageVariants: false, productOptions: [] }
    const result = safeBuildCatalogReference(product, { subscriptionOptionId: 'plan-1' })
    expect(result.success && result.data.options?.subscriptionOptionId).toBe('plan-1')
  })
})

// ---------------------------------------------------------------------------------------------
// V3
// ---------------------------------------------------------------------------------------------

const option = (id: string, name: string, choiceIds: string[]) => ({
  id,
  name,
  choicesSettings: { choices: choiceIds.map((c) => ({ choiceId: c, name: c })) },
})
const nested = (pairs: [string, string][]) =>
  pairs.map(([optionId, choiceId]) => ({ optionChoiceIds: { optionId, choiceId } }))
const v3 = (variants: unknown[], extra: RawProduct = {}): RawProduct => ({
  id: 'p3',
  options: [option('o1', 'Size', ['s', 'm']), option('o2', 'Color', ['red', 'blue'])],
  variantsInfo: { variants },
  ...extra,
})
const v3Variant = (id: string, fields: RawProduct): RawProduct => ({
  id,
  visible: true,
  inventoryStatus: { inStock: true },
  ...fields,
})

describe('V3 variants: the choices list and the flat optionChoiceIds list', () => {
  it('choices when it has entries; optionChoiceIds when choices is empty or absent', () => {
    const product = v3([
      v3Variant('flat', {
        optionChoiceIds: [
          { optionId: 'o1', choiceId: 's' },
          { optionId: 'o2', choiceId: 'red' },
        ],
      }),
      v3Variant('emptyNested', {
        choices: [],
        optionChoiceIds: [
          { optionId: 'o1', choiceId: 'm' },
          { optionId: 'o2', choiceId: 'red' },
        ],
      }),
      // nested entries win over a flat list that says something else
      v3Variant('both', {
        choices: nested([
          ['o1', 's'],
          ['o2', 'blue'],
        ]),
        optionChoiceIds: [
          { optionId: 'o1', choiceId: 'm' },
          { optionId: 'o2', choiceId: 'blue' },
        ],
      }),
    ])
    expectColdAndWarm(product, { options: { Size: 's', Color: 'red' } }, 'flat')
    expectColdAndWarm(product, { options: { Size: 'm', Color: 'red' } }, 'emptyNested')
    expectColdAndWarm(product, { options: { Size: 's', Color: 'blue' } }, 'both')
    expectColdAndWarm(product, { options: { Size: 'm', Color: 'blue' } }, [['variant_not_found', ['options']]])
  })

  it('entries out of option order are matched by optionId', () => {
    const product = v3([
      v3Variant('swapped', {
        choices: nested([
          ['o2', 'blue'],
          ['o1', 'm'],
        ]),
      }),
    ])
    expectColdAndWarm(product, { options: { Size: 'm', Color: 'blue' } }, 'swapped')
  })

  it('a variant with two different choices for one option matches neither', () => {
    const product = v3([
      v3Variant('twice', {
        choices: nested([
          ['o1', 's'],
          ['o1', 'm'],
          ['o2', 'red'],
        ]),
      }),
      v3Variant('good', {
        choices: nested([
          ['o1', 'm'],
          ['o2', 'red'],
        ]),
      }),
    ])
    expectColdAndWarm(product, { options: { Size: 'm', Color: 'red' } }, 'good')
    expectColdAndWarm(product, { options: { Size: 's', Color: 'red' } }, [['variant_not_found', ['options']]])
    // the same choice twice is still that choice
    const repeated = v3([
      v3Variant('again', {
        choices: nested([
          ['o1', 's'],
          ['o1', 's'],
          ['o2', 'red'],
        ]),
      }),
    ])
    expectColdAndWarm(repeated, { options: { Size: 's', Color: 'red' } }, 'again')
  })

  it('a variant with fewer entries than options matches no full selection', () => {
    const product = v3([
      v3Variant('short', { choices: nested([['o1', 's']]) }),
      v3Variant('full', {
        choices: nested([
          ['o1', 's'],
          ['o2', 'red'],
        ]),
      }),
    ])
    expectColdAndWarm(product, { options: { Size: 's', Color: 'red' } }, 'full')
  })

  it('a product without options is bought as its one variant, with or without an empty choices list', () => {
    expectColdAndWarm({ id: 'p3', options: [], variantsInfo: { variants: [v3Variant('only', {})] } }, undefined, 'only')
    expectColdAndWarm(
      { id: 'p3', options: [], variantsInfo: { variants: [v3Variant('only', { choices: [] })] } },
      undefined,
      'only',
    )
  })
})

describe('V3 option ids', () => {
  it("an option that repeats an earlier option's id is an issue, and is left out", () => {
    const product = v3([v3Variant('v', { choices: nested([['o1', 's']]) })], {
      options: [option('o1', 'Size', ['s', 'm']), option('o1', 'Color', ['red'])],
    })
    expect(issuesOf(product, { options: { Size: 's' } }).map((i) => [i.code, i.path, i.message])).toEqual([
      ['invalid_product', ['product', 'options', 1], 'Option 1 has the id of an earlier option.'],
    ])
    expect(getChoiceStates(product).options.map((o) => o.name)).toEqual(['Size'])
  })

  it('an option without an id is an issue that says so, and later options keep their place', () => {
    const product = v3([v3Variant('v', { choices: nested([['o2', 'red']]) })], {
      options: [{ name: 'Size', choicesSettings: { choices: [] } }, option('o2', 'Color', ['red'])],
    })
    expect(issuesOf(product, { options: { Color: 'red' } }).map((i) => [i.code, i.path, i.message])).toEqual([
      ['invalid_product', ['product', 'options', 0], 'Option 0 has no id.'],
    ])
    const states = getChoiceStates(product, { options: { Color: 'red' } })
    expect(states.options.map((o) => o.name)).toEqual(['Color'])
    expect(states.variantId).toBe('v')
  })
})

describe('V3 modifiers: text or choices', () => {
  const withModifier = (modifier: RawProduct): RawProduct => ({
    id: 'p3',
    options: [],
    variantsInfo: { variants: [v3Variant('only', {})] },
    modifiers: [{ name: 'Extra', key: 'extra', ...modifier }],
  })
  const written = (modifier: RawProduct, value: string) => {
    const result = safeBuildCatalogReference(withModifier(modifier), { modifiers: { Extra: value } })
    return result.success ? result.data.options : result.error.issues.map((i) => i.code)
  }
  const choices = { choicesSettings: { choices: [{ key: 'yes', name: 'Yes' }] } }

  it('modifierRenderType decides; freeTextSettings makes a text modifier only when the type is absent', () => {
    expect(written({ modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 'extra-text' } }, 'hello')).toEqual({
      variantId: 'only',
      customTextFields: { 'extra-text': 'hello' },
    })
    expect(written({ freeTextSettings: { key: 'extra-text' } }, 'hello')).toEqual({
      variantId: 'only',
      customTextFields: { 'extra-text': 'hello' },
    })
    expect(
      written({ modifierRenderType: 'TEXT_CHOICES', freeTextSettings: { key: 'extra-text' }, ...choices }, 'yes'),
    ).toEqual({ variantId: 'only', options: { extra: 'yes' } })
    expect(written({ ...choices }, 'Yes')).toEqual({ variantId: 'only', options: { extra: 'yes' } })
  })

  it('character counts that are not whole non-negative numbers mean no minimum and the Wix maximum', () => {
    for (const count of [2.5, -1, '3', null]) {
      expect(
        written({ modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 't', minCharCount: count } }, 'ab'),
        `min ${String(count)}`,
      ).toEqual({ variantId: 'only', customTextFields: { t: 'ab' } })
      expect(
        written(
          { modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 't', maxCharCount: count } },
          'x'.repeat(500),
        ),
        `max ${String(count)}`,
      ).toEqual({ variantId: 'only', customTextFields: { t: 'x'.repeat(500) } })
    }
    expect(
      written({ modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 't', maxCharCount: 0 } }, 'x'.repeat(500)),
    ).toEqual({ variantId: 'only', customTextFields: { t: 'x'.repeat(500) } })
    expect(written({ modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 't', minCharCount: 3 } }, 'ab')).toEqual(
      ['text_too_short'],
    )
  })

  it('a choice of a choices modifier without key or name is an issue that says so', () => {
    const issues = issuesOf(
      withModifier({
        modifierRenderType: 'TEXT_CHOICES',
        choicesSettings: { choices: [{ addedPrice: '1' }, { key: 'yes' }] },
      }),
    )
    expect(issues).toEqual([
      {
        code: 'invalid_product',
        path: ['product', 'modifiers', 0, 'choicesSettings', 'choices', 0],
        message: 'Choice 0 has no key or name.',
      },
    ])
  })
})

describe('V3 entries that are not objects, and choices without choiceId', () => {
  it('are issues at their own path', () => {
    const product = {
      id: 'p3',
      options: [
        { id: 'o1', name: 'Size', choicesSettings: { choices: [{ choiceId: 's', name: 'S' }, 'm', { name: 'L' }] } },
      ],
      modifiers: [5],
      subscriptionDetails: { subscriptions: [{ id: 'sub' }, 'weekly'] },
      variantsInfo: { variants: [] },
    }
    expect(
      issuesOf(product)
        .filter((i) => i.code === 'invalid_product')
        .map((i) => [i.code, i.path, i.message]),
    ).toEqual([
      [
        'invalid_product',
        ['product', 'options', 0, 'choicesSettings', 'choices', 1],
        'Entry 1 must be an object, not a string.',
      ],
      ['invalid_product', ['product', 'options', 0, 'choicesSettings', 'choices', 2], 'Choice 2 has no choiceId.'],
      ['invalid_product', ['product', 'modifiers', 0], 'Entry 0 must be an object, not a number.'],
      [
        'invalid_product',
        ['product', 'subscriptionDetails', 'subscriptions', 1],
        'Entry 1 must be an object, not a string.',
      ],
    ])
  })
})

describe('V3 choice flags without variants', () => {
  it('a product fetched without variants (a query result) claims no choice exists or is available, and says missing_variants (docs/decisions.md)', () => {
    const product = {
      id: 'p3',
      options: [
        {
          id: 'o1',
          name: 'Size',
          choicesSettings: {
            choices: [
              { choiceId: 's', name: 'S', inStock: true },
              { choiceId: 'm', name: 'M', inStock: false },
              { choiceId: 'l', name: 'L' },
            ],
          },
        },
      ],
    }
    for (const selection of [undefined, { options: { Size: 'S' } }, { variantId: 'v1' }]) {
      const states = getChoiceStates(product, selection)
      expect(states.options[0]?.choices.map((c) => [c.id, c.exists, c.available, c.preorder])).toEqual([
        ['s', false, false, false],
        ['m', false, false, false],
        ['l', false, false, false],
      ])
      expect(states.issues.map((i) => [i.code, i.path])).toEqual([['missing_variants', ['product', 'variantsInfo']]])
      expect(states.variantId).toBeUndefined()
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Detection and the product id
// ---------------------------------------------------------------------------------------------

describe('detectCatalogVersion reads bounded evidence', () => {
  it('options with choicesSettings are V3; options without are not evidence', () => {
    expect(detectCatalogVersion({ id: 'p', options: [{ id: 'o', choicesSettings: { choices: [] } }] })).toBe('V3')
    expect(detectCatalogVersion({ id: 'p', options: [{ id: 'o', name: 'Size' }] })).toBeUndefined()
  })

  it('V1 variants with choices are evidence up to the variant limit; a longer list is not walked', () => {
    const variants = (n: number) => Array.from({ length: n }, (_, i) => ({ _id: `v${i}`, choices: { Size: 'S' } }))
    expect(detectCatalogVersion({ _id: 'p', variants: variants(VARIANTS_MAX) })).toBe('V1')
    expect(detectCatalogVersion({ _id: 'p', variants: variants(VARIANTS_MAX + 1) })).toBeUndefined()
  })
})

describe('the product id', () => {
  it('an empty id is no id; an over-long one says its length', () => {
    const product = (id: unknown): RawProduct => ({ _id: id, manageVariants: false, productOptions: [] })
    expect(issuesOf(product('')).map((i) => [i.path, i.message])).toEqual([
      [['product', '_id'], 'The product has no id: "_id" (SDK, Velo) or "id" (REST).'],
    ])
    expect(issuesOf(product('x'.repeat(37))).map((i) => [i.path, i.message])).toEqual([
      [['product', '_id'], 'The product id is 37 characters long; a catalogItemId has 1 to 36.'],
    ])
    expect(issuesOf({ manageVariants: false, productOptions: [] }).map((i) => i.path)).toEqual([['product', 'id']])
  })
})
