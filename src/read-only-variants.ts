import { WIX_VARIANTS_MAX } from './constants.js'
import { CatalogReferenceError } from './errors.js'
import { pushIssue, unreadableIssue } from './internal/issues.js'
import { quote, typeName } from './internal/text.js'
import { idOf, isObject, nonEmpty, own, setOwn, unwrap } from './internal/util.js'
import type { BuildIssue } from './issues.js'
import { detectVersion, normalize } from './normalize/index.js'
import type { Model } from './normalize/model.js'
import type { CatalogProduct } from './product.js'
import type { BuildResult } from './result.js'

type Maybe<T> = T | null | undefined

/**
 * A variant from the Wix Stores Read-Only Variants API (`readOnlyVariantsV3.queryVariants` /
 * `searchVariants`), in SDK or REST shape. `@wix/stores`' `readOnlyVariantsV3.ReadOnlyVariant` fits it.
 */
export interface V3ReadOnlyVariant {
  /** The variant's id (with `productData.productId`, its unique key). */
  readonly variantId?: Maybe<string>
  /** Deprecated by Wix (not unique by itself); read only when `variantId` is absent. */
  readonly _id?: Maybe<string>
  readonly id?: Maybe<string>
  readonly visible?: Maybe<boolean>
  readonly sku?: Maybe<string>
  readonly barcode?: Maybe<string>
  readonly optionChoices?: Maybe<
    readonly {
      readonly optionChoiceIds?: Maybe<{ readonly optionId?: Maybe<string>; readonly choiceId?: Maybe<string> }>
      readonly optionChoiceNames?: Maybe<object>
    }[]
  >
  readonly price?: Maybe<object>
  readonly inventoryStatus?: Maybe<object>
  readonly media?: Maybe<object>
  readonly subscriptionPricesInfo?: Maybe<object>
  readonly productData?: Maybe<{ readonly productId?: Maybe<string> }>
}

/** Fields of a read-only variant that a product variant carries too, copied as they are. */
const COPIED = ['visible', 'sku', 'barcode', 'price', 'inventoryStatus', 'media', 'subscriptionPricesInfo'] as const

/**
 * A V3 product from `queryProducts` (which leaves out `variantsInfo`) together with its variants
 * from the Read-Only Variants API, as one product that every function of this package accepts: the
 * builders, the picker, the price and the view. So "quick add" works from a product grid. Returns a
 * new product object (the input is untouched), or issues and no product: a variant of another
 * product (`productData.productId`), a variant without an id, duplicate ids, choices that name no
 * option or choice of the product, more than 1,000 variants, or fewer variants than the product's
 * `variantSummary.variantCount` (`missing_variants`: fetch every page). A product that already has
 * `variantsInfo` is returned as it is when its variants agree with the list, and gets an issue when
 * they differ. Never throws.
 * @param product A V3 product, e.g. an item of `productsV3.queryProducts().find()`.
 * @param variants Its variants: `readOnlyVariantsV3.queryVariants().eq('productData.productId', id).find()` items, every page.
 * @example
 * ```ts
 * const { items: variants } = await readOnlyVariantsV3.queryVariants().eq('productData.productId', product._id).limit(100).find()
 * const full = withReadOnlyVariants(product, variants)
 * if (full.success) await addToCurrentCart(currentCart, [{ product: full.data, selection: { options: { Size: 'L' } } }])
 * ```
 * @see https://dev.wix.com/docs/sdk/backend-modules/stores/catalog-v3/read-only-variants-v3/introduction
 */
export function withReadOnlyVariants(
  product: CatalogProduct,
  variants: readonly V3ReadOnlyVariant[],
): BuildResult<CatalogProduct> {
  const issues: BuildIssue[] = []
  try {
    const result = combine(unwrap(product), variants, issues)
    if (result !== undefined && issues.length === 0) return { success: true, data: result as CatalogProduct }
  } catch {
    pushIssue(issues, unreadableIssue('invalid_product', ['product'], 'product or a variant'))
  }
  return { success: false, error: new CatalogReferenceError(issues) }
}

