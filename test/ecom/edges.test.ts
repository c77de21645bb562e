/*
 * Issue 12, items 1–7: the /ecom promises at the edges ("never sends an invalid item", "your objects
 * are never touched", "every failure is a documented error"), one regression test per finding. The
 * API object is a Velo-shaped `currentCart` that records what it receives; the builder is the real one.
 */
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import {
  addToCurrentCart,
  isCatalogReferenceError,
  isLineItemsNotAddedError,
  isWixRequestError,
  type CartItem,
  type WixLineItem,
  type WixRequestError,
} from '../../src/ecom/index.js'
import { STORES_APP_ID, buildCatalogReference } from '../../src/index.js'
import type { BuildIssue, CatalogProduct } from '../../src/index.js'
import candleJson from '../fixtures/candle-unmanaged.sdk.json'

const candle: CatalogProduct = candleJson
const CANDLE_SELECTION = { options: { Scent: 'Vanilla', 'Jar color': '#FFBF00' } }
const CANDLE_REFERENCE = buildCatalogReference(candle, CANDLE_SELECTION)

type Call = { lineItems: WixLineItem[] }

/** A Velo-shaped current cart that adds every line as asked (Wix renames `id` keys in place, as the SDK does). */
function cart(): { calls: Call[]; addToCurrentCart(options: Call): Promise<unknown> } {
  const calls: Call[] = []
  return {
    calls,
    async addToCurrentCart(options) {
      calls.push(structuredClone(options))
      renameIds(options)
      return {
        cart: {
          _id: 'cart-1',
          lineItems: options.lineItems.map((l, i) => ({
            _id: `line-${i}`,
            ...l,
            availability: { status: 'AVAILABLE' },
          })),
        },
      }
    },
  }
}

/** What the SDK does to its input: `id` → `_id` at every depth, in place. */
function renameIds(value: unknown): void {
  if (typeof value !== 'object' || value === null) return
  for (const key of Object.keys(value)) {
    const record = value as Record<string, unknown>
    renameIds(record[key])
    if (key === 'id') {
      record['_id'] = record[key]
      delete record[key]
    }
  }
}

async function issuesOf(items: unknown, api = cart()): Promise<BuildIssue[]> {
  const error = await addToCurrentCart(api, items as CartItem[]).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(isCatalogReferenceError(error)).toBe(true)
  expect(api.calls).toHaveLength(0)
  return [...(error as { issues: BuildIssue[] }).issues]
}

async function wixError(promise: Promise<unknown>): Promise<WixRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!isWixRequestError(error)) throw new Error(`expected a WixRequestError, got ${String(error)}`)
  return error
}

describe('1. an own property that is undefined counts as absent: no line leaves without a reference', () => {
  it('{ product, selection, catalogReference: undefined } sends the built reference', async () => {
    const api = cart()
    await addToCurrentCart(api, [
      {
        product: candle,
        selection: { ...CANDLE_SELECTION, quantity: 2 },
        catalogReference: undefined,
      } as unknown as CartItem,
    ])
    expect(api.calls).toStrictEqual([{ lineItems: [{ catalogReference: CANDLE_REFERENCE, quantity: 2 }] }])
  })

  it('{ catalogReference, product: undefined, quantity: undefined } is a prebuilt item with quantity 1', async () => {
    const api = cart()
    await addToCurrentCart(api, [
      { catalogReference: CANDLE_REFERENCE, product: undefined, quantity: undefined } as unknown as CartItem,
    ])
    expect(api.calls).toStrictEqual([{ lineItems: [{ catalogReference: CANDLE_REFERENCE, quantity: 1 }] }])
  })

  it('a pass-through field cannot replace the reference or the quantity', async () => {
    // `catalogReference` beside `product` is refused; an own undefined one is absent, never sent as undefined
    const issues = await issuesOf([
      { product: candle, selection: CANDLE_SELECTION, catalogReference: { catalogItemId: 'x', appId: STORES_APP_ID } },
    ])
    expect(issues.map((i) => i.message)).toStrictEqual([
      'items[0] has both product and catalogReference: give { product, selection?, options? } or { catalogReference, quantity? }.',
    ])
  })
})

