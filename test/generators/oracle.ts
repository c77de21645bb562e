/*
 * The oracle: what docs/building.md says must happen, computed from the raw REST JSON of a product and a
 * selection, without any code from src/. Three views:
 *
 * - `expectedOutcome`: the exact reference a selection must build, or the issue codes of which at
 *   least one must be reported, or "undecided" where docs/building.md does not settle the case (a name that
 *   is both another item's name and a free-text alias, a selection naming an option twice, …).
 * - `ruleViolations`: the Wix rules a built reference must satisfy (docs/building.md, "The Wix rules it implements"), checked loosely
 *   against the selection: it holds for any product, also with colliding names.
 * - `expectedChoiceStates`: picker state by brute force over the raw variants (docs/product-page.md).
 */
import type { GenBuildOptions, GenSelection } from './selection.js'
import { fold, fromEntries, get, isBlank, isRecord, plainJsonProblems, type Json } from './util.js'

export const STORES_APP_ID = '215238eb-22a5-4c36-9e7b-e7c08025e04e'
/** docs/building.md, "Limits": custom / free text ≤ 500 characters (UTF-16 code units). */
const TEXT_MAX = 500
/** src/constants.ts LIMITS.NAME_MAX: longer inputs skip the forgiving pass (a documented limit). */
const NAME_MAX = 1000

export type Verdict =
  | { readonly kind: 'valid'; readonly reference: Json }
  | { readonly kind: 'invalid'; readonly codes: readonly string[] }
  | { readonly kind: 'undecided'; readonly why: string }

class Undecided {
  constructor(readonly why: string) {}
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const defined = (values: readonly (string | undefined)[]): string[] =>
  values.filter((v): v is string => v !== undefined)

/** Something a buyer names: by id, key, name, or an alias (V1 color value; V3 free-text key / title). */
interface Item {
  readonly index: number
  readonly id: string | undefined
  readonly key: string | undefined
  readonly name: string | undefined
  readonly aliases: readonly string[]
  readonly raw: unknown
}

interface OptionItem extends Item {
  readonly choices: readonly Item[]
}

type Resolution<T> = { readonly item: T } | { readonly fail: 'unknown' | 'ambiguous' }

/**
 * docs/building.md, "Resolving what the buyer named": exact id → exact key → exact name (→ aliases), then a forgiving pass (trim, NFC,
 * case-insensitive) over keys, names and aliases; more than one candidate is ambiguous.
 */
function resolveName<T extends Item>(items: readonly T[], input: string): Resolution<T> {
  const tiers: ((item: T) => readonly (string | undefined)[])[] = [
    (i) => [i.id],
    (i) => [i.key],
    (i) => [i.name],
    (i) => i.aliases,
  ]
  const hits = tiers.map((labelsOf) => items.filter((item) => labelsOf(item).includes(input)))
  for (let t = 0; t < hits.length; t++) {
    const hit = hits[t] as T[]
    if (hit.length === 0) continue
    if (hit.length > 1) return { fail: 'ambiguous' }
    // the contract orders ids, keys and names; it does not say whether a name beats another item's alias.
    if (t === 2 && (hits[3] as T[]).some((other) => other !== hit[0]))
      throw new Undecided('a name that is also another item’s alias')
    return { item: hit[0] as T }
  }
  if (input.length > NAME_MAX) return { fail: 'unknown' }
  const f = fold(input)
  if (items.some((item) => item.name === undefined && item.id !== undefined && fold(item.id) === f))
    throw new Undecided('a sloppy id of a nameless item')
  const folded = items.filter((item) =>
    defined([item.key, item.name, ...item.aliases]).some((label) => fold(label) === f),
  )
  if (folded.length === 1) return { item: folded[0] as T }
  return { fail: folded.length === 0 ? 'unknown' : 'ambiguous' }
}

/** Loose: could `input` name this item (exactly or after folding)? */
function mayName(item: Item, input: string): boolean {
  const labels = defined([item.key, item.name, ...item.aliases])
  if (input === item.id || labels.includes(input)) return true
  return input.length <= NAME_MAX && labels.some((label) => fold(label) === fold(input))
}

/** docs/building.md, "Builders" "Detection". */
export function detectVersion(product: unknown): 'V1' | 'V3' | undefined {
  if (!isRecord(product)) return undefined
  const present = (key: string): boolean => get(product, key) !== undefined && get(product, key) !== null
  if (
    present('variantsInfo') ||
    present('modifiers') ||
    present('subscriptionDetails') ||
    arr(get(product, 'options')).some((o) => get(o, 'choicesSettings') != null)
  )
    return 'V3'
  if (
    present('productOptions') ||
    typeof get(product, 'manageVariants') === 'boolean' ||
    present('customTextFields') ||
    arr(get(product, 'variants')).some((v) => isRecord(get(v, 'choices')))
  )
    return 'V1'
  return undefined
}

function productId(product: Json): string | undefined {
  return str(get(product, '_id')) ?? str(get(product, 'id'))
}

function entriesOf(map: unknown): [string, string][] {
  if (map === undefined || map === null) return []
  if (!isRecord(map)) throw new Undecided('a selection map that is not an object')
  return Object.keys(map).map((key) => {
    const value = get(map, key)
    if (typeof value !== 'string') throw new Undecided('a non-string selection value')
    return [key, value]
  })
}

function givenString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new Undecided('a non-string selection field')
  return isBlank(value) ? undefined : value
}

