/*
 * The built command as npm installs it (package.json `bin` → dist/cli.js): run as its own process,
 * through its shebang, every flag its --help lists included (the bug of issue 17: the built CLI
 * rejected --subscription while every test of the sources passed). Skipped until `npm run build`
 * has made dist/ (`npm test` builds before vitest; `npm run check:package` runs the packed command
 * too). WCR_CLI=<path> tests another build, e.g. an installed tarball's
 * node_modules/.bin/wix-catalog-reference.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const cli = process.env['WCR_CLI'] ?? fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const coffee = fileURLToPath(new URL('./fixtures/coffee.docs.json', import.meta.url))
const built = existsSync(cli)

function run(...args: string[]) {
  const result = spawnSync(cli, args, { encoding: 'utf8', timeout: 15_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe.skipIf(!built)('dist/cli.js', () => {
  it('is an executable node script', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(() => accessSync(cli, constants.X_OK)).not.toThrow()
  })

  it('prints the reference and exits 0', () => {
    const { code, stdout, stderr } = run('build', coffee, '--option', 'Size=S', '--option', 'Box color=Red')
    expect({ code, stderr }).toStrictEqual({ code: 0, stderr: '' })
    expect(JSON.parse(stdout).options).toStrictEqual({ variantId: '9650a809-5567-44f7-9435-cf77a38cb170' })
  })

  it('prints the issues on stderr and exits 1', () => {
    const { code, stdout, stderr } = run('build', coffee, '--option', 'Size=XL', '--option', 'Box color=Red')
    expect({ code, stdout }).toStrictEqual({ code: 1, stdout: '' })
    expect(stderr).toBe('[unknown_choice] options.Size: Option "Size" has no choice "XL". Choices: S, L.\n')
  })

  it('exits 2 with one line for a missing file', () => {
    expect(run('build', 'no-such-product.json')).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'wix-catalog-reference: cannot read no-such-product.json: no such file (see --help)\n',
    })
  })

  it('reads the product from stdin with -', () => {
    const result = spawnSync(cli, ['states', '-'], { input: readFileSync(coffee), encoding: 'utf8', timeout: 15_000 })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Coffee · Catalog V3 · dc765ec4-eaf0-4253-8ba7-e752c227d4ca\n/)
  })

  it.skipIf(!existsSync('/dev/full'))(
    '> /dev/full: one line on stderr and exit 3, no stack trace (issue 12 #15)',
    () => {
      const full = openSync('/dev/full', 'w')
      try {
        const result = spawnSync(cli, ['build', coffee, '--option', 'Size=S', '--option', 'Box color=Red'], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
          timeout: 15_000,
        })
        expect({ code: result.status, stderr: result.stderr }).toStrictEqual({
          code: 3,
          stderr: 'wix-catalog-reference: cannot write the output: no space left on device (ENOSPC)\n',
        })
      } finally {
        closeSync(full)
      }
    },
  )

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(run('--version')).toStrictEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })
})

/** The flags the Flags section of a --help text lists, long and short: `--option`, `-h`, … */
function helpFlags(help: string): string[] {
  const section = help.slice(help.indexOf('\nFlags:\n'), help.indexOf('\n\n', help.indexOf('\nFlags:\n') + 1))
  return [...section.matchAll(/^ {2}(?:(-\w), )?(--[\w-]+)/gm)].flatMap((m) =>
    m[1] ? [m[1], m[2]] : [m[2]],
  ) as string[]
}

const house = fileURLToPath(new URL('../fixtures/house-blend.rest.json', import.meta.url))
const candle = fileURLToPath(new URL('../fixtures/candle-unmanaged.rest.json', import.meta.url))
const coffeeS = ['--option', 'Size=S', '--option', 'Box color=Red']
/** A choice of each of the House Blend's options, then its mandatory Label text and a plan (it is sold by subscription only). */
const houseOptions = ['--option', 'Size=250 g', '--option', 'Grind=Espresso', '--option', 'Bag color=Kraft']
const labelAndPlan = ['--modifier', 'Label text=Ann', '--subscription', 'Monthly']
type Run = ReturnType<typeof run>
const json = (r: Run): Record<string, any> => JSON.parse(r.stdout) // eslint-disable-line @typescript-eslint/no-explicit-any

