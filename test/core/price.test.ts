/*
 * getPricePreview (docs/product-page.md, "Price"): every expected amount below is worked out by hand from the rules, never
 * computed by the code under test. House blend (V3): 250 g variants 14.00, 1 kg variants 42.00 with
 * compare-at 48.00; Gift wrap "yes" +3.50, Ribbon "gold" +0.50, Label text (mandatory free text) +0;
 * subscriptions Monthly 10 % off, "Every 2 weeks x12" 1.50 off, a hidden Yearly without discount;
 * sold by subscription only. Candle (V1, unmanaged): 18.00 discounted to 16.20.
 */
import { describe, expect, it } from 'vitest'
import { type BuildIssue, type CatalogProduct, getPricePreview, type PricePreview } from '../../src/index.js'
import { fixture, type RawProduct } from '../helpers/fixtures.js'

const house = (): RawProduct => fixture('house-blend.rest')
const SMALL = { Size: '250 g', Grind: 'Whole bean', 'Bag color': 'Kraft' } as const
const BIG = { Size: '1 kg', Grind: 'Whole bean', 'Bag color': 'Kraft' } as const
const LABEL = { 'Label text': 'Ann' } as const

const codes = (preview: PricePreview): string[] => preview.issues.map((i) => i.code)
const priceIssues = (preview: PricePreview): BuildIssue[] => preview.issues.filter((i) => i.code === 'missing_price')

/** A tiny V3 product: one option Size (S, M) with the given variant prices, and whatever `extra` adds. */
function tiny(prices: readonly [unknown, unknown], extra: RawProduct = {}): RawProduct {
  const choice = (id: string) => ({ choiceId: id, key: id, name: id, visible: true, inStock: true })
  return {
    id: 'tiny',
    currency: 'USD',
    options: [{ id: 'size', name: 'Size', choicesSettings: { choices: [choice('S'), choice('M')] } }],
    variantsInfo: {
      variants: prices.map((amount, i) => ({
        id: `v${i}`,
        choices: [{ optionChoiceIds: { optionId: 'size', choiceId: i === 0 ? 'S' : 'M' } }],
        price: amount === undefined ? {} : { actualPrice: { amount } },
      })),
    },
    ...extra,
  }
}