// ---------------------------------------------------------------------------------------------
// Reading a product

function v3Options(product: Json): OptionItem[] {
  return arr(get(product, 'options')).map((o, index) => ({
    index,
    id: str(get(o, '_id')) ?? str(get(o, 'id')),
    key: str(get(o, 'key')),
    name: str(get(o, 'name')),
    aliases: [],
    raw: o,
    choices: arr(get(get(o, 'choicesSettings'), 'choices')).map((c, j) => ({
      index: j,
      id: str(get(c, 'choiceId')),
      key: str(get(c, 'key')),
      name: str(get(c, 'name')),
      aliases: [],
      raw: c,
    })),
  }))
}

function v1Options(product: Json): OptionItem[] {
  const raw = get(product, 'productOptions')
  const list: [unknown, string | undefined][] = Array.isArray(raw)
    ? raw.map((o) => [o, undefined])
    : isRecord(raw)
      ? Object.keys(raw).map((k) => [get(raw, k), k])
      : []
  return list.map(([o, mapKey], index) => {
    const name = str(get(o, 'name')) ?? mapKey
    return {
      index,
      id: name,
      key: undefined,
      name,
      aliases: [],
      raw: o,
      choices: arr(get(o, 'choices')).map((c, j) => {
        const value = str(get(c, 'value'))
        const description = str(get(c, 'description')) ?? value
        return {
          index: j,
          id: description,
          key: undefined,
          name: description,
          aliases: value !== undefined && value !== description ? [value] : [],
          raw: c,
        }
      }),
    }
  })
}

interface ModifierItem extends Item {
  readonly kind: 'choices' | 'text' | undefined
  readonly mandatory: boolean
  readonly choices: readonly Item[]
  readonly outKey: string | undefined
  readonly min: number
  readonly max: number
}

function v3Modifiers(product: Json): ModifierItem[] {
  return arr(get(product, 'modifiers')).map((m, index) => {
    const type = get(m, 'modifierRenderType')
    const kind =
      type === 'FREE_TEXT' ? 'text' : type === 'TEXT_CHOICES' || type === 'SWATCH_CHOICES' ? 'choices' : undefined
    const settings = get(m, 'freeTextSettings')
    const key = str(get(m, 'key'))
    const name = str(get(m, 'name'))
    const minCount = get(settings, 'minCharCount')
    const maxCount = get(settings, 'maxCharCount')
    return {
      index,
      id: str(get(m, '_id')) ?? str(get(m, 'id')),
      key,
      name,
      aliases: kind === 'text' ? defined([str(get(settings, 'key')), str(get(settings, 'title'))]) : [],
      raw: m,
      kind,
      mandatory: get(m, 'mandatory') === true,
      choices: arr(get(get(m, 'choicesSettings'), 'choices')).map((c, j) => ({
        index: j,
        id: str(get(c, 'choiceId')),
        key: str(get(c, 'key')),
        name: str(get(c, 'name')),
        aliases: [],
        raw: c,
      })),
      // docs/building.md, "The Wix rules it implements": FREE_TEXT → freeTextSettings.key; choices → modifier.key, falling back to the name.
      outKey: kind === 'text' ? str(get(settings, 'key')) : (key ?? name),
      min: typeof minCount === 'number' && Number.isInteger(minCount) && minCount >= 0 ? minCount : 0,
      max:
        typeof maxCount === 'number' && Number.isInteger(maxCount) && maxCount > 0
          ? Math.min(maxCount, TEXT_MAX)
          : TEXT_MAX,
    }
  })
}

function v1Fields(product: Json): ModifierItem[] {
  return arr(get(product, 'customTextFields')).map((f, index) => {
    const title = str(get(f, 'title'))
    const maxLength = get(f, 'maxLength')
    return {
      index,
      id: title,
      key: undefined,
      name: title,
      aliases: [],
      raw: f,
      kind: 'text' as const,
      mandatory: get(f, 'mandatory') === true,
      choices: [],
      outKey: title,
      min: 0,
      max: typeof maxLength === 'number' && maxLength > 0 ? Math.min(Math.floor(maxLength), TEXT_MAX) : TEXT_MAX,
    }
  })
}

