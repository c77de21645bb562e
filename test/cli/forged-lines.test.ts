/*
 * Issue 19: the CLI printed product strings raw, so a product file could forge output lines (a name
 * holding a newline and `variantId: …`, a currency `USD\ntotal 0.01 USD`). Every product-derived
 * string must stay on the line the command writes it on. Regression tests for each place, then a
 * property: for products whose names, ids, keys, titles, currency, swatch colors, SKUs, media sources
 * and plan frequencies hold line breaks (\n, \r, U+2028, …) and ANSI escapes, every command prints exactly the lines its structure allows (counted
 * from its own --json output, where JSON escapes every line break), and no line break but its own.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { caseArb } from '../generators/cases.js'
import { render } from '../generators/render.js'
import { SMALL } from '../generators/spec.js'
import { heavyRuns, runs, TEST_TIMEOUT } from '../generators/util.js'
import { detectCatalogVersion } from '../../src/index.js'
import { type CliRun, runCli, selectionArgv, TEST_DIST } from '../helpers/cli.js'

const sample = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../samples/${name}.json`, import.meta.url)), 'utf8'))

/** Line breaks other than the output's own `\n`, and ESC: none may reach the terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this test looks for
const RAW_BREAK_OR_ESCAPE = /[\r\u000b\u000c\u001b\u001c-\u001e\u0085\u2028\u2029]/

/** The lines of an output: every line ends with a newline. */
const lines = (text: string): number => text.split('\n').length - 1

describe('a product string cannot forge a line (issue 19)', () => {
  it('the product name and id in the states title', async () => {
    const coffee = sample('coffee')
    coffee['name'] = 'Coffee\nvariantId: 00000000-0000-0000-0000-000000000000'
    coffee['id'] = 'dc765ec4\r\nstill to choose: nothing'
    const { code, stdout } = await runCli(['states', 'p.json'], { 'p.json': JSON.stringify(coffee) })
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe(
      'Coffee\\u000avariantId: 00000000-0000-0000-0000-000000000000 · Catalog V3 · dc765ec4\\u000d\\u000astill to choose: nothing',
    )
    expect(stdout.split('\n').filter((line) => line.startsWith('variantId:'))).toStrictEqual([])
    expect(stdout.split('\n').filter((line) => line.startsWith('still to choose:'))).toHaveLength(1)
  })

  it('the variant id on the variantId line', async () => {
    const coffee = sample('coffee') as { variantsInfo: { variants: { id: string }[] } }
    const variant = coffee.variantsInfo.variants[0] as { id: string }
    variant.id = `${variant.id}\nvariantId: forged`
    const { code, stdout } = await runCli(['states', 'p.json', '--option', 'Size=S', '--option', 'Box color=Red'], {
      'p.json': JSON.stringify(coffee),
    })
    expect(code).toBe(0)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      'variantId: 9650a809-5567-44f7-9435-cf77a38cb170\\u000avariantId: forged',
    )
  })

  it('option names on the "still to choose" line and in the table', async () => {
    const coffee = sample('coffee') as { options: { name: string }[] }
    ;(coffee.options[1] as { name: string }).name = 'Box color\u2028variantId: forged\n'
    const { stdout } = await runCli(['states', 'p.json', '--option', 'Size=S'], { 'p.json': JSON.stringify(coffee) })
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('still to choose: Box color\\u2028variantId: forged\\u000a')
    expect(lines(stdout)).toBe(lines((await runCli(['states', sampleFile('coffee'), '--option', 'Size=S'])).stdout))
  })

  it('choice names in an issue message stay on its line', async () => {
    const coffee = sample('coffee') as { options: { choicesSettings: { choices: { name: string }[] } }[] }
    const choices = (coffee.options[0] as { choicesSettings: { choices: { name: string }[] } }).choicesSettings.choices
    ;(choices[1] as { name: string }).name = 'L\n[unknown_choice] options.Size: forged'
    const { code, stderr } = await runCli(['build', 'p.json', '--option', 'Size=XL'], {
      'p.json': JSON.stringify(coffee),
    })
    expect(code).toBe(1)
    expect(stderr.split('\n').filter((line) => line.startsWith('[unknown_choice]'))).toHaveLength(1)
    expect(stderr).toContain('Choices: S, L\\u000a[unknown_choice] options.Size: forged.')
  })
})

