/*
 * The engine's rules at their edges, through the public API: the variant index (first variant wins,
 * cold and warm), picker state for products without an index, resolving (ambiguous candidates,
 * the context fields of each issue, the buyer's key in paths) and the selection and build-option
 * checks. Written for the mutants StrykerJS found unkilled (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest'
import {
  getChoiceStates,
  safeBuildCatalogReference,
  safeBuildLineItem,
  type BuildIssue,
  type BuildResult,
} from '../../src/index.js'
import { coffee, fixture, type RawProduct } from '../helpers/fixtures.js'

const S_RED = { Size: 'S', 'Box color': 'Red' } as const
const RED_ID = '85f6eae5-967a-4752-ab5d-71a8b8c84bf7'
const S_RED_VARIANT = '9650a809-5567-44f7-9435-cf77a38cb170'

/** A V3 option from [choiceId, name] pairs. */
const option = (id: string, name: string, choices: [string, string][]): RawProduct => ({
  id,
  name,
  choicesSettings: { choices: choices.map(([choiceId, n]) => ({ choiceId, name: n })) },
})
/** A V3 variant from [optionId, choiceId] pairs. */
const variant = (id: string, pairs: [string, string][], extra: RawProduct = {}): RawProduct => ({
  id,
  choices: pairs.map(([optionId, choiceId]) => ({ optionChoiceIds: { optionId, choiceId } })),
  ...extra,
})

function issuesOf(result: BuildResult<unknown>): readonly BuildIssue[] {
  expect(result.success, 'expected issues').toBe(false)
  return result.success ? [] : result.error.issues
}
function only(result: BuildResult<unknown>, code: string): BuildIssue {
  const issues = issuesOf(result).filter((i) => i.code === code)
  expect(issues, `one ${code} in ${JSON.stringify(issuesOf(result))}`).toHaveLength(1)
  return issues[0] as BuildIssue
}
const variantIdOf = (result: BuildResult<{ options?: { variantId?: string } }>): string | undefined =>
  result.success ? result.data.options?.variantId : `issues: ${result.error.message}`

describe('the variant index: the first matching variant wins, before and after the index is built', () => {
  const sizes = (): RawProduct => ({
    id: 'p1',
    options: [
      option('o1', 'Size', [
        ['s', 'S'],
        ['l', 'L'],
      ]),
    ],
    variantsInfo: {
      variants: [variant('v1', [['o1', 's']]), variant('v2', [['o1', 's']]), variant('v3', [['o1', 'l']])],
    },
  })

  it('two variants with the same choices: options give the first, a variantId gives the one it names', () => {
    const product = sizes()
    // The first lookup on a product scans; the second builds the index; the third uses it.
    for (let call = 0; call < 3; call++) {
      expect(variantIdOf(safeBuildCatalogReference(product, { options: { Size: 'S' } })), `call ${call}`).toBe('v1')
      expect(variantIdOf(safeBuildCatalogReference(product, { variantId: 'v2' })), `call ${call}`).toBe('v2')
      expect(getChoiceStates(product, { variantId: 'v2' }).variantId, `call ${call}`).toBe('v2')
    }
  })

  it('two variants with the same id: the first one is the variant of that id', () => {
    const product = sizes()
    product.variantsInfo.variants[2].id = 'v1'
    for (let call = 0; call < 3; call++) {
      expect(
        variantIdOf(safeBuildCatalogReference(product, { variantId: 'v1', options: { Size: 'S' } })),
        `call ${call}`,
      ).toBe('v1')
      expect(
        issuesOf(safeBuildCatalogReference(product, { variantId: 'v1', options: { Size: 'L' } })).map((i) => i.code),
      ).toEqual(['variant_mismatch'])
    }
  })
})