describe('getPricePreview: V3 house blend, complete selections', () => {
  it('Monthly (10 % off): 14.00 → 12.60; the one-time price is the strike-through', () => {
    const preview = getPricePreview(house(), { options: SMALL, modifiers: LABEL, subscriptionOptionId: 'Monthly' })
    expect(preview).toEqual({
      complete: true,
      currency: 'USD',
      quantity: 1,
      unitPrice: { min: '12.60', max: '12.60' },
      compareAtUnitPrice: { min: '14.00', max: '14.00' },
      totalPrice: { min: '12.60', max: '12.60' },
      compareAtTotalPrice: { min: '14.00', max: '14.00' },
      breakdown: { variant: '14.00', modifiers: '0.00', subscriptionDiscount: '1.40' },
      issues: [],
    })
  })

  it('Every 2 weeks (1.50 off): 14.00 → 12.50', () => {
    const preview = getPricePreview(house(), {
      options: SMALL,
      modifiers: LABEL,
      subscriptionOptionId: 'Every 2 weeks x12',
    })
    expect(preview.unitPrice).toEqual({ min: '12.50', max: '12.50' })
    expect(preview.breakdown).toEqual({ variant: '14.00', modifiers: '0.00', subscriptionDiscount: '1.50' })
  })

  it('modifiers are added after the discount and not discounted: 12.60 + 3.50 + 0.50 = 16.60, × 3 = 49.80', () => {
    const preview = getPricePreview(house(), {
      options: SMALL,
      modifiers: { ...LABEL, 'Gift wrap': 'yes', 'Ribbon color': 'gold' },
      subscriptionOptionId: 'Monthly',
      quantity: 3,
    })
    expect(preview.complete).toBe(true)
    expect(preview.quantity).toBe(3)
    expect(preview.unitPrice).toEqual({ min: '16.60', max: '16.60' })
    expect(preview.compareAtUnitPrice).toEqual({ min: '18.00', max: '18.00' })
    expect(preview.totalPrice).toEqual({ min: '49.80', max: '49.80' })
    expect(preview.breakdown).toEqual({ variant: '14.00', modifiers: '4.00', subscriptionDiscount: '1.40' })
  })

  it('the 1 kg variant with its compare-at 48.00: Monthly 37.80, Every 2 weeks 40.50, gift-wrapped 41.30 (strike 51.50)', () => {
    expect(
      getPricePreview(house(), { options: BIG, modifiers: LABEL, subscriptionOptionId: 'Monthly' }).unitPrice,
    ).toEqual({ min: '37.80', max: '37.80' })
    expect(
      getPricePreview(house(), { options: BIG, modifiers: LABEL, subscriptionOptionId: 'Every 2 weeks x12' }).unitPrice,
    ).toEqual({ min: '40.50', max: '40.50' })
    const wrapped = getPricePreview(house(), {
      options: BIG,
      modifiers: { ...LABEL, 'Gift wrap': 'Yes' },
      subscriptionOptionId: 'Monthly',
      quantity: 3,
    })
    expect(wrapped.unitPrice).toEqual({ min: '41.30', max: '41.30' })
    expect(wrapped.compareAtUnitPrice).toEqual({ min: '51.50', max: '51.50' })
    expect(wrapped.totalPrice).toEqual({ min: '123.90', max: '123.90' })
  })

  it('a subscription without a discount leaves the price and shows no strike-through (availability ignored: Yearly is hidden)', () => {
    const preview = getPricePreview(
      house(),
      { options: SMALL, modifiers: LABEL, subscriptionOptionId: 'Yearly (hidden)' },
      { availability: 'ignore' },
    )
    expect(preview.unitPrice).toEqual({ min: '14.00', max: '14.00' })
    expect(preview.breakdown).toEqual({ variant: '14.00', modifiers: '0.00', subscriptionDiscount: '0.00' })
    expect(preview).not.toHaveProperty('compareAtUnitPrice')
    expect(preview.issues).toEqual([])
  })

  it('Wix’s own subscription price (subscriptionPricesInfo) wins over the discount rule', () => {
    const product = house()
    const monthly = product.subscriptionDetails.subscriptions[0].id
    product.variantsInfo.variants[0].subscriptionPricesInfo = {
      subscriptionPrices: [{ subscriptionId: monthly, price: { amount: '11.99' } }],
    }
    const preview = getPricePreview(product, { options: SMALL, modifiers: LABEL, subscriptionOptionId: 'Monthly' })
    expect(preview.unitPrice).toEqual({ min: '11.99', max: '11.99' })
    expect(preview.breakdown).toEqual({ variant: '14.00', modifiers: '0.00', subscriptionDiscount: '2.01' })
  })

  it('an out-of-stock variant is still priced; the issue says it cannot be added', () => {
    const preview = getPricePreview(house(), {
      options: { ...BIG, 'Bag color': 'Black' },
      modifiers: LABEL,
      subscriptionOptionId: 'Monthly',
    })
    expect(preview.complete).toBe(true)
    expect(preview.unitPrice).toEqual({ min: '37.80', max: '37.80' })
    expect(codes(preview)).toEqual(['out_of_stock'])
  })

  it('SDK shape gives the same amounts', () => {
    const preview = getPricePreview(fixture('house-blend.sdk'), {
      options: BIG,
      modifiers: LABEL,
      subscriptionOptionId: 'Monthly',
    })
    expect(preview.unitPrice).toEqual({ min: '37.80', max: '37.80' })
    expect(preview.compareAtUnitPrice).toEqual({ min: '48.00', max: '48.00' })
  })
})

