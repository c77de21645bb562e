/*
 * Bad input (issue #2, "Bad input"; the contract: read defensively, never throw a TypeError, and fail
 * fast on inputs far beyond the limits of docs/building.md, "Limits"). Whatever the product, selection or build options, the
 * `safe*` builders return issues and never throw; `buildCatalogReference` / `buildLineItem` throw a
 * CatalogReferenceError and nothing else; nothing hangs (every call here just runs, no timing
 * assertions), no prototype gets polluted, and inputs — deep-frozen wherever they are plain data —
 * come out unchanged.
 */
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  BUILD_ISSUE_CODES,
  STORES_APP_ID,
  buildCatalogReference,
  buildLineItem,
  detectCatalogVersion,
  safeBuildCatalogReference,
  safeBuildLineItem,
  getPricePreview,
  type BuildIssue,
  type BuildIssueCode,
  type BuildOptions,
  type BuildResult,
  type Selection,
} from '../../src/index.js'
import {
  expectIssues,
  expectPlainJson,
  expectSuccess,
  expectThrowsCatalogReferenceError,
} from '../helpers/assertions.js'
import { coffee, fixture, type RawProduct } from '../helpers/fixtures.js'
import { deepFreeze } from '../helpers/freeze.js'
import {
  FIVE_MB,
  cyclic,
  errorWithThrowingMessage,
  explodingProxy,
  hugeString,
  lyingProxy,
  manyKeys,
  objectPrototypeSnapshot,
  revokedProxy,
  throwingGetters,
} from '../helpers/hostile.js'

const S_RED = { Size: 'S', 'Box color': 'Red' } as const
const COFFEE_S_RED = {
  catalogItemId: 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca',
  appId: STORES_APP_ID,
  options: { variantId: '9650a809-5567-44f7-9435-cf77a38cb170' },
}

/**
 * Runs all four builders (and detection) on untrusted input: the safe forms must return issues,
 * the throwing forms must throw a CatalogReferenceError with the same issues. Returns the issues.
 * Inputs are deep-frozen and, unless `inputs` is 'freeze' (huge inputs), compared with a copy after.
 */
function rejected(
  product: unknown,
  selection?: unknown,
  options?: unknown,
  inputs: 'compare' | 'freeze' = 'compare',
): readonly BuildIssue[] {
  const p = product as RawProduct
  const s = selection as Selection
  const o = options as BuildOptions
  const before =
    inputs === 'compare' ? freezeIfCloneable([product, selection, options]) : freezeOnly([product, selection, options])
  expect(() => detectCatalogVersion(product)).not.toThrow()
  const issues = expectIssues(safeBuildCatalogReference(p, s, o))
  const lineIssues = expectIssues(safeBuildLineItem(p, s, o))
  const thrown = expectThrowsCatalogReferenceError(() => buildCatalogReference(p, s, o))
  expect(thrown.issues).toEqual(issues)
  const thrownLine = expectThrowsCatalogReferenceError(() => buildLineItem(p, s, o))
  expect(thrownLine.issues).toEqual(lineIssues)
  // The price preview never throws either, and reports what blocks the line item (same codes, paths).
  const preview = getPricePreview(p, s, o)
  expect(preview.issues.filter((issue) => issue.code !== 'missing_price')).toEqual(lineIssues)
  // Messages stay readable whatever the input size.
  for (const issue of issues) expect(issue.message.length).toBeLessThan(2_000)
  // Inputs are never mutated.
  // (toEqual: structuredClone does not keep null or custom prototypes.)
  if (before !== undefined) expect([product, selection, options]).toEqual(before)
  return issues
}

/**
 * Deep-freezes plain-data inputs (anything structuredClone can copy: not functions, symbols,
 * Proxies or throwing getters) and returns a copy taken before, to compare after the calls.
 */
function freezeIfCloneable(values: unknown[]): unknown[] | undefined {
  let before: unknown[]
  try {
    before = structuredClone(values)
  } catch {
    return undefined
  }
  for (const value of values) deepFreeze(value)
  return before
}

/**
 * Deep-freezes plain-data inputs without the copy to compare: for inputs of 50,000 entries, where the
 * copy and the comparison took seconds per input and ran again for every mutant under StrykerJS.
 * A deep-frozen input cannot be changed (a write throws), so the comparison adds nothing there.
 */
function freezeOnly(values: unknown[]): undefined {
  for (const value of values) deepFreeze(value)
  return undefined
}

const codesOf = (issues: readonly BuildIssue[]): BuildIssueCode[] => issues.map((i) => i.code)
const only = (issues: readonly BuildIssue[], code: BuildIssueCode): BuildIssue => {
  const found = issues.filter((i) => i.code === code)
  expect(found, JSON.stringify(issues.map((i) => [i.code, i.path]))).toHaveLength(1)
  return found[0] as BuildIssue
}

let prototypeBefore: string[]
beforeEach(() => {
  prototypeBefore = objectPrototypeSnapshot()
})
afterEach(() => {
  // Nothing added to Object.prototype, nothing inherited by a fresh object.
  expect(objectPrototypeSnapshot()).toEqual(prototypeBefore)
  const probe: Record<string, unknown> = {}
  for (const key of [
    'options',
    'variantId',
    'modifiers',
    'availability',
    'catalogVersion',
    'modifierChoiceValue',
    'polluted',
    'Size',
  ]) {
    expect(probe[key], key).toBeUndefined()
  }
})

