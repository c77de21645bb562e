/**
 * The baselines: code written the way users write it today, with no validation.
 */
import { STORES_APP_ID } from '../src/index.js'

type Raw = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** V3: `variants.find(v => every selected choice matches)`, then the reference. */
export function naiveBuildV3(product: Raw, selected: Record<string, string>): unknown {
  const entries = Object.entries(selected)
  const variant = product.variantsInfo.variants.find((v: Raw) =>
    entries.every(([optionId, choiceId]) =>
      v.choices.some((c: Raw) => c.optionChoiceIds.optionId === optionId && c.optionChoiceIds.choiceId === choiceId),
    ),
  )
  return { catalogItemId: product.id, appId: STORES_APP_ID, options: { variantId: variant?.id } }
}

/** V1: `variants.find(v => every option name maps to the chosen description)`. */
export function naiveBuildV1(product: Raw, selected: Record<string, string>): unknown {
  const entries = Object.entries(selected)
  const variant = product.variants.find((v: Raw) =>
    entries.every(([name, description]) => v.choices[name] === description),
  )
  return { catalogItemId: product.id, appId: STORES_APP_ID, options: { variantId: variant?.id } }
}

/** Picker state as `@wix/headless-stores` computes it: for each choice, filter all variants with the hypothetical selection. */
export function naivePickerV3(product: Raw, selected: Record<string, string>): unknown {
  const variants: Raw[] = product.variantsInfo.variants
  return product.options.map((option: Raw) => ({
    id: option.id,
    choices: option.choicesSettings.choices.map((choice: Raw) => {
      const hypothetical = Object.entries({ ...selected, [option.id]: choice.choiceId })
      const matching = variants.filter((v) =>
        hypothetical.every(([optionId, choiceId]) =>
          v.choices.some(
            (c: Raw) => c.optionChoiceIds.optionId === optionId && c.optionChoiceIds.choiceId === choiceId,
          ),
        ),
      )
      return {
        id: choice.choiceId,
        exists: matching.length > 0,
        available: matching.some(
          (v) =>
            v.visible !== false &&
            (v.inventoryStatus?.inStock !== false || v.inventoryStatus?.preorderEnabled === true),
        ),
      }
    }),
  }))
}

export function naivePickerV1(product: Raw, selected: Record<string, string>): unknown {
  const variants: Raw[] = product.variants
  return product.productOptions.map((option: Raw) => ({
    name: option.name,
    choices: option.choices.map((choice: Raw) => {
      const hypothetical = Object.entries({ ...selected, [option.name]: choice.description })
      const matching = variants.filter((v) =>
        hypothetical.every(([name, description]) => v.choices[name] === description),
      )
      return {
        id: choice.description,
        exists: matching.length > 0,
        available: matching.some((v) => v.variant?.visible !== false && v.stock?.inStock !== false),
      }
    }),
  }))
}

/** Price as recipes compute it: filter the variants that match the partial selection, then add floats. */
export function naivePriceV3(
  product: Raw,
  selected: Record<string, string>,
  modifiers: Record<string, string>,
): unknown {
  const entries = Object.entries(selected)
  const matching = product.variantsInfo.variants.filter((v: Raw) =>
    entries.every(([optionId, choiceId]) =>
      v.choices.some((c: Raw) => c.optionChoiceIds.optionId === optionId && c.optionChoiceIds.choiceId === choiceId),
    ),
  )
  let added = 0
  for (const m of product.modifiers) {
    const value = modifiers[m.name]
    if (value === undefined) continue
    added += parseFloat(
      m.freeTextSettings
        ? (m.freeTextSettings.defaultAddedPrice ?? '0')
        : (m.choicesSettings.choices.find((c: Raw) => c.key === value)?.addedPrice ?? '0'),
    )
  }
  let min = Infinity
  let max = -Infinity
  for (const v of matching) {
    const price = parseFloat(v.price.actualPrice.amount) + added
    if (price < min) min = price
    if (price > max) max = price
  }
  return { min: min.toFixed(2), max: max.toFixed(2) }
}

export function naivePriceV1(product: Raw, selected: Record<string, string>): unknown {
  const entries = Object.entries(selected)
  const matching = product.variants.filter((v: Raw) =>
    entries.every(([name, description]) => v.choices[name] === description),
  )
  const prices = matching.map((v: Raw) => v.variant.priceData.discountedPrice as number)
  return { min: Math.min(...prices).toFixed(2), max: Math.max(...prices).toFixed(2) }
}
