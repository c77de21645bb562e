#!/usr/bin/env node
/*
 * The `wix-catalog-reference` command (package.json `bin`, built to dist/cli.js). Only runs
 * `run`: the logic lives in ./main.ts, which tests call in-process.
 */
import { run } from './main.js'

void run(process.argv.slice(2), process).then((code) => {
  process.exitCode = code
})
