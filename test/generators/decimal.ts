/*
 * Exact decimals for the money and price oracles: `units × 10^-exponent` with `units` a BigInt. The
 * library may not use BigInt (docs/decisions.md); a test may, and so it checks the library's integer-in-a-
 * double arithmetic against arithmetic that cannot overflow or round. Written from docs/product-page.md, "Price"; docs/decisions.md,
 * not from src/internal/money.ts.
 */

export const MAX_SAFE: bigint = BigInt(Number.MAX_SAFE_INTEGER)

/** An exact non-negative (or, for differences, negative) decimal: `units / 10^exponent`. */
export interface Decimal {
  readonly units: bigint
  readonly exponent: number
}

export const pow10 = (n: number): bigint => 10n ** BigInt(n)

const AMOUNT = /^([0-9]+)(?:\.([0-9]+))?$/

/** `digits[.digits]` as an exact decimal (its written decimals kept), or undefined for any other text. */
export function parseDecimal(text: string): Decimal | undefined {
  const match = AMOUNT.exec(text)
  if (match === null) return undefined
  const [, whole = '', fraction = ''] = match
  return { units: BigInt(whole + fraction), exponent: fraction.length }
}

const NUMBER_TEXT = /^([0-9])(?:\.([0-9]+))?e([+-][0-9]+)$/

/**
 * The exact decimal a number's shortest text (`String(x)`) says, its exponent notation written out
 * (`1.5e-7` → 0.00000015, `1e+21` → 1000000000000000000000), or undefined when the text is no
 * amount (`Infinity`, `NaN`, a sign).
 */
export function decimalOfNumber(x: number): Decimal | undefined {
  const text = String(x)
  const plain = parseDecimal(text)
  if (plain !== undefined) return plain
  const match = NUMBER_TEXT.exec(text)
  if (match === null) return undefined
  const [, lead = '', fraction = '', power = '0'] = match
  const exponent = fraction.length - Number(power)
  const units = BigInt(lead + fraction)
  return exponent >= 0 ? { units, exponent } : { units: units * pow10(-exponent), exponent: 0 }
}

/** The same value at `exponent` decimals, or undefined when that drops a non-zero digit. */
export function atExponent(d: Decimal, exponent: number): bigint | undefined {
  if (exponent >= d.exponent) return d.units * pow10(exponent - d.exponent)
  const divisor = pow10(d.exponent - exponent)
  return d.units % divisor === 0n ? d.units / divisor : undefined
}

/** `a` compared with `b` by value: -1, 0 or 1. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const e = Math.max(a.exponent, b.exponent)
  const x = a.units * pow10(e - a.exponent)
  const y = b.units * pow10(e - b.exponent)
  return x < y ? -1 : x > y ? 1 : 0
}

/** The fewest decimals that hold the value exactly. */
export function neededDecimals(d: Decimal): number {
  let { units, exponent } = d
  while (exponent > 0 && units % 10n === 0n) {
    units /= 10n
    exponent--
  }
  return exponent
}

/**
 * The text docs/product-page.md, "Price" gives an amount: at least `scale` decimals, more only where the value has
 * them (`"3.50"`, `"12.505"` at scale 2; `"1200"` at scale 0), a `-` before a negative one.
 */
export function formatDecimal(d: Decimal, scale: number): string {
  const decimals = Math.max(scale, neededDecimals(d))
  const units = atExponent(d, decimals) as bigint
  const negative = units < 0n
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0')
  const whole = digits.slice(0, digits.length - decimals)
  const fraction = digits.slice(digits.length - decimals)
  return (negative ? '-' : '') + (decimals === 0 ? whole : `${whole}.${fraction}`)
}

/** `numerator / denominator` (both ≥ 0, denominator > 0) rounded half up. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator
  return (numerator % denominator) * 2n >= denominator ? quotient + 1n : quotient
}

export const decimal = (units: bigint | number, exponent: number): Decimal => ({ units: BigInt(units), exponent })

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const e = Math.max(a.exponent, b.exponent)
  return { units: a.units * pow10(e - a.exponent) + b.units * pow10(e - b.exponent), exponent: e }
}

export const timesDecimal = (d: Decimal, n: number): Decimal => ({ units: d.units * BigInt(n), exponent: d.exponent })

export const maxDecimal = (a: Decimal, b: Decimal): Decimal => (compareDecimal(a, b) >= 0 ? a : b)
export const minDecimal = (a: Decimal, b: Decimal): Decimal => (compareDecimal(a, b) <= 0 ? a : b)

/** Whether the value, written with `exponent` decimals, is a safe integer count of units (what the library can hold). */
export function fitsAt(d: Decimal, exponent: number): boolean {
  const units = atExponent(d, exponent)
  return units !== undefined && units <= MAX_SAFE && units >= -MAX_SAFE
}
