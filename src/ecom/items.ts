import { QUANTITY_MAX } from '../constants.js'
import { CatalogReferenceError } from '../errors.js'
import { safeBuildLineItem } from '../index.js'
import type { BuildIssue, IssuePath } from '../issues.js'
import type { CatalogProduct } from '../product.js'
import type { BuildOptions, Selection } from '../selection.js'
import { pushIssue } from '../internal/issues.js'
import { copyJson, readOwn } from '../internal/json.js'
import { describeValue, isArraySafely, isPlainObject, receivedJson } from '../internal/text.js'
import { setOwn } from '../internal/util.js'
import type { WixCatalogReference, WixLineItem } from './api-types.js'
import { checkReference } from './prebuilt-reference.js'
import type { Loose } from './loose.js'

/**
 * Line item fields other than the reference and the quantity, passed through to Wix unchanged
 * (Cart V1 `lineItems[]`, Cart V2 `catalogItems[]`, Checkout `lineItems[]`; Wix checks them). Any
 * other field an item carries is passed through too; these are the ones the types know.
 */
export interface LineItemFields {
  /** Overriding values for catalog item properties (name, price, image, …). */
  readonly catalogOverrideFields?: object | null | undefined
  /** Extended fields (`{ namespaces: { … } }`), configured in the app dashboard. */
  readonly extendedFields?: object | null | undefined
  /** A membership used to pay for this item. */
  readonly selectedMembership?: object | null | undefined
  /** Cart V2: the membership used to pay for this item. */
  readonly membershipPayment?: object | null | undefined
  /** Cart V2: the id of the app managing the inventory. */
  readonly inventoryAppId?: string | null | undefined
}

/**
 * What the buyer chose for one item: a {@link Selection} whose `options` and `modifiers` may also
 * hold `undefined` members, which count as absent. TypeScript infers such members for an array of
 * items with different option names (`{ Size: string; Color?: undefined }`), so that array is
 * accepted as it is written.
 * @example
 * ```ts
 * const selections: ItemSelection[] = [{ options: { Size: 'L' } }, { options: { Color: 'Red', Size: undefined } }]
 * ```
 */
export interface ItemSelection extends Omit<Selection, 'options' | 'modifiers'> {
  /** Option → choice, as in {@link Selection.options}; an `undefined` member is left out. */
  readonly options?: Readonly<Record<string, string | undefined>> | undefined
  /** Modifier → choice or free text, as in {@link Selection.modifiers}; an `undefined` member is left out. */
  readonly modifiers?: Readonly<Record<string, string | undefined>> | undefined
}

/**
 * An item to build: a Wix Stores product and the buyer's selection. Other line item fields
 * ({@link LineItemFields}) pass through unchanged.
 * @example
 * ```ts
 * const item: ProductItem = { product, selection: { options: { Size: 'L' }, quantity: 2 } }
 * ```
 */
export interface ProductItem extends LineItemFields {
  /** A Stores product (Catalog V1 or V3; SDK, REST or Velo shape). */
  readonly product: CatalogProduct
  /** What the buyer chose; `selection.quantity` is the line's quantity (default 1). */
  readonly selection?: ItemSelection | undefined
  /** How to build (`availability`, `modifierChoiceValue`, `catalogVersion`). */
  readonly options?: BuildOptions | undefined
  /** The quantity, instead of `selection.quantity` (if both are given they must agree). */
  readonly quantity?: number | undefined
  readonly catalogReference?: never
}

/**
 * A `catalogReference` built elsewhere: by `buildCatalogReference`, or for another catalog
 * (Bookings, a custom catalog app). The wrappers check its shape before sending it.
 */
export interface CatalogReferenceInput {
  readonly catalogItemId: string
  readonly appId: string
  readonly options?: object | null | undefined
}

/**
 * An item with a prebuilt reference, e.g. the result of `buildLineItem`. Other line item fields
 * ({@link LineItemFields}) pass through unchanged.
 * @example
 * ```ts
 * const item: PrebuiltItem = { catalogReference: buildCatalogReference(product, selection), quantity: 1 }
 * ```
 */
export interface PrebuiltItem extends LineItemFields {
  readonly catalogReference: CatalogReferenceInput
  /** An integer from 1 to 100000. Default 1. */
  readonly quantity?: number | undefined
  readonly product?: never
}

