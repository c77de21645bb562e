/*
 * Cold and warm lookups agree. A fresh model's variant lookups scan the raw variants; a kept model's
 * go through its indexed snapshot (engine/variants.ts), and its price preview reads sorted tables
 * (internal/warm.ts). Over generated and corrupted products, and products with odd
 * variant lists (holes, non-objects, variants whose prototype says another variant):
 * - for every complete choice tuple and every variant id, the scan and the index find the same variant;
 * - the first build, picker state, price preview, product view and parsed reference on a product
 *   object equal the fourth ones (model kept, index built) and each function's answer on a copy it
 *   meets unseen, in any order of the calls, unless a getter or Proxy of a corrupted product threw
 *   (how far reads get then depends on which lookups a call makes).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexedReading, livePriceReading, liveReading } from '../../src/engine/variants.js'
import {
  getChoiceStates,
  getPricePreview,
  getProductView,
  parseCatalogReference,
  STORES_APP_ID,
  type CatalogProduct,
  type StoresCatalogReference,
  safeBuildCatalogReference,
  safeBuildLineItem,
} from '../../src/index.js'
import type { Model } from '../../src/normalize/model.js'
import { normalize } from '../../src/normalize/index.js'
import { caseArb, pickerCaseArb, type Case } from '../generators/cases.js'
import { asOptions, asProduct, asSelection, comparable } from '../generators/checks.js'
import { corruptArb } from '../generators/corrupt.js'
import { priceSpecArb, withPrices } from '../generators/prices.js'
import { render } from '../generators/render.js'
import { CHAOS, SMALL } from '../generators/spec.js'
import { get, isRecord, runs, TEST_TIMEOUT, type Json } from '../generators/util.js'
import { fixture } from '../helpers/fixtures.js'

/** Every complete choice tuple of the model (at most `limit`). */
function tuples(model: Model, limit = 200): Int32Array[] {
  let out: number[][] = [[]]
  for (const option of model.options) {
    const next: number[][] = []
    for (const t of out) for (let c = 0; c < option.choices.length && next.length < limit; c++) next.push([...t, c])
    out = next
  }
  return out.map((t) => Int32Array.from(t))
}

/** Every partial tuple of the model: each complete one with one option left open, then with all but one left open. */
function partialTuples(model: Model): Int32Array[] {
  const out: Int32Array[] = [new Int32Array(model.options.length).fill(-1)]
  for (const t of tuples(model, 50)) {
    t.forEach((_, k) => {
      const oneOpen = t.slice()
      oneOpen[k] = -1
      const oneSet = new Int32Array(t.length).fill(-1)
      oneSet[k] = t[k]!
      out.push(oneOpen, oneSet)
    })
  }
  return out
}

/**
 * [live, indexed] answers for each tuple and each variant id (plus one unknown id), and the variants
 * each partial tuple matches (with and without availability), as JSON.
 */
function lookups(model: Model): [unknown, unknown][] {
  const live = liveReading.variants(model)
  const indexed = indexedReading.variants(model)
  if (live === undefined || indexed === undefined) return []
  const both = (find: (variants: NonNullable<typeof live>) => number): [number, number] => [find(live), find(indexed)]
  const ids = [...(model.variants ?? []).map((v) => model.reader.id(v)), 'no-such-variant'].filter(
    (id): id is string => id !== undefined,
  )
  const matching = (t: Int32Array, enforce: boolean): [unknown, unknown] => [
    livePriceReading.matching(model, t, enforce).join(),
    indexedReading.matching(model, t, enforce).join(),
  ]
  return [
    ...tuples(model).map((t) => both((variants) => variants.find(t))),
    ...ids.map((id) => both((variants) => variants.findById(id))),
    ...partialTuples(model).flatMap((t) => [matching(t, true), matching(t, false)]),
  ]
}

function scanAgreesWithIndex(product: unknown): void {
  let found: [unknown, unknown][] = []
  try {
    const model = normalize(product, undefined)
    if ('reader' in model) found = lookups(model)
  } catch {
    return // a getter or Proxy threw: the builders report that as an issue (test/properties/safety)
  }
  for (const [cold, warm] of found) expect(warm).toBe(cold)
}

