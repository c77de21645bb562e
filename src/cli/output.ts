import type { BuildIssue } from '../index.js'
import type { CliIo, ExitCode } from './main.js'
import { formatIssue } from './format.js'

/**
 * Characters a terminal may act on instead of showing: C0 controls but the newline (ESC starts ANSI
 * and OSC sequences), DEL, C1 controls (U+009B is a one-character CSI), the line separators and the
 * bidirectional overrides ("Trojan Source").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * `text` with every terminal control character written as a JSON escape (`\u001b`), so product data
 * cannot move the cursor, retitle the window or hide text. JSON output stays valid JSON: outside
 * strings it holds no such character, and inside one the escape reads back as the same character.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

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
