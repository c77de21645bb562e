/*
 * Bugs the properties found, each shrunk to a minimal example and kept as a plain example test.
 */
import { describe, expect, it } from 'vitest'
import {
  getPricePreview,
  parseCatalogReference,
  safeBuildCatalogReference,
  safeBuildLineItem,
  selectionFromSearchParams,
  selectionToSearchParams,
} from '../../src/index.js'

import { ruleViolations } from '../generators/oracle.js'

const STORES = '215238eb-22a5-4c36-9e7b-e7c08025e04e'

describe('found by the properties', () => {
  // docs/building.md, "Errors and issue codes": "A blank (empty or whitespace-only) text counts as not given: for a mandatory field
  // that is missing_modifier; for an optional one the field is left out." A blank text longer than
  // the field's limit was reported as text_too_long instead.
  const v3 = (mandatory: boolean): Record<string, unknown> => ({
    id: 'p1',
    modifiers: [
      { name: 'Note', modifierRenderType: 'FREE_TEXT', mandatory, freeTextSettings: { key: 'note', maxCharCount: 3 } },
    ],
    variantsInfo: { variants: [{ id: 'v1', choices: [] }] },
  })
  const v1 = (mandatory: boolean): Record<string, unknown> => ({
    id: 'p1',
    manageVariants: false,
    productOptions: [],
    customTextFields: [{ title: 'Note', maxLength: 3, mandatory }],
  })
  const blank = '    '

  it('an optional free text that is blank but longer than its limit is left out (V3)', () => {
    expect(safeBuildCatalogReference(v3(false), { modifiers: { Note: blank } })).toStrictEqual({
      success: true,
      data: { catalogItemId: 'p1', appId: STORES, options: { variantId: 'v1' } },
    })
  })

  it('an optional custom text field that is blank but longer than its limit is left out (V1)', () => {
    expect(safeBuildCatalogReference(v1(false), { modifiers: { Note: blank } })).toStrictEqual({
      success: true,
      data: { catalogItemId: 'p1', appId: STORES },
    })
  })

  it('a mandatory text that is blank but longer than its limit is missing_modifier, not text_too_long', () => {
    for (const product of [v3(true), v1(true)]) {
      const result = safeBuildCatalogReference(product, { modifiers: { Note: blank } })
      expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.path])).toStrictEqual([
        ['missing_modifier', ['modifiers', 'Note']],
      ])
    }
  })
})

describe('found by the properties: the oracle', () => {
  // The 100k fuzz: a text modifier named "b" (key "constructor") and another whose key is "b"; only
  // the second was given text. The reference was right; the oracle blamed the first for the "b" entry.
  // Kept with the exact reference, so the library's side of it stays pinned.
  it("free text modifiers whose name and key collide: each text goes under its own modifier's key", () => {
    const product = JSON.parse(`{"id":"p1","variantsInfo":{"variants":[{"id":"v1","choices":[]}]},"modifiers":[
      {"key":"constructor","name":"b","modifierRenderType":"FREE_TEXT","mandatory":false,"freeTextSettings":{"title":"size","minCharCount":2,"maxCharCount":40}},
      {"id":"m1","key":"a","name":"~~a","modifierRenderType":"FREE_TEXT","mandatory":false,"freeTextSettings":{"key":"__proto__","minCharCount":1,"maxCharCount":40}},
      {"id":"m2","key":"b","name":"a","modifierRenderType":"FREE_TEXT","mandatory":false,"freeTextSettings":{"key":"b","title":"Engraving","minCharCount":5,"maxCharCount":10}}]}`)
    const selection = { modifiers: { constructor: '  ', m1: 'x', m2: 'xxxxx' } }
    const result = safeBuildCatalogReference(product, selection)
    expect(result.success && ruleViolations(product, selection, result.data, undefined)).toEqual([])
    expect(result).toStrictEqual({
      success: true,
      data: {
        catalogItemId: 'p1',
        appId: STORES,
        options: { variantId: 'v1', customTextFields: JSON.parse('{"__proto__":"x","b":"xxxxx"}') },
      },
    })
  })
})

