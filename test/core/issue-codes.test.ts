/*
 * Every issue code of docs/building.md, "Errors and issue codes", triggered at least once through the public builders, with its exact
 * `code` and `path` and a check of its message (which names the valid values where there is a
 * short list of them). Messages are matched by their parts (the names and the valid values), except
 * for the format docs/building.md, "Errors and issue codes" spells out: `Option "Size" has no choice "XL". Choices: S, L.`
 *
 * Two codes are not produced by the builders and are tested with their own entries:
 * - `invalid_reference`: a reference that does not belong to the product (`parseCatalogReference`)
 *   or a malformed custom reference (`wix-catalog-reference/catalog`);
 * - `invalid_item_data`: catalog plugin data (`createCatalogItemsHandler`);
 * - `missing_price`: a price field that cannot be read (`getPricePreview`, test/core/price.test.ts).
 */
import { describe, expect, it } from 'vitest'
import {
  BUILD_ISSUE_CODES,
  safeBuildCatalogReference,
  safeBuildLineItem,
  type BuildIssue,
  type BuildIssueCode,
  type BuildResult,
} from '../../src/index.js'
import { expectIssues } from '../helpers/assertions.js'
import { coffee, fixture, type RawProduct } from '../helpers/fixtures.js'

const NOT_FROM_BUILDERS: readonly BuildIssueCode[] = ['invalid_reference', 'invalid_item_data', 'missing_price']

const S_RED = { Size: 'S', 'Box color': 'Red' } as const
const HOUSE = { modifiers: { 'Label text': 'Ana' }, subscriptionOptionId: 'Monthly' } as const

interface Case {
  /** What the case does, for the test title. */
  readonly how: string
  readonly run: () => BuildResult<unknown>
  readonly path: BuildIssue['path']
  /** Exact message, or parts it must contain. */
  readonly message: string | readonly (string | RegExp)[]
  /** Context fields the issue must carry. */
  readonly context?: Partial<BuildIssue>
}

function coffeeWith(change: (product: RawProduct) => void): RawProduct {
  const product = coffee()
  change(product)
  return product
}

const CASES: Record<
  Exclude<BuildIssueCode, 'invalid_reference' | 'invalid_item_data' | 'missing_price'>,
  readonly Case[]
