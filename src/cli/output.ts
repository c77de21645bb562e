import type { BuildIssue } from '../index.js'
import type { CliIo, ExitCode } from './main.js'
import { formatIssue } from './format.js'

/**
 * What a command produced, printed by {@link printOutcome}: `text` (or `json` with `--json`) on
 * stdout, and, without `--json`, every issue as one line on stderr. A new command (e.g. `price`)
 * returns one of these and gets `--json` for free.
 */
export interface Outcome {
  /** The exit code: 0 done, 1 issues. */
  readonly code: ExitCode
  /** The result with `--json`; issues are part of it. */
  readonly json: unknown
  /** The result as text for a person, if there is one. */
  readonly text?: string
  /** Printed on stderr, one per line, without `--json`. */
  readonly issues: readonly BuildIssue[]
}

/** Prints an outcome as text (issues on stderr) or, with `json`, as one JSON document on stdout. */
export function printOutcome(io: CliIo, outcome: Outcome, json: boolean): ExitCode {
  if (json) {
    io.stdout(`${JSON.stringify(outcome.json, null, 2)}\n`)
  } else {
    if (outcome.text !== undefined) io.stdout(`${outcome.text.trimEnd()}\n`)
    for (const issue of outcome.issues) io.stderr(`${formatIssue(issue)}\n`)
  }
  return outcome.code
}

/** Issues that leave nothing to show: not a Stores product, or one without its variants. */
const PRODUCT_ISSUES: ReadonlySet<BuildIssue['code']> = new Set([
  'invalid_product',
  'unknown_catalog_version',
  'missing_variants',
])

/**
 * The outcome for a product that cannot be read (`issues` hold one of the product issues): no table,
 * `{ "issues": [...] }` with `--json` (those issues only), exit 1. `undefined` when the product can be read.
 */
export function unreadable(issues: readonly BuildIssue[]): Outcome | undefined {
  const fatal = issues.filter((issue) => PRODUCT_ISSUES.has(issue.code))
  return fatal.length > 0 ? { code: 1, json: { issues: fatal }, issues: fatal } : undefined
}
