/*
 * Exact money as integers (docs/decisions.md, "Money is exact integers of minor units"). An amount is
 * a count of units of 10^-exponent of the currency, held in a JavaScript number while it is a safe
 * integer; the exponent is the currency's ISO 4217 minor unit, or more where an amount Wix gives has
 * more decimals. Nothing here is a binary fraction, and nothing is a BigInt: what does not fit a
 * safe integer is a failure the caller reports, never a rounded figure.
 */

/** The most decimals an amount may have (a finer amount is a failure: `TOO_PRECISE` at any exponent). */
export const MAX_EXPONENT = 9

/** Failures of {@link toUnits} and the arithmetic: negative, so that every success is a count ≥ 0. */
export const NOT_AN_AMOUNT = -1
/** The amount has more decimals than the exponent asked for: ask again with {@link fractionDigits}. */
export const TOO_PRECISE = -2
/** The amount, or a product of amounts, is beyond `Number.MAX_SAFE_INTEGER` units. */
export const TOO_LARGE = -3

const POWERS: readonly number[] = Array.from({ length: 2 * MAX_EXPONENT + 1 }, (_, n) => 10 ** n)

/** `10^n` for 0 ≤ n ≤ 18 (exact in a double). */
export function powerOfTen(n: number): number {
  return POWERS[n]!
}

/**
 * ISO 4217 minor units that are not 2 (every other code, and an unknown one, has 2). The runtime's
 * `Intl` is never asked: CLDR's display digits differ from ISO 4217 (HUF, IDR, COP, PKR, IQD, …) and
 * between runtimes, and a server and a browser must agree on an exact price.
 */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
}

/** The currency's ISO 4217 minor unit: 0 (JPY), 2 (USD, and any unknown code), 3 (BHD), 4 (CLF). */
export function currencyScale(currency: string | undefined): number {
  if (currency === undefined) return 2
  const scale = Object.hasOwn(MINOR_UNITS, currency.toUpperCase()) ? MINOR_UNITS[currency.toUpperCase()] : undefined
  return scale ?? 2
}

/**
 * Numbers below NUMBER_FAST_MAX, at up to NUMBER_FAST_EXPONENT decimals, read without their text (see
 * toUnits): there a double is at most 2^-21 apart from the next, far less than half of 10^-4.
 */
const NUMBER_FAST_MAX = 2 ** 31
const NUMBER_FAST_EXPONENT = 4

/** Text longer than this is no amount (rejected before it is looked at). */
const TEXT_MAX = 64

/**
 * An amount as units of `10^-exponent`: a decimal string (`"12.50"`, no sign, no exponent) or a
 * non-negative finite number read through its shortest decimal text (`16.2`, `1e-7`). Returns the
 * count, or `NOT_AN_AMOUNT`, `TOO_PRECISE` (non-zero digits past `exponent`), `TOO_LARGE`.
 */
export function toUnits(value: unknown, exponent: number): number {
  if (typeof value === 'number' && value >= 0 && value < NUMBER_FAST_MAX && exponent <= NUMBER_FAST_EXPONENT) {
    // A number whose shortest text has at most `exponent` decimals: the nearest count of units,
    // which reads back as the number itself (the check is exact; below NUMBER_FAST_MAX and up to
    // NUMBER_FAST_EXPONENT decimals, two such decimals never share a double). Anything else is read
    // through its text.
    const units = Math.round(value * POWERS[exponent]!)
    if (units / POWERS[exponent]! === value) return units
  }
  const text = plainText(value)
  return text === undefined ? NOT_AN_AMOUNT : text === '' ? TOO_LARGE : digitsToUnits(text, exponent)
}

/**
 * The plain decimal text of an amount (`"12.50"`; a number's exponent notation written out:
 * `1.5e-7` → `"0.00000015"`), `''` for a number too large to print without an exponent, or
 * undefined when it is no amount at all.
 */
function plainText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 && value.length <= TEXT_MAX ? value : undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined
  const text = String(value)
  const e = text.indexOf('e')
  if (e < 0) return text
  const power = Number(text.slice(e + 1))
  if (power > 0) return '' // numbers print with an exponent only from 1e21 on
  const [whole = '', fraction = ''] = text.slice(0, e).split('.')
  // Written with one digit before the point: n.nnne-p is 0.(p-1 zeros)nnnn.
  return `0.${'0'.repeat(-power - whole.length)}${whole}${fraction}`
}

/** The syntax of an amount's text: `digits[.digits]` (no sign, no exponent, no `12.` or `.5`). */
const AMOUNT = /^(\d+)(?:\.(\d+))?$/

/**
 * `digits[.digits]` in units of `10^-exponent`. The whole text is read first: anything but that
 * syntax is NOT_AN_AMOUNT, whatever else it is; then TOO_LARGE before TOO_PRECISE.
 */
