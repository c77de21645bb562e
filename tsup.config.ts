import { defineConfig, type Options } from 'tsup'

const config: Options = defineConfig({
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
  target: 'es2022',
  splitting: true,
  treeshake: true,
  external: [/^@wix\//],
}) as Options

export default config
