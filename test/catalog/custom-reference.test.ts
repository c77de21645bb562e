import { describe, expect, it } from 'vitest'
import {
  buildCustomCatalogReference,
  CatalogReferenceError,
  type CustomCatalogReferenceInput,
  safeBuildCustomCatalogReference,
} from '../../src/catalog/index.js'

const appId = '3b8658a6-3282-4b5e-ae0e-439113e20aef'
const catalogItemId = 'f95bd723-ea83-40f2-8cb8-accff2d54866'

function issues(input: unknown) {
  const result = safeBuildCustomCatalogReference(input as CustomCatalogReferenceInput)
  if (result.success) throw new Error('expected issues')
  return result.error.issues.map(({ code, path, message }) => ({ code, path, message }))
}

describe('buildCustomCatalogReference: the two approaches of the Wix docs', () => {
  it('options as key:value pairs', () => {
    expect(buildCustomCatalogReference({ appId, catalogItemId, options: { color: 'Green', size: 'M' } })).toStrictEqual(
      {
        catalogItemId,
        appId,
        options: { color: 'Green', size: 'M' },
      },
    )
  })

  it('options holding only your own variant id', () => {
    const options = { donationId: 'bf3b953d-d0b7-4755-a54e-13c167fc4484' }
    expect(buildCustomCatalogReference({ appId, catalogItemId, options })).toStrictEqual({
      catalogItemId,
      appId,
      options,
    })
  })

  it('leaves options out when absent, null or empty', () => {
    for (const options of [undefined, null, {}, { note: undefined }]) {
      expect(buildCustomCatalogReference({ appId, catalogItemId, options })).toStrictEqual({ catalogItemId, appId })
    }
  })

  it('keeps nested JSON: arrays, objects, numbers, booleans, null', () => {
    const options = { lines: [{ qty: 2, gift: true }], note: null, amount: 12.5 }
    expect(buildCustomCatalogReference({ appId, catalogItemId, options }).options).toStrictEqual(options)
  })

  it('returns a fresh copy and never changes its input', () => {
    const options = { nested: { size: 'M' } }
    const input = Object.freeze({ appId, catalogItemId, options: Object.freeze(options) })
    const reference = buildCustomCatalogReference(input)
    expect(reference.options).not.toBe(options)
    expect(reference.options?.['nested']).not.toBe(options.nested)
    options.nested.size = 'L'
    expect(reference.options).toStrictEqual({ nested: { size: 'M' } })
  })

  it('accepts upper-case GUIDs and catalogItemIds of 1 and 36 characters', () => {
    expect(buildCustomCatalogReference({ appId: appId.toUpperCase(), catalogItemId: 'x' }).catalogItemId).toBe('x')
    expect(buildCustomCatalogReference({ appId, catalogItemId: 'x'.repeat(36) }).catalogItemId).toHaveLength(36)
  })
})

