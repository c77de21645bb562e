/*
 * Regression tests for issue 12, items 8–13 (core helpers), each named after the promise it protects.
 */
import { describe, expect, it } from 'vitest'
import {
  detectCatalogVersion,
  getChoiceStates,
  parseCatalogReference,
  safeBuildCatalogReference,
  selectionFromSearchParams,
  selectionToSearchParams,
  type BuildOptions,
  type StoresCatalogReference,
} from '../../src/index.js'
import { ID_MAX } from '../../src/constants.js'
import { fixture, type RawProduct } from '../helpers/fixtures.js'

/** A complete selection for the house-blend fixture (V3, subscription only, a mandatory text). */
const BLEND = {
  options: { Size: '250 g', Grind: 'Whole bean', 'Bag color': 'Kraft' },
  modifiers: { 'Label text': 'Hi' },
  subscriptionOptionId: 'Monthly',
}

const codes = (result: {
  success: boolean
  error?: { issues: readonly { code: string; path: readonly unknown[] }[] }
}): unknown[] => (result.success ? [] : (result.error?.issues ?? []).map((i) => [i.code, i.path]))

/** A getter that answers `value` on its first read and throws on every later one. */
function onceThenThrow<T>(target: object, key: PropertyKey, value: T): void {
  let reads = 0
  Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      if (reads++ > 0) throw new Error(`second read of ${String(key)}`)
      return value
    },
  })
}

describe('8. parseCatalogReference reads each input once and never throws', () => {
  const product = fixture('house-blend.rest')
  const built = safeBuildCatalogReference(product, BLEND, { availability: 'ignore' })
  if (!built.success) throw new Error(built.error.message)
  const reference: StoresCatalogReference = built.data

  it('build options with a throwing symbol-keyed getter parse as the plain options do', () => {
    const options = { availability: 'ignore' } as BuildOptions
    Object.defineProperty(options, Symbol('hostile'), {
      enumerable: true,
      get: () => {
        throw new Error('symbol getter')
      },
    })
    const parsed = parseCatalogReference(product, reference, options)
    expect(parsed).toStrictEqual(parseCatalogReference(product, reference, { availability: 'ignore' }))
    expect(parsed.success).toBe(true)
  })

  it('options, reference and reference.options whose getters throw on the second read parse as plain ones do', () => {
    const options = {}
    onceThenThrow(options, 'availability', 'ignore')
    const ref = {}
    for (const [key, value] of Object.entries(reference)) if (key !== 'options') onceThenThrow(ref, key, value)
    const refOptions = {}
    for (const [key, value] of Object.entries(reference.options ?? {})) onceThenThrow(refOptions, key, value)
    onceThenThrow(ref, 'options', refOptions)
    const parsed = parseCatalogReference(product, ref as StoresCatalogReference, options as BuildOptions)
    const plain = parseCatalogReference(product, reference, { availability: 'ignore' })
    expect(plain.success).toBe(true)
    expect(parsed).toStrictEqual(plain)
  })

  it('a reference whose catalogItemId is a sparse array of length 2**32-1 is refused without walking it', () => {
    const parsed = parseCatalogReference(product, { ...reference, catalogItemId: new Array(2 ** 32 - 1) as never })
    expect(codes(parsed)).toEqual([['invalid_reference', ['catalogItemId']]])
  })

  it('a reference that throws on every read gives invalid_reference, not an exception', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(codes(parseCatalogReference(product, proxy as StoresCatalogReference))).toEqual([['invalid_reference', []]])
  })
})

describe('9. getChoiceStates says what it cannot know (issues) and what it caches', () => {
  it('a V3 query result (no variantsInfo) claims no choice exists or is available, with a missing_variants issue', () => {
    const { variantsInfo: _, ...queried } = fixture('house-blend.rest')
    const states = getChoiceStates(queried, { options: { Size: '250 g' } })
    expect(states.options.flatMap((o) => o.choices.map((c) => c.exists || c.available))).not.toContain(true)
    expect(states.issues.map((i) => i.code)).toEqual(['missing_variants'])
  })

  it('unknown names in the selection are issues; an incomplete selection is not', () => {
    const product = fixture('house-blend.rest')
    expect(getChoiceStates(product, { options: { Size: '250 g' } }).issues).toEqual([])
    const states = getChoiceStates(product, { options: { Size: 'XXL', Nope: 'x' } })
    expect(states.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_choice', ['options', 'Size']],
      ['unknown_option', ['options', 'Nope']],
    ])
  })

  it('what is cached is what the docs say: variant stock edited in place shows from a fresh product object; one object gives one answer', () => {
    const product = fixture('house-blend.rest')
    const available = (p: RawProduct): boolean[] =>
      getChoiceStates(p).options.flatMap((o) => o.choices.map((c) => c.available))
    expect(available(product)).toContain(true)
    expect(available(product)).toContain(true) // second call: the model and its state index are cached
    for (const variant of product.variantsInfo.variants)
      variant.inventoryStatus = { inStock: false, preorderEnabled: false }
    // Cached: the in-place edit is not seen by the picker of the same object...
    expect(available(product)).toContain(true)
    // ...nor by the builder: every function answers from one reading of a kept product object...
    expect(codes(safeBuildCatalogReference(product, BLEND))).toEqual([])
    // ...while a fresh object with the same edit is read anew by each.
    expect(codes(safeBuildCatalogReference(structuredClone(product), BLEND))).toEqual([['out_of_stock', ['options']]])
    // ...and a replaced top-level field (or a fresh object) is seen at once.
    product.variantsInfo = { ...product.variantsInfo }
    expect(available(product)).not.toContain(true)
    expect(available(structuredClone(product))).not.toContain(true)
  })
})

