// Mutation testing of the core (`npm run mutation`): every file of src/ except the eCommerce
// wrappers, the catalog plugin and the CLI, against the core example tests (test/core) and the
// property tests (test/properties). Reports: reports/mutation/ (HTML and JSON; git-ignored).
//
// The property tests read their number of runs from FUZZ_RUNS (see test/generators/util.ts). Each
// mutant re-runs the properties that cover it, so they run fewer times here than in CI; set
// FUZZ_RUNS yourself to trade time for a stronger run (FUZZ_RUNS=200 npm run mutation).
//
// MUTATION_GROUP=normalize|engine|emit|internal|top mutates one folder of src/ (top: the files at
// the top of src/), with its own reports (reports/mutation/<group>.json) and incremental file: on
// a slow or shared machine the groups can run one after another and each gives its score as soon
// as it ends (docs/mutation.md).
process.env.FUZZ_RUNS ??= '30'

const CORE = ['src/**/*.ts', '!src/ecom/**', '!src/catalog/**', '!src/cli/**', '!src/index.ts']
const GROUPS = {
  normalize: ['src/normalize/**/*.ts'],
  engine: ['src/engine/**/*.ts'],
  emit: ['src/emit/**/*.ts'],
  internal: ['src/internal/**/*.ts'],
  top: ['src/*.ts', '!src/index.ts'],
}
const group = process.env.MUTATION_GROUP
if (group !== undefined && !(group in GROUPS))
  throw new Error(`MUTATION_GROUP must be one of ${Object.keys(GROUPS).join(', ')}`)
const name = group ?? 'mutation'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: false },
  testFiles: ['test/core/**/*.test.ts', 'test/properties/**/*.test.ts'],
  mutate: group === undefined ? CORE : GROUPS[group],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) would need every test per mutant; the constants are
  // checked by test/core (issue codes, app ids, limits) and the limit properties.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  timeoutFactor: 3,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  ignorePatterns: ['dist', 'reports', 'coverage', '.tmp'],
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  // Later runs retest only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile:
    group === undefined ? 'reports/stryker-incremental.json' : `reports/stryker-incremental-${group}.json`,
}

export default config
