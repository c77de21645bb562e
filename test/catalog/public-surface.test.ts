/*
 * The public surface of `wix-catalog-reference/catalog`: its values, and that it needs nothing
 * from @wix/* at run time (the types of @wix/ecom are matched structurally) and only zod/mini.
 */
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import * as catalog from '../../src/catalog/index.js'

describe('wix-catalog-reference/catalog', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(catalog).sort()).toStrictEqual([
      'CatalogReferenceError',
      'buildCustomCatalogReference',
      'createCatalogItemsHandler',
      'isCatalogReferenceError',
      'safeBuildCustomCatalogReference',
    ])
  })

  it('bundles with zod/mini and without any @wix/* module, in a small size', async () => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, '../../src/catalog/index.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'silent',
      metafile: true,
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((path) => path.includes('node_modules/@wix'))).toStrictEqual([])
    expect(inputs.some((path) => path.includes('node_modules/zod/v4/mini'))).toBe(true)
    expect(inputs.filter((path) => /node_modules\/zod\/v4\/classic\//.test(path))).toStrictEqual([])
    const gzipped = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length
    expect(gzipped).toBeLessThan(20 * 1024) // about 13 KiB today, zod/mini included
  })
})