describe('getPricePreview: partial selections give the range still possible', () => {
  it('nothing chosen: every available variant under every offered subscription: 12.50 (14 − 1.50) to 40.50 (42 − 1.50)', () => {
    const preview = getPricePreview(house())
    expect(preview.complete).toBe(false)
    expect(preview.unitPrice).toEqual({ min: '12.50', max: '40.50' })
    expect(preview.compareAtUnitPrice).toEqual({ min: '14.00', max: '48.00' })
    expect(preview).not.toHaveProperty('breakdown')
    expect(codes(preview)).toEqual([
      'missing_option',
      'missing_option',
      'missing_option',
      'missing_modifier',
      'subscription_required',
    ])
  })

  it('narrows as the buyer chooses: Size 250 g + Monthly → 12.60; 1 kg → 37.80', () => {
    expect(getPricePreview(house(), { options: { Size: '250 g' }, subscriptionOptionId: 'Monthly' }).unitPrice).toEqual(
      { min: '12.60', max: '12.60' },
    )
    expect(getPricePreview(house(), { options: { Size: '1 kg' }, subscriptionOptionId: 'Monthly' }).unitPrice).toEqual({
      min: '37.80',
      max: '37.80',
    })
    // Grind chosen, size open: both sizes still possible.
    expect(
      getPricePreview(house(), { options: { Grind: 'Espresso' }, subscriptionOptionId: 'Monthly', quantity: 3 })
        .totalPrice,
    ).toEqual({ min: '37.80', max: '113.40' })
  })

  it('the same answers on a product seen before (the indexed path) as on a never-seen one (the scan)', () => {
    const product = house()
    const selection = { options: { Grind: 'Espresso' }, subscriptionOptionId: 'Monthly' }
    const first = getPricePreview(product, selection)
    for (let i = 0; i < 3; i++) expect(getPricePreview(product, selection)).toEqual(first)
    expect(getPricePreview(product)).toEqual(getPricePreview(house()))
  })

  it('options complete but the subscription open: the range over the offered subscriptions (12.50 to 12.60)', () => {
    const preview = getPricePreview(house(), { options: SMALL, modifiers: LABEL })
    expect(preview.complete).toBe(false)
    expect(preview.unitPrice).toEqual({ min: '12.50', max: '12.60' })
    expect(codes(preview)).toEqual(['subscription_required'])
  })

  it('a mandatory choice modifier not chosen: its cheapest and dearest choice (0 to 3.50); optional ones add nothing', () => {
    const product = house()
    product.modifiers[0].mandatory = true
    const preview = getPricePreview(product, { options: SMALL, modifiers: LABEL, subscriptionOptionId: 'Monthly' })
    expect(preview.complete).toBe(false)
    expect(preview.unitPrice).toEqual({ min: '12.60', max: '16.10' })
    expect(codes(preview)).toEqual(['missing_modifier'])
  })

  it("availability 'enforce' prices only available variants; 'ignore' all of them", () => {
    // 1 kg + Black: 006 is out of stock, 008 pre-orderable; make 008 a dearer variant to tell them apart.
    const product = house()
    product.variantsInfo.variants[7].price.actualPrice.amount = '50.00'
    product.variantsInfo.variants[6].inventoryStatus.inStock = false // 1 kg Espresso Kraft, now out of stock
    const selection = { options: { Size: '1 kg', Grind: 'Espresso' }, subscriptionOptionId: 'Every 2 weeks x12' }
    expect(getPricePreview(product, selection).unitPrice).toEqual({ min: '48.50', max: '48.50' })
    expect(getPricePreview(product, selection, { availability: 'ignore' }).unitPrice).toEqual({
      min: '40.50',
      max: '48.50',
    })
  })

  it("when no matching variant is available, 'enforce' falls back to the matching ones (the picker shows them unavailable)", () => {
    const product = house()
    product.variantsInfo.variants[4].inventoryStatus.inStock = false // 1 kg Whole bean Kraft; Black (006) is already out
    const preview = getPricePreview(product, {
      options: { Size: '1 kg', Grind: 'Whole bean' },
      subscriptionOptionId: 'Monthly',
    })
    expect(preview.unitPrice).toEqual({ min: '37.80', max: '37.80' })
  })

  it('no variant at all (a query result without variantsInfo): no amounts, missing_variants', () => {
    const product = house()
    delete product.variantsInfo
    const preview = getPricePreview(product, { options: SMALL })
    expect(preview.unitPrice).toEqual({ min: '', max: '' })
    expect(preview.totalPrice).toEqual({ min: '', max: '' })
    expect(codes(preview)).toContain('missing_variants')
  })
})