interface VariantItem {
  readonly index: number
  readonly id: string | undefined
  /** option index → choice index; undefined when the variant names options or choices the product lacks. */
  readonly tuple: ReadonlyMap<number, number> | undefined
  readonly visible: boolean
  readonly inStock: boolean
  readonly preorder: boolean
}

function v3Variants(product: Json, options: readonly OptionItem[]): VariantItem[] | undefined {
  const raw = get(get(product, 'variantsInfo'), 'variants')
  if (!Array.isArray(raw)) return undefined
  return raw.map((v, index) => {
    const nested = arr(get(v, 'choices'))
    const direct = arr(get(v, 'optionChoiceIds'))
    const pairs = nested.length > 0 ? nested.map((c) => get(c, 'optionChoiceIds')) : direct
    let tuple: Map<number, number> | undefined = new Map()
    for (const pair of pairs) {
      const option = options.find((o) => o.id === get(pair, 'optionId'))
      const choice = option?.choices.find((c) => c.id === get(pair, 'choiceId'))
      if (option === undefined || choice === undefined || tuple.has(option.index)) {
        tuple = undefined
        break
      }
      tuple.set(option.index, choice.index)
    }
    const status = get(v, 'inventoryStatus')
    return {
      index,
      id: str(get(v, '_id')) ?? str(get(v, 'id')),
      tuple,
      visible: get(v, 'visible') !== false,
      inStock: get(status, 'inStock') !== false,
      preorder: get(status, 'preorderEnabled') === true,
    }
  })
}

/** docs/building.md, "The Wix rules it implements": `stock.inStock: false` or a tracked quantity of 0. */
function v1StockOut(stock: unknown, tracked: string, quantity: string): boolean {
  const q = get(stock, quantity)
  return get(stock, 'inStock') === false || (get(stock, tracked) === true && typeof q === 'number' && q <= 0)
}

function v1Variants(product: Json, options: readonly OptionItem[]): VariantItem[] | undefined {
  const raw = get(product, 'variants')
  if (!Array.isArray(raw)) return undefined
  return raw.map((v, index) => {
    const choices = get(v, 'choices')
    let tuple: Map<number, number> | undefined = new Map()
    for (const option of options) {
      const description = get(choices, option.name as string)
      const c = option.choices.findIndex((choice) => choice.name === description)
      if (c < 0) {
        tuple = undefined
        break
      }
      tuple.set(option.index, c)
    }
    return {
      index,
      id: str(get(v, '_id')) ?? str(get(v, 'id')),
      tuple,
      visible: get(get(v, 'variant'), 'visible') !== false,
      inStock: !v1StockOut(get(v, 'stock'), 'trackQuantity', 'quantity'),
      preorder: false,
    }
  })
}

function v1ProductInStock(product: Json): boolean {
  const stock = get(product, 'stock')
  return (
    get(stock, 'inventoryStatus') !== 'OUT_OF_STOCK' &&
    !v1StockOut(stock, 'trackInventory', 'quantity') &&
    !v1StockOut(product, 'trackInventory', 'quantityInStock')
  )
}

interface ReadProduct {
  readonly version: 'V1' | 'V3'
  readonly id: string | undefined
  readonly visible: boolean
  readonly managed: boolean
  readonly options: readonly OptionItem[]
  readonly variants: readonly VariantItem[] | undefined
  readonly modifiers: readonly ModifierItem[]
  readonly subscriptions: readonly (Item & { readonly visible: boolean })[]
  readonly allowOneTime: boolean
  readonly inStock: boolean
}

function read(product: Json, version: 'V1' | 'V3'): ReadProduct {
  const options = version === 'V3' ? v3Options(product) : v1Options(product)
  const details = get(product, 'subscriptionDetails')
  const managed = version === 'V3' || get(product, 'manageVariants') === true
  const v1 = version === 'V1' ? v1Variants(product, options) : undefined
  return {
    version,
    id: productId(product),
    visible: get(product, 'visible') !== false,
    managed,
    options,
    // docs/decisions.md: a V1 product that manages variants and lists none came without them (queryProducts).
    variants: version === 'V3' ? v3Variants(product, options) : managed && v1?.length === 0 ? undefined : v1,
    modifiers: version === 'V3' ? v3Modifiers(product) : v1Fields(product),
    subscriptions:
      version === 'V3'
        ? arr(get(details, 'subscriptions')).map((s, index) => ({
            index,
            id: str(get(s, '_id')) ?? str(get(s, 'id')),
            key: undefined,
            name: str(get(s, 'title')),
            aliases: [],
            raw: s,
            visible: get(s, 'visible') !== false,
          }))
        : [],
    allowOneTime: get(details, 'allowOneTimePurchases') === true,
    inStock: version === 'V1' ? v1ProductInStock(product) : true,
  }
}

