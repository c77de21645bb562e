import { parseArgs } from 'node:util'
import type { BuildOptions, Selection } from '../index.js'

/** A command line that cannot be run: exit code 2, one line on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError' as const
}

/** What the command line asks for. */
export type Command =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | {
      readonly command: 'build'
      readonly file: string
      readonly selection: Selection
      readonly options: BuildOptions
      /** `--quantity` was given: print a line item `{ catalogReference, quantity }`. */
      readonly lineItem: boolean
      /** `--json`: print the result, issues included, as JSON on stdout. */
      readonly json: boolean
    }
  | {
      readonly command: 'states'
      readonly file: string
      readonly selection: Selection
      /** Only `catalogVersion` (`--catalog-version`). */
      readonly options: BuildOptions
      readonly json: boolean
    }
  | PreviewCommand<'price'>
  | PreviewCommand<'view'>

/** `price` (the price preview) or `view` (the whole product view): every selection flag, and `--json`. */
interface PreviewCommand<C extends 'price' | 'view'> {
  readonly command: C
  readonly file: string
  readonly selection: Selection
  readonly options: BuildOptions
  readonly json: boolean
}

const OPTIONS = {
  option: { type: 'string', multiple: true },
  modifier: { type: 'string', multiple: true },
  subscription: { type: 'string' },
  variant: { type: 'string' },
  quantity: { type: 'string' },
  'choice-value': { type: 'string' },
  'catalog-version': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

const BUILD_ONLY = ['modifier', 'subscription', 'variant', 'quantity', 'choice-value'] as const

/** `NAME=VALUE` pairs into a map; the first `=` splits, so values may hold `=`. */
function pairs(flag: string, what: string, values: readonly string[] | undefined): Record<string, string> | undefined {
  if (values === undefined || values.length === 0) return undefined
  const map: Record<string, string> = {}
  for (const value of values) {
    const at = value.indexOf('=')
    if (at <= 0) {
      throw new UsageError(`--${flag} takes NAME=${what}, e.g. --${flag} "Size=L"; got ${JSON.stringify(value)}`)
    }
    const name = value.slice(0, at)
    if (Object.hasOwn(map, name)) {
      throw new UsageError(`--${flag} ${JSON.stringify(name)} is given twice`)
    }
    Object.defineProperty(map, name, {
      value: value.slice(at + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return map
}

/** `--catalog-version V1|V3` (any case) as `BuildOptions.catalogVersion`. */
function catalogVersion(value: string | undefined): BuildOptions {
  if (value === undefined) return {}
  const version = value.trim().toUpperCase()
  if (version !== 'V1' && version !== 'V3') {
    throw new UsageError(`--catalog-version takes V1 or V3; got ${JSON.stringify(value)}`)
  }
  return { catalogVersion: version }
}

/** node:util's messages, in this command's style: `unknown flag --colour`, `--option needs a value`. */
function cleanParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const flag = /'(-[^' ]+)/.exec(message)?.[1]
  if (flag !== undefined) {
    if (message.startsWith('Unknown option')) return `unknown flag ${flag}`
    if (message.includes('argument missing')) return `${flag} needs a value`
    if (message.includes('does not take an argument')) return `${flag} takes no value`
  }
  return message.replace(/\s+/g, ' ').trim()
}

const COMMANDS = ['build', 'states', 'price', 'view'] as const
const isCommand = (word: string): word is (typeof COMMANDS)[number] => (COMMANDS as readonly string[]).includes(word)

type Values = ReturnType<
  typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>
>['values']

/** The selection the flags of build, price and view name (`options`: the parsed `--option` pairs). */
function selectionOf(values: Values, options: Record<string, string> | undefined): Selection {
  const selection: {
    options?: Record<string, string>
    modifiers?: Record<string, string>
    subscriptionOptionId?: string
    variantId?: string
    quantity?: number
  } = {}
  if (options !== undefined) selection.options = options
  const modifiers = pairs('modifier', 'VALUE', values.modifier)
  if (modifiers !== undefined) selection.modifiers = modifiers
  if (values.subscription !== undefined) selection.subscriptionOptionId = values.subscription
  if (values.variant !== undefined) selection.variantId = values.variant
  if (values.quantity !== undefined) {
    if (!/^[+-]?\d+(?:\.\d+)?$/.test(values.quantity.trim())) {
      throw new UsageError(`--quantity takes a number, e.g. --quantity 2; got ${JSON.stringify(values.quantity)}`)
    }
    selection.quantity = Number(values.quantity)
  }
  return selection
}

/**
 * Reads `argv` (without `node` and the script): `build <file> [flags]`, `states <file> [--option …]
 * [--catalog-version …]`, `price <file> [flags]`, `view <file> [flags]`,
 * `--help`, `--version`; `--json` goes with any command.
 * @throws {UsageError} for anything else.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>
  >
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(cleanParseError(error))
  }
  const { values, positionals } = parsed
  const [command, file, ...rest] = positionals
  if (values.help === true || command === 'help') return { command: 'help' }
  if (values.version === true) return { command: 'version' }
  if (command === undefined) throw new UsageError('missing command: build, states, price or view')
  if (!isCommand(command)) {
    throw new UsageError(`unknown command ${JSON.stringify(command)}: use build, states, price or view`)
  }
  if (file === undefined) throw new UsageError(`${command} needs a product JSON file: ${command} <product.json>`)
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}: give one product file`)

  const options = pairs('option', 'CHOICE', values.option)
  const version = catalogVersion(values['catalog-version'])
  if (command === 'states') {
    const extra = BUILD_ONLY.find((flag) => values[flag] !== undefined)
    if (extra !== undefined) throw new UsageError(`--${extra} is an option of build, price and view, not states`)
    return {
      command,
      file,
      selection: options === undefined ? {} : { options },
      options: version,
      json: values.json === true,
    }
  }

  const selection = selectionOf(values, options)
  const choiceValue = values['choice-value']
  if (choiceValue !== undefined && choiceValue !== 'key' && choiceValue !== 'name') {
    throw new UsageError(`--choice-value takes key or name; got ${JSON.stringify(choiceValue)}`)
  }
  const buildOptions: BuildOptions = {
    ...version,
    ...(choiceValue === undefined ? {} : { modifierChoiceValue: choiceValue }),
  }
  const json = values.json === true
  if (command !== 'build') return { command, file, selection, options: buildOptions, json }
  return { command, file, selection, options: buildOptions, lineItem: values.quantity !== undefined, json }
}
