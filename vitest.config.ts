import { fileURLToPath } from 'node:url'
import { defineConfig, type ViteUserConfig } from 'vitest/config'

const config: ViteUserConfig = defineConfig({
  resolve: {
    alias: [
      // npm run test:dist: the tests' imports of the public entries go to the built package instead.
      ...(process.env['TEST_DIST'] ? [{ find: /^(?:\.\.\/)+src\/((?:ecom\/|catalog\/)?index)\.js$/, replacement: fileURLToPath(new URL('./dist/$1.js', import.meta.url)) }] : []),
      { find: /^wix-catalog-reference\/(ecom|catalog)$/, replacement: fileURLToPath(new URL('./src/$1/index.ts', import.meta.url)) },
      { find: /^wix-catalog-reference$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 20_000,
  },
})

export default config