/**
 * One item for the eCommerce wrappers: a product to build, or a prebuilt reference. An array
 * literal of items type-checks as it is written, also when its items name different options.
 * @example
 * ```ts
 * const items: CartItem[] = [
 *   { product: tshirt, selection: { options: { Size: 'L' } }, quantity: 2 },
 *   { product: mug, selection: { options: { Color: 'Red' } } },
 *   buildLineItem(candle, { options: { Scent: 'Vanilla' } }),
 * ]
 * await addToCurrentCart(client.currentCartV2, items)
 * ```
 */
export type CartItem = ProductItem | PrebuiltItem

/** Items in one call: refused by `length` before any item is read. */
export const ITEMS_MAX = 300
const ITEM_SHAPES = '{ product, selection?, options? } or { catalogReference, quantity? }'

/**
 * Builds and checks every item before anything is sent. Returns the line items (fresh plain JSON
 * objects, owned by the library), or throws one {@link CatalogReferenceError} with every item's
 * issues, each path prefixed with the item's index (`[1, 'options', 'Size']`). Each item and each
 * of its fields is read once; a field whose value is `undefined` counts as absent.
 * @internal
 */
export function prepareLineItems(items: unknown): WixLineItem[] {
  const length = itemCount(items)
  const issues: BuildIssue[] = []
  const lineItems: WixLineItem[] = []
  for (let index = 0; index < length; index++) {
    const read = readItem(items as readonly unknown[], index)
    if ('got' in read) {
      const message = `items[${index}] must be ${ITEM_SHAPES}, got ${read.got}.`
      pushIssue(issues, { code: 'invalid_selection', path: [index], message })
      continue
    }
    const prepared = prepareItem(read.item, index, issues)
    if (prepared !== undefined) lineItems.push(prepared)
  }
  if (issues.length > 0) throw new CatalogReferenceError(issues)
  return lineItems
}

/** How many items there are; anything but an array of 1 to {@link ITEMS_MAX} items is refused by its `length`. */
function itemCount(items: unknown): number {
  let got: string
  if (!isArraySafely(items)) got = describeValue(items)
  else {
    const length = lengthOf(items)
    if (length !== undefined && length > 0 && length <= ITEMS_MAX) return length
    got =
      length === undefined
        ? 'an array that could not be read'
        : length === 0
          ? 'an empty array'
          : `${length} items (at most ${ITEMS_MAX} in one call)`
  }
  const issues: BuildIssue[] = []
  pushIssue(issues, {
    code: 'invalid_selection',
    path: [],
    message: `items must be a non-empty array of ${ITEM_SHAPES}, got ${got}.`,
  })
  throw new CatalogReferenceError(issues)
}

/** An array's length, or `undefined` when a Proxy will not tell. */
function lengthOf(list: readonly unknown[]): number | undefined {
  try {
    return list.length
  } catch {
    return undefined
  }
}

/** Item `index`, read once: its own fields, or what came instead (a hole is a missing item). */
function readItem(list: readonly unknown[], index: number): { readonly item: Loose } | { readonly got: string } {
  try {
    if (!Object.hasOwn(list, index)) return { got: 'a hole (a sparse array has no item there)' }
    const value = list[index]
    const item = readOwn(value)
    return item === undefined ? { got: describeValue(value) } : { item }
  } catch {
    return { got: 'a value that could not be read' }
  }
}

function prepareItem(item: Loose, index: number, issues: BuildIssue[]): WixLineItem | undefined {
  const hasProduct = item['product'] !== undefined
  const hasReference = item['catalogReference'] !== undefined
  if (hasProduct !== hasReference) {
    return hasProduct ? prepareProductItem(item, index, issues) : preparePrebuiltItem(item, index, issues)
  }
  const what = hasProduct ? 'has both product and catalogReference' : 'has neither product nor catalogReference'
  pushIssue(issues, {
    code: 'invalid_selection',
    path: [index],
    message: `items[${index}] ${what}: give ${ITEM_SHAPES}.`,
  })
  return undefined
}

