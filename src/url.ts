import { prepare } from './build.js'
import { NAME_MAX, SELECTION_KEYS_MAX } from './constants.js'
import { resolveChoices } from './engine/resolve.js'
import type { BuildIssue } from './issues.js'
import { fold, isObject, own, setOwn } from './internal/util.js'
import type { Named, NameIndex } from './normalize/model.js'
import type { CatalogProduct } from './product.js'
import type { Selection } from './selection.js'

/** The URL parameter that carries the subscription. */
const SUBSCRIPTION_PARAM = 'subscription'

/** The most readable value that resolves back to `item` alone: its name, else its key, else its id. */
function readable<T extends Named>(index: NameIndex<T>, item: T): string {
  for (const value of [item.name, item.key, item.id]) {
    if (value === undefined) continue
    const hit = index.resolve(value)
    if (hit !== undefined && 'found' in hit && hit.found === item) return value
  }
  return item.id ?? item.name
}

/**
 * Writes a selection's options and subscription as URL parameters for shareable product-page links:
 * one parameter per option, named after the option, valued with the choice name (V1: the
 * description), plus `subscription` (its title). Readable and stable; unknown names are left out.
 * Modifiers and free text are never written: they may be personal data.
 * @example
 * ```ts
 * const params = selectionToSearchParams(product, { options: { Size: 'L', 'Box color': 'Blue' } })
 * history.replaceState(null, '', `?${params}`) // ?Size=L&Box+color=Blue
 * ```
 */
export function selectionToSearchParams(product: CatalogProduct, selection?: Selection): URLSearchParams {
  const params = new URLSearchParams()
  try {
    const prepared = prepare(product, selection, undefined)
    const { model } = prepared
    if (model === undefined) return params
    const scratch: BuildIssue[] = []
    const { chosen } = resolveChoices(model, prepared.selection, scratch)
    model.options.forEach((option, k) => {
      const choice = option.choices[chosen[k] as number]
      if (choice !== undefined) params.append(option.name, readable(option.lookup, choice))
    })
    const given = prepared.selection.subscription
    if (given !== undefined) {
      if (model.version === 'V1') params.append(SUBSCRIPTION_PARAM, given)
      else {
        const hit = model.subscriptionLookup.resolve(given)
        if (hit !== undefined && 'found' in hit) params.append(SUBSCRIPTION_PARAM, readable(model.subscriptionLookup, hit.found))
      }
    }
  } catch {
    // An unreadable product or selection writes no parameters.
  }
  return params
}

type ParamsInput = URLSearchParams | string | Readonly<Record<string, string | readonly string[] | undefined>>

function toParams(input: unknown): URLSearchParams {
  if (input instanceof URLSearchParams) return input
  if (typeof input === 'string') return new URLSearchParams(input.length > 100_000 ? '' : input)
  const params = new URLSearchParams()
  if (isObject(input)) {
    for (const key of Object.keys(input).slice(0, SELECTION_KEYS_MAX)) {
      const value = own(input, key)
      const first = Array.isArray(value) ? value[0] : value
      if (typeof first === 'string') params.append(key, first)
    }
  }
  return params
}

/**
 * Reads a selection back from URL parameters written by {@link selectionToSearchParams} (or by hand):
 * a parameter per option, found by the option's name, key or id (also trimmed and case-insensitive),
 * and `subscription`. Unknown parameters are ignored; values are passed on as given, for the builders
 * to check. Accepts `URLSearchParams`, a query string, or a record such as Next.js `searchParams`.
 * @example
 * ```ts
 * const selection = selectionFromSearchParams(product, new URL(request.url).searchParams)
 * const result = safeBuildCatalogReference(product, selection)
 * ```
 */
export function selectionFromSearchParams(product: CatalogProduct, params: ParamsInput): Selection {
  const options: Record<string, string> = {}
  const selection: { options?: Record<string, string>; subscriptionOptionId?: string } = {}
  try {
    const prepared = prepare(product, undefined, undefined)
    const { model } = prepared
    if (model === undefined) return selection
    const byName = new Map<string, string>()
    for (const [key, value] of toParams(params)) {
      if (key.length > NAME_MAX || value.length > NAME_MAX || value.trim() === '') continue
      if (!byName.has(key)) byName.set(key, value)
      const folded = fold(key)
      if (!byName.has(`\u0000${folded}`)) byName.set(`\u0000${folded}`, value)
    }
    for (const option of model.options) {
      const names = [option.name, option.key, option.id].filter((n): n is string => n !== undefined)
      const value = names.map((n) => byName.get(n)).find((v) => v !== undefined) ?? names.map((n) => byName.get(`\u0000${fold(n)}`)).find((v) => v !== undefined)
      if (value !== undefined) setOwn(options, readable(model.optionLookup, option), value)
    }
    const subscription = byName.get(SUBSCRIPTION_PARAM)
    if (Object.keys(options).length > 0) selection.options = options
    if (subscription !== undefined) selection.subscriptionOptionId = subscription
  } catch {
    // An unreadable product reads no parameters.
  }
  return selection
}

export type { ParamsInput as SearchParamsInput }