describe('getPricePreview: V1', () => {
  it('the candle: discountedPrice 16.20 (already discounted, never twice), compare-at 18.00, × 3 = 48.60', () => {
    for (const name of ['candle-unmanaged.rest', 'candle-unmanaged.sdk'] as const) {
      const preview = getPricePreview(fixture(name), {
        options: { Scent: 'Lavender', 'Jar color': 'Amber' },
        quantity: 3,
      })
      expect(preview).toEqual({
        complete: true,
        currency: 'USD',
        quantity: 3,
        unitPrice: { min: '16.20', max: '16.20' },
        compareAtUnitPrice: { min: '18.00', max: '18.00' },
        totalPrice: { min: '48.60', max: '48.60' },
        compareAtTotalPrice: { min: '54.00', max: '54.00' },
        breakdown: { variant: '16.20', modifiers: '0.00', subscriptionDiscount: '0.00' },
        issues: [],
      })
    }
  })

  it('the candle, nothing chosen: 16.20 but not complete', () => {
    const preview = getPricePreview(fixture('candle-unmanaged.rest'))
    expect(preview.complete).toBe(false)
    expect(preview.unitPrice).toEqual({ min: '16.20', max: '16.20' })
  })

  it('a V1 subscription id passes through without a discount (V1 discounts are not in the product)', () => {
    const preview = getPricePreview(fixture('candle-unmanaged.rest'), {
      options: { Scent: 'Lavender', 'Jar color': 'Amber' },
      subscriptionOptionId: 'sub-1',
    })
    expect(preview.unitPrice).toEqual({ min: '16.20', max: '16.20' })
  })

  it('managed variants: the variant priceData; S 25.00, M 27.00; the range narrows', () => {
    expect(
      getPricePreview(fixture('tshirt-managed.rest'), { options: { Size: 'M', Color: 'Black' } }).unitPrice,
    ).toEqual({ min: '27.00', max: '27.00' })
    expect(getPricePreview(fixture('tshirt-managed.rest'), { options: { Color: 'Black' } }).unitPrice).toEqual({
      min: '25.00',
      max: '27.00',
    })
    // White: S is out of stock, M hidden: none available, so both are priced.
    expect(getPricePreview(fixture('tshirt-managed.sdk'), { options: { Color: 'White' } }).unitPrice).toEqual({
      min: '25.00',
      max: '27.00',
    })
    expect(getPricePreview(fixture('tshirt-managed.rest'), { options: { Size: 'S' } }).unitPrice).toEqual({
      min: '25.00',
      max: '25.00',
    })
  })

  it('V1 numbers are read through their shortest decimal text: 16.2 is 16.20, 1e-7 is 0.0000001', () => {
    const product = fixture('candle-unmanaged.rest')
    product.priceData = { currency: 'USD', price: 16.2, discountedPrice: 16.2 }
    expect(getPricePreview(product, { options: { Scent: 'Lavender', 'Jar color': 'Amber' } }).unitPrice).toEqual({
      min: '16.20',
      max: '16.20',
    })
    product.priceData = { currency: 'USD', price: 1e-7, discountedPrice: 1e-7 }
    expect(getPricePreview(product, { options: { Scent: 'Lavender', 'Jar color': 'Amber' } }).unitPrice).toEqual({
      min: '0.0000001',
      max: '0.0000001',
    })
  })

  it('a V1 number whose shortest text has more decimals than can be held exactly (0.1 + 0.2) is missing_price, never rounded', () => {
    const product = fixture('candle-unmanaged.rest')
    product.priceData = { currency: 'USD', price: 0.1 + 0.2, discountedPrice: 0.1 + 0.2 }
    const preview = getPricePreview(product, { options: { Scent: 'Lavender', 'Jar color': 'Amber' } })
    expect(preview.unitPrice).toEqual({ min: '', max: '' })
    expect(preview.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_price', ['product', 'priceData', 'discountedPrice']],
    ])
  })

  it('Velo shape: price and discountedPrice on the product itself', () => {
    const product = fixture('candle-unmanaged.rest')
    delete product.priceData
    product.price = 18
    product.discountedPrice = 16.2
    product.currency = 'USD'
    expect(getPricePreview(product).unitPrice).toEqual({ min: '16.20', max: '16.20' })
  })
})

