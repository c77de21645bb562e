/*
 * Picker state: for every choice of every option, whether a variant with it and the other selected
 * choices exists and is available. With variants: one bitset AND per choice over the model's state
 * index (at most 32 words at Wix's 1,000-variant limit). Without managed variants (V1): the choices'
 * own flags.
 */
import { emptyBitset, intersects } from '../internal/bitset.js'
import type { BuildIssue } from '../issues.js'
import type { Model, ModelChoice, ModelOption } from '../normalize/model.js'
import { resolveChoices } from './resolve.js'
import type { CheckedSelection } from './validate.js'
import { indexedReading, matchingSet, stateIndexOf } from './variants.js'

/** One choice's state in a product picker. */
export interface ChoiceState {
  /** V3: the choiceId. V1: the description. */
  readonly id: string
  readonly key?: string
  readonly name: string
  /** Chosen by the selection (or the only visible choice of its option). */
  readonly selected: boolean
  /** A variant with this choice and the other selected choices exists. */
  readonly exists: boolean
  /** Such a variant is visible and in stock, or can be pre-ordered. */
  readonly available: boolean
  /** Available only through pre-order. */
  readonly preorder: boolean
}

/** One option's state in a product picker. */
export interface OptionState {
  /** V3: the option id. V1: the option name. */
  readonly id: string
  readonly key?: string
  readonly name: string
  /** The id of the selected choice, if any. */
  readonly selectedChoiceId?: string
  readonly choices: readonly ChoiceState[]
}

/** What a product page needs to show, grey out or hide choices. */
export interface ChoiceStates {
  readonly options: readonly OptionState[]
  /** The variant, once the selection names one choice of every option (products that manage variants). */
  readonly variantId?: string
  /**
   * What keeps the states from being the whole truth: product issues (`missing_variants`: no choice
   * then claims to exist or be available; `invalid_product`) and names in the selection that do not
   * resolve (`unknown_option`, `unknown_choice`, `ambiguous_name`, `unknown_variant`, …). Always
   * present; an incomplete selection is not an issue here (no `missing_option`).
   */
  readonly issues: readonly BuildIssue[]
}

/** `{ id, key?, name }` of an option or choice (V1 ids are names), then `rest`. */
function named<T extends object>(
  item: ModelOption | ModelChoice,
  rest: T,
): { id: string; key?: string; name: string } & T {
  const id = item.id ?? item.name
  return item.key !== undefined ? { id, key: item.key, name: item.name, ...rest } : { id, name: item.name, ...rest }
}

/** Picker state for a product model and a checked selection; product and naming issues go into `issues`. */
export function choiceStates(model: Model, selection: CheckedSelection, issues: BuildIssue[]): ChoiceStates {
  const scratch: BuildIssue[] = []
  const read = indexedReading.variants(model)
  const { chosen, variant, blocked } = resolveChoices(model, selection, scratch, read)
  for (const issue of scratch) if (issue.code !== 'missing_option') issues.push(issue)
  const missing = model.issues.find((issue) => issue.code === 'missing_variants')
  if (missing && !issues.includes(missing)) issues.push(missing)
  // A product that manages variants but came without them claims no choice exists (docs/decisions.md).
  const variants = model.managed ? read : undefined
  const claims = !model.managed || variants !== undefined
  const index = variants ? stateIndexOf(model) : undefined

  const others = index ? emptyBitset(index.all.length * 32) : undefined
  const options = model.options.map((option, k): OptionState => {
    if (index && others) matchingSet(index, chosen, k, others)
    const selectedPosition = chosen[k]!
    const choices = option.choices.map((choice, c): ChoiceState => {
      let exists = claims
      let inStock = exists && choice.visible && choice.inStock && model.productInStock
      let preorder = false
      if (index && others) {
        const bits = index.bits[k]![c]!
        exists = intersects(others, bits, index.all)
        inStock = intersects(others, bits, index.inStock)
        preorder = !inStock && intersects(others, bits, index.preorder)
      }
      const available = model.visible && exists && (inStock || preorder)
      return named(choice, { selected: c === selectedPosition, exists, available, preorder: available && preorder })
    })
    const selected = option.choices[selectedPosition]
    return named(option, selected ? { selectedChoiceId: selected.id ?? selected.name, choices } : { choices })
  })

  let variantId: string | undefined
  if (variants && !blocked && chosen.every((c) => c >= 0)) {
    const v = variant >= 0 ? variant : variants.find(chosen)
    if (v >= 0) variantId = variants.id(v)
  }
  return variantId !== undefined ? { options, variantId, issues } : { options, issues }
}
