import { emitReference } from './emit/index.js'
import { type ChoiceState, choiceStates, type OptionState } from './engine/choice-states.js'
import { type Prepared, prepare, quantityOf, resolvePrepared } from './engine/pipeline.js'
import type { ModifierPart } from './engine/price/parts.js'
import {
  emptyPreview,
  modifierPart,
  type PricePreview,
  type PriceRange,
  type PriceRequest,
  priceRequestOf,
  safePricePreview,
  unitPriceOf,
} from './engine/price/preview.js'
import { indexedReading, stateIndexOf } from './engine/variants.js'
import { positionsOf } from './internal/bitset.js'
import { amountText } from './internal/money.js'
import { pushIssue, unreadableIssue } from './internal/issues.js'
import { defined, filled, isBlank } from './internal/util.js'
import type { BuildIssue } from './issues.js'
import { type Model, type ModelChoice, type ModelModifier, NO_VARIANT } from './normalize/model.js'
import {
  choiceImage,
  choiceMedia,
  colorCode,
  type MediaView,
  modifierRenderType,
  optionRenderType,
  planDetails,
  productMedia,
  productName,
  variantMedia,
  variantSku,
} from './normalize/presentation.js'
import { priceBookOf } from './normalize/prices.js'
import type { CatalogProduct } from './product.js'
import type { CatalogVersion, LineItem } from './reference.js'
import type { BuildOptions, Selection } from './selection.js'
import { searchQueryOf } from './url.js'

export type { MediaView } from './normalize/presentation.js'

/** One choice of an option as a product page draws it: its picker state plus what renders it. */
export interface ChoiceView extends ChoiceState {
  /** The swatch color: V3 `colorCode`, V1 a color option's `value`. */
  readonly colorCode?: string
  /** The choice's own media (V3 `media` references into the product media, else `linkedMedia`; V1 choice media). */
  readonly media: readonly MediaView[]
  /**
   * The URL query with this choice picked and the rest of the selection kept. Never a dead end: when
   * that matches no available variant, the other options take the choices of the first available
   * variant with this choice (product order).
   */
  readonly searchParams: string
  /** What one unit would cost with this choice picked (the same range `getPricePreview` gives), for "+$2" labels. */
  readonly unitPrice?: PriceRange
  /** V3 `displayImage`: the picture drawn on the swatch itself. */
  readonly image?: MediaView
}

/** One option as a product page draws it. */
export interface OptionView extends OptionState {
  readonly renderType: 'text' | 'swatch'
  readonly choices: readonly ChoiceView[]
}

/** A choice of a V3 choice modifier. */
export interface ModifierChoiceView {
  readonly id: string
  readonly key?: string
  readonly name: string
  readonly colorCode?: string
  /** What this choice adds to the unit price. */
  readonly addedPrice: string
  readonly selected: boolean
}

/** A V3 modifier (choices or free text) or a V1 custom text field (`kind: 'text'`). */
export interface ModifierView {
  readonly id: string
  readonly key?: string
  readonly name: string
  readonly mandatory: boolean
  readonly kind: 'choices' | 'text'
  readonly renderType: 'text' | 'swatch' | 'free_text'
  readonly choices: readonly ModifierChoiceView[]
  /** A free-text modifier or custom text field: its limits, the price its text adds, and the text given. */
  readonly text?: {
    readonly minLength: number
    readonly maxLength: number
    readonly addedPrice: string
    readonly value?: string
  }
}

/** A subscription plan a buyer can choose (V3 `subscriptionDetails.subscriptions[]`). */
export interface PlanView {
  readonly id: string
  readonly title: string
  readonly description?: string
  readonly frequency?: string
  readonly interval?: number
  readonly billingCycles?: number
  readonly discount?: { readonly type: 'PERCENT' | 'AMOUNT'; readonly value: string }
  /** What one unit costs on this plan, with the rest of the selection kept. */
  readonly unitPrice?: PriceRange
  /** The URL query with this plan picked, the options kept. */
  readonly searchParams: string
  readonly selected: boolean
}

/** The subscriptions a V3 product offers. */
export interface SubscriptionsView {
  /** A one-time purchase is allowed next to the plans. */
  readonly oneTimePurchase: boolean
  /** The URL query of a one-time purchase (no plan), the options kept; when one is allowed. */
  readonly oneTimeSearchParams?: string
  readonly selectedId: string | undefined
  readonly plans: readonly PlanView[]
}

