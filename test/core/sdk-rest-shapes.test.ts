/*
 * SDK objects (`_id`, from @wix/sdk) and REST JSON (`id`) of the same product give identical
 * results — references, line items and issues — for every fixture and several selections, valid
 * and not. V1 products also in the Velo shape (productOptions keyed by option name), V3 products
 * also in the docs' variant shape (optionChoiceIds[]).
 */
import { describe, expect, it } from 'vitest'
import {
  safeBuildCatalogReference,
  safeBuildLineItem,
  type BuildIssue,
  type BuildOptions,
  type BuildResult,
  type Selection,
} from '../../src/index.js'
import { expectPlainJson } from '../helpers/assertions.js'
import { coffee, fixture, toDocsVariantShape, toSdkShape, toVeloShape, type RawProduct } from '../helpers/fixtures.js'

interface Family {
  readonly name: string
  readonly shapes: readonly [string, () => RawProduct][]
  readonly selections: readonly Selection[]
  /** How many of the selections must build (the rest must fail): guards against a vacuous test. */
  readonly successes: number
}

const HOUSE = { modifiers: { 'Label text': 'Ana' }, subscriptionOptionId: 'Monthly' } as const
const TEE = { modifiers: { 'Name to print on the back': 'ANA' } } as const

const FAMILIES: readonly Family[] = [
  {
    name: 'Coffee (docs, V3)',
    shapes: [
      ['REST', coffee],
      ['SDK', () => toSdkShape(coffee())],
    ],
    selections: [
      { options: { Size: 'S', 'Box color': 'Red' } },
      {
        options: { Size: 'L', 'Box color': 'Blue' },
        modifiers: { Engraving: 'Hi', 'Remove price tag': 'Yes' },
        subscriptionOptionId: 'Monthly Subscription',
      },
      { variantId: '02f13ad1-40f1-4108-ae2e-9f48e17dfea7', quantity: 4 },
      { options: { Size: 'S', 'Box color': 'Blue' } },
      { options: { Size: 'XL' }, modifiers: { Gift: 'x' }, subscriptionOptionId: 'Weekly' },
      { variantId: 'nope' },
    ],
    successes: 3,
  },
  {
    name: 'House Blend (V3)',
    shapes: [
      ['REST', () => fixture('house-blend.rest')],
      ['SDK', () => fixture('house-blend.sdk')],
      ['SDK from REST', () => toSdkShape(fixture('house-blend.rest'))],
      ['docs variant shape', () => toDocsVariantShape(fixture('house-blend.rest'))],
    ],
    selections: [
      {
        ...HOUSE,
        options: { Size: '250 g', Grind: 'Whole bean', 'Bag color': 'Kraft' },
        modifiers: { 'Label text': 'Ana', 'Gift wrap': 'yes', 'Ribbon color': 'Gold' },
      },
      { ...HOUSE, options: { Size: '1 kg', Grind: 'Espresso', 'Bag color': 'Black' } },
      { ...HOUSE, variantId: '10000000-aaaa-4bbb-8ccc-000000000005', quantity: 2 },
      { ...HOUSE, options: { Size: '250 g', Grind: 'Espresso', 'Bag color': 'Black' } },
      { ...HOUSE, options: { Size: '1 kg', Grind: 'Whole bean', 'Bag color': 'Black' } },
      { options: { Size: '250 g' }, subscriptionOptionId: 'Yearly (hidden)' },
      { ...HOUSE, variantId: '10000000-aaaa-4bbb-8ccc-000000000001', options: { Grind: 'Espresso' } },
    ],
    successes: 3,
  },
  {
    name: 'T-shirt (V1 managed)',
    shapes: [
      ['REST', () => fixture('tshirt-managed.rest')],
      ['SDK', () => fixture('tshirt-managed.sdk')],
      ['SDK from REST', () => toSdkShape(fixture('tshirt-managed.rest'))],
      ['Velo', () => toVeloShape(fixture('tshirt-managed.sdk'))],
    ],
    selections: [
      { ...TEE, options: { Size: 'S', Color: 'Black' } },
      { ...TEE, options: { Size: 'M', Color: '#000000' }, modifiers: { ...TEE.modifiers, 'Gift message': 'Enjoy' } },
      { ...TEE, variantId: '00000000-0000-0003-0005-92b5d2d4b1a1', subscriptionOptionId: 'plan' },
      { ...TEE, options: { Size: 'S', Color: 'White' } },
      { ...TEE, options: { Size: 'M', Color: 'White' } },
      { options: { Size: 'L' } },
    ],
    successes: 3,
  },
  {
    name: 'Candle (V1 unmanaged)',
    shapes: [
      ['REST', () => fixture('candle-unmanaged.rest')],
      ['SDK', () => fixture('candle-unmanaged.sdk')],
      ['SDK from REST', () => toSdkShape(fixture('candle-unmanaged.rest'))],
      ['Velo', () => toVeloShape(fixture('candle-unmanaged.sdk'))],
    ],
    selections: [
      { options: { Scent: 'Lavender', 'Jar color': '#F5F5F5' } },
      {
        options: { Scent: 'Cedarwood', 'Jar color': 'Amber' },
        modifiers: { 'Personalized label (optional)': 'Mum' },
        quantity: 3,
      },
      { variantId: '00000000-0000-0006-0005-b8c1d7e6f5a4' },
      { options: { Scent: 'Rose' } },
      {
        options: { Scent: 'Vanilla', 'Jar color': 'Amber' },
        modifiers: { 'Personalized label (optional)': 'x'.repeat(31) },
      },
    ],
    successes: 3,
  },
]

/** A result as data: the output, or the issues (the error's message and stack are not compared). */
function comparable<T>(result: BuildResult<T>): { data: T } | { issues: readonly BuildIssue[] } {
  return result.success ? { data: result.data } : { issues: result.error.issues }
}

const BUILD_OPTIONS: readonly (BuildOptions | undefined)[] = [
  undefined,
  { modifierChoiceValue: 'name' },
  { availability: 'ignore' },
]

describe('the stored SDK fixtures are the REST fixtures with id → _id', () => {
  it.each(['house-blend', 'tshirt-managed', 'candle-unmanaged'] as const)('%s', (name) => {
    expect(toSdkShape(fixture(`${name}.rest`))).toStrictEqual(fixture(`${name}.sdk`))
  })
})

describe.each(FAMILIES)('$name: every shape gives the same result', ({ shapes, selections, successes }) => {
  it.each(BUILD_OPTIONS.map((o) => [JSON.stringify(o) ?? 'default options', o] as const))(
    'with %s',
    (_label, options) => {
      let built = 0
      for (const selection of selections) {
        const [first, ...others] = shapes.map(([shape, make]) => ({
          shape,
          reference: comparable(safeBuildCatalogReference(make(), selection, options)),
          lineItem: comparable(safeBuildLineItem(make(), selection, options)),
        }))
        if (first === undefined) throw new Error('no shapes')
        if ('data' in first.reference) {
          built++
          expectPlainJson(first.reference.data)
        }
        for (const other of others) {
          expect(other.reference, `${other.shape} vs ${first.shape}: ${JSON.stringify(selection)}`).toStrictEqual(
            first.reference,
          )
          expect(other.lineItem, `${other.shape} vs ${first.shape}: ${JSON.stringify(selection)}`).toStrictEqual(
            first.lineItem,
          )
        }
      }
      // 'ignore' lets hidden / out-of-stock selections through: at least the same number build.
      if (options?.availability === 'ignore') expect(built).toBeGreaterThanOrEqual(successes)
      else expect(built).toBe(successes)
    },
  )
})
