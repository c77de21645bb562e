/*
 * Regression tests for issue 12 #15 (output errors, control characters) and issue 13's CLI items
 * (every --help example succeeds, --version, --json), in-process against src/cli.
 */
import { readFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { HELP } from '../../src/cli/help.js'
import { run as runStreams } from '../../src/cli/main.js'
import { escapeControls } from '../../src/cli/escape.js'
import { runCli } from '../helpers/cli.js'
import { consumerFolder } from '../helpers/consumer.js'

const coffeePath = fileURLToPath(new URL('./fixtures/coffee.docs.json', import.meta.url))
const coffee = JSON.parse(readFileSync(coffeePath, 'utf8')).product

const run = runCli

/** The words of a shell command line: spaces split, double quotes group. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')
}

describe('--help examples (issue 13: the second example failed on the product it names)', () => {
  const examples = HELP.split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npx wix-catalog-reference '))
  /** A project with the package installed: the examples name the samples by their installed path. */
  const project = consumerFolder()

  it('lists examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3)
  })

  it.each(examples)('%s succeeds in a project that installed the package', async (line) => {
    const [npx, bin, ...argv] = shellWords(line)
    expect([npx, bin]).toStrictEqual(['npx', 'wix-catalog-reference'])
    expect(argv[1]).toMatch(/^node_modules\/wix-catalog-reference\/samples\/[a-z-]+\.json$/)
    const { code, stdout, stderr } = await runCli(argv, {}, { cwd: project })
    expect({ code, stderr }).toStrictEqual({ code: 0, stderr: '' })
    expect(stdout.length).toBeGreaterThan(0)
  })
})

describe('--version', () => {
  it.each([['--version'], ['-v'], ['build', 'x.json', '--version']])(
    '%s prints the package version, exit 0',
    async (...argv) => {
      const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
      expect(await run(argv)).toStrictEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    },
  )
})

describe('--json', () => {
  it('build: the issues as JSON on stdout, nothing on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await run(['build', coffeePath, '--option', 'Size=XL', '--json'])
    expect({ code, stderr }).toStrictEqual({ code: 1, stderr: '' })
    const { issues } = JSON.parse(stdout)
    expect(issues.map((issue: { code: string; path: unknown }) => [issue.code, issue.path])).toStrictEqual([
      ['unknown_choice', ['options', 'Size']],
      ['missing_option', ['options', 'Box color']],
    ])
    expect(issues[0]).toMatchObject({ option: 'Size', received: 'XL', expected: ['S', 'L'] })
  })

  it('build: the reference, as without --json, exit 0', async () => {
    const argv = ['build', coffeePath, '--option', 'Size=S', '--option', 'Box color=Red']
    const plain = await run(argv)
    expect(await run([...argv, '--json'])).toStrictEqual(plain)
    expect(JSON.parse(plain.stdout).options).toStrictEqual({ variantId: '9650a809-5567-44f7-9435-cf77a38cb170' })
  })

  it('states: the picker state as JSON, exit 0', async () => {
    const { code, stdout, stderr } = await run([
      'states',
      coffeePath,
      '--option',
      'Size=L',
      '--option',
      'Box color=Blue',
      '--json',
    ])
    expect({ code, stderr }).toStrictEqual({ code: 0, stderr: '' })
    const states = JSON.parse(stdout)
    expect(states.variantId).toBe('02f13ad1-40f1-4108-ae2e-9f48e17dfea7')
    expect(states.issues).toStrictEqual([])
    expect(
      states.options.map((o: { name: string; selectedChoiceId?: string }) => [o.name, o.selectedChoiceId]),
    ).toStrictEqual([
      ['Size', 'a75b02ff-6477-445a-a815-0e2a64edd076'],
      ['Box color', '11138ea7-a367-4053-b84f-d6065f2ac046'],
    ])
    expect(states.options[1].choices[1]).toStrictEqual({
      id: '11138ea7-a367-4053-b84f-d6065f2ac046',
      name: 'Blue',
      selected: true,
      exists: true,
      available: true,
      preorder: false,
    })
  })

  it('states: a name that matches nothing is in issues, exit 1, still JSON only', async () => {
    const { code, stdout, stderr } = await run(['states', coffeePath, '--option', 'Size=XL', '--json'])
    expect({ code, stderr }).toStrictEqual({ code: 1, stderr: '' })
    const states = JSON.parse(stdout)
    expect(states.issues.map((issue: { code: string }) => issue.code)).toStrictEqual(['unknown_choice'])
    expect(states.options).toHaveLength(2)
  })

  it('states: a product without variants gives { issues } only, exit 1', async () => {
    const { variantsInfo: _, ...withoutVariants } = coffee
    const { code, stdout, stderr } = await run(['states', 'q.json', '--json'], {
      'q.json': JSON.stringify(withoutVariants),
    })
    expect({ code, stderr }).toStrictEqual({ code: 1, stderr: '' })
    expect(Object.keys(JSON.parse(stdout))).toStrictEqual(['issues'])
    expect(JSON.parse(stdout).issues[0].code).toBe('missing_variants')
  })

  it('usage errors stay one line on stderr, exit 2', async () => {
    expect(await run(['build', '--json'])).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'wix-catalog-reference: build needs a product JSON file: build <product.json> (see --help)\n',
    })
  })
})