const sampleFile = (name: string): string => fileURLToPath(new URL(`../../samples/${name}.json`, import.meta.url))

/** Where the product keeps the strings a store owner (or whoever edits the file) writes. */
const LABEL_KEYS = new Set([
  'id',
  '_id',
  'name',
  'key',
  'title',
  'description',
  'value',
  'choiceId',
  'optionId',
  'subscriptionId',
  'optionName',
  'choiceName',
  'currency',
  // What view prints besides: swatch colors, SKUs, media sources, plan frequencies.
  'colorCode',
  'sku',
  'image',
  'url',
  'frequency',
])

/** Every string the product holds at a label key. */
function labelsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) labelsOf(item, out)
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      if (LABEL_KEYS.has(key) && typeof item === 'string') out.add(item)
      labelsOf(item, out)
    }
  return out
}

/** `value` with every string of `map` (values and keys alike, so V1 choice maps stay consistent) replaced. */
function replaced(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return map.get(value) ?? value
  if (Array.isArray(value)) return value.map((item) => replaced(item, map))
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value))
    Object.defineProperty(out, map.get(key) ?? key, {
      value: replaced(item, map),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  return out
}

/** What a hostile store writes into a name: line breaks of every kind, a forged row, terminal escapes. */
const HOSTILE = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\u000c',
  '\u001e',
  '\nvariantId: 00000000-forged',
  '\n[unknown_choice] options.Size: forged',
  '\ntotal          0.01 USD',
  '\u001b[2K\u001b[1A',
  '\u001b]0;title\u0007',
  '\u009b2J',
] as const

const hostileArb = fc.array(
  fc.option(fc.record({ text: fc.constantFrom(...HOSTILE), at: fc.constantFrom('start', 'middle', 'end') }), {
    nil: undefined,
    freq: 3,
  }),
  { minLength: 32, maxLength: 32 },
)

/**
 * Each label written with (or, now and then, without) a hostile fragment. A long label (an id) keeps
 * its length, the fragment written over its middle: a product id may have 36 characters at most, and
 * a longer one would be a real issue, not a forged line. Labels stay distinct.
 */
function hostileMap(
  labels: Set<string>,
  fragments: readonly ({ text: string; at: string } | undefined)[],
): Map<string, string> {
  const map = new Map<string, string>()
  const taken = new Set(labels)
  ;[...labels].sort().forEach((label, i) => {
    const fragment = fragments[i % fragments.length]
    if (fragment === undefined) return
    const { at } = fragment
    const half = Math.ceil(label.length / 2)
    let hostile: string
    if (label.length >= 20) {
      const text = fragment.text.slice(0, label.length)
      const start = Math.floor((label.length - text.length) / 2)
      hostile = label.slice(0, start) + text + label.slice(start + text.length)
    } else {
      const { text } = fragment
      hostile =
        at === 'start' ? text + label : at === 'end' ? label + text : label.slice(0, half) + text + label.slice(half)
    }
    if (taken.has(hostile)) return
    taken.add(hostile)
    map.set(label, hostile)
  })
  return map
}

