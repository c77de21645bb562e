/*
 * URL state (docs/product-page.md): option names and the subscription as readable parameters, each value a
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
    expect(selectionToSearchParams(coffee(), { options: S_RED, subscriptionOptionId: MONTHLY }).toString()).toBe(
      'Size=S&Box+color=Red&subscription=Monthly+Subscription',
    )
  })

  it("writes a choice by its key when its name is another choice's key", () => {
    const product: RawProduct = {
      id: 'p1',
      options: [
        {
          id: 'o1',
          name: 'Color',
          choicesSettings: {
            choices: [
              { choiceId: 'a', key: 'red', name: 'Crimson' },
              { choiceId: 'b', key: 'blue', name: 'red' },
            ],
          },
        },
      ],
      variantsInfo: { variants: [{ id: 'v1', choices: [{ optionChoiceIds: { optionId: 'o1', choiceId: 'b' } }] }] },
    }
    expect(selectionToSearchParams(product, { options: { Color: 'b' } }).toString()).toBe('Color=blue')
    expect(selectionToSearchParams(product, { options: { Color: 'a' } }).toString()).toBe('Color=Crimson')
  })

  it('passes a V1 subscription id through, and leaves out a V3 subscription the product does not have', () => {
    expect(
      selectionToSearchParams(fixture('candle-unmanaged.rest'), {
        options: { Scent: 'Lavender' },
        subscriptionOptionId: 'sub-1',
      }).get('subscription'),
    ).toBe('sub-1')
    expect(
      selectionToSearchParams(coffee(), { options: S_RED, subscriptionOptionId: 'Weekly' }).has('subscription'),
    ).toBe(false)
  })
})

describe('selectionFromSearchParams', () => {
  it('reads a query string, URLSearchParams, or a record (the first of several values)', () => {
    const expected = { options: { Size: 'S', 'Box color': 'Red' } }
    expect(selectionFromSearchParams(coffee(), 'Size=S&Box%20color=Red')).toEqual(expected)
    expect(selectionFromSearchParams(coffee(), new URLSearchParams('size=S&box+color=Red'))).toEqual(expected)
    expect(selectionFromSearchParams(coffee(), { Size: ['S', 'L'], 'Box color': 'Red', Other: 5 as never })).toEqual(
      expected,
    )
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
    expect(selectionFromSearchParams(coffee(), { Size: ' ', 'Box color': 'Red' })).toEqual({
      options: { 'Box color': 'Red' },
    })
    expect(selectionFromSearchParams(coffee(), { Size: 'x'.repeat(1001), 'Box color': 'Red' })).toEqual({
      options: { 'Box color': 'Red' },
    })
    expect(selectionFromSearchParams(coffee(), { Size: 'x'.repeat(1000) })).toEqual({
      options: { Size: 'x'.repeat(1000) },
    })
  })
})

describe('selectionFromSearchParams: which parameter names an option', () => {
  const product: RawProduct = {
    id: 'p1',
    options: [
      {
        id: 'o1',
        key: 'size-key',
        name: 'Size',
        choicesSettings: {
          choices: [
            { choiceId: 's', name: 'S' },
            { choiceId: 'm', name: 'M' },
            { choiceId: 'l', name: 'L' },
          ],
        },
      },
    ],
    variantsInfo: { variants: [] },
  }
  const read = (query: string): unknown => selectionFromSearchParams(product, query).options?.Size

  it('exact name, then exact key, then exact id, then the folded forms; the first of repeated parameters', () => {
    expect(read('o1=L&size-key=M&Size=S')).toBe('S')
    expect(read('o1=L&size-key=M')).toBe('M')
    expect(read('o1=L')).toBe('L')
    expect(read('SIZE=M&o1=L')).toBe('L')
    expect(read('+SIZE+=M')).toBe('M')
    expect(read('SIZE-KEY=M')).toBe('M')
    expect(read('O1=L')).toBe('L')
    expect(read('Size=S&Size=M')).toBe('S')
    expect(read('SIZE=M&size=L')).toBe('M')
    expect(read('Sizes=S')).toBeUndefined()
  })

  it('a blank or over-long value does not hide a later parameter of the same option', () => {
    expect(read('Size=+&Size=M')).toBe('M')
    expect(read(`Size=${'x'.repeat(1001)}&Size=M`)).toBe('M')
    expect(read(`${'S'.repeat(1001)}=x&Size=M`)).toBe('M')
  })

  it('a parameter name of 1000 characters is read; one of 1001 is not', () => {
    const named = (name: string): RawProduct => ({ ...product, options: [{ ...product.options[0], name }] })
    const long = 'N'.repeat(1000)
    expect(selectionFromSearchParams(named(long), `${long}=S`)).toEqual({ options: { [long]: 'S' } })
    expect(selectionFromSearchParams(named(`${long}N`), `${long}N=S`)).toEqual({})
  })

  it('reads the subscription parameter as given', () => {
    expect(selectionFromSearchParams(product, 'subscription=Weekly&Size=S')).toEqual({
      options: { Size: 'S' },
      subscriptionOptionId: 'Weekly',
    })
    expect(selectionFromSearchParams(product, 'Subscription=Weekly')).toEqual({})
  })
})

describe('selectionToSearchParams: the subscription', () => {
  it('a V3 subscription chosen by id or by title is written by its title', () => {
    expect(
      selectionToSearchParams(coffee(), { options: S_RED, subscriptionOptionId: MONTHLY }).get('subscription'),
    ).toBe('Monthly Subscription')
    expect(
      selectionToSearchParams(coffee(), { options: S_RED, subscriptionOptionId: 'monthly subscription' }).get(
        'subscription',
      ),
    ).toBe('Monthly Subscription')
  })
})

describe('selectionToSearchParams: a value that resolves back to the choice alone', () => {
  it('two choices with one name: each is written by its key, or by its id when it has no key', () => {
    const product: RawProduct = {
      id: 'p1',
      options: [
        {
          id: 'o1',
          name: 'Color',
          choicesSettings: {
            choices: [
              { choiceId: 'a', name: 'Red' },
              { choiceId: 'b', key: 'red-2', name: 'Red' },
            ],
          },
        },
      ],
      variantsInfo: { variants: [] },
    }
    expect(selectionToSearchParams(product, { options: { Color: 'a' } }).toString()).toBe('Color=a')
    expect(selectionToSearchParams(product, { options: { Color: 'b' } }).toString()).toBe('Color=red-2')
  })

  it('a record value that is not a string is skipped', () => {
    expect(selectionFromSearchParams(coffee(), { Size: 5 as never, 'Box color': ['Red'] })).toEqual({
      options: { 'Box color': 'Red' },
    })
  })
})