describe('control characters in product data are escaped before printing (issue 12 #15)', () => {
  const ESC = '\u001b'
  const CSI = '\u009b'
  /** An ANSI colour, an OSC window title, a C1 CSI "clear screen", a bidi override and a bell. */
  const hostile = `Size${ESC}[31m${ESC}]0;pwned\u0007${CSI}2J\u202e`
  const evil = structuredClone(coffee)
  evil.name = `Coffee${ESC}]8;;https://evil.example${ESC}\\`
  evil.options[0].name = hostile
  evil.options[0].choicesSettings.choices[0].name = `S${ESC}[2K`
  const files = { 'evil.json': JSON.stringify(evil) }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this test looks for
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/

  it('escapeControls writes C0, DEL, C1, line separators and bidi overrides as \\u escapes, and keeps newlines', () => {
    expect(escapeControls(`a${ESC}[1mb\u0000\t\u007f${CSI}\u2028\u202e\u2066\n`)).toBe(
      'a\\u001b[1mb\\u0000\\u0009\\u007f\\u009b\\u2028\\u202e\\u2066\n',
    )
    expect(escapeControls('Größe: Ünïcödé ☕ 日本')).toBe('Größe: Ünïcödé ☕ 日本')
  })

  it('in the states table and its title', async () => {
    const { code, stdout } = await run(['states', 'evil.json'], files)
    expect(code).toBe(0)
    expect(stdout).not.toMatch(CONTROL)
    expect(stdout).toContain('Coffee\\u001b]8;;https://evil.example\\u001b\\')
    expect(stdout).toContain('Size\\u001b[31m\\u001b]0;pwned\\u0007\\u009b2J\\u202e')
    expect(stdout).toContain('S\\u001b[2K')
  })

  it('in issue messages on stderr', async () => {
    const { code, stderr } = await run(['build', 'evil.json', '--option', 'Box color=Red'], files)
    expect(code).toBe(1)
    expect(stderr).not.toMatch(CONTROL)
    expect(stderr).toContain('\\u009b2J')
    expect(stderr.split('\n')).toHaveLength(2)
  })

  it('in JSON output, which still reads back as the same strings', async () => {
    const { code, stdout } = await run(['states', 'evil.json', '--json'], files)
    expect(code).toBe(0)
    expect(stdout).not.toMatch(CONTROL)
    expect(JSON.parse(stdout).options[0].name).toBe(hostile)
  })

  it('in usage errors that quote the command line or the file', async () => {
    const { code, stderr } = await run(['build', 'bad.json'], { 'bad.json': `{"id": ${CSI}}` })
    expect(code).toBe(2)
    expect(stderr).not.toMatch(CONTROL)
    const unknown = await run([`fr${ESC}[8mob`])
    expect(unknown.stderr).toBe(
      'wix-catalog-reference: unknown command "fr\\u001b[8mob": use build, states, price or view (see --help)\n',
    )
  })
})

describe('output that cannot be written (issue 12 #15: > /dev/full printed a stack trace, exit 1)', () => {
  /** A stream that fails every write the way a full disk does: asynchronously, with ENOSPC. */
  function failing(): Writable & { text: string } {
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 }))
      },
    })
    return Object.assign(stream, { text: '' })
  }
  function collecting(): Writable & { text: string } {
    const stream = Object.assign(
      new Writable({
        write(chunk, _encoding, callback) {
          stream.text += String(chunk)
          callback()
        },
      }),
      { text: '' },
    )
    return stream
  }

  it('a full stdout: exit 3 (not 1, which means issues) and one line on stderr', async () => {
    const stderr = collecting()
    const code = await runStreams(['build', coffeePath, '--option', 'Size=S', '--option', 'Box color=Red'], {
      stdout: failing(),
      stderr,
    })
    expect(code).toBe(3)
    expect(stderr.text).toBe('wix-catalog-reference: cannot write the output: no space left on device (ENOSPC)\n')
  })

  it('a full stdout and stderr: exit 3, nothing thrown', async () => {
    await expect(runStreams(['--help'], { stdout: failing(), stderr: failing() })).resolves.toBe(3)
  })

  it('a full stderr while printing issues: exit 3', async () => {
    const stdout = collecting()
    const code = await runStreams(['build', coffeePath, '--option', 'Size=XL'], { stdout, stderr: failing() })
    expect(code).toBe(3)
    expect(stdout.text).toBe('')
  })

  it('working streams: the exit code of main, output unchanged', async () => {
    const stdout = collecting()
    const stderr = collecting()
    expect(await runStreams(['--version'], { stdout, stderr })).toBe(0)
    expect({ stdout: stdout.text, stderr: stderr.text }).toStrictEqual(
      await run(['--version']).then(({ stdout, stderr }) => ({ stdout, stderr })),
    )
  })
})