/** A variant as the product's `variantsInfo.variants[]` carries it: id and option choices. */
interface Converted {
  readonly id: string
  readonly choices: readonly (readonly [string, string])[]
  readonly raw: Record<string, unknown>
}

function combine(product: unknown, variants: unknown, issues: BuildIssue[]): object | undefined {
  if (!isObject(product)) {
    pushIssue(issues, {
      code: 'invalid_product',
      path: ['product'],
      message: `The product must be an object, not ${typeName(product)}.`,
    })
    return undefined
  }
  if (detectVersion(product) === 'V1') {
    pushIssue(issues, {
      code: 'invalid_product',
      path: ['product'],
      message:
        'withReadOnlyVariants takes a Catalog V3 product; a V1 product brings its own variants (query it with includeVariants).',
    })
    return undefined
  }
  const model = normalize(product, 'V3')
  for (const issue of model.issues) if (issue.code !== 'missing_variants') pushIssue(issues, issue)
  if (!('version' in model)) return undefined
  const converted = convertAll(model, variants, idOf(product), issues)
  if (converted === undefined) return undefined
  checkCount(product, (variants as readonly unknown[]).length, issues)
  const existing = own(own(product, 'variantsInfo'), 'variants')
  if (Array.isArray(existing)) {
    if (!sameVariants(model, existing, converted)) {
      pushIssue(issues, {
        code: 'invalid_product',
        path: ['product', 'variantsInfo', 'variants'],
        message:
          'The product already has variantsInfo.variants, and they differ from the read-only variants given: pass the queryProducts result (without variantsInfo), or fetch both again.',
      })
    }
    return product
  }
  const sdk = own(product, '_id') !== undefined
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(product)) setOwn(copy, key, product[key])
  copy['variantsInfo'] = { variants: converted.map((variant) => productVariant(variant, sdk)) }
  return copy
}

/** Every variant checked and converted, or undefined (with issues) when the list itself is unusable. */
function convertAll(
  model: Model,
  variants: unknown,
  productId: string | undefined,
  issues: BuildIssue[],
): Converted[] | undefined {
  if (!Array.isArray(variants)) {
    pushIssue(issues, {
      code: 'invalid_product',
      path: ['variants'],
      message: `The variants must be an array (the items of readOnlyVariantsV3.queryVariants), not ${typeName(variants)}.`,
    })
    return undefined
  }
  if (variants.length > WIX_VARIANTS_MAX) {
    pushIssue(issues, {
      code: 'invalid_product',
      path: ['variants'],
      message: `${variants.length} variants were given; a Wix product has at most ${WIX_VARIANTS_MAX}.`,
      limit: WIX_VARIANTS_MAX,
    })
    return undefined
  }
  const seen = new Map<string, number>()
  const out: Converted[] = []
  for (let i = 0; i < variants.length; i++) {
    const converted = convert(model, variants[i], i, productId, issues)
    if (converted === undefined) continue
    const earlier = seen.get(converted.id)
    if (earlier !== undefined) {
      pushIssue(issues, {
        code: 'invalid_product',
        path: ['variants', i, 'variantId'],
        message: `Variant ${quote(converted.id)} is given twice (entries ${earlier} and ${i}).`,
        variantId: converted.id,
      })
      continue
    }
    seen.set(converted.id, i)
    out.push(converted)
  }
  return out
}

function convert(
  model: Model,
  variant: unknown,
  i: number,
  productId: string | undefined,
  issues: BuildIssue[],
): Converted | undefined {
  const path = ['variants', i]
  if (!isObject(variant)) {
    pushIssue(issues, {
      code: 'invalid_product',
      path,
      message: `Variant ${i} must be an object, not ${typeName(variant)}.`,
    })
    return undefined
  }
  const id = nonEmpty(own(variant, 'variantId')) ?? idOf(variant)
  if (id === undefined) {
    pushIssue(issues, {
      code: 'invalid_product',
      path: [...path, 'variantId'],
      message: `Variant ${i} has no variantId.`,
    })
    return undefined
  }
  const owner = own(own(variant, 'productData'), 'productId')
  if (owner !== undefined && owner !== null && owner !== productId) {
    pushIssue(issues, {
      code: 'invalid_product',
      path: [...path, 'productData', 'productId'],
      message: `Variant ${quote(id)} belongs to product ${quote(owner)}, not to this one (${quote(productId)}): query the variants with eq('productData.productId', …).`,
      variantId: id,
    })
    return undefined
  }
  const choices = readChoices(model, own(variant, 'optionChoices'), path, id, issues)
  if (choices === undefined) return undefined
  const raw: Record<string, unknown> = {}
  for (const key of COPIED) {
    const value = own(variant, key)
    if (value !== undefined) raw[key] = value
  }
  return { id, choices, raw }
}

