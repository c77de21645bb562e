/*
 * CatalogReferenceError's message (what a log or an uncaught throw shows) and its guard. The message
 * is a summary of every issue: a count line, then one line per issue with its code, its path
 * (dot-joined, "(root)" for the whole input) and its message.
 */
import { describe, expect, it } from 'vitest'
import {
  CatalogReferenceError,
  isCatalogReferenceError,
  safeBuildCatalogReference,
  type BuildIssue,
} from '../../src/index.js'
import { coffee } from '../helpers/fixtures.js'

describe('CatalogReferenceError', () => {
  it('summarizes one issue with "1 issue:" and the issue on its own line', () => {
    const issue: BuildIssue = {
      code: 'unknown_choice',
      path: ['options', 'Size'],
      message: 'Option "Size" has no choice "XL". Choices: S, L.',
    }
    expect(new CatalogReferenceError([issue]).message).toBe(
      '1 issue:\n- [unknown_choice] options.Size: Option "Size" has no choice "XL". Choices: S, L.',
    )
  })

  it('counts several issues in the plural and marks an empty path as (root)', () => {
    const issues: BuildIssue[] = [
      { code: 'invalid_selection', path: [], message: 'The selection must be an object, not a string.' },
      { code: 'invalid_product', path: ['product', 'options', 0], message: 'Option 0 has no id.' },
    ]
    expect(new CatalogReferenceError(issues).message).toBe(
      '2 issues:\n- [invalid_selection] (root): The selection must be an object, not a string.\n- [invalid_product] product.options.0: Option 0 has no id.',
    )
  })

  it('is what the builders return: the message lists every issue of the result', () => {
    const result = safeBuildCatalogReference(coffee(), { options: { Size: 'XL', Colour: 'Red' } })
    expect(result.success).toBe(false)
    if (result.success) return
    const lines = result.error.message.split('\n')
    expect(lines[0]).toBe(`${result.error.issues.length} issues:`)
    expect(lines.slice(1)).toEqual(result.error.issues.map((i) => `- [${i.code}] ${i.path.join('.')}: ${i.message}`))
  })

  it('keeps its own frozen copy of the issues and passes the cause on', () => {
    const issues: BuildIssue[] = [{ code: 'invalid_quantity', path: ['quantity'], message: 'm' }]
    const cause = new Error('underlying')
    const error = new CatalogReferenceError(issues, { cause })
    issues.push({ code: 'invalid_options', path: [], message: 'later' })
    expect(error.issues).toEqual([{ code: 'invalid_quantity', path: ['quantity'], message: 'm' }])
    expect(Object.isFrozen(error.issues)).toBe(true)
    expect(error.cause).toBe(cause)
  })

  it('isCatalogReferenceError needs both the name and an issues array, and survives a revoked Proxy', () => {
    expect(isCatalogReferenceError({ name: 'CatalogReferenceError', issues: [] })).toBe(true)
    expect(isCatalogReferenceError({ name: 'CatalogReferenceError', issues: 'none' })).toBe(false)
    expect(isCatalogReferenceError({ name: 'OtherError', issues: [] })).toBe(false)
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(isCatalogReferenceError(proxy)).toBe(false)
  })
})
