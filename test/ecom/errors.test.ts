/*
 * Failures: Wix-shaped error answers through the real @wix/sdk client (msw), network failure,
 * a module used outside a client, invalid items (no call at all), and API misuse.
 */
import { currentCart, currentCartV2 } from '@wix/ecom'
import { HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  type CatalogReferenceError,
  WixRequestError,
  addToCart,
  addToCheckout,
  addToCurrentCart,
  createCart,
  createCheckout,
  isCatalogReferenceError,
  isWixRequestError,
} from '../../src/ecom/index.js'
import type { CartItem } from '../../src/ecom/index.js'
import type { CatalogProduct } from '../../src/index.js'
import coffeeJson from '../fixtures/coffee-docs.rest.json'
import tshirtJson from '../fixtures/tshirt-managed.sdk.json'
import { REQUEST_ID, answer, apiRequests, json, newClient, requests, server } from './wix-server.js'

const coffee: CatalogProduct = coffeeJson
const tshirt: CatalogProduct = tshirtJson
const CART_ID = 'ba47a627-7bb8-4918-89b2-6a72af464765'
const ADD_TO_CART = `/ecom/v1/carts/${CART_ID}/add-to-cart`
const COFFEE_ITEM: CartItem = { product: coffee, selection: { options: { Size: 'L', 'Box color': 'Blue' } } }

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
})
afterAll(() => server.close())

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to reject')
}

async function wixError(promise: Promise<unknown>): Promise<WixRequestError> {
  const error = await rejection(promise)
  expect(error).toBeInstanceOf(WixRequestError)
  expect(isWixRequestError(error)).toBe(true)
  return error as WixRequestError
}

