import { readFile } from 'node:fs/promises'
import {
  type BuildIssue,
  detectCatalogVersion,
  getChoiceStates,
  safeBuildCatalogReference,
  safeBuildLineItem,
  type CatalogProduct,
} from '../index.js'
import { type Command, parseCommand, UsageError } from './args.js'
import { escapeControls, inline } from './escape.js'
import { formatStatesTable, formatTitle } from './format.js'
import { HELP } from './help.js'
import { type Outcome, printOutcome, unreadable } from './output.js'
import { price } from './price.js'
import { type ReadFile, readProductFile } from './product-file.js'
import { VERSION } from './version.js'
import { view } from './view.js'

/**
 * Where the command line reads and writes; `main` never touches `process` itself, so tests run it
 * in-process.
 * @example
 * ```ts
 * const io: CliIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }
 * ```
 */
export interface CliIo {
  /** Writes to standard output (each call ends with a newline). */
  readonly stdout: (text: string) => void
  /** Writes to standard error (each call ends with a newline). */
  readonly stderr: (text: string) => void
  /** Reads a file as UTF-8; `-` is stdin. Default: `node:fs`. */
  readonly readFile?: ReadFile
}

/**
 * Exit codes: 0 done, 1 issues with the product or selection, 2 usage or file error, 3 the output
 * could not be written (full disk, closed pipe).
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), io)
 * ```
 */
export type ExitCode = 0 | 1 | 2 | 3

/** A write to stdout or stderr failed: exit code 3. */
export class OutputError extends Error {
  override readonly name = 'OutputError' as const
}

/** Why a write or a read failed, in a few words: `no space left on device (ENOSPC)`. */
export function describeSystemError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  const message = error instanceof Error ? error.message : String(error)
  const text = (message.split('\n')[0] ?? message).replace(/^[A-Z]+: /, '').replace(/, (write|read|open)\b.*$/, '')
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

const readFromDisk: ReadFile = (path) => (path === '-' ? readStdin() : readFile(path, 'utf8'))

/** Issues with the names given to `states --option`. */
const NAMING_ISSUES: ReadonlySet<BuildIssue['code']> = new Set(['unknown_option', 'unknown_choice', 'ambiguous_name'])

function build(product: unknown, command: Extract<Command, { command: 'build' }>): Outcome {
  const result = command.lineItem
    ? safeBuildLineItem(product as CatalogProduct, command.selection, command.options)
    : safeBuildCatalogReference(product as CatalogProduct, command.selection, command.options)
  if (!result.success) return { code: 1, json: { issues: result.error.issues }, issues: result.error.issues }
  return { code: 0, json: result.data, text: JSON.stringify(result.data, null, 2), issues: [] }
}

function states(product: unknown, command: Extract<Command, { command: 'states' }>): Outcome {
  const check = safeBuildCatalogReference(product as CatalogProduct, command.selection, {
    ...command.options,
    availability: 'ignore',
  })
  const issues = check.success ? [] : check.error.issues
  const stop = unreadable(issues)
  if (stop !== undefined) return stop
  const picker = getChoiceStates(product as CatalogProduct, command.selection, command.options)
  const naming = issues.filter((issue) => NAMING_ISSUES.has(issue.code))
  const id = (product as { _id?: unknown; id?: unknown })._id ?? (product as { id?: unknown }).id
  const title = formatTitle(
    (product as { name?: unknown }).name,
    command.options.catalogVersion ?? detectCatalogVersion(product),
    id,
  )
  const lines = [title, '']
  if (picker.options.length === 0) lines.push('(no options)')
  else lines.push(formatStatesTable(picker))
  lines.push('')
  if (picker.variantId !== undefined) lines.push(`variantId: ${inline(picker.variantId)}`)
  const open = picker.options
    .filter((option) => option.selectedChoiceId === undefined)
    .map((option) => inline(option.name))
  if (open.length > 0) lines.push(`still to choose: ${open.join(', ')}`)
  return {
    code: naming.length > 0 ? 1 : 0,
    json: { ...picker, issues: naming },
    text: lines.join('\n'),
    issues: naming,
  }
}

/** `io` with control characters escaped and failed writes turned into an {@link OutputError}. */
function guarded(io: CliIo): CliIo {
  const guard =
    (write: (text: string) => void) =>
    (text: string): void => {
      try {
        write(escapeControls(text))
      } catch (error) {
        throw new OutputError(describeSystemError(error))
      }
    }
  return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr) }
}

/**
 * Runs the command line: `build <product.json> [flags]`, `states <product.json> [--option …]`,
 * `price <product.json> [flags]`, `view <product.json> [flags]`,
 * `--help` or `--version` (see docs/cli.md). Everything printed has its control characters escaped.
 * @param argv The arguments after the script, as in `process.argv.slice(2)`.
 * @returns The exit code: 0 done, 1 issues with the product or selection (one per line on
 * stderr, or as JSON on stdout with `--json`), 2 a usage or file error (one line on stderr), 3 the
 * output could not be written (one line on stderr, if it can be written). Never throws.
 * @example
 * ```ts
 * const out: string[] = []
 * const code = await main(['build', 'coffee.json', '--option', 'Size=L'], {
 *   stdout: (text) => out.push(text),
 *   stderr: (text) => out.push(text),
 * })
 * ```
 */
export async function main(argv: readonly string[], raw: CliIo): Promise<ExitCode> {
  const io = guarded(raw)
  try {
    const command = parseCommand(argv)
    if (command.command === 'help' || command.command === 'version') {
      io.stdout(command.command === 'help' ? HELP : `${VERSION}\n`)
      return 0
    }
    const product = await readProductFile(command.file, io.readFile ?? readFromDisk)
    const outcome =
      command.command === 'build'
        ? build(product, command)
        : command.command === 'price'
          ? price(product, command)
          : command.command === 'view'
            ? view(product, command)
            : states(product, command)
    return printOutcome(io, outcome, command.json)
  } catch (error) {
    const [code, message]: [ExitCode, string] =
      error instanceof UsageError
        ? [2, `${error.message} (see --help)`]
        : error instanceof OutputError
          ? [3, `cannot write the output: ${error.message}`]
          : [2, `unexpected error: ${describeSystemError(error)}`]
    try {
      io.stderr(`wix-catalog-reference: ${message.replace(/\s+/g, ' ')}\n`)
    } catch {
      // stderr failed too: the exit code is all that is left.
    }
    return code
  }
}

/** The process's output streams, as {@link run} writes to them. */
export interface CliStreams {
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
}

/** Resolves once everything written before to `stream` has been written or has failed. */
function flushed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write('', () => setImmediate(resolve))
  })
}

/**
 * Runs {@link main} on real streams. A stream that fails (`> /dev/full`, a closed pipe) reports its
 * error asynchronously, after `main` returned: that ends in exit code 3 and one line on stderr
 * (`cannot write the output: no space left on device (ENOSPC)`), never in a stack trace.
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), process)
 * ```
 */
export async function run(argv: readonly string[], streams: CliStreams): Promise<ExitCode> {
  let failure: string | undefined
  const onError = (error: unknown): void => {
    failure ??= describeSystemError(error)
  }
  streams.stdout.on('error', onError)
  streams.stderr.on('error', onError)
  const code = await main(argv, {
    stdout: (text) => {
      streams.stdout.write(text)
    },
    stderr: (text) => {
      streams.stderr.write(text)
    },
  })
  await flushed(streams.stdout)
  await flushed(streams.stderr)
  if (failure === undefined) return code
  streams.stderr.write(`wix-catalog-reference: cannot write the output: ${failure}\n`)
  await flushed(streams.stderr)
  return 3
}