function visibleChoices(option: OptionItem): Item[] {
  return option.choices.filter((c) => get(c.raw, 'visible') !== false)
}

function sameTuple(
  tuple: ReadonlyMap<number, number> | undefined,
  chosen: ReadonlyMap<number, number>,
  n: number,
): boolean {
  if (tuple === undefined || tuple.size !== n) return false
  for (let k = 0; k < n; k++) if (tuple.get(k) !== chosen.get(k)) return false
  return true
}

const ALLOWED_SELECTION_KEYS = ['options', 'variantId', 'modifiers', 'subscriptionOptionId', 'quantity']

// ---------------------------------------------------------------------------------------------
// The exact outcome

function decide(rawProduct: Json, selection: GenSelection | undefined, buildOptions: GenBuildOptions): Verdict {
  const sel = (selection ?? {}) as Json
  if (Object.keys(sel).some((k) => !ALLOWED_SELECTION_KEYS.includes(k)))
    throw new Undecided('an unknown selection field')
  const detected = detectVersion(rawProduct)
  if (buildOptions.catalogVersion !== undefined && buildOptions.catalogVersion !== detected)
    throw new Undecided('a forced catalog version')
  if (detected === undefined) return { kind: 'invalid', codes: ['unknown_catalog_version'] }
  const enforce = buildOptions.availability !== 'ignore'
  const p = read(rawProduct, detected)
  const codes: string[] = []
  const fail = (...more: string[]): Verdict => ({ kind: 'invalid', codes: [...codes, ...more] })
  if (p.id === undefined || p.id.length > 36) codes.push('invalid_product')

  // Options → chosen choices.
  const chosen = new Map<number, number>()
  const named = new Set<number>()
  for (const [key, value] of entriesOf(get(sel, 'options'))) {
    const r = resolveName(p.options, key)
    if ('fail' in r) {
      codes.push(r.fail === 'ambiguous' ? 'ambiguous_name' : 'unknown_option')
      continue
    }
    if (named.has(r.item.index)) throw new Undecided('an option named twice')
    named.add(r.item.index)
    if (isBlank(value)) continue
    const rc = resolveName(r.item.choices, value)
    if ('fail' in rc) codes.push(rc.fail === 'ambiguous' ? 'ambiguous_name' : 'unknown_choice')
    else chosen.set(r.item.index, rc.item.index)
  }

  // The variant: named by id, or found by its choices.
  const givenVariantId = givenString(get(sel, 'variantId'))
  let variant: VariantItem | undefined
  let passThroughVariantId: string | undefined
  if (givenVariantId !== undefined) {
    if (!p.managed) throw new Undecided('a variantId for a product that does not manage variants')
    if (p.variants === undefined) {
      // docs/decisions.md: V1 and V3 alike, an explicit variantId passes through a product without variants.
      if (named.size > 0) throw new Undecided('options and a variantId for a product without variants')
      passThroughVariantId = givenVariantId
    } else {
      variant = p.variants.find((v) => v.id === givenVariantId)
      if (variant === undefined) return fail('unknown_variant')
      if (variant.tuple === undefined || variant.tuple.size !== p.options.length)
        throw new Undecided('a variant with unknown or missing choices')
      for (const [k, c] of chosen) if (variant.tuple.get(k) !== c) codes.push('variant_mismatch')
      for (const [k, c] of variant.tuple) chosen.set(k, c)
    }
  }
  if (codes.length > 0) return fail()
  if (passThroughVariantId === undefined) {
    // docs/building.md, "Resolving what the buyer named": an option with exactly one visible choice may be left out.
    for (const option of p.options) {
      if (chosen.has(option.index)) continue
      const visible = visibleChoices(option)
      if (visible.length === 1) chosen.set(option.index, (visible[0] as Item).index)
      else codes.push('missing_option')
    }
    if (codes.length > 0) return fail()
  }
  if (p.managed && variant === undefined && passThroughVariantId === undefined) {
    if (p.variants === undefined) return fail('missing_variants')
    const matches = p.variants.filter((v) => sameTuple(v.tuple, chosen, p.options.length))
    if (matches.length === 0) return fail('variant_not_found')
    if (matches.length > 1) throw new Undecided('two variants with the same choices')
    variant = matches[0]
  }

  // Availability.
  if (enforce && !p.visible) codes.push('product_hidden')
  if (variant !== undefined && enforce) {
    if (!variant.visible) codes.push('variant_hidden')
    else if (!variant.inStock && !variant.preorder) codes.push('out_of_stock')
  }
  // A product without managed variants: its own stock first; then each chosen choice must be shown to
  // buyers (a hidden one is variant_hidden, as the picker marks it unavailable) and be in stock.
  if (!p.managed && enforce) {
    if (!p.inStock) codes.push('out_of_stock')
    else
      for (const [k, c] of chosen) {
        const raw = (p.options[k] as OptionItem).choices[c]?.raw
        if (get(raw, 'visible') === false) codes.push('variant_hidden')
        else if (get(raw, 'inStock') === false) codes.push('out_of_stock')
      }
  }

  // Modifiers (V1: custom text fields).
  const given = new Map<number, string>()
  for (const [key, value] of entriesOf(get(sel, 'modifiers'))) {
    const r = resolveName(p.modifiers, key)
    if ('fail' in r) {
      codes.push(r.fail === 'ambiguous' ? 'ambiguous_name' : 'unknown_modifier')
      continue
    }
    if (given.has(r.item.index)) throw new Undecided('a modifier named twice')
    given.set(r.item.index, value)
  }
  const modifierOptions: [string, string][] = []
  const customText: [string, string][] = []
  for (const m of p.modifiers) {
    const value = given.get(m.index)
    const blank = value === undefined || isBlank(value)
    if (m.kind === undefined) {
      if (!blank || m.mandatory) throw new Undecided('a modifier without a known render type')
      continue
    }
    if (blank) {
      // docs/building.md, "Errors and issue codes": a blank text counts as not given.
      if (m.mandatory) codes.push('missing_modifier')
      continue
    }
    if (m.outKey === undefined) throw new Undecided('a modifier without a key to write')
    if (m.kind === 'text') {
      if (value.length > m.max) codes.push('text_too_long')
      else if (value.length < m.min) codes.push('text_too_short')
      else customText.push([m.outKey, value])
      continue
    }
    const rc = resolveName(m.choices, value)
    if ('fail' in rc) {
      codes.push(rc.fail === 'ambiguous' ? 'ambiguous_name' : 'unknown_modifier_choice')
      continue
    }
    const choice = rc.item
    const written = buildOptions.modifierChoiceValue === 'name' ? choice.name : (choice.key ?? choice.name)
    if (written === undefined) throw new Undecided('a modifier choice without key or name')
    modifierOptions.push([m.outKey, written])
  }

  // Subscription.
  const givenSubscription = givenString(get(sel, 'subscriptionOptionId'))
  let subscriptionId: string | undefined
  if (p.version === 'V1') subscriptionId = givenSubscription
  else if (givenSubscription === undefined) {
    if (p.subscriptions.length > 0 && !p.allowOneTime) codes.push('subscription_required')
  } else if (p.subscriptions.length === 0) codes.push('subscriptions_not_offered')
  else {
    const r = resolveName(p.subscriptions, givenSubscription)
    if ('fail' in r) codes.push(r.fail === 'ambiguous' ? 'ambiguous_name' : 'unknown_subscription')
    else if (!r.item.visible && enforce) codes.push('subscription_hidden')
    else subscriptionId = r.item.id
  }
  if (codes.length > 0) return fail()

  // The reference.
  const options: [string, unknown][] = []
  if (p.managed) {
    const id = passThroughVariantId ?? variant?.id
    if (id === undefined) throw new Undecided('a variant without id')
    options.push(['variantId', id])
  }
  if (p.version === 'V1' && !p.managed && p.options.length > 0) {
    options.push([
      'options',
      fromEntries(
        p.options.map((o) => [o.name as string, (o.choices[chosen.get(o.index) as number] as Item).name as string]),
      ),
    ])
  }
  if (modifierOptions.length > 0) options.push(['options', fromEntries(modifierOptions)])
  if (customText.length > 0) options.push(['customTextFields', fromEntries(customText)])
  if (
    new Set(modifierOptions.map(([k]) => k)).size !== modifierOptions.length ||
    new Set(customText.map(([k]) => k)).size !== customText.length
  ) {
    throw new Undecided('two modifiers writing the same key')
  }
  if (subscriptionId !== undefined) options.push(['subscriptionOptionId', subscriptionId])
  if (variant !== undefined && p.version === 'V3' && !variant.inStock && variant.preorder)
    options.push(['preOrderRequested', true])
  const reference: Json = { catalogItemId: p.id, appId: STORES_APP_ID }
  if (options.length > 0) reference.options = fromEntries(options)
  return { kind: 'valid', reference }
}