describe('getPricePreview: exact decimals and currencies', () => {
  it('0.1 + 0.2 = 0.30 exactly (variant 0.1, modifier 0.2)', () => {
    const product = tiny(['0.1', '5'], {
      modifiers: [
        {
          id: 'm',
          name: 'Wrap',
          modifierRenderType: 'TEXT_CHOICES',
          choicesSettings: { choices: [{ key: 'y', name: 'Y', addedPrice: '0.2' }] },
        },
      ],
    })
    expect(getPricePreview(product, { options: { Size: 'S' }, modifiers: { Wrap: 'y' } }).unitPrice).toEqual({
      min: '0.30',
      max: '0.30',
    })
  })

  it('900719925.47 × 100000 = 90071992547000.00 exactly: totals up to 2^53 cents are exact', () => {
    const preview = getPricePreview(tiny(['900719925.47', '1']), { options: { Size: 'S' }, quantity: 100000 })
    expect(preview.totalPrice).toEqual({ min: '90071992547000.00', max: '90071992547000.00' })
    expect(preview.issues).toEqual([])
  })

  it('999999999.99 × 100000 is beyond a safe integer of cents: the total is a missing_price issue, never a rounded figure', () => {
    const preview = getPricePreview(tiny(['999999999.99', '1']), { options: { Size: 'S' }, quantity: 100000 })
    expect(preview.unitPrice).toEqual({ min: '999999999.99', max: '999999999.99' })
    expect(preview.totalPrice).toEqual({ min: '', max: '' })
    expect(preview.issues.map((i) => [i.code, i.path])).toEqual([['missing_price', ['quantity']]])
  })

  it('PERCENT rounds the price half up: 12.50 at 15 % → 10.625 → 10.63 (discount 1.87)', () => {
    const product = tiny(['12.50', '1'], {
      subscriptionDetails: {
        subscriptions: [{ id: 's', title: 'Monthly', discount: { type: 'PERCENT', percentOff: 15 } }],
      },
    })
    const preview = getPricePreview(product, { options: { Size: 'S' }, subscriptionOptionId: 's' })
    expect(preview.unitPrice).toEqual({ min: '10.63', max: '10.63' })
    expect(preview.breakdown).toEqual({ variant: '12.50', modifiers: '0.00', subscriptionDiscount: '1.87' })
  })

  it('round half up per unit, then × quantity: 10.625 → 10.63 × 3 = 31.89 (not 31.88)', () => {
    const product = tiny(['12.50', '1'], {
      subscriptionDetails: { subscriptions: [{ id: 's', discount: { type: 'PERCENT', percentOff: 15 } }] },
    })
    expect(
      getPricePreview(product, { options: { Size: 'S' }, subscriptionOptionId: 's', quantity: 3 }).totalPrice,
    ).toEqual({ min: '31.89', max: '31.89' })
  })

  it('AMOUNT never goes below 0', () => {
    const product = tiny(['1.00', '1'], {
      subscriptionDetails: { subscriptions: [{ id: 's', discount: { type: 'AMOUNT', amountOff: '5' } }] },
    })
    expect(getPricePreview(product, { options: { Size: 'S' }, subscriptionOptionId: 's' }).unitPrice).toEqual({
      min: '0.00',
      max: '0.00',
    })
  })

  it('JPY has no decimals: 1234 at 10 % → 1110.6 → 1111; 150 off → 1084', () => {
    const subscriptions = [
      { id: 'p', discount: { type: 'PERCENT', percentOff: 10 } },
      { id: 'a', discount: { type: 'AMOUNT', amountOff: '150' } },
    ]
    const product = tiny(['1234', '2000'], { currency: 'JPY', subscriptionDetails: { subscriptions } })
    const monthly = getPricePreview(product, { options: { Size: 'S' }, subscriptionOptionId: 'p', quantity: 2 })
    expect(monthly.currency).toBe('JPY')
    expect(monthly.unitPrice).toEqual({ min: '1111', max: '1111' })
    expect(monthly.totalPrice).toEqual({ min: '2222', max: '2222' })
    expect(monthly.breakdown).toEqual({ variant: '1234', modifiers: '0', subscriptionDiscount: '123' })
    expect(getPricePreview(product, { options: { Size: 'S' }, subscriptionOptionId: 'a' }).unitPrice).toEqual({
      min: '1084',
      max: '1084',
    })
  })

  it('BHD has 3 decimals: 1.255 at 10 % → 1.1295 → 1.130; 1.25 prints as 1.250', () => {
    const product = tiny(['1.255', '1.25'], {
      currency: 'BHD',
      subscriptionDetails: { subscriptions: [{ id: 'p', discount: { type: 'PERCENT', percentOff: 10 } }] },
    })
    expect(getPricePreview(product, { options: { Size: 'S' }, subscriptionOptionId: 'p' }).unitPrice).toEqual({
      min: '1.130',
      max: '1.130',
    })
    expect(getPricePreview(product, { options: { Size: 'M' }, subscriptionOptionId: 'p' }).breakdown?.variant).toBe(
      '1.250',
    )
  })

  it('an amount Wix gives finer than the currency keeps its decimals (only computed amounts round): JPY 99.5 × 3 = 298.5', () => {
    const preview = getPricePreview(tiny(['99.5', '1'], { currency: 'JPY' }), { options: { Size: 'S' }, quantity: 3 })
    expect(preview.unitPrice).toEqual({ min: '99.5', max: '99.5' })
    expect(preview.totalPrice).toEqual({ min: '298.5', max: '298.5' })
    // A computed amount rounds to the currency: 99.5 at 10 % → 89.55 → 90 yen.
    const product = tiny(['99.5', '1'], {
      currency: 'JPY',
      subscriptionDetails: { subscriptions: [{ id: 'p', discount: { type: 'PERCENT', percentOff: 10 } }] },
    })
    expect(getPricePreview(product, { options: { Size: 'S' }, subscriptionOptionId: 'p' }).unitPrice).toEqual({
      min: '90',
      max: '90',
    })
  })

  it('ISO 4217 minor units from the library, never the runtime: HUF 1999.50 stays 1999.50, × 10 = 19995.00', () => {
    const preview = getPricePreview(tiny(['1999.50', '1'], { currency: 'HUF' }), {
      options: { Size: 'S' },
      quantity: 10,
    })
    expect(preview.unitPrice).toEqual({ min: '1999.50', max: '1999.50' })
    expect(preview.totalPrice).toEqual({ min: '19995.00', max: '19995.00' })
    for (const [currency, expected] of [
      ['IDR', '12.50'],
      ['COP', '12.50'],
      ['PKR', '12.50'],
      ['IQD', '12.500'],
      ['LAK', '12.50'],
      ['MGA', '12.50'],
      ['ALL', '12.50'],
      ['KWD', '12.500'],
      ['CLF', '12.5000'],
      ['VND', '12.5'],
    ] as const) {
      expect(
        getPricePreview(tiny(['12.5', '1'], { currency }), { options: { Size: 'S' } }).unitPrice.min,
        currency,
      ).toBe(expected)
    }
  })

  it('unknown, malformed or missing currency: 2 decimals, and Intl never throws out', () => {
    for (const currency of ['ZZZ', 'US', 'dollars', 42, undefined, '']) {
      const preview = getPricePreview(tiny(['7', '1'], { currency }), { options: { Size: 'S' } })
      expect(preview.unitPrice, String(currency)).toEqual({ min: '7.00', max: '7.00' })
      expect(preview.issues).toEqual([])
    }
  })
})

