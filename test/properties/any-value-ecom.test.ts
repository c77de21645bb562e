/*
 * "Any value, never throws" over every exported function of /ecom and /catalog: hostile values
 * everywhere (Proxies with throwing traps, revoked Proxies, getters that throw on the n-th read,
 * symbol keys, sparse arrays up to length 2**32-1, class instances, node:vm objects, cycles, deep
 * nesting, __proto__ keys, huge strings, functions that throw when shown). Synchronous functions
 * return (the safe ones) or throw only their documented error; async ones never throw synchronously
 * and reject only with a documented error class; nothing pollutes Object.prototype. A hang fails by
 * the test's time limit. For the wrappers also: the call options (signal, timeoutMs, verify and the
 * fields passed to Wix) take hostile values and signals that fail in every way; no write reaches the
 * items or the options; an error that says nothing was sent comes with no call to the API object.
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
import { STORES_APP_ID } from '../../src/index.js'
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
const CANDLE_REFERENCE = { catalogItemId: '6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f', appId: STORES_APP_ID }

/** Values that throw when shown: functions whose toString or Symbol.toPrimitive throws, revoked Proxies. */
const unshowable: fc.Arbitrary<Make> = fc.constantFrom(
  make('a function whose toString throws', () =>
    Object.assign(() => 1, {
      toString(): never {
        throw 'toString'
      },
    }),
  ),
  make('a function whose Symbol.toPrimitive throws', () =>
    Object.assign(() => 1, {
      [Symbol.toPrimitive](): never {
        throw new TypeError('toPrimitive')
      },
    }),
  ),
  make('a revoked function Proxy', () => {
    const { proxy, revoke } = Proxy.revocable(() => 1, {})
    revoke()
    return proxy
  }),
)
const anyValueOrUnshowable: fc.Arbitrary<Make> = fc.oneof(anyValue, unshowable)

function make(label: string, build: () => unknown): Make {
  return Object.assign(build, { label, toString: () => label }) as Make
}

type Outcome = { readonly rejected: false } | { readonly rejected: true; readonly error: unknown }

/** Runs `call`; it must not throw synchronously, and must settle with a value or a documented error. */
async function settle(call: () => Promise<unknown>, documented: (error: unknown) => boolean): Promise<Outcome> {
  let pending: Promise<unknown> | undefined
  expect(() => (pending = call())).not.toThrow()
  expect(pending).toBeInstanceOf(Promise)
  const outcome = await (pending as Promise<unknown>).then(
    (): Outcome => ({ rejected: false }),
    (error: unknown): Outcome => ({ rejected: true, error }),
  )
  if (outcome.rejected && !documented(outcome.error)) throw new Error(`undocumented rejection: ${show(outcome.error)}`)
  return outcome
}