describe('found by the properties: hostile input', () => {
  // docs/building.md, "Errors and issue codes": a path starting with 'product' points into the product. V3 variants live at
  // variantsInfo.variants, but the issue for a broken V3 variant pointed at product.variants.
  it('an invalid_product issue about a V3 variant points at variantsInfo.variants', () => {
    const noId = { id: 'p1', variantsInfo: { variants: [{ choices: [] }] } }
    const unknownChoice = {
      id: 'p1',
      variantsInfo: { variants: [{ id: 'v1', choices: [{ optionChoiceIds: { optionId: 'o1', choiceId: 'c1' } }] }] },
    }
    const paths = [
      safeBuildCatalogReference(noId, {}),
      safeBuildCatalogReference(unknownChoice, { variantId: 'v1' }),
    ].map((result) =>
      result.success ? [] : result.error.issues.filter((i) => i.code === 'invalid_product').map((i) => i.path),
    )
    expect(paths).toStrictEqual([
      [['product', 'variantsInfo', 'variants', 0]],
      [['product', 'variantsInfo', 'variants', 0]],
    ])
  })

  // parseCatalogReference returns a BuildResult, like the safe* builders: it must not throw. A revoked
  // Proxy as the reference threw a TypeError (Array.isArray throws on it) before any try/catch.
  it('parseCatalogReference gives an issue, not a TypeError, for a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const product = { id: 'p1', variantsInfo: { variants: [{ id: 'v1', choices: [] }] } }
    const result = parseCatalogReference(product, proxy as Record<string, unknown>)
    expect(result.success ? [] : result.error.issues.map((i) => i.code)).toStrictEqual(['invalid_reference'])
  })

  // The parsed selection is plain data like every other output: a V1 reference without
  // options.options gave { options: undefined } instead of leaving the field out.
  it('parseCatalogReference leaves options out of a V1 selection that has none', () => {
    const product = { id: 'p1', manageVariants: false, productOptions: [], customTextFields: [{ title: 'Note' }] }
    for (const reference of [
      { catalogItemId: 'p1', appId: STORES },
      { catalogItemId: 'p1', appId: STORES, options: { customTextFields: { Note: 'hi' } } },
    ]) {
      const parsed = parseCatalogReference(product, reference)
      expect(parsed.success && Object.entries(parsed.data).filter(([, value]) => value === undefined)).toStrictEqual([])
    }
  })

  it('parseCatalogReference leaves options out for the variant of a product without options (V1 managed, V3)', () => {
    const v1 = { id: 'p1', manageVariants: true, productOptions: [], variants: [{ id: 'v1', choices: {} }] }
    const v3 = { id: 'p1', options: [], variantsInfo: { variants: [{ id: 'v1', choices: [] }] } }
    for (const product of [v1, v3]) {
      const parsed = parseCatalogReference(product, {
        catalogItemId: 'p1',
        appId: STORES,
        options: { variantId: 'v1' },
      })
      expect(parsed).toStrictEqual({ success: true, data: {} })
    }
  })

  // docs/product-page.md: selectionFromSearchParams(p, selectionToSearchParams(p, s)) must build what s builds.
  // The selection it returned named each option by its name, even when that name is another
  // option's id (ids are matched first), so the value went to the wrong option.
  it('selectionFromSearchParams names each option so that it resolves back to that option', () => {
    const product = {
      id: 'p1',
      options: [
        { id: 'o1', key: 'Size', name: 'o2', choicesSettings: { choices: [{ choiceId: 'c1', name: 'S' }] } },
        { id: 'o2', name: 'Colour', choicesSettings: { choices: [{ choiceId: 'c2', name: 'Red' }] } },
      ],
      variantsInfo: {
        variants: [
          {
            id: 'v1',
            choices: [
              { optionChoiceIds: { optionId: 'o1', choiceId: 'c1' } },
              { optionChoiceIds: { optionId: 'o2', choiceId: 'c2' } },
            ],
          },
        ],
      },
    }
    const selection = selectionFromSearchParams(
      product,
      selectionToSearchParams(product, { options: { o1: 'c1', o2: 'c2' } }),
    )
    expect(safeBuildCatalogReference(product, selection)).toStrictEqual({
      success: true,
      data: { catalogItemId: 'p1', appId: STORES, options: { variantId: 'v1' } },
    })
  })

  // docs/product-page.md: build(parse(ref)) deep-equals ref. parseCatalogReference named each modifier by its
  // id, else key, else name; a modifier named like another modifier's key (keys are matched before
  // names) then sent its value to that other modifier. And a free text whose freeTextSettings.key
  // equals a choice modifier's key was read back as that choice modifier.
  it('parseCatalogReference names each modifier so that it resolves back to that modifier', () => {
    const choices = { choices: [{ key: 'yes', name: 'Yes' }] }
    const variantsInfo = { variants: [{ id: 'v1', choices: [] }] }
    const nameIsOtherKey = {
      id: 'p1',
      variantsInfo,
      modifiers: [
        { name: 'Gift', key: 'Note', modifierRenderType: 'TEXT_CHOICES', choicesSettings: choices },
        { name: 'Note', modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 'note-text' } },
      ],
    }
    const sameKeyOtherKind = {
      id: 'p1',
      variantsInfo,
      modifiers: [
        { name: 'Wrap', key: 'Note', modifierRenderType: 'TEXT_CHOICES', choicesSettings: choices },
        { name: 'Message', modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 'Note' } },
      ],
    }
    for (const [product, selection] of [
      [nameIsOtherKey, { modifiers: { Gift: 'yes', 'note-text': 'hi' } }],
      [sameKeyOtherKind, { modifiers: { Wrap: 'yes', Message: 'hi' } }],
    ] as const) {
      const built = safeBuildCatalogReference(product, selection)
      if (!built.success) expect.fail(built.error.message)
      const parsed = parseCatalogReference(product, built.data)
      if (!parsed.success) expect.fail(parsed.error.message)
      expect(safeBuildCatalogReference(product, parsed.data)).toStrictEqual(built)
    }
  })

  // With modifierChoiceValue 'name', a reference carries choice names; parseCatalogReference matched
  // them against choice keys first, so a choice whose key is another choice's name was taken instead.
  it('parseCatalogReference reads choice names back under modifierChoiceValue "name"', () => {
    const product = {
      id: 'p1',
      variantsInfo: { variants: [{ id: 'v1', choices: [] }] },
      modifiers: [
        {
          name: 'Wrap',
          key: 'wrap',
          modifierRenderType: 'TEXT_CHOICES',
          choicesSettings: {
            choices: [
              { key: 'Gold', name: 'Silver' },
              { key: 'gold', name: 'Gold' },
            ],
          },
        },
      ],
    }
    for (const options of [{ modifierChoiceValue: 'name' }, { modifierChoiceValue: 'key' }] as const) {
      for (const choice of ['Gold', 'gold']) {
        const built = safeBuildCatalogReference(product, { modifiers: { wrap: choice } }, options)
        if (!built.success) expect.fail(built.error.message)
        const parsed = parseCatalogReference(product, built.data, options)
        if (!parsed.success) expect.fail(parsed.error.message)
        expect(safeBuildCatalogReference(product, parsed.data, options)).toStrictEqual(built)
      }
    }
  })

  // Messages quote what the buyer sent cut to 80 characters; a wrongly typed value under a 1 MB key
  // put the whole key into the message.
  it('an invalid_selection message about a huge key stays short', () => {
    const product = { id: 'p1', variantsInfo: { variants: [{ id: 'v1', choices: [] }] } }
    const huge = 'k'.repeat(1_000_000)
    const result = safeBuildCatalogReference(product, { options: { [huge]: 42 } } as never)
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.message.length < 200])).toStrictEqual([
      ['invalid_selection', true],
    ])
  })
})

