import {
  type CatalogProduct,
  getProductView,
  type ModifierView,
  type OptionView,
  type ProductView,
  type SubscriptionsView,
  type VariantView,
} from '../index.js'
import type { Command } from './args.js'
import { inline } from './escape.js'
import { formatTable, formatTitle, yes } from './format.js'
import { type Outcome, unreadable } from './output.js'
import { formatPriceTable, negated, range, signed } from './price.js'

/** A link as a page writes it: the query of the selection. */
const link = (searchParams: string): string => `?${inline(searchParams)}`
/** An added price with its sign (`+3.50`, `0.00`), or `(unknown)` when the product gives none. */
const added = (amount: string): string => (amount === '' ? '(unknown)' : signed(inline(amount)))

/** One row per choice, the option's name on its first row; `(no options)` when there are none. */
function optionsTable(options: readonly OptionView[]): string {
  if (options.length === 0) return '(no options)'
  const header = ['OPTION', 'CHOICE', 'SELECTED', 'EXISTS', 'AVAILABLE', 'PREORDER', 'UNIT PRICE', 'COLOR', 'LINK']
  const rows: string[][] = []
  for (const option of options) {
    option.choices.forEach((choice, i) => {
      rows.push([
        i === 0 ? inline(option.name) : '',
        inline(choice.name),
        yes(choice.selected),
        yes(choice.exists),
        yes(choice.available),
        yes(choice.preorder),
        choice.unitPrice === undefined ? '' : range(choice.unitPrice),
        inline(choice.colorCode ?? ''),
        link(choice.searchParams),
      ])
    })
    if (option.choices.length === 0) rows.push([inline(option.name), '(no choices)'])
  }
  return formatTable(header, rows, ['UNIT PRICE', 'COLOR'])
}

/** `1 to 30 characters`, `up to 500 characters`. */
function textLimits({ minLength, maxLength }: { minLength: number; maxLength: number }): string {
  return minLength > 0 ? `(text: ${minLength} to ${maxLength} characters)` : `(text: up to ${maxLength} characters)`
}

/** One row per choice of a choices modifier, one row for a text modifier (its limits and the text given). */
function modifiersTable(modifiers: readonly ModifierView[]): string {
  const header = ['MODIFIER', 'KIND', 'MANDATORY', 'CHOICE', 'ADDED', 'SELECTED', 'COLOR']
  const rows: string[][] = []
  for (const modifier of modifiers) {
    const first = [inline(modifier.name), modifier.kind, yes(modifier.mandatory)]
    const { text } = modifier
    if (text !== undefined) {
      const value = text.value === undefined ? 'no' : inline(JSON.stringify(text.value))
      rows.push([...first, textLimits(text), added(text.addedPrice), value])
      continue
    }
    modifier.choices.forEach((choice, i) => {
      rows.push([
        ...(i === 0 ? first : ['', '', '']),
        inline(choice.name),
        added(choice.addedPrice),
        yes(choice.selected),
        inline(choice.colorCode ?? ''),
      ])
    })
    if (modifier.choices.length === 0) rows.push([...first, '(no choices)'])
  }
  return formatTable(header, rows, ['COLOR'])
}

/** `-10%`, `-1.50`: what a plan takes off the one-time price. */
function discount(plan: SubscriptionsView['plans'][number]): string {
  if (plan.discount === undefined) return ''
  const value = negated(inline(plan.discount.value))
  return plan.discount.type === 'PERCENT' ? `${value}%` : value
}

/** One row per plan, then whether a one-time purchase is allowed next to them. */
function plansTable(subscriptions: SubscriptionsView): string {
  const header = ['PLAN', 'EVERY', 'CYCLES', 'DISCOUNT', 'UNIT PRICE', 'SELECTED']
  const rows = subscriptions.plans.map((plan) => [
    inline(plan.title),
    plan.frequency === undefined ? '' : `${plan.interval ?? 1} ${inline(plan.frequency)}`,
    plan.billingCycles === undefined ? '' : String(plan.billingCycles),
    discount(plan),
    plan.unitPrice === undefined ? '' : range(plan.unitPrice),
    yes(plan.selected),
  ])
  const table = rows.length === 0 ? '(no plans)' : formatTable(header, rows, ['EVERY', 'CYCLES', 'DISCOUNT'])
  return `${table}\none-time purchase: ${subscriptions.oneTimePurchase ? 'allowed' : 'not allowed'}`
}

function variantTable(variant: VariantView): string {
  return formatTable(
    ['VARIANT', 'SKU', 'AVAILABLE', 'PREORDER'],
    [[inline(variant.id), inline(variant.sku ?? ''), yes(variant.available), yes(variant.preorder)]],
    ['SKU'],
  )
}

function mediaTable(media: ProductView['media']): string {
  if (media.length === 0) return '(no media)'
  return formatTable(
    ['MEDIA', 'SRC'],
    media.map((item) => [item.type, inline(item.src)]),
  )
}

/**
 * The product view as text, its sections a blank line apart: the title (name · catalog version · id)
 * and the link of the selection; the options with their choices (state, unit price, swatch color,
 * link); the modifiers (V1 custom text fields), if any; the subscription plans, if any; the pinned
 * variant, if any; the media to show; the price table as `price` prints it.
 */
export function formatView(view: ProductView, command: Extract<Command, { command: 'view' }>): string {
  const title = formatTitle(view.name, view.version, view.id)
  const sections = [
    `${title}\nlink: ${view.searchParams === '' ? '(no selection)' : link(view.searchParams)}`,
    optionsTable(view.options),
  ]
  if (view.modifiers.length > 0) sections.push(modifiersTable(view.modifiers))
  if (view.subscriptions !== undefined) sections.push(plansTable(view.subscriptions))
  if (view.variant !== undefined) sections.push(variantTable(view.variant))
  sections.push(mediaTable(view.media), formatPriceTable(view.price, command.selection, view.version))
  return sections.join('\n\n')
}

/**
 * `view <product.json> [flags]`: everything a product page renders for the selection
 * (`getProductView`), as tables (issues on stderr) or as the `ProductView` with --json; exit 1 on
 * issues. A product that cannot be read prints no tables (`{ "issues": [...] }` with --json).
 */
export function view(product: unknown, command: Extract<Command, { command: 'view' }>): Outcome {
  const productView = getProductView(product as CatalogProduct, command.selection, command.options)
  const stop = unreadable(productView.issues)
  if (stop !== undefined) return stop
  return {
    code: productView.issues.length > 0 ? 1 : 0,
    json: productView,
    text: formatView(productView, command),
    issues: productView.issues,
  }
}