async function settles(call: () => Promise<unknown>, documented: (error: unknown) => boolean): Promise<void> {
  await settle(call, documented)
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

/** What the fake API object saw: how many calls, and what to do during one. */
interface Seen {
  calls: number
  /** Runs during the method's synchronous part (a signal aborting there). */
  onCall?: () => void
  /** `onCall` ran. */
  abortedDuring?: boolean
  /** Answer after a timer, not at once (as a real client does). */
  later?: boolean
}

/** A fake API object with every method of the five modules, answering as `answer` says. */
function api(
  answer: Answer,
  thrown: Thrown = {},
  seen: Seen = { calls: 0 },
): Record<string, (...args: unknown[]) => unknown> {
  const method = (): unknown => {
    seen.calls++
    if (seen.onCall !== undefined) {
      seen.onCall()
      seen.abortedDuring = true
    }
    const value = answer.value()
    if (seen.later === true && answer.kind !== 'throw') {
      const answered = new Promise((resolve, reject) =>
        setTimeout(() => (answer.kind === 'resolve' ? resolve(value) : reject(value)), 1),
      )
      answered.catch((error: unknown) => {
        // a block, not an expression: returning a Proxy here would make this promise read its `then`
        thrown.value = error
      })
      if (answer.kind === 'reject') thrown.value = value
      return answered
    }
    if (answer.kind === 'resolve') {
      // resolving with a value whose `then` throws rejects with that error: the API object's own
      const answered = Promise.resolve(value)
      answered.catch((error: unknown) => {
        // a block, not an expression: returning a Proxy here would make this promise read its `then`
        thrown.value = error
      })
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

/** The API object for `wrapper`: the checkout module has no cart methods (createCheckout refuses a cart module). */
function apiFor(wrapper: string, made: Record<string, unknown>): Record<string, unknown> {
  if (wrapper !== 'createCheckout') return made
  const { createCart: _createCart, addToCart: _addToCart, ...checkout } = made
  return checkout
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
              () => wrapper(apiFor(name, api(answer, thrown)), items(), { channelType: 'WEB', timeoutMs: 1_000 }),
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

/** A signal for the options, and what it does while the API object's method runs. */
interface SignalCase {
  readonly label: string
  make(): { readonly signal: unknown; readonly onCall?: () => void }
}

function signalCase(label: string, make: SignalCase['make']): SignalCase {
  return { label, make }
}

/** A real AbortSignal with own methods or accessors in place of its own. */
function signalWith(fields: PropertyDescriptorMap, controller = new AbortController()): AbortSignal {
  return Object.defineProperties(controller.signal, fields)
}

const throwing = (what: string): PropertyDescriptor => ({
  value: () => {
    throw new Error(what)
  },
})

/** Signals that work, are aborted, abort during the call, or fail when read, listened to or released. */
const SIGNALS: readonly SignalCase[] = [
  signalCase('a signal', () => ({ signal: new AbortController().signal })),
  signalCase('an aborted signal', () => ({ signal: AbortSignal.abort('before') })),
  signalCase('a signal aborting during the call', () => {
    const controller = new AbortController()
    return { signal: controller.signal, onCall: () => controller.abort('during') }
  }),
  signalCase('a signal whose addEventListener throws', () => ({
    signal: signalWith({ addEventListener: throwing('add') }),
  })),
  signalCase('a signal whose removeEventListener throws', () => ({
    signal: signalWith({ removeEventListener: throwing('remove') }),
  })),
  signalCase('a signal whose removeEventListener throws, aborting during the call', () => {
    const controller = new AbortController()
    const signal = signalWith({ removeEventListener: throwing('remove') }, controller)
    return { signal, onCall: () => controller.abort('during') }
  }),
  ...[1, 2, 3].map((n) =>
    signalCase(`a signal whose aborted getter throws from read ${n}`, () => {
      let reads = 0
      const aborted = {
        get: () => {
          if (++reads >= n) throw new Error(`aborted read ${reads}`)
          return false
        },
      }
      return { signal: signalWith({ aborted }) }
    }),
  ),
  signalCase('a signal that aborts while its listener is added', () => {
    const controller = new AbortController()
    const addEventListener = {
      value: (type: string, listener: () => void) => {
        EventTarget.prototype.addEventListener.call(controller.signal, type, listener)
        controller.abort('while listening')
      },
    }
    return { signal: signalWith({ addEventListener }, controller) }
  }),
  signalCase('a signal-shaped object that never dispatches, aborted during the call', () => {
    const signal = { aborted: false, reason: 'gone', addEventListener() {}, removeEventListener() {} }
    return {
      signal,
      onCall: () => {
        signal.aborted = true
      },
    }
  }),
]

const anySignal: fc.Arbitrary<SignalCase> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SIGNALS) },
  { weight: 1, arbitrary: anyValueOrUnshowable.map((m) => signalCase(m.label, () => ({ signal: m() }))) },
)

/** Call options: any value, or the fields the wrappers read (and one passed to Wix) with any value each. */
interface OptionsCase {
  readonly label: string
  make(): { readonly options: unknown; readonly onCall: (() => void) | undefined }
}

const anyCallOptions: fc.Arbitrary<OptionsCase> = fc.oneof(
  {
    weight: 1,
    arbitrary: anyValueOrUnshowable.map((m) => ({ label: m.label, make: () => ({ options: m(), onCall: undefined }) })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          verify: mostly(fc.boolean().map(constant)),
          channelType: fc.constant(constant('WEB')),
          timeoutMs: mostly(fc.constant(constant(1_000))),
          signal: anySignal,
          couponCode: mostly(fc.constant(constant('SUMMERSALE10'))),
        },
        { requiredKeys: ['channelType'] },
      )
      .map((fields): OptionsCase => {
        const label = Object.entries(fields)
          .map(([key, value]) => `${key}: ${value.label}`)
          .join(', ')
        return {
          label: `{ ${label} }`,
          make: () => {
            const options: Record<string, unknown> = {}
            let onCall: (() => void) | undefined
            for (const [key, value] of Object.entries(fields)) {
              if (key === 'signal') {
                const made = (value as SignalCase).make()
                options[key] = made.signal
                onCall = made.onCall
              } else options[key] = (value as Make)()
            }
            return { options, onCall }
          },
        }
      }),
  },
)

/** A valid value most of the time (so that calls are made), else any value. */
function mostly(valid: fc.Arbitrary<Make>): fc.Arbitrary<Make> {
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anyValueOrUnshowable })
}

