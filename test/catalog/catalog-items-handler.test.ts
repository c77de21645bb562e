import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import {
  type CatalogItemData,
  type CatalogItemsPayload,
  type CatalogItemsResolver,
  CatalogReferenceError,
  createCatalogItemsHandler,
  isCatalogReferenceError,
} from '../../src/catalog/index.js'

/* The request and response of the Wix docs' "Get Catalog Items" examples, verbatim. */
function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))
}
const docsRequest = fixture('get-catalog-items.request.json')
const docsResponse = fixture('get-catalog-items.response.json')

/** The docs' item data, with the `<MY_STORE>` placeholder filled in. */
function docsData(index: number): any {
  const data = structuredClone(docsResponse.catalogItems[index].data)
  data.url.url = data.url.url.replace('<MY_STORE>', 'my-store')
  return data
}

/** The docs' second item with a string price, as the schema (and the first item) have it. */
function tshirtData(): any {
  return { ...docsData(1), price: '80.00' }
}

function payload(request: unknown = docsRequest, metadata: unknown = { requestId: 'r-1', currency: 'USD' }) {
  return { request, metadata } as CatalogItemsPayload
}

async function rejection(promise: Promise<unknown>): Promise<CatalogReferenceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!isCatalogReferenceError(error)) throw new Error(`expected a CatalogReferenceError, got ${String(error)}`)
  return error
}

describe('createCatalogItemsHandler: the Wix docs example', () => {
  it('calls resolve once with every request, the currency, the weight unit and the metadata', async () => {
    const resolve = vi.fn<CatalogItemsResolver>(async () => [docsData(0), tshirtData()])
    await createCatalogItemsHandler(resolve)(payload())
    expect(resolve).toHaveBeenCalledTimes(1)
    expect(resolve).toHaveBeenCalledWith(
      [
        { catalogReference: docsRequest.catalogReferences[0].catalogReference, quantity: 1 },
        { catalogReference: docsRequest.catalogReferences[1].catalogReference, quantity: 1 },
      ],
      { currency: 'USD', weightUnit: 'KG', metadata: { requestId: 'r-1', currency: 'USD' } },
    )
  })

  it('answers each catalogReference exactly as received, with the data in the SDK shape', async () => {
    const handler = createCatalogItemsHandler(async () => [docsData(0), tshirtData()])
    const { catalogItems } = await handler(payload())
    expect(catalogItems.map((item) => item.catalogReference)).toStrictEqual(
      docsRequest.catalogReferences.map((entry: any) => entry.catalogReference),
    )
    expect(catalogItems[0]?.data).toStrictEqual({
      productName: { original: 'Simple Black Sun Hat' },
      url: 'https://www.my-store.com/product-page/sun-hat',
      itemType: { preset: 'PHYSICAL' },
      price: '20.00',
      physicalProperties: { sku: '227220141836', shippable: true },
      media:
        'wix:image://v1/e3bc27_6edeb786f2aa44b19d9abcb4d1f6bfd6~mv2.png/e3bc27_6edeb786f2aa44b19d9abcb4d1f6bfd6~mv2.png#originWidth=720&originHeight=720',
    })
    expect(catalogItems[1]?.data.descriptionLines).toStrictEqual(docsData(1).descriptionLines)
    expect(catalogItems[1]?.data.price).toBe('80.00')
  })

  it("rejects the docs' T-shirt as printed: its price is an object, not a decimal string", async () => {
    const handler = createCatalogItemsHandler(async () => [docsData(0), docsData(1)])
    const error = await rejection(handler(payload()))
    expect(error).toBeInstanceOf(CatalogReferenceError)
    expect(error.issues).toStrictEqual([
      {
        code: 'invalid_item_data',
        path: [1, 'data', 'price'],
        message:
          'catalogReferences[1] (catalogItemId "f95bd723-ea83-40f2-8cb8-accff2d54866"): data.price must be a non-negative decimal string such as "20.00"; got an object.',
      },
    ])
  })

  it("echoes the docs' variant-id flow reference as received (the docs' answer shows other options: a docs slip)", async () => {
    const request = fixture('variant-id-flow.request.json')
    const { catalogItems } = await createCatalogItemsHandler(async () => [tshirtData()])(payload(request))
    expect(catalogItems[0]?.catalogReference).toStrictEqual({
      appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef',
      catalogItemId: 'f95bd723-ea83-40f2-8cb8-accff2d54866',
      options: { variantId: 'c1988f6b-00a6-4e24-bd60-ce3054a54fbd' },
    })
  })
})

