/*
 * Type tests for the items the wrappers take (tsconfig.json has exactOptionalPropertyTypes): an
 * array of items whose selections name different options type-checks as TypeScript infers it,
 * written inline, kept in an unannotated variable, or with its inferred type written out (as a
 * .d.ts carries it: `{ Size: string; Color?: undefined }`).
 */
import { createClient, OAuthStrategy } from '@wix/sdk'
import { currentCart } from '@wix/ecom'
import { describe, expectTypeOf, it } from 'vitest'
import { addToCurrentCart, type CartItem, type ItemSelection } from '../../src/ecom/index.js'
import type { CatalogProduct, Selection } from '../../src/index.js'

const client = createClient({ modules: { currentCart }, auth: OAuthStrategy({ clientId: 'client-id' }) })
declare const product: CatalogProduct

/** The element type TypeScript infers for `[{ …Size }, { …Color }]`, as a declaration file spells it. */
type InferredItem =
  | { product: CatalogProduct; selection: { options: { Size: string; Color?: undefined } } }
  | { product: CatalogProduct; selection: { options: { Color: string; Size?: undefined } } }

describe('an array of items with different option names', () => {
  it('type-checks inline', () => {
    const added = addToCurrentCart(client.currentCart, [
      { product, selection: { options: { Size: 'L' } } },
      { product, selection: { options: { Color: 'Red' } } },
    ])
    expectTypeOf(added).resolves.toHaveProperty('cart')
  })

  it('type-checks from an unannotated variable', () => {
    const items = [
      { product, selection: { options: { Size: 'L' } } },
      { product, selection: { options: { Color: 'Red' } }, quantity: 2 },
    ]
    expectTypeOf(items).toExtend<readonly CartItem[]>()
    expectTypeOf(addToCurrentCart(client.currentCart, items)).resolves.toHaveProperty('cart')
  })

  it('type-checks with its inferred type written out (Color?: undefined)', () => {
    expectTypeOf<InferredItem[]>().toExtend<readonly CartItem[]>()
    expectTypeOf<{ options: { Size: string; Color?: undefined } }>().toExtend<ItemSelection>()
    expectTypeOf<{ modifiers: { Engraving: string; 'Gift note'?: undefined } }>().toExtend<ItemSelection>()
  })

  it('still takes the root Selection, and still refuses choices that are not strings', () => {
    expectTypeOf<Selection>().toExtend<ItemSelection>()
    expectTypeOf<{ product: CatalogProduct; selection: { options: { Size: number } } }>().not.toExtend<CartItem>()
    expectTypeOf<{ product: CatalogProduct; selection: { options: { Size: null } } }>().not.toExtend<CartItem>()
  })
})
