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

/** `command flag` for each flag the built bin was given, with the command it was given to. */
const given = new Set<string>()

function run(...args: string[]) {
  for (const arg of args.slice(1)) if (arg.startsWith('-')) given.add(`${args[0]} ${arg}`)
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

/**
 * The commands of a --help text's Usage section that take `flag`: those that list it, and those
 * whose `[flags]` stands for every flag of the Flags section but help and version.
 */
function commandsTaking(help: string, flag: string): string[] {
  if (['-h', '--help', '-v', '--version'].includes(flag)) return []
  const usage = help.slice(0, help.indexOf('\n\n'))
  return [...usage.matchAll(/^ {2}wix-catalog-reference (\w+) <product\.json> (.*)$/gm)]
    .filter(([, , rest]) => rest?.includes('[flags]') || new RegExp(`\\[${flag}[ \\]]`).test(rest ?? ''))
    .map(([, command]) => command as string)
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
    what: 'build, states, price and view take the choices',
    check: () => {
      expect(json(run('build', coffee, ...coffeeS)).options.variantId).toBe('9650a809-5567-44f7-9435-cf77a38cb170')
      expect(run('states', coffee, '--option', 'Size=S', '--option', 'Box color=Red').stdout).toContain(
        'variantId: 9650a809-5567-44f7-9435-cf77a38cb170',
      )
      expect(run('price', candle, '--option', 'Scent=Lavender', '--option', 'Jar color=Amber').stdout).toContain(
        'total          16.20 USD',
      )
      expect(run('view', house, ...houseOptions, ...labelAndPlan).stdout).toContain(
        '\nVARIANT                               SKU              AVAILABLE  PREORDER\n10000000-aaaa-4bbb-8ccc-000000000003  COF-250-ESP-KRA  yes        no\n',
      )
    },
  },
  {
    flag: '--modifier',
    what: 'a V3 modifier choice and free text reach the reference; a priced one the price and the view',
    check: () => {
      const ref = json(
        run('build', coffee, ...coffeeS, '--modifier', 'Remove price tag=yes', '--modifier', 'Engraving=Hi'),
      )
      expect(ref.options.options).toStrictEqual({ 'Remove price tag': 'yes' })
      expect(ref.options.customTextFields).toStrictEqual({ 'Would you like to engrave something on the box?': 'Hi' })
      const priced = run('price', house, ...houseOptions, ...labelAndPlan, '--modifier', 'Gift wrap=yes')
      expect(priced.stdout).toContain('  modifiers    +3.50')
      const viewed = run('view', house, ...houseOptions, ...labelAndPlan, '--modifier', 'Gift wrap=yes')
      expect(viewed.stdout).toMatch(/^ +Yes +\+3\.50 +yes$/m)
      expect(viewed.stdout).toMatch(/^Label text +text +yes +\(text: 1 to 30 characters\) +0\.00 +"Ann"$/m)
    },
  },
  {
    flag: '--subscription',
    what: 'by title, in build, price and view',
    check: () => {
      const ref = json(run('build', coffee, ...coffeeS, '--subscription', 'Monthly Subscription'))
      expect(ref.options.subscriptionOptionId).toBe('3c750e1e-54fd-4fe0-8844-97427522c939')
      const price = run('price', house, ...houseOptions, ...labelAndPlan)
      expect({ code: price.code, stderr: price.stderr }).toStrictEqual({ code: 0, stderr: '' })
      expect(price.stdout).toContain('  subscription -1.40')
      const view = run('view', house, ...houseOptions, ...labelAndPlan)
      expect({ code: view.code, stderr: view.stderr }).toStrictEqual({ code: 0, stderr: '' })
      expect(view.stdout).toMatch(/^Monthly +1 MONTH +-10% +12\.60 +yes$/m)
    },
  },
  {
    flag: '--variant',
    what: 'a variant id instead of options',
    check: () => {
      const ref = json(run('build', coffee, '--variant', '02f13ad1-40f1-4108-ae2e-9f48e17dfea7'))
      expect(ref.options.variantId).toBe('02f13ad1-40f1-4108-ae2e-9f48e17dfea7')
      expect(run('price', coffee, '--variant', 'no-such-variant').stderr).toContain('[unknown_variant]')
      expect(run('view', coffee, '--variant', '02f13ad1-40f1-4108-ae2e-9f48e17dfea7').stdout).toContain(
        '\nVARIANT                               AVAILABLE  PREORDER\n02f13ad1-40f1-4108-ae2e-9f48e17dfea7  yes        no\n',
      )
    },
  },
  {
    flag: '--quantity',
    what: 'a line item from build, the total from price and view',
    check: () => {
      expect(json(run('build', coffee, ...coffeeS, '--quantity', '3')).quantity).toBe(3)
      expect(
        run('price', candle, '--option', 'Scent=Lavender', '--option', 'Jar color=Amber', '--quantity', '2').stdout,
      ).toContain('total          32.40 USD')
      expect(
        run('view', candle, '--option', 'Scent=Lavender', '--option', 'Jar color=Amber', '--quantity', '2').stdout,
      ).toContain('\nquantity       2\ntotal          32.40 USD\n')
    },
  },
  {
    flag: '--choice-value',
    what: "name writes the modifier choice name, key its key (build, and the view's line item)",
    check: () => {
      const argv = ['build', coffee, ...coffeeS, '--modifier', 'Remove price tag=yes']
      expect(json(run(...argv, '--choice-value', 'name')).options.options).toStrictEqual({ 'Remove price tag': 'Yes' })
      expect(json(run(...argv, '--choice-value', 'key')).options.options).toStrictEqual({ 'Remove price tag': 'yes' })
      const viewed = ['view', coffee, ...coffeeS, '--modifier', 'Remove price tag=yes', '--json']
      expect(json(run(...viewed, '--choice-value', 'name')).lineItem.catalogReference.options.options).toStrictEqual({
        'Remove price tag': 'Yes',
      })
      // price writes no modifier value: it takes the flag and prints what it prints without it.
      const priced = ['price', candle, '--option', 'Scent=Lavender', '--option', 'Jar color=Amber']
      expect(run(...priced, '--choice-value', 'name')).toStrictEqual({ ...run(...priced), code: 0 })
    },
  },
  {
    flag: '--catalog-version',
    what: 'read as the version given, in build, states, price and view',
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
      const view = run('view', candle, '--catalog-version', 'V3')
      expect({ code: view.code, stdout: view.stdout, first: view.stderr.split(' ')[0] }).toStrictEqual({
        code: 1,
        stdout: '',
        first: '[missing_variants]',
      })
      expect(run('view', candle, '--catalog-version', 'V1').stdout).toMatch(/^Hand-Poured Soy Candle · Catalog V1 · /)
    },
  },
  {
    flag: '--json',
    what: 'one JSON document on stdout for build, states, price and view',
    check: () => {
      expect(json(run('build', coffee, '--option', 'Size=XL', '--json')).issues[0].code).toBe('unknown_choice')
      expect(json(run('states', coffee, '--json')).options).toHaveLength(2)
      expect(
        json(run('price', candle, '--option', 'Scent=Lavender', '--option', 'Jar color=Amber', '--json')).totalPrice,
      ).toStrictEqual({
        min: '16.20',
        max: '16.20',
      })
      const view = json(run('view', coffee, ...coffeeS, '--json'))
      expect([view.name, view.variant.id, view.issues]).toStrictEqual([
        'Coffee',
        '9650a809-5567-44f7-9435-cf77a38cb170',
        [],
      ])
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

  it.each(FLAG_CASES)('$flag: $what', ({ flag, check }) => {
    given.clear()
    check()
    // Every command whose usage line takes the flag was run with it (the new ones included).
    const missed = commandsTaking(run('--help').stdout, flag).filter((command) => !given.has(`${command} ${flag}`))
    expect(missed, `${flag} is never given to these commands`).toStrictEqual([])
  })
})