const unreadable = (value: unknown): boolean => JSON.stringify(value).includes('could not be read')

/** The functions that read a product, by name: each answer as comparable data. */
type Reader = (product: unknown, c: Case, reference: unknown) => unknown
const READERS: Readonly<Record<string, Reader>> = {
  line: (product, c) =>
    comparable(safeBuildLineItem(asProduct(product), asSelection(c.selection), asOptions(c.options))),
  states: (product, c) => getChoiceStates(asProduct(product), asSelection(c.selection)),
  price: (product, c) => getPricePreview(asProduct(product), asSelection(c.selection), asOptions(c.options)),
  view: (product, c) => getProductView(asProduct(product), asSelection(c.selection), asOptions(c.options)),
  // Never throws, like the safe builders: a product it cannot read is an invalid_product issue.
  parse: (product, c, reference) =>
    comparable(parseCatalogReference(asProduct(product), reference as StoresCatalogReference, asOptions(c.options))),
}
const READER_NAMES = Object.keys(READERS)

/** An order of the readers: the first of it meets the product object unseen. */
const orderArb: fc.Arbitrary<string[]> = fc.shuffledSubarray(READER_NAMES, {
  minLength: READER_NAMES.length,
  maxLength: READER_NAMES.length,
})

/**
 * The reference parseCatalogReference is asked about: the one the case's selection builds on a copy
 * of the product, else one naming the product's first variant (which may well be refused: issues
 * are compared too).
 */
function referenceFor(make: () => unknown, c: Case): unknown {
  try {
    const built = safeBuildCatalogReference(asProduct(make()), asSelection(c.selection), asOptions(c.options))
    if (built.success) return built.data
  } catch {
    // a hostile product: the fallback below
  }
  return { catalogItemId: c.spec.id, appId: STORES_APP_ID, options: { variantId: c.spec.variants?.[0]?.id ?? 'none' } }
}

/**
 * Every reader's answer on a product object it meets unseen, on the first round of calls over one
 * object (in `order`: its first reader meets the object unseen, the others a kept model) and on the
 * fourth: all three equal, issues included (docs/decisions.md). `readable`: the product has no getter or
 * Proxy, so nothing may be reported unreadable.
 */
function coldEqualsWarm(
  make: () => unknown,
  c: Case,
  readable: boolean,
  order: readonly string[] = READER_NAMES,
): void {
  const reference = referenceFor(make, c)
  const round = (product: unknown): Record<string, unknown> =>
    Object.fromEntries(order.map((name) => [name, (READERS[name] as Reader)(product, c, reference)]))
  const alone = Object.fromEntries(order.map((name) => [name, (READERS[name] as Reader)(make(), c, reference)]))
  const product = make()
  const cold = round(product)
  round(product)
  round(product)
  const warm = round(product)
  if (readable || (!unreadable(alone) && !unreadable(cold) && !unreadable(warm))) {
    expect(warm).toEqual(cold)
    expect(cold).toEqual(alone)
  }
}

/** A prototype whose fields say another variant: only own fields are the variant's. */
const DECOY = Object.freeze({
  id: 'decoy',
  choices: [{ optionChoiceIds: { optionId: 'decoy', choiceId: 'decoy' } }],
  optionChoiceIds: [{ optionId: 'decoy', choiceId: 'decoy' }],
})

/**
 * A case's product (V3: in REST or docs shape with prices, so that the warm price tables are built)
 * with odd variant lists: holes and non-objects put in (a sparse array from a cache or a bad
 * template), and variants whose prototype has other fields (class instances, Object.create).
 */
