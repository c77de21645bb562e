import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { getChoiceStates, STORES_APP_ID } from '../../src/index.js'
import { runCli } from '../helpers/cli.js'

/** The Coffee product of the Wix docs (Catalog V3 eCommerce integration), verbatim: a `{ product }` wrapper, REST ids. */
const coffeePath = fileURLToPath(new URL('./fixtures/coffee.docs.json', import.meta.url))
const coffeeRest = JSON.parse(readFileSync(coffeePath, 'utf8')).product

/** The same product as the SDK returns it: `_id` at every depth. */
function toSdk(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toSdk)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === 'id' ? '_id' : k, toSdk(v)]))
}

/** A Velo `wix-stores-backend` V1 product: `productOptions` keyed by option name, `_id`. */
const veloCandle = {
  _id: '6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f',
  name: 'Candle',
  manageVariants: false,
  productOptions: {
    Scent: {
      optionType: 'drop_down',
      name: 'Scent',
      choices: [{ value: 'Lavender', description: 'Lavender', inStock: true, visible: true }],
    },
    'Jar color': {
      optionType: 'color',
      name: 'Jar color',
      choices: [
        { value: '#FFBF00', description: 'Amber', inStock: true, visible: true },
        { value: '#FFFFFF', description: 'Clear', inStock: true, visible: true },
      ],
    },
  },
  customTextFields: [{ title: 'Label', maxLength: 20, mandatory: false }],
}

const run = runCli

const docsSelection = [
  '--option',
  'Size=S',
  '--option',
  'Box color=Red',
  '--modifier',
  'Remove price tag=Yes',
  '--modifier',
  'Engraving=For my best friend! :)',
  '--subscription',
  'Monthly Subscription',
]

