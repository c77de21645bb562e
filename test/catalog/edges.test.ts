/*
 * Issue 12, item 14: /catalog under hostile input. safeBuildCustomCatalogReference returns issues
 * (never throws) on Proxies; the handler's echo is a copy even when structuredClone cannot copy the
 * reference; a cycle in item data is an issue; arrays are refused by length, holes are missing entries.
 */
import { describe, expect, it } from 'vitest'
import {
  type CatalogItemData,
  type CatalogItemsPayload,
  CatalogReferenceError,
  createCatalogItemsHandler,
  safeBuildCustomCatalogReference,
} from '../../src/catalog/index.js'

const appId = '3b8658a6-3282-4b5e-ae0e-439113e20aef'
const catalogItemId = 'f95bd723-ea83-40f2-8cb8-accff2d54866'
const DATA: CatalogItemData = { productName: { original: 'Hat' }, itemType: { preset: 'PHYSICAL' }, price: '20.00' }

const ALL_TRAPS = [
  'get',
  'has',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'getPrototypeOf',
  'set',
  'defineProperty',
  'deleteProperty',
] as const

function throwingProxy(target: object = {}, traps: readonly string[] = ALL_TRAPS): object {
  const handler: ProxyHandler<object> = {}
  for (const trap of traps) {
    ;(handler as Record<string, () => never>)[trap] = () => {
      throw new Error(`trap ${trap}`)
    }
  }
  return new Proxy(target, handler)
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

async function rejection(promise: Promise<unknown>): Promise<CatalogReferenceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof CatalogReferenceError))
    throw new Error(`expected a CatalogReferenceError, got ${String(error)}`)
  return error
}

function payload(catalogReferences: unknown): CatalogItemsPayload {
  return { request: { catalogReferences }, metadata: {} } as CatalogItemsPayload
}

describe('safeBuildCustomCatalogReference returns issues for Proxies, never throws', () => {
  const good = { appId, catalogItemId, options: { size: 'M' } }
  const cases: [string, () => unknown][] = [
    ['a Proxy whose every trap throws', () => throwingProxy(good)],
    ...ALL_TRAPS.map((trap): [string, () => unknown] => [
      `a Proxy whose ${trap} trap throws`,
      () => throwingProxy(good, [trap]),
    ]),
    ['a revoked Proxy', revoked],
    ['options as a Proxy whose traps throw', () => ({ appId, catalogItemId, options: throwingProxy({ size: 'M' }) })],
    ['options as a revoked Proxy', () => ({ appId, catalogItemId, options: revoked() })],
    ['a nested revoked Proxy', () => ({ appId, catalogItemId, options: { deep: { deeper: revoked() } } })],
    [
      'a nested array Proxy whose ownKeys throws',
      () => ({ appId, catalogItemId, options: { list: throwingProxy([1, 2], ['ownKeys', 'get']) } }),
    ],
  ]
  it.each(cases)('%s', (_, make) => {
    const input = make() as Parameters<typeof safeBuildCustomCatalogReference>[0]
    let result: ReturnType<typeof safeBuildCustomCatalogReference> | undefined
    expect(() => (result = safeBuildCustomCatalogReference(input))).not.toThrow()
    // a transparent `set`/`defineProperty`/`deleteProperty` trap is never used: reading must succeed
    if (result?.success === true) {
      expect(result.data).toStrictEqual({ appId, catalogItemId, options: { size: 'M' } })
      return
    }
    expect(result?.error).toBeInstanceOf(CatalogReferenceError)
    expect(result?.error?.issues.length).toBeGreaterThan(0)
    for (const issue of result?.error?.issues ?? []) expect(issue.code).toBe('invalid_reference')
  })

  it('a Proxy with throwing traps is refused (not read as empty)', () => {
    const result = safeBuildCustomCatalogReference(throwingProxy(good) as never)
    expect(result.success).toBe(false)
  })
})