/** What docs/building.md says building `selection` on `product` (raw REST or SDK JSON) must give. */
export function expectedOutcome(
  product: Json,
  selection: GenSelection | undefined,
  buildOptions: GenBuildOptions = {},
): Verdict {
  try {
    return decide(product, selection, buildOptions)
  } catch (error) {
    if (error instanceof Undecided) return { kind: 'undecided', why: error.why }
    throw error
  }
}

/** docs/building.md, "Builders": line item quantity, an integer from 1 to 100000, default 1. */
export function expectedQuantity(selection: GenSelection | undefined): number | undefined {
  const q = selection?.quantity
  if (q === undefined) return 1
  return Number.isInteger(q) && q >= 1 && q <= 100_000 ? q : undefined
}

// ---------------------------------------------------------------------------------------------
// The Wix rules, checked on a built reference

/** Whether the modifier may write `key` (a free text without freeTextSettings.key: any of its names). */
/** Whether a written free text is within the modifier's limits (a blank text is never written). */
function textFits(m: ModifierItem, text: string): boolean {
  return !isBlank(text) && text.length <= m.max && text.length >= m.min
}

function writesKey(m: ModifierItem, key: string): boolean {
  if (m.outKey !== undefined) return m.outKey === key
  return m.kind === 'text' && [m.key, m.name, ...m.aliases].includes(key)
}

