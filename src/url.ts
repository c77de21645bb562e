import { prepare } from './engine/pipeline.js'
import { liveReading } from './engine/variants.js'
import { NAME_MAX, SELECTION_KEYS_MAX } from './constants.js'
import { resolveChoices } from './engine/resolve.js'
import { fold, own, setOwn } from './internal/util.js'
import type { Model, ModelOption, Named } from './normalize/model.js'
import type { NameIndex } from './normalize/name-index.js'
import type { CatalogProduct } from './product.js'
import type { Selection } from './selection.js'

/** The URL parameter that carries the subscription. */
const SUBSCRIPTION_PARAM = 'subscription'
/** Written before an option's parameter name that is `subscription` or starts with it. */
const ESCAPE = '~'
/** Characters (names and values) read from one URL input at most; a longer input reads as empty. */
const URL_CHARS_MAX = 100_000

/** The most readable value that resolves back to `item` alone: its name, else its key, else its id. */
function readable<T extends Named>(index: NameIndex<T>, item: T): string {
  for (const value of [item.name, item.key, item.id]) {
    if (value === undefined) continue
    const hit = index.resolve(value)
    if (hit !== undefined && 'found' in hit && hit.found === item) return value
  }
  return item.id ?? item.name
}

/** The subscription's parameter name, and the escape itself, are escaped: names always round-trip. */
function parameterName(name: string): string {
  return name === SUBSCRIPTION_PARAM || name.startsWith(ESCAPE) ? ESCAPE + name : name
}

/**
 * Writes a selection's options and subscription as URL parameters for shareable product-page links:
 * one parameter per option, named after the option (its key or id when another option takes the
 * name; with a `~` before a name that is `subscription` or starts with `~`), valued with the choice
 * name (V1: the description), plus `subscription` (its title). Readable and stable, and read back
 * to the same options for every product; unknown names are left out.
 * Modifiers and free text are never written: they may be personal data.
 * @example
 * ```ts
 * const params = selectionToSearchParams(product, { options: { Size: 'L', 'Box color': 'Blue' } })
 * history.replaceState(null, '', `?${params}`) // ?Size=L&Box+color=Blue
 * ```
 */
export function selectionToSearchParams(product: CatalogProduct, selection?: Selection): URLSearchParams {
  try {
    const prepared = prepare(product, selection, undefined, liveReading)
    const { model } = prepared
    if (model === undefined) return new URLSearchParams()
    const { chosen } = resolveChoices(model, prepared.selection, [], liveReading.variants(model))
    return new URLSearchParams(searchQueryOf(model, chosen, prepared.selection.subscription))
  } catch {
    // An unreadable product or selection writes no parameters.
    return new URLSearchParams()
  }
}

/** One parameter as URL query text (form encoding, as URLSearchParams writes it). */
function encodePair(name: string, value: string): string {
  return new URLSearchParams([[name, value]]).toString()
}

/**
 * The URL query text of resolved choices (`chosen[k]`: a choice position, or negative for none) and
 * a subscription as the selection names it (id or title; V1: passed as given): what
 * `selectionToSearchParams(...).toString()` gives for that selection.
 */
export function searchQueryOf(model: Model, chosen: ArrayLike<number>, subscription: string | undefined): string {
  const pairs: string[] = []
  model.options.forEach((option, k) => {
    const c = chosen[k]!
    const choice = option.choices[c]
    if (choice === undefined) return
    pairs.push(encodePair(parameterName(readable(model.optionLookup, option)), readable(option.lookup, choice)))
  })
  if (subscription !== undefined) {
    if (!model.facts.subscriptionsListed) pairs.push(encodePair(SUBSCRIPTION_PARAM, subscription))
    else {
      const hit = model.subscriptionLookup.resolve(subscription)
      if (hit !== undefined && 'found' in hit) {
        pairs.push(encodePair(SUBSCRIPTION_PARAM, readable(model.subscriptionLookup, hit.found)))
      }
    }
  }
  return pairs.join('&')
}

type ParamsInput =
  | URLSearchParams
  | string
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | Iterable<readonly [string, string]>

