/*
 * "Your objects are never touched" and "never sends something else", through the REAL @wix/sdk
 * client and @wix/ecom modules, msw standing in for Wix over HTTP. The fake Wix does not copy back
 * what it was sent: it answers the way Wix would, from its own catalog (the product fixtures) — it
 * looks each reference up, refuses one that does not name every option (or an unknown variant), and
 * answers Cart V1 lines in REST form (`id`, which the SDK renames to `_id`) whose description lines
 * say which choices it understood. So an option the wrapper dropped or changed fails a test.
 * Inputs: deep-frozen items with nested arrays, class instances, objects from another realm
 * (node:vm), a V1 option named `__proto__`, signals that fail and a quantity that throws when shown.
 */
import { runInNewContext } from 'node:vm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { addToCurrentCart, isCatalogReferenceError, type CartItem } from '../../src/ecom/index.js'
import { STORES_APP_ID } from '../../src/index.js'
import type { CatalogProduct } from '../../src/index.js'
import candleJson from '../fixtures/candle-unmanaged.rest.json'
import tshirtJson from '../fixtures/tshirt-managed.rest.json'
import { answer, apiRequests, json, newClient, requests, server } from './wix-server.js'

type Loose = Record<string, any>

const candle = candleJson as Loose
const tshirt = tshirtJson as Loose
/** The candle with its first option renamed `__proto__` (valid for Wix: option names are free text). */
const PROTO_CANDLE_ID = '6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9a'
const protoCandle = JSON.parse(
  JSON.stringify(candleJson).replaceAll('"Scent"', '"__proto__"').replace(candle['id'], PROTO_CANDLE_ID),
) as Loose

/** The fake Wix's catalog: what it knows, independently of what the wrapper sends. */
const CATALOG = new Map<string, Loose>([
  [candle['id'], candle],
  [tshirt['id'], tshirt],
  [PROTO_CANDLE_ID, protoCandle],
])

class WixRefusal extends Error {}

function own(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null && Object.hasOwn(record, key)
    ? (record as Loose)[key]
    : undefined
}

/** The description lines Wix would show for one requested line, or a refusal (as Wix answers 400). */
function describeLine(reference: Loose): { name: { original: string }; plainText: { original: string } }[] {
  const product = CATALOG.get(reference['catalogItemId'])
  if (reference['appId'] !== STORES_APP_ID || product === undefined) throw new WixRefusal('PRODUCT_NOT_FOUND')
  const options = (reference['options'] ?? {}) as Loose
  const lines: { name: { original: string }; plainText: { original: string } }[] = []
  if (product['manageVariants'] === true) {
    const variant = (product['variants'] as Loose[]).find((v) => v['id'] === options['variantId'])
    if (variant === undefined) throw new WixRefusal('VARIANT_NOT_FOUND')
    for (const option of product['productOptions'] as Loose[]) {
      const value = own(variant['choices'], option['name'])
      const choice = (option['choices'] as Loose[]).find((c) => c['description'] === value || c['value'] === value)
      lines.push({ name: { original: option['name'] }, plainText: { original: choice?.['description'] } })
    }
  } else {
    for (const option of product['productOptions'] as Loose[]) {
      const given = own(options['options'], option['name'])
      const choice = (option['choices'] as Loose[]).find((c) => c['description'] === given)
      if (choice === undefined) throw new WixRefusal(`OPTION_NOT_CHOSEN: ${option['name']}`)
      lines.push({ name: { original: option['name'] }, plainText: { original: choice['description'] } })
    }
  }
  for (const field of (product['customTextFields'] ?? []) as Loose[]) {
    const text = own(options['customTextFields'], field['title'])
    if (typeof text === 'string') lines.push({ name: { original: field['title'] }, plainText: { original: text } })
  }
  return lines
}

/** Wix's answer to add-to-cart (Cart V1) or add-line-items (Cart V2), built from its catalog (REST names: `id`). */
function wixAnswer(body: unknown): Response {
  try {
    const v2 = Object.hasOwn(body as Loose, 'catalogItems')
    const lineItems = ((body as Loose)[v2 ? 'catalogItems' : 'lineItems'] as Loose[]).map((line, i) => {
      const common = {
        id: `00000000-0000-0000-0000-00000000000${i + 1}`,
        descriptionLines: describeLine(line['catalogReference']),
      }
      return v2
        ? {
            ...common,
            source: { catalogReference: line['catalogReference'] },
            quantityInfo: { confirmedQuantity: line['quantity'] },
            status: 'IN_STOCK',
          }
        : {
            ...common,
            quantity: line['quantity'],
            catalogReference: line['catalogReference'],
            availability: { status: 'AVAILABLE' },
          }
    })
    return json({ cart: { id: 'ba47a627-7bb8-4918-89b2-6a72af464765', lineItems } })
  } catch (error) {
    const code = error instanceof WixRefusal ? error.message : 'INVALID_ARGUMENT'
    return json({ message: code, details: { applicationError: { code, description: code } } }, 400)
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Loose)[key])
  }
  return value
}

