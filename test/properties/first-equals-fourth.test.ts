/*
 * "The first and the fourth call answer the same, issues included" (docs/decisions.md) beyond the root
 * functions (test/properties/variant-lookup.test.ts has those):
 * - the command line: `build`, `states`, `price` and `view` of one product file, run in-process
 *   (src/cli `main`) four rounds in a drawn order: each command prints in round 4 what it printed in
 *   round 1 (exit code, stdout, stderr). Each run reads a fresh product from the file, so this holds
 *   only if nothing outside the product object (a module-level cache, a counter) changes an answer;
 * - `/ecom`: the same items (the same product objects, so the second call on meets kept models) and
 *   the same call options sent four times to a fake API produce the same request (arguments, key order
 *   included) and the same outcome each time, for every wrapper and both cart versions.
 * Over generated priced products (everyday and edge amounts) and generated selections.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addToCart,
  addToCheckout,
  addToCurrentCart,
  type CartItem,
  createCart,
  createCheckout,
  isCatalogReferenceError,
  isLineItemsNotAddedError,
  isWixRequestError,
} from '../../src/ecom/index.js'
import { BOOKINGS_APP_ID } from '../../src/index.js'
import { type Case, caseArb } from '../generators/cases.js'
import { priceSpecArb, withPrices } from '../generators/prices.js'
import { render } from '../generators/render.js'
import { CHAOS, SMALL } from '../generators/spec.js'
import { type Json, runs, TEST_TIMEOUT } from '../generators/util.js'
import { runSourceCli, selectionArgv } from '../helpers/cli.js'

/** A case's product in its shape, with prices (V3 and V1; everyday cents or amounts at the edges). */
const priced = (cases: fc.Arbitrary<Case>): fc.Arbitrary<{ c: Case; make: () => Json }> =>
  cases.chain((c) =>
    fc
      .oneof(priceSpecArb(c.spec), priceSpecArb(c.spec, 'edges'))
      .map((prices) => ({ c, make: () => withPrices(c.spec, render(c.spec, c.shape), prices, c.shape) })),
  )
const pricedCaseArb = priced(caseArb([SMALL, CHAOS]))
/** Mostly valid items (every option and mandatory modifier given), so that most calls are made. */
const itemCaseArb = priced(
  fc.oneof({ weight: 3, arbitrary: caseArb([SMALL], { careful: true }) }, caseArb([SMALL, CHAOS])),
)

const COMMANDS = ['build', 'states', 'price', 'view'] as const

/** The command line of one command for a case: its selection as flags (`states` takes options only). */
function argvOf(command: (typeof COMMANDS)[number], c: Case, json: boolean): string[] {
  const selection = c.selection
  const flags =
    command === 'states'
      ? selectionArgv({ options: selection.options as Record<string, unknown> })
      : selectionArgv(selection)
  const version = c.options?.catalogVersion
  const choiceValue = command === 'states' ? undefined : c.options?.modifierChoiceValue
  return [
    command,
    'product.json',
    ...flags,
    ...(version ? ['--catalog-version', version] : []),
    ...(choiceValue ? ['--choice-value', choiceValue] : []),
    ...(json ? ['--json'] : []),
  ]
}

describe('the command line: run 1 = run 4 on the same file', () => {
  it(
    'build, states, price and view, four rounds in a drawn order',
    async () => {
      let printed = 0
      await fc.assert(
        fc.asyncProperty(
          pricedCaseArb,
          fc.boolean(),
          fc.shuffledSubarray([...COMMANDS], { minLength: COMMANDS.length, maxLength: COMMANDS.length }),
          async ({ c, make }, json, order) => {
            const files = { 'product.json': JSON.stringify(make()) }
            const rounds: Record<string, unknown>[] = []
            for (let round = 0; round < 4; round++) {
              const out: Record<string, unknown> = {}
              for (const command of order) out[command] = await runSourceCli(argvOf(command, c, json), files)
              rounds.push(out)
            }
            expect(rounds[3]).toEqual(rounds[0])
            printed += Object.values(rounds[0] as Record<string, { code: number }>).filter((r) => r.code === 0).length
          },
        ),
        { numRuns: runs(40) },
      )
      expect(printed).toBeGreaterThan(0)
    },
    TEST_TIMEOUT,
  )
})

/** What a wrapper was asked and what it gave back, as comparable text. */
interface Call {
  readonly requests: string[]
  readonly outcome: string
}

type Wrapper = 'addToCurrentCart' | 'addToCart' | 'createCart' | 'createCheckout' | 'addToCheckout'

/**
 * A fake Wix module for a wrapper (Cart V1 or V2) that records each call's arguments as JSON and
 * answers with the requested lines (the last one left out when `drop`, so that verify refuses).
 */
