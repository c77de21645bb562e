/**
 * The demo behind `npm run demo`: builds catalogReferences for the bundled example products and shows
 * what a wrong selection gets. Every product here is a real Wix shape (test/fixtures/).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  buildCatalogReference,
  detectCatalogVersion,
  getChoiceStates,
  safeBuildLineItem,
  type CatalogProduct,
  type Selection,
  type BuildOptions,
} from 'wix-catalog-reference'
import { pickerTable } from './picker.js'

function product(file: string): CatalogProduct {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../test/fixtures/${file}`, import.meta.url)), 'utf8'),
  ) as CatalogProduct
}

function show(title: string, p: CatalogProduct, selection: Selection, options?: BuildOptions): void {
  console.log(`\n## ${title}  (catalog ${detectCatalogVersion(p) ?? '?'})`)
  console.log(`selection: ${JSON.stringify(selection)}${options ? `  options: ${JSON.stringify(options)}` : ''}`)
  console.log(JSON.stringify(buildCatalogReference(p, selection, options), null, 2))
}

const coffee = product('coffee-docs.rest.json')
show(
  'Wix docs Coffee example — the full reference, exactly as in the docs (which show the choice name)',
  coffee,
  {
    options: { Size: 'S', 'Box color': 'Red' },
    modifiers: { Engraving: 'For my best friend! :)', 'Remove price tag': 'Yes' },
    subscriptionOptionId: 'Monthly Subscription',
  },
  { modifierChoiceValue: 'name' },
)
show('Wix docs Coffee example — the same with the default modifierChoiceValue "key"', coffee, {
  options: { Size: 'S', 'Box color': 'Red' },
  modifiers: { Engraving: 'For my best friend! :)', 'Remove price tag': 'Yes' },
  subscriptionOptionId: 'Monthly Subscription',
})
show('Wix docs Coffee example — the minimal reference', coffee, { options: { Size: 'S', 'Box color': 'Red' } })

show(
  'V1 managed variants (T-shirt): variantId, color given by hex code, custom text',
  product('tshirt-managed.sdk.json'),
  {
    options: { Size: 'M', Color: '#000000' },
    modifiers: { 'Name to print on the back': 'ADA' },
  },
)
show('V1 unmanaged (candle): options by name → description, in product order', product('candle-unmanaged.rest.json'), {
  options: { 'Jar color': 'amber', Scent: 'Lavender' },
})
show(
  'V3 House Blend: out-of-stock variant that takes pre-orders, subscription by title',
  product('house-blend.sdk.json'),
  {
    options: { Size: '1 kg', Grind: 'Espresso', 'Bag color': 'Black' },
    modifiers: { 'Label text': 'For Sam', 'Gift wrap': 'yes' },
    subscriptionOptionId: 'Monthly',
  },
)

console.log(
  '\n## Picker state: House Blend with Size "1 kg" chosen (* selected, E exists, A available, P pre-order only)',
)
console.log(pickerTable(getChoiceStates(product('house-blend.rest.json'), { options: { Size: '1 kg' } })))

const wrong: Selection = {
  options: { Size: 'XL', Grind: 'espresso ' },
  modifiers: { 'Gift wrap': 'maybe', 'Label text': 'x'.repeat(31), Monogram: 'AB' },
  subscriptionOptionId: 'Weekly',
  quantity: 0,
}
console.log('\n## A wrong selection on House Blend: every issue at once')
console.log(`selection: ${JSON.stringify(wrong)}`)
const result = safeBuildLineItem(product('house-blend.rest.json'), wrong)
if (result.success) throw new Error('the wrong selection was accepted')
for (const issue of result.error.issues)
  console.log(`- ${issue.code.padEnd(24)} ${JSON.stringify(issue.path).padEnd(30)} ${issue.message}`)
