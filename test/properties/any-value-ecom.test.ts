/*
 * "Any value, never throws" over every exported function of /ecom and /catalog (issue 12): hostile
 * values everywhere (Proxies with throwing traps, revoked Proxies, getters that throw on the n-th
 * read, symbol keys, sparse arrays up to length 2**32-1, class instances, node:vm objects, cycles,
 * deep nesting, __proto__ keys, huge strings). Synchronous functions return (the safe ones) or throw
 * only their documented error; async ones never throw synchronously and reject only with a
 * documented error class; nothing pollutes Object.prototype. A hang fails by the test's time limit.
 * The values come from test/generators/any-value.ts, shared with the root entry's property.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildCustomCatalogReference,
  createCatalogItemsHandler,
  isCatalogReferenceError as isCatalogErrorFromCatalog,
  safeBuildCustomCatalogReference,
} from '../../src/catalog/index.js'
import {
  addToCart,
  addToCheckout,
  addToCurrentCart,
  CatalogReferenceError,
  createCart,
  createCheckout,
  isCatalogReferenceError,
  isLineItemsNotAddedError,
  isWixRequestError,
  LineItemsNotAddedError,
  WixRequestError,
} from '../../src/ecom/index.js'
import candleJson from '../fixtures/candle-unmanaged.sdk.json'
import {
  anyAnswer,
  anyItems,
  anyValue,
  constant,
  recipeRecord,
  type Answer,
  type Make,
} from '../generators/any-value.js'
import { runs, TEST_TIMEOUT } from '../generators/util.js'
import { objectPrototypeSnapshot } from '../helpers/hostile.js'

const PROTOTYPE = objectPrototypeSnapshot()

/** Runs `call`; it must not throw synchronously, and must settle with a value or a documented error. */
async function settles(call: () => Promise<unknown>, documented: (error: unknown) => boolean): Promise<void> {
  let pending: Promise<unknown> | undefined
  expect(() => (pending = call())).not.toThrow()
  expect(pending).toBeInstanceOf(Promise)
  const error = await (pending as Promise<unknown>).then(
    () => undefined,
    (e: unknown) => ({ e }),
  )
  if (error !== undefined && !documented(error.e)) throw new Error(`undocumented rejection: ${show(error.e)}`)
}

function show(value: unknown): string {
  try {
    return value instanceof Error
      ? `${value.name}: ${value.message}`
      : typeof value === 'symbol'
        ? 'a symbol'
        : String(value)
  } catch {
    return 'an unprintable value'
  }
}

/** What a fake API object threw or rejected with, made fresh for each call. */
interface Thrown {
  value?: unknown
}

/** A fake API object with every method of the five modules, answering as `answer` says. */
function api(answer: Answer, thrown: Thrown = {}): Record<string, (...args: unknown[]) => unknown> {
  const method = (): unknown => {
    const value = answer.value()
    if (answer.kind === 'resolve') {
      // resolving with a value whose `then` throws rejects with that error: the API object's own
      const answered = Promise.resolve(value)
      answered.catch((error: unknown) => (thrown.value = error))
      return answered
    }
    thrown.value = value
    if (answer.kind === 'throw') throw value
    return Promise.reject(value)
  }
  const names = [
    'addToCurrentCart',
    'addLineItemsToCurrentCart',
    'addToCart',
    'addLineItems',
    'createCart',
    'createCheckout',
    'addToCheckout',
    'getCurrentCart',
    'getCart',
    'getCheckout',
    'updateCart',
    'updateCheckout',
    'deleteCart',
    'removeLineItems',
    'updateCurrentCart',
    'deleteCurrentCart',
  ]
  return Object.fromEntries(names.map((name) => [name, method]))
}

/** The wrappers' documented errors; an `Error` the API object itself threw is rethrown as it is. */
function wrapperError(thrown: Thrown): (error: unknown) => boolean {
  return (error) =>
    error instanceof CatalogReferenceError ||
    error instanceof LineItemsNotAddedError ||
    error instanceof WixRequestError ||
    error instanceof TypeError ||
    ('value' in thrown && error === thrown.value && error instanceof Error)
}

const WRAPPERS = [
  [
    'addToCurrentCart',
    (a: unknown, items: unknown, options: unknown) => addToCurrentCart(a as never, items as never, options as never),
  ],
  [
    'addToCart',
    (a: unknown, items: unknown, options: unknown) => addToCart(a as never, 'cart-1', items as never, options as never),
  ],
  [
    'createCart',
    (a: unknown, items: unknown, options: unknown) => createCart(a as never, items as never, options as never),
  ],
  [
    'createCheckout',
    (a: unknown, items: unknown, options: unknown) => createCheckout(a as never, items as never, options as never),
  ],
  [
    'addToCheckout',
    (a: unknown, items: unknown, options: unknown) =>
      addToCheckout(a as never, 'checkout-1', items as never, options as never),
  ],
] as const

const anyOptions: fc.Arbitrary<Make> = fc.oneof(
  anyValue,
  recipeRecord(
    {
      verify: fc.oneof(fc.boolean().map(constant), anyValue),
      channelType: fc.constantFrom('WEB', 'OTHER').map(constant),
      timeoutMs: fc.oneof(fc.constant(constant(50)), anyValue),
      signal: anyValue,
      couponCode: anyValue,
    },
    ['channelType'],
  ),
)
/** An API object: any value, or one with every method, answering any value. */
const anyApi = fc.oneof(
  anyValue.map((m) => ({ make: () => m(), thrown: {} as Thrown, label: m.label })),
  anyAnswer.map((answer) => {
    const thrown: Thrown = {}
    return { make: () => api(answer, thrown), thrown, label: `api ${answer.kind} ${answer.value.label}` }
  }),
)