describe('not a product', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca'],
    ['an empty string', ''],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a boolean', true],
    ['a bigint', 10n],
    ['a symbol', Symbol('product')],
    ['a function', () => coffee()],
    ['an array', []],
    ['an array holding a product', [coffee()]],
  ])('%s → invalid_product at ["product"]', (_what, product) => {
    const issues = rejected(product, { options: S_RED })
    expect(only(issues, 'invalid_product').path).toEqual(['product'])
    expect(detectCatalogVersion(product)).toBeUndefined()
  })

  it.each([
    ['an empty object', {}],
    ['a Date', new Date(0)],
    ['a Map', new Map([['variantsInfo', {}]])],
    ['a null-prototype object', Object.create(null) as object],
    ['an object with only an id and a name', { _id: 'p1', name: 'Mug' }],
  ])('%s → unknown_catalog_version', (_what, product) => {
    expect(codesOf(rejected(product, { options: S_RED }))).toContain('unknown_catalog_version')
    expect(detectCatalogVersion(product)).toBeUndefined()
  })

  it.each([
    ['a Promise (a forgotten await)', Promise.resolve(coffee()), /a Promise, not a product: await it/],
    [
      'a query result',
      { items: [coffee()], pagingMetadata: { count: 1 } },
      /a query result, not a product.*result\.items\[0\]/,
    ],
  ])(
    '%s → unknown_catalog_version that says what was passed, not "pass { catalogVersion }"',
    (_what, product, said) => {
      const issue = only(rejected(product, { options: S_RED }), 'unknown_catalog_version')
      expect(issue.message).toMatch(said)
      expect(issue.message).not.toContain('catalogVersion')
    },
  )

  it('treats a bare product as V3 when told so, and then reports the missing variants', () => {
    const issues = rejected({ _id: 'p1', name: 'Mug' }, {}, { catalogVersion: 'V3' })
    expect(only(issues, 'missing_variants').path).toEqual(['product', 'variantsInfo'])
  })
})

describe('not a selection', () => {
  it.each([
    ['a string', 'S'],
    ['a number', 1],
    ['a boolean', false],
    ['an array', [S_RED]],
    ['a function', () => S_RED],
    ['a symbol', Symbol('selection')],
  ])('%s → invalid_selection at []', (_what, selection) => {
    const issue = only(rejected(coffee(), selection), 'invalid_selection')
    expect(issue.path).toEqual([])
    expect(issue.message).toContain('must be an object')
  })

  it('null or undefined means "nothing chosen" (then the missing options are the issues)', () => {
    for (const selection of [null, undefined]) {
      expect(codesOf(rejected(coffee(), selection))).toEqual(['missing_option', 'missing_option'])
    }
  })

  it.each([
    ['options as a string', { options: 'S' }, ['options']],
    ['options as a number', { options: 3 }, ['options']],
    ['options as an array', { options: ['S', 'Red'] }, ['options']],
    ['a choice as a number', { options: { Size: 1, 'Box color': 'Red' } }, ['options', 'Size']],
    ['a choice as an object', { options: { Size: { name: 'S' }, 'Box color': 'Red' } }, ['options', 'Size']],
    ['a choice as an array', { options: { Size: ['S'], 'Box color': 'Red' } }, ['options', 'Size']],
    ['variantId as a number', { variantId: 7 }, ['variantId']],
    ['variantId as an object', { variantId: { id: 'x' } }, ['variantId']],
    ['modifiers as a string', { options: S_RED, modifiers: 'Engraving' }, ['modifiers']],
    ['a modifier value as a number', { options: S_RED, modifiers: { Engraving: 5 } }, ['modifiers', 'Engraving']],
    ['subscriptionOptionId as a number', { options: S_RED, subscriptionOptionId: 5 }, ['subscriptionOptionId']],
    [
      'subscriptionOptionId as an object',
      { options: S_RED, subscriptionOptionId: { id: 'x' } },
      ['subscriptionOptionId'],
    ],
    ['a misspelt field', { option: S_RED }, ['option']],
  ])('%s → invalid_selection at the field', (_what, selection, path) => {
    const issues = rejected(coffee(), selection)
    expect(issues.filter((i) => i.code === 'invalid_selection').map((i) => i.path)).toEqual([path])
  })

  it('a null choice or modifier value counts as not given', () => {
    expect(
      buildCatalogReference(coffee(), {
        options: { ...S_RED, Size: null as never, '093b7310-b96e-4ed5-927d-84f7de0f62be': 'S' },
        modifiers: { Engraving: null as never },
      }),
    ).toStrictEqual(COFFEE_S_RED)
  })

  it.each([
    ['a string', '2'],
    ['null', null],
    ['a boolean', true],
    ['an object', { value: 2 }],
    ['zero', 0],
    ['a negative number', -3],
    ['a fraction', 2.5],
    ['over 100000', 100_001],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a bigint', 2n],
  ])('quantity as %s → invalid_quantity (line items only)', (_what, quantity) => {
    const selection = { options: S_RED, quantity }
    const issues = expectIssues(safeBuildLineItem(coffee(), selection as never))
    expect(issues.map((i) => [i.code, i.path])).toEqual([['invalid_quantity', ['quantity']]])
    expectThrowsCatalogReferenceError(() => buildLineItem(coffee(), selection as never))
  })

  it('quantity at the limits builds', () => {
    expect(buildLineItem(coffee(), { options: S_RED, quantity: 1 }).quantity).toBe(1)
    expect(buildLineItem(coffee(), { options: S_RED, quantity: 100_000 }).quantity).toBe(100_000)
  })
})

