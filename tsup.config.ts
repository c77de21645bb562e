import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'ecom/index': 'src/ecom/index.ts',
    'catalog/index': 'src/catalog/index.ts',
    cli: 'src/cli/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2020',
  splitting: true,
  treeshake: true,
  external: [/^@wix\//],
})
