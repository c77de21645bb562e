/*
 * An HTTP stand-in for Wix, for contract tests that run the real `@wix/sdk` client: msw answers the
 * OAuth visitor-token call and the eCommerce calls on both Wix API hosts, and records every request
 * (method, host, path, JSON body) so tests can assert exactly what Wix would receive.
 */
import { createClient, OAuthStrategy, type IOAuthStrategy, type WixClient as SdkClient } from '@wix/sdk'
import { cart, cartV2, checkout, currentCart, currentCartV2 } from '@wix/ecom'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'

export const WIX_HOSTS = ['www.wixapis.com', 'edge.wixapis.com'] as const
export const CLIENT_ID = '0c6d1a2b-3e4f-4a5b-8c7d-9e0f1a2b3c4d'
export const ACCESS_TOKEN = 'OauthNG.JWS.visitor-access-token'
export const REQUEST_ID = '1712345678.9876543210123'

export interface RecordedRequest {
  readonly method: string
  readonly host: string
  readonly path: string
  readonly body: unknown
  readonly authorization: string | null
}

/** Every request the client sent, in order, the token call included. */
export const requests: RecordedRequest[] = []

/** The eCommerce requests only (the token call left out). */
export function apiRequests(): RecordedRequest[] {
  return requests.filter((r) => !r.path.startsWith('/oauth2/'))
}

async function record(request: Request): Promise<unknown> {
  const url = new URL(request.url)
  const text = request.method === 'GET' ? '' : await request.text()
  const body: unknown = text === '' ? undefined : JSON.parse(text)
  requests.push({
    method: request.method,
    host: url.host,
    path: url.pathname,
    body,
    authorization: request.headers.get('authorization'),
  })
  return body
}

const tokenHandlers = WIX_HOSTS.map((host) =>
  http.post(`https://${host}/oauth2/token`, async ({ request }) => {
    await record(request)
    return HttpResponse.json({
      access_token: ACCESS_TOKEN,
      refresh_token: 'OauthNG.JWS.refresh',
      expires_in: 14400,
      token_type: 'Bearer',
    })
  }),
)

export const server: SetupServer = setupServer(...tokenHandlers)

/** What a test answers for one eCommerce call: given the parsed request body. */
export type Responder = (body: unknown) => Response | Promise<Response>

/** Answers `method path` on both Wix API hosts (once per test; `server.resetHandlers()` clears it). */
export function answer(method: 'GET' | 'POST' | 'PATCH', path: string, responder: Responder): void {
  const make = method === 'GET' ? http.get : method === 'POST' ? http.post : http.patch
  server.use(
    ...WIX_HOSTS.map((host) =>
      make(`https://${host}${path}`, async ({ request }) => {
        const body = await record(request)
        return responder(body)
      }),
    ),
  )
}

export function json(body: JsonBodyType, status = 200): Response {
  return HttpResponse.json(body, { status, headers: { 'x-wix-request-id': REQUEST_ID } })
}

interface EcomModules {
  currentCart: typeof currentCart
  cart: typeof cart
  checkout: typeof checkout
  currentCartV2: typeof currentCartV2
  cartV2: typeof cartV2
}

const modules: EcomModules = { currentCart, cart, checkout, currentCartV2, cartV2 }

export type WixClient = SdkClient<undefined, IOAuthStrategy, EcomModules>

/** A client as a headless site creates it: visitor OAuth, the five eCommerce modules. */
export function newClient(): WixClient {
  return createClient({ modules, auth: OAuthStrategy({ clientId: CLIENT_ID }) })
}

type Loose = Record<string, unknown>

function requestedLines(body: unknown, key: 'lineItems' | 'catalogItems'): Loose[] {
  const lines = (body as Loose | undefined)?.[key]
  return Array.isArray(lines) ? (lines as Loose[]) : []
}

/** A Cart V1 / Checkout line in REST form, as Wix answers it. */
export function restLineV1(reference: unknown, quantity: number, n: number, status = 'AVAILABLE'): Loose {
  return {
    id: `00000000-0000-0000-0000-00000000000${n}`,
    quantity,
    catalogReference: reference,
    productName: { original: 'Product', translated: 'Product' },
    price: { amount: '10', convertedAmount: '10', formattedAmount: '€10.00', formattedConvertedAmount: '€10.00' },
    availability: { status },
    itemType: { preset: 'PHYSICAL' },
    paymentOption: 'FULL_PAYMENT_ONLINE',
  }
}

/** A Cart V2 line in REST form, as Wix answers it. */
export function restLineV2(reference: unknown, quantity: number, n: number, status = 'IN_STOCK'): Loose {
  return {
    id: `00000000-0000-0000-0000-00000000000${n}`,
    name: { original: 'Product', translated: 'Product' },
    quantityInfo: { confirmedQuantity: quantity, requestedQuantity: quantity, fixedQuantity: false },
    source: { catalogReference: reference },
    status,
    customLineItem: false,
  }
}

/** Wix adding every requested line as asked: a Cart V1 cart (REST form) holding them. */
export function echoCartV1(id: string, body: unknown): Loose {
  return {
    id,
    lineItems: requestedLines(body, 'lineItems').map((l, i) =>
      restLineV1(l['catalogReference'], l['quantity'] as number, i + 1),
    ),
    currency: 'EUR',
  }
}

/** Wix adding every requested line as asked: a Cart V2 cart (REST form) holding them. */
export function echoCartV2(id: string, body: unknown): Loose {
  return {
    id,
    lineItems: requestedLines(body, 'catalogItems').map((l, i) =>
      restLineV2(l['catalogReference'], l['quantity'] as number, i + 1),
    ),
    currentCart: true,
  }
}