describe('not build options', () => {
  it.each([
    ['a string', 'V3', []],
    ['a number', 1, []],
    ['an array', ['V3'], []],
    ['an unknown catalogVersion', { catalogVersion: 'v3' }, ['catalogVersion']],
    ['an unknown availability', { availability: false }, ['availability']],
    ['an unknown modifierChoiceValue', { modifierChoiceValue: 'Name' }, ['modifierChoiceValue']],
    ['a misspelt option', { availabilty: 'ignore' }, ['availabilty']],
  ])('%s → invalid_options', (_what, options, path) => {
    expect(only(rejected(coffee(), { options: S_RED }, options), 'invalid_options').path).toEqual(path)
  })
})

describe('wrong field types and missing fields in products', () => {
  const v3 = (change: (p: RawProduct) => void): RawProduct => {
    const p = coffee()
    change(p)
    return p
  }
  const v1 = (change: (p: RawProduct) => void): RawProduct => {
    const p = fixture('candle-unmanaged.sdk')
    change(p)
    return p
  }
  const managed = (change: (p: RawProduct) => void): RawProduct => {
    const p = fixture('tshirt-managed.sdk')
    change(p)
    return p
  }

  it.each([
    ['V3 id as a number', v3((p) => (p.id = 42)), 'invalid_product', ['product', 'id']],
    ['V3 id empty', v3((p) => (p.id = '')), 'invalid_product', ['product', 'id']],
    ['V3 options as an object', v3((p) => (p.options = { Size: {} })), 'invalid_product', ['product', 'options']],
    ['V3 option as a string', v3((p) => (p.options[0] = 'Size')), 'invalid_product', ['product', 'options', 0]],
    ['V3 option without id', v3((p) => delete p.options[0].id), 'invalid_product', ['product', 'options', 0]],
    [
      'V3 choice without choiceId',
      v3((p) => delete p.options[0].choicesSettings.choices[0].choiceId),
      'invalid_product',
      ['product', 'options', 0, 'choicesSettings', 'choices', 0],
    ],
    [
      'V3 choices as a string',
      v3((p) => (p.options[0].choicesSettings.choices = 'S, L')),
      'invalid_product',
      ['product', 'options', 0, 'choicesSettings', 'choices'],
    ],
    [
      'V3 modifiers as an object',
      v3((p) => (p.modifiers = { Engraving: {} })),
      'invalid_product',
      ['product', 'modifiers'],
    ],
    [
      'V3 modifier with no name or key',
      v3((p) => (p.modifiers[1] = { modifierRenderType: 'TEXT_CHOICES' })),
      'invalid_product',
      ['product', 'modifiers', 1],
    ],
    [
      'V3 subscriptions as a string',
      v3((p) => (p.subscriptionDetails.subscriptions = 'monthly')),
      'invalid_product',
      ['product', 'subscriptionDetails', 'subscriptions'],
    ],
    [
      'V3 subscription without id',
      v3((p) => delete p.subscriptionDetails.subscriptions[0].id),
      'invalid_product',
      ['product', 'subscriptionDetails', 'subscriptions', 0],
    ],
    [
      'V3 variantsInfo as a string',
      v3((p) => (p.variantsInfo = 'none')),
      'missing_variants',
      ['product', 'variantsInfo'],
    ],
    [
      'V3 variants as an object',
      v3((p) => (p.variantsInfo.variants = {})),
      'missing_variants',
      ['product', 'variantsInfo'],
    ],
    [
      'V3 variants of the wrong type',
      v3((p) => (p.variantsInfo.variants = [null, 'x', 42, []])),
      'variant_not_found',
      ['options'],
    ],
    [
      'V3 variant choices malformed',
      v3((p) => (p.variantsInfo.variants[0].optionChoiceIds = [{ optionId: 5 }, 'x'])),
      'variant_not_found',
      ['options'],
    ],
    [
      'V1 productOptions as a number',
      v1((p) => (p.productOptions = 42)),
      'invalid_product',
      ['product', 'productOptions'],
    ],
    ['V1 option as null', v1((p) => (p.productOptions[0] = null)), 'invalid_product', ['product', 'productOptions', 0]],
    [
      'V1 option without name',
      v1((p) => delete p.productOptions[1].name),
      'invalid_product',
      ['product', 'productOptions', 1],
    ],
    [
      'V1 choices as a string',
      v1((p) => (p.productOptions[0].choices = 'Lavender')),
      'invalid_product',
      ['product', 'productOptions', 0, 'choices'],
    ],
    [
      'V1 choice without description or value',
      v1((p) => (p.productOptions[0].choices[0] = { inStock: true })),
      'invalid_product',
      ['product', 'productOptions', 0, 'choices', 0],
    ],
    [
      'V1 customTextFields as a string',
      v1((p) => (p.customTextFields = 'label')),
      'invalid_product',
      ['product', 'customTextFields'],
    ],
    [
      'V1 custom text field without title',
      v1((p) => (p.customTextFields[0] = { maxLength: 5 })),
      'invalid_product',
      ['product', 'customTextFields', 0],
    ],
    [
      'V1 managed variants as an object',
      managed((p) => (p.variants = {})),
      'missing_variants',
      ['product', 'variants'],
    ],
    [
      'V1 managed variant without id',
      managed((p) => delete p.variants[0]._id),
      'invalid_product',
      ['product', 'variants', 0],
    ],
  ])('%s → %s at %j', (_what, product, code, path) => {
    const selection =
      detectCatalogVersion(product) === 'V1' && product.manageVariants === true
        ? { options: { Size: 'S', Color: 'Black' }, modifiers: { 'Name to print on the back': 'A' } }
        : detectCatalogVersion(product) === 'V1'
          ? { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } }
          : { options: S_RED }
    const issues = rejected(product, selection)
    expect(
      issues.filter((i) => i.code === code).map((i) => i.path),
      JSON.stringify(issues.map((i) => [i.code, i.path])),
    ).toContainEqual(path)
  })

  it('ignores unknown and ill-typed fields it does not need (name, visible as a string, extra data)', () => {
    const product = coffee()
    product.name = 42
    product.visible = 'no'
    product.extra = { deeply: [{ nested: () => 1 }] }
    expect(buildCatalogReference(product, { options: S_RED })).toStrictEqual(COFFEE_S_RED)
  })
})