function oddVariantsArb(c: Case): fc.Arbitrary<{ label: string; apply(): unknown }> {
  const kind = fc.constantFrom<[string, () => unknown]>(
    ['hole', () => undefined],
    ['null', () => null],
    ['1', () => 1],
    ['[]', () => []],
    ['decoy prototype', () => DECOY],
  )
  const changes = fc.array(fc.tuple(fc.nat(20), kind), { minLength: 1, maxLength: 4 })
  const prices = c.spec.version === 'V3' ? priceSpecArb(c.spec) : fc.constant(undefined)
  return fc.tuple(changes, prices).map(([changes, prices]) => {
    const label = changes.map(([at, [name]]) => `${name}@${at}`).join(', ')
    const apply = (): unknown => {
      const product = prices
        ? withPrices(c.spec, render(c.spec, c.shape === 'docs' ? 'docs' : 'rest'), prices)
        : render(c.spec, c.shape)
      const holder = isRecord(get(product, 'variantsInfo')) ? (get(product, 'variantsInfo') as Json) : product
      const variants = get(holder, 'variants')
      if (!Array.isArray(variants)) return product
      for (const [at, [name, make]] of changes) {
        const i = Math.min(at, variants.length)
        if (name === 'decoy prototype') {
          if (isRecord(variants[i])) Object.setPrototypeOf(variants[i], make() as object)
          continue
        }
        variants.splice(i, 0, make())
        if (name === 'hole') delete variants[i]
      }
      return product
    }
    return { label, apply, [fc.toStringMethod]: () => label }
  })
}

/** Cases with complete and with half-made selections (the price preview's ranges). */
const anyCaseArb: fc.Arbitrary<Case> = fc.oneof(caseArb([SMALL, CHAOS]), pickerCaseArb([SMALL, CHAOS]))

describe('variant lookups: the first (scan) and later ones (index) agree', () => {
  it(
    'on generated products',
    () => {
      fc.assert(
        fc.property(caseArb([SMALL, CHAOS]), (c) => scanAgreesWithIndex(render(c.spec, c.shape))),
        { numRuns: runs(200) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'on corrupted products',
    () => {
      fc.assert(
        fc.property(
          caseArb([SMALL, CHAOS]).chain((c) => corruptArb(render(c.spec, c.shape))),
          (product) => scanAgreesWithIndex(product.apply()),
        ),
        { numRuns: runs(500) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'on products whose variant list has holes, non-objects and variants with a decoy prototype',
    () => {
      fc.assert(
        fc.property(
          anyCaseArb.chain((c) => oddVariantsArb(c)),
          (product) => scanAgreesWithIndex(product.apply()),
        ),
        { numRuns: runs(300) },
      )
    },
    TEST_TIMEOUT,
  )
})

describe('builds, picker state, price preview, product view and parsed references: the first call on a product equals the fourth', () => {
  it(
    'on corrupted products',
    () => {
      fc.assert(
        fc.property(
          caseArb([SMALL, CHAOS]).chain((c) => fc.tuple(fc.constant(c), corruptArb(render(c.spec, c.shape)), orderArb)),
          ([c, product, order]) => coldEqualsWarm(() => product.apply(), c, false, order),
        ),
        { numRuns: runs(300) },
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'on products whose variant list has holes, non-objects and variants with a decoy prototype',
    () => {
      fc.assert(
        fc.property(
          anyCaseArb.chain((c) => fc.tuple(fc.constant(c), oddVariantsArb(c), orderArb)),
          ([c, product, order]) => coldEqualsWarm(() => product.apply(), c, true, order),
        ),
        { numRuns: runs(300) },
      )
    },
    TEST_TIMEOUT,
  )
})

describe('parseCatalogReference reports a product it cannot read, and never throws', () => {
  // A reference with a variantId is looked up among the product's variants (src/parse.ts toSelection):
  // a variant whose `id` getter throws (a hostile product) must give a BuildResult with invalid_product
  // ("The product could not be read"), as the safe builders do, not the getter's "getter exploded".
  it('gives invalid_product, not a throw, when a variant id getter throws', () => {
    for (const name of ['tshirt-managed.rest', 'house-blend.rest'] as const) {
      const product = fixture(name) as { id: string; variants?: object[]; variantsInfo?: { variants: object[] } }
      const variants = (product.variants ?? product.variantsInfo?.variants) as { id: string }[]
      Object.defineProperty(variants[0], 'id', {
        get() {
          throw new Error('getter exploded')
        },
      })
      const reference = { catalogItemId: product.id, appId: STORES_APP_ID, options: { variantId: variants[1]?.id } }
      const result = parseCatalogReference(product as CatalogProduct, reference)
      expect(result.error?.issues.map((issue) => issue.code)).toEqual(['invalid_product'])
    }
  })
})