describe('createCatalogItemsHandler: the echo is a copy, whatever resolve does', () => {
  it('a reference structuredClone cannot copy (a Proxy) is still echoed as a copy, untouched by resolve', async () => {
    const reference = new Proxy({ appId, catalogItemId, options: { color: 'Green' } }, {})
    expect(() => structuredClone(reference)).toThrow()
    const handler = createCatalogItemsHandler((requests) => {
      ;(requests[0]?.catalogReference.options as Record<string, unknown>)['color'] = 'Edited'
      return [DATA]
    })
    const answer = await handler(payload([{ catalogReference: reference, quantity: 1 }]))
    expect(answer.catalogItems[0]?.catalogReference).toStrictEqual({
      appId,
      catalogItemId,
      options: { color: 'Green' },
    })
    expect(reference.options.color).toBe('Green')
  })

  it('resolve editing its plain requests does not reach the echo', async () => {
    const handler = createCatalogItemsHandler((requests) => {
      ;(requests[0]?.catalogReference as { catalogItemId: string }).catalogItemId = 'other'
      return [DATA]
    })
    const answer = await handler(payload([{ catalogReference: { appId, catalogItemId }, quantity: 2 }]))
    expect(answer.catalogItems.map((i) => i.catalogReference)).toStrictEqual([{ appId, catalogItemId }])
  })

  it('a cyclic unknown field in item data is an invalid_item_data issue, not a RangeError', async () => {
    const extra: Record<string, unknown> = { note: 'x' }
    extra['self'] = extra
    const handler = createCatalogItemsHandler(() => [{ ...DATA, extra }])
    const error = await rejection(handler(payload([{ catalogReference: { appId, catalogItemId }, quantity: 1 }])))
    expect(error.issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['invalid_item_data', [0, 'data', 'extra', 'self']],
    ])
    expect(error.issues[0]?.message).toMatch(/data\.extra\.self refers back to one of its parents \(a cycle\)/)
  })

  it('item data that is a Proxy with throwing traps is an issue', async () => {
    const handler = createCatalogItemsHandler(() => [throwingProxy(DATA)] as never)
    const error = await rejection(handler(payload([{ catalogReference: { appId, catalogItemId }, quantity: 1 }])))
    expect(error.issues.map((i) => i.code)).toStrictEqual(['invalid_item_data'])
  })

  it('a payload that is a Proxy with throwing traps is no payload: [] as for null, and resolve is not called', async () => {
    let calls = 0
    const handler = createCatalogItemsHandler(() => {
      calls++
      return []
    })
    await expect(handler(throwingProxy() as never)).resolves.toStrictEqual({ catalogItems: [] })
    await expect(handler({ request: revoked() } as never)).resolves.toStrictEqual({ catalogItems: [] })
    await expect(handler(null as never)).resolves.toStrictEqual({ catalogItems: [] })
    expect(calls).toBe(0)
  })

  it('a payload whose getter throws rejects with a CatalogReferenceError, not the getter’s error', async () => {
    const handler = createCatalogItemsHandler(() => [])
    const hostile = {
      get request(): never {
        throw new Error('getter')
      },
    }
    const error = await rejection(handler(hostile as never))
    expect(error.issues[0]?.message).toMatch(/could not be read/)
  })

  it('holes in catalogReferences are missing entries; the others are answered at their index', async () => {
    const entries: unknown[] = []
    entries[1] = { catalogReference: { appId, catalogItemId }, quantity: 1 }
    const handler = createCatalogItemsHandler((requests) => requests.map(() => DATA))
    const answer = await handler(payload(entries))
    expect(answer.catalogItems.map((i) => i.catalogReference)).toStrictEqual([{ appId, catalogItemId }])
  })

  it('a sparse catalogReferences of length 2**32-1 is refused at once, by its length', async () => {
    const entries: unknown[] = []
    entries.length = 2 ** 32 - 1
    const handler = createCatalogItemsHandler(() => [])
    const error = await rejection(handler(payload(entries)))
    expect(error.issues[0]?.message).toMatch(/4294967295 entries, more than 1000/)
  })

  it('resolve answering a huge sparse array is refused by its length', async () => {
    const found: unknown[] = []
    found.length = 2 ** 32 - 1
    const handler = createCatalogItemsHandler(() => found as never)
    const error = await rejection(handler(payload([{ catalogReference: { appId, catalogItemId }, quantity: 1 }])))
    expect(error.issues[0]?.message).toMatch(/got 4294967295 entries for 1 request/)
  })

  it('resolve answering a revoked Proxy rejects with a CatalogReferenceError, not a TypeError (found by npm run fuzz)', async () => {
    const { proxy, revoke } = Proxy.revocable({ a: 1 }, {})
    revoke()
    const handler = createCatalogItemsHandler(() => proxy as never)
    const error = await rejection(handler(payload([{ catalogReference: { appId, catalogItemId }, quantity: 1 }])))
    expect(error.issues.map((i) => [i.code, i.path])).toStrictEqual([['invalid_item_data', []]])
    expect(error.issues[0]?.message).toMatch(/got an object that is not a plain object for 1 request\./)
  })

  it('resolve rejecting with something that is not an Error rejects with a CatalogReferenceError (found by npm run fuzz)', async () => {
    const handler = createCatalogItemsHandler(
      () => ({ then: (_: unknown, reject: (e: unknown) => void) => reject(undefined) }) as never,
    )
    const error = await rejection(handler(payload([{ catalogReference: { appId, catalogItemId }, quantity: 1 }])))
    expect(error.issues.map((i) => [i.code, i.path])).toStrictEqual([['invalid_item_data', []]])
    expect(error.issues[0]?.message).toMatch(/^resolve's promise rejected with undefined, not an Error/)
  })

  it('resolve answering with holes: a hole is an item that does not exist', async () => {
    const handler = createCatalogItemsHandler(() => {
      const found: unknown[] = []
      found.length = 2
      found[1] = DATA
      return found as never
    })
    const references = [
      { catalogReference: { appId, catalogItemId: 'a' }, quantity: 1 },
      { catalogReference: { appId, catalogItemId: 'b' }, quantity: 1 },
    ]
    const answer = await handler(payload(references))
    expect(answer.catalogItems.map((i) => i.catalogReference.catalogItemId)).toStrictEqual(['b'])
  })
})

