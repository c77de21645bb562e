/*
 * How the buyer's words find an option, choice, modifier or subscription (normalize/model.ts), and
 * how a variant's choice is found in an option (normalize/common.ts). Every expectation here is
 * checked on a new index and on a second lookup of the same index. Written for mutants StrykerJS left
 * alive (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest'
import { NAME_MAX } from '../../src/constants.js'
import { makeOption, ProductIssues } from '../../src/normalize/common.js'
import { type ModelChoice, NO_ALIASES, type Named } from '../../src/normalize/model.js'
import { NameIndex } from '../../src/normalize/name-index.js'

interface Item extends Named {
  readonly tag: string
}

const item = (
  tag: string,
  id: string | undefined,
  key: string | undefined,
  name: string,
  aliases: readonly string[] = NO_ALIASES,
): Item => ({ tag, id, key, name, aliases })

/** What an index answers, as tags: 'a', ['a', 'b'] (ambiguous) or undefined. */
function answer(index: NameIndex<Item>, input: string): string | string[] | undefined {
  const hit = index.resolve(input)
  if (hit === undefined) return undefined
  return 'found' in hit ? hit.found.tag : hit.ambiguous.map((i) => i.tag)
}

/** The answer of a new index, which the same index gives again on a second lookup. */
function expectBoth(items: readonly Item[], input: string, expected: unknown): void {
  const index = new NameIndex(items)
  expect(answer(index, input), `first ${JSON.stringify(input)}`).toEqual(expected)
  expect(answer(index, input), `again ${JSON.stringify(input)}`).toEqual(expected)
}

describe('NameIndex: tiers in order, the same answers lookup after lookup', () => {
  const items = [
    item('a', 'id-a', 'key-a', 'Name A', ['alias-a']),
    // b's key is a's name, c's name is a's id: the earlier tier must win.
    item('b', 'id-b', 'Name A', 'Name B'),
    item('c', 'id-c', 'key-c', 'id-a'),
    // an alias equal to another item's key: the key wins.
    item('d', 'id-d', undefined, 'Name D', ['key-c']),
  ]

  it('exact id, then exact key, then exact name, then exact alias', () => {
    expectBoth(items, 'id-a', 'a')
    expectBoth(items, 'key-a', 'a')
    expectBoth(items, 'Name A', 'b')
    expectBoth(items, 'Name B', 'b')
    expectBoth(items, 'key-c', 'c')
    expectBoth(items, 'alias-a', 'a')
    expectBoth(items, 'Name D', 'd')
  })

  it('an id matches only exactly: an id is never folded', () => {
    expectBoth(items, 'ID-B', undefined)
    expectBoth(items, ' id-b', undefined)
  })

  it('the forgiving pass folds keys, names and aliases: trimmed, case-insensitive, NFC', () => {
    expectBoth(items, '  KEY-A ', 'a')
    expectBoth(items, 'name d', 'd')
    expectBoth(items, 'ALIAS-A', 'a')
    // "é" written as e + combining accent folds to the precomposed one.
    expectBoth([item('e', 'id-e', undefined, 'Café')], 'CAFE\u0301', 'e')
    expectBoth(items, 'nothing like it', undefined)
  })

  it('two candidates in the deciding tier are ambiguous; a later tier is not looked at', () => {
    const twins = [item('x', 'id-x', 'same', 'X'), item('y', 'id-y', 'same', 'Y'), item('z', 'id-z', 'z', 'same')]
    expectBoth(twins, 'same', ['x', 'y'])
    expectBoth(twins, 'SAME', ['x', 'y', 'z'])
    expectBoth([item('p', 'id-p', 'k', 'P', ['al']), item('q', 'id-q', 'l', 'Q', ['al'])], 'al', ['p', 'q'])
  })

  it('an item whose folded key, name and alias coincide is one candidate, not an ambiguity with itself', () => {
    const one = [item('s', 'id-s', 'Small', 'small', ['SMALL']), item('m', 'id-m', 'M', 'Medium')]
    expectBoth(one, 'small ', 's')
    expectBoth(one, 'SMALL', 's')
    expectBoth(one, 'sMaLl', 's')
  })

  it('an item without id or key is found by name and by its folded name only', () => {
    const bare = [item('n', undefined, undefined, 'Gift wrap')]
    expectBoth(bare, 'Gift wrap', 'n')
    expectBoth(bare, 'gift WRAP', 'n')
    expectBoth(bare, 'undefined', undefined)
  })

  it('input longer than NAME_MAX is not folded and finds nothing in the forgiving pass', () => {
    const long = 'A'.repeat(NAME_MAX + 1)
    const items = [item('l', 'id-l', undefined, long.toLowerCase())]
    expectBoth(items, long, undefined)
    // At the limit it is folded and found.
    const atLimit = 'B'.repeat(NAME_MAX)
    expectBoth([item('k', 'id-k', undefined, atLimit.toLowerCase())], atLimit, 'k')
    // An exact match of a long name still works: the limit applies to the forgiving pass only.
    expectBoth(items, long.toLowerCase(), 'l')
  })

  it('an empty index finds nothing', () => {
    expectBoth([], 'anything', undefined)
    expectBoth([], '', undefined)
  })

  it('keeps answering every tier, lookup after lookup', () => {
    for (const index of [new NameIndex(items)]) {
      for (let round = 0; round < 200; round++) {
        expect(answer(index, 'id-a')).toBe('a')
        expect(answer(index, 'Name A')).toBe('b')
        expect(answer(index, 'alias-a')).toBe('a')
        expect(answer(index, 'name d')).toBe('d')
        expect(answer(index, 'missing')).toBeUndefined()
      }
    }
  })
})