describe('2. a key named __proto__ is never dropped or changed on the way: the item is refused', () => {
  // The builder writes such an option as an own key, but the real @wix/sdk sends a `__proto__` key as
  // "[object Object]" (test/ecom/never-mutates.test.ts shows it): the wrapper refuses the item.
  const protoCandle = JSON.parse(JSON.stringify(candleJson).replaceAll('"Scent"', '"__proto__"')) as CatalogProduct
  const selection = {
    options: JSON.parse('{ "__proto__": "Vanilla", "Jar color": "#FFBF00" }') as Record<string, string>,
  }

  it('a V1 option named __proto__: the builder keeps it, the wrapper refuses the item and sends nothing', async () => {
    const built = buildCatalogReference(protoCandle, selection)
    expect(Object.hasOwn((built.options as { options: Record<string, string> }).options, '__proto__')).toBe(true)
    const issues = await issuesOf([{ product: protoCandle, selection }])
    expect(issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['invalid_reference', [0, 'catalogReference', 'options', 'options', '__proto__']],
    ])
    expect(issues[0]?.message).toMatch(
      /a key named "__proto__", which cannot be sent: the Wix SDK sends it as "\[object Object\]"/,
    )
  })

  it('the refusal names the __proto__ key once: the message starts where it is, the path ends with it', async () => {
    const issues = await issuesOf([{ product: protoCandle, selection }])
    expect(issues[0]?.message).toBe(
      '[0].catalogReference.options.options has a key named "__proto__", which cannot be sent: the Wix SDK sends it as "[object Object]", a different item. Rename it in Wix.',
    )
    expect(issues[0]?.message.split('__proto__')).toHaveLength(2)
  })

  it('a prebuilt reference, a pass-through field or a call option with a __proto__ key: refused, nothing polluted', async () => {
    const reference = JSON.parse(
      `{ "catalogItemId": "${CANDLE_REFERENCE.catalogItemId}", "appId": "${STORES_APP_ID}", "options": { "options": { "__proto__": "Vanilla" } } }`,
    )
    const extendedFields = JSON.parse('{ "namespaces": { "__proto__": { "polluted": true } } }')
    const issues = await issuesOf([
      { catalogReference: reference },
      { catalogReference: CANDLE_REFERENCE, extendedFields },
    ])
    expect(issues.map((i) => i.path)).toStrictEqual([
      [0, 'catalogReference', 'options', 'options', '__proto__'],
      [1, 'extendedFields', 'namespaces', '__proto__'],
    ])
    const api = cart()
    await expect(
      addToCurrentCart(
        api,
        [{ catalogReference: CANDLE_REFERENCE }],
        JSON.parse('{ "__proto__": { "polluted": true } }'),
      ),
    ).rejects.toThrow(TypeError)
    expect(api.calls).toHaveLength(0)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('3. holes are missing items; arrays over the limit are refused by length', () => {
  it('new Array(2) is two missing items, and nothing is sent', async () => {
    const issues = await issuesOf(new Array(2))
    expect(issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['invalid_selection', [0]],
      ['invalid_selection', [1]],
    ])
    expect(issues[0]?.message).toMatch(/a hole \(a sparse array has no item there\)/)
  })

  it('a hole between two good items is refused, the good ones are not sent alone', async () => {
    const items: CartItem[] = [{ catalogReference: CANDLE_REFERENCE }]
    items[2] = { catalogReference: CANDLE_REFERENCE }
    expect((await issuesOf(items)).map((i) => i.path)).toStrictEqual([[1]])
  })

  it('a sparse array of length 2**32-1 is refused at once, by its length', async () => {
    const huge: CartItem[] = []
    huge.length = 2 ** 32 - 1
    huge[5] = { catalogReference: CANDLE_REFERENCE }
    const issues = await issuesOf(huge)
    expect(issues).toHaveLength(1)
    expect(issues[0]?.message).toMatch(/got 4294967295 items \(at most 300 in one call\)/)
  })

  it('a sparse array inside a pass-through field is refused (holes are not JSON)', async () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is what this test sends
    const lines = [1, , 3]
    const issues = await issuesOf([
      { catalogReference: CANDLE_REFERENCE, extendedFields: { namespaces: { a: { lines } } } },
    ])
    expect(issues.map((i) => i.path)).toStrictEqual([[0, 'extendedFields', 'namespaces', 'a', 'lines', 1]])
  })

  it('a huge sparse array inside a pass-through field is refused by length', async () => {
    const lines: unknown[] = []
    lines.length = 2 ** 32 - 1
    const issues = await issuesOf([{ catalogReference: CANDLE_REFERENCE, extendedFields: { lines } }])
    expect(issues[0]?.message).toMatch(/holds more than 10000 values \(4294967295 entries\)/)
  })

  it('a response whose lineItems is a huge sparse array is not walked: every line counts as missing', async () => {
    const lineItems: unknown[] = []
    lineItems.length = 2 ** 32 - 1
    const api = { addToCurrentCart: async () => ({ cart: { lineItems } }) }
    const error = await addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }]).catch((e: unknown) => e)
    expect(isLineItemsNotAddedError(error)).toBe(true)
  })
})

