/*
 * Inputs are never mutated (docs/building.md, "Builders"). Products, selections and build options are deep-frozen
 * (a write would throw in strict mode) and compared with a structuredClone taken before; the
 * builders must give the same results as on unfrozen copies, and never report a frozen input as
 * "could not be read" (which is how a swallowed write would show). Outputs are fresh objects.
 */
import { describe, expect, it } from 'vitest'
import {
  buildCatalogReference,
  buildLineItem,
  detectCatalogVersion,
  safeBuildCatalogReference,
  safeBuildLineItem,
  getPricePreview,
  type BuildOptions,
  type BuildResult,
  type Selection,
} from '../../src/index.js'
import { expectSuccess } from '../helpers/assertions.js'
import {
  FIXTURE_NAMES,
  coffee,
  fixture,
  toDocsVariantShape,
  toVeloShape,
  type FixtureName,
  type RawProduct,
} from '../helpers/fixtures.js'
import { deepFreeze, isDeepFrozen } from '../helpers/freeze.js'

const SELECTIONS: Record<FixtureName, readonly Selection[]> = {
  'coffee-docs.rest': [
    {
      options: { Size: 'S', 'Box color': 'Red' },
      modifiers: { Engraving: 'Hi', 'Remove price tag': 'Yes' },
      subscriptionOptionId: 'Monthly Subscription',
      quantity: 2,
    },
    { variantId: '02f13ad1-40f1-4108-ae2e-9f48e17dfea7' },
    { options: { Size: 'S', 'Box color': 'Blue' } },
    { options: { Size: 'XL' }, modifiers: { Nope: 'x' }, quantity: 0 },
  ],
  'house-blend.rest': [
    {
      options: { Size: '1 kg', Grind: 'Espresso', 'Bag color': 'Black' },
      modifiers: { 'Label text': 'Ana', 'Gift wrap': 'Yes' },
      subscriptionOptionId: 'Monthly',
    },
    {
      options: { Size: '250 g', Grind: 'Espresso', 'Bag color': 'Black' },
      modifiers: { 'Label text': 'Ana' },
      subscriptionOptionId: 'Monthly',
    },
    { options: { Size: '250 g' }, subscriptionOptionId: 'Yearly (hidden)' },
  ],
  'house-blend.sdk': [
    {
      variantId: '10000000-aaaa-4bbb-8ccc-000000000007',
      modifiers: { 'Name on the label': 'Bo', 'Ribbon color': 'red' },
      subscriptionOptionId: 'a0c1e203-8495-46b7-9d3f-e7f90b1d2f41',
    },
    {
      options: { Size: '1 kg', Grind: 'Whole bean', 'Bag color': 'Black' },
      modifiers: { 'Label text': 'x'.repeat(31) },
    },
  ],
  'tshirt-managed.rest': [
    {
      options: { Size: 'S', Color: '#000000' },
      modifiers: { 'Name to print on the back': 'ANA', 'Gift message': 'Hi' },
    },
    { options: { Size: 'S', Color: 'White' } },
  ],
  'tshirt-managed.sdk': [
    { variantId: '00000000-0000-0003-0005-92b5d2d4b1a1', modifiers: { 'Name to print on the back': 'ANA' } },
    { options: { Size: 'M', Color: 'White' }, modifiers: { 'Name to print on the back': 'ANA' } },
  ],
  'candle-unmanaged.rest': [
    { options: { Scent: 'Vanilla', 'Jar color': 'Clear' }, modifiers: { 'Personalized label (optional)': 'Mum' } },
    { options: { Scent: 'Rose' } },
  ],
  'candle-unmanaged.sdk': [
    { options: { 'Jar color': '#FFBF00', Scent: 'Lavender' }, quantity: 6 },
    { variantId: 'nope' },
  ],
}

const OPTIONS: readonly (BuildOptions | undefined)[] = [
  undefined,
  { availability: 'ignore', modifierChoiceValue: 'name' },
]

type Run = (product: RawProduct, selection: Selection, options: BuildOptions | undefined) => unknown

/** Every public entry that reads a product, as a function that never throws (errors become data). */
const RUNS: Record<string, Run> = {
  safeBuildCatalogReference: (p, s, o) => data(safeBuildCatalogReference(p, s, o)),
  safeBuildLineItem: (p, s, o) => data(safeBuildLineItem(p, s, o)),
  buildCatalogReference: (p, s, o) => attempt(() => buildCatalogReference(p, s, o)),
  buildLineItem: (p, s, o) => attempt(() => buildLineItem(p, s, o)),
  detectCatalogVersion: (p) => detectCatalogVersion(p),
  getPricePreview: (p, s, o) => getPricePreview(p, s, o),
}