> = {
  invalid_selection: [
    {
      how: 'a string as selection',
      run: () => safeBuildCatalogReference(coffee(), 'S' as never),
      path: [],
      message: ['The selection must be an object', 'not a string'],
    },
    {
      how: 'an unknown selection field',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED, colour: 'Red' } as never),
      path: ['colour'],
      message: ['"colour"', 'options, variantId, modifiers, subscriptionOptionId, quantity'],
    },
    {
      how: 'a number as a choice',
      run: () => safeBuildCatalogReference(coffee(), { options: { Size: 1 } } as never),
      path: ['options', 'Size'],
      message: ['must be a string', 'a number'],
    },
    {
      how: 'an array as options',
      run: () => safeBuildCatalogReference(coffee(), { options: ['S'] } as never),
      path: ['options'],
      message: ['must be an object', 'an array'],
    },
    {
      how: 'the same option twice (by name and by id)',
      run: () =>
        safeBuildCatalogReference(coffee(), {
          options: { Size: 'S', '093b7310-b96e-4ed5-927d-84f7de0f62be': 'L', 'Box color': 'Red' },
        }),
      path: ['options', '093b7310-b96e-4ed5-927d-84f7de0f62be'],
      message: ['"Size" is selected twice'],
    },
  ],
  invalid_product: [
    {
      how: 'a number as product',
      run: () => safeBuildCatalogReference(42 as never),
      path: ['product'],
      message: ['must be an object', 'a number'],
    },
    {
      how: 'a product without id',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => delete p.id),
          { options: S_RED },
        ),
      path: ['product', 'id'],
      message: ['no id', '"_id"', '"id"'],
    },
    {
      how: 'a product id over 36 characters',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => (p.id = 'x'.repeat(37))),
          { options: S_RED },
        ),
      path: ['product', 'id'],
      message: ['37 characters', '1 to 36'],
    },
    {
      how: 'options not an array',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => (p.options = 'Size')),
          {},
        ),
      path: ['product', 'options'],
      message: ['"options" must be an array', 'a string'],
    },
  ],
  unknown_catalog_version: [
    {
      how: 'a product with neither V1 nor V3 fields',
      run: () => safeBuildCatalogReference({ _id: 'p1', name: 'Bare' }),
      path: ['product'],
      message: ['V1 or V3', 'variantsInfo', 'productOptions', 'catalogVersion'],
    },
  ],
  missing_variants: [
    {
      how: 'a V3 product without variantsInfo',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => delete p.variantsInfo),
          { options: S_RED },
        ),
      path: ['product', 'variantsInfo'],
      message: ['queryProducts', 'getProduct'],
    },
    {
      how: 'a V1 managed product without variants',
      run: () => {
        const product = fixture('tshirt-managed.sdk')
        delete product.variants
        return safeBuildCatalogReference(product, {
          options: { Size: 'S', Color: 'Black' },
          modifiers: { 'Name to print on the back': 'A' },
        })
      },
      path: ['product', 'variants'],
      message: ['variants', 'variantId'],
    },
  ],
  unknown_option: [
    {
      how: 'an option the product does not have',
      run: () => safeBuildCatalogReference(coffee(), { options: { ...S_RED, Colour: 'Red' } }),
      path: ['options', 'Colour'],
      message: ['has no option "Colour"', 'Options: Size, Box color.'],
      context: { expected: ['Size', 'Box color'], received: 'Colour' },
    },
  ],
  unknown_choice: [
    {
      how: 'a choice the option does not have',
      run: () => safeBuildCatalogReference(coffee(), { options: { Size: 'XL', 'Box color': 'Red' } }),
      path: ['options', 'Size'],
      message: 'Option "Size" has no choice "XL". Choices: S, L.',
      context: { option: 'Size', received: 'XL', expected: ['S', 'L'] },
    },
  ],
  ambiguous_name: [
    {
      how: 'a forgiving name that matches two choices',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => p.options[1].choicesSettings.choices.push({ choiceId: 'c-red-2', name: 'RED' })),
          { options: { Size: 'S', 'Box color': 'red' } },
        ),
      path: ['options', 'Box color'],
      message: ['"red"', 'more than one', 'Red', 'RED', 'Use an id or the exact name'],
      context: { received: 'red' },
    },
  ],
  missing_option: [
    {
      how: 'an option left out',
      run: () => safeBuildCatalogReference(coffee(), { options: { Size: 'S' } }),
      path: ['options', 'Box color'],
      message: ['"Box color"', 'Red, Blue'],
      context: { option: 'Box color', expected: ['Red', 'Blue'] },
    },
  ],
  variant_not_found: [
    {
      how: 'a combination without a variant',
      run: () => safeBuildCatalogReference(coffee(), { options: { Size: 'S', 'Box color': 'Blue' } }),
      path: ['options'],
      message: ['No variant has Size: S, Box color: Blue', 'Choose another combination'],
    },
  ],
  unknown_variant: [
    {
      how: 'a variantId the product does not have',
      run: () => safeBuildCatalogReference(coffee(), { variantId: '00000000-0000-0000-0000-000000000000' }),
      path: ['variantId'],
      message: ['no variant "00000000-0000-0000-0000-000000000000"'],
    },
  ],
  variant_mismatch: [
    {
      how: 'a variantId and options that disagree',
      run: () =>
        safeBuildCatalogReference(coffee(), {
          variantId: '9650a809-5567-44f7-9435-cf77a38cb170',
          options: { Size: 'L' },
        }),
      path: ['options', 'Size'],
      message: ['"9650a809-5567-44f7-9435-cf77a38cb170"', 'Size: S, Box color: Red', 'Size: L'],
      context: { option: 'Size', variantId: '9650a809-5567-44f7-9435-cf77a38cb170' },
    },
  ],
  product_hidden: [
    {
      how: 'visible: false',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => (p.visible = false)),
          { options: S_RED },
        ),
      path: ['product', 'visible'],
      message: ['hidden', 'availability'],
    },
  ],
  variant_hidden: [
    {
      how: 'a hidden V3 variant',
      run: () =>
        safeBuildCatalogReference(fixture('house-blend.rest'), {
          ...HOUSE,
          options: { Size: '250 g', Grind: 'Espresso', 'Bag color': 'Black' },
        }),
      path: ['options'],
      message: ['Size: 250 g, Grind: Espresso, Bag color: Black', 'hidden'],
      context: { variantId: '10000000-aaaa-4bbb-8ccc-000000000004' },
    },
  ],
  out_of_stock: [
    {
      how: 'a V3 variant out of stock, no pre-order',
      run: () =>
        safeBuildCatalogReference(fixture('house-blend.rest'), {
          ...HOUSE,
          options: { Size: '1 kg', Grind: 'Whole bean', 'Bag color': 'Black' },
        }),
      path: ['options'],
      message: ['Size: 1 kg, Grind: Whole bean, Bag color: Black', 'out of stock'],
      context: { variantId: '10000000-aaaa-4bbb-8ccc-000000000006' },
    },
    {
      how: 'a V1 managed variant out of stock, by variantId',
      run: () =>
        safeBuildCatalogReference(fixture('tshirt-managed.rest'), {
          variantId: '00000000-0000-0002-0005-92b5d2d4b1a1',
          modifiers: { 'Name to print on the back': 'A' },
        }),
      path: ['variantId'],
      message: ['out of stock'],
    },
  ],
  unknown_modifier: [
    {
      how: 'a modifier the product does not have',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED, modifiers: { 'Gift wrap': 'yes' } }),
      path: ['modifiers', 'Gift wrap'],
      message: ['no modifier "Gift wrap"', 'Modifiers: Engraving, Remove price tag.'],
      context: { expected: ['Engraving', 'Remove price tag'] },
    },
  ],
  unknown_modifier_choice: [
    {
      how: 'a modifier choice the modifier does not have',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED, modifiers: { 'Remove price tag': 'maybe' } }),
      path: ['modifiers', 'Remove price tag'],
      message: 'Modifier "Remove price tag" has no choice "maybe". Choices: Yes, No.',
      context: { modifier: 'Remove price tag', expected: ['Yes', 'No'] },
    },
  ],
  missing_modifier: [
    {
      how: 'a mandatory choice modifier left out',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => (p.modifiers[1].mandatory = true)),
          { options: S_RED },
        ),
      path: ['modifiers', 'Remove price tag'],
      message: ['"Remove price tag" is mandatory', 'Yes, No'],
      context: { modifier: 'Remove price tag', expected: ['Yes', 'No'] },
    },
    {
      how: 'a mandatory free text left blank',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => (p.modifiers[0].mandatory = true)),
          { options: S_RED, modifiers: { Engraving: '  ' } },
        ),
      path: ['modifiers', 'Engraving'],
      message: ['"Engraving" is mandatory', '1 to 500 characters'],
    },
  ],
  text_too_short: [
    {
      how: 'a free text under minCharCount',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => (p.modifiers[0].freeTextSettings.minCharCount = 5)),
          { options: S_RED, modifiers: { Engraving: 'abc' } },
        ),
      path: ['modifiers', 'Engraving'],
      message: ['"Engraving"', 'at least 5 characters', '3'],
      context: { modifier: 'Engraving', limit: 5 },
    },
  ],
  text_too_long: [
    {
      how: 'a free text over the 500-character Wix limit',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED, modifiers: { Engraving: 'x'.repeat(501) } }),
      path: ['modifiers', 'Engraving'],
      message: ['"Engraving"', 'at most 500 characters', '501'],
      context: { modifier: 'Engraving', limit: 500 },
    },
  ],
  subscription_required: [
    {
      how: 'no subscription on a subscription-only product',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => (p.subscriptionDetails.allowOneTimePurchases = false)),
          { options: S_RED },
        ),
      path: ['subscriptionOptionId'],
      message: ['subscription only', 'Monthly Subscription'],
      context: { expected: ['Monthly Subscription'] },
    },
  ],
  unknown_subscription: [
    {
      how: 'a subscription the product does not offer',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED, subscriptionOptionId: 'Weekly' }),
      path: ['subscriptionOptionId'],
      message: ['no subscription "Weekly"', 'Subscriptions: Monthly Subscription.'],
      context: { expected: ['Monthly Subscription'], received: 'Weekly' },
    },
  ],
  subscription_hidden: [
    {
      how: 'a hidden subscription',
      run: () =>
        safeBuildCatalogReference(fixture('house-blend.sdk'), {
          ...HOUSE,
          options: { Size: '250 g', Grind: 'Espresso', 'Bag color': 'Kraft' },
          subscriptionOptionId: 'Yearly (hidden)',
        }),
      path: ['subscriptionOptionId'],
      message: ['"Yearly (hidden)" is hidden', 'Monthly, Every 2 weeks x12'],
    },
  ],
  subscriptions_not_offered: [
    {
      how: 'a subscription on a product without subscriptions',
      run: () =>
        safeBuildCatalogReference(
          coffeeWith((p) => delete p.subscriptionDetails),
          { options: S_RED, subscriptionOptionId: '3c750e1e-54fd-4fe0-8844-97427522c939' },
        ),
      path: ['subscriptionOptionId'],
      message: ['offers no subscriptions', 'leave subscriptionOptionId out'],
    },
  ],
  invalid_quantity: [
    ...[0, -1, 1.5, 100_001, Number.NaN, Number.POSITIVE_INFINITY].map(
      (quantity): Case => ({
        how: `quantity ${quantity}`,
        run: () => safeBuildLineItem(coffee(), { options: S_RED, quantity }),
        path: ['quantity'],
        message: [`whole number from 1 to 100000; got ${quantity}`],
      }),
    ),
    {
      how: 'quantity as a string',
      run: () => safeBuildLineItem(coffee(), { options: S_RED, quantity: '2' } as never),
      path: ['quantity'],
      message: ['1 to 100000', 'a string'],
    },
  ],
  invalid_options: [
    {
      how: 'an unknown availability',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED }, { availability: 'sometimes' } as never),
      path: ['availability'],
      message: ['"availability"', '"enforce" or "ignore"', '"sometimes"'],
      context: { expected: ['enforce', 'ignore'] },
    },
    {
      how: 'an unknown catalogVersion',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED }, { catalogVersion: 'V2' } as never),
      path: ['catalogVersion'],
      message: ['"V1" or "V3"', '"V2"'],
    },
    {
      how: 'an unknown modifierChoiceValue',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED }, { modifierChoiceValue: 'title' } as never),
      path: ['modifierChoiceValue'],
      message: ['"key" or "name"'],
    },
    {
      how: 'an unknown build option',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED }, { strict: true } as never),
      path: ['strict'],
      message: ['"strict"', 'catalogVersion, availability, modifierChoiceValue'],
    },
    {
      how: 'a string as build options',
      run: () => safeBuildCatalogReference(coffee(), { options: S_RED }, 'V3' as never),
      path: [],
      message: ['must be an object', 'a string'],
    },
  ],
}

