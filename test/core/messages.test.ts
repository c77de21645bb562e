import { describe, expect, it } from 'vitest'
import { safeBuildCatalogReference, type V3Product } from '../../src/index.js'

describe('messages stay short whatever the product holds', () => {
  const huge = 'x'.repeat(5_000_000)
  const product: V3Product = {
    id: 'p1',
    options: [{ id: 'o1', name: 'Size', choicesSettings: { choices: [{ choiceId: 'c1', name: huge }, { choiceId: 'c2', name: 'M' }] } }],
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
