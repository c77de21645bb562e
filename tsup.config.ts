import { defineConfig, type Options } from 'tsup'

const INTERNAL_PROPS =
  /^(optionLookup|modifierLookup|subscriptionLookup|choiceIndex|aliases|reader|tuple|scan|productInStock|passThroughVariantId|subscriptionId|choiceValue|scanned|fingerprint|models|byKey|byId|blocked|variantIndex|outKey|kind|ambiguous|managed|productId|raw|named|tierMaps|lookups|bits|variantMemo|statesMemo|customText|modifierOptions|enforce|byStrike|byUnit|subscriptionPrice|compareAt|mandatory|tables|visible|inStock|lookup|chosen|model|variants|subscriptions|allowOneTimePurchases|scale|lines|failed|calls|strike|unit|bad|percent|given|subscription|mapKey)$/

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
  esbuildOptions(options) {
    // Internal-only property names of the product model and the engine, shortened in the build (the
    // size budget of issue #2). None is a Wix field, a public type's field or read through a string;
    // `npm run test:dist` runs the public-API tests against this build.
    options.mangleProps = INTERNAL_PROPS
  },
}) as Options

export default config
