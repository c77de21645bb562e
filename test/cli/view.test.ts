/*
 * The `view` command (issue 21 item 3): getProductView as tables, or the ProductView as JSON; the
 * price lines as `price` prints them, the issues on stderr and exit 1 as every command does.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { getProductView } from '../../src/index.js'
import { runCli } from '../helpers/cli.js'

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
const house = fixture('house-blend.rest.json')
const tshirt = fixture('tshirt-managed.rest.json')
const candle = fixture('candle-unmanaged.rest.json')
const coffee = fileURLToPath(new URL('./fixtures/coffee.docs.json', import.meta.url))
const read = (path: string): Record<string, any> => JSON.parse(readFileSync(path, 'utf8')) // eslint-disable-line @typescript-eslint/no-explicit-any

const run = runCli

const houseOptions = ['--option', 'Size=250 g', '--option', 'Grind=Espresso', '--option', 'Bag color=Kraft']
const houseComplete = [
  ...houseOptions,
  ...['--modifier', 'Label text=Ann', '--modifier', 'Gift wrap=yes', '--subscription', 'Monthly'],
]

describe('view', () => {
  it('prints every section of a complete House Blend selection, then the price, exit 0', async () => {
    const { code, stdout: all, stderr } = await run(['view', house, ...houseComplete, '--quantity', '3'])
    expect({ code, stderr }).toStrictEqual({ code: 0, stderr: '' })
    const stdout = all.slice(0, all.indexOf('unit price     '))
    const link = '?Size=250+g&Grind=Espresso&Bag+color=Kraft&subscription=Monthly'
    expect(stdout).toBe(
      [
        'House Blend Coffee · Catalog V3 · c4d7a1e2-93b8-4f5a-a6c1-2e8d9b0f7a35',
        `link: ${link}`,
        '',
        'OPTION     CHOICE      SELECTED  EXISTS  AVAILABLE  PREORDER  UNIT PRICE  COLOR    LINK',
        `Size       250 g       yes       yes     yes        no        16.10                ${link}`,
        '           1 kg        no        yes     yes        no        41.30                ?Size=1+kg&Grind=Espresso&Bag+color=Kraft&subscription=Monthly',
        'Grind      Whole bean  no        yes     yes        no        16.10                ?Size=250+g&Grind=Whole+bean&Bag+color=Kraft&subscription=Monthly',
        `           Espresso    yes       yes     yes        no        16.10                ${link}`,
        `Bag color  Kraft       yes       yes     yes        no        16.10       #C8A165  ${link}`,
        '           Black       no        yes     no         no        16.10       #111111  ?Size=250+g&Grind=Whole+bean&Bag+color=Black&subscription=Monthly',
        '',
        'MODIFIER      KIND     MANDATORY  CHOICE                      ADDED  SELECTED  COLOR',
        'Gift wrap     choices  no         No                          0.00   no',
        '                                  Yes                         +3.50  yes',
        'Ribbon color  choices  no         Red                         0.00   no        #C62828',
        '                                  Gold                        +0.50  no        #D4AF37',
        'Label text    text     yes        (text: 1 to 30 characters)  0.00   "Ann"',
        '',
        'PLAN               EVERY    CYCLES  DISCOUNT  UNIT PRICE  SELECTED',
        'Monthly            1 MONTH          -10%      16.10       yes',
        'Every 2 weeks x12  2 WEEK   12      -1.50     16.00       no',
        'one-time purchase: not allowed',
        '',
        'VARIANT                               SKU              AVAILABLE  PREORDER',
        '10000000-aaaa-4bbb-8ccc-000000000003  COF-250-ESP-KRA  yes        no',
        '',
        'MEDIA  SRC',
        'image  https://static.wixstatic.com/media/11062b_coffee_bag~mv2.jpg/v1/fit/w_1000,h_1000,q_90/file.jpg',
        '',
        '', // then price's table (the cases below)
      ].join('\n'),
    )
  })

  it.each([
    ['the House Blend, complete', house, houseComplete],
    ['the House Blend, one option', house, ['--option', 'Size=1 kg']],
    [
      'the House Blend, a wrong choice and a plan',
      house,
      ['--option', 'Size=2 kg', '--subscription', 'Every 2 weeks x12'],
    ],
    ['the T-shirt (V1), complete', tshirt, ['--option', 'Size=M', '--option', 'Color=Black', '--quantity', '2']],
    ['the candle (V1), nothing chosen', candle, []],
    ['the Coffee, no prices', coffee, ['--option', 'Size=S']],
    ['the Coffee, complete, no prices', coffee, ['--option', 'Size=S', '--option', 'Box color=Red']],
  ])('%s: the price lines are what price prints; the issues too, but for missing_price', async (_, file, flags) => {
    const view = await run(['view', file, ...flags])
    const price = await run(['price', file, ...flags])
    expect(price.stdout.length).toBeGreaterThan(0)
    expect(view.stdout.endsWith(`\n\n${price.stdout}`)).toBe(true)
    // The view's issues are the builder's (DESIGN §14): a missing price is in its price.issues only.
    const builderIssues = price.stderr.replace(/^\[missing_price\] .*\n/gm, '')
    expect({ code: view.code, stderr: view.stderr }).toStrictEqual({
      code: builderIssues === '' ? 0 : 1,
      stderr: builderIssues,
    })
  })

  it('prints the issues on stderr and exits 1, the tables still printed', async () => {
    const { code, stdout, stderr } = await run(['view', house, '--option', 'Size=1 kg'])
    expect(code).toBe(1)
    expect(stdout.split('\n').slice(0, 3)).toStrictEqual([
      'House Blend Coffee · Catalog V3 · c4d7a1e2-93b8-4f5a-a6c1-2e8d9b0f7a35',
      'link: ?Size=1+kg',
      '',
    ])
    expect(stdout).toContain(
      '\n           Black       no        yes     yes        yes       37.80 – 40.50  #111111  ?Size=1+kg&Bag+color=Black\n',
    )
    expect(stdout).toContain('\nLabel text    text     yes        (text: 1 to 30 characters)  0.00   no\n')
    expect(stdout).not.toContain('VARIANT')
    expect(stderr.split('\n').map((line) => line.split(' ')[0])).toStrictEqual([
      '[missing_option]',
      '[missing_option]',
      '[missing_modifier]',
      '[subscription_required]',
      '',
    ])
  })

  it('--json prints the ProductView object (issues inside), the same as getProductView gives', async () => {
    const cases: readonly [string, string[], Parameters<typeof getProductView>[1]][] = [
      [house, ['--option', 'Size=1 kg', '--quantity', '2'], { options: { Size: '1 kg' }, quantity: 2 }],
      [
        tshirt,
        ['--variant', '00000000-0000-0003-0005-92b5d2d4b1a1'],
        { variantId: '00000000-0000-0003-0005-92b5d2d4b1a1' },
      ],
    ]
    for (const [file, flags, selection] of cases) {
      const { code, stdout, stderr } = await run(['view', file, ...flags, '--json'])
      const expected = getProductView(read(file), selection)
      expect({ code, stderr }).toStrictEqual({ code: expected.issues.length > 0 ? 1 : 0, stderr: '' })
      expect(JSON.parse(stdout)).toStrictEqual(JSON.parse(JSON.stringify(expected)))
    }
    const complete = JSON.parse((await run(['view', house, ...houseComplete, '--json'])).stdout)
    expect(complete.issues).toStrictEqual([])
    expect(complete.lineItem.catalogReference.options.variantId).toBe('10000000-aaaa-4bbb-8ccc-000000000003')
  })

  it('a V1 product: its custom text fields as text modifiers, the text given quoted, no plans', async () => {
    const name = ['--modifier', 'Name to print on the back=ALEX']
    const { code, stdout } = await run(['view', tshirt, '--option', 'Size=M', '--option', 'Color=Black', ...name])
    expect(code).toBe(0)
    const sections = stdout.split('\n\n')
    expect(sections[0]).toBe(
      'Classic Crew T-Shirt · Catalog V1 · 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\nlink: ?Size=M&Color=Black',
    )
    expect(sections[2]).toBe(
      [
        'MODIFIER                   KIND  MANDATORY  CHOICE                        ADDED  SELECTED',
        'Name to print on the back  text  yes        (text: 1 to 20 characters)    0.00   "ALEX"',
        'Gift message               text  no         (text: up to 200 characters)  0.00   no',
      ].join('\n'),
    )
    expect(sections[3]).toBe(
      'VARIANT                               SKU        AVAILABLE  PREORDER\n00000000-0000-0003-0005-92b5d2d4b1a1  TEE-M-BLK  yes        no',
    )
    expect(stdout).not.toContain('PLAN')
  })

  it('what a product lacks shows as such: unknown added prices, no unit price column, no media', async () => {
    const { stdout } = await run(['view', coffee])
    expect(stdout).toContain('\nOPTION     CHOICE  SELECTED  EXISTS  AVAILABLE  PREORDER  LINK\n')
    expect(stdout).toContain('\nRemove price tag  choices  no         Yes                           (unknown)  no\n')
    expect(stdout).toContain('\n\n(no media)\n\n')
    const bare = { ...read(candle), productOptions: [], manageVariants: false }
    const noOptions = await run(['view', 'p.json'], { 'p.json': JSON.stringify(bare) })
    expect(noOptions.stdout.split('\n\n')[1]).toBe('(no options)')
  })

  it('--catalog-version and --choice-value reach getProductView', async () => {
    const asV3 = await run(['view', candle, '--catalog-version', 'V3'])
    expect({ code: asV3.code, stdout: asV3.stdout }).toStrictEqual({ code: 1, stdout: '' })
    expect(asV3.stderr).toMatch(/^\[missing_variants\] /)
    const flags = ['--option', 'Size=S', '--option', 'Box color=Red', '--modifier', 'Remove price tag=yes', '--json']
    const byName = JSON.parse((await run(['view', coffee, ...flags, '--choice-value', 'name'])).stdout)
    const byKey = JSON.parse((await run(['view', coffee, ...flags])).stdout)
    expect(byName.lineItem.catalogReference.options.options).toStrictEqual({ 'Remove price tag': 'Yes' })
    expect(byKey.lineItem.catalogReference.options.options).toStrictEqual({ 'Remove price tag': 'yes' })
  })

  it('a product it cannot read prints its issues alone, as price does ({ "issues": [...] } with --json)', async () => {
    const files = { 'x.json': '{"id": "p1", "name": "Mystery"}' }
    for (const json of [[], ['--json']]) {
      const view = await run(['view', 'x.json', ...json], files)
      expect(view).toStrictEqual(await run(['price', 'x.json', ...json], files))
      expect(view.code).toBe(1)
    }
  })

  it('product strings and the text given stay on their line (issue 19)', async () => {
    const product = read(house)
    product.subscriptionDetails.subscriptions[0].title = 'Monthly\nVARIANT  forged'
    product.options[2].choicesSettings.choices[0].colorCode = '#C8A165\n           Forged  yes'
    product.media.main.image = 'https://x.example/a.jpg\nimage  https://evil.example/b.jpg'
    const { code, stdout } = await run(
      ['view', 'p.json', '--option', 'Size=250 g', '--modifier', 'Label text=Ann\n[missing_option] forged'],
      { 'p.json': JSON.stringify(product) },
    )
    expect(code).toBe(1)
    const lines = stdout.split('\n')
    expect(lines.filter((line) => line.startsWith('Monthly\\u000aVARIANT  forged'))).toHaveLength(1)
    expect(lines.filter((line) => /^VARIANT|^\s+Forged|^image {2}https:\/\/evil/.test(line))).toStrictEqual([])
    expect(stdout).toContain('#C8A165\\u000a           Forged  yes')
    expect(stdout).toContain('  "Ann\\n[missing_option] forged"\n')
  })

  it('usage: a product file is needed; --help lists the command', async () => {
    expect(await run(['view'])).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'wix-catalog-reference: view needs a product JSON file: view <product.json> (see --help)\n',
    })
    expect((await run(['view', house, '--quantity', 'two'])).code).toBe(2)
    expect((await run(['--help'])).stdout).toContain('\n  wix-catalog-reference view <product.json> [flags] [--json]\n')
  })
})