describe('Wix error answers become WixRequestError', () => {
  it('400 with an applicationError: its code, the status, the request id, a readable message', async () => {
    answer('POST', ADD_TO_CART, () =>
      json(
        {
          message: 'Cart not found',
          details: {
            applicationError: { code: 'CART_NOT_FOUND', description: `Cart ${CART_ID} does not exist`, data: {} },
          },
        },
        400,
      ),
    )
    const error = await wixError(addToCart(newClient().cart, CART_ID, [COFFEE_ITEM]))

    expect(error.name).toBe('WixRequestError')
    expect(error.operation).toBe('cart.addToCart')
    expect(error.status).toBe(400)
    expect(error.code).toBe('CART_NOT_FOUND')
    expect(error.requestId).toBe(REQUEST_ID)
    expect(error.fieldViolations).toStrictEqual([])
    expect(error.message).toBe(
      `cart.addToCart failed (HTTP 400 CART_NOT_FOUND): Cart not found: Cart ${CART_ID} does not exist [request id ${REQUEST_ID}]`,
    )
    expect(error.cause).toMatchObject({
      status: 400,
      requestId: REQUEST_ID,
      details: { applicationError: { code: 'CART_NOT_FOUND' } },
    })
    expect(apiRequests()).toHaveLength(1) // no retry
  })

  it('400 with a validationError: the field violations, the status as code', async () => {
    answer('POST', ADD_TO_CART, () =>
      json(
        {
          message: 'INVALID_ARGUMENT',
          details: {
            validationError: {
              fieldViolations: [
                {
                  field: 'lineItems[0].quantity',
                  description: 'must be at most 100000',
                  violatedRule: 'MAX',
                  ruleName: 'MAX',
                  data: { threshold: 100000 },
                },
              ],
            },
          },
        },
        400,
      ),
    )
    const error = await wixError(addToCart(newClient().cart, CART_ID, [COFFEE_ITEM]))

    expect(error.status).toBe(400)
    expect(error.code).toBe('400')
    expect(error.fieldViolations).toStrictEqual([
      // the SDK maps Wix's field path to the argument's: options.lineItems[0].quantity
      {
        field: 'options.lineItems[0].quantity',
        description: 'must be at most 100000',
        violatedRule: 'MAX',
        ruleName: 'MAX',
        data: { threshold: 100000 },
      },
    ])
    expect(error.message).toBe(
      `cart.addToCart failed (HTTP 400): INVALID_ARGUMENT: "options.lineItems[0].quantity" must be at most 100000 [request id ${REQUEST_ID}]`,
    )
    expect(apiRequests()).toHaveLength(1)
  })

  it('404 without a body: code "404"', async () => {
    answer(
      'POST',
      ADD_TO_CART,
      () =>
        new HttpResponse(null, { status: 404, statusText: 'Not Found', headers: { 'x-wix-request-id': REQUEST_ID } }),
    )
    const error = await wixError(addToCart(newClient().cart, CART_ID, [COFFEE_ITEM]))

    expect(error.status).toBe(404)
    expect(error.code).toBe('404')
    expect(error.requestId).toBe(REQUEST_ID)
    expect(error.message).toBe(`cart.addToCart failed (HTTP 404): Not Found [request id ${REQUEST_ID}]`)
  })

  it('500: code "500", no retry', async () => {
    answer('POST', '/ecom/v1/carts/current/add-to-cart', () => json({ message: 'Internal error', details: {} }, 500))
    const error = await wixError(addToCurrentCart(newClient().currentCart, [COFFEE_ITEM]))

    expect(error.operation).toBe('currentCart.addToCurrentCart')
    expect(error.status).toBe(500)
    expect(error.code).toBe('500')
    expect(error.message).toBe(
      `currentCart.addToCurrentCart failed (HTTP 500): Internal error [request id ${REQUEST_ID}]`,
    )
    expect(apiRequests()).toHaveLength(1)
  })

  it('Cart V2 errors name the V2 operation', async () => {
    answer('POST', '/ecom/v2/carts', () =>
      json(
        {
          message: 'Too many items',
          details: { applicationError: { code: 'MAX_LINE_ITEMS_EXCEEDED', description: 'Too many items', data: {} } },
        },
        400,
      ),
    )
    const error = await wixError(createCart(newClient().cartV2, [COFFEE_ITEM]))

    expect(error.operation).toBe('cartV2.createCart')
    expect(error.code).toBe('MAX_LINE_ITEMS_EXCEEDED')
    expect(error.message).toBe(
      `cartV2.createCart failed (HTTP 400 MAX_LINE_ITEMS_EXCEEDED): Too many items [request id ${REQUEST_ID}]`,
    )
  })

  it('a network failure: code NETWORK_ERROR, no status, the fetch TypeError as cause, one attempt', async () => {
    answer('POST', '/ecom/v1/checkouts', () => HttpResponse.error())
    const error = await wixError(createCheckout(newClient().checkout, [COFFEE_ITEM], { channelType: 'WEB' }))

    expect(error.operation).toBe('checkout.createCheckout')
    expect(error.code).toBe('NETWORK_ERROR')
    expect(error.status).toBeUndefined()
    expect(error.requestId).toBeUndefined()
    expect(error.cause).toBeInstanceOf(TypeError)
    expect(error.message).toBe(
      'checkout.createCheckout failed (NETWORK_ERROR): no response from Wix. The request may or may not have reached Wix: read the cart or checkout before trying again.',
    )
    expect(apiRequests()).toHaveLength(1)
  })

  it('a raw fetch TypeError (no SDK in between) is a network failure too, with its cause', async () => {
    const failing = {
      addToCheckout: async (): Promise<never> => {
        throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND www.wixapis.com') })
      },
    }
    const error = await wixError(addToCheckout(failing, 'checkout-1', [COFFEE_ITEM]))
    expect(error.code).toBe('NETWORK_ERROR')
    expect(error.message).toContain('no response from Wix (getaddrinfo ENOTFOUND www.wixapis.com)')
  })

  it('a Velo-style error (details.applicationError, no status) keeps its code', async () => {
    const velo = {
      addToCurrentCart: async (): Promise<never> => {
        throw Object.assign(new Error('Product not found'), {
          details: { applicationError: { code: 'PRODUCT_NOT_FOUND', description: 'Product not found' } },
        })
      },
    }
    const error = await wixError(addToCurrentCart(velo, [COFFEE_ITEM]))
    expect(error.status).toBeUndefined()
    expect(error.code).toBe('PRODUCT_NOT_FOUND')
    expect(error.message).toBe('currentCart.addToCurrentCart failed (PRODUCT_NOT_FOUND): Product not found')
  })

  it('other errors pass through unchanged', async () => {
    const bug = new RangeError('something else')
    const api = {
      addToCurrentCart: (): never => {
        throw bug
      },
    }
    expect(await rejection(addToCurrentCart(api, [COFFEE_ITEM]))).toBe(bug)
  })
})

describe('a module used outside a client', () => {
  it('throws a TypeError that says to use createClient, and sends nothing', async () => {
    const error = await rejection(addToCurrentCart(currentCart, [COFFEE_ITEM]))
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toBe(
      'currentCart.addToCurrentCart returned a function instead of a promise, so nothing was sent to Wix: the "currentCart" module ' +
        'was used outside a Wix client. Use createClient({ modules: { currentCart } }) (with its auth, e.g. OAuthStrategy({ clientId })) ' +
        'and pass client.currentCart.',
    )
    expect(requests).toHaveLength(0)
  })

  it('names the Cart V2 module', async () => {
    const error = await rejection(addToCurrentCart(currentCartV2, [COFFEE_ITEM]))
    expect((error as Error).message).toContain('createClient({ modules: { currentCartV2 } })')
    expect(requests).toHaveLength(0)
  })
})

