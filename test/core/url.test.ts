/*
 * URL state (DESIGN §6): option names and the subscription as readable parameters, each value a
 * name that resolves back to its choice alone; the readers' limits. Written for mutants StrykerJS
 * found unkilled (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest'
import { selectionFromSearchParams, selectionToSearchParams } from '../../src/index.js'
import { coffee, fixture, type RawProduct } from '../helpers/fixtures.js'

const S_RED = { Size: 'S', 'Box color': 'Red' } as const
const MONTHLY = '3c750e1e-54fd-4fe0-8844-97427522c939'

describe('selectionToSearchParams', () => {
  it('writes option names, choice names and the subscription title', () => {
    expect(selectionToSearchParams(coffee(), { options: S_RED, subscriptionOptionId: MONTHLY }).toString()).toBe('Size=S&Box+color=Red&subscription=Monthly+Subscription')
  })

  it('writes a choice by its key when its name is another choice\'s key', () => {
    const product: RawProduct = {
      id: 'p1',
      options: [{ id: 'o1', name: 'Color', choicesSettings: { choices: [{ choiceId: 'a', key: 'red', name: 'Crimson' }, { choiceId: 'b', key: 'blue', name: 'red' }] } }],
      variantsInfo: { variants: [{ id: 'v1', choices: [{ optionChoiceIds: { optionId: 'o1', choiceId: 'b' } }] }] },
    }
    expect(selectionToSearchParams(product, { options: { Color: 'b' } }).toString()).toBe('Color=blue')
    expect(selectionToSearchParams(product, { options: { Color: 'a' } }).toString()).toBe('Color=Crimson')
  })

  it('passes a V1 subscription id through, and leaves out a V3 subscription the product does not have', () => {
    expect(selectionToSearchParams(fixture('candle-unmanaged.rest'), { options: { Scent: 'Lavender' }, subscriptionOptionId: 'sub-1' }).get('subscription')).toBe('sub-1')
    expect(selectionToSearchParams(coffee(), { options: S_RED, subscriptionOptionId: 'Weekly' }).has('subscription')).toBe(false)
  })
})

describe('selectionFromSearchParams', () => {
  it('reads a query string, URLSearchParams, or a record (the first of several values)', () => {
    const expected = { options: { Size: 'S', 'Box color': 'Red' } }
    expect(selectionFromSearchParams(coffee(), 'Size=S&Box%20color=Red')).toEqual(expected)
    expect(selectionFromSearchParams(coffee(), new URLSearchParams('size=S&box+color=Red'))).toEqual(expected)
    expect(selectionFromSearchParams(coffee(), { Size: ['S', 'L'], 'Box color': 'Red', Other: 5 as never })).toEqual(expected)
  })

  it('reads at most 200 record keys and query strings of at most 100000 characters', () => {
    const padded: Record<string, string> = {}
    for (let i = 0; i < 200; i++) padded[`k${i}`] = 'v'
    expect(selectionFromSearchParams(coffee(), { ...padded, Size: 'S' })).toEqual({})
    const query = (length: number): string => `Size=S&pad=${'x'.repeat(length - 11)}`
    expect(query(100_000)).toHaveLength(100_000)
    expect(selectionFromSearchParams(coffee(), query(100_000))).toEqual({ options: { Size: 'S' } })
    expect(selectionFromSearchParams(coffee(), query(100_001))).toEqual({})
  })

  it('skips blank values and names or values over 1000 characters', () => {
    expect(selectionFromSearchParams(coffee(), { Size: ' ', 'Box color': 'Red' })).toEqual({ options: { 'Box color': 'Red' } })
    expect(selectionFromSearchParams(coffee(), { Size: 'x'.repeat(1001), 'Box color': 'Red' })).toEqual({ options: { 'Box color': 'Red' } })
    expect(selectionFromSearchParams(coffee(), { Size: 'x'.repeat(1000) })).toEqual({ options: { Size: 'x'.repeat(1000) } })
  })
})