describe('11. decisions (docs/decisions.md)', () => {
  it('a product wrapped as { product: {...} } (a Get Product response) is unwrapped by every function', () => {
    for (const name of ['house-blend.rest', 'tshirt-managed.sdk', 'candle-unmanaged.rest'] as const) {
      const product = fixture(name)
      const wrapped = { product: fixture(name) }
      expect(detectCatalogVersion(wrapped)).toBe(detectCatalogVersion(product))
      const { issues: _a, ...states } = getChoiceStates(product)
      const { issues: _b, ...wrappedStates } = getChoiceStates(wrapped)
      expect(wrappedStates).toStrictEqual(states)
      expect(safeBuildCatalogReference(wrapped, {})).toStrictEqual(safeBuildCatalogReference(product, {}))
    }
    const product = fixture('house-blend.rest')
    const built = safeBuildCatalogReference({ product }, BLEND)
    expect(built.success).toBe(true)
    if (built.success) expect(parseCatalogReference({ product }, built.data).success).toBe(true)
    // An object with an id of its own is a product, not a wrapper.
    expect(detectCatalogVersion({ id: 'p', product })).toBeUndefined()
  })

  it('a V3 product without variantsInfo plus an explicit variantId passes the id through; modifiers and subscription are still checked', () => {
    const { variantsInfo: _, ...queried } = fixture('house-blend.rest')
    expect(codes(safeBuildCatalogReference(queried, {}))).toContainEqual([
      'missing_variants',
      ['product', 'variantsInfo'],
    ])
    const passed = safeBuildCatalogReference(queried, { variantId: 'v-from-elsewhere' }, { availability: 'ignore' })
    const issues = codes(passed)
    expect(issues).not.toContainEqual(['missing_variants', ['product', 'variantsInfo']])
    expect(
      issues
        .map((i) => (i as string[])[0])
        .every((code) => ['missing_modifier', 'subscription_required'].includes(code as string)),
    ).toBe(true)
    const full = safeBuildCatalogReference(
      queried,
      { variantId: 'v-from-elsewhere', modifiers: { Nope: 'x' }, subscriptionOptionId: 'Nope' },
      { availability: 'ignore' },
    )
    expect(codes(full).map((i) => (i as string[])[0])).toEqual(
      expect.arrayContaining(['unknown_modifier', 'unknown_subscription']),
    )
    const minimal = {
      id: 'p3',
      options: [{ id: 'o1', name: 'Size', choicesSettings: { choices: [{ choiceId: 's', name: 'S' }] } }],
    }
    const ok = safeBuildCatalogReference(minimal, { variantId: 'v9' })
    expect(ok.success ? ok.data.options : ok.error.message).toEqual({ variantId: 'v9' })
    if (ok.success) expect(parseCatalogReference(minimal, ok.data).success).toBe(true)
  })

  it('a passed-through id is at most ID_MAX (100) characters: a variantId of a product without variants, a V1 subscription', () => {
    const minimal = {
      id: 'p3',
      options: [{ id: 'o1', name: 'Size', choicesSettings: { choices: [{ choiceId: 's', name: 'S' }] } }],
    }
    const fits = safeBuildCatalogReference(minimal, { variantId: 'v'.repeat(ID_MAX) })
    expect(fits.success ? fits.data.options : fits.error.message).toEqual({ variantId: 'v'.repeat(ID_MAX) })
    const huge = safeBuildCatalogReference(minimal, { variantId: 'v'.repeat(1_000_000) })
    // Refused, so not passed through: the product's missing variants show too.
    expect(codes(huge)).toEqual([
      ['missing_variants', ['product', 'variantsInfo']],
      ['invalid_selection', ['variantId']],
    ])
    const issue = huge.success ? undefined : huge.error.issues[1]
    expect(issue?.message).toBe('"variantId" has 1000000 characters; a Wix id has at most 100.')
    expect(String(issue?.received).length).toBeLessThanOrEqual(203)
    // Blank is not given, however long: no id issue, the missing variants only.
    expect(codes(safeBuildCatalogReference(minimal, { variantId: ' '.repeat(ID_MAX + 50) }))).toEqual([
      ['missing_variants', ['product', 'variantsInfo']],
    ])
    const tshirt = fixture('tshirt-managed.sdk')
    const plan = safeBuildCatalogReference(tshirt, { variantId: 'x', subscriptionOptionId: 's'.repeat(ID_MAX + 1) })
    expect(codes(plan)).toContainEqual(['invalid_selection', ['subscriptionOptionId']])
  })

  it('a V1 unmanaged product: a variantId beside a complete options map never gives a missing_option for a given option', () => {
    const product = fixture('candle-unmanaged.sdk')
    const options = { Scent: 'Lavender', 'Jar color': 'Amber' }
    product.variants[0].choices = { Scent: 'Lavender' }
    const partial = safeBuildCatalogReference(product, { options, variantId: product.variants[0]._id })
    expect(partial.success ? partial.data.options : partial.error.message).toEqual({ options })
    product.variants[0].choices = {}
    const empty = safeBuildCatalogReference(product, { options, variantId: product.variants[0]._id })
    expect(empty.success ? empty.data.options : empty.error.message).toEqual({ options })
    // A variant that names another choice still disagrees.
    expect(codes(safeBuildCatalogReference(product, { options, variantId: product.variants[1]._id }))).toEqual([
      ['variant_mismatch', ['options', 'Jar color']],
    ])
  })
})

