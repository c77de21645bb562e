/*
 * Exact money (docs/decisions.md, src/internal/money.ts) against an oracle in BigInt (test/generators/
 * decimal.ts; the library itself may not use BigInt):
 * - `toUnits` of a non-negative double at any exponent 0..9 is what its shortest text (`String(x)`,
 *   exponent notation written out) says: the number fast path agrees with the text path;
 * - `toUnits` of a string: the exact count for `digits[.digits]`; `TOO_LARGE` exactly when the count
 *   (of the digits up to the exponent) is beyond `Number.MAX_SAFE_INTEGER`; else `TOO_PRECISE` exactly
 *   when a non-zero digit lies past the exponent; `NOT_AN_AMOUNT` for any other text or value, even
 *   where a part of the text is too large or too precise (the whole text is read first);
 * - `formatUnits` writes the oracle's text and `toUnits` reads it back;
 * - `percentOff` is the half-up rounding of the exact rational, or `TOO_LARGE` exactly when an
 *   intermediate (the numerator, twice the denominator, the result) is not a safe integer;
 * - `currencyScale` is ISO 4217's minor unit for every code, never the runtime's `Intl`.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  currencyScale,
  formatUnits,
  MAX_EXPONENT,
  NOT_AN_AMOUNT,
  percentOff,
  TOO_LARGE,
  TOO_PRECISE,
  toUnits,
} from '../../src/internal/money.js'
import { type CatalogProduct, getPricePreview } from '../../src/index.js'
import {
  type Decimal,
  decimal,
  decimalOfNumber,
  divideHalfUp,
  formatDecimal,
  MAX_SAFE,
  parseDecimal,
  pow10,
} from '../generators/decimal.js'
import { runs, TEST_TIMEOUT } from '../generators/util.js'

/** money.ts reads no text longer than this (hostile input: "Text longer than this is no amount"). */
const TEXT_MAX = 64

/** What `toUnits` must give for an exact decimal (undefined: no amount) at `exponent` decimals. */
function expectedUnits(d: Decimal | undefined, exponent: number): number {
  if (d === undefined) return NOT_AN_AMOUNT
  if (exponent >= d.exponent) {
    const units = d.units * pow10(exponent - d.exponent)
    return units > MAX_SAFE ? TOO_LARGE : Number(units)
  }
  const divisor = pow10(d.exponent - exponent)
  const whole = d.units / divisor
  // The digits up to the exponent are read first: a count already too large is TOO_LARGE.
  if (whole > MAX_SAFE) return TOO_LARGE
  return d.units % divisor === 0n ? Number(whole) : TOO_PRECISE
}

/** What `toUnits` must give for any value. */
function expectedFor(value: unknown, exponent: number): number {
  if (typeof value === 'number')
    return value >= 0 || Object.is(value, -0) ? expectedUnits(decimalOfNumber(value), exponent) : NOT_AN_AMOUNT
  if (typeof value === 'string')
    return value.length > TEXT_MAX ? NOT_AN_AMOUNT : expectedUnits(parseDecimal(value), exponent)
  return NOT_AN_AMOUNT
}

const exponentArb = fc.integer({ min: 0, max: MAX_EXPONENT })

/** A BigInt near `around` (a few units either side, never negative). */
const near = (around: bigint): fc.Arbitrary<bigint> =>
  fc.bigInt({ min: -3n, max: 3n }).map((delta) => (around + delta < 0n ? 0n : around + delta))

/** Counts of units that matter: small, cents-like, near 2^31 and near MAX_SAFE_INTEGER / 10^k. */
const unitsArb: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: 0n, max: 10_000n }),
  fc.bigInt({ min: 0n, max: MAX_SAFE * 1000n }),
  fc.integer({ min: 0, max: 18 }).chain((k) => near(MAX_SAFE / pow10(k))),
  fc.integer({ min: 0, max: 18 }).chain((k) => near(MAX_SAFE * pow10(k))),
  fc.integer({ min: 0, max: 4 }).chain((k) => near(2n ** 31n * pow10(k))),
)