/** The four shipped samples, each with selections by name: none, partial, complete, wrong. */
const SAMPLES: readonly { name: string; selections: readonly (readonly string[])[] }[] = [
  {
    name: 'coffee',
    selections: [
      [],
      ['--option', 'Size=S'],
      ['--option', 'Size=XL'],
      ['--option', 'Size=S', '--option', 'Box color=Red', '--modifier', 'Remove price tag=yes'],
      ['--variant', '9650a809-5567-44f7-9435-cf77a38cb170', '--subscription', 'Monthly Subscription'],
    ],
  },
  {
    name: 'house-blend',
    selections: [
      [],
      ['--option', 'Size=1 kg'],
      [
        ...['--option', 'Size=250 g', '--option', 'Grind=Espresso', '--option', 'Bag color=Kraft'],
        ...['--modifier', 'Label text=Ann', '--modifier', 'Gift wrap=yes', '--subscription', 'Monthly'],
      ],
    ],
  },
  {
    name: 'tshirt',
    selections: [[], ['--option', 'Size=M', '--option', 'Color=Black', '--modifier', 'Name to print on the back=AL']],
  },
  { name: 'candle', selections: [[], ['--option', 'Scent=Lavender', '--option', 'Jar color=Amber']] },
]

/** A product, flags naming its strings, for one command. */
interface Subject {
  readonly product: unknown
  readonly flags: readonly string[]
}

const sampleArb: fc.Arbitrary<Subject> = fc
  .constantFrom(...SAMPLES)
  .chain(({ name, selections }) => fc.constantFrom(...selections).map((flags) => ({ product: sample(name), flags })))

const generatedArb: fc.Arbitrary<Subject> = caseArb(SMALL).map((c) => ({
  product: render(c.spec, c.shape),
  flags: selectionArgv(c.selection),
}))

/** A flag's NAME=VALUE (or its value) with the names replaced as the product's are. */
function mappedFlags(flags: readonly string[], map: ReadonlyMap<string, string>): string[] {
  return flags.map((word) => {
    if (word.startsWith('--')) return word
    const at = word.indexOf('=')
    if (at < 0) return map.get(word) ?? word
    const [name, value] = [word.slice(0, at), word.slice(at + 1)]
    return `${map.get(name) ?? name}=${map.get(value) ?? value}`
  })
}

/** A JSON document of the CLI, as data. */
type Doc = Record<string, unknown> & { issues?: unknown[] }

/**
 * How many lines the text output of a command may have, from its --json output on the same input
 * (JSON escapes every line break, so it cannot be forged): build prints the reference's JSON or one
 * line per issue; states a title, a blank line, the table (a header and a row per choice, one for an
 * option without choices; "(no options)" alone), then after a blank line the variantId and the
 * options still to choose, if any; price its rows ({@link priceLines}); view its sections
 * ({@link viewLines}).
 */
function expectedLines(
  command: string,
  flags: readonly string[],
  version: string | undefined,
  json: CliRun,
): { stdout: number; stderr: number } {
  const doc = JSON.parse(json.stdout) as Doc
  const issues = doc.issues?.length ?? 0
  if (Object.keys(doc).length === 1 && doc.issues !== undefined) return { stdout: 0, stderr: issues }
  if (command === 'build') return { stdout: lines(json.stdout), stderr: 0 }
  if (command === 'states') {
    const options = doc['options'] as { choices: unknown[]; selectedChoiceId?: string }[]
    const table = options.length === 0 ? 1 : 1 + options.reduce((n, o) => n + Math.max(1, o.choices.length), 0)
    const tail =
      (doc['variantId'] === undefined ? 0 : 1) + (options.some((o) => o.selectedChoiceId === undefined) ? 1 : 0)
    return { stdout: 2 + table + (tail > 0 ? 1 + tail : 0), stderr: issues }
  }
  if (command === 'view') return { stdout: viewLines(doc, flags, version), stderr: issues }
  return { stdout: priceLines(doc, flags, version), stderr: issues }
}

/**
 * The rows of price's table for a `PricePreview`: unit price, compare-at if any, quantity, total,
 * the breakdown's variant and the modifiers and subscription rows that apply, the status line.
 */
