/*
 * The unit price of every choice of an option at once, for the view's "+$2" labels: the same ranges
 * `unitPriceOf` gives for each pick (test/core/view.test.ts, test/properties/view.test.ts), in one
 * pass over the variants the other options allow instead of one preview per choice.
 */
import { hasBit, positionsOf } from '../../internal/bitset.js'
import { matchingSet, stateIndexOf } from '../variants.js'
import {
  beyondWixLimits,
  emptySpan,
  isEmpty,
  type ModifierPart,
  type PriceRequest,
  subscriptionsToPrice,
  tablesOf,
  widen,
} from './parts.js'
import { type PriceRange, unitPriceOf, unitRangeOf } from './preview.js'
import { lineOf } from './tables.js'

/** Per choice of option `k`: what one unit costs with that choice picked and the other options as chosen. */
export function choiceUnitPrices(
  request: PriceRequest,
  modifiers: ModifierPart,
  k: number,
): (PriceRange | undefined)[] {
  const { model, chosen } = request
  const choices = model.options[k]?.choices ?? []
  // A pick that completes the selection pins one variant, and a product without managed variants has
  // one price: each is one line, priced on its own.
  const othersChosen = chosen.every((c, other) => other === k || c >= 0)
  if (!model.managed || othersChosen || model.variants === undefined || beyondWixLimits(model, [])) {
    return choices.map((_, c) => {
      const picked = chosen.slice()
      picked[k] = c
      return unitPriceOf({ ...request, chosen: picked }, modifiers)
    })
  }
  const index = stateIndexOf(model)
  const positions = positionsOf(matchingSet(index, chosen, k))
  const column = index.choices[k]!
  // Per choice: the lowest and highest unit of all its candidates, and of the available ones.
  const all = choices.map(emptySpan)
  const available = choices.map(emptySpan)
  for (const table of tablesOf(request, subscriptionsToPrice(request).list)) {
    for (const v of positions) {
      const c = column[v]!
      const line = c < 0 ? undefined : lineOf(table, v)
      if (line === undefined) continue // no choice of option k, or no line
      widen(all[c]!, line.unit, line.exponent)
      if (request.enforce && (hasBit(index.inStock, v) || hasBit(index.preorder, v)))
        widen(available[c]!, line.unit, line.exponent)
    }
  }
  return choices.map((_, c) => unitRangeOf(isEmpty(available[c]!) ? all[c]! : available[c]!, modifiers))
}
