/*
 * Reading raw products defensively: an id must be a non-empty string, and an empty name falls back
 * to the next name (key, then id). Written for mutants StrykerJS found unkilled (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest'
import { getChoiceStates, safeBuildCatalogReference } from '../../src/index.js'
import type { RawProduct } from '../helpers/fixtures.js'

const product = (variantId: unknown, optionName: string): RawProduct => ({
  id: 'p1',
  options: [
    { id: 'o1', key: 'size', name: optionName, choicesSettings: { choices: [{ choiceId: 'c1', key: 's', name: '' }] } },
  ],
  variantsInfo: { variants: [{ id: variantId, choices: [{ optionChoiceIds: { optionId: 'o1', choiceId: 'c1' } }] }] },
})

describe('ids and names of a raw product', () => {
  it('a variant whose id is not a string has no id: invalid_product, never a reference with that value', () => {
    for (const id of [7, '', true]) {
      const result = safeBuildCatalogReference(product(id, 'Size'))
      expect(result.success, String(id)).toBe(false)
      if (!result.success)
        expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
          ['invalid_product', ['product', 'variantsInfo', 'variants', 0]],
        ])
    }
  })

  it('an empty name is no name: the option and the choice are named by their key', () => {
    const states = getChoiceStates(product('v1', ''))
    expect(states.options[0]).toMatchObject({
      id: 'o1',
      key: 'size',
      name: 'size',
      choices: [{ id: 'c1', key: 's', name: 's' }],
    })
    expect(states.variantId).toBe('v1')
  })
})

describe('keys named __proto__ in the output', () => {
  it('are own data properties like JSON.parse makes them: enumerable, writable, configurable', () => {
    const product: RawProduct = {
      id: 'p1',
      variantsInfo: { variants: [{ id: 'v1', choices: [] }] },
      modifiers: [
        {
          key: '__proto__',
          name: 'Wrap',
          modifierRenderType: 'TEXT_CHOICES',
          choicesSettings: { choices: [{ key: 'yes', name: 'Yes' }] },
        },
      ],
    }
    const result = safeBuildCatalogReference(product, { modifiers: { Wrap: 'yes' } })
    expect(result.success).toBe(true)
    const options = result.success ? result.data.options?.options : undefined
    expect(Object.getOwnPropertyDescriptor(options, '__proto__')).toEqual({
      value: 'yes',
      enumerable: true,
      writable: true,
      configurable: true,
    })
    expect(Object.getOwnPropertyDescriptor(options, '__proto__')).toEqual(
      Object.getOwnPropertyDescriptor(JSON.parse('{"__proto__":"yes"}'), '__proto__'),
    )
  })
})