/** Non-negative doubles: any double, decimals k / 10^d (the fast path), integers, tiny and huge ones, -0. */
const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: 0, noNaN: true }),
  fc.tuple(unitsArb, fc.integer({ min: 0, max: 12 })).map(([units, d]) => Number(units) / 10 ** d),
  fc.tuple(fc.integer({ min: 0, max: 2 ** 31 + 5 }), fc.integer({ min: 0, max: 9 })).map(([k, d]) => k / 10 ** d),
  fc.double({ min: 2 ** 31 - 2, max: 2 ** 31 + 2, noNaN: true }),
  fc.double({ min: 9e15, max: 1e22, noNaN: true }),
  fc.double({ min: 0, max: 1e-5, noNaN: true }),
  fc.constantFrom(0, -0, 1e21, 1e-7, 1.5e-7, 5e-324, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53, 0.1 + 0.2),
)

/** `digits[.digits]`, with leading and trailing zeros now and then, at most TEXT_MAX characters. */
const amountTextArb: fc.Arbitrary<string> = fc
  .record({
    units: unitsArb,
    decimals: fc.integer({ min: 0, max: 14 }),
    leading: fc.integer({ min: 0, max: 3 }),
    trailing: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ units, decimals, leading, trailing }) => {
    const digits = units.toString().padStart(decimals + 1, '0')
    const whole = '0'.repeat(leading) + digits.slice(0, digits.length - decimals)
    const fraction = digits.slice(digits.length - decimals) + '0'.repeat(decimals > 0 ? trailing : 0)
    return fraction === '' ? whole : `${whole}.${fraction}`
  })
  .filter((text) => text.length <= TEXT_MAX)

/** Texts near amounts that are none: a character put in, a part dropped, a sign, an exponent, other digits. */
const almostAmountArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      amountTextArb,
      fc.nat(),
      fc.constantFrom('-', '+', 'e', 'E', ' ', ',', '.', '_', 'x', '\u0663', '\uff11', '\u0000', '\n', '..'),
    )
    .map(([text, at, insert]) => {
      const i = at % (text.length + 1)
      return text.slice(0, i) + insert + text.slice(i)
    }),
  amountTextArb.map((text) => (text.includes('.') ? `${text.split('.')[0]}.` : `.${text}`)),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '.', '0.', '.0', '1e2', '1e-2', '-0', '+1', 'Infinity', 'NaN', '0x10', '1_000', ' 1', '1 ', '١'),
)