/** For every flag, runs on the built bin that show it took effect (each against a run without it where that says more). */
const FLAG_CASES: readonly { flag: string; what: string; check: () => void }[] = [
  {
    flag: '--option',
    what: 'build, states and price take the choices',
    check: () => {
      expect(json(run('build', coffee, ...coffeeS)).options.variantId).toBe('9650a809-5567-44f7-9435-cf77a38cb170')
      expect(run('states', coffee, '--option', 'Size=S', '--option', 'Box color=Red').stdout).toContain(
        'variantId: 9650a809-5567-44f7-9435-cf77a38cb170',
      )
      expect(run('price', candle, '--option', 'Scent=Lavender', '--option', 'Jar color=Amber').stdout).toContain(
        'total          16.20 USD',
      )
    },
  },
  {
    flag: '--modifier',
    what: 'a V3 modifier choice and free text reach the reference; a priced one the price',
    check: () => {
      const ref = json(
        run('build', coffee, ...coffeeS, '--modifier', 'Remove price tag=yes', '--modifier', 'Engraving=Hi'),
      )
      expect(ref.options.options).toStrictEqual({ 'Remove price tag': 'yes' })
      expect(ref.options.customTextFields).toStrictEqual({ 'Would you like to engrave something on the box?': 'Hi' })
      const priced = run('price', house, ...houseOptions, ...labelAndPlan, '--modifier', 'Gift wrap=yes')
      expect(priced.stdout).toContain('  modifiers    +3.50')
    },
  },
  {
    flag: '--subscription',
    what: 'by title, in build and price',
    check: () => {
      const ref = json(run('build', coffee, ...coffeeS, '--subscription', 'Monthly Subscription'))
      expect(ref.options.subscriptionOptionId).toBe('3c750e1e-54fd-4fe0-8844-97427522c939')
      const price = run('price', house, ...houseOptions, ...labelAndPlan)
      expect({ code: price.code, stderr: price.stderr }).toStrictEqual({ code: 0, stderr: '' })
      expect(price.stdout).toContain('  subscription -1.40')
    },
  },
  {
    flag: '--variant',
    what: 'a variant id instead of options',
    check: () => {
      const ref = json(run('build', coffee, '--variant', '02f13ad1-40f1-4108-ae2e-9f48e17dfea7'))
      expect(ref.options.variantId).toBe('02f13ad1-40f1-4108-ae2e-9f48e17dfea7')
      expect(run('price', coffee, '--variant', 'no-such-variant').stderr).toContain('[unknown_variant]')
    },
  },
  {
    flag: '--quantity',
    what: 'a line item from build, the total from price',
    check: () => {
      expect(json(run('build', coffee, ...coffeeS, '--quantity', '3')).quantity).toBe(3)
      expect(
        run('price', candle, '--option', 'Scent=Lavender', '--option', 'Jar color=Amber', '--quantity', '2').stdout,
      ).toContain('total          32.40 USD')
    },
  },
  {
    flag: '--choice-value',
    what: 'name writes the modifier choice name, key its key',
    check: () => {
      const argv = ['build', coffee, ...coffeeS, '--modifier', 'Remove price tag=yes']
      expect(json(run(...argv, '--choice-value', 'name')).options.options).toStrictEqual({ 'Remove price tag': 'Yes' })
      expect(json(run(...argv, '--choice-value', 'key')).options.options).toStrictEqual({ 'Remove price tag': 'yes' })
    },
  },
  {
    flag: '--catalog-version',
    what: 'read as the version given, in build, states and price',
    check: () => {
      expect(run('build', coffee, ...coffeeS, '--catalog-version', 'V3').code).toBe(0)
      const asV1 = run('build', coffee, ...coffeeS, '--catalog-version', 'V1')
      expect({ code: asV1.code, first: asV1.stderr.split(' ')[0] }).toStrictEqual({
        code: 1,
        first: '[unknown_option]',
      })
      expect(run('states', coffee, '--catalog-version', 'v3').stdout).toMatch(/^Coffee · Catalog V3 · /)
      const statesV1 = run('states', coffee, '--catalog-version', 'V1')
      expect({ code: statesV1.code, head: statesV1.stdout.split('\n').slice(0, 3) }).toStrictEqual({
        code: 0,
        head: ['Coffee · Catalog V1 · dc765ec4-eaf0-4253-8ba7-e752c227d4ca', '', '(no options)'],
      })
      const price = run(
        'price',
        candle,
        '--option',
        'Scent=Lavender',
        '--option',
        'Jar color=Amber',
        '--catalog-version',
        'V3',
      )
      expect({ code: price.code, stdout: price.stdout }).toStrictEqual({ code: 1, stdout: '' })
      expect(price.stderr).toMatch(/^\[missing_variants\]/)
    },
  },
  {
    flag: '--json',
    what: 'one JSON document on stdout for build, states and price',
    check: () => {
      expect(json(run('build', coffee, '--option', 'Size=XL', '--json')).issues[0].code).toBe('unknown_choice')
      expect(json(run('states', coffee, '--json')).options).toHaveLength(2)
      expect(
        json(run('price', candle, '--option', 'Scent=Lavender', '--option', 'Jar color=Amber', '--json')).totalPrice,
      ).toStrictEqual({
        min: '16.20',
        max: '16.20',
      })
    },
  },
  ...['-h', '--help'].map((flag) => ({
    flag,
    what: 'the help, exit 0',
    check: () => {
      const r = run(flag)
      expect({ code: r.code, stderr: r.stderr }).toStrictEqual({ code: 0, stderr: '' })
      expect(helpFlags(r.stdout).length).toBeGreaterThan(8)
    },
  })),
  ...['-v', '--version'].map((flag) => ({
    flag,
    what: 'the version, exit 0',
    check: () => {
      const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
      expect(run(flag)).toStrictEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    },
  })),
]

describe.skipIf(!built)('dist/cli.js: every flag its --help lists (issue 17)', () => {
  it('the cases below are exactly the flags of --help', () => {
    const listed = helpFlags(run('--help').stdout)
    expect(listed).toContain('--subscription')
    expect(FLAG_CASES.map((c) => c.flag).sort()).toStrictEqual([...listed].sort())
  })

  it.each(FLAG_CASES)('$flag: $what', ({ check }) => {
    check()
  })
})