describe('huge inputs fail fast with short issues', () => {
  const huge = hugeString()

  it('a 5 MB choice', () => {
    const issue = only(rejected(coffee(), { options: { Size: huge, 'Box color': 'Red' } }), 'unknown_choice')
    expect(issue.path).toEqual(['options', 'Size'])
    expect(String(issue.received).length).toBeLessThanOrEqual(203)
  })

  it('a 5 MB option name (selection key)', () => {
    const issue = only(rejected(coffee(), { options: { [huge]: 'S', 'Box color': 'Red' } }), 'unknown_option')
    expect(issue.path).toEqual(['options', huge])
    expect(issue.message.length).toBeLessThan(300)
  })

  it('a 5 MB modifier name, choice and free text', () => {
    expect(only(rejected(coffee(), { options: S_RED, modifiers: { [huge]: 'x' } }), 'unknown_modifier').path).toEqual([
      'modifiers',
      huge,
    ])
    expect(
      only(rejected(coffee(), { options: S_RED, modifiers: { 'Remove price tag': huge } }), 'unknown_modifier_choice')
        .path,
    ).toEqual(['modifiers', 'Remove price tag'])
    const long = only(rejected(coffee(), { options: S_RED, modifiers: { Engraving: huge } }), 'text_too_long')
    expect(long).toMatchObject({ path: ['modifiers', 'Engraving'], limit: 500 })
    expect(long.message).toContain(String(FIVE_MB))
  })

  it('a 5 MB variantId and subscription: invalid_selection by their length (ids have at most 100 characters)', () => {
    expect(only(rejected(coffee(), { variantId: huge }), 'invalid_selection').path).toEqual(['variantId'])
    const issue = only(rejected(coffee(), { options: S_RED, subscriptionOptionId: huge }), 'invalid_selection')
    expect(issue.path).toEqual(['subscriptionOptionId'])
    expect(issue.message.length).toBeLessThan(100)
  })

  it('a 5 MB product name is cut in messages', () => {
    const product = coffee()
    product.name = huge
    const issue = only(rejected(product, { options: { ...S_RED, Colour: 'Red' } }), 'unknown_option')
    expect(issue.message.length).toBeLessThan(300)
  })

  it('5 MB option and choice names in the product still build by id, and fail fast by name', () => {
    const product = coffee()
    product.options[0].name = huge
    product.options[0].choicesSettings.choices[0].name = `${huge}!`
    expect(
      buildCatalogReference(product, {
        options: { '093b7310-b96e-4ed5-927d-84f7de0f62be': 'bd2402d9-4ff2-42d0-b902-db235c132b0d', 'Box color': 'Red' },
      }),
    ).toStrictEqual(COFFEE_S_RED)
    // Messages quote the product's own option and choice names as they are (only the buyer's input
    // is cut), so this message is megabytes long: the product, not the buyer, is at fault.
    const result = safeBuildCatalogReference(product, { options: { 'Box color': 'Red', [`${huge}?`]: 'S' } })
    expect(
      expectIssues(result)
        .map((i) => i.code)
        .sort(),
    ).toEqual(['missing_option', 'unknown_option'])
    expectThrowsCatalogReferenceError(() => buildCatalogReference(product, { options: { 'Box color': 'Red' } }))
  })

  it('a 5 MB product id → invalid_product', () => {
    const product = coffee()
    product.id = huge
    expect(only(rejected(product, { options: S_RED }), 'invalid_product').path).toEqual(['product', 'id'])
  })

  it('50,000-key options, modifiers, selections and build options', () => {
    const many = manyKeys(50_000)
    expect(only(rejected(coffee(), { options: many }, undefined, 'freeze'), 'invalid_selection')).toMatchObject({
      path: ['options'],
      limit: 200,
    })
    expect(
      only(rejected(coffee(), { options: S_RED, modifiers: many }, undefined, 'freeze'), 'invalid_selection'),
    ).toMatchObject({ path: ['modifiers'], limit: 200 })
    expect(codesOf(rejected(coffee(), { ...many, options: S_RED }, undefined, 'freeze'))).toContain('invalid_selection')
    expect(codesOf(rejected(coffee(), { options: S_RED }, many, 'freeze'))).toContain('invalid_options')
  })

  it('products far beyond the Wix limits: 50,000 options, choices, variants, modifiers, subscriptions, Velo option keys', () => {
    const lots = <T>(make: (i: number) => T): T[] => Array.from({ length: 50_000 }, (_, i) => make(i))
    const cases: [RawProduct, (string | number)[]][] = []
    let p = coffee()
    p.options = lots((i) => ({
      id: `o${i}`,
      name: `O${i}`,
      choicesSettings: { choices: [{ choiceId: 'c', name: 'C' }] },
    }))
    cases.push([p, ['product', 'options']])
    p = coffee()
    p.options[0].choicesSettings.choices = lots((i) => ({ choiceId: `c${i}`, name: `C${i}` }))
    cases.push([p, ['product', 'options', 0, 'choicesSettings', 'choices']])
    p = coffee()
    p.variantsInfo.variants = lots((i) => ({ id: `v${i}`, optionChoiceIds: [] }))
    cases.push([p, ['product', 'variantsInfo', 'variants']])
    p = coffee()
    p.modifiers = lots((i) => ({ key: `m${i}`, modifierRenderType: 'FREE_TEXT' }))
    cases.push([p, ['product', 'modifiers']])
    p = coffee()
    p.subscriptionDetails.subscriptions = lots((i) => ({ id: `s${i}` }))
    cases.push([p, ['product', 'subscriptionDetails', 'subscriptions']])
    p = fixture('candle-unmanaged.sdk')
    p.productOptions = Object.fromEntries(lots((i) => [`Option ${i}`, { name: `Option ${i}`, choices: [] }]))
    cases.push([p, ['product', 'productOptions']])
    p = fixture('tshirt-managed.sdk')
    p.variants = lots((i) => ({ _id: `v${i}`, choices: { Size: 'S', Color: 'Black' } }))
    cases.push([p, ['product', 'variants']])
    for (const [product, path] of cases) {
      const issues = rejected(product, { options: S_RED }, undefined, 'freeze')
      expect(issues.filter((i) => i.code === 'invalid_product').map((i) => i.path)).toContainEqual(path)
    }
  })

  it('a V1 variant choices map with 50,000 keys is read by option name only', () => {
    const product = fixture('tshirt-managed.sdk')
    product.variants[0].choices = { ...manyKeys(50_000), Size: 'S', Color: 'Black' }
    expect(
      buildCatalogReference(product, {
        options: { Size: 'S', Color: 'Black' },
        modifiers: { 'Name to print on the back': 'A' },
      }).options?.variantId,
    ).toBe('00000000-0000-0001-0005-92b5d2d4b1a1')
  })
})