function digitsToUnits(text: string, exponent: number): number {
  const match = AMOUNT.exec(text)
  if (match === null) return NOT_AN_AMOUNT
  const [, whole = '', fraction = ''] = match
  // Number() reads a digit string below 2^53 exactly, and one above it as no safe integer.
  const units = Number(whole + fraction.slice(0, exponent).padEnd(exponent, '0'))
  if (!Number.isSafeInteger(units)) return TOO_LARGE
  // Past the exponent only zeros may follow.
  return /[1-9]/.test(fraction.slice(exponent)) ? TOO_PRECISE : units
}

/**
 * How many decimals the amount needs (its fraction digits without trailing zeros), or -1 when it is
 * no amount: the exponent to ask {@link toUnits} for after a `TOO_PRECISE`.
 */
export function fractionDigits(value: unknown): number {
  const text = plainText(value)
  const match = text ? AMOUNT.exec(text) : null
  return match ? (match[2] ?? '').replace(/0+$/, '').length : -1
}

/**
 * An amount as Wix gives it, written at the currency's scale (with more decimals when it has them):
 * `"3.5"` at 2 → `"3.50"`; undefined when it is no amount an exact price can hold.
 */
export function amountText(value: unknown, scale: number): string | undefined {
  const exponent = Math.max(scale, fractionDigits(value))
  if (exponent > MAX_EXPONENT) return undefined
  const units = toUnits(value, exponent)
  return units < 0 ? undefined : formatUnits(units, exponent, scale)
}

/** `units` at `from` decimals as units at `to` ≥ `from` decimals, or `TOO_LARGE`. */
export function rescale(units: number, from: number, to: number): number {
  if (units < 0 || to === from) return units
  const scaled = units * POWERS[to - from]!
  return Number.isSafeInteger(scaled) ? scaled : TOO_LARGE
}

/**
 * Compares `a` units at `aExponent` decimals with `b` units at `bExponent` (both ≥ 0): negative,
 * zero or positive, exactly. An amount that is beyond a safe integer at the finer exponent is the
 * larger one (the other fits).
 */
export function compareUnits(a: number, aExponent: number, b: number, bExponent: number): number {
  if (aExponent === bExponent && a >= 0 && b >= 0) return a - b // most lines share the currency's scale
  const exponent = Math.max(aExponent, bExponent)
  const x = rescale(a, aExponent, exponent)
  const y = rescale(b, bExponent, exponent)
  if (x === TOO_LARGE || y === TOO_LARGE) return x === y ? 0 : x === TOO_LARGE ? 1 : -1
  return x - y
}

/** `a × b` of non-negative safe integers, or `TOO_LARGE`. */
export function multiply(a: number, b: number): number {
  const product = a * b
  return Number.isSafeInteger(product) ? product : TOO_LARGE
}

/** `a + b` of safe integers (either may be negative), or `TOO_LARGE`. */
export function add(a: number, b: number): number {
  const sum = a + b
  return Number.isSafeInteger(sum) ? sum : TOO_LARGE
}

/** `numerator / denominator` rounded half up (numerator ≥ 0, denominator > 0, both safe integers). */
function divideHalfUp(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator)
  let remainder = numerator - quotient * denominator
  // The float division may be one off near an integer: correct it with the exact remainder.
  while (remainder < 0) {
    quotient--
    remainder += denominator
  }
  while (remainder >= denominator) {
    quotient++
    remainder -= denominator
  }
  return remainder * 2 >= denominator ? quotient + 1 : quotient
}

/**
 * `units × (100 − percent) / 100` (units at `exponent` decimals, the percentage at `percentExponent`
 * decimals), rounded half up to `scale` decimals and given back at `exponent` decimals; `TOO_LARGE`
 * when an intermediate product is beyond a safe integer.
 */
export function percentOff(
  units: number,
  percentUnits: number,
  percentExponent: number,
  exponent: number,
  scale: number,
): number {
  const hundred = 100 * POWERS[percentExponent]!
  const numerator = multiply(units, hundred - percentUnits)
  const denominator = hundred * POWERS[exponent - scale]!
  if (numerator < 0 || !Number.isSafeInteger(denominator * 2)) return TOO_LARGE
  return rescale(divideHalfUp(numerator, denominator), scale, exponent)
}

/**
 * `units` of `10^-exponent` as a decimal string with at least `scale` decimals and no more than the
 * amount needs: `1250` at 2 → `"12.50"`, `12505` at 3 (scale 2) → `"12.505"`, `25010` at 3 → `"25.01"`.
 */
export function formatUnits(units: number, exponent: number, scale: number): string {
  const digits = String(Math.abs(units)).padStart(exponent + 1, '0')
  const point = digits.length - exponent
  const fraction = digits.slice(point).replace(/0+$/, '').padEnd(scale, '0')
  return (units < 0 ? '-' : '') + digits.slice(0, point) + (fraction === '' ? '' : `.${fraction}`)
}
