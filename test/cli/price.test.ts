/* The `price` command: the preview as a table or JSON; issues on stderr and exit 1, like `build`. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type CliIo, main } from '../../src/cli/main.js'

const house = fileURLToPath(new URL('../fixtures/house-blend.rest.json', import.meta.url))
const candle = fileURLToPath(new URL('../fixtures/candle-unmanaged.rest.json', import.meta.url))

async function run(
  argv: readonly string[],
  files: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    readFile: async (path) => files[path] ?? readFileSync(path, 'utf8'),
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

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
})