describe('found by the cold-vs-warm lookup property (test/properties/variant-lookup)', () => {
  /** `entries` at their positions in an array of `length` (the rest are holes). */
  const sparse = (length: number, entries: Record<number, unknown>): unknown[] => {
    const out: unknown[] = []
    out.length = length
    for (const [at, entry] of Object.entries(entries)) out[Number(at)] = entry
    return out
  }

  // A model's first lookup scans the variants (a hole read as undefined matched a product without
  // options); the index, built on a later call, skipped holes. So the same build gave a reference,
  // then variant_not_found. A hole (or any non-object) is now no variant on either path.
  it('a V3 product without options whose only variant entry is a hole is variant_not_found on every call', () => {
    const product = { id: 'p1', options: [], variantsInfo: { variants: sparse(1, {}) } }
    const calls = [1, 2, 3, 4].map(() => safeBuildLineItem(product, {}))
    for (const result of calls)
      expect(result.success ? [] : result.error.issues.map((i) => i.code)).toStrictEqual(['variant_not_found'])
  })

  it('a V1 managed product without options takes the variant after a hole, on every call', () => {
    const product = {
      id: 'p1',
      manageVariants: true,
      productOptions: [],
      variants: sparse(3, { 1: null, 2: { id: 'v2', choices: {} } }),
    }
    for (let call = 0; call < 4; call++) {
      expect(safeBuildCatalogReference(product, {})).toStrictEqual({
        success: true,
        data: { catalogItemId: 'p1', appId: STORES, options: { variantId: 'v2' } },
      })
    }
  })

  // The V3 scan's pre-filter read `choices` with a plain read, the index (tuple) only own fields: a
  // docs-shape variant (own optionChoiceIds) whose prototype had `choices` was skipped by the first
  // lookups and found by later ones.
  it('a V3 variant whose prototype has other choices is found by its own optionChoiceIds, on every call', () => {
    const decoy = { choices: [{ optionChoiceIds: { optionId: 'size', choiceId: 'm' } }] }
    const variant = Object.assign(Object.create(decoy) as object, {
      id: 'v1',
      optionChoiceIds: [{ optionId: 'size', choiceId: 's' }],
    })
    const product = {
      id: 'p1',
      options: [
        {
          id: 'size',
          name: 'Size',
          choicesSettings: {
            choices: [
              { choiceId: 's', name: 'S' },
              { choiceId: 'm', name: 'M' },
            ],
          },
        },
      ],
      variantsInfo: { variants: [variant] },
    }
    for (let call = 0; call < 4; call++) {
      expect(safeBuildCatalogReference(product, { options: { Size: 'S' } })).toStrictEqual({
        success: true,
        data: { catalogItemId: 'p1', appId: STORES, options: { variantId: 'v1' } },
      })
    }
  })

  // The warm price tables pushed one line per visited variant, and forEach skips holes: the lines
  // belonged to the wrong variants, and sorting them threw (reported as unreadable prices).
  it('the price range of a half-made selection is the same on every call when the variant list has a hole', () => {
    const variant = (id: string, choiceId: string, amount: string): unknown => ({
      id,
      choices: [{ optionChoiceIds: { optionId: 'size', choiceId } }],
      price: { actualPrice: { amount } },
    })
    const product = {
      id: 'p1',
      currency: 'USD',
      options: [
        {
          id: 'size',
          name: 'Size',
          choicesSettings: {
            choices: [
              { choiceId: 's', name: 'S' },
              { choiceId: 'm', name: 'M' },
            ],
          },
        },
      ],
      variantsInfo: { variants: sparse(3, { 1: variant('v1', 's', '10.00'), 2: variant('v2', 'm', '12.50') }) },
    }
    for (let call = 0; call < 4; call++) {
      const preview = getPricePreview(product, {})
      expect([preview.unitPrice, preview.issues.map((i) => i.code)]).toStrictEqual([
        { min: '10.00', max: '12.50' },
        ['missing_option'],
      ])
    }
  })
})

describe('found by the 100,000-run fuzz (a checker fault, not a library one)', () => {
  // One text modifier's name is another's key. The buyer's word resolves by key first (the contract (docs/building.md): id →
  // key → name), so its text is checked against the modifier with that key. The property's checker
  // had judged it against the modifier with that name; it now accepts either writer of the key.
  it("a word that is one modifier's key and another's name selects the modifier with that key", () => {
    const product = {
      id: 'p1',
      options: [],
      variantsInfo: { variants: [{ id: 'v1', choices: [] }] },
      modifiers: [
        {
          id: 'm0',
          key: '250 g',
          name: 'Word',
          modifierRenderType: 'FREE_TEXT',
          freeTextSettings: { title: 'A', minCharCount: 5 },
        },
        { key: 'Word', name: 'Other', modifierRenderType: 'FREE_TEXT', freeTextSettings: { minCharCount: 2 } },
      ],
    }
    expect(safeBuildCatalogReference(product, { modifiers: { m0: 'xxxxx', Word: 'xx' } })).toStrictEqual({
      success: true,
      data: {
        catalogItemId: 'p1',
        appId: STORES,
        options: { variantId: 'v1', customTextFields: { '250 g': 'xxxxx', Word: 'xx' } },
      },
    })
  })
})