/** What the buyer sees in the cart for each line: `Name: choice` texts. */
function shown(response: unknown): string[][] {
  return ((response as Loose)['cart']['lineItems'] as Loose[]).map((line) =>
    (line['descriptionLines'] as Loose[]).map((d) => `${d['name']['original']}: ${d['plainText']['original']}`),
  )
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
})
afterAll(() => server.close())

describe('through @wix/sdk: the cart gets exactly what the buyer chose, and the caller’s objects are untouched', () => {
  it('the fake Wix refuses a line that lost an option (so a dropped option fails these tests)', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', wixAnswer)
    const client = newClient()
    const dropped = {
      catalogItemId: candle['id'],
      appId: STORES_APP_ID,
      options: { options: { 'Jar color': 'Amber' } },
    }
    await expect(
      client.currentCart.addToCurrentCart({ lineItems: [{ catalogReference: dropped, quantity: 1 }] }),
    ).rejects.toMatchObject({
      details: { applicationError: { code: 'OPTION_NOT_CHOSEN: Scent' } },
    })
  })

  it('deep-frozen items with nested arrays: the cart shows every choice, nothing the caller owns changes', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', wixAnswer)
    const items = deepFreeze([
      {
        product: candleJson as CatalogProduct,
        selection: {
          options: { Scent: 'Vanilla', 'Jar color': '#FFBF00' },
          modifiers: { 'Personalized label (optional)': 'Mia' },
          quantity: 2,
        },
        extendedFields: { namespaces: { '@acme/gifts': { id: 'g-1', tags: [['a', { id: 'n' }], []] } } },
      },
      {
        product: tshirtJson as CatalogProduct,
        selection: { options: { Size: 'M', Color: 'Black' }, modifiers: { 'Name to print on the back': 'ALEX' } },
      },
    ] satisfies CartItem[])
    const before = JSON.stringify(items)
    const response = await addToCurrentCart(newClient().currentCart, items)
    expect(JSON.stringify(items)).toBe(before)
    expect(shown(response)).toStrictEqual([
      ['Scent: Vanilla', 'Jar color: Amber', 'Personalized label (optional): Mia'],
      ['Size: M', 'Color: Black', 'Name to print on the back: ALEX'],
    ])
    // the SDK renamed Wix's `id`s to `_id` in the answer, and `id` → `id` on the way out: both on copies
    const sent = apiRequests()[0]?.body as Loose
    expect(sent['lineItems'][0]['extendedFields']).toStrictEqual({
      namespaces: { '@acme/gifts': { id: 'g-1', tags: [['a', { id: 'n' }], []] } },
    })
    expect((response as Loose)['cart']['lineItems'].map((l: Loose) => [l['_id'], l['quantity']])).toStrictEqual([
      ['00000000-0000-0000-0000-000000000001', 2],
      ['00000000-0000-0000-0000-000000000002', 1],
    ])
  })

  it('Cart V2 (currentCartV2): the same, through POST /ecom/v2/carts/current/add-line-items', async () => {
    answer('POST', '/ecom/v2/carts/current/add-line-items', wixAnswer)
    const items = deepFreeze([
      {
        product: candleJson as CatalogProduct,
        selection: { options: { Scent: 'Cedarwood', 'Jar color': 'Clear' }, quantity: 3 },
        extendedFields: { namespaces: { '@acme/notes': { id: 'img', list: [[1, 2], [{ id: 'x' }]] } } },
      },
    ] satisfies CartItem[])
    const before = JSON.stringify(items)
    const response = await addToCurrentCart(newClient().currentCartV2, items)
    expect(JSON.stringify(items)).toBe(before)
    expect(shown(response)).toStrictEqual([['Scent: Cedarwood', 'Jar color: Clear']])
    expect((response as Loose)['cart']['lineItems'][0]['quantityInfo']['confirmedQuantity']).toBe(3)
    expect((apiRequests()[0]!.body as Loose)['catalogItems'][0]['extendedFields']).toStrictEqual({
      namespaces: { '@acme/notes': { id: 'img', list: [[1, 2], [{ id: 'x' }]] } },
    })
  })

  it('an option named __proto__: the SDK would send another item, so the wrapper refuses it and nothing is sent', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', wixAnswer)
    const client = newClient()
    // what the SDK does with such a key: Wix receives "[object Object]" instead of "__proto__"
    const reference = {
      catalogItemId: PROTO_CANDLE_ID,
      appId: STORES_APP_ID,
      options: { options: JSON.parse('{ "__proto__": "Vanilla", "Jar color": "Amber" }') },
    }
    await expect(
      client.currentCart.addToCurrentCart({ lineItems: [{ catalogReference: reference, quantity: 1 }] }),
    ).rejects.toMatchObject({
      details: { applicationError: { code: 'OPTION_NOT_CHOSEN: __proto__' } },
    })
    expect(
      Object.keys((apiRequests()[0]!.body as Loose)['lineItems'][0]['catalogReference']['options']['options']),
    ).toContain('[object Object]')
    requests.length = 0
    const selection = {
      options: JSON.parse('{ "__proto__": "Vanilla", "Jar color": "#FFBF00" }') as Record<string, string>,
    }
    const error = await addToCurrentCart(client.currentCart, [
      { product: protoCandle as CatalogProduct, selection },
    ]).catch((e: unknown) => e)
    expect(isCatalogReferenceError(error)).toBe(true)
    expect(apiRequests()).toHaveLength(0)
  })

  it('a selection from another realm (node:vm): Wix gets the buyer’s quantity and choices', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', wixAnswer)
    const selection = runInNewContext(
      '({ options: { Size: "M", Color: "Black" }, modifiers: { "Name to print on the back": "ALEX" }, quantity: 5 })',
    ) as object
    const before = JSON.stringify(selection)
    const response = await addToCurrentCart(newClient().currentCart, [
      { product: tshirtJson as CatalogProduct, selection },
    ])
    expect((response as Loose)['cart']['lineItems'][0]['quantity']).toBe(5)
    expect(shown(response)).toStrictEqual([['Size: M', 'Color: Black', 'Name to print on the back: ALEX']])
    expect(JSON.stringify(selection)).toBe(before)
  })

  it('class instances (a selection, a pass-through field) are refused: no request reaches Wix', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', wixAnswer)
    class Selection {
      options = { Size: 'M', Color: 'Black' }
      modifiers = { 'Name to print on the back': 'ALEX' }
      quantity = 5
    }
    class Namespaces {
      id = 'caller-owned'
    }
    const fields = new Namespaces()
    const error = await addToCurrentCart(newClient().currentCart, [
      { product: tshirtJson as CatalogProduct, selection: new Selection() },
      {
        product: candleJson as CatalogProduct,
        selection: { options: { Scent: 'Vanilla', 'Jar color': '#FFBF00' } },
        extendedFields: { namespaces: fields },
      },
    ]).catch((e: unknown) => e)
    expect(isCatalogReferenceError(error)).toBe(true)
    expect((error as { issues: { path: unknown }[] }).issues.map((i) => i.path)).toStrictEqual([
      [0, 'selection'],
      [1, 'extendedFields', 'namespaces'],
    ])
    expect(apiRequests()).toHaveLength(0)
    expect(fields).toStrictEqual(Object.assign(new Namespaces(), { id: 'caller-owned' }))
  })

  it('a signal that cannot be listened to, or a quantity that throws when shown: refused, and no request at all', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', wixAnswer)
    const candleItem = {
      product: candleJson as CatalogProduct,
      selection: { options: { Scent: 'Vanilla', 'Jar color': '#FFBF00' } },
    }
    const signal = Object.defineProperty(new AbortController().signal, 'addEventListener', {
      value: () => {
        throw new Error('add')
      },
    })
    const refusedSignal = await addToCurrentCart(newClient().currentCart, [candleItem], { signal }).catch(
      (e: unknown) => e,
    )
    expect(refusedSignal).toBeInstanceOf(TypeError)
    const quantity = Object.assign(() => 2, {
      toString(): never {
        throw 'toString'
      },
    })
    const refusedQuantity = await addToCurrentCart(newClient().currentCart, [
      { ...candleItem, quantity: quantity as unknown as number },
    ]).catch((e: unknown) => e)
    expect(isCatalogReferenceError(refusedQuantity)).toBe(true)
    expect(requests).toHaveLength(0) // not even the visitor token
  })

  it('a signal whose removeEventListener throws: the line Wix added comes back, from one request', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', wixAnswer)
    const signal = Object.defineProperty(new AbortController().signal, 'removeEventListener', {
      value: () => {
        throw new Error('remove')
      },
    })
    const response = await addToCurrentCart(
      newClient().currentCart,
      [{ product: candleJson as CatalogProduct, selection: { options: { Scent: 'Vanilla', 'Jar color': '#FFBF00' } } }],
      { signal },
    )
    expect(shown(response)).toStrictEqual([['Scent: Vanilla', 'Jar color: Amber']])
    expect(apiRequests()).toHaveLength(1)
  })
})
