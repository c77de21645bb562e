import { describe, expect, it } from 'vitest'
import { safeBuildCatalogReference, type BuildIssue, type BuildResult, type V3Product } from '../../src/index.js'
import { coffee, type RawProduct } from '../helpers/fixtures.js'

describe('messages stay short whatever the product holds', () => {
  const huge = 'x'.repeat(5_000_000)
  const product: V3Product = {
    id: 'p1',
    options: [
      {
        id: 'o1',
        name: 'Size',
        choicesSettings: {
          choices: [
            { choiceId: 'c1', name: huge },
            { choiceId: 'c2', name: 'M' },
          ],
        },
      },
    ],
    variantsInfo: { variants: [{ id: 'v1', choices: [{ optionChoiceIds: { optionId: 'o1', choiceId: 'c1' } }] }] },
  }

  it('cuts huge valid values in "Choices: …" lists to 80 characters', () => {
    const result = safeBuildCatalogReference(product, { options: { Size: 'XL' } })
    expect(result.success).toBe(false)
    if (result.success) return
    const [issue] = result.error.issues
    expect(issue?.code).toBe('unknown_choice')
    expect(issue?.message).toBe(`Option "Size" has no choice "XL". Choices: ${'x'.repeat(77)}..., M.`)
    expect(result.error.message.length).toBeLessThan(500)
    // `expected` still holds the names themselves, for code that needs them.
    expect(issue?.expected?.[0]).toHaveLength(5_000_000)
  })
})

describe('how messages quote and list values', () => {
  const coffeeWithSizes = (count: number): RawProduct => {
    const product = coffee()
    product.options[0].choicesSettings.choices = Array.from({ length: count }, (_, i) => ({
      choiceId: `c${i}`,
      name: `S${i}`,
    }))
    return product
  }
  const issueOf = (result: BuildResult<unknown>, code: string): BuildIssue => {
    expect(result.success).toBe(false)
    const issue = result.success ? undefined : result.error.issues.find((i) => i.code === code)
    expect(issue, code).toBeDefined()
    return issue as BuildIssue
  }

  it('quotes a value of up to 80 characters whole, and cuts a longer one to 77 and "..."', () => {
    const at80 = 'a'.repeat(80)
    expect(
      issueOf(safeBuildCatalogReference(coffee(), { options: { Size: at80, 'Box color': 'Red' } }), 'unknown_choice')
        .message,
    ).toBe(`Option "Size" has no choice "${at80}". Choices: S, L.`)
    const at81 = 'b'.repeat(81)
    expect(
      issueOf(safeBuildCatalogReference(coffee(), { options: { Size: at81, 'Box color': 'Red' } }), 'unknown_choice')
        .message,
    ).toBe(`Option "Size" has no choice "${'b'.repeat(77)}...". Choices: S, L.`)
  })

  it('lists up to 20 valid values, then says how many more there are', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `S${i}`).join(', ')
    expect(
      issueOf(
        safeBuildCatalogReference(coffeeWithSizes(20), { options: { Size: 'XL', 'Box color': 'Red' } }),
        'unknown_choice',
      ).message,
    ).toBe(`Option "Size" has no choice "XL". Choices: ${twenty}.`)
    expect(
      issueOf(
        safeBuildCatalogReference(coffeeWithSizes(22), { options: { Size: 'XL', 'Box color': 'Red' } }),
        'unknown_choice',
      ).message,
    ).toBe(`Option "Size" has no choice "XL". Choices: ${twenty}, and 2 more.`)
  })

  it('says "(none)" when there is no valid value to list', () => {
    const product = coffee()
    for (const choice of product.options[0].choicesSettings.choices) choice.visible = false
    expect(
      issueOf(safeBuildCatalogReference(product, { options: { 'Box color': 'Red' } }), 'missing_option'),
    ).toMatchObject({
      message: 'Option "Size" needs a choice: (none).',
      expected: [],
    })
  })

  it('keeps a received string of up to 200 characters, and cuts a longer one to 200 and "..."', () => {
    const at200 = 'c'.repeat(200)
    expect(
      issueOf(safeBuildCatalogReference(coffee(), { options: { Size: at200, 'Box color': 'Red' } }), 'unknown_choice')
        .received,
    ).toBe(at200)
    const at201 = 'd'.repeat(201)
    expect(
      issueOf(safeBuildCatalogReference(coffee(), { options: { Size: at201, 'Box color': 'Red' } }), 'unknown_choice')
        .received,
    ).toBe(`${'d'.repeat(200)}...`)
  })

  it('describes a received value that is not a string by its kind, and names its type in the message', () => {
    const cases: [unknown, unknown, string][] = [
      [[1], '[array]', 'an array'],
      [{ a: 1 }, '[object]', 'an object'],
      [() => 'S', '[function]', 'a function'],
      [7, 7, 'a number'],
      [true, true, 'a boolean'],
    ]
    for (const [value, received, type] of cases) {
      const issue = issueOf(
        safeBuildCatalogReference(coffee(), { options: { Size: value, 'Box color': 'Red' } } as never),
        'invalid_selection',
      )
      expect(issue).toMatchObject({
        path: ['options', 'Size'],
        received,
        message: `"options.Size" must be a string, not ${type}.`,
      })
    }
  })

  it('names null and undefined products as such', () => {
    expect(issueOf(safeBuildCatalogReference(null as never), 'invalid_product').message).toBe(
      'The product must be an object, not null.',
    )
    expect(issueOf(safeBuildCatalogReference(undefined as never), 'invalid_product').message).toBe(
      'The product must be an object, not undefined.',
    )
  })
})
