/*
 * What is shipped is what is tested (issue 17, docs/decisions.md): on generated products and selections,
 * every export of the root entry gives the same answer from src/ and from the built dist/index.js
 * (deep-equal, key order included, or the same thrown error class, message and issues), and the
 * command line prints the same stdout and stderr with the same exit code from src/ (in-process
 * `main`) and as the built bin (`node dist/cli.js`, a child process). Needs `npm run build` (npm test
 * builds first): after a change to src/, build again, or this fails because dist/ is stale.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as source from '../../src/index.js'
import { anyValue, type Make } from '../generators/any-value.js'
import { caseArb } from '../generators/cases.js'
import { priceSpecArb, withPrices } from '../generators/prices.js'
import { render } from '../generators/render.js'
import type { GenBuildOptions, GenSelection } from '../generators/selection.js'
import { CHAOS, SMALL } from '../generators/spec.js'
import { heavyRuns, runs, TEST_TIMEOUT } from '../generators/util.js'
import { BUILT, runBuiltCli, runSourceCli, selectionArgv } from '../helpers/cli.js'

type Library = typeof source
const DIST_INDEX = fileURLToPath(new URL('../../dist/index.js', import.meta.url))
const built: Library | undefined = existsSync(DIST_INDEX) ? ((await import(DIST_INDEX)) as Library) : undefined

/**
 * A value as comparable data: errors as their class name, message and fields (the two builds have
 * different classes, so instances never compare equal), URLSearchParams as their text, functions as
 * a mark; plain objects and arrays recursively, own enumerable keys in their order.
 */
function plain(value: unknown): unknown {
  if (value instanceof Error) {
    return { error: value.constructor.name, name: value.name, message: value.message, fields: plain({ ...value }) }
  }
  if (value instanceof URLSearchParams) return { URLSearchParams: value.toString() }
  if (typeof value === 'function') return '[function]'
  if (Array.isArray(value)) return value.map(plain)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]))
}

/** What a call gives: its value, or what it throws. */
function outcome(call: () => unknown): unknown {
  try {
    return { returned: plain(call()) }
  } catch (error) {
    return { threw: plain(error) }
  }
}

/** One generated input: each call gets fresh copies (results are cached per product object). */
interface Input {
  readonly product: () => unknown
  readonly selection: () => unknown
  readonly options: () => unknown
  /** A catalogReference to parse: the one src builds, or one that does not fit. */
  readonly reference: () => unknown
  /** URL query text to read a selection from. */
  readonly query: string
}

const asProduct = (value: unknown): source.CatalogProduct => value as source.CatalogProduct
const asSelection = (value: unknown): source.Selection => value as source.Selection
const asOptions = (value: unknown): source.BuildOptions => value as source.BuildOptions

/**
 * How each root export is called on an input. A function export not listed here is called as the
 * builders are, `(product, selection, options)`; constants are compared as they are.
 */
/** A product's V3 variants as readOnlyVariantsV3 gives them, next to the product without them (a query result). */
function asQueryResult(product: unknown): [unknown, unknown] {
  if (typeof product !== 'object' || product === null) return [product, []]
  const { variantsInfo, ...rest } = product as Record<string, unknown>
  const list = (variantsInfo as { variants?: unknown } | undefined)?.variants
  const variants = Array.isArray(list)
    ? list.map((variant) => {
        const { choices, id, _id, ...fields } = (variant ?? {}) as Record<string, unknown>
        return { ...fields, variantId: id ?? _id, optionChoices: choices }
      })
    : list
  return [rest, variants]
}

const CALLS: Partial<Record<keyof Library, (lib: Library, input: Input) => unknown>> = {
  withReadOnlyVariants: (lib, input) => {
    const [product, variants] = asQueryResult(input.product())
    return lib.withReadOnlyVariants(asProduct(product), variants as source.V3ReadOnlyVariant[])
  },
  parseCatalogReference: (lib, input) =>
    lib.parseCatalogReference(asProduct(input.product()), input.reference() as source.StoresCatalogReference),
  selectionFromSearchParams: (lib, input) => lib.selectionFromSearchParams(asProduct(input.product()), input.query),
  isCatalogReferenceError: (lib, input) => {
    const result = lib.safeBuildCatalogReference(asProduct(input.product()), asSelection(input.selection()))
    return [lib.isCatalogReferenceError(result.error), lib.isCatalogReferenceError(input.selection())]
  },
  CatalogReferenceError: (lib, input) => {
    const result = source.safeBuildCatalogReference(asProduct(input.product()), asSelection(input.selection()))
    const issues = result.error?.issues ?? []
    return new lib.CatalogReferenceError(issues)
  },
}

