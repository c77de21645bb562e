/*
 * README.md stays true about the package itself: its API table lists every export of the three
 * entries (read from the entries' export lists, types included), nothing more, under the entry it
 * belongs to; and the tarball its install section names is the one `npm pack` writes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/consumer.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

const ENTRIES = { '': 'src/index.ts', '/ecom': 'src/ecom/index.ts', '/catalog': 'src/catalog/index.ts' } as const
type Entry = keyof typeof ENTRIES

/** The names an entry file exports (values and types), from its export statements. */
function exportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022)
  const names: string[] = []
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      // An entry lists its exports (STYLE.md): `export *` would hide names from this test.
      if (statement.exportClause === undefined || !ts.isNamedExports(statement.exportClause))
        throw new Error(`${file}: export * — list the names`)
      names.push(...statement.exportClause.elements.map((element) => element.name.text))
    } else if (
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      const name = (statement as { name?: ts.Identifier }).name
      if (ts.isVariableStatement(statement))
        names.push(...statement.declarationList.declarations.map((d) => (d.name as ts.Identifier).text))
      else if (name !== undefined) names.push(name.text)
    }
  }
  return names.sort()
}

/** The names README's API table lists per entry: the `code` names of each row's first cell. */
function tableNames(): Record<Entry, string[]> {
  const section = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## ', readme.indexOf('\n## API\n') + 1))
  const listed: Record<Entry, string[]> = { '': [], '/ecom': [], '/catalog': [] }
  for (const row of section.split('\n').filter((line) => /^\| (?!-)/.test(line))) {
    const first = row.split(/(?<!\\)\|/)[1] ?? ''
    if (first.includes('npx wix-catalog-reference') || first.trim() === 'entry / export') continue
    const entry = (/^\s*`(\/ecom|\/catalog)`/.exec(first)?.[1] ?? '') as Entry
    listed[entry].push(...[...first.matchAll(/`([A-Za-z_]\w*)`/g)].map((m) => m[1] as string))
  }
  return listed
}

describe('README.md', () => {
  it.each(Object.keys(ENTRIES) as Entry[])(
    'the API table lists every export of wix-catalog-reference%s, and only those',
    (entry) => {
      const actual = exportsOf(ENTRIES[entry])
      expect(actual.length).toBeGreaterThan(10)
      expect([...tableNames()[entry]].sort()).toStrictEqual(actual)
    },
  )

  it('the install section names the tarball npm pack writes', () => {
    const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    const tarballs = [...readme.matchAll(/[\w.-]+\.tgz/g)].map((m) => m[0])
    expect(tarballs.length).toBeGreaterThan(0)
    expect(new Set(tarballs)).toStrictEqual(new Set([`${name}-${version}.tgz`]))
  })
})
