import { fileURLToPath } from 'node:url'
import { defineConfig, type ViteUserConfig } from 'vitest/config'

const DIST = Boolean(process.env['TEST_DIST'])
const distIndex = fileURLToPath(new URL('./dist/index.js', import.meta.url))

const config: ViteUserConfig = defineConfig({
  plugins: DIST
    ? [
        {
          // npm run test:dist: the CLI's sources, when a test runs them in-process, use the built
          // library entry, as dist/cli.js does (it imports ./index.js).
          name: 'cli-imports-dist',
          enforce: 'pre',
          resolveId(source, importer) {
            return source === '../index.js' && importer?.replaceAll('\\', '/').includes('/src/cli/') ? distIndex : null
          },
        },
      ]
    : [],
  resolve: {
    alias: [
      // npm run test:dist: the tests' imports of the public entries go to the built package instead.
      ...(DIST
        ? [
            {
              find: /^(?:\.\.\/)+src\/((?:ecom\/|catalog\/)?index)\.js$/,
              replacement: fileURLToPath(new URL('./dist/$1.js', import.meta.url)),
            },
          ]
        : []),
      // The package by its public name (examples/ import it so): the sources, or under test:dist the
      // built entries, as a project that installed the package gets them.
      {
        find: /^wix-catalog-reference\/(ecom|catalog)$/,
        replacement: fileURLToPath(new URL(DIST ? './dist/$1/index.js' : './src/$1/index.ts', import.meta.url)),
      },
      {
        find: /^wix-catalog-reference$/,
        replacement: fileURLToPath(new URL(DIST ? './dist/index.js' : './src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // npm run fuzz (FUZZ_RUNS): every test may run long — a limit, not an assertion. Per test, two
    // properties without their own limit timed out at 20 s in the 100k run of 2026-12-01.
    testTimeout: process.env['FUZZ_RUNS'] ? 3_600_000 : 20_000,
  },
})

export default config
