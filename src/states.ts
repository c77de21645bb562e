import { prepare } from './build.js'
import { choiceStates, type ChoiceStates } from './engine/choice-states.js'
import type { CatalogProduct } from './product.js'
import type { Selection } from './selection.js'

/**
 * Picker state for a product page: for every option and choice whether it is `selected`, whether a
 * variant with it and the other selected choices `exists`, whether such a variant is `available`
 * (visible and in stock, or pre-orderable) and whether only through `preorder`; plus the `variantId`
 * once the selection is complete. Works for V1 and V3. Unknown names in the selection are ignored
 * (use {@link safeBuildCatalogReference} to report them); a product that cannot be read gives no options.
 *
 * The first call on a product object builds its variant index (cached per object, shared with the
 * builders); from then on each choice costs one bitset AND.
 * @example
 * ```ts
 * const { options, variantId } = getChoiceStates(product, { options: { Size: 'L' } })
 * for (const option of options)
 *   for (const choice of option.choices)
 *     render(option.name, choice.name, { disabled: !choice.available, checked: choice.selected })
 * ```
 */
export function getChoiceStates(product: CatalogProduct, selection?: Selection): ChoiceStates {
  try {
    const prepared = prepare(product, selection, undefined)
    if (prepared.model === undefined) return { options: [] }
    return choiceStates(prepared.model, prepared.selection)
  } catch {
    return { options: [] }
  }
}

export type { ChoiceStates, ChoiceState, OptionState } from './engine/choice-states.js'
