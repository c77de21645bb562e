// Size budget of the core entry, as a browser bundle (esbuild, minified, gzip level 9).
// Usage: node scripts/size.mjs [entry]   (default: dist/index.js, the built package)
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { resolve } from 'node:path'

const entry = resolve(process.argv[2] ?? 'dist/index.js')
// `goal` is issue #2's budget; `limit` is what the check enforces. buildCatalogReference alone does
// not meet its 6 KiB goal yet (see docs/performance.md, Size): the check holds it at its current size so it cannot
// grow while the gap is worked on.
const budgets = [
  { name: 'buildCatalogReference alone', code: `export { buildCatalogReference } from ${JSON.stringify(entry)}`, goal: 6 * 1024, limit: 8 * 1024 },
  { name: 'whole core entry', code: `export * from ${JSON.stringify(entry)}`, goal: 10 * 1024, limit: 10 * 1024 },
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
  const ok = gz <= budget.limit && external.length === 0
  if (!ok) failed = true
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${budget.name}: ${(bytes.length / 1024).toFixed(2)} KiB min, ${(gz / 1024).toFixed(2)} KiB min+gzip ` +
      `(limit ${budget.limit / 1024} KiB; goal ${budget.goal / 1024} KiB ${gz <= budget.goal ? 'met' : 'NOT met'})` +
      (external.length ? ` — bundles dependencies: ${external.join(', ')}` : ''),
  )
}
if (failed) process.exit(1)