describe('4. the buyer’s quantity is never changed', () => {
  it('a selection from another realm (node:vm) keeps quantity 5', async () => {
    const selection = runInNewContext(
      '({ options: { Scent: "Vanilla", "Jar color": "#FFBF00" }, quantity: 5 })',
    ) as object
    const api = cart()
    await addToCurrentCart(api, [{ product: candle, selection }])
    expect(api.calls[0]?.lineItems[0]?.quantity).toBe(5)
    expect(api.calls[0]?.lineItems[0]?.catalogReference).toStrictEqual(CANDLE_REFERENCE)
  })

  it('a whole item from another realm keeps its quantity', async () => {
    const item = runInNewContext('({ selection: { quantity: 4 } })') as Record<string, unknown>
    item['product'] = candle
    ;(item['selection'] as Record<string, unknown>)['options'] = CANDLE_SELECTION.options
    const api = cart()
    await addToCurrentCart(api, [item as unknown as CartItem])
    expect(api.calls[0]?.lineItems[0]?.quantity).toBe(4)
  })

  it('a selection that is a class instance is refused, not read as quantity 1', async () => {
    class Selection {
      readonly options = CANDLE_SELECTION.options
      readonly quantity = 5
    }
    const issues = await issuesOf([{ product: candle, selection: new Selection() }])
    expect(issues.map((i) => [i.code, i.path])).toStrictEqual([['invalid_selection', [0, 'selection']]])
    expect(issues[0]?.message).toMatch(/is a Selection: .* must be plain JSON/)
  })
})

describe('5. nothing the caller owns is handed to the SDK', () => {
  it('class instances in pass-through fields are refused, not passed by reference', async () => {
    class Fields {
      id = 'x'
    }
    const issues = await issuesOf([
      { catalogReference: CANDLE_REFERENCE, extendedFields: { namespaces: { a: new Fields() } } },
    ])
    expect(issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['invalid_selection', [0, 'extendedFields', 'namespaces', 'a']],
    ])
  })

  it('frozen, nested inputs reach the SDK as copies it may rename in place', async () => {
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) {
        for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
        Object.freeze(value)
      }
      return value
    }
    const item = deepFreeze({
      product: candle,
      selection: { ...CANDLE_SELECTION, quantity: 2 },
      catalogOverrideFields: { image: { id: 'img', list: [[{ id: 'a' }]] } },
    })
    const before = JSON.stringify(item)
    const api = cart()
    await addToCurrentCart(
      api,
      [item as CartItem],
      deepFreeze({ businessLocationId: 'loc', extra: { id: 'opt' } }) as never,
    )
    expect(JSON.stringify(item)).toBe(before)
    expect(api.calls[0]).toMatchObject({ businessLocationId: 'loc', extra: { id: 'opt' } })
  })
})