describe('cyclic objects', () => {
  it('a cyclic product that is otherwise valid builds normally', () => {
    const product = coffee()
    product.self = product
    product.variantsInfo.variants[0].product = product
    product.options[0].parent = product
    const reference = buildCatalogReference(product, { options: S_RED })
    expect(reference).toStrictEqual(COFFEE_S_RED)
    expectPlainJson(reference)
  })

  it('a cyclic selection, options map and build options → issues', () => {
    const selection: Record<string, unknown> = { options: { ...S_RED } }
    selection.self = selection
    expect(only(rejected(coffee(), selection), 'invalid_selection').path).toEqual(['self'])
    const options: Record<string, unknown> = { ...S_RED }
    options.self = options
    expect(only(rejected(coffee(), { options }), 'invalid_selection').path).toEqual(['options', 'self'])
    expect(codesOf(rejected(coffee(), { options: S_RED }, cyclic()))).toContain('invalid_options')
    expect(codesOf(rejected(cyclic(), { options: S_RED }))).toEqual(['unknown_catalog_version'])
  })
})

describe('throwing getters and Proxies', () => {
  it('a selection whose fields throw → invalid_selection "could not be read"', () => {
    const issue = only(rejected(coffee(), throwingGetters(['options', 'variantId', 'modifiers'])), 'invalid_selection')
    expect(issue.path).toEqual([])
    expect(issue.message).toContain('could not be read')
    expect(issue.message).toContain('a getter or Proxy in it threw')
  })

  it('an options map whose values throw → invalid_selection', () => {
    expect(codesOf(rejected(coffee(), { options: throwingGetters(['Size', 'Box color']) }))).toContain(
      'invalid_selection',
    )
  })

  it('build options whose fields throw → invalid_options', () => {
    expect(codesOf(rejected(coffee(), { options: S_RED }, throwingGetters(['availability'])))).toContain(
      'invalid_options',
    )
  })

  it('a product whose fields throw → invalid_product "could not be read", at any depth', () => {
    const top = throwingGetters(['variantsInfo', 'options', 'id'])
    expect(only(rejected(top, { options: S_RED }), 'invalid_product').message).toContain('could not be read')
    expect(detectCatalogVersion(top)).toBeUndefined()

    const option = coffee()
    Object.defineProperty(option.options[1], 'name', {
      enumerable: true,
      get: () => {
        throw new Error('boom')
      },
    })
    expect(codesOf(rejected(option, { options: S_RED }))).toContain('invalid_product')

    // A variant is read while resolving, after normalization.
    const variant = coffee()
    Object.defineProperty(variant.variantsInfo.variants[0], 'optionChoiceIds', {
      enumerable: true,
      get: () => {
        throw new Error('boom')
      },
    })
    expect(codesOf(rejected(variant, { options: S_RED }))).toContain('invalid_product')

    const stock = fixture('house-blend.rest')
    Object.defineProperty(stock.variantsInfo.variants[0], 'inventoryStatus', {
      enumerable: true,
      get: () => {
        throw new Error('boom')
      },
    })
    expect(
      codesOf(
        rejected(stock, {
          options: { Size: '250 g', Grind: 'Whole bean', 'Bag color': 'Kraft' },
          modifiers: { 'Label text': 'A' },
          subscriptionOptionId: 'Monthly',
        }),
      ),
    ).toContain('invalid_product')
  })

  it('getters that throw non-errors, errors with a throwing message, or proxies', () => {
    for (const thrown of ['a string', 42, null, undefined, errorWithThrowingMessage(), explodingProxy()]) {
      rejected(throwingGetters(['variantsInfo'], thrown), { options: S_RED })
      rejected(coffee(), throwingGetters(['options'], thrown))
      rejected(coffee(), { options: S_RED }, throwingGetters(['availability'], thrown))
    }
  })

  it.each([
    ['an exploding Proxy', explodingProxy],
    ['a revoked Proxy', revokedProxy],
    ['a Proxy around a product whose traps throw', () => explodingProxy(coffee())],
  ])('%s as product, selection, options map, modifiers or build options', (_what, make) => {
    expect(codesOf(rejected(make(), { options: S_RED }))).toContain('invalid_product')
    expect(codesOf(rejected(coffee(), make()))).toContain('invalid_selection')
    expect(codesOf(rejected(coffee(), { options: make() }))).toContain('invalid_selection')
    expect(codesOf(rejected(coffee(), { options: S_RED, modifiers: make() }))).toContain('invalid_selection')
    expect(codesOf(rejected(coffee(), { options: S_RED }, make()))).toContain('invalid_options')
    expect(detectCatalogVersion(make())).toBeUndefined()
  })

  it.each([
    ['an exploding Proxy', explodingProxy],
    ['a revoked Proxy', revokedProxy],
  ])('%s as quantity → invalid_quantity', (_what, make) => {
    const issues = expectIssues(safeBuildLineItem(coffee(), { options: S_RED, quantity: make() as never }))
    expect(issues.map((i) => [i.code, i.path])).toEqual([['invalid_quantity', ['quantity']]])
    expectThrowsCatalogReferenceError(() => buildLineItem(coffee(), { options: S_RED, quantity: make() as never }))
  })

  it('a Proxy that lies about its fields', () => {
    expect(codesOf(rejected(coffee(), lyingProxy()))).toContain('invalid_selection')
  })

  it('a Proxy in a variant list → invalid_product, not a TypeError', () => {
    const product = coffee()
    product.variantsInfo.variants.unshift(explodingProxy())
    expect(codesOf(rejected(product, { options: S_RED }))).toContain('invalid_product')
    const revoked = coffee()
    revoked.variantsInfo.variants.unshift(revokedProxy())
    expect(codesOf(rejected(revoked, { options: S_RED }))).toContain('invalid_product')
  })

  it('a transparent Proxy around a valid product and selection builds normally', () => {
    const reference = buildCatalogReference(
      new Proxy(coffee(), {}),
      new Proxy({ options: new Proxy({ ...S_RED }, {}) }, {}),
    )
    expect(reference).toStrictEqual(COFFEE_S_RED)
  })

  it('null-prototype products and selections build normally', () => {
    const nullProto = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(nullProto)
      if (typeof value !== 'object' || value === null) return value
      const out = Object.create(null) as Record<string, unknown>
      for (const [k, v] of Object.entries(value)) out[k] = nullProto(v)
      return out
    }
    const product = nullProto(coffee()) as RawProduct
    const selection = nullProto({ options: S_RED, modifiers: { 'Remove price tag': 'Yes' } }) as Selection
    const reference = buildCatalogReference(
      product,
      selection,
      nullProto({ modifierChoiceValue: 'name' }) as BuildOptions,
    )
    expect(reference).toStrictEqual({
      ...COFFEE_S_RED,
      options: { ...COFFEE_S_RED.options, options: { 'Remove price tag': 'Yes' } },
    })
    expectPlainJson(reference)
  })
})