describe('13. messages that lead somewhere', () => {
  it('a V3 modifier written under options says it is a modifier and goes under modifiers', () => {
    const product = fixture('house-blend.rest')
    const modifier = product.modifiers[0].name as string
    const result = safeBuildCatalogReference(product, { options: { [modifier]: 'x' } })
    const issue = result.success ? undefined : result.error.issues.find((i) => i.code === 'unknown_option')
    expect(issue?.message).toContain(`"${modifier}" is a modifier: put it under "modifiers", not "options".`)
  })

  it('a V1 custom text field written under options says where it goes', () => {
    const product = fixture('candle-unmanaged.sdk')
    const result = safeBuildCatalogReference(product, {
      options: { 'Personalized label (optional)': 'x', Scent: 'Lavender', 'Jar color': 'Amber' },
    })
    expect(result.success ? '' : result.error.issues[0]?.message).toContain(
      'is a custom text field: put it under "modifiers"',
    )
  })

  it('the Velo productOptions key (Option2) of an option named Size says to use the name', () => {
    const product = {
      _id: 'p1',
      manageVariants: false,
      productOptions: { Option1: { name: 'Size', choices: [{ description: 'S' }, { description: 'L' }] } },
    }
    const result = safeBuildCatalogReference(product, { options: { Option1: 'S' } })
    const issue = result.success ? undefined : result.error.issues.find((i) => i.code === 'unknown_option')
    expect(issue?.message).toContain('"Option1" is the productOptions key of option "Size": use the name "Size".')
    expect(safeBuildCatalogReference(product, { options: { Size: 'S' } }).success).toBe(true)
  })

  it('a response wrapper no longer gets unknown_catalog_version', () => {
    expect(
      codes(safeBuildCatalogReference({ product: fixture('tshirt-managed.rest') }, {})).map((i) => (i as string[])[0]),
    ).not.toContain('unknown_catalog_version')
  })
})