describe('invalid items: one CatalogReferenceError, nothing sent', () => {
  it('collects every item’s issues with the item index in front of each path', async () => {
    const error = await rejection(
      addToCurrentCart(newClient().currentCart, [
        COFFEE_ITEM,
        { product: coffee, selection: { options: { Size: 'XL' } } },
        { product: tshirt, selection: { options: { Size: 'M', Color: 'Black' }, quantity: 0 } },
      ]),
    )
    expect(isCatalogReferenceError(error)).toBe(true)
    const issues = (error as CatalogReferenceError).issues
    const found = issues.map((i) => [i.code, i.path])
    expect(found).toHaveLength(4)
    expect(found).toEqual(
      expect.arrayContaining([
        ['unknown_choice', [1, 'options', 'Size']],
        ['missing_option', [1, 'options', 'Box color']],
        ['invalid_quantity', [2, 'quantity']],
        ['missing_modifier', [2, 'modifiers', 'Name to print on the back']],
      ]),
    )
    // item order is kept: item 1's issues, then item 2's
    expect(issues.map((i) => i.path[0])).toStrictEqual([1, 1, 2, 2])
    expect(issues[0]?.message).toBe('Option "Size" has no choice "XL". Choices: S, L.')
    expect((error as Error).message).toContain(
      '- [unknown_choice] 1.options.Size: Option "Size" has no choice "XL". Choices: S, L.',
    )
    expect(requests).toHaveLength(0) // not even the token call
  })

  it('a malformed prebuilt reference is an invalid_reference issue', async () => {
    const error = await rejection(
      addToCart(newClient().cart, CART_ID, [
        COFFEE_ITEM,
        { catalogReference: { catalogItemId: '', appId: 'stores' }, quantity: 1 },
      ]),
    )
    expect((error as CatalogReferenceError).issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['invalid_reference', [1, 'catalogReference', 'catalogItemId']],
      ['invalid_reference', [1, 'catalogReference', 'appId']],
    ])
    expect(requests).toHaveLength(0)
  })

  it('an empty list is an invalid_selection issue', async () => {
    const error = await rejection(createCart(newClient().cart, []))
    expect((error as CatalogReferenceError).issues).toStrictEqual([
      {
        code: 'invalid_selection',
        path: [],
        message:
          'items must be a non-empty array of { product, selection?, options? } or { catalogReference, quantity? }, got an empty array.',
      },
    ])
    expect(requests).toHaveLength(0)
  })
})

describe('API misuse is a TypeError, before anything is sent', () => {
  const client = newClient()
  const cases: [string, () => Promise<unknown>, string][] = [
    [
      'the cart module given to addToCurrentCart',
      () => addToCurrentCart(client.cart as never, [COFFEE_ITEM]),
      'addToCurrentCart: the api argument has no addLineItemsToCurrentCart or addToCurrentCart method.',
    ],
    [
      'a missing api',
      () => addToCart(undefined as never, CART_ID, [COFFEE_ITEM]),
      'addToCart: the api argument has no addLineItems or addToCart method.',
    ],
    [
      'the cart module given to createCheckout',
      () => createCheckout(client.cart as never, [COFFEE_ITEM], { channelType: 'WEB' } as never),
      'createCheckout: the api argument is the cart module',
    ],
    [
      'createCheckout without channelType',
      () => createCheckout(client.checkout, [COFFEE_ITEM], {} as never),
      "createCheckout: options.channelType is required (for example 'WEB').",
    ],
    [
      'line items given in the options',
      () => addToCurrentCart(client.currentCart, [COFFEE_ITEM], { lineItems: [] } as never),
      'addToCurrentCart: pass the line items as the items argument, not as options.lineItems',
    ],
    [
      'a non-boolean verify',
      () => addToCurrentCart(client.currentCart, [COFFEE_ITEM], { verify: 'no' } as never),
      'options.verify must be true or false',
    ],
    [
      'an empty cartId',
      () => addToCart(client.cart, '', [COFFEE_ITEM]),
      'addToCart: cartId must be a non-empty string.',
    ],
    [
      'an empty checkoutId',
      () => addToCheckout(client.checkout, '', [COFFEE_ITEM]),
      'addToCheckout: checkoutId must be a non-empty string.',
    ],
    [
      'a createCart that cannot be told V1 from V2',
      () => createCart({ createCart: async () => ({}) } as never, [COFFEE_ITEM]),
      'createCart: cannot tell Cart V1 from Cart V2: the api argument has createCart but not addLineItems (cartV2) or addToCart (cart).',
    ],
  ]
  it.each(cases)('%s', async (_name, call, message) => {
    const error = await rejection(call())
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toContain(message)
    expect(requests).toHaveLength(0)
  })
})
