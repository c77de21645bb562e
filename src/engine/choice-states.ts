import type { BuildIssue } from '../issues.js'
import type { Model, NChoice, NOption } from '../normalize/model.js'
import { resolveChoices } from './resolve.js'
import type { CheckedSelection } from './validate.js'
import { findByChoices } from './variant-index.js'

/** Per-choice bitsets over a model's variants, for picker state. Built once per model. */
export interface StateIndex {
  /** `bits[k][c]`: the variants that have choice c for option k. */
  readonly bits: Int32Array[][]
  /** Every variant whose choices the product knows. */
  readonly all: Int32Array
  /** Visible and in stock. */
  readonly inStock: Int32Array
  /** Visible, out of stock, pre-order enabled. */
  readonly preorder: Int32Array
}

/** Sets variant bit (`word`, `bit`) in `bits`, if there are bits for it. */
function mark(bits: Int32Array | undefined, word: number, bit: number): void {
  if (bits) bits[word] = (bits[word] as number) | bit
}

/** The state index of each model, built on demand (held here, so that the model does not know the engine). */
const stateIndexes = new WeakMap<Model, StateIndex>()

/** The model's per-choice bitsets, built on the first call and cached. */
export function stateIndexOf(model: Model): StateIndex {
  const cached = stateIndexes.get(model)
  if (cached !== undefined) return cached
  const variants = model.variants ?? []
  const words = Math.ceil(variants.length / 32)
  const set = (): Int32Array => new Int32Array(words)
  const index: StateIndex = {
    bits: model.options.map((o) => o.choices.map(set)),
    all: set(),
    inStock: set(),
    preorder: set(),
  }
  const scratch = new Int32Array(model.options.length)
  const { reader } = model
  // One pass over the variants, without a closure or an array per variant (the first render pays for this).
  for (let v = 0; v < variants.length; v++) {
    const raw = variants[v]
    if (!reader.tuple(raw, scratch)) continue
    const word = v >>> 5
    const bit = 1 << (v & 31)
    mark(index.all, word, bit)
    for (let k = 0; k < scratch.length; k++) mark(index.bits[k]?.[scratch[k] as number], word, bit)
    if (reader.visible(raw))
      mark(reader.inStock(raw) ? index.inStock : reader.preorder(raw) ? index.preorder : undefined, word, bit)
  }
  stateIndexes.set(model, index)
  return index
}

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

function any(a: Int32Array, b: Int32Array, c: Int32Array): boolean {
  // Non-null assertions, not `as number`: StrykerJS prints `(x as number) & (y as number)` without
  // the parentheses, and `y as number & z` then reads as the intersection type `number & z`.
  for (let w = 0; w < a.length; w++) if ((a[w]! & b[w]! & c[w]!) !== 0) return true
  return false
}

/** AND of the selected choices' bitsets of every option but `skip` (-1: of every option). */
export function others(index: StateIndex, chosen: Int32Array, skip: number): Int32Array {
  const mask = index.all.slice()
  chosen.forEach((c, k) => {
    if (k === skip || c < 0) return
    const bits = index.bits[k]?.[c] as Int32Array
    for (let w = 0; w < mask.length; w++) (mask as Int32Array)[w]! &= bits[w] as number
  })
  return mask
}

/** `{ id, key?, name }` of an option or choice: V1 ids are names. */
function named<T extends object>(
  item: { id: string | undefined; key: string | undefined; name: string },
  rest: T,
): { id: string; key?: string; name: string } & T {
  return item.key !== undefined
    ? { id: item.id ?? item.name, key: item.key, name: item.name, ...rest }
    : { id: item.id ?? item.name, name: item.name, ...rest }
}

/**
 * Picker state for a product model and a checked selection. With variants: one bitset AND per choice
 * over the product's variant index (≤ 32 machine words at Wix's 1000-variant limit). Without them
 * (V1 unmanaged): the choices' own flags.
 */
export function choiceStates(model: Model, selection: CheckedSelection, issues: BuildIssue[]): ChoiceStates {
  const scratch: BuildIssue[] = []
  const { chosen, variantIndex, blocked } = resolveChoices(model, selection, scratch)
  for (const issue of scratch) if (issue.code !== 'missing_option') issues.push(issue)
  const useVariants = model.managed && model.variants !== undefined
  // DESIGN §12: a V3 product without variants (a query result): no choice may claim to exist. (A V1
  // managed product without variants shows its choices' own flags, as its builder passes ids through.)
  const unknown = model.version === 'V3' && !useVariants
  const missing = model.issues.find((i) => i.code === 'missing_variants')
  if (missing && !issues.includes(missing)) issues.push(missing)
  const index = useVariants ? stateIndexOf(model) : undefined
  const { visible: productVisible } = model

  const options = model.options.map((option: NOption, k): OptionState => {
    const mask = index ? others(index, chosen, k) : undefined
    const selectedIndex = chosen[k] as number
    const choices = option.choices.map((choice: NChoice, c): ChoiceState => {
      let exists = !unknown
      let inStock = exists && choice.visible && choice.inStock && model.productInStock
      let preorder = false
      if (index && mask) {
        const bits = index.bits[k]?.[c] as Int32Array
        exists = any(mask, bits, index.all)
        inStock = any(mask, bits, index.inStock)
        preorder = !inStock && any(mask, bits, index.preorder)
      }
      const available = productVisible && exists && (inStock || preorder)
      return named(choice, { selected: c === selectedIndex, exists, available, preorder: available && preorder })
    })
    const selected = option.choices[selectedIndex]
    return named(option, selected ? { selectedChoiceId: selected.id ?? selected.name, choices } : { choices })
  })

  let variantId: string | undefined
  if (useVariants && !blocked && chosen.every((c) => c >= 0)) {
    const v = variantIndex >= 0 ? variantIndex : findByChoices(model, chosen)
    if (v >= 0) variantId = model.reader.id(model.variants?.[v])
  }
  return variantId !== undefined ? { options, variantId, issues } : { options, issues }
}