describe('makeOption: the choice at a key, first one wins, short and long lists alike', () => {
  const choice = (id: string): ModelChoice => ({
    id,
    key: undefined,
    name: id,
    aliases: NO_ALIASES,
    raw: {},
    visible: true,
    inStock: true,
  })
  const option = (ids: readonly string[]) => makeOption('o', undefined, 'O', ids.map(choice), (c) => c.id)

  for (const length of [1, 2, 12, 13, 40]) {
    it(`${length} choices`, () => {
      const ids = Array.from({ length }, (_, i) => `c${i}`)
      // a duplicate of the first and of the last id at the end: the first position wins.
      const withDuplicates = [...ids, 'c0', `c${length - 1}`]
      // upTo (the choice looked for): that choice's position when the key is its key, else nothing.
      const o = option(withDuplicates)
      for (let i = 0; i < length; i++) {
        expect(o.choiceIndex(`c${i}`, i)).toBe(i)
        if (length > 1) expect(o.choiceIndex(`c${i}`, (i + 1) % length)).toBeUndefined()
      }
      expect(o.choiceIndex('missing', 0)).toBeUndefined()
      expect(o.choiceIndex('c0', withDuplicates.length + 5)).toBeUndefined()
      // A duplicate position names the key of an earlier choice: the first position, which is not it.
      expect(o.choiceIndex('c0', length)).toBe(0)
      // Without upTo: the first position with the key, scanned or from the map alike.
      expect(o.choiceIndex('c0')).toBe(0)
      expect(o.choiceIndex(`c${length - 1}`)).toBe(length - 1)
      expect(o.choiceIndex('missing')).toBeUndefined()
      for (let i = 0; i < length; i++) expect(o.choiceIndex(`c${i}`)).toBe(i)
    })
  }

  it('the name index of an option finds its choices', () => {
    const o = option(['Red', 'Blue'])
    expect(o.lookup.resolve('blue')).toEqual({ found: o.choices[1] })
    expect(o).toMatchObject({ id: 'o', key: undefined, name: 'O', aliases: [] })
  })
})

describe('ProductIssues: every product issue is under ["product", …]', () => {
  it('array(): absent or null is empty without an issue; a non-array or an over-long array is an issue and empty', () => {
    const issues = new ProductIssues()
    expect(issues.array({}, 'list', ['here'], 2)).toEqual([])
    expect(issues.array({ list: null }, 'list', ['here'], 2)).toEqual([])
    expect(issues.array(undefined, 'list', ['here'], 2)).toEqual([])
    expect(issues.list).toEqual([])
    const two = [1, 2]
    expect(issues.array({ list: two }, 'list', ['here'], 2)).toBe(two)
    expect(issues.array({ list: 'x' }, 'list', ['here'], 2)).toEqual([])
    expect(issues.array({ list: [1, 2, 3] }, 'list', ['here', 0], 2)).toEqual([])
    expect(issues.list).toEqual([
      { code: 'invalid_product', path: ['product', 'here', 'list'], message: '"list" must be an array, not a string.' },
      {
        code: 'invalid_product',
        path: ['product', 'here', 0, 'list'],
        message: '"list" has 3 entries; at most 2 are accepted.',
      },
    ])
  })

  it('objects(): objects with their index; an issue for every entry that is not one', () => {
    const issues = new ProductIssues()
    const a = { a: 1 }
    const b = { b: 2 }
    expect(issues.objects([a, 5, null, b, []], ['list'])).toEqual([
      [a, 0],
      [b, 3],
    ])
    expect(issues.list.map((i) => [i.code, i.path])).toEqual([
      ['invalid_product', ['product', 'list', 1]],
      ['invalid_product', ['product', 'list', 2]],
      ['invalid_product', ['product', 'list', 4]],
    ])
    expect(issues.list[0]?.message).toBe('Entry 1 must be an object, not a number.')
  })

  it('add(): the code defaults to invalid_product and can be given', () => {
    const issues = new ProductIssues()
    issues.add(['x'], 'm')
    issues.add([], 'n', 'missing_variants')
    expect(issues.list).toEqual([
      { code: 'invalid_product', path: ['product', 'x'], message: 'm' },
      { code: 'missing_variants', path: ['product'], message: 'n' },
    ])
  })
})
