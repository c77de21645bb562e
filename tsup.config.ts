import { defineConfig, type Options } from 'tsup'

/*
 * The build ships the sources as they are: no property is renamed (docs/decisions.md, "The built
 * package is the source"), every file has a sourcemap with its sources, and the CLI is one ESM file
 * that imports the package's own entry, so the command runs the very code users import.
 */
const library: Options = {
  entry: {
    index: 'src/index.ts',
    'ecom/index': 'src/ecom/index.ts',
    'catalog/index': 'src/catalog/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: false, // npm run build empties dist/ first: the two configs build side by side
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
  external: [/^@wix\//],
}

const cli: Options = {
  entry: { cli: 'src/cli/index.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
  external: [/^@wix\//],
  esbuildPlugins: [
    {
      // The CLI's imports of the library entry stay imports of dist/index.js (not a second copy).
      name: 'library-entry',
      setup(build) {
        build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
          args.importer.includes('/src/cli/') ? { path: './index.js', external: true } : undefined,
        )
      },
    },
  ],
}

const config: Options[] = defineConfig([library, cli]) as Options[]

export default config