describe('6. every failure is a documented error', () => {
  it('a cycle or a deep nest in a pass-through field is an issue, not a RangeError', async () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic['self'] = cyclic
    let deep: Record<string, unknown> = {}
    for (let i = 0; i < 10_000; i++) deep = { deep }
    const issues = await issuesOf([
      { catalogReference: CANDLE_REFERENCE, extendedFields: cyclic },
      { catalogReference: CANDLE_REFERENCE, catalogOverrideFields: deep },
    ])
    expect(issues.map((i) => i.path.slice(0, 2))).toStrictEqual([
      [0, 'extendedFields'],
      [1, 'catalogOverrideFields'],
    ])
    expect(issues[0]?.message).toMatch(/a cycle/)
    expect(issues[1]?.message).toMatch(/nested more than 32 levels deep/)
  })

  it('a cycle in the call options is a TypeError that says where, and nothing is sent', async () => {
    const options: Record<string, unknown> = {}
    options['me'] = options
    const api = cart()
    const error = await addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], options as never).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toMatch(
      /^addToCurrentCart: options\.me\.me refers back to options\.me \(a cycle\)/,
    )
    expect(api.calls).toHaveLength(0)
  })

  it('a signal under another option name is not plain JSON, and the TypeError calls it "an AbortSignal"', async () => {
    const api = cart()
    const options = { abortSignal: new AbortController().signal }
    await expect(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], options as never)).rejects.toThrow(
      'addToCurrentCart: options.abortSignal is an AbortSignal: options must be plain JSON',
    )
    expect(api.calls).toHaveLength(0)
  })

  it('a 5 MB key in a pass-through field is cut in the messages, and kept whole in the issue path', async () => {
    const key = `k${'x'.repeat(5_000_000)}`
    const error = await addToCurrentCart(cart(), [
      { catalogReference: CANDLE_REFERENCE, extendedFields: { [key]: new Date(0) } },
    ]).catch((e: unknown) => e)
    if (!isCatalogReferenceError(error)) throw new Error('expected a CatalogReferenceError')
    const [issue] = error.issues
    expect(issue?.path).toStrictEqual([0, 'extendedFields', key])
    const shown = `k${'x'.repeat(76)}...`
    expect(issue?.message).toBe(
      `[0].extendedFields["${shown}"] is a Date: [0] must be plain JSON (strings, finite numbers, booleans, null, arrays and plain objects) (for a date, use its .toISOString()).`,
    )
    expect(error.message).toContain(`0.extendedFields.${shown}: [0].extendedFields["${shown}"] is a Date`)
    expect(error.message.length).toBeLessThan(1_000)
  })

  it('a cyclic or deeply nested response is read without a RangeError', async () => {
    const options: Record<string, unknown> = { options: {} }
    options['self'] = options
    const cyclicLine = { catalogReference: { ...CANDLE_REFERENCE, options }, quantity: 1 }
    const api = { addToCurrentCart: async () => ({ cart: { lineItems: [cyclicLine] } }) }
    const error = await addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }]).catch((e: unknown) => e)
    expect(isLineItemsNotAddedError(error)).toBe(true)
    const cartObject: Record<string, unknown> = { lineItems: [{ catalogReference: CANDLE_REFERENCE, quantity: 1 }] }
    cartObject['self'] = cartObject
    await expect(
      addToCurrentCart({ addToCurrentCart: async () => ({ cart: cartObject }) }, [
        { catalogReference: CANDLE_REFERENCE },
      ]),
    ).resolves.toStrictEqual({ cart: cartObject })
  })

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a symbol', Symbol('boom')],
    ['a string', 'boom'],
  ])('a rejection with %s becomes a WixRequestError (code UNKNOWN, the value as cause)', async (what, value) => {
    const api = { addToCurrentCart: () => Promise.reject(value) }
    const error = await wixError(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }]))
    expect(error.code).toBe('UNKNOWN')
    expect(error.status).toBeUndefined()
    expect(error.cause).toBe(value)
    expect(error.message).toContain(`failed with ${what} instead of an error`)
  })

  it('a synchronous throw of a non-Error becomes a WixRequestError too', async () => {
    const api = {
      addToCurrentCart: () => {
        throw undefined
      },
    }
    expect((await wixError(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }]))).code).toBe('UNKNOWN')
  })

  it('a client that never answers: timeoutMs rejects with code TIMEOUT', async () => {
    const api = { addToCurrentCart: () => new Promise<never>(() => undefined) }
    const error = await wixError(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { timeoutMs: 5 }))
    expect(error.code).toBe('TIMEOUT')
    expect(error.message).toBe(
      'currentCart.addToCurrentCart failed (TIMEOUT): no answer within 5 ms (options.timeoutMs). The request may or may not have reached Wix: read the cart or checkout before trying again.',
    )
  })

  it('a client that never answers: an aborted signal rejects with code ABORTED, its reason as cause', async () => {
    const controller = new AbortController()
    let called = 0
    const api = {
      addToCurrentCart: (options: unknown) => {
        called++
        expect(options).not.toHaveProperty('signal')
        queueMicrotask(() => controller.abort('user left'))
        return new Promise<never>(() => undefined)
      },
    }
    const error = await wixError(
      addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal: controller.signal }),
    )
    expect([error.code, error.cause, called]).toStrictEqual(['ABORTED', 'user left', 1])
  })

  it('a signal aborted before the call sends nothing', async () => {
    const api = cart()
    const error = await wixError(
      addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal: AbortSignal.abort() }),
    )
    expect(error.code).toBe('ABORTED')
    expect(error.message).toMatch(/before the call: nothing was sent to Wix/)
    expect(api.calls).toHaveLength(0)
  })

  it('signal and timeoutMs are checked and never sent to Wix', async () => {
    const api = cart()
    await addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], {
      timeoutMs: 60_000,
      signal: new AbortController().signal,
    })
    expect(Object.keys(api.calls[0] ?? {})).toStrictEqual(['lineItems'])
    for (const timeoutMs of [0, -1, Number.NaN, 2 ** 31, '5']) {
      await expect(
        addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { timeoutMs } as never),
      ).rejects.toThrow(/options\.timeoutMs must be a number/)
    }
    await expect(
      addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal: {} } as never),
    ).rejects.toThrow(/options\.signal must be an AbortSignal/)
  })

  it('a Proxy API object whose traps throw is a TypeError, not the trap’s error', async () => {
    const api = new Proxy(
      {},
      {
        get() {
          throw new Error('trap')
        },
      },
    )
    await expect(addToCurrentCart(api as never, [{ catalogReference: CANDLE_REFERENCE }])).rejects.toThrow(TypeError)
  })
})

