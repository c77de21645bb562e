/**
 * A product picker's state, as a product page would render it: `npx tsx examples/picker.ts [Option=Choice …]`
 * prints, for the bundled House Blend (V3) product, which choices exist, are available, or only
 * pre-orderable given the selection, and the variant once the selection is complete.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { getChoiceStates, type CatalogProduct, type ChoiceStates } from 'wix-catalog-reference'

const file = fileURLToPath(new URL('../test/fixtures/house-blend.rest.json', import.meta.url))
const product = JSON.parse(readFileSync(file, 'utf8')) as CatalogProduct

/** The picker table: one row per option, each choice marked * selected, E exists, A available, P pre-order only. */
export function pickerTable(states: ChoiceStates): string {
  const rows = states.options.map((option) => {
    const cells = option.choices.map(
      (c) =>
        `${c.selected ? '*' : ' '}${c.name} [${c.exists ? 'E' : '-'}${c.available ? 'A' : '-'}${c.preorder ? 'P' : '-'}]`,
    )
    return `${option.name.padEnd(10)} ${cells.join('  ')}`
  })
  return [...rows, `variant: ${states.variantId ?? '(choose every option)'}`].join('\n')
}

// Run directly (not when the demo imports pickerTable): print the table for the given selection.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.split('=') as [string, string]))
  console.log(pickerTable(getChoiceStates(product, { options })))
}
