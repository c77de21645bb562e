/*
 * The price fields of a product, read from the raw Wix shapes when a price is asked for (only the
 * price preview and the view ask, so the builders neither read nor bundle any of this). Each read
 * gives the raw value as Wix has it (a decimal string in V3, a number in V1); internal/money turns it
 * into exact units, and the path of the field goes into the issue when it is no amount.
 */
import { currencyScale } from '../internal/money.js'
import { isObject, nonEmpty, own, read } from '../internal/read.js'
import type { IssuePath } from '../issues.js'
import type { Model, ModelModifier, ModelSubscription } from './model.js'

/** A raw amount and where it is. */
export interface PriceField {
  readonly value: unknown
  readonly path: IssuePath
}

/** A subscription's discount on the variant price (V3 `discount`). */
export type Discount =
  | { readonly type: 'none' }
  | { readonly type: 'percent' | 'amount'; readonly value: unknown; readonly path: IssuePath }
  | { readonly type: 'unknown'; readonly path: IssuePath }

/** The position of the product itself (a V1 product without managed variants) where a variant position is asked for. */
export const PRODUCT_ITSELF = -1

export interface PriceBook {
  /** ISO 4217 code from the product (V3 `currency`, V1 `priceData.currency`). */
  readonly currency: string | undefined
  /** The currency's minor unit: 0 (JPY), 2 (USD, and unknown), 3 (BHD). */
  readonly scale: number
  /** What one unit of variant `v` costs before modifiers and subscription (V3 actualPrice, V1 discounted price). */
  price(v: number): unknown
  pricePath(v: number): IssuePath
  /** The compare-at (strike-through) price of variant `v`: undefined when none is given, else the raw amount (null when the field has none). */
  compareAt(v: number): unknown
  compareAtPath(v: number): IssuePath
  /** Wix's own price of variant `v` under a subscription (V3 `subscriptionPricesInfo`), or undefined. */
  subscriptionPrice(v: number, subscription: ModelSubscription): PriceField | undefined
  discount(subscription: ModelSubscription): Discount
  /** What choice `c` of a choice modifier adds (`addedPrice`), or a free-text modifier's `defaultAddedPrice` (`c` = -1). V1 custom text fields add 0. */
  added(modifier: ModelModifier, c: number): unknown
  addedPath(modifier: ModelModifier, c: number): IssuePath
}

/** Position of `item` in the raw array `parent[key]`, for issue paths. */
function positionIn(parent: unknown, key: string, item: unknown): number {
  const list = own(parent, key)
  return Array.isArray(list) ? list.indexOf(item) : -1
}

/** Subscription prices listed per variant are looked through up to this many entries. */
const SUBSCRIPTION_PRICES_MAX = 100

/** The price book of a V3 product: one object of short readers over one product's paths (its length is theirs). */
function v3Book(model: Model): PriceBook {
  const product = model.raw
  const variants = model.variants ?? []
  const variantPath = (v: number): IssuePath => [...model.facts.variantsPath, v]
  const currency = nonEmpty(own(product, 'currency'))
  return {
    currency,
    scale: currencyScale(currency),
    price: (v) => read(variants[v], 'price', 'actualPrice', 'amount'),
    pricePath: (v) => [...variantPath(v), 'price', 'actualPrice', 'amount'],
    compareAt(v) {
      const compare = read(variants[v], 'price', 'compareAtPrice')
      return compare == null ? undefined : (own(compare, 'amount') ?? null)
    },
    compareAtPath: (v) => [...variantPath(v), 'price', 'compareAtPrice', 'amount'],
    subscriptionPrice(v, subscription) {
      const list = read(variants[v], 'subscriptionPricesInfo', 'subscriptionPrices')
      if (!Array.isArray(list)) return undefined
      for (let i = 0; i < Math.min(list.length, SUBSCRIPTION_PRICES_MAX); i++) {
        if (own(list[i], 'subscriptionId') === subscription.id) {
          return {
            value: read(list[i], 'price', 'amount'),
            path: [...variantPath(v), 'subscriptionPricesInfo', 'subscriptionPrices', i, 'price', 'amount'],
          }
        }
      }
      return undefined
    },
    discount(subscription) {
      const discount = own(subscription.raw, 'discount')
      if (discount == null) return { type: 'none' }
      const details = own(product, 'subscriptionDetails')
      const path = [
        'product',
        'subscriptionDetails',
        'subscriptions',
        positionIn(details, 'subscriptions', subscription.raw),
        'discount',
      ]
      const type = own(discount, 'type')
      if (type === 'PERCENT')
        return { type: 'percent', value: own(discount, 'percentOff'), path: [...path, 'percentOff'] }
      if (type === 'AMOUNT') return { type: 'amount', value: own(discount, 'amountOff'), path: [...path, 'amountOff'] }
      return { type: 'unknown', path: [...path, 'type'] }
    },
    added(modifier, c) {
      if (modifier.kind === 'text') return read(modifier.raw, 'freeTextSettings', 'defaultAddedPrice')
      return own(modifier.choices[c]?.raw, 'addedPrice')
    },
    addedPath(modifier, c) {
      const path = ['product', 'modifiers', positionIn(product, 'modifiers', modifier.raw)]
      if (modifier.kind === 'text') return [...path, 'freeTextSettings', 'defaultAddedPrice']
      const settings = own(modifier.raw, 'choicesSettings')
      return [
        ...path,
        'choicesSettings',
        'choices',
        positionIn(settings, 'choices', modifier.choices[c]?.raw),
        'addedPrice',
      ]
    },
  }
}

/** V1 price data: `priceData` (`{ price, discountedPrice }`), or the same fields on the object itself (Velo). */
function v1Source(holder: unknown): unknown {
  const data = own(holder, 'priceData')
  return isObject(data) ? data : holder
}

/** The price book of a V1 product: prices already include the product's discount (never applied twice). */
function v1Book(model: Model): PriceBook {
  const product = model.raw
  const variants = model.variants ?? []
  /** Where variant `v`'s price fields are (the product's own for PRODUCT_ITSELF). */
  const holderOf = (v: number): unknown => (v === PRODUCT_ITSELF ? product : own(variants[v], 'variant'))
  const sourcePath = (v: number): IssuePath => {
    const path: IssuePath = v === PRODUCT_ITSELF ? ['product'] : [...model.facts.variantsPath, v, 'variant']
    return isObject(own(holderOf(v), 'priceData')) ? [...path, 'priceData'] : path
  }
  const priceKey = (source: unknown): string => (own(source, 'discountedPrice') == null ? 'price' : 'discountedPrice')
  const data = own(product, 'priceData')
  const currencySource = isObject(data) ? data : isObject(own(product, 'price')) ? own(product, 'price') : product
  const currency = nonEmpty(own(currencySource, 'currency') ?? own(product, 'currency'))
  return {
    currency,
    scale: currencyScale(currency),
    price(v) {
      const source = v1Source(holderOf(v))
      return own(source, priceKey(source))
    },
    pricePath: (v) => [...sourcePath(v), priceKey(v1Source(holderOf(v)))],
    compareAt(v) {
      const value = own(v1Source(holderOf(v)), 'price')
      return value == null ? undefined : value
    },
    compareAtPath: (v) => [...sourcePath(v), 'price'],
    subscriptionPrice: () => undefined,
    discount: () => ({ type: 'none' }),
    added: () => 0,
    addedPath: () => ['product'],
  }
}

/** The price book of a model: where its prices are, read on each call (the price tables read each once). */
export function priceBookOf(model: Model): PriceBook {
  return model.version === 'V3' ? v3Book(model) : v1Book(model)
}