function data<T>(result: BuildResult<T>): unknown {
  return result.success ? { data: result.data } : { issues: result.error.issues }
}

function attempt(run: () => unknown): unknown {
  try {
    return { data: run() }
  } catch (error) {
    return { thrown: (error as { issues?: unknown }).issues ?? String(error) }
  }
}

describe.each(FIXTURE_NAMES)('%s: frozen inputs', (name) => {
  it.each(
    SELECTIONS[name].flatMap((selection) =>
      OPTIONS.map((options) => [JSON.stringify(selection).slice(0, 80), selection, options] as const),
    ),
  )('%s', (_label, selection, options) => {
    const product = deepFreeze(fixture(name))
    const frozenSelection = deepFreeze(structuredClone(selection))
    const frozenOptions = options === undefined ? undefined : deepFreeze(structuredClone(options))
    const before = structuredClone({ product, selection: frozenSelection, options: frozenOptions })
    for (const [entry, run] of Object.entries(RUNS)) {
      // Twice: the second call goes through the per-product caches.
      const first = run(product, frozenSelection, frozenOptions)
      const second = run(product, frozenSelection, frozenOptions)
      const unfrozen = run(
        fixture(name),
        structuredClone(selection),
        options === undefined ? undefined : structuredClone(options),
      )
      expect(first, entry).toStrictEqual(unfrozen)
      expect(second, entry).toStrictEqual(unfrozen)
      expect(JSON.stringify(first) ?? '', entry).not.toContain('could not be read')
    }
    expect({ product, selection: frozenSelection, options: frozenOptions }).toStrictEqual(before)
    expect(isDeepFrozen(product)).toBe(true)
    expect(isDeepFrozen(frozenSelection)).toBe(true)
  })
})

describe('other shapes, frozen', () => {
  it.each([
    [
      'Velo T-shirt',
      () => toVeloShape(fixture('tshirt-managed.sdk')),
      { options: { Size: 'S', Color: 'Black' }, modifiers: { 'Name to print on the back': 'A' } },
    ],
    [
      'Velo candle',
      () => toVeloShape(fixture('candle-unmanaged.sdk')),
      { options: { Scent: 'Vanilla', 'Jar color': 'Amber' } },
    ],
    [
      'docs-shaped House Blend',
      () => toDocsVariantShape(fixture('house-blend.rest')),
      {
        options: { Size: '1 kg', Grind: 'Espresso', 'Bag color': 'Black' },
        modifiers: { 'Label text': 'A' },
        subscriptionOptionId: 'Monthly',
      },
    ],
  ] as const)('%s builds from a frozen product, unchanged', (_what, make, selection) => {
    const product = deepFreeze(make())
    const before = structuredClone(product)
    const reference = expectSuccess(safeBuildCatalogReference(product, deepFreeze(structuredClone(selection))))
    expect(reference).toStrictEqual(buildCatalogReference(make(), selection))
    expect(product).toStrictEqual(before)
  })
})

describe('outputs are fresh objects', () => {
  it('mutating one result does not change the next, nor the product', () => {
    const product = coffee()
    const selection = {
      options: { Size: 'S', 'Box color': 'Red' },
      modifiers: { Engraving: 'Hi', 'Remove price tag': 'Yes' },
    }
    const first = buildCatalogReference(product, selection)
    const expected = structuredClone(first)
    ;(first.options as Record<string, unknown>).variantId = 'mutated'
    ;(first.options?.options as Record<string, string>)['Remove price tag'] = 'mutated'
    ;(first.options?.customTextFields as Record<string, string>).extra = 'mutated'
    expect(buildCatalogReference(product, selection)).toStrictEqual(expected)
    expect(product).toStrictEqual(coffee())
  })

  it('the output shares no object with the input selection or product', () => {
    const product = fixture('candle-unmanaged.sdk')
    const options = { Scent: 'Vanilla', 'Jar color': 'Amber' }
    const modifiers = { 'Personalized label (optional)': 'Mum' }
    const reference = buildCatalogReference(product, { options, modifiers })
    expect(reference.options?.options).not.toBe(options)
    expect(reference.options?.customTextFields).not.toBe(modifiers)
    expect(reference.options?.options).toStrictEqual(options)
    expect(reference.options?.customTextFields).toStrictEqual(modifiers)
  })
})
