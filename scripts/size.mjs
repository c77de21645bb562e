// Size budgets of the core entry, as browser bundles (esbuild, minified, gzip level 9), per DESIGN §12.
// Usage: node scripts/size.mjs [entry]   (default: dist/index.js, the built package)
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { resolve } from 'node:path'

const entry = resolve(process.argv[2] ?? 'dist/index.js')
const from = (names) => `export { ${names.join(', ')} } from ${JSON.stringify(entry)}`
// One line per budget (limit in bytes; `limit: undefined` = shown for information only).
const budgets = [
  { name: 'buildCatalogReference alone', code: from(['buildCatalogReference']), limit: 8 * 1024 },
  {
    name: 'product-page set (safeBuildLineItem + getChoiceStates + URL helpers + getPricePreview)',
    code: from(['safeBuildLineItem', 'getChoiceStates', 'selectionToSearchParams', 'selectionFromSearchParams', 'getPricePreview']),
    limit: 12 * 1024,
  },
  { name: 'whole core entry (information)', code: `export * from ${JSON.stringify(entry)}`, limit: undefined },
]

let failed = false
for (const budget of budgets) {
  const result = await build({
    stdin: { contents: budget.code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
  })
  const bytes = result.outputFiles[0].contents
  const gz = gzipSync(bytes, { level: 9 }).length
  const external = Object.keys(result.metafile.inputs).filter((f) => f.includes('node_modules'))
  const ok = (budget.limit === undefined || gz <= budget.limit) && external.length === 0
  if (!ok) failed = true
  const status = budget.limit === undefined ? 'info' : ok ? 'ok  ' : 'FAIL'
  console.log(
    `${status} ${budget.name}: ${(bytes.length / 1024).toFixed(2)} KiB min, ${(gz / 1024).toFixed(2)} KiB min+gzip` +
      (budget.limit === undefined ? '' : ` (budget ${budget.limit / 1024} KiB${ok ? '' : ': over budget'})`) +
      (external.length ? ` — bundles dependencies: ${external.join(', ')}` : ''),
  )
}
if (failed) process.exit(1)