describe('createCatalogItemsHandler: items that do not exist', () => {
  it('leaves out the items resolve returns undefined or null for', async () => {
    const request = {
      ...docsRequest,
      catalogReferences: [...docsRequest.catalogReferences, docsRequest.catalogReferences[0]],
    }
    const { catalogItems } = await createCatalogItemsHandler(async () => [undefined, tshirtData(), null])(
      payload(request),
    )
    expect(catalogItems).toHaveLength(1)
    expect(catalogItems[0]?.catalogReference.catalogItemId).toBe('f95bd723-ea83-40f2-8cb8-accff2d54866')
  })

  it('answers { catalogItems: [] } when none exist', async () => {
    await expect(createCatalogItemsHandler(async () => [null, undefined])(payload())).resolves.toStrictEqual({
      catalogItems: [],
    })
  })

  it('answers { catalogItems: [] } without calling resolve when nothing is requested', async () => {
    const resolve = vi.fn<CatalogItemsResolver>(() => [])
    const handler = createCatalogItemsHandler(resolve)
    await expect(handler(payload({ catalogReferences: [] }))).resolves.toStrictEqual({ catalogItems: [] })
    await expect(handler(payload({}))).resolves.toStrictEqual({ catalogItems: [] })
    expect(resolve).not.toHaveBeenCalled()
  })

  it('skips entries without a usable catalogReference, and keeps the request index in paths', async () => {
    const request = {
      catalogReferences: [
        { quantity: 1 },
        { catalogReference: { appId: '3b8658a6-3282-4b5e-ae0e-439113e20aef' } },
        docsRequest.catalogReferences[1],
      ],
    }
    const resolve = vi.fn<CatalogItemsResolver>(async () => [{ ...tshirtData(), price: 80 }])
    const error = await rejection(createCatalogItemsHandler(resolve)(payload(request)))
    expect(resolve.mock.calls[0]?.[0]).toHaveLength(1)
    expect(error.issues[0]?.path).toStrictEqual([2, 'data', 'price'])
  })
})

describe('createCatalogItemsHandler: the echo', () => {
  it('is a snapshot taken before resolve runs: a resolver that mutates its input cannot change it', async () => {
    const request = structuredClone(docsRequest)
    const handler = createCatalogItemsHandler(async (requests) => {
      const options = requests[1]?.catalogReference.options as Record<string, unknown>
      options['size'] = 'XL'
      return [docsData(0), tshirtData()]
    })
    const { catalogItems } = await handler(payload(request))
    expect(catalogItems[1]?.catalogReference.options).toStrictEqual({ color: 'Green', size: 'M' })
  })

  it('keeps options keys such as __proto__ and _id as own properties', async () => {
    const request = JSON.parse(
      '{"catalogReferences":[{"catalogReference":{"appId":"3b8658a6-3282-4b5e-ae0e-439113e20aef","catalogItemId":"x","options":{"__proto__":{"a":1},"_id":"v"}}}]}',
    )
    const { catalogItems } = await createCatalogItemsHandler(async () => [tshirtData()])(payload(request))
    expect(JSON.stringify(catalogItems[0]?.catalogReference)).toBe(
      '{"appId":"3b8658a6-3282-4b5e-ae0e-439113e20aef","catalogItemId":"x","options":{"__proto__":{"a":1},"_id":"v"}}',
    )
    expect(({} as Record<string, unknown>)['a']).toBeUndefined()
  })
})

