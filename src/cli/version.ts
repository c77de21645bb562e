/** The package version `--version` prints (test/cli/cli.test.ts checks it against package.json). */
export const VERSION: string = '0.1.0'