describe('toUnits', () => {
  it(
    'of a non-negative double is what its shortest text says, at every exponent 0..9 (fast path = text path)',
    () => {
      fc.assert(
        fc.property(numberArb, exponentArb, (x, exponent) => {
          const units = toUnits(x, exponent)
          // -0 reads as a count of 0 (a count -0 is 0 in every later step).
          expect(units === 0 ? 0 : units, `${String(x)} at ${exponent}`).toBe(expectedFor(x, exponent))
        }),
        { numRuns: runs(3000) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'of `digits[.digits]` is exact, TOO_LARGE beyond a safe integer, else TOO_PRECISE past the exponent',
    () => {
      fc.assert(
        fc.property(amountTextArb, exponentArb, (text, exponent) => {
          expect(toUnits(text, exponent), `${text} at ${exponent}`).toBe(expectedFor(text, exponent))
        }),
        { numRuns: runs(3000) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'of anything else is NOT_AN_AMOUNT',
    () => {
      const otherValue = fc.oneof(
        fc.constantFrom(null, undefined, true, false, 12n, {}, [], ['1'], { amount: '1' }, () => 1),
        fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
        fc.constant(Number.NaN),
        fc.constant(Number.POSITIVE_INFINITY),
      )
      fc.assert(
        fc.property(fc.oneof(almostAmountArb, otherValue), exponentArb, (value, exponent) => {
          // A text may still be an amount by chance (fc.string): the oracle decides. A text that is no
          // amount is NOT_AN_AMOUNT even where a part of it before the character that makes it none is
          // too large or too precise (the whole text is read first).
          expect(toUnits(value, exponent), `${String(value)} at ${exponent}`).toBe(expectedFor(value, exponent))
        }),
        { numRuns: runs(2000) },
      )
      expect(toUnits('12.5', 2)).toBe(1250)
      expect(toUnits('12.5-', 2)).toBe(NOT_AN_AMOUNT)
    },
    TEST_TIMEOUT,
  )

  // toUnits reads the whole text before it tells a failure: a text that is no amount is NOT_AN_AMOUNT
  // even when a part of it before the character that makes it none is too large or too precise (else
  // the price preview's missing_price message would say "too large" / "more than 9 decimals" for
  // "10000000000000000 USD" and "1.2345678901,5", where docs/product-page.md, "Price" has "not a decimal amount").
  it('gives NOT_AN_AMOUNT for a text that is no amount even when a prefix of it is too large or too precise', () => {
    expect([toUnits('10000000000000000-00', 0), toUnits('1.5x', 0), toUnits('1.5555555555x', 2)]).toEqual([
      NOT_AN_AMOUNT,
      NOT_AN_AMOUNT,
      NOT_AN_AMOUNT,
    ])
    // An amount both too large and too precise is too large.
    expect(toUnits('10000000000000000.5', 0)).toBe(TOO_LARGE)
    // And the preview tells such a text as no decimal amount.
    for (const amount of ['10000000000000000 USD', '1.2345678901,5']) {
      const product = {
        id: 'p',
        currency: 'USD',
        options: [],
        variantsInfo: { variants: [{ id: 'v', choices: [], price: { actualPrice: { amount } } }] },
      } as unknown as CatalogProduct
      expect(getPricePreview(product, {}).issues.map(({ code, message }) => ({ code, message }))).toEqual([
        {
          code: 'missing_price',
          message:
            'The price variantsInfo.variants.0.price.actualPrice.amount is missing or not a decimal amount (0 or more, at most 9 decimals and 64 characters).',
        },
      ])
    }
  })

  it('reads no text longer than 64 characters (money.ts, hostile input), amount or not', () => {
    const long = `1.${'0'.repeat(TEXT_MAX - 2)}`
    expect(toUnits(long, 2)).toBe(100)
    expect(toUnits(`${long}0`, 2)).toBe(NOT_AN_AMOUNT)
  })
})

describe('formatUnits', () => {
  it(
    'writes the exact amount with at least `scale` decimals, and toUnits reads it back',
    () => {
      const arb = fc.record({
        units: fc.oneof(unitsArb, fc.bigInt({ min: -MAX_SAFE, max: MAX_SAFE })).filter((u) => u <= MAX_SAFE),
        exponent: exponentArb,
        scale: fc.integer({ min: 0, max: 4 }),
      })
      fc.assert(
        fc.property(arb, ({ units, exponent, scale: wanted }) => {
          const scale = Math.min(wanted, exponent)
          const text = formatUnits(Number(units), exponent, scale)
          expect(text).toBe(formatDecimal(decimal(units, exponent), scale))
          if (units >= 0n) expect(toUnits(text, exponent)).toBe(Number(units))
        }),
        { numRuns: runs(2000) },
      )
    },
    TEST_TIMEOUT,
  )
})

describe('percentOff', () => {
  it(
    'is units × (100 − percent) / 100 rounded half up to the scale, or TOO_LARGE exactly when an intermediate is unsafe',
    () => {
      const arb = fc
        .record({
          units: unitsArb.filter((u) => u <= MAX_SAFE),
          percentExponent: fc.oneof(fc.constantFrom(0, 0, 1, 2), fc.integer({ min: 0, max: MAX_EXPONENT })),
          exponent: exponentArb,
          scale: fc.constantFrom(0, 2, 3, 4),
        })
        .chain((r) => {
          const hundred = 100n * pow10(r.percentExponent)
          return fc
            .oneof(
              fc.bigInt({ min: 0n, max: hundred }),
              fc.constantFrom(0n, hundred, hundred / 2n, hundred / 8n, (hundred * 15n) / 100n),
            )
            .map((percent) => ({ ...r, scale: Math.min(r.scale, r.exponent), percent }))
        })
      fc.assert(
        fc.property(arb, ({ units, percent, percentExponent, exponent, scale }) => {
          const hundred = 100n * pow10(percentExponent)
          const numerator = units * (hundred - percent)
          const denominator = hundred * pow10(exponent - scale)
          const result = divideHalfUp(numerator, denominator) * pow10(exponent - scale)
          const unsafe = numerator > MAX_SAFE || 2n * denominator > MAX_SAFE || result > MAX_SAFE
          expect(
            percentOff(Number(units), Number(percent), percentExponent, exponent, scale),
            `${units} at ${exponent} less ${percent}e-${percentExponent} %, scale ${scale}`,
          ).toBe(unsafe ? TOO_LARGE : Number(result))
        }),
        { numRuns: runs(3000) },
      )
      // docs/product-page.md, "Price"'s example: 12.50 at 15 % → 10.625 → 10.63.
      expect(percentOff(1250, 15, 0, 2, 2)).toBe(1063)
    },
    TEST_TIMEOUT,
  )
})

/**
 * ISO 4217 (List One, active codes) minor units other than 2, copied from the ISO list; every other
 * code below has 2 (codes with no minor unit, "N.A.", such as XAU, get the default 2).
 */
const ISO_MINOR_UNITS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' ').map((c) => [c, 0]),
  ),
  ...Object.fromEntries('BHD IQD JOD KWD LYD OMR TND'.split(' ').map((c) => [c, 3])),
  CLF: 4,
  UYW: 4,
}
const ISO_TWO = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF ' +
  'CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD ' +
  'HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU ' +
  'MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG ' +
  'SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES ' +
  'WST XCD XCG YER ZAR ZMW ZWG ZWL XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX'
).split(' ')

describe('currencyScale', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  /** Runs `read` with an `Intl` that throws on any use, and one whose currency digits are all 7. */
  function withoutIntl<T>(read: () => T): T[] {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('Intl was used')
        },
      },
    )
    const wrong = {
      ...Intl,
      NumberFormat: function NumberFormat() {
        return { resolvedOptions: () => ({ minimumFractionDigits: 7, maximumFractionDigits: 7 }), format: () => '?' }
      },
    }
    const out: T[] = []
    for (const stand of [throwing, wrong]) {
      vi.stubGlobal('Intl', stand)
      try {
        out.push(read())
      } finally {
        vi.unstubAllGlobals()
      }
    }
    return out
  }

  it("is ISO 4217's minor unit for every code of the ISO list, whatever the runtime's Intl says", () => {
    const expected = [...Object.entries(ISO_MINOR_UNITS), ...ISO_TWO.map((code): [string, number] => [code, 2])]
    const scales = (): [string, number][] => expected.map(([code]) => [code, currencyScale(code)])
    for (const got of [scales(), ...withoutIntl(scales)])
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected))
    // Where CLDR's display digits differ from ISO 4217 (HUF, IDR, COP, PKR show 0; IQD 0 against 3).
    expect(['HUF', 'IDR', 'COP', 'PKR', 'IQD', 'CLF'].map((c) => currencyScale(c))).toEqual([2, 2, 2, 2, 3, 4])
  })

  it(
    'is 2 for an unknown code or none, names of Object.prototype included',
    () => {
      const known = new Set([...Object.keys(ISO_MINOR_UNITS)])
      const unknownArb = fc
        .oneof(
          fc.string({ maxLength: 5 }),
          fc.stringMatching(/^[A-Z]{3}$/),
          fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''),
        )
        .filter((code) => !known.has(code.toUpperCase()))
      fc.assert(
        fc.property(unknownArb, (code) => {
          expect(withoutIntl(() => currencyScale(code))).toEqual([2, 2])
          expect(currencyScale(code)).toBe(2)
        }),
        { numRuns: runs(500) },
      )
      expect(currencyScale(undefined)).toBe(2)
    },
    TEST_TIMEOUT,
  )
})