describe('getPricePreview: missing or malformed price fields → missing_price at the field, never a made-up 0', () => {
  const V0 = ['product', 'variantsInfo', 'variants', 0] as const
  const bad: readonly [string, unknown][] = [
    ['missing', undefined],
    ['null', null],
    ['text', 'twelve'],
    ['negative', '-1.00'],
    ['exponent', '1e3'],
    ['a huge digit string', '9'.repeat(100_000)],
    ['too many decimals', '1.000000000000000000001'],
    ['an object', { amount: '1' }],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an array', ['1']],
  ]

  it.each(bad)('V3 variant actualPrice.amount %s', (_, amount) => {
    const product = tiny(['1', '2'])
    product.variantsInfo.variants[0].price = amount === undefined ? {} : { actualPrice: { amount } }
    const preview = getPricePreview(product, { options: { Size: 'S' } })
    expect(priceIssues(preview)).toEqual([
      expect.objectContaining({ code: 'missing_price', path: [...V0, 'price', 'actualPrice', 'amount'] }),
    ])
    expect(preview.unitPrice).toEqual({ min: '', max: '' })
    expect(preview.complete).toBe(false)
  })

  it('a variant without a price is left out of a range, and reported', () => {
    const preview = getPricePreview(tiny([undefined, '2.00']))
    expect(preview.unitPrice).toEqual({ min: '2.00', max: '2.00' })
    expect(priceIssues(preview).map((i) => i.path)).toEqual([[...V0, 'price', 'actualPrice', 'amount']])
  })

  it('V3 compareAtPrice.amount malformed: reported, the price stands', () => {
    const product = tiny(['1', '2'])
    product.variantsInfo.variants[0].price.compareAtPrice = { amount: 'n/a' }
    const preview = getPricePreview(product, { options: { Size: 'S' } })
    expect(priceIssues(preview).map((i) => i.path)).toEqual([[...V0, 'price', 'compareAtPrice', 'amount']])
    expect(preview.unitPrice).toEqual({ min: '1.00', max: '1.00' })
    expect(preview).not.toHaveProperty('compareAtUnitPrice')
  })

  it('V3 modifier choice addedPrice, chosen or in a mandatory range', () => {
    const product = house()
    delete product.modifiers[0].choicesSettings.choices[1].addedPrice
    const path = ['product', 'modifiers', 0, 'choicesSettings', 'choices', 1, 'addedPrice']
    const chosen = getPricePreview(product, {
      options: SMALL,
      modifiers: { ...LABEL, 'Gift wrap': 'yes' },
      subscriptionOptionId: 'Monthly',
    })
    expect(priceIssues(chosen).map((i) => i.path)).toEqual([path])
    expect(chosen.unitPrice).toEqual({ min: '', max: '' })
    expect(chosen.complete).toBe(false)
    // Not chosen and optional: not read, no issue.
    expect(
      priceIssues(getPricePreview(product, { options: SMALL, modifiers: LABEL, subscriptionOptionId: 'Monthly' })),
    ).toEqual([])
    // A fresh product: models are cached per product object (by its top-level fields).
    const mandatory = house()
    delete mandatory.modifiers[0].choicesSettings.choices[1].addedPrice
    mandatory.modifiers[0].mandatory = true
    const open = getPricePreview(mandatory, { options: SMALL, modifiers: LABEL, subscriptionOptionId: 'Monthly' })
    expect(priceIssues(open).map((i) => i.path)).toEqual([path])
    expect(open.unitPrice).toEqual({ min: '12.60', max: '12.60' })
  })

  it('V3 free-text defaultAddedPrice, once text is given', () => {
    const product = house()
    product.modifiers[2].freeTextSettings.defaultAddedPrice = '1,50'
    const preview = getPricePreview(product, { options: SMALL, modifiers: LABEL, subscriptionOptionId: 'Monthly' })
    expect(priceIssues(preview).map((i) => i.path)).toEqual([
      ['product', 'modifiers', 2, 'freeTextSettings', 'defaultAddedPrice'],
    ])
    product.modifiers[2].freeTextSettings.defaultAddedPrice = '1.50'
    expect(
      getPricePreview(product, { options: SMALL, modifiers: LABEL, subscriptionOptionId: 'Monthly' }).unitPrice,
    ).toEqual({ min: '14.10', max: '14.10' })
  })

  it('V3 subscription discount: percentOff, amountOff, type', () => {
    const S = ['product', 'subscriptionDetails', 'subscriptions'] as const
    const cases: [RawProduct, readonly (string | number)[]][] = [
      [{ type: 'PERCENT' }, [...S, 0, 'discount', 'percentOff']],
      [{ type: 'PERCENT', percentOff: 150 }, [...S, 0, 'discount', 'percentOff']],
      [{ type: 'AMOUNT', amountOff: 'x' }, [...S, 0, 'discount', 'amountOff']],
      [{ type: 'HALF' }, [...S, 0, 'discount', 'type']],
    ]
    for (const [discount, path] of cases) {
      const product = tiny(['10', '1'], { subscriptionDetails: { subscriptions: [{ id: 's', discount }] } })
      const preview = getPricePreview(product, { options: { Size: 'S' }, subscriptionOptionId: 's' })
      expect(
        priceIssues(preview).map((i) => i.path),
        JSON.stringify(discount),
      ).toEqual([path])
      expect(preview.unitPrice).toEqual({ min: '', max: '' })
    }
  })

  it('V3 subscriptionPricesInfo price.amount', () => {
    const product = tiny(['10', '1'], { subscriptionDetails: { subscriptions: [{ id: 's' }] } })
    product.variantsInfo.variants[0].subscriptionPricesInfo = {
      subscriptionPrices: [{ subscriptionId: 's', price: {} }],
    }
    const preview = getPricePreview(product, { options: { Size: 'S' }, subscriptionOptionId: 's' })
    expect(priceIssues(preview).map((i) => i.path)).toEqual([
      [...V0, 'subscriptionPricesInfo', 'subscriptionPrices', 0, 'price', 'amount'],
    ])
  })

  it('V1 product priceData.discountedPrice, price; managed variant priceData', () => {
    const candle = fixture('candle-unmanaged.rest')
    candle.priceData.discountedPrice = 'cheap'
    expect(priceIssues(getPricePreview(candle)).map((i) => i.path)).toEqual([
      ['product', 'priceData', 'discountedPrice'],
    ])
    const bare = fixture('candle-unmanaged.rest')
    delete bare.priceData
    delete bare.price
    expect(priceIssues(getPricePreview(bare)).map((i) => i.path)).toEqual([['product', 'price']])
    const shirt = fixture('tshirt-managed.rest')
    delete shirt.variants[0].variant.priceData
    const preview = getPricePreview(shirt, { options: { Size: 'S', Color: 'Black' } })
    expect(priceIssues(preview).map((i) => i.path)).toEqual([['product', 'variants', 0, 'variant', 'price']])
    expect(preview.unitPrice).toEqual({ min: '', max: '' })
  })
})