describe('__proto__, constructor and prototype keys', () => {
  it('in the selection (own properties from JSON.parse) → unknown names, never the prototype', () => {
    const selection = JSON.parse(
      '{"options": {"__proto__": "S", "constructor": "L", "prototype": "Red", "toString": "x", "Size": "S", "Box color": "Red"}}',
    ) as Selection
    expect(Object.keys(selection.options ?? {})).toContain('__proto__')
    const issues = rejected(coffee(), selection)
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_option', ['options', '__proto__']],
      ['unknown_option', ['options', 'constructor']],
      ['unknown_option', ['options', 'prototype']],
      ['unknown_option', ['options', 'toString']],
    ])
    const modifiers = JSON.parse(
      '{"options": {"Size": "S", "Box color": "Red"}, "modifiers": {"__proto__": "x", "constructor": "y", "hasOwnProperty": "z"}}',
    ) as Selection
    expect(rejected(coffee(), modifiers).map((i) => [i.code, i.path])).toEqual([
      ['unknown_modifier', ['modifiers', '__proto__']],
      ['unknown_modifier', ['modifiers', 'constructor']],
      ['unknown_modifier', ['modifiers', 'hasOwnProperty']],
    ])
  })

  it('a top-level "__proto__" in the selection or options is an unknown field, and its content is not read', () => {
    const selection = JSON.parse('{"__proto__": {"options": {"Size": "S", "Box color": "Red"}}}') as Selection
    const issues = rejected(coffee(), selection)
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_selection', ['__proto__']],
      ['missing_option', ['options', 'Size']],
      ['missing_option', ['options', 'Box color']],
    ])
    const hidden = coffee()
    hidden.visible = false
    const options = JSON.parse('{"__proto__": {"availability": "ignore"}}') as BuildOptions
    expect(codesOf(rejected(hidden, { options: S_RED }, options)).sort()).toEqual(['invalid_options', 'product_hidden'])
  })

  it('an inherited (prototype) selection is not read: only own properties count', () => {
    const selection = Object.create({ options: S_RED }) as Selection
    expect(codesOf(rejected(coffee(), selection))).toEqual(['missing_option', 'missing_option'])
  })

  it('V1 unmanaged: option names and a custom text title "__proto__" / "constructor" / "prototype" become own output keys', () => {
    const product = JSON.parse(`{
      "_id": "proto-product",
      "manageVariants": false,
      "productOptions": [
        { "name": "__proto__", "choices": [{ "value": "a", "description": "A" }, { "value": "b", "description": "__proto__" }] },
        { "name": "constructor", "choices": [{ "value": "c", "description": "C" }, { "value": "d", "description": "D" }] },
        { "name": "prototype", "choices": [{ "value": "e", "description": "E" }, { "value": "f", "description": "F" }] }
      ],
      "customTextFields": [{ "title": "__proto__", "maxLength": 10 }, { "title": "constructor", "maxLength": 10 }]
    }`) as RawProduct
    const selection = JSON.parse(
      '{"options": {"__proto__": "__proto__", "constructor": "c", "prototype": "F"}, "modifiers": {"__proto__": "hi", "constructor": "there"}}',
    ) as Selection
    const reference = buildCatalogReference(product, selection)
    expect(JSON.stringify(reference)).toBe(
      '{"catalogItemId":"proto-product","appId":"215238eb-22a5-4c36-9e7b-e7c08025e04e","options":{"options":{"__proto__":"__proto__","constructor":"C","prototype":"F"},"customTextFields":{"__proto__":"hi","constructor":"there"}}}',
    )
    const out = reference.options?.options as Record<string, string>
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'prototype'])
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')).toMatchObject({ value: '__proto__', enumerable: true })
    expect(Object.getOwnPropertyDescriptor(reference.options?.customTextFields, '__proto__')).toMatchObject({
      value: 'hi',
      enumerable: true,
    })
    expectPlainJson(reference)
  })

  it('V1 Velo shape: a productOptions map keyed "__proto__" and variant choices keyed "__proto__"', () => {
    const product = JSON.parse(`{
      "_id": "proto-velo",
      "manageVariants": true,
      "productOptions": { "__proto__": { "choices": [{ "description": "A" }, { "description": "B" }] }, "constructor": { "name": "constructor", "choices": [{ "description": "toString" }] } },
      "variants": [
        { "_id": "v-a", "choices": { "__proto__": "A", "constructor": "toString" } },
        { "_id": "v-b", "choices": { "__proto__": "B", "constructor": "toString" } }
      ]
    }`) as RawProduct
    expect(buildCatalogReference(product, JSON.parse('{"options": {"__proto__": "B"}}') as Selection)).toStrictEqual({
      catalogItemId: 'proto-velo',
      appId: STORES_APP_ID,
      options: { variantId: 'v-b' },
    })
    // A variant map that only inherits the choice does not match.
    const inherited = JSON.parse(JSON.stringify(product)) as RawProduct
    inherited.variants = [{ _id: 'v-x', choices: Object.create({ __proto__: 'A', constructor: 'toString' }) }]
    expect(only(rejected(inherited, JSON.parse('{"options": {"__proto__": "A"}}')), 'variant_not_found').path).toEqual([
      'options',
    ])
  })

  it('V3: option, modifier and free-text keys "__proto__" / "constructor" / "prototype"', () => {
    const product = JSON.parse(`{
      "id": "proto-v3",
      "options": [{ "id": "__proto__", "name": "__proto__", "choicesSettings": { "choices": [{ "choiceId": "constructor", "name": "prototype" }] } }],
      "modifiers": [
        { "key": "__proto__", "name": "constructor", "modifierRenderType": "TEXT_CHOICES", "choicesSettings": { "choices": [{ "key": "__proto__", "name": "prototype" }, { "key": "valueOf", "name": "toString" }] } },
        { "name": "Note", "modifierRenderType": "FREE_TEXT", "freeTextSettings": { "key": "prototype" } },
        { "name": "Other", "modifierRenderType": "FREE_TEXT", "freeTextSettings": { "key": "__proto__" } }
      ],
      "variantsInfo": { "variants": [{ "id": "v0", "choices": [{ "optionChoiceIds": { "optionId": "__proto__", "choiceId": "constructor" } }] }] }
    }`) as RawProduct
    // "__proto__" exactly is the first modifier's key; "__proto__ " (forgiving pass) matches that key
    // and the free-text key "__proto__" of "Other": ambiguous, never a guess.
    const selection = JSON.parse(
      '{"options": {"__proto__": "prototype"}, "modifiers": {"__proto__ ": "x"}}',
    ) as Selection
    const ambiguous = only(rejected(product, selection), 'ambiguous_name')
    expect(ambiguous.path).toEqual(['modifiers', '__proto__ '])
    expect(ambiguous.candidates).toHaveLength(2)
    const ok = JSON.parse(
      '{"options": {"__proto__": "prototype"}, "modifiers": {"constructor": "__proto__", "Note": "note", "Other": "other"}}',
    ) as Selection
    const reference = buildCatalogReference(product, ok)
    expect(JSON.stringify(reference)).toBe(
      '{"catalogItemId":"proto-v3","appId":"215238eb-22a5-4c36-9e7b-e7c08025e04e","options":{"variantId":"v0","options":{"__proto__":"__proto__"},"customTextFields":{"prototype":"note","__proto__":"other"}}}',
    )
    expect(Object.getPrototypeOf(reference.options?.options)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(reference.options?.customTextFields)).toBe(Object.prototype)
    expect(Object.keys(reference.options?.customTextFields ?? {})).toEqual(['prototype', '__proto__'])
    expectPlainJson(reference)
  })
})

