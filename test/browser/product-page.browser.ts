/*
 * examples/vite-product-page in a real browser: Debian's Chromium (/usr/bin/chromium, or $CHROMIUM)
 * driven by playwright-core, on the page as `vite build` built it, served from 127.0.0.1. Every check
 * reads what a buyer sees: text, pressed and disabled buttons, the picture, the price and the strike
 * price, the URL, back/forward, the messages after "Add to cart" and the cart Wix would hold.
 * `npm run test:browser` builds the library and the page, then runs this file with node's test runner.
 * The last screenshot of each product is kept in .tmp/browser/ (git ignores .tmp/).
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'
import { type CatalogProduct, type Selection, safeBuildLineItem } from '../../src/index.js'

const ROOT = join(import.meta.dirname, '../..')
const EXAMPLE = join(ROOT, 'examples/vite-product-page')
const DIST = join(EXAMPLE, 'dist')
const SHOTS = join(ROOT, '.tmp/browser')
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium'
// As on this machine's CI: no sandbox (root), and nothing that calls out to Google's hosts.
// playwright-core adds --headless and a fresh, empty --user-data-dir of its own.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const product = (name: string): CatalogProduct =>
  JSON.parse(readFileSync(join(EXAMPLE, 'src/products', name), 'utf8')) as CatalogProduct
const HOUSE_BLEND = product('house-blend.json')
const TSHIRT = product('tshirt.json')

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
}

/** The built page, served as `vite preview` would: files from dist/, index.html for `/`. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = join(DIST, path === '/' ? 'index.html' : path)
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        response.end(body)
      },
      () => {
        response.writeHead(404)
        response.end()
      },
    )
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

let browser: Browser
let server: Server
let origin: string
/** Errors the open page reported (uncaught exceptions, console errors, failed requests). */
let errors: string[] = []

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), 'the page is not built: run `npm run test:browser`')
  assert.ok(
    existsSync(CHROMIUM),
    `${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium (or set CHROMIUM)`,
  )
  server = await serve()
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
  mkdirSync(SHOTS, { recursive: true })
})

after(async () => {
  await browser?.close()
  server?.close()
})

