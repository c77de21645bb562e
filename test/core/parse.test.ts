/*
 * parseCatalogReference accepts a reference only if rebuilding the parsed selection gives that very
 * reference (docs/product-page.md): anything the builder would write differently is invalid_reference, with the
 * closest reference the product builds. Written for mutants StrykerJS found unkilled
 * (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest'
import {
  STORES_APP_ID,
  buildCatalogReference,
  parseCatalogReference,
  type BuildIssue,
  type BuildResult,
} from '../../src/index.js'
import { coffee, fixture } from '../helpers/fixtures.js'

const COFFEE_ID = 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca'
const S_RED_VARIANT = '9650a809-5567-44f7-9435-cf77a38cb170'
const issuesOf = (result: BuildResult<unknown>): readonly BuildIssue[] => (result.success ? [] : result.error.issues)

describe('parseCatalogReference: only references the product builds', () => {
  it('a field the builder never writes: invalid_reference, naming the closest reference', () => {
    const reference = {
      catalogItemId: COFFEE_ID,
      appId: STORES_APP_ID,
      options: { variantId: S_RED_VARIANT, giftWrap: 'yes' },
    }
    expect(issuesOf(parseCatalogReference(coffee(), reference))).toEqual([
      {
        code: 'invalid_reference',
        path: [],
        message: `The reference is not one this product builds; the closest is ${JSON.stringify({ catalogItemId: COFFEE_ID, appId: STORES_APP_ID, options: { variantId: S_RED_VARIANT } })}.`,
      },
    ])
  })

  it('the same fields with other values (a V1 choice not written as the builder writes it): invalid_reference', () => {
    const candle = fixture('candle-unmanaged.rest')
    const built = buildCatalogReference(candle, { options: { Scent: 'Lavender', 'Jar color': 'Amber' } })
    expect(parseCatalogReference(candle, built).success).toBe(true)
    const lower = { ...built, options: { options: { Scent: 'lavender', 'Jar color': 'Amber' } } }
    const issues = issuesOf(parseCatalogReference(candle, lower))
    expect(issues.map((i) => [i.code, i.path])).toEqual([['invalid_reference', []]])
    expect(issues[0]?.message).toContain(`the closest is ${JSON.stringify(built)}`)
  })

  it("ignores preOrderRequested, which follows the variant's stock rather than the buyer", () => {
    const reference = {
      catalogItemId: COFFEE_ID,
      appId: STORES_APP_ID,
      options: { variantId: S_RED_VARIANT, preOrderRequested: true },
    }
    expect(parseCatalogReference(coffee(), reference)).toEqual({
      success: true,
      data: {
        options: {
          '093b7310-b96e-4ed5-927d-84f7de0f62be': 'bd2402d9-4ff2-42d0-b902-db235c132b0d',
          '480901ba-9144-475b-a461-bd8f7cb6528d': '85f6eae5-967a-4752-ab5d-71a8b8c84bf7',
        },
      },
    })
  })

  it('names what is wrong with a reference for another item, another app or with options that are not an object', () => {
    expect(issuesOf(parseCatalogReference(coffee(), 'ref' as never))).toEqual([
      { code: 'invalid_reference', path: [], message: 'The catalogReference must be an object, not a string.' },
    ])
    expect(issuesOf(parseCatalogReference(coffee(), { catalogItemId: 'other', appId: 'stores', options: [] }))).toEqual(
      [
        {
          code: 'invalid_reference',
          path: ['catalogItemId'],
          message: `The reference is for catalog item "other", not this product ("${COFFEE_ID}").`,
          received: 'other',
        },
        {
          code: 'invalid_reference',
          path: ['appId'],
          message: `The appId "stores" is not Wix Stores (${STORES_APP_ID}).`,
          received: 'stores',
        },
        { code: 'invalid_reference', path: ['options'], message: '"options" must be an object, not an array.' },
      ],
    )
  })

  it('a variantId the product does not have: unknown_variant at options.variantId', () => {
    expect(
      issuesOf(
        parseCatalogReference(coffee(), {
          catalogItemId: COFFEE_ID,
          appId: STORES_APP_ID,
          options: { variantId: 'nope' },
        }),
      ),
    ).toEqual([
      {
        code: 'unknown_variant',
        path: ['options', 'variantId'],
        message: 'The product has no variant "nope".',
        received: 'nope',
      },
    ])
  })
})

describe('parseCatalogReference: modifier choices written by key or by name', () => {
  // Each choice's key is the other one's name: a reading in the wrong order finds the wrong choice.
  const product = {
    id: 'p1',
    options: [],
    variantsInfo: { variants: [{ id: 'only', choices: [] }] },
    modifiers: [
      {
        id: 'm1',
        key: 'wrap',
        name: 'Wrap',
        modifierRenderType: 'TEXT_CHOICES',
        choicesSettings: {
          choices: [
            { choiceId: 'c1', key: 'x', name: 'y' },
            { choiceId: 'c2', key: 'y', name: 'x' },
          ],
        },
      },
      { id: 'm2', key: 'note', name: 'Note', modifierRenderType: 'FREE_TEXT', freeTextSettings: { key: 'note-key' } },
    ],
  }

  for (const modifierChoiceValue of ['key', 'name'] as const) {
    it(`references written with modifierChoiceValue "${modifierChoiceValue}" parse back to the choice that built them`, () => {
      for (const choiceId of ['c1', 'c2']) {
        const reference = buildCatalogReference(
          product,
          { modifiers: { Wrap: choiceId, Note: 'hi' } },
          { modifierChoiceValue },
        )
        const parsed = parseCatalogReference(product, reference, { modifierChoiceValue })
        expect(parsed, `${choiceId}: ${JSON.stringify(reference)}`).toEqual({
          success: true,
          data: { modifiers: { m1: choiceId, m2: 'hi' } },
        })
      }
    })
  }

  it('a text modifier and a choices modifier written under the same key are told apart by where they are written', () => {
    const text = {
      id: 't1',
      key: 'gift',
      name: 'Gift note',
      modifierRenderType: 'FREE_TEXT',
      freeTextSettings: { key: 'wrap' },
    }
    // the text modifier first, then last: either one may be found first by its key
    for (const modifiers of [
      [text, ...product.modifiers],
      [...product.modifiers, text],
    ]) {
      const both = { ...product, modifiers }
      const reference = buildCatalogReference(both, { modifiers: { 'Gift note': 'hello', Wrap: 'c2' } })
      expect(reference.options).toEqual({
        variantId: 'only',
        options: { wrap: 'y' },
        customTextFields: { wrap: 'hello' },
      })
      expect(parseCatalogReference(both, reference)).toEqual({
        success: true,
        data: { modifiers: { m1: 'c2', t1: 'hello' } },
      })
    }
  })

  it('a choice value that no choice has, or a modifier the product lacks, is kept as written and the rebuild says so', () => {
    const reference = {
      catalogItemId: 'p1',
      appId: STORES_APP_ID,
      options: { variantId: 'only', options: { wrap: 'z', other: 'x' } },
    }
    const issues = issuesOf(parseCatalogReference(product, reference))
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_modifier', ['modifiers', 'other']],
      ['unknown_modifier_choice', ['modifiers', 'wrap']],
    ])
  })
})

describe('parseCatalogReference: values that are not strings', () => {
  it('an option value that is not a string is not read: the rebuild misses that option (not a selection type error)', () => {
    const product = fixture('candle-unmanaged.rest')
    const built = buildCatalogReference(product, { options: { Scent: 'Lavender', 'Jar color': 'Amber' } })
    const reference = { ...built, options: { ...built.options, options: { ...built.options?.options, Scent: 5 } } }
    expect(issuesOf(parseCatalogReference(product, reference as never)).map((i) => [i.code, i.path])).toEqual([
      ['missing_option', ['options', 'Scent']],
    ])
  })
})

describe('parseCatalogReference: the closest reference in the message', () => {
  it('is cut to its first 300 characters', () => {
    const built = buildCatalogReference(coffee(), {
      options: { Size: 'S', 'Box color': 'Red' },
      modifiers: { Engraving: 'x'.repeat(400), 'Remove price tag': 'Yes' },
    })
    const closest = JSON.stringify(built)
    expect(closest.length).toBeGreaterThan(300)
    const reference = { ...built, options: { ...built.options, giftWrap: 'yes' } }
    expect(issuesOf(parseCatalogReference(coffee(), reference))).toEqual([
      {
        code: 'invalid_reference',
        path: [],
        message: `The reference is not one this product builds; the closest is ${closest.slice(0, 300)}.`,
      },
    ])
  })
})