describe('10. URL state: names round-trip, every input form is capped, control characters are no aliases', () => {
  /** A V3 product with an option literally named `subscription` and a real subscription. */
  const product = {
    id: 'p-sub',
    options: [
      {
        id: 'o1',
        name: 'subscription',
        choicesSettings: {
          choices: [
            { choiceId: 'c1', name: 'Weekly box' },
            { choiceId: 'c2', name: 'Monthly box' },
          ],
        },
      },
      {
        id: 'o2',
        name: '~Size',
        choicesSettings: {
          choices: [
            { choiceId: 's', name: 'S' },
            { choiceId: 'l', name: 'L' },
          ],
        },
      },
    ],
    variantsInfo: {
      variants: [
        {
          id: 'v1',
          choices: [
            { optionChoiceIds: { optionId: 'o1', choiceId: 'c1' } },
            { optionChoiceIds: { optionId: 'o2', choiceId: 's' } },
          ],
        },
        {
          id: 'v2',
          choices: [
            { optionChoiceIds: { optionId: 'o1', choiceId: 'c2' } },
            { optionChoiceIds: { optionId: 'o2', choiceId: 'l' } },
          ],
        },
      ],
    },
    subscriptionDetails: { subscriptions: [{ id: 's1', title: 'Monthly' }], allowOneTimePurchases: true },
  }

  it('an option named "subscription" (and one starting with "~") comes back as the option, beside the subscription', () => {
    const selection = { options: { subscription: 'Monthly box', '~Size': 'L' }, subscriptionOptionId: 'Monthly' }
    const params = selectionToSearchParams(product, selection)
    expect([...params]).toEqual([
      ['~subscription', 'Monthly box'],
      ['~~Size', 'L'],
      ['subscription', 'Monthly'],
    ])
    for (const input of [params, params.toString(), Object.fromEntries(params), [...params]]) {
      expect(selectionFromSearchParams(product, input)).toEqual(selection)
    }
    const built = safeBuildCatalogReference(product, selection)
    expect(built.success).toBe(true)
    expect(safeBuildCatalogReference(product, selectionFromSearchParams(product, params))).toStrictEqual(built)
    // Without the subscription: the option alone, no subscription invented.
    expect(
      selectionFromSearchParams(product, selectionToSearchParams(product, { options: { subscription: 'Weekly box' } })),
    ).toEqual({ options: { subscription: 'Weekly box' } })
  })

  it('parameter names prefixed with NUL or another control character are no aliases', () => {
    const tshirt = fixture('tshirt-managed.rest')
    for (const prefix of ['\u0000', '%00', '\u0001', '\u001b', '\u007f']) {
      const query = `${encodeURIComponent(prefix)}Size=S&${encodeURIComponent(prefix)}size=M`
      expect(selectionFromSearchParams(tshirt, query)).toEqual({})
      expect(selectionFromSearchParams(tshirt, { [`${prefix}size`]: 'S' })).toEqual({})
    }
  })

  it('the 100,000-character cap applies to URLSearchParams, records, iterables and strings alike', () => {
    const tshirt = fixture('tshirt-managed.rest')
    const big = 'x'.repeat(100_000)
    const forms: unknown[] = [
      new URLSearchParams([
        ['Size', 'S'],
        ['pad', big],
      ]),
      { Size: 'S', pad: big },
      { Size: 'S', pad: [big] },
      [
        ['Size', 'S'],
        ['pad', big],
      ],
      new Map([
        ['Size', 'S'],
        ['pad', big],
      ]),
      `Size=S&pad=${big}`,
    ]
    for (const form of forms) {
      expect(selectionFromSearchParams(tshirt, form as never)).toEqual({})
    }
    // Under the cap the same forms are read.
    const small = [
      new URLSearchParams([['Size', 'S']]),
      { Size: 'S' },
      [['Size', 'S']],
      new Map([['Size', 'S']]),
      'Size=S',
    ]
    for (const form of small)
      expect(selectionFromSearchParams(tshirt, form as never)).toEqual({ options: { Size: 'S' } })
  })

  it('a 1.9 MB URLSearchParams, an endless iterable and a sparse array of length 2**32-1 are cut off, not walked', () => {
    const tshirt = fixture('tshirt-managed.rest')
    const huge = new URLSearchParams()
    for (let i = 0; i < 100_000; i++) huge.append(`k${i}`, 'value-value-')
    huge.append('Size', 'S')
    expect(huge.toString().length).toBeGreaterThan(1_900_000)
    expect(selectionFromSearchParams(tshirt, huge)).toEqual({})
    // Counted reads: at most 200 parameters are taken from any iterable, however long or endless.
    let pulled = 0
    function* endless(): Generator<[string, string]> {
      for (;;) {
        pulled++
        yield ['Size', 'S']
      }
    }
    expect(selectionFromSearchParams(tshirt, endless())).toEqual({ options: { Size: 'S' } })
    expect(pulled).toBeLessThanOrEqual(200)
    pulled = 0
    function* heavy(): Generator<[string, string]> {
      for (;;) {
        pulled++
        yield ['pad', 'x'.repeat(60_000)]
      }
    }
    expect(selectionFromSearchParams(tshirt, heavy())).toEqual({})
    expect(pulled).toBe(2)
    expect(selectionFromSearchParams(tshirt, new Array(2 ** 32 - 1) as never)).toEqual({})
  })
})