describe('createCatalogItemsHandler: validation of data', () => {
  async function issuesFor(data: unknown): Promise<readonly { path: readonly unknown[]; message: string }[]> {
    const error = await rejection(
      createCatalogItemsHandler(async () => [data as CatalogItemData])(
        payload(fixture('variant-id-flow.request.json')),
      ),
    )
    return error.issues.map((issue) => {
      expect(issue.code).toBe('invalid_item_data')
      return {
        path: issue.path,
        message: issue.message.replace(/^catalogReferences\[0\] \(catalogItemId "[^"]+"\): /, ''),
      }
    })
  }

  it('requires productName.original (1 to 200 characters), itemType and price', async () => {
    expect(await issuesFor({})).toStrictEqual([
      {
        path: [0, 'data', 'productName'],
        message: 'data.productName is required: an object { original: "…", translated?: "…" }.',
      },
      {
        path: [0, 'data', 'itemType'],
        message:
          'data.itemType is required: an object { preset: "PHYSICAL" } (preset: UNRECOGNISED, PHYSICAL, DIGITAL, GIFT_CARD, SERVICE) or { custom: "…" }.',
      },
      { path: [0, 'data', 'price'], message: 'data.price is required: a non-negative decimal string such as "20.00".' },
    ])
    const long = { ...tshirtData(), productName: { original: 'x'.repeat(201) } }
    expect(await issuesFor(long)).toStrictEqual([
      {
        path: [0, 'data', 'productName', 'original'],
        message: 'data.productName.original must be a string of 1 to 200 characters; got 201 characters.',
      },
    ])
  })

  it('takes itemType as a preset or a custom type, never both or neither', async () => {
    const custom = { ...tshirtData(), itemType: { custom: 'donation' } }
    const answered = await createCatalogItemsHandler(async () => [custom])(
      payload(fixture('variant-id-flow.request.json')),
    )
    expect(answered.catalogItems).toHaveLength(1)
    expect(answered.catalogItems[0]?.data.itemType).toStrictEqual({ custom: 'donation' })
    expect(answered.catalogItems[0]?.catalogReference).toStrictEqual(
      fixture('variant-id-flow.request.json').catalogReferences[0].catalogReference,
    )
    expect(await issuesFor({ ...tshirtData(), itemType: { preset: 'PHYSICAL', custom: 'x' } })).toStrictEqual([
      { path: [0, 'data', 'itemType'], message: 'data.itemType must have preset or custom, not both.' },
    ])
    expect((await issuesFor({ ...tshirtData(), itemType: {} }))[0]?.message).toBe(
      'data.itemType must have preset (UNRECOGNISED, PHYSICAL, DIGITAL, GIFT_CARD, SERVICE) or custom (your own type); got neither.',
    )
    expect((await issuesFor({ ...tshirtData(), itemType: { preset: 'physical' } }))[0]?.message).toBe(
      'data.itemType.preset must be one of UNRECOGNISED, PHYSICAL, DIGITAL, GIFT_CARD, SERVICE; got "physical".',
    )
  })

  it('takes prices as decimal strings only', async () => {
    for (const price of ['20', '20.00', '0', '0.5']) {
      const answered = await createCatalogItemsHandler(async () => [{ ...tshirtData(), price }])(
        payload(fixture('variant-id-flow.request.json')),
      )
      expect(answered.catalogItems.map((item) => item.data.price)).toStrictEqual([price])
    }
    for (const [price, got] of [
      [20, '20'],
      ['20,00', '"20,00"'],
      ['-1.00', '"-1.00"'],
      ['.5', '".5"'],
      ['$20', '"$20"'],
      ['', '""'],
    ] as const) {
      expect(await issuesFor({ ...tshirtData(), price })).toStrictEqual([
        {
          path: [0, 'data', 'price'],
          message: `data.price must be a non-negative decimal string such as "20.00"; got ${got}.`,
        },
      ])
    }
    expect((await issuesFor({ ...tshirtData(), fullPrice: 25 }))[0]?.path).toStrictEqual([0, 'data', 'fullPrice'])
  })

  it('takes description lines with plainText or colorInfo, not both or neither', async () => {
    const color = { name: { original: 'Color' }, colorInfo: { original: 'Green', code: '#00FF00' } }
    const answered = await createCatalogItemsHandler(async () => [{ ...tshirtData(), descriptionLines: [color] }])(
      payload(fixture('variant-id-flow.request.json')),
    )
    expect(answered.catalogItems[0]?.data.descriptionLines).toStrictEqual([color])
    const both = { name: { original: 'Color' }, plainText: { original: 'Green' }, colorInfo: { original: 'Green' } }
    const issues = await issuesFor({ ...tshirtData(), descriptionLines: [color, both, { name: { original: 'Size' } }] })
    expect(issues.map((issue) => issue.path)).toStrictEqual([
      [0, 'data', 'descriptionLines', 1],
      [0, 'data', 'descriptionLines', 2],
    ])
    expect(issues[0]?.message).toMatch(/^data\.descriptionLines\[1\] must have plainText or colorInfo, not both/)
    expect(issues[1]?.message).toMatch(/^data\.descriptionLines\[2\] must have plainText or colorInfo, got neither/)
  })

  it('takes media as a Media Manager image: the SDK string or the REST { id, width, height }', async () => {
    const handler = createCatalogItemsHandler(async (requests) =>
      requests.map((_, i) => ({
        ...tshirtData(),
        media: [
          'wix:image://v1/abc.png/hat.png#originWidth=10&originHeight=20',
          'wix:image://v1/abc.png#originWidth=10&originHeight=20',
          { id: 'abc.png', width: 10, height: 20, altText: 'A hat' },
        ][i],
      })),
    )
    const request = { catalogReferences: [0, 1, 2].map(() => docsRequest.catalogReferences[0]) }
    const { catalogItems } = await handler(payload(request))
    expect(catalogItems.map((item) => item.data.media)).toStrictEqual([
      'wix:image://v1/abc.png/hat.png#originWidth=10&originHeight=20',
      'wix:image://v1/abc.png/abc.png#originWidth=10&originHeight=20',
      'wix:image://v1/abc.png/A%20hat#originWidth=10&originHeight=20',
    ])
    expect(await issuesFor({ ...tshirtData(), media: 'https://example.com/hat.png' })).toStrictEqual([
      {
        path: [0, 'data', 'media'],
        message:
          'data.media must be a Wix Media Manager image: "wix:image://v1/<id>/<filename>#originWidth=<width>&originHeight=<height>" or { id, width, height }; got "https://example.com/hat.png".',
      },
    ])
    expect(await issuesFor({ ...tshirtData(), media: { id: 'abc.png', width: 0 } })).toStrictEqual([
      { path: [0, 'data', 'media', 'height'], message: 'data.media.height is required: a whole number ≥ 1.' },
      { path: [0, 'data', 'media', 'width'], message: 'data.media.width must be a whole number ≥ 1; got 0.' },
    ])
  })

  it('takes url as the full page URL, or the REST { url, relativePath } joined into one', async () => {
    const { catalogItems } = await createCatalogItemsHandler(async () => [
      { ...tshirtData(), url: { url: 'https://user.wixsite.com/shop', relativePath: '/product-page/t-shirt' } },
    ])(payload(fixture('variant-id-flow.request.json')))
    expect(catalogItems[0]?.data.url).toBe('https://user.wixsite.com/shop/product-page/t-shirt')
    expect(await issuesFor({ ...tshirtData(), url: '/product-page/t-shirt' })).toStrictEqual([
      {
        path: [0, 'data', 'url'],
        message:
          'data.url must be the item page\'s full URL, such as "https://www.my-store.com/product-page/sun-hat"; got "/product-page/t-shirt".',
      },
    ])
  })

  it('checks numbers, enums, dates and subscription rules, and reports every issue at once', async () => {
    const issues = await issuesFor({
      ...tshirtData(),
      quantityAvailable: 1.5,
      physicalProperties: { weight: -1 },
      paymentOption: 'CASH',
      serviceProperties: { scheduledDate: 'tomorrow', numberOfParticipants: 0 },
      subscriptionOptionInfo: { subscriptionSettings: { frequency: 'DAY', interval: 3 } },
      additionalFees: [{ name: 'x'.repeat(51), price: '1.00' }],
    })
    expect(issues.map((issue) => issue.message)).toStrictEqual([
      'data.quantityAvailable must be a whole number ≥ 0; got 1.5.',
      'data.physicalProperties.weight must be a finite number ≥ 0; got -1.',
      'data.subscriptionOptionInfo.subscriptionSettings.interval must be at least 7 when frequency is DAY; got 3.',
      'data.paymentOption must be one of FULL_PAYMENT_ONLINE, FULL_PAYMENT_OFFLINE, MEMBERSHIP, DEPOSIT_ONLINE, MEMBERSHIP_OFFLINE, MEMBERSHIP_ONLINE_WITH_OFFLINE_REMAINDER; got "CASH".',
      'data.serviceProperties.scheduledDate must be a valid Date or an ISO-8601 string such as "2025-07-01T10:00:00Z"; got "tomorrow".',
      'data.serviceProperties.numberOfParticipants must be a whole number ≥ 1; got 0.',
      'data.additionalFees[0].name must be a string of 0 to 50 characters; got 51 characters.',
    ])
  })

  it('turns an ISO scheduledDate into the Date the SDK expects, drops nulls and keeps unknown fields', async () => {
    const { catalogItems } = await createCatalogItemsHandler(async () => [
      {
        ...tshirtData(),
        fullPrice: null,
        serviceProperties: { scheduledDate: '2025-07-01T10:00:00Z', numberOfParticipants: 2 },
        futureField: { kept: true },
      } as CatalogItemData,
    ])(payload(fixture('variant-id-flow.request.json')))
    const data = catalogItems[0]?.data as unknown as Record<string, unknown>
    expect(data['serviceProperties']).toStrictEqual({
      scheduledDate: new Date('2025-07-01T10:00:00Z'),
      numberOfParticipants: 2,
    })
    expect('fullPrice' in data).toBe(false)
    expect(data['futureField']).toStrictEqual({ kept: true })
  })

  it('reports every invalid item, each path starting with its request index', async () => {
    const handler = createCatalogItemsHandler(async () => [{ ...docsData(0), price: 'free' }, docsData(1)])
    const error = await rejection(handler(payload()))
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([
      [0, 'data', 'price'],
      [1, 'data', 'price'],
    ])
    expect(error.issues[0]?.message).toBe(
      'catalogReferences[0] (catalogItemId "205c539b-fd89-4b0c-8d7e-55630f66e5f9"): data.price must be a non-negative decimal string such as "20.00"; got "free".',
    )
    expect(error.message).toContain('[invalid_item_data] 0.data.price')
  })

  it('says so when resolve returns { catalogReference, data } instead of the data', async () => {
    expect(await issuesFor({ catalogReference: {}, data: tshirtData() })).toStrictEqual([
      {
        path: [0, 'data'],
        message:
          "data looks like { catalogReference, data }: resolve must return each item's data itself (or undefined when it does not exist).",
      },
    ])
  })
})

describe('createCatalogItemsHandler: resolve', () => {
  it('must return one entry per request', async () => {
    const error = await rejection(createCatalogItemsHandler(async () => [docsData(0)])(payload()))
    expect(error.issues).toStrictEqual([
      {
        code: 'invalid_item_data',
        path: [],
        message:
          'resolve must return one entry per request, in the same order (the data, or undefined when the item does not exist): got 1 entries for 2 requests.',
      },
    ])
  })

  it('may be synchronous', async () => {
    const { catalogItems } = await createCatalogItemsHandler(() => [docsData(0), null])(payload())
    expect(catalogItems).toHaveLength(1)
  })

  it('passes its own errors through', async () => {
    const boom = new Error('database down')
    await expect(createCatalogItemsHandler(async () => Promise.reject(boom))(payload())).rejects.toBe(boom)
  })

  it('must be a function', () => {
    expect(() => createCatalogItemsHandler('nope' as never)).toThrow(TypeError)
  })

  it('gets the metadata currency when the request has none, and an empty metadata when Wix sent none', async () => {
    const resolve = vi.fn<CatalogItemsResolver>(() => [null])
    await createCatalogItemsHandler(resolve)(payload(fixture('variant-id-flow.request.json'), null))
    expect(resolve.mock.calls[0]?.[1]).toStrictEqual({ currency: 'USD', weightUnit: 'KG', metadata: {} })
    const { currency: _, ...noCurrency } = fixture('variant-id-flow.request.json')
    await createCatalogItemsHandler(resolve)(payload(noCurrency, { currency: 'EUR' }))
    expect(resolve.mock.calls[1]?.[1]).toMatchObject({ currency: 'EUR' })
  })
})