describe('property: any value as product, selection or options', () => {
  const valid = [coffee(), fixture('house-blend.sdk'), fixture('tshirt-managed.rest'), fixture('candle-unmanaged.sdk')]
  const anything = fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withObjectString: true,
    maxDepth: 3,
  })
  const names = fc.constantFrom(
    'Size',
    'Box color',
    'S',
    'L',
    'Red',
    'Blue',
    'Engraving',
    'Remove price tag',
    'yes',
    'Yes',
    '__proto__',
    'constructor',
    'Grind',
    '1 kg',
    'Espresso',
    'Black',
    'Color',
    'M',
    'Scent',
    'Jar color',
    '#FFBF00',
    'Monthly',
    '',
  )
  const selection = fc.oneof(
    anything,
    fc.record(
      {
        options: fc.oneof(fc.dictionary(names, names), anything),
        variantId: fc.oneof(fc.string(), anything),
        modifiers: fc.oneof(fc.dictionary(names, fc.oneof(names, fc.string())), anything),
        subscriptionOptionId: fc.oneof(names, fc.constant(null), anything),
        quantity: fc.oneof(fc.integer({ min: -2, max: 100_002 }), anything),
      },
      { requiredKeys: [] },
    ),
  )
  const options = fc.oneof(
    fc.constant(undefined),
    anything,
    fc.record(
      {
        availability: fc.constantFrom('enforce', 'ignore', 'x'),
        modifierChoiceValue: fc.constantFrom('key', 'name', 'x'),
        catalogVersion: fc.constantFrom('V1', 'V3', 'V2'),
      },
      { requiredKeys: [] },
    ),
  )
  const product = fc.oneof(anything, fc.constantFrom(...valid))

  const check = (p: unknown, s: unknown, o: unknown): void => {
    const results: BuildResult<unknown>[] = [
      safeBuildCatalogReference(p as RawProduct, s as Selection, o as BuildOptions),
      safeBuildLineItem(p as RawProduct, s as Selection, o as BuildOptions),
    ]
    for (const result of results) {
      if (result.success) expectSuccess(result)
      else {
        expect(result.error.issues.length).toBeGreaterThan(0)
        for (const issue of result.error.issues) expect(BUILD_ISSUE_CODES).toContain(issue.code)
      }
    }
    let thrown: unknown
    try {
      buildCatalogReference(p as RawProduct, s as Selection, o as BuildOptions)
    } catch (error) {
      thrown = error
    }
    if (thrown !== undefined) expect((thrown as Error).name).toBe('CatalogReferenceError')
    detectCatalogVersion(p)
  }

  it('never throws anything but a CatalogReferenceError; successes are plain JSON', () => {
    fc.assert(fc.property(product, selection, options, check), { numRuns: 400 })
  })

  it('a valid product with random selections: same rule, and a success always names the product', () => {
    fc.assert(
      fc.property(fc.constantFrom(...valid), selection, options, (p, s, o) => {
        check(p, s, o)
        const result = safeBuildCatalogReference(p, s as Selection, o as BuildOptions)
        if (result.success) {
          expect(result.data.appId).toBe(STORES_APP_ID)
          expect(result.data.catalogItemId).toBe(p.id ?? p._id)
        }
      }),
      { numRuns: 400 },
    )
  })
})