describe('7. a Stores appId in another case does not skip the Stores checks', () => {
  it('an upper-case Stores appId is refused, and the Stores options are checked', async () => {
    const reference = {
      catalogItemId: CANDLE_REFERENCE.catalogItemId,
      appId: STORES_APP_ID.toUpperCase(),
      options: { variantID: 'x' },
    }
    const issues = await issuesOf([{ catalogReference: reference }])
    expect(issues.map((i) => i.path)).toStrictEqual([[0, 'catalogReference', 'appId']])
    expect(issues[0]?.message).toBe(
      `appId "${STORES_APP_ID.toUpperCase()}" is the Wix Stores app id in another case: write it as "${STORES_APP_ID}".`,
    )
  })
})

describe('examples/stop-waiting.ts (quoted in docs/ecom.md)', () => {
  it('answers added, and left when the signal aborts before or during the call (TIMEOUT: see the timeoutMs test above)', async () => {
    const { addWithin } = await import('../../examples/stop-waiting.js')
    const selection = { ...CANDLE_SELECTION, quantity: 1 }
    expect(await addWithin(cart(), candle, selection, new AbortController().signal)).toBe('added')
    const silent = { addToCurrentCart: () => new Promise<never>(() => undefined) }
    expect(await addWithin(silent, candle, selection, AbortSignal.abort())).toBe('left')
    const controller = new AbortController()
    const pending = addWithin(silent, candle, selection, controller.signal)
    controller.abort()
    expect(await pending).toBe('left')
  })
})