/** A fresh page (its own cart) at `/?query`, recording what goes wrong in it. */
async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
  errors = []
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`))
  await page.goto(`${origin}/?${query}`)
  await page.locator('h1').waitFor()
  return page
}

async function close(page: Page): Promise<void> {
  await page.close()
  assert.deepEqual(errors, [], 'the page reported errors')
}

/** Retries an assertion until it holds (what popstate or an async add draws comes a moment later). */
async function eventually(check: () => Promise<void>, timeout = 3_000): Promise<void> {
  const end = Date.now() + timeout
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > end) throw error
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
}

const group = (page: Page, name: string): Locator => page.getByRole('group', { name, exact: true })
const choice = (page: Page, option: string, name: string): Locator =>
  group(page, option).getByRole('button', { name: new RegExp(`^${name}\\b`) })
const text = async (locator: Locator): Promise<string> => ((await locator.textContent()) ?? '').trim()
const query = (page: Page): string => decodeURIComponent(new URL(page.url()).search)
const price = (page: Page): Promise<string> => text(page.getByTestId('price'))
const compareAt = (page: Page): Promise<string> => text(page.getByTestId('compare-at'))
const pressed = async (locator: Locator): Promise<boolean> => (await locator.getAttribute('aria-pressed')) === 'true'

/** The color a choice's swatch is drawn in. */
const swatch = (page: Page, option: string, name: string): Promise<string> =>
  choice(page, option, name)
    .locator('.color')
    .evaluate((span) => getComputedStyle(span).backgroundColor)

/** The pictures shown, each checked to have loaded. */
async function pictures(page: Page): Promise<string[]> {
  const images = page.locator('.gallery img')
  const out: string[] = []
  for (const image of await images.all()) {
    await eventually(async () => assert.ok(await image.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)))
    out.push((await image.getAttribute('src')) ?? '')
  }
  return out
}

/** The lines of the cart the fake Wix client holds, as the page shows them. */
async function cartLines(page: Page): Promise<{ quantity: number; catalogReference: unknown }[]> {
  return JSON.parse(await text(page.locator('.cart-lines')))
}

/** What the library builds for a selection: the line the page must have sent. */
function built(product: CatalogProduct, selection: Selection): unknown {
  const line = safeBuildLineItem(product, selection)
  assert.ok(line.success, 'the expected line must build')
  return line.data.catalogReference
}

/** 1 kg, Espresso and the black bag, which only pre-order has: its URL, its picture, the button. */
async function seesBlackBagOnPreorder(page: Page): Promise<void> {
  assert.equal(query(page), '?product=house-blend&Size=1+kg&Grind=Espresso&Bag+color=Black')
  assert.deepEqual(await pictures(page), ['/media/bag-black.svg'])
  assert.equal(await text(page.locator('button.add')), 'Pre-order')
}

describe('House Blend Coffee (Catalog V3)', () => {
  test('swatches, sold-out choices, price and strike price, the picture and the URL follow each click', async () => {
    const page = await open('product=house-blend')
    assert.equal(await text(page.locator('h1')), 'House Blend Coffee')
    assert.equal(await price(page), 'from $12.50')
    assert.equal(await compareAt(page), 'from $14.00')
    assert.deepEqual(await pictures(page), ['/media/bag-kraft.svg', '/media/bag-black.svg'])
    assert.equal(await swatch(page, 'Bag color', 'Kraft'), 'rgb(200, 161, 101)') // #C8A165
    assert.equal(await swatch(page, 'Bag color', 'Black'), 'rgb(17, 17, 17)') // #111111

    await choice(page, 'Size', '1 kg').click()
    assert.equal(query(page), '?product=house-blend&Size=1+kg')
    assert.equal(await pressed(choice(page, 'Size', '1 kg')), true)
    assert.equal(await pressed(choice(page, 'Size', '250 g')), false)
    assert.equal(await price(page), 'from $37.80') // 42.00 less the best plan (10 %)
    assert.equal(await compareAt(page), '$48.00')

    await choice(page, 'Grind', 'Whole bean').click()
    assert.equal(query(page), '?product=house-blend&Size=1+kg&Grind=Whole+bean')
    assert.equal(await choice(page, 'Bag color', 'Black').isDisabled(), true) // 1 kg whole bean black: out of stock
    assert.match(await text(choice(page, 'Bag color', 'Black')), /sold out$/)
    assert.equal(await choice(page, 'Bag color', 'Kraft').isDisabled(), false)

    await choice(page, 'Bag color', 'Kraft').click()
    assert.equal(query(page), '?product=house-blend&Size=1+kg&Grind=Whole+bean&Bag+color=Kraft')
    assert.deepEqual(await pictures(page), ['/media/bag-kraft.svg'])

    await choice(page, 'Grind', 'Espresso').click()
    assert.equal(query(page), '?product=house-blend&Size=1+kg&Grind=Espresso&Bag+color=Kraft')
    assert.equal(await choice(page, 'Bag color', 'Black').isDisabled(), false) // 1 kg espresso black: pre-order
    assert.match(await text(choice(page, 'Bag color', 'Black')), /pre-order$/)

    await choice(page, 'Bag color', 'Black').click()
    await seesBlackBagOnPreorder(page)
    await close(page)
  })

  test('back and forward restore the selection, the picture, the disabled choices and the button', async () => {
    const page = await open('product=house-blend&Size=1+kg')
    await choice(page, 'Grind', 'Espresso').click()
    await choice(page, 'Bag color', 'Kraft').click()
    await choice(page, 'Bag color', 'Black').click()
    await seesBlackBagOnPreorder(page)

    await page.goBack()
    await eventually(async () => assert.equal(await pressed(choice(page, 'Bag color', 'Kraft')), true))
    assert.equal(query(page), '?product=house-blend&Size=1+kg&Grind=Espresso&Bag+color=Kraft')
    assert.equal(await pressed(choice(page, 'Bag color', 'Black')), false)
    assert.deepEqual(await pictures(page), ['/media/bag-kraft.svg'])
    assert.equal(await text(page.locator('button.add')), 'Add to cart')

    await page.goBack()
    await eventually(async () => assert.equal(await pressed(choice(page, 'Bag color', 'Kraft')), false))
    assert.equal(query(page), '?product=house-blend&Size=1+kg&Grind=Espresso')
    assert.deepEqual(await pictures(page), ['/media/bag-kraft.svg', '/media/bag-black.svg'])

    await page.goForward()
    await page.goForward()
    await eventually(async () => assert.equal(await pressed(choice(page, 'Bag color', 'Black')), true))
    await seesBlackBagOnPreorder(page)
    await close(page)
  })

  test('the plan goes in the URL; quantity and gift wrap change the price and the strike price, not the URL', async () => {
    const page = await open('product=house-blend&Size=1+kg&Grind=Espresso&Bag+color=Kraft')
    assert.equal(await price(page), 'from $37.80') // no plan yet: 37.80 (Monthly) to 40.50 (every 2 weeks)
    const monthly = page.getByRole('radio', { name: /^Monthly — 10% off/ })
    const fortnightly = page.getByRole('radio', { name: /^Every 2 weeks x12 — \$1\.50 off/ })
    assert.equal(await monthly.isChecked(), false)

    await monthly.check()
    assert.equal(query(page), '?product=house-blend&Size=1+kg&Grind=Espresso&Bag+color=Kraft&subscription=Monthly')
    assert.equal(await price(page), '$37.80')
    assert.equal(await compareAt(page), '$48.00')

    await page.getByLabel('Quantity').fill('2')
    assert.equal(await price(page), '$75.60')
    assert.equal(await compareAt(page), '$96.00')

    await choice(page, 'Gift wrap (optional)', 'Yes').click()
    assert.equal(await pressed(choice(page, 'Gift wrap (optional)', 'Yes')), true)
    assert.equal(await price(page), '$82.60') // (37.80 + 3.50) × 2
    assert.equal(await compareAt(page), '$103.00')
    assert.equal(query(page), '?product=house-blend&Size=1+kg&Grind=Espresso&Bag+color=Kraft&subscription=Monthly')

    await fortnightly.check()
    assert.equal(await price(page), '$88.00') // (40.50 + 3.50) × 2
    assert.match(query(page), /&subscription=Every\+2\+weeks\+x12$/)
    await page.goBack()
    await eventually(async () => assert.equal(await monthly.isChecked(), true))
    assert.equal(await fortnightly.isChecked(), false)
    assert.equal(await price(page), '$82.60') // what was typed stays: quantity 2 and the gift wrap
    await close(page)
  })

  test('a missing label blocks the add with the builder message; with it, the line is added', async () => {
    const page = await open('product=house-blend&Size=1+kg&Grind=Espresso&Bag+color=Kraft&subscription=Monthly')
    const add = page.getByRole('button', { name: 'Add to cart' })
    await add.click()
    const alert = page.getByRole('alert')
    await eventually(async () =>
      assert.equal(await text(alert), '"Label text" is mandatory: enter 1 to 30 characters.'),
    )
    assert.equal(await text(page.locator('.cart summary')), 'Cart: 0 lines (0 requests to Wix)')
    assert.equal(await text(page.getByRole('status')), '')

    const label = page.getByLabel('Label text (required)')
    assert.equal(await label.getAttribute('maxlength'), '30')
    await label.pressSequentially('x'.repeat(35))
    assert.equal((await label.inputValue()).length, 30) // the limit holds while typing
    assert.match(await text(page.locator('.counter')), /^30\/30 characters$/)
    await label.fill('For Ana')
    assert.equal(await text(page.locator('.counter')), '7/30 characters')

    await add.click()
    await eventually(async () =>
      assert.equal(
        await text(page.getByRole('status')),
        'Added to cart: House Blend Coffee, 1 kg, Espresso, Kraft × 1.',
      ),
    )
    assert.equal(await text(alert), '')
    assert.equal(await text(page.locator('.cart summary')), 'Cart: 1 line (1 request to Wix)')
    const selection: Selection = {
      options: { Size: '1 kg', Grind: 'Espresso', 'Bag color': 'Kraft' },
      modifiers: { 'Label text': 'For Ana' },
      subscriptionOptionId: 'Monthly',
    }
    assert.deepEqual(await cartLines(page), [
      {
        _id: '00000000-0000-4000-8000-000000000001',
        quantity: 1,
        catalogReference: built(HOUSE_BLEND, selection),
        productName: { original: 'House Blend Coffee' },
        availability: { status: 'AVAILABLE' },
      },
    ])
    await page.locator('.cart summary').click()
    await page.screenshot({ path: join(SHOTS, 'product-page.png'), fullPage: true })
    await close(page)
  })
})

describe('Classic Crew T-Shirt (Catalog V1)', () => {
  test('color swatches, White sold out, the price per size, the picture follows the color, back and forward', async () => {
    const page = await open('product=tshirt')
    assert.equal(await text(page.locator('h1')), 'Classic Crew T-Shirt')
    assert.equal(await price(page), 'from $25.00')
    assert.equal(await compareAt(page), '') // no discount: no strike price
    assert.deepEqual(await pictures(page), ['/media/tee-black.svg', '/media/tee-white.svg'])
    assert.equal(await swatch(page, 'Color', 'Black'), 'rgb(0, 0, 0)')
    assert.equal(await swatch(page, 'Color', 'White'), 'rgb(255, 255, 255)')
    assert.equal(await choice(page, 'Color', 'White').isDisabled(), true) // S white out of stock, M white hidden
    assert.match(await text(choice(page, 'Color', 'White')), /sold out$/)

    await choice(page, 'Size', 'M').click()
    assert.equal(query(page), '?product=tshirt&Size=M')
    assert.equal(await price(page), '$27.00')
    await choice(page, 'Color', 'Black').click()
    assert.equal(query(page), '?product=tshirt&Size=M&Color=Black')
    assert.deepEqual(await pictures(page), ['/media/tee-black.svg'])

    await page.goBack()
    await eventually(async () => assert.equal(await pressed(choice(page, 'Color', 'Black')), false))
    assert.equal(query(page), '?product=tshirt&Size=M')
    assert.deepEqual(await pictures(page), ['/media/tee-black.svg', '/media/tee-white.svg'])
    await page.goBack()
    await eventually(async () => assert.equal(await pressed(choice(page, 'Size', 'M')), false))
    assert.equal(await price(page), 'from $25.00')
    await page.goForward()
    await page.goForward()
    await eventually(async () => assert.equal(await pressed(choice(page, 'Color', 'Black')), true))
    assert.equal(await price(page), '$27.00')
    await close(page)
  })

  test('the mandatory name blocks the add; then the line carries it, and a second add merges as Wix does', async () => {
    const page = await open('product=tshirt&Size=M&Color=Black')
    const add = page.getByRole('button', { name: 'Add to cart' })
    await add.click()
    await eventually(async () =>
      assert.equal(
        await text(page.getByRole('alert')),
        '"Name to print on the back" is mandatory: enter 1 to 20 characters.',
      ),
    )
    assert.equal(await text(page.locator('.cart summary')), 'Cart: 0 lines (0 requests to Wix)')

    const name = page.getByLabel('Name to print on the back (required)')
    assert.equal(await name.getAttribute('maxlength'), '20')
    await name.fill('ANA')
    assert.equal(await text(page.locator('.counter').first()), '3/20 characters')
    await add.click()
    await eventually(async () =>
      assert.equal(await text(page.getByRole('status')), 'Added to cart: Classic Crew T-Shirt, M, Black × 1.'),
    )
    const reference = built(TSHIRT, {
      options: { Size: 'M', Color: 'Black' },
      modifiers: { 'Name to print on the back': 'ANA' },
    })
    assert.deepEqual(
      (await cartLines(page)).map((line) => [line.quantity, line.catalogReference]),
      [[1, reference]],
    )

    await page.getByLabel('Quantity').fill('2')
    assert.equal(await price(page), '$54.00')
    await add.click()
    await eventually(async () =>
      assert.equal(await text(page.locator('.cart summary')), 'Cart: 1 line (2 requests to Wix)'),
    )
    assert.deepEqual(
      (await cartLines(page)).map((line) => [line.quantity, line.catalogReference]),
      [[3, reference]],
    )
    await page.screenshot({ path: join(SHOTS, 'product-page-v1.png'), fullPage: true })
    await close(page)
  })
})

describe('the bundled products', () => {
  /** A product without its media fields. */
  function withoutMedia(raw: unknown): unknown {
    return JSON.parse(JSON.stringify(raw), (key, value) => (key === 'media' ? undefined : value))
  }

  test('are the samples/ products plus one picture per color', () => {
    for (const [copy, sample] of [
      ['house-blend.json', 'house-blend.json'],
      ['tshirt.json', 'tshirt.json'],
    ] as const) {
      const original = JSON.parse(readFileSync(join(ROOT, 'samples', sample), 'utf8'))
      assert.deepEqual(withoutMedia(product(copy)), withoutMedia(original), `${copy} drifted from samples/${sample}`)
    }
  })
})
