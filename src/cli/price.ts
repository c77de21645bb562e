import { getPricePreview, type CatalogProduct, type PricePreview, type PriceRange } from '../index.js'
import type { Command } from './args.js'
import { formatIssue } from './format.js'
import type { CliIo, ExitCode } from './main.js'

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
  const money = (text: string): string => (preview.currency === undefined || text === '(unknown)' ? text : `${text} ${preview.currency}`)
  const rows: [string, string][] = [['unit price', money(range(preview.unitPrice))]]
  if (preview.compareAtUnitPrice) rows.push(['compare-at', money(range(preview.compareAtUnitPrice))])
  rows.push(['quantity', String(preview.quantity)], ['total', money(range(preview.totalPrice))])
  const { breakdown } = preview
  if (breakdown) rows.push(['  variant', breakdown.variant], ['  modifiers', `+${breakdown.modifiers}`], ['  subscription', `-${breakdown.subscriptionDiscount}`])
  rows.push(['', preview.complete ? 'complete selection' : 'incomplete selection: the range still possible'])
  return rows.map(([label, value]) => `${label.padEnd(14)} ${value}`.trimEnd()).join('\n')
}

/** `price <product.json> [flags]`: prints the preview (a table, or JSON with --json); issues on stderr, exit 1. */
export function price(io: CliIo, product: unknown, command: Extract<Command, { command: 'price' }>): ExitCode {
  const preview = getPricePreview(product as CatalogProduct, command.selection, command.options)
  io.stdout(`${command.json ? JSON.stringify(preview, null, 2) : formatPriceTable(preview)}\n`)
  if (command.json) return preview.issues.length > 0 ? 1 : 0
  for (const issue of preview.issues) io.stderr(`${formatIssue(issue)}\n`)
  return preview.issues.length > 0 ? 1 : 0
}
