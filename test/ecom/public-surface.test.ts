/*
 * The public surface of `wix-catalog-reference/ecom`, and the rule that it never loads @wix/* at
 * run time (`@wix/sdk` and `@wix/ecom` are optional peers: Velo sites do not have them).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import * as ecom from '../../src/ecom/index.js'

const SRC = join(import.meta.dirname, '../../src/ecom')

describe('wix-catalog-reference/ecom', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(ecom).sort()).toStrictEqual([
      'CatalogReferenceError',
      'LineItemsNotAddedError',
      'WixRequestError',
      'addToCart',
      'addToCheckout',
      'addToCurrentCart',
      'createCart',
      'createCheckout',
      'isCatalogReferenceError',
      'isLineItemsNotAddedError',
      'isWixRequestError',
    ])
  })

  it('error classes have literal names', () => {
    expect(
      new ecom.WixRequestError({
        operation: 'cart.addToCart',
        status: 404,
        code: '404',
        requestId: undefined,
        fieldViolations: [],
        detail: 'Not Found',
        cause: undefined,
      }).name,
    ).toBe('WixRequestError')
    expect(new ecom.LineItemsNotAddedError({}, []).name).toBe('LineItemsNotAddedError')
  })

  it('imports @wix/* as types only', () => {
    const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(5)
    for (const file of files) {
      const source = readFileSync(join(SRC, file), 'utf8')
      const runtimeImports = source.match(/^\s*import\s+(?!type\b)[^;]*?from\s+['"]@wix\/[^'"]+['"]/gm) ?? []
      const requires = source.match(/(?:require|import)\(\s*['"]@wix\//g) ?? []
      expect([file, ...runtimeImports, ...requires]).toStrictEqual([file])
    }
  })

  it('bundles without any @wix/* module', async () => {
    const result = await build({
      entryPoints: [join(SRC, 'index.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'silent',
      metafile: true,
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((path) => path.includes('node_modules/@wix'))).toStrictEqual([])
    const code = result.outputFiles[0]?.text ?? ''
    expect(code).not.toMatch(/from\s*["']@wix\//)
    expect(code).not.toMatch(/(?:require|import)\(\s*["']@wix\//)
  })
})
