// Size budgets (docs/decisions.md, "Size budgets"), as browser bundles of the built package (esbuild, minified, gzip
// level 9), and the check that no entry pulls zod classic (only zod/mini, and only /catalog).
// Usage: node scripts/size.mjs [dist]   (default: dist, the built package)
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { resolve } from 'node:path'

const dist = resolve(process.argv[2] ?? 'dist')
const entry = (name) => JSON.stringify(resolve(dist, name))
const KiB = 1024

// None of these may bundle a dependency: buildCustomCatalogReference needs no zod.
const budgets = [
  {
    name: 'buildCatalogReference alone',
    code: `export { buildCatalogReference } from ${entry('index.js')}`,
    limit: 9 * KiB,
  },
  {
    name: 'product-page set (safeBuildLineItem + getChoiceStates + URL helpers + getPricePreview)',
    code: `export { safeBuildLineItem, getChoiceStates, selectionToSearchParams, selectionFromSearchParams, getPricePreview } from ${entry('index.js')}`,
    limit: 14 * KiB,
  },
  { name: 'getProductView alone', code: `export { getProductView } from ${entry('index.js')}`, limit: 15 * KiB },
  {
    name: 'buildCustomCatalogReference alone',
    code: `export { buildCustomCatalogReference } from ${entry('catalog/index.js')}`,
    limit: 3 * KiB,
  },
]
// Every entry, whole: none may pull zod classic (`zod`, `zod/v4`); only /catalog may bundle zod/mini.
const entries = [
  { name: 'core entry', code: `export * from ${entry('index.js')}`, deps: [] },
  { name: '/ecom entry', code: `export * from ${entry('ecom/index.js')}`, deps: [] },
  { name: '/catalog entry', code: `export * from ${entry('catalog/index.js')}`, deps: ['zod/v4/mini', 'zod/v4/core'] },
]

async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    external: ['@wix/*'],
  })
  const bytes = result.outputFiles[0].contents
  const inputs = Object.values(result.metafile.outputs)[0].inputs
  // Packages whose code ends up in the bundle, as `zod/v4/mini` (tree-shaken files do not count).
  const packages = new Set(
    Object.keys(inputs)
      .filter((file) => inputs[file].bytesInOutput > 0 && file.includes('node_modules/'))
      .map((file) =>
        file
          .slice(file.lastIndexOf('node_modules/') + 13)
          .split('/')
          .slice(0, 3)
          .join('/'),
      ),
  )
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length, packages: [...packages] }
}

const kib = (bytes) => `${(bytes / KiB).toFixed(2)} KiB`
let failed = false
for (const budget of budgets) {
  const { min, gz, packages } = await bundle(budget.code)
  const over = gz > budget.limit
  failed ||= over || packages.length > 0
  console.log(
    `${over || packages.length > 0 ? 'FAIL' : 'ok  '} ${budget.name}: ${kib(min)} min, ${kib(gz)} min+gzip` +
      // Bytes too: at two decimals, 12 283 B and the 12 288 B budget both print as 12.00 KiB.
      (over ? `, over budget (${gz} of ${budget.limit} B)` : ` (${gz} of ${budget.limit} B budget)`) +
      (packages.length > 0 ? ` — bundles dependencies: ${packages.join(', ')}` : ''),
  )
}
for (const { name, code, deps } of entries) {
  const { min, gz, packages } = await bundle(code)
  const classic = packages.filter(
    (p) => p.startsWith('zod/') && !p.startsWith('zod/v4/mini') && !p.startsWith('zod/v4/core'),
  )
  const unexpected = packages.filter((p) => !deps.includes(p) && !classic.includes(p))
  const bad = classic.length > 0 || unexpected.length > 0
  failed ||= bad
  console.log(
    `${bad ? 'FAIL' : 'ok  '} ${name} (${kib(min)} min, ${kib(gz)} min+gzip, no budget) bundles ${packages.length > 0 ? packages.join(', ') : 'no dependency'}` +
      (classic.length > 0 ? ` — pulls zod classic (${classic.join(', ')}): import from 'zod/mini'` : '') +
      (unexpected.length > 0 ? ` — unexpected: ${unexpected.join(', ')}` : ''),
  )
}
if (failed) process.exit(1)
