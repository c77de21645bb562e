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

/** A flag as a table cell. */
export const yes = (flag: boolean): string => (flag ? 'yes' : 'no')

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
  return formatTable(header, rows)
}

/**
 * Rows under a header, columns two spaces apart, the last one unpadded, no trailing blanks. A column
 * whose title is in `optional` is left out when none of its rows has a value. Cells are written as
 * given: a cell from the product must come through {@link inline}.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  optional: readonly string[] = [],
): string {
  const kept = header.flatMap((title, column) =>
    optional.includes(title) && rows.every((row) => (row[column] ?? '') === '') ? [] : [column],
  )
  const widths = kept.map((column) =>
    Math.max((header[column] ?? '').length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: readonly string[]): string =>
    kept
      .map((column, i) =>
        i === kept.length - 1 ? (cells[column] ?? '') : (cells[column] ?? '').padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n')
}

/**
 * The first line of `states` and `view`: `Coffee · Catalog V3 · dc765ec4-…`, the name and the id
 * (when they are strings) kept on the line.
 */
export function formatTitle(name: unknown, version: string | undefined, id: unknown): string {
  return [
    typeof name === 'string' ? inline(name) : undefined,
    `Catalog ${version ?? '?'}`,
    typeof id === 'string' ? inline(id) : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(' · ')
}