/** The variant's option/choice id pairs, each naming an option and a choice of the product. */
function readChoices(
  model: Model,
  optionChoices: unknown,
  path: readonly (string | number)[],
  id: string,
  issues: BuildIssue[],
): [string, string][] | undefined {
  const list = optionChoices === undefined || optionChoices === null ? [] : optionChoices
  if (!Array.isArray(list) || list.length > model.options.length) {
    pushIssue(issues, {
      code: 'invalid_product',
      path: [...path, 'optionChoices'],
      message: `Variant ${quote(id)}: optionChoices must be a list of at most ${model.options.length} option choices (one per option of the product).`,
      variantId: id,
    })
    return undefined
  }
  const pairs: [string, string][] = []
  for (let j = 0; j < list.length; j++) {
    const ids = own(list[j], 'optionChoiceIds')
    const optionId = own(ids, 'optionId')
    const choiceId = own(ids, 'choiceId')
    const option = model.options.find((o) => o.id === optionId)
    const known = option !== undefined && typeof choiceId === 'string' && option.choiceIndex(choiceId) !== undefined
    if (!known || pairs.some(([other]) => other === optionId)) {
      pushIssue(issues, {
        code: 'invalid_product',
        path: [...path, 'optionChoices', j, 'optionChoiceIds'],
        message:
          option === undefined
            ? `Variant ${quote(id)} names option ${quote(optionId)}, which the product does not have.`
            : known
              ? `Variant ${quote(id)} names option ${quote(option.name)} twice.`
              : `Variant ${quote(id)} names choice ${quote(choiceId)} of option ${quote(option.name)}, which the option does not have.`,
        variantId: id,
      })
      return undefined
    }
    pairs.push([optionId as string, choiceId as string])
  }
  return pairs
}

/** Fewer variants than `variantSummary.variantCount`: a page was not fetched. */
function checkCount(product: object, count: number, issues: BuildIssue[]): void {
  const expected = own(own(product, 'variantSummary'), 'variantCount')
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && count < expected) {
    pushIssue(issues, {
      code: 'missing_variants',
      path: ['variants'],
      message: `The product has ${expected} variants (variantSummary.variantCount) but ${count} were given: fetch every page of queryVariants (cursor paging, up to 100 a page).`,
      limit: expected,
    })
  }
}

function productVariant(variant: Converted, sdk: boolean): Record<string, unknown> {
  return {
    [sdk ? '_id' : 'id']: variant.id,
    ...variant.raw,
    choices: variant.choices.map(([optionId, choiceId]) => ({ optionChoiceIds: { optionId, choiceId } })),
  }
}

/** Whether the product's own variants are the same ids with the same choices. */
function sameVariants(model: Model, existing: readonly unknown[], converted: readonly Converted[]): boolean {
  if (existing.length !== converted.length) return false
  const tuple = new Int32Array(model.options.length)
  const byId = new Map<string, string>()
  for (const raw of existing) {
    const id = idOf(raw)
    if (id === undefined || !model.reader.tuple(raw, tuple)) return false
    byId.set(id, tuple.join())
  }
  return converted.every((variant) => {
    tuple.fill(-1)
    for (const [optionId, choiceId] of variant.choices) {
      const k = model.options.findIndex((o) => o.id === optionId)
      tuple[k] = model.options[k]?.choiceIndex(choiceId) ?? -1
    }
    return byId.get(variant.id) === tuple.join()
  })
}