describe('issue codes', () => {
  it('covers every code of BUILD_ISSUE_CODES except the two that other entries produce', () => {
    expect(Object.keys(CASES).sort()).toEqual(
      BUILD_ISSUE_CODES.filter((code) => !NOT_FROM_BUILDERS.includes(code)).sort(),
    )
    expect(new Set(BUILD_ISSUE_CODES).size).toBe(BUILD_ISSUE_CODES.length)
    for (const code of BUILD_ISSUE_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/)
  })

  const rows = Object.entries(CASES).flatMap(([code, cases]) =>
    cases.map((c) => [code as BuildIssueCode, c.how, c] as const),
  )
  it.each(rows)('%s: %s', (code, _how, { run, path, message, context }) => {
    const issues = expectIssues(run())
    const matching = issues.filter((issue) => issue.code === code)
    expect(matching, `issues: ${JSON.stringify(issues)}`).toHaveLength(1)
    const issue = matching[0] as BuildIssue
    expect(issue.path).toEqual(path)
    if (typeof message === 'string') expect(issue.message).toBe(message)
    else
      for (const part of message)
        expect(issue.message).toMatch(
          typeof part === 'string' ? new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : part,
        )
    if (context !== undefined) expect(issue).toMatchObject(context)
    // The issue is plain data that survives JSON (forms and logs get it over the wire); `received`
    // echoes the input as given, so a NaN quantity stays NaN there.
    const { received: _received, ...rest } = issue
    expect(JSON.parse(JSON.stringify(rest))).toStrictEqual(rest)
  })

  it('collects every issue of a selection in one pass (not first-fail)', () => {
    const result = safeBuildLineItem(
      coffee(),
      {
        options: { Size: 'XL', Colour: 'Red' },
        modifiers: { 'Remove price tag': 'maybe', 'Gift wrap': 'yes', Engraving: 'x'.repeat(501) },
        subscriptionOptionId: 'Weekly',
        quantity: 0,
        colour: 'Red',
      } as never,
      { availability: 'sometimes' } as never,
    )
    const issues = expectIssues(result)
    expect(issues.map((i) => `${i.code} ${i.path.join('.')}`).sort()).toEqual(
      [
        'invalid_options availability',
        'invalid_selection colour',
        'invalid_quantity quantity',
        'unknown_choice options.Size',
        'unknown_option options.Colour',
        'missing_option options.Box color',
        'unknown_modifier modifiers.Gift wrap',
        'text_too_long modifiers.Engraving',
        'unknown_modifier_choice modifiers.Remove price tag',
        'unknown_subscription subscriptionOptionId',
      ].sort(),
    )
    // The error message lists them all, one per line, with code and path.
    if (result.success) throw new Error('unreachable')
    expect(result.error.message.split('\n')).toHaveLength(issues.length + 1)
    expect(result.error.message).toContain('10 issues')
    expect(result.error.message).toContain(
      '[unknown_choice] options.Size: Option "Size" has no choice "XL". Choices: S, L.',
    )
  })

  it('reports product issues together with selection issues', () => {
    const product = coffeeWith((p) => {
      p.visible = false
      delete p.subscriptionDetails
    })
    const issues = expectIssues(
      safeBuildCatalogReference(product, { options: { Size: 'S' }, subscriptionOptionId: 'Monthly' }),
    )
    expect(issues.map((i) => i.code).sort()).toEqual(['missing_option', 'product_hidden', 'subscriptions_not_offered'])
  })

  it('product issues come first', () => {
    const issues = expectIssues(
      safeBuildCatalogReference(
        coffeeWith((p) => delete p.variantsInfo),
        7 as never,
      ),
    )
    // The unreadable selection counts as empty: both options are then missing too.
    expect(issues.map((i) => i.code)).toEqual([
      'missing_variants',
      'invalid_selection',
      'missing_option',
      'missing_option',
    ])
  })
})