function callExport(lib: Library, name: keyof Library, input: Input): unknown {
  const value = lib[name]
  const call = CALLS[name]
  if (call !== undefined) return outcome(() => call(lib, input))
  if (typeof value !== 'function') return plain(value)
  return outcome(() =>
    (value as (product: unknown, selection: unknown, options: unknown) => unknown)(
      input.product(),
      input.selection(),
      input.options(),
    ),
  )
}

/** A generated product (V3 priced now and then) with a selection and build options. */
const caseInputArb: fc.Arbitrary<Input> = caseArb([SMALL, CHAOS]).chain((c) =>
  fc
    .record({
      priced: c.spec.version === 'V3' ? fc.option(priceSpecArb(c.spec)) : fc.constant(null),
      query: fc.string(),
    })
    .map(({ priced, query }): Input => {
      const product = (): unknown =>
        priced ? withPrices(c.spec, render(c.spec, 'rest'), priced) : render(c.spec, c.shape)
      const selection = (): unknown => structuredClone(c.selection)
      const built = source.safeBuildCatalogReference(
        asProduct(product()),
        asSelection(selection()),
        asOptions(c.options),
      )
      const reference = built.success
        ? built.data
        : { catalogItemId: 'p1', appId: source.STORES_APP_ID, options: { variantId: c.selection.variantId ?? 'v1' } }
      const url = source.selectionToSearchParams(asProduct(product()), asSelection(selection())).toString()
      return {
        product,
        selection,
        options: () => structuredClone(c.options),
        reference: () => structuredClone(reference),
        query: query.length % 2 === 0 ? url : query,
      }
    }),
)

/** Any value as the product and the selection (hostile ones included): the issues must agree too. */
const anyInputArb: fc.Arbitrary<Input> = fc
  .tuple(anyValue, anyValue, fc.string())
  .map(([product, selection, query]: [Make, Make, string]) => ({
    product,
    selection,
    options: () => undefined,
    reference: selection,
    query,
  }))

describe.skipIf(built === undefined)('src/ and the built dist/index.js', () => {
  const lib = built as Library

  it('export the same names', () => {
    expect(Object.keys(lib).sort()).toStrictEqual(Object.keys(source).sort())
  })

  it(
    'every root export gives the same answer on generated products and selections (and on any value)',
    () => {
      const names = Object.keys(source).sort() as (keyof Library)[]
      fc.assert(
        fc.property(
          fc.oneof({ weight: 4, arbitrary: caseInputArb }, { weight: 1, arbitrary: anyInputArb }),
          (input) => {
            for (const name of names) {
              const fromSource = callExport(source, name, input)
              const fromDist = callExport(lib, name, input)
              expect(fromDist, `${name}: dist/ differs from src/ (rebuild with npm run build?)`).toStrictEqual(
                fromSource,
              )
              expect(JSON.stringify(fromDist), `${name}: key order`).toBe(JSON.stringify(fromSource))
            }
          },
        ),
        { numRuns: runs(150) },
      )
    },
    TEST_TIMEOUT,
  )
})

/** Flags for a generated case: its selection, its build options and --json now and then. */
function flagsOf(selection: GenSelection, options: GenBuildOptions | undefined, json: boolean): string[] {
  const flags = selectionArgv(selection)
  if (options?.modifierChoiceValue !== undefined) flags.push('--choice-value', options.modifierChoiceValue)
  if (options?.catalogVersion !== undefined) flags.push('--catalog-version', options.catalogVersion)
  if (json) flags.push('--json')
  return flags
}

describe.skipIf(!BUILT)('the command line from src/ and the built bin', () => {
  it(
    'prints the same stdout and stderr with the same exit code, for generated product files and flags',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          caseArb([SMALL, CHAOS]),
          fc.constantFrom('build', 'states', 'price'),
          fc.boolean(),
          async (c, command, json) => {
            const flags = flagsOf(c.selection, c.options, json)
            // states takes --option, --catalog-version and --json; its other flags are usage errors on both sides.
            const argv = [command, 'product.json', ...flags]
            const files = { 'product.json': JSON.stringify(render(c.spec, c.shape)) }
            const fromSource = await runSourceCli(argv, files)
            const fromBin = await runBuiltCli(argv, files)
            expect(fromBin, 'the built bin differs from src/cli (rebuild with npm run build?)').toStrictEqual(
              fromSource,
            )
          },
        ),
        // Each run spawns the built bin once (about 80 ms).
        { numRuns: heavyRuns(16, 0.002), endOnFailure: true },
      )
    },
    TEST_TIMEOUT,
  )
})