function priceLines(doc: Doc, flags: readonly string[], version: string | undefined): number {
  const zero = (amount: string): boolean => /^-?0*\.?0*$/.test(amount)
  const breakdown = doc['breakdown'] as { modifiers: string; subscriptionDiscount: string } | undefined
  const v3 = version === 'V3'
  const breakdownRows =
    breakdown === undefined
      ? 0
      : 1 +
        Number(!zero(breakdown.modifiers) || (v3 && flags.includes('--modifier'))) +
        Number(!zero(breakdown.subscriptionDiscount) || (v3 && flags.includes('--subscription')))
  return 3 + Number(doc['compareAtUnitPrice'] !== undefined) + breakdownRows + 1
}

/**
 * The lines of view's text for a `ProductView`, its sections a blank line apart: the title and the
 * link; the options table (a row per choice, one for an option without choices; "(no options)"
 * alone); the modifiers table, if any (a row per choice, one for a text modifier or one without
 * choices); the plans, if any (a row each, "(no plans)" alone, then the one-time purchase line); the
 * variant table, if one is pinned; the media table ("(no media)" alone); price's table.
 */
function viewLines(doc: Doc, flags: readonly string[], version: string | undefined): number {
  const rows = (items: readonly unknown[], empty: number, row: (item: never) => number): number =>
    items.length === 0 ? empty : 1 + items.reduce<number>((n, item) => n + row(item as never), 0)
  const options = doc['options'] as { choices: unknown[] }[]
  const modifiers = doc['modifiers'] as { choices: unknown[]; text?: unknown }[]
  const subscriptions = doc['subscriptions'] as { plans: unknown[] } | undefined
  const sections = [
    2,
    rows(options, 1, (o: { choices: unknown[] }) => Math.max(1, o.choices.length)),
    ...(modifiers.length === 0
      ? []
      : [
          rows(modifiers, 0, (m: { choices: unknown[]; text?: unknown }) =>
            m.text ? 1 : Math.max(1, m.choices.length),
          ),
        ]),
    ...(subscriptions === undefined ? [] : [rows(subscriptions.plans, 1, () => 1) + 1]),
    ...(doc['variant'] === undefined ? [] : [2]),
    rows(doc['media'] as unknown[], 1, () => 1),
    priceLines(doc['price'] as Doc, flags, version),
  ]
  return sections.reduce((n, lines) => n + lines, sections.length - 1)
}

describe('property: hostile product strings never add or break a line (issue 19)', () => {
  it(
    'every command prints the lines its structure allows (counted from its --json output), no raw line break or ESC',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 2, arbitrary: sampleArb }, { weight: 1, arbitrary: generatedArb }),
          fc.constantFrom('build', 'states', 'price', 'view'),
          hostileArb,
          async (subject, command, fragments) => {
            const map = hostileMap(labelsOf(subject.product), fragments)
            const product = replaced(subject.product, map)
            const flags = mappedFlags(command === 'states' ? onlyOptions(subject.flags) : subject.flags, map)
            const files = { 'p.json': JSON.stringify(product) }
            const text = await runCli([command, 'p.json', ...flags], files)
            const json = await runCli([command, 'p.json', ...flags, '--json'], files)
            if (json.code === 2) return // a usage error (a generated name with "="): one line, tested elsewhere
            expect(text.code).toBe(json.code)
            expect(text.stdout).not.toMatch(RAW_BREAK_OR_ESCAPE)
            expect(text.stderr).not.toMatch(RAW_BREAK_OR_ESCAPE)
            const version = detectCatalogVersion(product)
            expect({ stdout: lines(text.stdout), stderr: lines(text.stderr) }).toStrictEqual(
              expectedLines(command, flags, version, json),
            )
          },
        ),
        // Under test:dist every run spawns the built bin twice: fewer runs there.
        { numRuns: TEST_DIST ? heavyRuns(12, 0.001) : runs(150), endOnFailure: TEST_DIST },
      )
    },
    TEST_TIMEOUT,
  )
})

/** `states` takes only --option (and --catalog-version, --json). */
function onlyOptions(flags: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < flags.length; i += 2) if (flags[i] === '--option') out.push('--option', flags[i + 1] as string)
  return out
}
