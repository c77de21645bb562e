// Mutation testing of the core (`npm run mutation`): every file of src/ except the eCommerce
// wrappers, the catalog plugin and the CLI, against the core example tests (test/core) and the
// property tests (test/properties). Reports: reports/mutation/ (HTML and JSON; git-ignored).
//
// The property tests read their number of runs from FUZZ_RUNS (see test/generators/util.ts). Each
// mutant re-runs the properties that cover it, so they run fewer times here than in CI; set
// FUZZ_RUNS yourself to trade time for a stronger run (FUZZ_RUNS=500 npm run mutation).
process.env.FUZZ_RUNS ??= '150'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: false },
  testFiles: ['test/core/**/*.test.ts', 'test/properties/**/*.test.ts'],
  mutate: ['src/**/*.ts', '!src/ecom/**', '!src/catalog/**', '!src/cli/**', '!src/index.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) would need every test per mutant; the constants are
  // checked by test/core (issue codes, app ids, limits) and the limit properties.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 60_000,
  timeoutFactor: 3,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['dist', 'reports', 'coverage', '.tmp'],
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  // Later runs retest only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
}

export default config