describe('getChoiceStates without a variant index', () => {
  it('a V1 product that manages variants but came without them: missing_variants, and no choice claims to exist (as for V3)', () => {
    for (const variants of [undefined, []]) {
      const product = fixture('tshirt-managed.rest')
      if (variants === undefined) delete product.variants
      else product.variants = variants
      const states = getChoiceStates(product, { options: { Size: 'S' } })
      expect(states.options.length).toBeGreaterThan(0)
      for (const o of states.options) for (const c of o.choices) expect(c.exists, `${o.name}: ${c.name}`).toBe(false)
      expect(states.issues.map((i) => [i.code, i.path])).toEqual([['missing_variants', ['product', 'variants']]])
      expect(states.variantId).toBeUndefined()
    }
  })

  it('a V1 unmanaged product: a choice is available when it is visible and in stock and the product is in stock', () => {
    const product = fixture('candle-unmanaged.rest')
    product.productOptions[0].choices[1].inStock = false
    product.productOptions[0].choices[2].visible = false
    const scent = (p: RawProduct): [string, boolean, boolean][] =>
      (getChoiceStates(p).options[0]?.choices ?? []).map((c) => [c.name, c.exists, c.available])
    expect(scent(product)).toEqual([
      ['Lavender', true, true],
      ['Vanilla', true, false],
      ['Cedarwood', true, false],
    ])
    // A stock change is seen once the top-level field is replaced (a nested edit in place of a product
    // object the picker has indexed is not: docs/product-page.md, "What is cached").
    product.stock = { ...product.stock, inStock: false }
    expect(scent(product)).toEqual([
      ['Lavender', true, false],
      ['Vanilla', true, false],
      ['Cedarwood', true, false],
    ])
  })

  it('names the variant only once every option has a choice, even if a variant lacks an option', () => {
    const product: RawProduct = {
      id: 'p1',
      options: [
        option('o1', 'Size', [
          ['s', 'S'],
          ['l', 'L'],
        ]),
        option('o2', 'Color', [
          ['r', 'Red'],
          ['b', 'Blue'],
        ]),
      ],
      variantsInfo: {
        variants: [
          variant('partial', [['o1', 's']]),
          variant('full', [
            ['o1', 's'],
            ['o2', 'r'],
          ]),
        ],
      },
    }
    expect(getChoiceStates(product, { options: { Size: 'S' } }).variantId).toBeUndefined()
    expect(getChoiceStates(product, { options: { Size: 'S', Color: 'Red' } }).variantId).toBe('full')
  })

  it('a V1 product that does not manage variants names no variant in the picker, even when it lists variants', () => {
    const product: RawProduct = {
      _id: 'p1',
      manageVariants: false,
      productOptions: [{ name: 'Size', choices: [{ description: 'S' }, { description: 'M' }] }],
      variants: [{ _id: 'v-s', choices: { Size: 'S' }, variant: { visible: true }, stock: { inStock: true } }],
    }
    for (let call = 0; call < 3; call++)
      expect(getChoiceStates(product, { options: { Size: 'S' } }).variantId, `call ${call}`).toBeUndefined()
    const result = safeBuildCatalogReference(product, { options: { Size: 'S' } })
    expect(result.success && result.data.options).toEqual({ options: { Size: 'S' } })
  })

  it('a selection by variantId names that variant in the picker', () => {
    expect(getChoiceStates(coffee(), { variantId: S_RED_VARIANT }).variantId).toBe(S_RED_VARIANT)
  })
})