describe('getPricePreview: issues are the builders’ issues', () => {
  it('same codes and paths as safeBuildLineItem, plus nothing for a good selection', () => {
    const preview = getPricePreview(house(), {
      options: { Size: 'XL' },
      modifiers: { Nope: 'x' },
      subscriptionOptionId: 'Weekly',
      quantity: 0,
    })
    expect(preview.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_choice', ['options', 'Size']],
      ['missing_option', ['options', 'Grind']],
      ['missing_option', ['options', 'Bag color']],
      ['unknown_modifier', ['modifiers', 'Nope']],
      ['missing_modifier', ['modifiers', 'Label text']],
      ['unknown_subscription', ['subscriptionOptionId']],
      ['invalid_quantity', ['quantity']],
    ])
    // An unknown choice constrains nothing: the range is the whole product's.
    expect(preview.unitPrice).toEqual({ min: '12.50', max: '40.50' })
    expect(preview.quantity).toBe(1)
  })

  it('a product that is not a product: no amounts, the issue, no throw', () => {
    for (const product of [null, 42, 'x', [], {}]) {
      const preview = getPricePreview(product as never)
      expect(preview.unitPrice).toEqual({ min: '', max: '' })
      expect(preview.issues.length).toBeGreaterThan(0)
    }
  })
})

