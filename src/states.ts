import { prepare } from './engine/pipeline.js'
import { indexedReading } from './engine/variants.js'
import { pushIssue, unreadableIssue } from './internal/issues.js'
import { choiceStates, type ChoiceStates } from './engine/choice-states.js'
import type { BuildIssue } from './issues.js'
import type { CatalogProduct } from './product.js'
import type { BuildOptions, Selection } from './selection.js'

/**
 * Picker state for a product page: for every option and choice whether it is `selected`, whether a
 * variant with it and the other selected choices `exists`, whether such a variant is `available`
 * (visible and in stock, or pre-orderable) and whether only through `preorder`; plus the `variantId`
 * once the selection is complete. Works for V1 and V3. `issues` (always present) lists what keeps the
 * states from being the whole truth: product issues such as `missing_variants` (a V3 product from
 * queryProducts: then no choice exists or is available) and names in the selection that do not
 * resolve (those entries are ignored). An incomplete selection is not an issue. A product that cannot
 * be read gives no options and its issues.
 *
 * Each call indexes the product's variants once (kept with the product object from its second
 * sighting on, and shared with the builders, the price and the view); each choice then costs one
 * bitset AND. Every function answers from one reading of a product object: a nested field edited in
 * place is not seen until a top-level field is replaced (docs/product-page.md, "What is cached").
 * @param options `catalogVersion` skips detection, as for the builders.
 * @example
 * ```ts
 * const { options, variantId } = getChoiceStates(product, { options: { Size: 'L' } })
 * for (const option of options)
 *   for (const choice of option.choices)
 *     render(option.name, choice.name, { disabled: !choice.available, checked: choice.selected })
 * ```
 */
export function getChoiceStates(
  product: CatalogProduct,
  selection?: Selection,
  options?: Pick<BuildOptions, 'catalogVersion'>,
): ChoiceStates {
  let issues: BuildIssue[] = []
  try {
    const prepared = prepare(product, selection, options, indexedReading)
    issues = prepared.issues
    return prepared.model === undefined
      ? { options: [], issues }
      : choiceStates(prepared.model, prepared.selection, issues)
  } catch {
    // A product whose variants throw when read (prepare() catches everything else).
    const all = [...issues]
    pushIssue(all, unreadableIssue('invalid_product', ['product'], 'product'))
    return { options: [], issues: all }
  }
}

export type { ChoiceStates, ChoiceState, OptionState } from './engine/choice-states.js'