describe('resolving', () => {
  it('describes the variant of a product without options as "(no options)"', () => {
    const product: RawProduct = {
      id: 'p1',
      options: [],
      variantsInfo: { variants: [variant('only', [], { visible: false })] },
    }
    expect(only(safeBuildCatalogReference(product), 'variant_hidden')).toMatchObject({
      message: 'The variant (no options) is hidden.',
      variantId: 'only',
    })
  })

  it('lists ambiguous candidates with their id when it differs from the name', () => {
    const product = coffee()
    product.options[1].choicesSettings.choices.push({ choiceId: 'c-red-2', name: 'RED' })
    const issue = only(
      safeBuildCatalogReference(product, { options: { Size: 'S', 'Box color': 'red' } }),
      'ambiguous_name',
    )
    expect(issue.candidates).toEqual([`Red (${RED_ID})`, 'RED (c-red-2)'])
    expect(issue.message).toBe(
      `"red" matches more than one choice: Red (${RED_ID}), RED (c-red-2). Use an id or the exact name.`,
    )
  })

  it('lists ambiguous candidates by name alone when they have no id, or an id equal to the name (V1)', () => {
    const product = coffee()
    product.modifiers[1].choicesSettings.choices.push({ key: 'YES', name: 'YES' })
    expect(
      only(
        safeBuildCatalogReference(product, { options: S_RED, modifiers: { 'Remove price tag': 'yes ' } }),
        'ambiguous_name',
      ).candidates,
    ).toEqual(['Yes', 'YES'])
    const v1 = fixture('candle-unmanaged.rest')
    v1.productOptions[0].choices.push({ value: 'LAVENDER', description: 'LAVENDER', inStock: true, visible: true })
    expect(
      only(safeBuildCatalogReference(v1, { options: { Scent: 'lavender ' } }), 'ambiguous_name').candidates,
    ).toEqual(['Lavender', 'LAVENDER'])
  })

  it('says "The product has no …" for an unknown option, modifier and subscription', () => {
    expect(
      only(safeBuildCatalogReference(coffee(), { options: { ...S_RED, Colour: 'Red' } }), 'unknown_option').message,
    ).toBe('The product has no option "Colour". Options: Size, Box color.')
    expect(
      only(
        safeBuildCatalogReference(coffee(), { options: S_RED, modifiers: { 'Gift wrap': 'yes' } }),
        'unknown_modifier',
      ).message,
    ).toBe('The product has no modifier "Gift wrap". Modifiers: Engraving, Remove price tag.')
    expect(
      only(
        safeBuildCatalogReference(coffee(), { options: S_RED, subscriptionOptionId: 'Weekly' }),
        'unknown_subscription',
      ).message,
    ).toBe('The product has no subscription "Weekly". Subscriptions: Monthly Subscription.')
  })

  it('a modifier named twice (by its name and by its key) is invalid_selection, naming both', () => {
    const product: RawProduct = {
      id: 'p1',
      options: [],
      variantsInfo: { variants: [variant('only', [])] },
      modifiers: [{ name: 'Note', key: 'note', modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 'note' } }],
    }
    const issue = only(safeBuildCatalogReference(product, { modifiers: { Note: 'a', note: 'b' } }), 'invalid_selection')
    expect(issue).toMatchObject({
      path: ['modifiers', 'note'],
      message: '"Note" is given twice (as "Note" and "note").',
      modifier: 'Note',
    })
  })

  it('gives each issue its context fields', () => {
    expect(
      only(safeBuildCatalogReference(coffee(), { options: { ...S_RED, size: 'L' } }), 'invalid_selection'),
    ).toMatchObject({ path: ['options', 'size'], option: 'Size' })
    expect(
      only(
        safeBuildCatalogReference(coffee(), { options: S_RED, modifiers: { Engraving: 'a', engraving: 'b' } }),
        'invalid_selection',
      ),
    ).toMatchObject({
      path: ['modifiers', 'engraving'],
      modifier: 'Engraving',
    })
    expect(only(safeBuildCatalogReference(coffee(), { variantId: 'nope' }), 'unknown_variant')).toMatchObject({
      received: 'nope',
    })
    const noSubscriptions = coffee()
    delete noSubscriptions.subscriptionDetails
    expect(
      only(
        safeBuildCatalogReference(noSubscriptions, { options: S_RED, subscriptionOptionId: 'Monthly' }),
        'subscriptions_not_offered',
      ),
    ).toMatchObject({ received: 'Monthly' })
    const hidden = coffee()
    hidden.subscriptionDetails.subscriptions.push({ id: 'yearly', title: 'Yearly', visible: false })
    expect(
      only(
        safeBuildCatalogReference(hidden, { options: S_RED, subscriptionOptionId: 'Yearly' }),
        'subscription_hidden',
      ),
    ).toMatchObject({
      message: 'Subscription "Yearly" is hidden. Subscriptions: Monthly Subscription.',
      expected: ['Monthly Subscription'],
    })
  })

  it('a variantId on a V1 product that does not manage variants and has none: unknown_variant, select by options', () => {
    const product = fixture('candle-unmanaged.rest')
    delete product.variants
    const issue = only(
      safeBuildCatalogReference(product, { variantId: 'v-1', options: { Scent: 'Lavender' } }),
      'unknown_variant',
    )
    expect(issue).toMatchObject({
      path: ['variantId'],
      message: 'The product came without variants: select by options.',
      received: 'v-1',
    })
  })

  it('a variant named by id whose choices the product does not have: invalid_product on that variant, and nothing about any other', () => {
    const product = coffee()
    product.variantsInfo.variants[0].optionChoiceIds[0].choiceId = 'gone'
    product.variantsInfo.variants[1].visible = false
    const issues = issuesOf(safeBuildCatalogReference(product, { variantId: S_RED_VARIANT }))
    expect(issues).toEqual([
      {
        code: 'invalid_product',
        path: ['product', 'variantsInfo', 'variants', 0],
        message: `Variant "${S_RED_VARIANT}" has options or choices the product does not have.`,
        variantId: S_RED_VARIANT,
      },
    ])
  })

  it('describes a variant that lacks one of the options by the choices it has', () => {
    const product: RawProduct = {
      id: 'p1',
      options: [
        option('o1', 'Size', [
          ['s', 'S'],
          ['l', 'L'],
        ]),
        option('o2', 'Color', [
          ['r', 'Red'],
          ['b', 'Blue'],
        ]),
      ],
      variantsInfo: { variants: [variant('partial', [['o1', 's']], { visible: false })] },
    }
    expect(only(safeBuildCatalogReference(product, { variantId: 'partial' }), 'variant_hidden').message).toBe(
      'The variant Size: S is hidden.',
    )
  })

  it("a V1 product that does not manage variants ignores its variants' own flags, also when the buyer names one", () => {
    const product = fixture('candle-unmanaged.rest')
    product.variants[0].variant.visible = false
    product.variants[0].stock.inStock = false
    const result = safeBuildCatalogReference(product, {
      variantId: product.variants[0].id,
      options: { Scent: 'Lavender', 'Jar color': 'Amber' },
    })
    expect(result.success && result.data.options).toEqual({ options: { Scent: 'Lavender', 'Jar color': 'Amber' } })
  })

  it('points an out-of-stock V1 choice at the key the buyer used', () => {
    const product = fixture('candle-unmanaged.rest')
    product.productOptions[0].choices[0].inStock = false
    const selection = { options: { scent: 'Lavender', 'Jar color': product.productOptions[1].choices[0].description } }
    expect(only(safeBuildCatalogReference(product, selection), 'out_of_stock')).toMatchObject({
      path: ['options', 'scent'],
      message: 'Scent: Lavender is out of stock.',
      option: 'Scent',
    })
  })
})