function fakeApi(wrapper: Wrapper, v2: boolean, drop: boolean, requests: string[]): object {
  const answer = (args: unknown[]): unknown => {
    requests.push(JSON.stringify(args))
    const body = args[args.length - 1] as { lineItems?: Json[]; catalogItems?: Json[] }
    const items = body.catalogItems ?? body.lineItems ?? []
    const kept = drop ? items.slice(0, -1) : items
    const lineItems = kept.map((item, i) =>
      body.catalogItems
        ? {
            _id: `line-${i}`,
            source: { catalogReference: item['catalogReference'] },
            quantityInfo: { confirmedQuantity: item['quantity'] },
          }
        : { _id: `line-${i}`, ...item, availability: { status: 'AVAILABLE' } },
    )
    return Promise.resolve(
      wrapper.includes('Checkout') ? { _id: 'checkout-1', lineItems } : { cart: { _id: 'cart-1', lineItems } },
    )
  }
  const record = (...args: unknown[]): unknown => answer(args)
  if (wrapper === 'createCheckout' || wrapper === 'addToCheckout')
    return { createCheckout: record, addToCheckout: record }
  if (wrapper === 'addToCurrentCart') return v2 ? { addLineItemsToCurrentCart: record } : { addToCurrentCart: record }
  return v2 ? { addLineItems: record, createCart: record } : { addToCart: record, createCart: record }
}

/** Calls a wrapper and describes what came back: the response, or the error's class and data. */
async function callOnce(wrapper: Wrapper, api: object, items: readonly CartItem[], given: Json): Promise<string> {
  const loose = api as never
  const options = given as never
  try {
    const response =
      wrapper === 'addToCurrentCart'
        ? await addToCurrentCart(loose, items, options)
        : wrapper === 'addToCart'
          ? await addToCart(loose, 'cart-1', items, options)
          : wrapper === 'createCart'
            ? await createCart(loose, items, options)
            : wrapper === 'createCheckout'
              ? await createCheckout(loose, items, { channelType: 'WEB', ...given } as never)
              : await addToCheckout(loose, 'checkout-1', items, options)
    return JSON.stringify({ response })
  } catch (error) {
    if (isCatalogReferenceError(error)) return JSON.stringify({ issues: error.issues })
    if (isLineItemsNotAddedError(error)) return JSON.stringify({ rejected: error.rejected, message: error.message })
    if (isWixRequestError(error)) return JSON.stringify({ wix: error.code, message: error.message })
    return JSON.stringify({ threw: String(error) })
  }
}

/** Call options: verify or not, a time limit, fields passed to Wix, a signal shared by the four calls. */
const callOptionsArb: fc.Arbitrary<() => Json> = fc
  .record({
    verify: fc.option(fc.boolean(), { nil: undefined }),
    timeoutMs: fc.option(fc.integer({ min: 1_000, max: 60_000 }), { nil: undefined }),
    couponCode: fc.option(fc.constantFrom('SAVE10', ''), { nil: undefined }),
    signal: fc.boolean(),
  })
  .map(({ signal, ...fields }) => () => {
    const options: Json = {}
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) options[key] = value
    if (signal) options['signal'] = new AbortController().signal
    return options
  })

describe('/ecom: the same items and options sent four times make the same request', () => {
  it(
    'every wrapper, Cart V1 and V2, product items and prebuilt references',
    async () => {
      let sent = 0
      const itemsArb = fc.array(
        fc.oneof({ weight: 3, arbitrary: itemCaseArb }, { weight: 1, arbitrary: fc.constant(undefined) }),
        { minLength: 1, maxLength: 2 },
      )
      await fc.assert(
        fc.asyncProperty(
          itemsArb,
          fc.constantFrom<Wrapper>('addToCurrentCart', 'addToCart', 'createCart', 'createCheckout', 'addToCheckout'),
          fc.boolean(),
          fc.boolean(),
          callOptionsArb,
          async (drawn, wrapper, v2, drop, makeOptions) => {
            // The same item objects (and product objects) for the four calls.
            const items = drawn.map(
              (d, i): CartItem =>
                d === undefined
                  ? {
                      catalogReference: {
                        catalogItemId: `booking-${i}`,
                        appId: BOOKINGS_APP_ID,
                        options: { timezone: 'Europe/Paris', slot: { startDate: '2025-05-01T10:00:00Z' } },
                      },
                      quantity: 2,
                    }
                  : ({ product: d.make(), selection: d.c.selection, options: d.c.options } as CartItem),
            )
            const options = makeOptions()
            const requests: string[] = []
            const api = fakeApi(wrapper, v2, drop, requests)
            const calls: Call[] = []
            for (let n = 0; n < 4; n++) {
              const before = requests.length
              const outcome = await callOnce(wrapper, api, items, options)
              calls.push({ requests: requests.slice(before), outcome })
            }
            expect(calls[3]).toEqual(calls[0])
            sent += calls[0]?.requests.length ?? 0
          },
        ),
        { numRuns: runs(150) },
      )
      // A good share of the items build: requests are made and compared.
      expect(sent).toBeGreaterThan(0)
    },
    TEST_TIMEOUT,
  )
})