/**
 * The input's first SELECTION_KEYS_MAX parameters as pairs, each read once; none at all from an input
 * of more than URL_CHARS_MAX characters (counted as read: nothing huge is walked). Records take the
 * first value of an array (Next.js `searchParams`).
 */
function pairsOf(input: unknown): [string, string][] {
  let chars = 0
  let count = 0
  const out: [string, string][] = []
  /** Takes one pair; false when reading must stop. */
  const take = (key: unknown, value: unknown): boolean => {
    const first = Array.isArray(value) ? (value.length > 0 ? value[0] : undefined) : value
    chars += 1 + (typeof key === 'string' ? key.length : 0) + (typeof first === 'string' ? first.length : 0)
    if (typeof key === 'string' && typeof first === 'string') out.push([key, first])
    return ++count < SELECTION_KEYS_MAX && chars <= URL_CHARS_MAX
  }
  if (typeof input === 'string') input = new URLSearchParams(input.length > URL_CHARS_MAX ? '' : input)
  if (typeof input !== 'object' || input === null || (Array.isArray(input) && input.length > URL_CHARS_MAX)) return []
  if (input instanceof URLSearchParams || Symbol.iterator in input) {
    for (const pair of input as Iterable<unknown>) if (!take(own(pair, '0'), own(pair, '1'))) break
  } else {
    for (const key of Object.keys(input)) if (!take(key, own(input, key))) break
  }
  return chars > URL_CHARS_MAX ? [] : out
}

/**
 * Reads a selection back from URL parameters written by {@link selectionToSearchParams} (or by hand):
 * a parameter per option, found by the option's name, key or id (also trimmed and case-insensitive;
 * a leading `~` is dropped first: that is how an option named `subscription` is written), and
 * `subscription`. The first parameter that names an option wins; unknown parameters are ignored;
 * values are passed on as given, for the builders to check. Accepts `URLSearchParams`, a query
 * string, a record such as Next.js `searchParams`, or an iterable of `[name, value]` pairs. The first
 * 200 parameters are read; an input of more than 100,000 characters reads as empty.
 * @example
 * ```ts
 * const selection = selectionFromSearchParams(product, new URL(request.url).searchParams)
 * const result = safeBuildCatalogReference(product, selection)
 * ```
 */
export function selectionFromSearchParams(product: CatalogProduct, params: ParamsInput): Selection {
  const options: Record<string, string> = {}
  let subscription: string | undefined
  try {
    const { model } = prepare(product, undefined, undefined, liveReading)
    if (model === undefined) return {}
    // Per option: the value of the parameter that names it best (exact name, key, id, then any form the
    // builders resolve, e.g. folded), the first of equals.
    const best = new Map<ModelOption, [number, string]>()
    for (const [key, value] of pairsOf(params)) {
      if (key.length > NAME_MAX || value.length > NAME_MAX || value.trim() === '') continue
      if (key === SUBSCRIPTION_PARAM) {
        subscription ??= value
        continue
      }
      const name = key.startsWith(ESCAPE) ? key.slice(1) : key
      const hit = model.optionLookup.resolve(name)
      // Ids are matched forgivingly too (the builders match them exactly): `O1` for `o1`.
      const byId = hit ? [] : model.options.filter((o) => o.id !== undefined && fold(o.id) === fold(name))
      const option =
        hit === undefined ? (byId.length === 1 ? byId[0] : undefined) : 'found' in hit ? hit.found : undefined
      if (option === undefined) continue
      // Exact name, key, id; then any other form (rank 3).
      const exact = [option.name, option.key, option.id].indexOf(name)
      const rank = exact < 0 ? 3 : exact
      if (rank < (best.get(option)?.[0] ?? Infinity)) best.set(option, [rank, value])
    }
    for (const option of model.options) {
      const value = best.get(option)?.[1]
      if (value !== undefined) setOwn(options, readable(model.optionLookup, option), value)
    }
  } catch {
    // An unreadable product or input reads no parameters.
  }
  const selection: { options?: Record<string, string>; subscriptionOptionId?: string } = {}
  if (Object.keys(options).length > 0) selection.options = options
  if (subscription !== undefined) selection.subscriptionOptionId = subscription
  return selection
}

export type { ParamsInput as SearchParamsInput }