const VALID_ITEMS = make('valid items', () => [
  { catalogReference: CANDLE_REFERENCE },
  { product: candleJson, selection: { options: { Scent: 'Vanilla', 'Jar color': '#FFBF00' } }, quantity: 2 },
])

/** Valid items half of the time (so that calls are made); else items whose fields may also throw when shown. */
const anyCallItems: fc.Arbitrary<Make> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(VALID_ITEMS) },
  { weight: 1, arbitrary: unshowable },
  { weight: 2, arbitrary: anyItems(candleJson) },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.oneof(
          unshowable,
          recipeRecord({ catalogReference: fc.constant(constant(CANDLE_REFERENCE)), quantity: anyValueOrUnshowable }, [
            'catalogReference',
          ]),
          recipeRecord(
            {
              product: fc.constant(constant(candleJson)),
              selection: anyValueOrUnshowable,
              quantity: anyValueOrUnshowable,
            },
            ['product'],
          ),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((a) => make(`[${a.map((m) => m.label).join(', ')}]`, () => a.map((m) => m()))),
  },
)

/**
 * `value` behind a Proxy that records every write (set, define, delete, prototype change) instead
 * of making it, at every depth of plain objects and arrays (other objects, such as signals, stay
 * as they are: their methods check what `this` is).
 */
function recording(value: unknown, writes: string[], seen = new WeakMap<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (seen.has(value)) return seen.get(value)
  let plain: boolean
  try {
    plain = Array.isArray(value) || [Object.prototype, null].includes(Object.getPrototypeOf(value))
  } catch {
    return value
  }
  if (!plain) return value
  const record = (what: string) => (): boolean => {
    writes.push(what)
    return true
  }
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      const field: unknown = Reflect.get(target, key, receiver)
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key)
      // a non-configurable, read-only field must be answered as it is (a Proxy invariant)
      if (descriptor !== undefined && !descriptor.configurable && descriptor.writable === false) return field
      return recording(field, writes, seen)
    },
    set: record('set'),
    defineProperty: record('defineProperty'),
    deleteProperty: record('deleteProperty'),
    setPrototypeOf: record('setPrototypeOf'),
  })
  seen.set(value, proxy)
  return proxy
}

/** Whether an error says that nothing was sent to Wix (and is the wrapper's own, not the API object's). */
function saysNothingSent(error: unknown, thrown: Thrown): boolean {
  if ('value' in thrown && error === thrown.value) return false
  if (error instanceof CatalogReferenceError || error instanceof TypeError) return true
  return error instanceof WixRequestError && error.message.includes('nothing was sent')
}

describe('/ecom: hostile call options and signals, a counting API object', () => {
  for (const [name, wrapper] of WRAPPERS) {
    it(
      `${name}: documented errors only, no write to the items or the options, "nothing sent" means no call`,
      async () => {
        await fc.assert(
          fc.asyncProperty(
            anyAnswer,
            fc.boolean(),
            anyCallItems,
            anyCallOptions,
            async (answer, later, items, optionsCase) => {
              const thrown: Thrown = {}
              const { options, onCall } = optionsCase.make()
              const seen: Seen = { calls: 0, later, ...(onCall === undefined ? {} : { onCall }) }
              const writes: string[] = []
              const outcome = await settle(
                () =>
                  wrapper(
                    apiFor(name, api(answer, thrown, seen)),
                    recording(items(), writes),
                    recording(options, writes),
                  ),
                wrapperError(thrown),
              )
              expect(writes).toStrictEqual([])
              if (outcome.rejected && saysNothingSent(outcome.error, thrown)) expect(seen.calls).toBe(0)
              if (!outcome.rejected) expect(seen.calls).toBe(1)
              // an abort during the call's synchronous part is noticed: the answer is not waited for
              if (seen.abortedDuring === true && answer.kind !== 'throw')
                expect(outcome.rejected && isWixRequestError(outcome.error) && outcome.error.code).toBe('ABORTED')
              expect(objectPrototypeSnapshot()).toStrictEqual(PROTOTYPE)
            },
          ),
          { numRuns: runs(150) },
        )
      },
      TEST_TIMEOUT,
    )
  }
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