/** The variant the selection pins. */
export interface VariantView {
  readonly id: string
  readonly sku?: string
  /** Visible and in stock, or pre-orderable (and the product is visible). */
  readonly available: boolean
  /** Available only through pre-order. */
  readonly preorder: boolean
  readonly media: readonly MediaView[]
}

/** Everything a product page renders for one selection: see {@link getProductView}. */
export interface ProductView {
  readonly id: string | undefined
  readonly name: string | undefined
  readonly version: CatalogVersion | undefined
  /** `getChoiceStates`' options, plus what renders them. */
  readonly options: readonly OptionView[]
  /** V3 modifiers; V1 custom text fields (kind `text`). */
  readonly modifiers: readonly ModifierView[]
  /** V3 only, when the product offers subscriptions (V1 keeps them outside the product). */
  readonly subscriptions: SubscriptionsView | undefined
  /** Once the selection pins one variant. */
  readonly variant: VariantView | undefined
  /** The media to show for this selection (Wix's rule: the variant's, else the chosen choices' common media, else all). */
  readonly media: readonly MediaView[]
  /** `getPricePreview`'s preview of the selection. */
  readonly price: PricePreview
  /** What "Add to cart" sends, when the builder accepts the selection. */
  readonly lineItem: LineItem | undefined
  /** The builder's issues (same codes and paths as `safeBuildLineItem`). */
  readonly issues: readonly BuildIssue[]
  /** `selectionToSearchParams(product, selection`. */
  readonly searchParams: string
}

/**
 * Everything a product page renders for one selection, from the product alone and the same for
 * Catalog V1 and V3, so that no page reads raw Wix fields: the options with their picker state,
 * swatch colors, media, links and per-choice prices; the modifiers (V1 custom text fields) with
 * their added prices and limits; the subscription plans; the pinned variant; the media to show; the
 * price preview; the line item "Add to cart" sends; the builder's issues; and the URL query. One
 * normalization of the product serves every part. Never throws; the output is plain JSON-safe data;
 * inputs are never mutated.
 * @param product A V1 or V3 product as Wix returns it (SDK, REST or Velo shape).
 * @param selection What the buyer chose so far (as for the builders).
 * @param options `availability`, `modifierChoiceValue`, `catalogVersion`, as for the builders.
 * @example
 * ```ts
 * const view = getProductView(product, selectionFromSearchParams(product, location.search))
 * for (const option of view.options)
 *   for (const choice of option.choices)
 *     drawChoice(option.name, choice.name, { disabled: !choice.available, href: `?${choice.searchParams}` })
 * if (view.lineItem) enableAddToCart(view.lineItem)
 * ```
 * @see https://dev.wix.com/docs/sdk/backend-modules/stores/catalog-v3/products-v3/introduction
 */
export function getProductView(product: CatalogProduct, selection?: Selection, options?: BuildOptions): ProductView {
  let issues: BuildIssue[] = []
  try {
    const prepared = prepare(product, selection, options, indexedReading)
    issues = prepared.issues
    return prepared.model === undefined ? emptyView(issues) : viewOf(prepared, prepared.model)
  } catch {
    issues = [...issues]
    pushIssue(issues, unreadableIssue('invalid_product', ['product'], 'product'))
    return emptyView(issues)
  }
}

function emptyView(issues: readonly BuildIssue[]): ProductView {
  return {
    id: undefined,
    name: undefined,
    version: undefined,
    options: [],
    modifiers: [],
    subscriptions: undefined,
    variant: undefined,
    media: [],
    price: emptyPreview(1, issues),
    lineItem: undefined,
    issues,
    searchParams: '',
  }
}

/** What one render needs of the resolved selection, shared by every part of the view. */
interface ViewContext {
  readonly model: Model
  /** The selection's price request; every price of the view is a variation of it. */
  readonly request: PriceRequest
  /** The variant the selection pins, or NO_VARIANT. */
  readonly variant: number
  /** The subscription as the selection names it, for the links. */
  readonly subscription: string | undefined
  /** The modifiers' prices, the same for every choice and plan: priced on first use. */
  modifierPrices?: ModifierPart
}

