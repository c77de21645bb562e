/*
 * Fixture loading and reshaping. Every call returns a fresh, mutable copy parsed from disk, so a test
 * can change or freeze its product without touching another test's (and without sharing the
 * builders' per-object cache).
 */
import { readFileSync } from 'node:fs'

/** A raw product as JSON gives it: mutable, any field. Assignable to the builders' product type. */
export type RawProduct = Record<string, any>

export const FIXTURE_NAMES = [
  'coffee-docs.rest',
  'house-blend.rest',
  'house-blend.sdk',
  'tshirt-managed.rest',
  'tshirt-managed.sdk',
  'candle-unmanaged.rest',
  'candle-unmanaged.sdk',
] as const

export type FixtureName = (typeof FIXTURE_NAMES)[number]

/** The fixture's JSON text, exactly as stored in test/fixtures. */
export function fixtureText(name: FixtureName): string {
  return readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')
}

/** A fresh copy of a fixture product. */
export function fixture(name: FixtureName): RawProduct {
  return JSON.parse(fixtureText(name)) as RawProduct
}

/** The Wix docs' Coffee example (REST shape, `id`, variants as `optionChoiceIds[]`). */
export const coffee = (): RawProduct => fixture('coffee-docs.rest')

/** Deep copy of plain JSON data. */
export function clone<T>(value: T): T {
  return structuredClone(value)
}

/**
 * The SDK shape of a REST object: the SDK renames `id` to `_id` at every depth (choiceId, optionId
 * and the like stay as they are).
 */
export function toSdkShape<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => toSdkShape(item)) as T
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    const name = key === 'id' ? '_id' : key
    Object.defineProperty(out, name, { value: toSdkShape(item), enumerable: true, writable: true, configurable: true })
  }
  return out as T
}

/**
 * A Velo product (`wix-stores-backend`, `$w.ProductPage`): same as the SDK shape but
 * `productOptions` is an object keyed by option name instead of an array.
 */
export function toVeloShape(sdkProduct: RawProduct): RawProduct {
  const product = clone(sdkProduct)
  const options: Record<string, unknown> = {}
  for (const option of product.productOptions as RawProduct[]) {
    Object.defineProperty(options, option.name as string, {
      value: option,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  product.productOptions = options
  return product
}

/**
 * The V3 variant shape the docs show (`variant.optionChoiceIds[]`) from the real API shape
 * (`variant.choices[].optionChoiceIds`).
 */
export function toDocsVariantShape(v3Product: RawProduct): RawProduct {
  const product = clone(v3Product)
  for (const variant of product.variantsInfo.variants as RawProduct[]) {
    variant.optionChoiceIds = (variant.choices as RawProduct[]).map((c) => c.optionChoiceIds)
    delete variant.choices
  }
  return product
}