describe('getPricePreview: beyond Wix limits it refuses by size, before any work (issue 19 item 6)', () => {
  /** A V3 product with `count` variants and `plans` subscriptions, each variant priced per plan. */
  function big(count: number, plans: number): RawProduct {
    const subscriptions = Array.from({ length: plans }, (_, s) => ({ id: `s${s}`, title: `Plan ${s}` }))
    return {
      id: 'big',
      currency: 'USD',
      options: [
        {
          id: 'o',
          name: 'N',
          choicesSettings: { choices: Array.from({ length: count }, (_, c) => ({ choiceId: `c${c}`, name: `C${c}` })) },
        },
      ],
      subscriptionDetails: { subscriptions, allowOneTimePurchases: false },
      variantsInfo: {
        variants: Array.from({ length: count }, (_, v) => ({
          id: `v${v}`,
          choices: [{ optionChoiceIds: { optionId: 'o', choiceId: `c${v}` } }],
          price: { actualPrice: { amount: `${10 + (v % 90)}.00` } },
          subscriptionPricesInfo: {
            subscriptionPrices: subscriptions.map((s, i) => ({
              subscriptionId: s.id,
              price: { amount: `${9 + (i % 3)}.00` },
            })),
          },
        })),
      },
    }
  }

  it('10,000 variants × 60 subscriptions with per-variant subscription prices: invalid_product with the limit, no amounts', () => {
    const preview = getPricePreview(big(10_000, 60) as CatalogProduct)
    expect(preview.unitPrice).toEqual({ min: '', max: '' })
    expect(preview.issues.filter((i) => i.code === 'invalid_product').map((i) => [i.path, i.limit])).toEqual([
      [['product', 'variantsInfo', 'variants'], 1000],
    ])
  })

  it('7 subscriptions on 10 variants: refused the same way; at the limits (1,000 variants × 6 plans) it prices', () => {
    expect(getPricePreview(big(10, 7) as CatalogProduct).issues.map((i) => [i.code, i.limit])).toContainEqual([
      'invalid_product',
      6,
    ])
    const atLimits = getPricePreview(big(1000, 6) as CatalogProduct)
    expect(atLimits.unitPrice).toEqual({ min: '9.00', max: '11.00' })
    expect(atLimits.issues.map((i) => i.code)).toEqual(['missing_option', 'subscription_required'])
  })
})