describe('build', () => {
  it("prints the Wix docs' Coffee reference (the docs' example writes the modifier choice's name)", async () => {
    const { code, stdout, stderr } = await run(['build', coffeePath, ...docsSelection, '--choice-value', 'name'])
    expect({ code, stderr }).toStrictEqual({ code: 0, stderr: '' })
    expect(JSON.parse(stdout)).toStrictEqual({
      catalogItemId: 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca',
      appId: STORES_APP_ID,
      options: {
        variantId: '9650a809-5567-44f7-9435-cf77a38cb170',
        options: { 'Remove price tag': 'Yes' },
        customTextFields: { 'Would you like to engrave something on the box?': 'For my best friend! :)' },
        subscriptionOptionId: '3c750e1e-54fd-4fe0-8844-97427522c939',
      },
    })
    expect(stdout).toMatch(/^\{\n {2}"catalogItemId"/)
    expect(stdout.endsWith('}\n')).toBe(true)
  })

  it('writes the choice key by default', async () => {
    const { stdout } = await run(['build', coffeePath, ...docsSelection])
    expect(JSON.parse(stdout).options.options).toStrictEqual({ 'Remove price tag': 'yes' })
  })

  it("prints the docs' minimal reference for options only", async () => {
    const { code, stdout } = await run(['build', coffeePath, '--option', 'Size=S', '--option', 'Box color=Red'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toStrictEqual({
      catalogItemId: 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca',
      appId: STORES_APP_ID,
      options: { variantId: '9650a809-5567-44f7-9435-cf77a38cb170' },
    })
  })

  it('reads the SDK shape, the REST shape and the { product } wrapper alike', async () => {
    const args = ['--option', 'Size=L', '--option', 'Box color=Blue']
    const files = {
      'sdk.json': JSON.stringify(toSdk(coffeeRest)),
      'rest.json': JSON.stringify(coffeeRest),
      'wrapped-sdk.json': JSON.stringify({ product: toSdk(coffeeRest) }),
    }
    const outputs = await Promise.all(Object.keys(files).map((file) => run(['build', file, ...args], files)))
    for (const output of [...outputs, await run(['build', coffeePath, ...args])]) {
      expect(output.code).toBe(0)
      expect(JSON.parse(output.stdout).options).toStrictEqual({ variantId: '02f13ad1-40f1-4108-ae2e-9f48e17dfea7' })
    }
  })

  it('reads a Velo V1 product (productOptions keyed by name; color choices by name or hex)', async () => {
    const files = { 'velo.json': JSON.stringify(veloCandle) }
    const { code, stdout } = await run(
      ['build', 'velo.json', '--option', 'Scent=Lavender', '--option', 'Jar color=#FFFFFF', '--modifier', 'Label=Mum'],
      files,
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toStrictEqual({
      catalogItemId: veloCandle._id,
      appId: STORES_APP_ID,
      options: { options: { Scent: 'Lavender', 'Jar color': 'Clear' }, customTextFields: { Label: 'Mum' } },
    })
  })

  it('takes a variant id', async () => {
    const { code, stdout } = await run(['build', coffeePath, '--variant', '02f13ad1-40f1-4108-ae2e-9f48e17dfea7'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).options.variantId).toBe('02f13ad1-40f1-4108-ae2e-9f48e17dfea7')
  })

  it('prints a line item with --quantity', async () => {
    const { code, stdout } = await run([
      'build',
      coffeePath,
      '--option',
      'Size=S',
      '--option',
      'Box color=Red',
      '--quantity',
      '3',
    ])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toStrictEqual({
      catalogReference: {
        catalogItemId: 'dc765ec4-eaf0-4253-8ba7-e752c227d4ca',
        appId: STORES_APP_ID,
        options: { variantId: '9650a809-5567-44f7-9435-cf77a38cb170' },
      },
      quantity: 3,
    })
  })

  it('prints every issue, one per line, on stderr and exits 1', async () => {
    const { code, stdout, stderr } = await run([
      'build',
      coffeePath,
      '--option',
      'Size=XL',
      '--modifier',
      'Gift wrap=yes',
    ])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      [
        '[unknown_choice] options.Size: Option "Size" has no choice "XL". Choices: S, L.',
        '[missing_option] options.Box color: Option "Box color" needs a choice: Red, Blue.',
        '[unknown_modifier] modifiers.Gift wrap: The product has no modifier "Gift wrap". Modifiers: Engraving, Remove price tag.',
        '',
      ].join('\n'),
    )
  })

  it('reports an invalid quantity as an issue (exit 1), a non-number as a usage error (exit 2)', async () => {
    const args = ['build', coffeePath, '--option', 'Size=S', '--option', 'Box color=Red', '--quantity']
    const zero = await run([...args, '0'])
    expect(zero.code).toBe(1)
    expect(zero.stderr).toMatch(/^\[invalid_quantity\] quantity: /)
    const word = await run([...args, 'two'])
    expect(word).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'wix-catalog-reference: --quantity takes a number, e.g. --quantity 2; got "two" (see --help)\n',
    })
  })

  it('reports a product it cannot read as issues, exit 1', async () => {
    const { code, stderr } = await run(['build', 'x.json'], { 'x.json': '{"id": "p1", "name": "Mystery"}' })
    expect(code).toBe(1)
    expect(stderr).toMatch(/^\[unknown_catalog_version\] product: /)
    expect(stderr.split('\n')).toHaveLength(2)
  })
})

describe('states', () => {
  it('prints the picker table for a partial selection', async () => {
    const { code, stdout, stderr } = await run(['states', coffeePath, '--option', 'Size=S'])
    expect({ code, stderr }).toStrictEqual({ code: 0, stderr: '' })
    expect(stdout).toBe(
      [
        'Coffee · Catalog V3 · dc765ec4-eaf0-4253-8ba7-e752c227d4ca',
        '',
        'OPTION     CHOICE  ID                                    SELECTED  EXISTS  AVAILABLE  PREORDER',
        'Size       S       bd2402d9-4ff2-42d0-b902-db235c132b0d  yes       yes     yes        no',
        '           L       a75b02ff-6477-445a-a815-0e2a64edd076  no        yes     yes        no',
        'Box color  Red     85f6eae5-967a-4752-ab5d-71a8b8c84bf7  no        yes     yes        no',
        '           Blue    11138ea7-a367-4053-b84f-d6065f2ac046  no        no      no         no',
        '',
        'still to choose: Box color',
        '',
      ].join('\n'),
    )
  })

  it('prints the variantId once the selection is complete', async () => {
    const { code, stdout } = await run(['states', coffeePath, '--option', 'Size=L', '--option', 'Box color=Blue'])
    expect(code).toBe(0)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('variantId: 02f13ad1-40f1-4108-ae2e-9f48e17dfea7')
  })

  it('shows the table and exits 1 when an --option names nothing', async () => {
    const { code, stdout, stderr } = await run(['states', coffeePath, '--option', 'Size=XL'])
    expect(code).toBe(1)
    expect(stdout).toContain('OPTION')
    expect(stderr).toBe('[unknown_choice] options.Size: Option "Size" has no choice "XL". Choices: S, L.\n')
  })

  it('prints the issues and no table for a product without variants info', async () => {
    const { variantsInfo: _, ...withoutVariants } = coffeeRest
    const { code, stdout, stderr } = await run(['states', 'q.json'], { 'q.json': JSON.stringify(withoutVariants) })
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^\[missing_variants\] product\.variantsInfo: /)
  })

  it('reads the product as --catalog-version says, as getChoiceStates(product, selection, { catalogVersion }) does', async () => {
    const candlePath = fileURLToPath(new URL('../fixtures/candle-unmanaged.rest.json', import.meta.url))
    const candle = JSON.parse(readFileSync(candlePath, 'utf8'))
    // The version it detects: the same picker as without the flag.
    const asV1 = await run(['states', candlePath, '--option', 'Scent=Lavender', '--catalog-version', 'v1'])
    expect(asV1).toStrictEqual(await run(['states', candlePath, '--option', 'Scent=Lavender']))
    // The other version: the picker of that reading (V3 needs variantsInfo), not a usage error.
    const asV3 = await run(['states', candlePath, '--option', 'Scent=Lavender', '--catalog-version', 'V3', '--json'])
    expect(asV3.code).toBe(1)
    const { issues } = getChoiceStates(candle, { options: { Scent: 'Lavender' } }, { catalogVersion: 'V3' })
    expect(JSON.parse(asV3.stdout)).toStrictEqual({ issues: issues.filter((i) => i.code === 'missing_variants') })
    expect(issues.map((i) => i.code)).toContain('missing_variants')
    // The Coffee read as V1 has no V1 options: its title says V1, and the option named is unknown.
    const coffeeAsV1 = await run(['states', coffeePath, '--option', 'Size=S', '--catalog-version', 'V1'])
    expect(coffeeAsV1.code).toBe(1)
    expect(coffeeAsV1.stdout.split('\n').slice(0, 3)).toStrictEqual([
      'Coffee · Catalog V1 · dc765ec4-eaf0-4253-8ba7-e752c227d4ca',
      '',
      '(no options)',
    ])
    expect(coffeeAsV1.stderr).toMatch(/^\[unknown_option\] options\.Size: /)
  })

  it('takes only --option', async () => {
    const { code, stderr } = await run(['states', coffeePath, '--modifier', 'Engraving=Hi'])
    expect({ code, stderr }).toStrictEqual({
      code: 2,
      stderr: 'wix-catalog-reference: --modifier is an option of build, price and view, not states (see --help)\n',
    })
  })
})