describe('text that is not well-formed Unicode is reported as such, never as "a Proxy or getter threw"', () => {
  const LONE = '\uD800'
  const one = [{ catalogReference: { appId, catalogItemId }, quantity: 1 }]
  async function issuesFor(media: unknown): Promise<[string, readonly (string | number)[], string][]> {
    const handler = createCatalogItemsHandler(() => [{ ...DATA, media } as CatalogItemData])
    const error = await rejection(handler(payload(one)))
    return error.issues.map((i) => [i.code, i.path, i.message])
  }

  it('a media filename with a lone surrogate: invalid_item_data at media.filename, saying why', async () => {
    expect(
      await issuesFor({ id: 'e3bc27_1~mv2.png', width: 720, height: 720, filename: `hat${LONE}.png` }),
    ).toStrictEqual([
      [
        'invalid_item_data',
        [0, 'data', 'media', 'filename'],
        `catalogReferences[0] (catalogItemId "${catalogItemId}"): data.media.filename must be well-formed Unicode: it holds a lone surrogate (half of a UTF-16 pair), which cannot be written into the image URL; got "hat\\ud800.png".`,
      ],
    ])
  })

  it('the text that names the file when there is no filename (altText, else the id) is checked at its own path', async () => {
    const altText = await issuesFor({ id: 'e3bc27_1~mv2.png', width: 1, height: 1, altText: `${LONE}hat` })
    expect(altText.map(([code, path]) => [code, path])).toStrictEqual([
      ['invalid_item_data', [0, 'data', 'media', 'altText']],
    ])
    const id = await issuesFor({ id: `e3bc27${LONE}`, width: 1, height: 1 })
    expect(id.map(([, path]) => path)).toStrictEqual([[0, 'data', 'media', 'id']])
    expect(id[0]?.[2]).toMatch(/must be well-formed Unicode/)
  })

  it('a wix:image string with a lone surrogate (its id, with no filename to stand for) is an issue at media', async () => {
    const issues = await issuesFor(`wix:image://v1/e3bc27${LONE}#originWidth=1&originHeight=1`)
    expect(issues.map(([code, path]) => [code, path])).toStrictEqual([['invalid_item_data', [0, 'data', 'media']]])
    expect(issues[0]?.[2]).toMatch(/media must be well-formed Unicode/)
  })

  it('well-formed text outside the BMP (a surrogate pair) is accepted and encoded', async () => {
    const handler = createCatalogItemsHandler(() => [
      { ...DATA, media: { id: 'e3bc27_1~mv2.png', width: 1, height: 1, filename: 'hat🎩.png' } },
    ])
    const answer = await handler(payload(one))
    expect(answer.catalogItems[0]?.data.media).toBe(
      'wix:image://v1/e3bc27_1~mv2.png/hat%F0%9F%8E%A9.png#originWidth=1&originHeight=1',
    )
  })
})
