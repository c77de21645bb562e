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
import { formatIssue, formatStatesTable } from './format.js'
import { HELP } from './help.js'
import { price } from './price.js'
import { type ReadFile, readProductFile } from './product-file.js'

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
 * Exit codes: 0 done, 1 issues with the product or selection, 2 usage or file error.
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), io)
 * ```
 */
export type ExitCode = 0 | 1 | 2

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

const readFromDisk: ReadFile = (path) => (path === '-' ? readStdin() : readFile(path, 'utf8'))

/** Issues that leave nothing to show a picker for. */
const PRODUCT_ISSUES: ReadonlySet<BuildIssue['code']> = new Set(['invalid_product', 'unknown_catalog_version', 'missing_variants'])
/** Issues with the names given to `states --option`. */
const NAMING_ISSUES: ReadonlySet<BuildIssue['code']> = new Set(['unknown_option', 'unknown_choice', 'ambiguous_name'])

function writeIssues(io: CliIo, issues: readonly BuildIssue[]): void {
  for (const issue of issues) io.stderr(`${formatIssue(issue)}\n`)
}

function build(io: CliIo, product: unknown, command: Extract<Command, { command: 'build' }>): ExitCode {
  const result = command.lineItem
    ? safeBuildLineItem(product as CatalogProduct, command.selection, command.options)
    : safeBuildCatalogReference(product as CatalogProduct, command.selection, command.options)
  if (!result.success) {
    writeIssues(io, result.error.issues)
    return 1
  }
  io.stdout(`${JSON.stringify(result.data, null, 2)}\n`)
  return 0
}

function states(io: CliIo, product: unknown, command: Extract<Command, { command: 'states' }>): ExitCode {
  const check = safeBuildCatalogReference(product as CatalogProduct, command.selection, { availability: 'ignore' })
  const issues = check.success ? [] : check.error.issues
  const fatal = issues.filter((issue) => PRODUCT_ISSUES.has(issue.code))
  if (fatal.length > 0) {
    writeIssues(io, fatal)
    return 1
  }
  const picker = getChoiceStates(product as CatalogProduct, command.selection)
  const id = (product as { _id?: unknown; id?: unknown })._id ?? (product as { id?: unknown }).id
  const name = (product as { name?: unknown }).name
  const title = [typeof name === 'string' ? name : undefined, `Catalog ${detectCatalogVersion(product) ?? '?'}`, typeof id === 'string' ? id : undefined]
  const lines = [title.filter((part) => part !== undefined).join(' · '), '']
  if (picker.options.length === 0) lines.push('(no options)')
  else lines.push(formatStatesTable(picker))
  lines.push('')
  if (picker.variantId !== undefined) lines.push(`variantId: ${picker.variantId}`)
  const open = picker.options.filter((option) => option.selectedChoiceId === undefined).map((option) => option.name)
  if (open.length > 0) lines.push(`still to choose: ${open.join(', ')}`)
  io.stdout(`${lines.join('\n').trimEnd()}\n`)
  const naming = issues.filter((issue) => NAMING_ISSUES.has(issue.code))
  writeIssues(io, naming)
  return naming.length > 0 ? 1 : 0
}

/**
 * Runs the command line: `build <product.json> [flags]`, `states <product.json> [--option …]` or
 * `--help` (see README, "Command line").
 * @param argv The arguments after the script, as in `process.argv.slice(2)`.
 * @returns The exit code: 0 done, 1 issues with the product or selection (one per line on
 * stderr), 2 a usage or file error (one line on stderr). Never throws.
 * @example
 * ```ts
 * const out: string[] = []
 * const code = await main(['build', 'coffee.json', '--option', 'Size=L'], {
 *   stdout: (text) => out.push(text),
 *   stderr: (text) => out.push(text),
 * })
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const command = parseCommand(argv)
    if (command.command === 'help') {
      io.stdout(HELP)
      return 0
    }
    const product = await readProductFile(command.file, io.readFile ?? readFromDisk)
    if (command.command === 'price') return price(io, product, command)
    return command.command === 'build' ? build(io, product, command) : states(io, product, command)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`wix-catalog-reference: ${error.message} (see --help)\n`)
      return 2
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`wix-catalog-reference: unexpected error: ${message.replace(/\s+/g, ' ')}\n`)
    return 2
  }
}