/** Values that throw when shown: functions whose toString or Symbol.toPrimitive throws, revoked Proxies. */
function unshowable(): [string, () => unknown][] {
  const revoked = (target: object): unknown => {
    const { proxy, revoke } = Proxy.revocable(target, {})
    revoke()
    return proxy
  }
  return [
    [
      'a function whose toString throws',
      () =>
        Object.assign(() => 1, {
          toString() {
            throw 'toString'
          },
        }),
    ],
    [
      'a function whose Symbol.toPrimitive throws',
      () =>
        Object.assign(() => 1, {
          [Symbol.toPrimitive]() {
            throw new TypeError('toPrimitive')
          },
        }),
    ],
    ['a revoked function Proxy', () => revoked(() => 1)],
    ['a revoked object Proxy', () => revoked({})],
  ]
}

describe('8. a value that throws when shown is described, never thrown: bad input is a CatalogReferenceError', () => {
  it.each(unshowable())(
    '%s as items, as an item, or as a quantity: invalid_* issues, nothing sent',
    async (_label, make) => {
      const asItems = await issuesOf(make())
      expect(asItems.map((i) => [i.code, i.path])).toStrictEqual([['invalid_selection', []]])
      expect(asItems[0]?.message).toMatch(
        /^items must be a non-empty array of .*, got (a function|an object that is not a plain object)\.$/,
      )
      const asFields = await issuesOf([
        make(),
        { catalogReference: CANDLE_REFERENCE, quantity: make() },
        { product: candle, selection: CANDLE_SELECTION, quantity: make() },
        { product: candle, selection: { ...CANDLE_SELECTION, quantity: 2 }, quantity: make() },
      ])
      expect(asFields.map((i) => [i.code, i.path])).toStrictEqual([
        ['invalid_selection', [0]],
        ['invalid_quantity', [1, 'quantity']],
        ['invalid_quantity', [2, 'quantity']],
        ['invalid_quantity', [3, 'quantity']],
      ])
      // issues are plain data: the value is described, never kept
      for (const issue of asFields) expect(typeof (issue.received ?? '')).toBe('string')
    },
  )

  it.each(unshowable())(
    '%s as a call option is a TypeError that names it, and nothing is sent',
    async (_label, make) => {
      for (const options of [make(), { verify: make() }, { timeoutMs: make() }, { signal: make() }, { note: make() }]) {
        const api = cart()
        const error = await addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], options as never).catch(
          (e: unknown) => e,
        )
        expect(error).toBeInstanceOf(TypeError)
        expect((error as Error).message).toMatch(/^addToCurrentCart: options/)
        expect(api.calls).toHaveLength(0)
      }
    },
  )

  it('an API that fails with such a value rejects with a WixRequestError (code UNKNOWN), the value as cause', async () => {
    for (const [, make] of unshowable()) {
      const value = make()
      const api = { addToCurrentCart: () => Promise.reject(value) }
      const error = await wixError(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }]))
      expect(error.code).toBe('UNKNOWN')
      expect(error.cause).toBe(value)
      expect(error.message).toMatch(/failed with (a function|an object) instead of an error/)
    }
  })
})

/** A real AbortSignal with own methods or getters replaced. */
function signalWith(fields: PropertyDescriptorMap, controller = new AbortController()): AbortSignal {
  return Object.defineProperties(controller.signal, fields)
}

const throwing = (message: string): PropertyDescriptor => ({
  value: () => {
    throw new Error(message)
  },
})

/** The outcome, or 'still waiting' after 500 ms (a hang fails fast instead of at the test's time limit). */
async function settled(promise: Promise<unknown>): Promise<unknown> {
  const timeout = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 500))
  return Promise.race([
    promise.then(
      (v) => ({ resolved: v }),
      (e: unknown) => e,
    ),
    timeout,
  ])
}

