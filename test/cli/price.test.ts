/* The `price` command: the preview as a table or JSON; issues on stderr and exit 1, like `build`. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'

const house = fileURLToPath(new URL('../fixtures/house-blend.rest.json', import.meta.url))
const candle = fileURLToPath(new URL('../fixtures/candle-unmanaged.rest.json', import.meta.url))

const run = runCli

const complete = [
  '--option',
  'Size=250 g',
  '--option',
  'Grind=Espresso',
  '--option',
  'Bag color=Kraft',
  '--modifier',
  'Label text=Ann',
  '--modifier',
  'Gift wrap=yes',
  '--subscription',
  'Monthly',
]

describe('price', () => {
  it('prints the table of a complete selection: 14.00 − 10 % + 3.50 = 16.10, × 3 = 48.30', async () => {
    const { code, stdout, stderr } = await run(['price', house, ...complete, '--quantity', '3'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'unit price     16.10 USD',
        'compare-at     17.50 USD',
        'quantity       3',
        'total          48.30 USD',
        '  variant      14.00',
        '  modifiers    +3.50',
        '  subscription -1.40',
        '               complete selection',
        '',
      ].join('\n'),
    )
  })

  it('prints the range of a partial selection, and its issues on stderr with exit 1', async () => {
    const { code, stdout, stderr } = await run([
      'price',
      house,
      '--option',
      'Size=1 kg',
      '--subscription',
      'Every 2 weeks x12',
    ])
    expect(code).toBe(1)
    expect(stdout).toContain('unit price     40.50 USD')
    expect(stdout).toContain('incomplete selection')
    expect(stderr.trim().split('\n')).toEqual([
      '[missing_option] options.Grind: Option "Grind" needs a choice: Whole bean, Espresso.',
      '[missing_option] options.Bag color: Option "Bag color" needs a choice: Kraft, Black.',
      '[missing_modifier] modifiers.Label text: "Label text" is mandatory: enter 1 to 30 characters.',
    ])
    const open = await run(['price', house])
    expect(open.stdout).toContain('unit price     12.50 – 40.50 USD')
  })

  it('--json prints the preview object (V1 candle: 16.20, compare-at 18.00)', async () => {
    const { code, stdout, stderr } = await run([
      'price',
      candle,
      '--json',
      '--option',
      'Scent=Lavender',
      '--option',
      'Jar color=Amber',
      '--quantity',
      '2',
    ])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(JSON.parse(stdout)).toEqual({
      complete: true,
      currency: 'USD',
      quantity: 2,
      unitPrice: { min: '16.20', max: '16.20' },
      compareAtUnitPrice: { min: '18.00', max: '18.00' },
      totalPrice: { min: '32.40', max: '32.40' },
      compareAtTotalPrice: { min: '36.00', max: '36.00' },
      breakdown: { variant: '16.20', modifiers: '0.00', subscriptionDiscount: '0.00' },
      issues: [],
    })
  })

  it('--json with issues: exit 1, the issues inside the JSON', async () => {
    const { code, stdout } = await run(['price', candle, '--json'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout).issues.map((i: { code: string }) => i.code)).toEqual(['missing_option', 'missing_option'])
  })

  it('a missing price shows as unknown with missing_price on stderr', async () => {
    const product = JSON.parse(readFileSync(candle, 'utf8'))
    delete product.priceData
    delete product.price
    const { code, stdout, stderr } = await run(
      ['price', 'p.json', '--option', 'Scent=Lavender', '--option', 'Jar color=Amber'],
      { 'p.json': JSON.stringify(product) },
    )
    expect(code).toBe(1)
    expect(stdout).toContain('unit price     (unknown)')
    expect(stderr).toContain('[missing_price] product.price:')
  })

  it('usage errors exit 2; --help lists the command', async () => {
    expect((await run(['price'])).code).toBe(2)
    expect((await run(['price', house, '--quantity', 'two'])).code).toBe(2)
    expect((await run(['--help'])).stdout).toContain('wix-catalog-reference price <product.json>')
  })

  it('a V1 product prints no modifiers or subscription row: neither can apply (issue 17: it printed +0.00 and -0.00)', async () => {
    const candleRun = await run(['price', candle, '--option', 'Scent=Lavender', '--option', 'Jar color=Amber'])
    expect(candleRun.code).toBe(0)
    expect(candleRun.stdout.split('\n').slice(4)).toStrictEqual([
      '  variant      16.20',
      '               complete selection',
      '',
    ])
    // A V1 custom text field is given as a modifier, and still has no price.
    const tshirt = fileURLToPath(new URL('../fixtures/tshirt-managed.rest.json', import.meta.url))
    const named = await run([
      'price',
      tshirt,
      '--option',
      'Size=M',
      '--option',
      'Color=Black',
      '--modifier',
      'Name to print on the back=ALEX',
    ])
    expect(named.code).toBe(0)
    expect(named.stdout).toContain('  variant      ')
    expect(named.stdout).not.toMatch(/modifiers|subscription/)
  })

  it('a V3 product prints the modifiers and subscription rows the selection names, 0.00 when free, and no others', async () => {
    const product = JSON.parse(readFileSync(house, 'utf8'))
    product.subscriptionDetails.allowOneTimePurchases = true
    const files = { 'p.json': JSON.stringify(product) }
    const options = ['--option', 'Size=250 g', '--option', 'Grind=Espresso', '--option', 'Bag color=Kraft']
    const rows = async (...extra: string[]): Promise<string[]> => {
      const { code, stdout } = await run(['price', 'p.json', ...options, ...extra], files)
      expect(code).toBe(0)
      return stdout.split('\n').filter((line) => /^ {2}\S/.test(line))
    }
    expect(await rows('--modifier', 'Label text=Ann')).toStrictEqual(['  variant      14.00', '  modifiers    0.00'])
    expect(await rows('--modifier', 'Label text=Ann', '--modifier', 'Gift wrap=yes')).toStrictEqual([
      '  variant      14.00',
      '  modifiers    +3.50',
    ])
    expect(await rows('--modifier', 'Label text=Ann', '--subscription', 'Every 2 weeks x12')).toStrictEqual([
      '  variant      14.00',
      '  modifiers    0.00',
      '  subscription -1.50',
    ])
  })

  it('a plan dearer than a one-time purchase prints subscription +85.00, not --85.00 (issue 19)', async () => {
    const product = JSON.parse(readFileSync(house, 'utf8'))
    const monthly = product.subscriptionDetails.subscriptions[0].id
    for (const variant of product.variantsInfo.variants)
      variant.subscriptionPricesInfo = { subscriptionPrices: [{ subscriptionId: monthly, price: { amount: '99.00' } }] }
    const { code, stdout } = await run(['price', 'p.json', ...complete], { 'p.json': JSON.stringify(product) })
    expect(code).toBe(0)
    expect(stdout).toContain('unit price     102.50 USD')
    expect(stdout).toContain('  variant      14.00\n  modifiers    +3.50\n  subscription +85.00\n')
    expect(stdout).not.toContain('--')
  })

  it('--json for a product it cannot read prints { "issues": [...] } alone, as build --json does (issue 19)', async () => {
    const files = { 'x.json': '{"id": "p1", "name": "Mystery"}' }
    const price = await run(['price', 'x.json', '--json'], files)
    const build = await run(['build', 'x.json', '--json'], files)
    expect(price.code).toBe(1)
    expect(price.stderr).toBe('')
    expect(JSON.parse(price.stdout)).toStrictEqual(JSON.parse(build.stdout))
    expect(Object.keys(JSON.parse(price.stdout))).toStrictEqual(['issues'])
    expect(JSON.parse(price.stdout).issues[0].code).toBe('unknown_catalog_version')
    // Without --json: no table of unknown prices, only the issue, as build prints it.
    expect(await run(['price', 'x.json'], files)).toStrictEqual({
      code: 1,
      stdout: '',
      stderr: (await run(['build', 'x.json'], files)).stderr,
    })
  })

  it('a currency cannot forge a line of the table (issue 19: USD\\ntotal 0.01 USD)', async () => {
    const product = JSON.parse(readFileSync(candle, 'utf8'))
    product.priceData.currency = 'USD\ntotal          0.01 USD'
    const argv = ['price', 'p.json', '--option', 'Scent=Lavender', '--option', 'Jar color=Amber']
    const forged = await run(argv, { 'p.json': JSON.stringify(product) })
    const plain = await run(argv, { 'p.json': readFileSync(candle, 'utf8') })
    expect(forged.stdout.split('\n')).toHaveLength(plain.stdout.split('\n').length)
    expect(forged.stdout).toContain('total          16.20 USD\\u000atotal          0.01 USD\n')
    expect(forged.stdout.split('\n').filter((line) => line.startsWith('total'))).toHaveLength(1)
  })
})
