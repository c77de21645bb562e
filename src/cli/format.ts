import type { BuildIssue, ChoiceStates } from '../index.js'
import { pathLabel } from '../internal/text.js'
import { inline } from './escape.js'

/**
 * `[unknown_choice] options.Size: Option "Size" has no choice "XL". Choices: S, L.` — one line, whatever
 * the names in the message hold (a newline in a name is written `\u000a`).
 */
export function formatIssue(issue: BuildIssue): string {
  return inline(`[${issue.code}] ${pathLabel(issue.path)}: ${issue.message}`)
}

const yes = (flag: boolean): string => (flag ? 'yes' : 'no')

/**
 * The picker state as a table: one row per choice, the option's name on its first row.
 *
 * ```
 * OPTION     CHOICE  ID          SELECTED  EXISTS  AVAILABLE  PREORDER
 * Size       S       bd2402d9-…  yes       yes     yes        no
 * ```
 */
export function formatStatesTable(states: ChoiceStates): string {
  const withKeys = states.options.some((o) => o.choices.some((c) => c.key !== undefined && c.key !== c.name))
  const header = ['OPTION', 'CHOICE', ...(withKeys ? ['KEY'] : []), 'ID', 'SELECTED', 'EXISTS', 'AVAILABLE', 'PREORDER']
  const rows: string[][] = []
  for (const option of states.options) {
    option.choices.forEach((choice, i) => {
      rows.push([
        i === 0 ? inline(option.name) : '',
        inline(choice.name),
        ...(withKeys ? [inline(choice.key ?? '')] : []),
        inline(choice.id),
        yes(choice.selected),
        yes(choice.exists),
        yes(choice.available),
        yes(choice.preorder),
      ])
    })
    if (option.choices.length === 0) rows.push([inline(option.name), '(no choices)', ...header.slice(2).map(() => '')])
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n')
}