describe('9. the signal is checked and listened to before the call; after it, nothing turns an add into "nothing sent"', () => {
  it('a signal whose addEventListener throws is refused before the call: TypeError, nothing sent', async () => {
    const api = cart()
    const signal = signalWith({ addEventListener: throwing('add') })
    const error = await settled(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal }))
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toBe(
      'addToCurrentCart: options.signal could not be listened to (its addEventListener threw), so nothing was sent to Wix. Pass an AbortSignal, such as new AbortController().signal.',
    )
    expect((error as Error).cause).toStrictEqual(new Error('add'))
    expect(api.calls).toHaveLength(0)
  })

  it('a signal whose aborted property throws, at once or on a later read, is refused before the call', async () => {
    for (const failingRead of [1, 2]) {
      let reads = 0
      const signal = signalWith({
        aborted: {
          get() {
            if (++reads >= failingRead) throw new Error('aborted getter')
            return false
          },
        },
      })
      const api = cart()
      const error = await settled(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal }))
      expect(error).toBeInstanceOf(TypeError)
      expect((error as Error).message).toMatch(/^addToCurrentCart: options\.signal could not be read/)
      expect(api.calls).toHaveLength(0)
    }
  })

  it('a signal whose removeEventListener throws: the add Wix made resolves with its response, once', async () => {
    const api = cart()
    const signal = signalWith({ removeEventListener: throwing('remove') })
    const outcome = await settled(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal }))
    expect(outcome).toMatchObject({ resolved: { cart: { _id: 'cart-1' } } })
    expect(api.calls).toHaveLength(1)
  })

  it('a signal whose removeEventListener throws: a failed call still rejects with what Wix answered', async () => {
    const signal = signalWith({ removeEventListener: throwing('remove') })
    const api = { addToCurrentCart: () => Promise.reject({ status: 404, details: {}, message: 'Not Found' }) }
    const error = await wixError(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal }))
    expect([error.code, error.status]).toStrictEqual(['404', 404])
  })

  it('a signal that aborts while its listener is added is "before the call": nothing sent', async () => {
    const controller = new AbortController()
    const signal = signalWith(
      {
        addEventListener: {
          value: (type: string, listener: () => void) => {
            EventTarget.prototype.addEventListener.call(controller.signal, type, listener)
            controller.abort('while listening')
          },
        },
      },
      controller,
    )
    const api = cart()
    const error = await wixError(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal }))
    expect([error.code, error.cause]).toStrictEqual(['ABORTED', 'while listening'])
    expect(error.message).toMatch(/before the call: nothing was sent to Wix\.$/)
    expect(api.calls).toHaveLength(0)
  })
})

describe('10. an abort at any time during the call is noticed, without timeoutMs', () => {
  it('an abort in the call’s synchronous part rejects with ABORTED (the request may have been sent), not a hang', async () => {
    const controller = new AbortController()
    let called = 0
    const api = {
      addToCurrentCart: () => {
        called++
        controller.abort('clicked away')
        return new Promise<never>(() => undefined)
      },
    }
    const error = await settled(
      addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal: controller.signal }),
    )
    expect(isWixRequestError(error)).toBe(true)
    expect([(error as WixRequestError).code, (error as WixRequestError).cause, called]).toStrictEqual([
      'ABORTED',
      'clicked away',
      1,
    ])
    expect((error as Error).message).toBe(
      'currentCart.addToCurrentCart failed (ABORTED): aborted by options.signal while waiting for Wix. The request may or may not have reached Wix: read the cart or checkout before trying again.',
    )
  })

  it('an abort in the synchronous part of a call that answers at once is ABORTED too, and its answer is not waited for', async () => {
    const controller = new AbortController()
    const api = {
      addToCurrentCart: () => {
        controller.abort()
        return Promise.reject(new Error('the answer came later'))
      },
    }
    const error = await settled(
      addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal: controller.signal }),
    )
    expect(isWixRequestError(error) && error.code).toBe('ABORTED')
  })

  it('a signal-shaped object that never dispatches "abort" is read again right after the synchronous part', async () => {
    const signal = { aborted: false, reason: 'gone', addEventListener() {}, removeEventListener() {} }
    const api = {
      addToCurrentCart: () => {
        signal.aborted = true
        return new Promise<never>(() => undefined)
      },
    }
    const error = await settled(addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], { signal } as never))
    expect(isWixRequestError(error) && [error.code, error.cause]).toStrictEqual(['ABORTED', 'gone'])
  })

  it('an abort after the answer changes nothing: the add resolves', async () => {
    const controller = new AbortController()
    const api = cart()
    const response = await addToCurrentCart(api, [{ catalogReference: CANDLE_REFERENCE }], {
      signal: controller.signal,
    })
    controller.abort()
    expect(response).toMatchObject({ cart: { _id: 'cart-1' } })
  })
})
