/*
 * The public surface of the core entry (`wix-catalog-reference`, src/index.ts), listed exactly: an
 * added or removed export fails here and must be a deliberate, documented change (README/docs, CHANGELOG).
 * Type-only exports are pinned by test/core/types.test-d.ts, which imports them.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as core from '../../src/index.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')

describe('public surface of wix-catalog-reference', () => {
  it('exports exactly these run-time names', () => {
    expect(Object.keys(core).sort()).toEqual([
      'BOOKINGS_APP_ID',
      'BUILD_ISSUE_CODES',
      'CatalogReferenceError',
      'RESTAURANTS_APP_ID',
      'STORES_APP_ID',
      'buildCatalogReference',
      'buildLineItem',
      'detectCatalogVersion',
      'getChoiceStates',
      'getPricePreview',
      'getProductView',
      'isCatalogReferenceError',
      'parseCatalogReference',
      'safeBuildCatalogReference',
      'safeBuildLineItem',
      'selectionFromSearchParams',
      'selectionToSearchParams',
      'withReadOnlyVariants',
    ])
  })

  it('has no default export', () => {
    expect('default' in core).toBe(false)
  })

  it('the app ids are the Wix ones (docs/building.md, "Builders")', () => {
    expect(core.STORES_APP_ID).toBe('215238eb-22a5-4c36-9e7b-e7c08025e04e')
    expect(core.BOOKINGS_APP_ID).toBe('13d21c63-b5ec-5912-8397-c3a5ddb27a97')
    expect(core.RESTAURANTS_APP_ID).toBe('9a5d83fd-8570-482e-81ab-cfa88942ee60')
  })

  it('BUILD_ISSUE_CODES are the codes of docs/building.md, "Errors and issue codes", in its order', () => {
    expect(core.BUILD_ISSUE_CODES).toEqual([
      'invalid_selection',
      'invalid_product',
      'unknown_catalog_version',
      'missing_variants',
      'unknown_option',
      'unknown_choice',
      'ambiguous_name',
      'missing_option',
      'variant_not_found',
      'unknown_variant',
      'variant_mismatch',
      'product_hidden',
      'variant_hidden',
      'out_of_stock',
      'unknown_modifier',
      'unknown_modifier_choice',
      'missing_modifier',
      'text_too_short',
      'text_too_long',
      'subscription_required',
      'unknown_subscription',
      'subscription_hidden',
      'subscriptions_not_offered',
      'invalid_quantity',
      'invalid_options',
      'invalid_reference',
      'invalid_item_data',
      'missing_price',
    ])
  })

  it('functions are functions; CatalogReferenceError is an Error class with a literal name', () => {
    for (const name of [
      'buildCatalogReference',
      'safeBuildCatalogReference',
      'buildLineItem',
      'safeBuildLineItem',
      'detectCatalogVersion',
      'isCatalogReferenceError',
      'getChoiceStates',
      'getPricePreview',
      'parseCatalogReference',
      'selectionToSearchParams',
      'selectionFromSearchParams',
    ] as const) {
      // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the test walks the public names
      expect(typeof core[name], name).toBe('function')
    }
    const error = new core.CatalogReferenceError([
      {
        code: 'unknown_choice',
        path: ['options', 'Size'],
        message: 'Option "Size" has no choice "XL". Choices: S, L.',
      },
    ])
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('CatalogReferenceError')
    expect(error.issues).toHaveLength(1)
    expect(Object.isFrozen(error.issues)).toBe(true)
    expect(error.message).toContain('[unknown_choice] options.Size: Option "Size" has no choice "XL". Choices: S, L.')
    expect(core.isCatalogReferenceError(error)).toBe(true)
    // Across bundles / realms: recognized by name and issues, not only instanceof.
    expect(core.isCatalogReferenceError({ name: 'CatalogReferenceError', issues: [] })).toBe(true)
    for (const other of [
      new Error('x'),
      new TypeError('x'),
      { name: 'CatalogReferenceError' },
      null,
      undefined,
      'CatalogReferenceError',
      42,
    ]) {
      expect(core.isCatalogReferenceError(other)).toBe(false)
    }
  })

  it('the core entry imports no @wix/* package at run time (type imports only)', () => {
    const seen = new Set<string>()
    const offenders: string[] = []
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      const source = readFileSync(file, 'utf8')
      for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const [, , typeOnly, target] = match as unknown as [string, string, string | undefined, string]
        if (target.startsWith('.')) {
          if (typeOnly === undefined) visit(join(dirname(file), target.replace(/\.js$/, '.ts')))
        } else if (typeOnly === undefined && target.startsWith('@wix/')) {
          offenders.push(`${relative(ROOT, file)} imports ${target}`)
        }
      }
      for (const match of source.matchAll(/import\(\s*['"](@wix\/[^'"]+)['"]\s*\)/g))
        offenders.push(`${relative(ROOT, file)} imports ${match[1]} dynamically`)
    }
    visit(join(ROOT, 'src/index.ts'))
    expect(seen.size).toBeGreaterThan(10)
    expect(offenders).toEqual([])
  })
})