const REFERENCE_KEYS = ['catalogItemId', 'appId', 'options']
const OPTION_KEYS = ['variantId', 'options', 'customTextFields', 'subscriptionOptionId', 'preOrderRequested']

function inOrder(keys: readonly string[], order: readonly string[]): boolean {
  const positions = keys.map((k) => order.indexOf(k))
  return positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number)))
}

/**
 * Every way `reference` breaks the Wix rules for this product and selection (empty: it is a
 * reference Wix accepts, for what the buyer asked). Holds for any product, names colliding or not.
 */
export function ruleViolations(
  product: Json,
  selection: GenSelection | undefined,
  reference: unknown,
  buildOptions: GenBuildOptions = {},
): string[] {
  const out: string[] = [...plainJsonProblems(reference)]
  const sel = (selection ?? {}) as Json
  const version = buildOptions.catalogVersion ?? detectVersion(product)
  if (version === undefined) return [...out, 'built a reference for a product of unknown version']
  const enforce = buildOptions.availability !== 'ignore'
  const p = read(product, version)
  if (!isRecord(reference)) return [...out, 'not an object']
  if (get(reference, 'catalogItemId') !== p.id) out.push('catalogItemId is not the product id')
  if (get(reference, 'appId') !== STORES_APP_ID) out.push('appId is not Wix Stores')
  if (!inOrder(Object.keys(reference), REFERENCE_KEYS)) out.push(`reference keys ${Object.keys(reference).join()}`)
  const opts = get(reference, 'options') ?? {}
  if (!isRecord(opts)) return [...out, 'options is not an object']
  if (!inOrder(Object.keys(opts), OPTION_KEYS)) out.push(`options keys ${Object.keys(opts).join()}`)
  if (enforce && !p.visible) out.push('the product is hidden')

  const selOptions = isRecord(get(sel, 'options'))
    ? Object.keys(get(sel, 'options') as Json).map((k) => [k, get(get(sel, 'options'), k)] as const)
    : []
  const selVariantId =
    typeof get(sel, 'variantId') === 'string' && !isBlank(get(sel, 'variantId') as string)
      ? (get(sel, 'variantId') as string)
      : undefined
  const selModifiers = isRecord(get(sel, 'modifiers'))
    ? Object.keys(get(sel, 'modifiers') as Json).map((k) => [k, get(get(sel, 'modifiers'), k)] as const)
    : []

  /** The buyer's choices must hold in `tuple`, and options they left out must have one visible choice. */
  const checkChoices = (tuple: ReadonlyMap<number, number>): void => {
    for (const [key, value] of selOptions) {
      if (typeof value !== 'string' || isBlank(value)) continue
      const fits = p.options.some(
        (o) => mayName(o, key) && tuple.has(o.index) && mayName(o.choices[tuple.get(o.index) as number] as Item, value),
      )
      if (!fits) out.push(`the variant does not have the chosen ${key}: ${value}`)
    }
    if (selVariantId !== undefined) return
    for (const o of p.options) {
      const namedHere = selOptions.some(
        ([key, value]) => mayName(o, key) && typeof value === 'string' && !isBlank(value),
      )
      if (namedHere) continue
      const visible = visibleChoices(o)
      if (visible.length !== 1 || tuple.get(o.index) !== (visible[0] as Item).index)
        out.push(`option ${String(o.name)} was guessed`)
    }
  }

  const variantId = get(opts, 'variantId')
  if (p.managed) {
    if (typeof variantId !== 'string') out.push('no variantId for a product that manages variants')
    else if (selVariantId !== undefined && variantId !== selVariantId) out.push('not the variant the buyer named')
    else if (p.variants !== undefined) {
      const variant = p.variants.find((v) => v.id === variantId)
      if (variant === undefined) out.push('the variant does not exist')
      else {
        if (variant.tuple === undefined || variant.tuple.size !== p.options.length)
          out.push('the variant does not cover every option')
        else checkChoices(variant.tuple)
        if (enforce && !variant.visible) out.push('the variant is hidden')
        if (enforce && !variant.inStock && !variant.preorder) out.push('the variant is out of stock')
        const preorder = get(opts, 'preOrderRequested')
        const needed = p.version === 'V3' && !variant.inStock && variant.preorder
        if (needed ? preorder !== true : preorder !== undefined)
          out.push('preOrderRequested does not match the variant')
      }
    } else if (selVariantId === undefined) out.push('a reference for a product without variants') // docs/decisions.md: an explicit variantId passes (V1 and V3)
  } else {
    if (variantId !== undefined) out.push('a variantId for a product that does not manage variants')
    const choiceMap = get(opts, 'options')
    if (p.options.length === 0) {
      if (choiceMap !== undefined) out.push('options.options for a product without options')
    } else if (
      !isRecord(choiceMap) ||
      Object.keys(choiceMap).join('\u0000') !==
        Object.keys(fromEntries(p.options.map((o) => [o.name as string, 1]))).join('\u0000')
    ) {
      // (Product order, as far as JavaScript keeps it: integer-like keys such as "0" always come first.)
      out.push('options.options does not list every option in product order')
    } else {
      const tuple = new Map<number, number>()
      for (const o of p.options) {
        const c = o.choices.findIndex((choice) => choice.name === get(choiceMap, o.name as string))
        if (c < 0) out.push(`options.options has no choice of ${String(o.name)}`)
        else tuple.set(o.index, c)
        if (enforce && c >= 0 && get((o.choices[c] as Item).raw, 'visible') === false) out.push('the choice is hidden')
        if (enforce && c >= 0 && get((o.choices[c] as Item).raw, 'inStock') === false)
          out.push('the choice is out of stock')
      }
      if (tuple.size === p.options.length) checkChoices(tuple)
    }
    if (enforce && !p.inStock) out.push('the product is out of stock')
  }

  // Modifiers: V3 choice modifiers in options.options; free text (V1: custom text fields) in customTextFields.
  const written = (field: 'options' | 'customTextFields'): Json =>
    p.version === 'V1' && field === 'options' ? {} : ((get(opts, field) as Json | undefined) ?? {})
  for (const [field, kind] of [
    ['options', 'choices'],
    ['customTextFields', 'text'],
  ] as const) {
    const map = written(field)
    if (p.version === 'V1' && field === 'options') continue
    for (const key of Object.keys(map)) {
      const value = get(map, key)
      // Where the spec does not fix a modifier's output key, several modifiers may write `key` (one by
      // its key, another by its name): the entry must be one of them, as the buyer chose it. Checked
      // against the one that explains it, else the first it fits (found by the 100k fuzz: a text
      // modifier named "b" and another whose key is "b", only the second one given text).
      const candidates = p.modifiers.filter((mod) => mod.kind === kind && writesKey(mod, key))
      const choiceOf = (mod: ModifierItem): Item | undefined =>
        mod.choices.find(
          (choice) =>
            (buildOptions.modifierChoiceValue === 'name' ? choice.name : (choice.key ?? choice.name)) === value,
        )
      const fits = (mod: ModifierItem): boolean =>
        kind !== 'text' || (typeof value === 'string' && textFits(mod, value))
      const chosen = (mod: ModifierItem): boolean => {
        const choice = kind === 'text' ? undefined : choiceOf(mod)
        return selModifiers.some(
          ([k, v]) =>
            mayName(mod, k) &&
            (kind === 'text' ? v === value : typeof v === 'string' && choice !== undefined && mayName(choice, v)),
        )
      }
      const m = candidates.find((mod) => fits(mod) && chosen(mod)) ?? candidates.find(fits) ?? candidates[0]
      if (m === undefined || typeof value !== 'string') {
        out.push(`${field} has ${key}, which no ${kind} modifier writes`)
        continue
      }
      if (kind === 'text') {
        if (!textFits(m, value)) out.push(`the text of ${key} breaks its limits`)
        if (!selModifiers.some(([k, v]) => mayName(m, k) && v === value))
          out.push(`the text of ${key} is not the buyer's`)
      } else {
        const c = choiceOf(m)
        if (c === undefined) out.push(`${key} has no choice ${value}`)
        else if (!selModifiers.some(([k, v]) => mayName(m, k) && typeof v === 'string' && mayName(c, v)))
          out.push(`the choice of ${key} is not the buyer's`)
      }
    }
  }
  for (const m of p.modifiers) {
    if (!m.mandatory || m.kind === undefined) continue
    const map = m.kind === 'text' ? written('customTextFields') : written('options')
    if (!Object.keys(map).some((key) => writesKey(m, key))) out.push(`mandatory ${String(m.name)} is missing`)
  }

  // Subscription.
  const subscriptionId = get(opts, 'subscriptionOptionId')
  const selSubscription =
    typeof get(sel, 'subscriptionOptionId') === 'string' && !isBlank(get(sel, 'subscriptionOptionId') as string)
      ? (get(sel, 'subscriptionOptionId') as string)
      : undefined
  if (p.version === 'V1') {
    if (subscriptionId !== selSubscription) out.push('the V1 subscription id is not passed through')
  } else if (subscriptionId === undefined) {
    if (p.subscriptions.length > 0 && !p.allowOneTime) out.push('a subscription-only product bought once')
    if (selSubscription !== undefined) out.push('the subscription was dropped')
  } else {
    const s = p.subscriptions.find((sub) => sub.id === subscriptionId)
    if (s === undefined) out.push('the subscription does not exist')
    else {
      if (enforce && !s.visible) out.push('the subscription is hidden')
      if (selSubscription === undefined || !(selSubscription === s.id || mayName(s, selSubscription)))
        out.push('not the subscription the buyer chose')
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Picker state by brute force

export interface ExpectedChoiceStates {
  readonly options: readonly Json[]
  readonly variantId?: string
}

/**
 * docs/product-page.md, computed over every raw variant, for products with variants (V3, V1 managed). undefined
 * when it does not apply or the selection does not resolve.
 */
export function expectedChoiceStates(product: Json, selection: unknown): ExpectedChoiceStates | undefined {
  const version = detectVersion(product)
  if (version === undefined) return undefined
  const p = read(product, version)
  if (!p.managed || p.variants === undefined) return undefined
  // docs/product-page.md defines the picker by the selected choices; a variantId in the selection is not covered.
  const variantId = get(selection ?? {}, 'variantId')
  if (typeof variantId === 'string' && !isBlank(variantId)) return undefined
  const chosen = new Map<number, number>()
  const named = new Set<number>()
  try {
    for (const [key, value] of entriesOf(get(selection ?? {}, 'options'))) {
      const r = resolveName(p.options, key)
      if ('fail' in r || named.has(r.item.index)) return undefined
      named.add(r.item.index)
      if (isBlank(value)) continue
      const rc = resolveName(r.item.choices, value)
      if ('fail' in rc) return undefined
      chosen.set(r.item.index, rc.item.index)
    }
  } catch (error) {
    if (error instanceof Undecided) return undefined
    throw error
  }
  for (const option of p.options) {
    const visible = visibleChoices(option)
    if (!chosen.has(option.index) && visible.length === 1) chosen.set(option.index, (visible[0] as Item).index)
  }
  const variants = p.variants.filter((v) => v.tuple !== undefined)
  const options = p.options.map((option) => {
    const k = option.index
    const choices = option.choices.map((choice) => {
      const matching = variants.filter(
        (v) => v.tuple?.get(k) === choice.index && [...chosen].every(([m, c]) => m === k || v.tuple?.get(m) === c),
      )
      const inStock = matching.some((v) => v.visible && v.inStock)
      const preorder = matching.some((v) => v.visible && !v.inStock && v.preorder)
      const available = p.visible && matching.length > 0 && (inStock || preorder)
      return fromEntries([
        ['id', choice.id ?? choice.name],
        ...(choice.key !== undefined ? ([['key', choice.key]] as const) : []),
        ['name', choice.name ?? choice.key ?? choice.id],
        ['selected', chosen.get(k) === choice.index],
        ['exists', matching.length > 0],
        ['available', available],
        ['preorder', available && !inStock],
      ])
    })
    const selected = chosen.has(k) ? option.choices[chosen.get(k) as number] : undefined
    return fromEntries([
      ['id', option.id ?? option.name],
      ...(option.key !== undefined ? ([['key', option.key]] as const) : []),
      ['name', option.name ?? option.key ?? option.id],
      ...(selected !== undefined ? ([['selectedChoiceId', selected.id ?? selected.name]] as const) : []),
      ['choices', choices],
    ])
  })
  const complete = p.options.every((o) => chosen.has(o.index))
  const variant = complete ? variants.find((v) => sameTuple(v.tuple, chosen, p.options.length)) : undefined
  return variant?.id !== undefined ? { options, variantId: variant.id } : { options }
}