describe('usage and file errors: exit 2, one line, no stack trace', () => {
  const cases: readonly [string, readonly string[], Record<string, string>, string][] = [
    ['no command', [], {}, 'missing command: build, states, price or view'],
    ['an unknown command', ['frobnicate'], {}, 'unknown command "frobnicate": use build, states, price or view'],
    ['no file', ['build'], {}, 'build needs a product JSON file: build <product.json>'],
    ['two files', ['build', 'a.json', 'b.json'], {}, 'unexpected argument "b.json": give one product file'],
    ['an unknown flag', ['build', 'a.json', '--colour', 'red'], {}, 'unknown flag --colour'],
    ['a flag without its value', ['build', 'a.json', '--option'], {}, '--option needs a value'],
    ['a value for a flag that takes none', ['build', 'a.json', '--json=yes'], {}, '--json takes no value'],
    [
      'an option without =',
      ['build', 'a.json', '--option', 'Size'],
      {},
      '--option takes NAME=CHOICE, e.g. --option "Size=L"; got "Size"',
    ],
    [
      'an option given twice',
      ['build', 'a.json', '--option', 'Size=S', '--option', 'Size=L'],
      {},
      '--option "Size" is given twice',
    ],
    [
      'a bad --choice-value',
      ['build', 'a.json', '--choice-value', 'id'],
      {},
      '--choice-value takes key or name; got "id"',
    ],
    ['a missing file', ['build', 'missing.json'], {}, 'cannot read missing.json: no such file'],
    ['a directory', ['build', fileURLToPath(new URL('.', import.meta.url))], {}, 'it is a directory'],
    [
      'malformed JSON',
      ['build', 'bad.json'],
      { 'bad.json': '{"product": ' },
      'bad.json is not valid JSON: Unexpected end of JSON input',
    ],
    [
      'a list of products',
      ['states', 'list.json'],
      { 'list.json': '{"products": []}' },
      "list.json holds a list of products (products[]): save one product, e.g. with jq '.products[0]'",
    ],
    [
      'an array',
      ['build', 'array.json'],
      { 'array.json': '[]' },
      "array.json holds an array: save one product object, e.g. with jq '.[0]'",
    ],
  ]

  for (const [name, argv, files, message] of cases) {
    it(name, async () => {
      const { code, stdout, stderr } = await run(argv, files)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr.split('\n')).toHaveLength(2)
      expect(stderr).toContain(message)
      // One style: the program's name, a lower-case message, values in double quotes, the hint.
      expect(stderr).toMatch(/^wix-catalog-reference: [a-z-].* \(see --help\)\n$/)
      expect(stderr).not.toContain("'--")
      expect(stderr).not.toMatch(/\n\s+at /)
    })
  }

  it('reports a failing reader without a stack trace', async () => {
    let stderr = ''
    const code = await main(['build', 'x.json'], {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text
      },
      readFile: async () => {
        throw new Error('disk on fire\n    at somewhere (file.js:1:1)')
      },
    })
    expect(code).toBe(2)
    expect(stderr).toBe('wix-catalog-reference: cannot read x.json: disk on fire (see --help)\n')
  })

  it('turns a failing stdout into one line and exit 3, not 1 (issues) or a stack trace', async () => {
    let stderr = ''
    const code = await main(['build', coffeePath, '--variant', '9650a809-5567-44f7-9435-cf77a38cb170'], {
      stdout: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      },
      stderr: (text) => {
        stderr += text
      },
    })
    expect(code).toBe(3)
    expect(stderr).toBe('wix-catalog-reference: cannot write the output: no space left on device (ENOSPC)\n')
  })
})

describe('--help', () => {
  it.each([['--help'], ['-h'], ['help'], ['build', '--help'], ['states', 'x.json', '-h']])(
    '%s prints the help, exit 0',
    async (...argv) => {
      const { code, stdout, stderr } = await run(argv)
      expect({ code, stderr }).toStrictEqual({ code: 0, stderr: '' })
      expect(stdout).toMatch(/^Usage:\n {2}wix-catalog-reference build <product\.json> \[flags\]/)
      for (const flag of [
        '--option NAME=CHOICE',
        '--modifier NAME=VALUE',
        '--subscription ID|TITLE',
        '--variant ID',
        '--quantity N',
        '--choice-value key|name',
      ]) {
        expect(stdout).toContain(flag)
      }
      expect(stdout).toContain(
        'Exit codes: 0 done, 1 issues with the product or selection, 2 usage or file error,\n3 the output could not be written',
      )
    },
  )
})
