#!/usr/bin/env node
/*
 * The `wix-catalog-reference` command (package.json `bin`, built to dist/cli.js). Only runs
 * `main`: the logic lives in ./main.ts, which tests call in-process.
 */
import { main } from './main.js'

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code
})
