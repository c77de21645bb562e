/*
 * Exact decimal money arithmetic on BigInt: an amount is a bigint count of nano-units (10^-9), so
 * Wix's amounts (at most 3 decimals) and V1 numbers read through their shortest decimal text are
 * held exactly. No binary floats anywhere.
 */

/** Nano-units per unit. */
const ONE = 1_000_000_000n

/** `10^(9 - scale)` for scales 0 to 9: one step of the currency's smallest unit, in nano-units. */
const STEPS: readonly bigint[] = Array.from({ length: 10 }, (_, scale) => 10n ** BigInt(9 - scale))
const step = (scale: number): bigint => STEPS[scale] as bigint

/** `a / b` rounded half up (a ≥ 0, b > 0). */
function divRound(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b)
}

/**
 * Reads a non-negative decimal: a string like `"12.50"`, or a finite number through its shortest
 * decimal text (`16.2` → `"16.2"`, `0.1 + 0.2` → `"0.30000000000000004"`). At most 15 integer and 20
 * fraction digits (digits past the 9th are rounded half up), no sign, no exponent: anything else is
 * `undefined`, so huge or odd input is rejected at once, never looped over.
 */
export function parseDecimal(value: unknown): bigint | undefined {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || text.length > 36) return undefined
  const match = /^(\d{1,15})(?:\.(\d{1,20}))?$/.exec(text)
  if (!match) return undefined
  const fraction = match[2] ?? ''
  // Up to 9 decimals (every Wix amount): one BigInt from the digits, nothing to round.
  if (fraction.length < 10) return BigInt(match[1] + fraction.padEnd(9, '0'))
  return BigInt(match[1] as string) * ONE + divRound(BigInt(fraction.padEnd(20, '0')), 100_000_000_000n)
}

/** Rounds half up to `scale` decimals (0 to 9). */
export function roundTo(amount: bigint, scale: number): bigint {
  const unit = step(scale)
  return amount % unit === 0n ? amount : amount < 0n ? -divRound(-amount, unit) * unit : divRound(amount, unit) * unit
}

/** `amount × (100 − percent) / 100`, rounded half up to `scale` decimals (`percent` in nano-units too). */
export function percentOff(amount: bigint, percent: bigint, scale: number): bigint {
  return divRound(amount * (100n * ONE - percent), 100n * ONE * step(scale)) * step(scale)
}

/** The amount as a decimal string at `scale` decimals (rounded half up): `"12.60"`, `"1200"`, `"1.250"`, `"-1.87"`. */
export function formatDecimal(amount: bigint, scale: number): string {
  const rounded = roundTo(amount, scale)
  const digits = (rounded < 0n ? -rounded : rounded).toString().padStart(10, '0')
  const whole = digits.slice(0, -9)
  return (rounded < 0n ? '-' : '') + (scale > 0 ? `${whole}.${digits.slice(-9).slice(0, scale)}` : whole)
}

/** 100 (percent) in nano-units, for range checks. */
export const HUNDRED: bigint = 100n * ONE

const scales = new Map<string, number>()

/**
 * The number of decimals of a currency (ISO 4217): `Intl.NumberFormat`'s resolved
 * `maximumFractionDigits` — 2 for USD, 0 for JPY, 3 for BHD; 2 when unknown or not a currency code.
 */
export function currencyScale(currency: string | undefined): number {
  if (currency === undefined || !/^[A-Za-z]{3}$/.test(currency)) return 2
  let scale = scales.get(currency)
  if (scale === undefined) {
    try {
      scale = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
    } catch {
      scale = 2
    }
    scale = Math.min(Math.max(scale, 0), 9)
    scales.set(currency, scale)
  }
  return scale
}