function viewOf(prepared: Prepared, model: Model): ProductView {
  const resolved = resolvePrepared(prepared)
  const quantity = quantityOf(prepared)
  const issues = prepared.issues.slice()
  const lineItem =
    resolved !== undefined && issues.length === 0 ? { catalogReference: emitReference(resolved), quantity } : undefined
  const name = productName(model) // with the media, read once per model and first of the presentation
  const request = priceRequestOf(model, resolved, prepared.options.enforce, quantity, indexedReading)
  const context: ViewContext = {
    model,
    request,
    variant: resolved?.variant ?? NO_VARIANT,
    subscription: prepared.selection.subscription,
  }
  const states = choiceStates(model, prepared.selection, [])
  const price = safePricePreview(request, issues.slice())
  const variant = variantView(context)
  return {
    id: model.productId,
    name,
    version: model.version,
    options: states.options.map((option, k) => optionView(context, option, k)),
    modifiers: model.modifiers.map((modifier) => modifierView(context, modifier)),
    subscriptions: subscriptionsView(context),
    variant,
    media: mediaFor(context, variant),
    price,
    lineItem,
    issues,
    searchParams: searchQueryOf(model, request.chosen, context.subscription),
  }
}

/**
 * What `price` gives for one unit of the selection's request (the same ranges `getPricePreview`
 * would give), or undefined when a price cannot be read. The modifiers are priced once per view.
 */
function unitPrices<T>(
  context: ViewContext,
  price: (request: PriceRequest, modifiers: ModifierPart) => T,
): T | undefined {
  try {
    context.modifierPrices ??= modifierPart(context.request)
    return price({ ...context.request, quantity: 1 }, context.modifierPrices)
  } catch {
    return undefined // the view's price preview reports what cannot be read
  }
}

function optionView(context: ViewContext, option: OptionState, k: number): OptionView {
  const { model } = context
  const { chosen } = context.request
  // The selection with each choice picked, the rest kept: its link and its price.
  const picks = option.choices.map((_, c) => {
    const picked = chosen.slice()
    picked[k] = c
    return picked
  })
  // Each pick priced from the model's price tables (the same ranges getPricePreview gives).
  const prices =
    unitPrices(context, (request, modifiers) =>
      picks.map((picked) => unitPriceOf({ ...request, chosen: picked }, modifiers)),
    ) ?? []
  // Built field by field: spreads cost more here than the prices (bench: product view, warm).
  const choices = option.choices.map((state, c): ChoiceView => {
    const choice = model.options[k]?.choices[c] as ModelChoice
    const picked = picks[c]!
    const link = state.exists && state.available ? picked : (firstAvailableWith(model, k, c) ?? picked)
    const swatch = colorCode(model, k, choice)
    const image = choiceImage(model, choice)
    const unitPrice = prices[c]
    const view: { -readonly [K in keyof ChoiceView]: ChoiceView[K] } = {
      id: state.id,
      name: state.name,
      selected: state.selected,
      exists: state.exists,
      available: state.available,
      preorder: state.preorder,
      media: choiceMedia(model, choice),
      searchParams: searchQueryOf(model, link, context.subscription),
    }
    if (state.key !== undefined) view.key = state.key
    if (swatch !== undefined) view.colorCode = swatch
    if (unitPrice !== undefined) view.unitPrice = unitPrice
    if (image !== undefined) view.image = image
    return view
  })
  const { choices: _, ...rest } = option
  return { ...rest, renderType: optionRenderType(model, k), choices }
}

/** The choices of the first available variant (product order) with choice `c` of option `k`, or undefined. */
function firstAvailableWith(model: Model, k: number, c: number): Int32Array | undefined {
  if (!model.managed || !model.variants || !model.visible) return undefined
  const { bits, choices, inStock, preorder } = stateIndexOf(model)
  const withChoice = bits[k]?.[c]
  const [first] = withChoice ? positionsOf(withChoice, inStock, preorder) : []
  // The index holds the choices of every variant it has a bit for.
  return first === undefined ? undefined : Int32Array.from(choices, (variantChoices) => variantChoices[first]!)
}