describe('checking the selection and the build options', () => {
  it('puts what was received into the issue', () => {
    expect(only(safeBuildCatalogReference(coffee(), 'S' as never), 'invalid_selection')).toMatchObject({
      path: [],
      received: 'S',
    })
    expect(
      only(safeBuildCatalogReference(coffee(), { options: S_RED, colour: 'Red' } as never), 'invalid_selection'),
    ).toMatchObject({ path: ['colour'], received: 'colour' })
    expect(
      only(safeBuildLineItem(coffee(), { options: S_RED, quantity: '2' } as never), 'invalid_quantity'),
    ).toMatchObject({ received: '2' })
  })

  it('accepts up to 200 entries in options and modifiers', () => {
    const entries = (n: number): Record<string, string> =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']))
    const at200 = issuesOf(safeBuildCatalogReference(coffee(), { options: { ...S_RED, ...entries(198) } }))
    expect(at200.filter((i) => i.path.length === 1)).toEqual([])
    expect(at200.filter((i) => i.code === 'unknown_option')).toHaveLength(198)
    expect(
      only(safeBuildCatalogReference(coffee(), { options: { ...S_RED, ...entries(199) } }), 'invalid_selection'),
    ).toMatchObject({ path: ['options'], limit: 200 })
  })

  it('says what a field must be, and what it got', () => {
    expect(
      only(safeBuildCatalogReference(coffee(), { options: S_RED, variantId: 5 } as never), 'invalid_selection').message,
    ).toBe('"variantId" must be a string, not a number.')
    expect(
      only(safeBuildCatalogReference(coffee(), { options: S_RED }, 'fast' as never), 'invalid_options').message,
    ).toBe('The build options must be an object, not a string.')
    expect(
      only(safeBuildCatalogReference(coffee(), { options: S_RED }, { availability: 42 } as never), 'invalid_options')
        .message,
    ).toBe('Build option "availability" must be "enforce" or "ignore"; got a number.')
  })

  it('modifierChoiceValue "name" writes the modifier choice name', () => {
    const result = safeBuildCatalogReference(
      coffee(),
      { options: S_RED, modifiers: { 'Remove price tag': 'yes' } },
      { modifierChoiceValue: 'name' },
    )
    expect(result.success && result.data.options?.options).toEqual({ 'Remove price tag': 'Yes' })
  })
})