function preparePrebuiltItem(item: Loose, index: number, issues: BuildIssue[]): WixLineItem | undefined {
  const reference = checkReference(item['catalogReference'], [index, 'catalogReference'], issues)
  const quantity = checkQuantity(item['quantity'], [index, 'quantity'], issues)
  const rest = passThrough(item, ['catalogReference', 'quantity'], index, issues)
  if (reference === undefined || quantity === undefined || rest === undefined) return undefined
  return line(reference, quantity, rest)
}

function checkQuantity(quantity: unknown, path: IssuePath, issues: BuildIssue[]): number | undefined {
  if (quantity === undefined) return 1
  if (typeof quantity === 'number' && Number.isInteger(quantity) && quantity >= 1 && quantity <= QUANTITY_MAX)
    return quantity
  pushIssue(issues, {
    code: 'invalid_quantity',
    path,
    message: `The quantity must be a whole number from 1 to ${QUANTITY_MAX}; got ${describeValue(quantity)}.`,
    received: receivedJson(quantity),
  })
  return undefined
}

function prepareProductItem(item: Loose, index: number, issues: BuildIssue[]): WixLineItem | undefined {
  const before = issues.length
  const copied = readSelection(item, index, issues)
  const rest = passThrough(item, ['product', 'selection', 'options', 'quantity'], index, issues)
  if (issues.length > before || rest === undefined) return undefined
  const selection = withQuantity(copied, item['quantity'], index, issues)
  if (issues.length > before) return undefined
  const result = safeBuildLineItem(
    item['product'] as CatalogProduct,
    selection as Selection | undefined,
    item['options'] as BuildOptions | undefined,
  )
  if (!result.success) {
    for (const issue of result.error.issues) pushIssue(issues, { ...issue, path: [index, ...issue.path] })
    return undefined
  }
  const reference = copyJson(
    result.data.catalogReference,
    [index, 'catalogReference'],
    issues,
    'invalid_reference',
    true,
  )
  if (!isPlainObject(reference)) return undefined
  return line(reference as unknown as WixCatalogReference, result.data.quantity, rest)
}

/**
 * The selection the builder reads: a plain copy of this realm (a class instance or a Proxy is
 * refused, an object from another realm keeps its quantity). `undefined` with issues when it is
 * refused.
 */
function readSelection(item: Loose, index: number, issues: BuildIssue[]): Loose | null | undefined {
  const before = issues.length
  const path = [index, 'selection']
  const given = item['selection']
  const selection = given === undefined || given === null ? given : copyJson(given, path, issues, 'invalid_selection')
  if (issues.length > before) return undefined
  if (selection !== undefined && selection !== null && !isPlainObject(selection)) {
    const message = `selection must be an object { options?, quantity?, … }, got ${describeValue(selection)}.`
    pushIssue(issues, { code: 'invalid_selection', path, message })
    return undefined
  }
  return selection
}

/** The selection with the item's `quantity` in it; an issue when `selection.quantity` says otherwise. */
function withQuantity(
  selection: Loose | null | undefined,
  quantity: unknown,
  index: number,
  issues: BuildIssue[],
): Loose | null | undefined {
  if (quantity === undefined) return selection
  const inSelection = selection?.['quantity']
  if (inSelection !== undefined && inSelection !== quantity) {
    pushIssue(issues, {
      code: 'invalid_quantity',
      path: [index, 'quantity'],
      message: `quantity (${describeValue(quantity)}) and selection.quantity (${describeValue(inSelection)}) disagree: give one of them.`,
      received: receivedJson(quantity),
    })
    return undefined
  }
  return { ...selection, quantity }
}

/**
 * Plain JSON copies of the item's other fields (the SDK renames keys in place, and nothing the
 * caller owns may reach it); class instances, cycles, `__proto__` keys and the like are issues.
 */
function passThrough(item: Loose, skip: readonly string[], index: number, issues: BuildIssue[]): Loose | undefined {
  const rest: Loose = {}
  for (const key of Object.keys(item)) if (!skip.includes(key)) setOwn(rest, key, item[key])
  const copy = copyJson(rest, [index], issues, 'invalid_selection', true)
  return isPlainObject(copy) ? (copy as Loose) : undefined
}

/** The line to send; the reference and the quantity last, so no pass-through field replaces them. */
function line(catalogReference: WixCatalogReference, quantity: number, rest: Loose): WixLineItem {
  return { ...rest, catalogReference, quantity }
}
