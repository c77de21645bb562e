import { getPricePreview, type CatalogProduct, type PricePreview, type PriceRange } from '../index.js'
import type { Command } from './args.js'
import type { Outcome } from './output.js'

const range = ({ min, max }: PriceRange): string => (min === '' ? '(unknown)' : min === max ? min : `${min} – ${max}`)

/**
 * The price preview as a small table: unit price, compare-at, quantity, total and, once the selection
 * is complete, the breakdown.
 *
 * ```
 * unit price     16.60 USD
 * compare-at     18.00 USD
 * quantity       3
 * total          49.80 USD
 * ```
 */
export function formatPriceTable(preview: PricePreview): string {
  const money = (text: string): string =>
    preview.currency === undefined || text === '(unknown)' ? text : `${text} ${preview.currency}`
  const rows: [string, string][] = [['unit price', money(range(preview.unitPrice))]]
  if (preview.compareAtUnitPrice) rows.push(['compare-at', money(range(preview.compareAtUnitPrice))])
  rows.push(['quantity', String(preview.quantity)], ['total', money(range(preview.totalPrice))])
  const { breakdown } = preview
  if (breakdown)
    rows.push(
      ['  variant', breakdown.variant],
      ['  modifiers', `+${breakdown.modifiers}`],
      ['  subscription', `-${breakdown.subscriptionDiscount}`],
    )
  rows.push(['', preview.complete ? 'complete selection' : 'incomplete selection: the range still possible'])
  return rows.map(([label, value]) => `${label.padEnd(14)} ${value}`.trimEnd()).join('\n')
}

/** `price <product.json> [flags]`: the preview as a table (issues on stderr), or as JSON with --json; exit 1 on issues. */
export function price(product: unknown, command: Extract<Command, { command: 'price' }>): Outcome {
  const preview = getPricePreview(product as CatalogProduct, command.selection, command.options)
  return {
    code: preview.issues.length > 0 ? 1 : 0,
    json: preview,
    text: formatPriceTable(preview),
    issues: preview.issues,
  }
}
