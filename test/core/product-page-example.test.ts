/* examples/product-page.ts (the product-page recipe quoted by README.md and docs/product-page.md) type-checks with the project and runs on the house blend fixture. */
import { describe, expect, it } from 'vitest'
import { formatRange, productPage } from '../../examples/product-page.js'
import { safeBuildLineItem } from '../../src/index.js'
import { fixture } from '../helpers/fixtures.js'

describe('examples/product-page.ts', () => {
  it('an empty URL: the range still possible, nothing to add yet, what is missing', () => {
    const view = productPage(fixture('house-blend.rest'), '')
    expect(view.price).toBe('from $12.50')
    expect(view.compareAt).toBe('from $14.00')
    expect(view.lineItem).toBeUndefined()
    expect(view.issues.map((i) => i.code)).toEqual([
      'missing_option',
      'missing_option',
      'missing_option',
      'missing_modifier',
      'subscription_required',
    ])
    expect(view.options.map((o) => o.name)).toEqual(['Size', 'Grind', 'Bag color'])
    expect(view.query).toBe('')
  })

  it('a complete URL and the label text: $37.80 × 2 = $75.60, the line item, the same URL back', () => {
    const query = 'Size=1+kg&Grind=Espresso&Bag+color=Kraft&subscription=Monthly'
    const product = fixture('house-blend.rest')
    const typed = { modifiers: { 'Label text': 'Ann' }, quantity: 2 }
    const view = productPage(product, query, typed)
    expect(view.price).toBe('$75.60')
    expect(view.compareAt).toBe('$96.00') // the strike price for the same quantity: 48.00 × 2
    expect(view.issues).toEqual([])
    expect(view.lineItem).toEqual(
      safeBuildLineItem(product, {
        options: { Size: '1 kg', Grind: 'Espresso', 'Bag color': 'Kraft' },
        subscriptionOptionId: 'Monthly',
        ...typed,
      }).data,
    )
    expect(view.lineItem?.quantity).toBe(2)
    expect(view.lineItem?.catalogReference.options?.variantId).toBe('10000000-aaaa-4bbb-8ccc-000000000007')
    expect(view.query).toBe(query)
    // The disabled flags come from the picker: Black is out of stock only for 1 kg Whole bean.
    expect(view.options[2]?.choices.map((c) => [c.name, c.selected, c.disabled])).toEqual([
      ['Kraft', true, false],
      ['Black', false, false],
    ])
    // Each choice links to this URL with it picked, and a color choice carries its swatch.
    expect(view.options[2]?.choices.map((c) => [c.href, c.swatch])).toEqual([
      [`?${query}`, '#C8A165'],
      ['?Size=1+kg&Grind=Espresso&Bag+color=Black&subscription=Monthly', '#111111'],
    ])
    expect(view.options[0]?.choices[0]).not.toHaveProperty('swatch')
    expect(view.image).toBe(
      'https://static.wixstatic.com/media/11062b_coffee_bag~mv2.jpg/v1/fit/w_1000,h_1000,q_90/file.jpg',
    )
  })

  it('reads Next.js-style searchParams records as well as query strings', () => {
    const view = productPage(fixture('house-blend.rest'), {
      Size: ['250 g', '1 kg'],
      Grind: 'Whole bean',
      'Bag color': 'Kraft',
      subscription: 'Monthly',
    })
    expect(view.query).toBe('Size=250+g&Grind=Whole+bean&Bag+color=Kraft&subscription=Monthly')
    expect(view.lineItem).toBeUndefined()
    expect(view.issues.map((i) => i.code)).toEqual(['missing_modifier']) // the mandatory "Label text" is typed on the page, never in the URL
  })

  it('a queryProducts result (no variantsInfo): no price, nothing to add, and the issue says why', () => {
    const { variantsInfo: _, ...queried } = fixture('house-blend.rest') as Record<string, unknown>
    const view = productPage(queried, 'Size=250+g')
    expect(view.price).toBeUndefined()
    expect(view.lineItem).toBeUndefined()
    expect(view.issues.map((i) => i.code)).toContain('missing_variants')
  })

  it('formats exact decimal strings with Intl.NumberFormat, in other currencies too', () => {
    expect(formatRange({ min: '1200', max: '1200' }, 'JPY')).toBe('¥1,200')
    expect(formatRange({ min: '1.250', max: '2.000' }, 'BHD')).toMatch(/^from BHD\s1\.250$/u)
    expect(formatRange({ min: '99999999999000.00', max: '99999999999000.00' }, 'USD')).toBe('$99,999,999,999,000.00')
    expect(formatRange({ min: '', max: '' }, 'USD')).toBeUndefined()
  })
})
