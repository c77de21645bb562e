/*
 * The ISO dates and http(s) URLs of an item's data are checked by zod/mini's own formats
 * (`z.iso.datetime`, `z.iso.date`, `z.httpUrl`), not by hand-written patterns: these pin what they
 * accept and reject.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  type CatalogItemData,
  type CatalogItemsPayload,
  createCatalogItemsHandler,
  isCatalogReferenceError,
} from '../../src/catalog/index.js'

const request = JSON.parse(readFileSync(new URL('./fixtures/variant-id-flow.request.json', import.meta.url), 'utf8'))
const base = { productName: { original: 'Sun hat' }, itemType: { preset: 'SERVICE' }, price: '20.00' } as const

async function answer(data: Record<string, unknown>): Promise<Record<string, unknown> | string[]> {
  try {
    const { catalogItems } = await createCatalogItemsHandler(async () => [{ ...base, ...data } as CatalogItemData])({
      request,
    } as CatalogItemsPayload)
    return catalogItems[0]?.data as unknown as Record<string, unknown>
  } catch (error) {
    if (!isCatalogReferenceError(error)) throw error
    return error.issues.map((issue) => issue.path.join('.'))
  }
}

describe('scheduledDate: an ISO-8601 date-time or date (zod/mini iso formats)', () => {
  it.each([
    ['2025-07-01T10:00:00Z', '2025-07-01T10:00:00.000Z'],
    ['2025-07-01T10:00:00.123Z', '2025-07-01T10:00:00.123Z'],
    ['2025-07-01T12:00:00+02:00', '2025-07-01T10:00:00.000Z'],
    ['2025-07-01', '2025-07-01T00:00:00.000Z'],
  ])('accepts %s as a Date', async (input, iso) => {
    const data = await answer({ serviceProperties: { scheduledDate: input } })
    expect(Array.isArray(data)).toBe(false)
    const date = (data as { serviceProperties: { scheduledDate: unknown } }).serviceProperties.scheduledDate
    expect(date).toBeInstanceOf(Date)
    expect((date as Date).toISOString()).toBe(iso)
  })

  it.each([
    'tomorrow',
    '2025-13-01',
    '2025-07-01T25:00:00Z',
    '01/07/2025',
    '2025-07-01T10:00:00 UTC',
    '2025-07-01 10:00:00',
    '2025-07-01T10:00:00+0200',
    '',
  ])('rejects %j', async (input) => {
    expect(await answer({ serviceProperties: { scheduledDate: input } })).toStrictEqual([
      '0.data.serviceProperties.scheduledDate',
    ])
  })
})

describe('url: an http(s) URL (zod/mini httpUrl)', () => {
  it.each(['https://www.my-store.com/product-page/sun-hat', 'http://shop.example.com/a?b=c'])(
    'accepts %s',
    async (url) => {
      expect(await answer({ url })).toMatchObject({ url })
    },
  )

  it.each([
    'ftp://www.my-store.com/x',
    'javascript:alert(1)',
    'www.my-store.com/x',
    'https://',
    '/product-page/sun-hat',
  ])('rejects %j', async (url) => {
    expect(await answer({ url })).toStrictEqual(['0.data.url'])
    expect(await answer({ url: { url, relativePath: '/x' } })).toStrictEqual(['0.data.url'])
  })
})