function modifierView(context: ViewContext, modifier: ModelModifier): ModifierView {
  const book = priceBookOf(context.model)
  /** An added price at the currency's scale, or '' when it is no amount (the price preview reports it). */
  const amount = (c: number): string => amountText(book.added(modifier, c), book.scale) ?? ''
  const value = context.request.given.get(modifier)?.[1]
  const given = value === undefined || isBlank(value) ? undefined : value
  // The choice the builders resolved the given value to (the same name lookup).
  const selected = context.request.modifierChoices.get(modifier)
  return defined({
    id: modifier.id ?? modifier.key ?? modifier.name,
    key: modifier.key,
    name: modifier.name,
    mandatory: modifier.mandatory,
    kind: modifier.kind,
    renderType: modifierRenderType(modifier),
    // Text modifiers have no choices.
    choices: modifier.choices.map((choice, c) =>
      defined({
        id: choice.id ?? choice.key ?? choice.name,
        key: choice.key,
        name: choice.name,
        colorCode: colorCode(context.model, -1, choice),
        addedPrice: amount(c),
        selected: c === selected,
      }),
    ),
    text:
      modifier.kind === 'text'
        ? defined({
            // A mandatory text needs one character at least, whatever its minimum says (a blank one is not given).
            minLength: Math.max(modifier.mandatory ? 1 : 0, modifier.minLength),
            maxLength: modifier.maxLength,
            addedPrice: amount(-1),
            value: given,
          })
        : undefined,
  })
}

function subscriptionsView(context: ViewContext): SubscriptionsView | undefined {
  const { model } = context
  const { chosen, subscriptionId, enforce } = context.request
  if (model.subscriptions.length === 0) return undefined // V1 lists none (normalize/model.ts)
  const link = (subscription: string | undefined): string => searchQueryOf(model, chosen, subscription)
  return {
    oneTimePurchase: model.allowOneTimePurchases,
    ...(model.allowOneTimePurchases ? { oneTimeSearchParams: link(undefined) } : {}),
    selectedId: subscriptionId,
    plans: model.subscriptions
      .filter((s) => s.visible || !enforce)
      .map((subscription) =>
        defined({
          id: subscription.id as string,
          title: subscription.name,
          ...planDetails(subscription.raw),
          unitPrice: unitPrices(context, (request, modifiers) =>
            unitPriceOf({ ...request, subscriptionId: subscription.id }, modifiers),
          ),
          searchParams: link(subscription.id),
          selected: subscription.id === subscriptionId,
        }),
      ),
  }
}

function variantView(context: ViewContext): VariantView | undefined {
  const { model, variant: v } = context
  const variants = model.managed ? indexedReading.variants(model) : undefined
  const id = v !== NO_VARIANT ? variants?.id(v) : undefined
  if (variants === undefined || id === undefined) return undefined
  const raw = model.variants?.[v]
  const inStock = variants.inStock(v)
  const preorder = !inStock && variants.preorder(v)
  const available = model.visible && variants.visible(v) && (inStock || preorder)
  return defined({
    id,
    sku: variantSku(model, raw),
    available,
    preorder: available && preorder,
    media: variantMedia(model, raw),
  })
}

/** Media items are the same item when they have the same id, else the same source. */
const mediaKey = (item: MediaView): string => item.id ?? item.src

/**
 * The media for the selection. V3 (Wix's documented rule for choice media): the pinned variant's
 * own media; else, when chosen choices carry media, the media present in every chosen choice that
 * has some; else all product media. V1: the chosen choices' media in option order, else the product's.
 */
function mediaFor(context: ViewContext, variant: VariantView | undefined): readonly MediaView[] {
  const { model } = context
  const { chosen } = context.request
  const media = productMedia(model)
  const lists = model.options
    .map((option, k) => {
      const choice = option.choices[chosen[k]!]
      return choice === undefined ? [] : choiceMedia(model, choice)
    })
    .filter((media) => media.length > 0)
  if (model.version === 'V1') {
    const seen = new Set<string>()
    const all = lists.flat().filter((item) => !seen.has(mediaKey(item)) && seen.add(mediaKey(item)))
    return filled(all) ?? media
  }
  if (variant?.media.length) return variant.media
  if (lists.length === 0) return media
  const inEvery = (item: MediaView): boolean =>
    lists.every((list) => list.some((other) => mediaKey(other) === mediaKey(item)))
  // The product's media in product order; media only the choices know (links, deprecated linkedMedia) in their order.
  return filled(media.filter(inEvery)) ?? filled(lists[0]!.filter(inEvery)) ?? media
}
