import type { IssuePath } from '../issues.js'
import { currencyScale, HUNDRED, parseDecimal } from '../internal/decimal.js'
import { isObject, nonEmpty, own } from '../internal/util.js'
import type { Model, NModifier, NSubscription } from './model.js'

/**
 * Price fields of a product, read from the raw Wix shapes on first use (only getPricePreview asks, so
 * the builders neither read nor bundle any of this). Every read gives an exact decimal (a bigint of
 * nano-units, see internal/decimal) or the path of the field that is missing or malformed.
 */
export type PriceRead = bigint | IssuePath

/** A subscription's discount on the variant price: none, a percentage or an amount off. */
export type Discount =
  | { readonly percent: bigint; readonly amount?: undefined }
  | { readonly percent?: undefined; readonly amount: bigint }
  | undefined

export interface PriceBook {
  /** ISO 4217 code from the product (V3 `currency`, V1 `priceData.currency`). */
  readonly currency: string | undefined
  /** Decimals of the currency: 0 (JPY), 2 (USD, and unknown), 3 (BHD). */
  readonly scale: number
  /** What one unit of variant `v` costs before modifiers and subscription; -1: the product's own price (V1 unmanaged). */
  price(v: number): PriceRead
  /** The compare-at (strike-through) price of variant `v` (-1: the product), or undefined when none is given. */
  compareAt(v: number): PriceRead | undefined
  /** Wix's own subscription price of variant `v` (V3 `subscriptionPricesInfo`), or undefined when not given. */
  subscriptionPrice(v: number, subscription: NSubscription): PriceRead | undefined
  /** A subscription's discount (V3 `discount`), or the path of a malformed one. */
  discount(subscription: NSubscription): Discount | IssuePath
  /** A modifier choice's `addedPrice` (choice index `c`), or a free-text modifier's `defaultAddedPrice`. V1 text fields: 0. */
  added(modifier: NModifier, c: number): PriceRead
}

const books = new WeakMap<Model, PriceBook>()

/** `parent[key]` as a decimal, or the path of the field. */
function decimal(parent: unknown, key: string, path: IssuePath): PriceRead {
  return parseDecimal(own(parent, key)) ?? [...path, key]
}

/** Position of `item` in the raw array `parent[key]`, for issue paths. */
function at(parent: unknown, key: string, item: unknown): number {
  const list = own(parent, key)
  return Array.isArray(list) ? list.indexOf(item) : -1
}

/** V1 price data: `priceData` ({ price, discountedPrice }) or the fields on the object itself (Velo). */
function v1Field(holder: unknown, path: IssuePath, compare: boolean): [unknown, string, IssuePath] {
  const data = own(holder, 'priceData')
  const [source, base] = isObject(data) ? [data, [...path, 'priceData']] : [holder, path]
  return [source, compare || own(source, 'discountedPrice') == null ? 'price' : 'discountedPrice', base]
}

function v1Price(holder: unknown, path: IssuePath, compare: boolean): PriceRead | undefined {
  const [source, key, base] = v1Field(holder, path, compare)
  return compare && own(source, key) == null ? undefined : decimal(source, key, base)
}

/**
 * The price book of a product model; cached per model when `keep` (a model seen again), since a weak
 * entry per never-seen product only makes the garbage collector's work bigger.
 */
export function priceBookOf(model: Model, keep: boolean): PriceBook {
  let book = books.get(model)
  if (book !== undefined) return book
  const product = model.raw
  const variants = model.variants ?? []
  const v3 = model.version === 'V3'
  const addedPrices = new Map<unknown, PriceRead>()
  const v1Data = own(product, 'priceData')
  const v1Source = isObject(v1Data) ? v1Data : isObject(own(product, 'price')) ? own(product, 'price') : product
  const currency = nonEmpty(v3 ? own(product, 'currency') : (own(v1Source, 'currency') ?? own(product, 'currency')))
  const variantPath = (v: number): IssuePath =>
    v3 ? ['product', 'variantsInfo', 'variants', v] : ['product', 'variants', v, 'variant']
  const v1Holder = (v: number): [unknown, IssuePath] =>
    v < 0 ? [product, ['product']] : [own(variants[v], 'variant'), variantPath(v)]
  const subscriptionPath = (s: NSubscription): IssuePath => [
    'product',
    'subscriptionDetails',
    'subscriptions',
    at(own(product, 'subscriptionDetails'), 'subscriptions', s.raw),
  ]

  book = {
    currency,
    scale: currencyScale(currency),
    // Read each time: a model's sorted tables read every variant once per subscription.
    price: (v) =>
      v3
        ? decimal(own(own(variants[v], 'price'), 'actualPrice'), 'amount', [...variantPath(v), 'price', 'actualPrice'])
        : (v1Price(...v1Holder(v), false) as PriceRead),
    compareAt(v) {
      if (!v3) return v1Price(...v1Holder(v), true)
      const compare = own(own(variants[v], 'price'), 'compareAtPrice')
      return compare == null ? undefined : decimal(compare, 'amount', [...variantPath(v), 'price', 'compareAtPrice'])
    },
    subscriptionPrice(v, subscription) {
      const info = own(variants[v], 'subscriptionPricesInfo')
      const list = own(info, 'subscriptionPrices')
      if (!Array.isArray(list)) return undefined
      for (let i = 0; i < Math.min(list.length, 100); i++) {
        if (own(list[i], 'subscriptionId') === subscription.id) {
          return decimal(own(list[i], 'price'), 'amount', [
            ...variantPath(v),
            'subscriptionPricesInfo',
            'subscriptionPrices',
            i,
            'price',
          ])
        }
      }
      return undefined
    },
    discount(subscription) {
      const discount = own(subscription.raw, 'discount')
      if (discount == null) return undefined
      const path = [...subscriptionPath(subscription), 'discount']
      const type = own(discount, 'type')
      if (type === 'PERCENT') {
        const percent = parseDecimal(own(discount, 'percentOff'))
        return percent !== undefined && percent <= HUNDRED ? { percent } : [...path, 'percentOff']
      }
      if (type === 'AMOUNT') {
        const amount = decimal(discount, 'amountOff', path)
        return typeof amount === 'bigint' ? { amount } : amount
      }
      return [...path, 'type']
    },
    added(modifier, c) {
      const key = c < 0 ? modifier : modifier.choices[c]
      let read = addedPrices.get(key)
      if (read === undefined) {
        read = addedOf(modifier, c)
        addedPrices.set(key, read)
      }
      return read
    },
  }
  function addedOf(modifier: NModifier, c: number): PriceRead {
    if (!v3) return 0n
    const path = ['product', 'modifiers', at(product, 'modifiers', modifier.raw)]
    if (modifier.kind === 'text')
      return decimal(own(modifier.raw, 'freeTextSettings'), 'defaultAddedPrice', [...path, 'freeTextSettings'])
    const settings = own(modifier.raw, 'choicesSettings')
    const raw = modifier.choices[c]?.raw
    return decimal(raw, 'addedPrice', [...path, 'choicesSettings', 'choices', at(settings, 'choices', raw)])
  }
  if (keep) books.set(model, book)
  return book
}