describe('buildCustomCatalogReference: invalid references', () => {
  it('throws a CatalogReferenceError with invalid_reference issues', () => {
    expect(() => buildCustomCatalogReference({ appId: 'stores', catalogItemId })).toThrow(CatalogReferenceError)
    expect(issues({ appId: 'stores', catalogItemId })).toStrictEqual([
      {
        code: 'invalid_reference',
        path: ['appId'],
        message: `appId must be your app's id from the app dashboard, a GUID such as "${appId}"; got "stores".`,
      },
    ])
  })

  it('checks catalogItemId is 1 to 36 characters', () => {
    expect(issues({ appId, catalogItemId: '' })[0]?.message).toBe('catalogItemId must be 1 to 36 characters; got 0.')
    expect(issues({ appId, catalogItemId: 'x'.repeat(37) })[0]?.message).toBe(
      'catalogItemId must be 1 to 36 characters; got 37.',
    )
    expect(issues({ appId, catalogItemId: 42 })[0]?.message).toBe(
      "catalogItemId must be the item's id in your catalog, a string of 1 to 36 characters; got 42.",
    )
  })

  it('reports every issue at once, including unknown fields', () => {
    expect(issues({ appid: appId, catalogItemId: '', option: {} }).map((issue) => issue.path)).toStrictEqual([
      ['appid'],
      ['option'],
      ['appId'],
      ['catalogItemId'],
    ])
  })

  it('rejects what is not an object', () => {
    for (const input of [null, undefined, 'ref', [appId, catalogItemId], new Map()]) {
      expect(issues(input)).toHaveLength(1)
      expect(issues(input)[0]?.path).toStrictEqual([])
    }
    expect(issues(null)[0]?.message).toBe(
      'A custom catalogReference is an object { appId, catalogItemId, options? }; got null.',
    )
  })

  it('rejects options that are not a plain object', () => {
    for (const [options, got] of [
      ['size=M', '"size=M"'],
      [['M'], 'an array'],
      [new Map([['size', 'M']]), 'a Map'],
      [42, '42'],
    ] as const) {
      expect(issues({ appId, catalogItemId, options })).toStrictEqual([
        {
          code: 'invalid_reference',
          path: ['options'],
          message: `options must be a plain JSON object such as { "size": "M" } or { "variantId": "…" }; got ${got}.`,
        },
      ])
    }
  })

  it('rejects what JSON cannot carry, with a path to each value', () => {
    class Money {
      amount = 5
    }
    const options = {
      fn: () => 1,
      when: new Date(0),
      price: new Money(),
      nan: Number.NaN,
      big: 10n,
      list: [1, undefined],
      deep: { sym: Symbol('s') },
    }
    expect(issues({ appId, catalogItemId, options })).toStrictEqual([
      {
        code: 'invalid_reference',
        path: ['options', 'fn'],
        message:
          'options.fn is a function: options must be plain JSON (strings, finite numbers, booleans, null, arrays and plain objects).',
      },
      {
        code: 'invalid_reference',
        path: ['options', 'when'],
        message:
          'options.when is a Date: options must be plain JSON (strings, finite numbers, booleans, null, arrays and plain objects) (for a date, use its .toISOString()).',
      },
      {
        code: 'invalid_reference',
        path: ['options', 'price'],
        message:
          'options.price is a Money: options must be plain JSON (strings, finite numbers, booleans, null, arrays and plain objects).',
      },
      {
        code: 'invalid_reference',
        path: ['options', 'nan'],
        message: 'options.nan is NaN: JSON has no NaN or Infinity.',
      },
      {
        code: 'invalid_reference',
        path: ['options', 'big'],
        message: 'options.big is a bigint: JSON has none; use a string or a number.',
      },
      {
        code: 'invalid_reference',
        path: ['options', 'list', 1],
        message: 'options.list[1] is undefined: JSON has no undefined; use null or leave it out.',
      },
      {
        code: 'invalid_reference',
        path: ['options', 'deep', 'sym'],
        message:
          'options.deep.sym is a symbol: options must be plain JSON (strings, finite numbers, booleans, null, arrays and plain objects).',
      },
    ])
  })

  it('rejects cycles but accepts a value shared in two places', () => {
    const shared = { size: 'M' }
    expect(
      buildCustomCatalogReference({ appId, catalogItemId, options: { a: shared, b: shared } }).options,
    ).toStrictEqual({
      a: { size: 'M' },
      b: { size: 'M' },
    })
    const cyclic: Record<string, unknown> = { a: { b: {} } }
    ;((cyclic['a'] as Record<string, Record<string, unknown>>)['b'] as Record<string, unknown>)['c'] = cyclic['a']
    expect(issues({ appId, catalogItemId, options: cyclic })).toStrictEqual([
      {
        code: 'invalid_reference',
        path: ['options', 'a', 'b', 'c'],
        message: 'options.a.b.c refers back to options.a (a cycle): JSON cannot hold cycles.',
      },
    ])
  })

  it('fails fast on absurdly deep or large options', () => {
    let deep: Record<string, unknown> = {}
    const root = deep
    for (let i = 0; i < 100; i++) {
      const next = {}
      deep['x'] = next
      deep = next
    }
    expect(issues({ appId, catalogItemId, options: root })[0]?.message).toMatch(/is nested more than 32 levels deep/)
    const large = { list: Array.from({ length: 20_000 }, (_, i) => i) }
    const found = issues({ appId, catalogItemId, options: large })
    expect(found).toHaveLength(1)
    expect(found[0]?.message).toMatch(/holds more than 10000 values/)
  })

  it('names a class instance with the article it is read with: an AbortSignal, an Error, a URL, a Uint8Array', () => {
    const options = {
      signal: new AbortController().signal,
      error: new Error('no'),
      url: new URL('https://www.my-store.com/'),
      bytes: new Uint8Array(1),
      map: new Map(),
    }
    expect(issues({ appId, catalogItemId, options }).map((issue) => issue.message.split(':')[0])).toStrictEqual([
      'options.signal is an AbortSignal',
      'options.error is an Error',
      'options.url is a URL',
      'options.bytes is a Uint8Array',
      'options.map is a Map',
    ])
  })

  it('reports a getter that throws instead of throwing', () => {
    const options = {
      get broken(): string {
        throw new Error('no')
      },
    }
    expect(issues({ appId, catalogItemId, options })[0]).toStrictEqual({
      code: 'invalid_reference',
      path: ['options', 'broken'],
      message: 'options.broken could not be read (its getter threw): use plain data.',
    })
  })
})

describe('buildCustomCatalogReference: __proto__ keys', () => {
  it('copies a __proto__ key as an own property, without touching any prototype', () => {
    const options = JSON.parse('{"__proto__": {"polluted": true}, "size": "M"}') as Record<string, unknown>
    const reference = buildCustomCatalogReference({ appId, catalogItemId, options })
    expect(Object.keys(reference.options ?? {})).toStrictEqual(['__proto__', 'size'])
    expect(Object.getPrototypeOf(reference.options)).toBe(Object.prototype)
    expect(JSON.stringify(reference.options)).toBe('{"__proto__":{"polluted":true},"size":"M"}')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('accepts objects without a prototype', () => {
    const options = Object.assign(Object.create(null) as Record<string, unknown>, { size: 'M' })
    expect(buildCustomCatalogReference({ appId, catalogItemId, options }).options).toStrictEqual({ size: 'M' })
  })
})