describe('/ecom: any value, never throws, rejects only with documented errors', () => {
  for (const [name, wrapper] of WRAPPERS) {
    it(
      `${name}(any api, any items, any options)`,
      async () => {
        await fc.assert(
          fc.asyncProperty(anyApi, anyItems(candleJson), anyOptions, async (a, items, options) => {
            await settles(() => wrapper(a.make(), items(), options()), wrapperError(a.thrown))
            expect(objectPrototypeSnapshot()).toStrictEqual(PROTOTYPE)
          }),
          { numRuns: runs(150) },
        )
      },
      TEST_TIMEOUT,
    )
    it(
      `${name}(a working api answering any value, rejecting or throwing it)`,
      async () => {
        await fc.assert(
          fc.asyncProperty(anyAnswer, anyItems(candleJson), async (answer, items) => {
            const thrown: Thrown = {}
            await settles(
              () => wrapper(api(answer, thrown), items(), { channelType: 'WEB', timeoutMs: 1_000 }),
              wrapperError(thrown),
            )
            expect(objectPrototypeSnapshot()).toStrictEqual(PROTOTYPE)
          }),
          { numRuns: runs(150) },
        )
      },
      TEST_TIMEOUT,
    )
  }

  it('the predicates answer a boolean for any value', () => {
    fc.assert(
      fc.property(anyValue, (make) => {
        const value = make()
        for (const predicate of [
          isCatalogReferenceError,
          isLineItemsNotAddedError,
          isWixRequestError,
          isCatalogErrorFromCatalog,
        ]) {
          let answer: unknown
          expect(() => (answer = predicate(value))).not.toThrow()
          expect(typeof answer).toBe('boolean')
        }
      }),
      { numRuns: runs(300) },
    )
  })
})

describe('/catalog: any value, never throws, rejects only with documented errors', () => {
  it(
    'safeBuildCustomCatalogReference(any) returns a result; buildCustomCatalogReference throws only CatalogReferenceError',
    () => {
      const inputs = fc.oneof(
        anyValue,
        recipeRecord(
          {
            appId: fc.oneof(fc.constant(constant('3b8658a6-3282-4b5e-ae0e-439113e20aef')), anyValue),
            catalogItemId: fc.oneof(fc.constant(constant('hat')), anyValue),
            options: anyValue,
          },
          [],
        ),
      )
      fc.assert(
        fc.property(inputs, (make) => {
          const input = make()
          let result: ReturnType<typeof safeBuildCustomCatalogReference> | undefined
          expect(() => (result = safeBuildCustomCatalogReference(input as never))).not.toThrow()
          expect(typeof result?.success).toBe('boolean')
          if (result?.success === false) expect(result.error).toBeInstanceOf(CatalogReferenceError)
          try {
            buildCustomCatalogReference(make() as never)
          } catch (error) {
            expect(error).toBeInstanceOf(CatalogReferenceError)
          }
          expect(objectPrototypeSnapshot()).toStrictEqual(PROTOTYPE)
        }),
        { numRuns: runs(400) },
      )
    },
    TEST_TIMEOUT,
  )

  it('createCatalogItemsHandler(any) throws only TypeError', () => {
    fc.assert(
      fc.property(anyValue, (resolve) => {
        try {
          createCatalogItemsHandler(resolve() as never)
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError)
        }
      }),
      { numRuns: runs(200) },
    )
  })

  it(
    'getCatalogItems(any payload), resolve answering any value: rejects only with CatalogReferenceError (or what resolve threw)',
    async () => {
      const reference = recipeRecord(
        {
          appId: fc.constant(constant('3b8658a6-3282-4b5e-ae0e-439113e20aef')),
          catalogItemId: fc.oneof(fc.constant(constant('hat')), anyValue),
          options: anyValue,
        },
        ['appId'],
      )
      const entry = fc.oneof(
        anyValue,
        recipeRecord({ catalogReference: fc.oneof(anyValue, reference), quantity: anyValue }, ['catalogReference']),
      )
      const references = fc
        .array(entry, { maxLength: 3 })
        .map((a) => Object.assign(() => a.map((m) => m()), { label: 'references' }) as Make)
      const payloads = fc.oneof(
        anyValue,
        recipeRecord(
          {
            request: fc.oneof(
              anyValue,
              recipeRecord(
                { catalogReferences: fc.oneof(references, anyValue), currency: anyValue, weightUnit: anyValue },
                [],
              ),
            ),
            metadata: anyValue,
          },
          ['request'],
        ),
      )
      await fc.assert(
        fc.asyncProperty(payloads, anyAnswer, fc.array(anyValue, { maxLength: 3 }), async (payload, answer, data) => {
          const thrown: Thrown = {}
          const handler = createCatalogItemsHandler((requests) => {
            if (answer.kind !== 'resolve') {
              thrown.value = answer.value()
              if (answer.kind === 'throw') throw thrown.value
              return Promise.reject(thrown.value) as never
            }
            // one entry per request (each any value), or any value in place of the list
            return (data.length === requests.length ? data.map((m) => m()) : answer.value()) as never
          })
          await settles(
            () => handler(payload() as never),
            (error) => ('value' in thrown && error === thrown.value) || error instanceof CatalogReferenceError,
          )
          expect(objectPrototypeSnapshot()).toStrictEqual(PROTOTYPE)
        }),
        { numRuns: runs(300) },
      )
    },
    TEST_TIMEOUT,
  )
})
