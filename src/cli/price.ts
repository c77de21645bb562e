import {
  type CatalogProduct,
  type CatalogVersion,
  detectCatalogVersion,
  getPricePreview,
  type PricePreview,
  type PriceRange,
  type Selection,
} from '../index.js'
import type { Command } from './args.js'
import { inline } from './escape.js'
import { type Outcome, unreadable } from './output.js'

/** A price range as one amount, `min – max`, or `(unknown)`. */
export const range = ({ min, max }: PriceRange): string =>
  min === '' ? '(unknown)' : min === max ? min : `${min} – ${max}`

const isZero = (amount: string): boolean => /^[-+]?0*\.?0*$/.test(amount)
/** An amount with its sign: `+3.50`, `-1.40`, `0.00` (zero has none). */
export const signed = (amount: string): string =>
  isZero(amount) ? amount.replace(/^[-+]/, '') : /^-/.test(amount) ? amount : `+${amount}`
/** The negation of a decimal string: `1.40` → `-1.40`, `-85.00` → `85.00`. */
export const negated = (amount: string): string => (/^-/.test(amount) ? amount.slice(1) : `-${amount}`)

/**
 * The price preview as a small table: unit price, compare-at, quantity, total and, once the selection
 * is complete, the breakdown — the variant, then only the rows that apply: `modifiers` (their added
 * prices) when it is not zero or the selection names a V3 modifier, `subscription` (minus its discount;
 * `+` when the plan costs more than a one-time purchase) when it is not zero or the selection names a
 * V3 subscription. V1 products have neither: no priced modifiers, and their subscription discounts are
 * not in the product.
 *
 * ```
 * unit price     16.10 USD
 * compare-at     17.50 USD
 * quantity       3
 * total          48.30 USD
 *   variant      14.00
 *   modifiers    +3.50
 *   subscription -1.40
 *                complete selection
 * ```
 */
export function formatPriceTable(
  preview: PricePreview,
  selection: Selection = {},
  version: CatalogVersion | undefined = undefined,
): string {
  const currency = preview.currency === undefined ? undefined : inline(preview.currency)
  const money = (text: string): string =>
    currency === undefined || text === '(unknown)' ? text : `${text} ${currency}`
  const rows: [string, string][] = [['unit price', money(range(preview.unitPrice))]]
  if (preview.compareAtUnitPrice) rows.push(['compare-at', money(range(preview.compareAtUnitPrice))])
  rows.push(['quantity', String(preview.quantity)], ['total', money(range(preview.totalPrice))])
  const { breakdown } = preview
  if (breakdown) {
    const v3 = version === 'V3'
    const modifiersNamed = v3 && Object.keys(selection.modifiers ?? {}).length > 0
    const subscriptionNamed = v3 && typeof selection.subscriptionOptionId === 'string'
    rows.push(['  variant', breakdown.variant])
    if (modifiersNamed || !isZero(breakdown.modifiers)) rows.push(['  modifiers', signed(breakdown.modifiers)])
    if (subscriptionNamed || !isZero(breakdown.subscriptionDiscount))
      rows.push(['  subscription', signed(negated(breakdown.subscriptionDiscount))])
  }
  rows.push(['', preview.complete ? 'complete selection' : 'incomplete selection: the range still possible'])
  return rows.map(([label, value]) => `${label.padEnd(14)} ${value}`.trimEnd()).join('\n')
}

/**
 * `price <product.json> [flags]`: the preview as a table (issues on stderr), or as JSON with --json;
 * exit 1 on issues. A product that cannot be read prints no table (`{ "issues": [...] }` with --json).
 */
export function price(product: unknown, command: Extract<Command, { command: 'price' }>): Outcome {
  const preview = getPricePreview(product as CatalogProduct, command.selection, command.options)
  const stop = unreadable(preview.issues)
  if (stop !== undefined) return stop
  const version = command.options.catalogVersion ?? detectCatalogVersion(product)
  return {
    code: preview.issues.length > 0 ? 1 : 0,
    json: preview,
    text: formatPriceTable(preview, command.selection, version),
    issues: preview.issues,
  }
}
