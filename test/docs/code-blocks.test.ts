/*
 * Every code block of README.md and docs/*.md stays true. A TypeScript or JavaScript block (```ts,
 * ```tsx, ```js, …) must be a verbatim region of a file in examples/ (`// #region name` …
 * `// #endregion name`, dedented), and examples/ is type-checked by `tsc --noEmit` (examples/next-app
 * and examples/velo by their own tsconfig, `npm run typecheck`). Each such block also compiles when
 * pasted alone into a new file of a fresh consumer project (imports included, strict tsconfig). Other
 * blocks may only be commands, output or data. Relative links must lead to a file, and #anchors to a
 * heading of it.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { consumerFolder } from '../helpers/consumer.js'

const ROOT = join(import.meta.dirname, '../..')
const TS = new Set(['ts', 'tsx', 'typescript', 'js', 'jsx', 'javascript', 'mjs', 'cjs'])
const NOT_CODE = new Set(['sh', 'console', 'text', 'json'])

function files(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name === 'api') return []
    return statSync(path).isDirectory() ? files(path, keep) : keep(path) ? [path] : []
  })
}

const docs = [join(ROOT, 'README.md'), ...files(join(ROOT, 'docs'), (f) => f.endsWith('.md'))]

/** The common leading whitespace of a region's lines removed, so regions inside functions read as top-level code. */
function dedent(code: string): string {
  const lines = code.split('\n')
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0)
  const cut = Math.min(...indents)
  return lines.map((l) => l.slice(cut)).join('\n')
}

/** Every region of every example file: name → [file, dedented code]. */
function exampleRegions(): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>()
  for (const file of files(join(ROOT, 'examples'), (f) => /\.(ts|tsx|js)$/.test(f) && !f.endsWith('.d.ts'))) {
    const source = readFileSync(file, 'utf8')
    for (const m of source.matchAll(
      /^[ \t]*\/\/ #region ([\w-]+)\n([\s\S]*?)^[ \t]*\/\/ #endregion(?: ([\w-]+))?\n/gm,
    )) {
      const [, name, code, end] = m as unknown as [string, string, string, string | undefined]
      if (end !== undefined && end !== name) throw new Error(`${file}: #region ${name} closed by #endregion ${end}`)
      if (out.has(name)) throw new Error(`#region ${name} is defined twice (${file} and ${out.get(name)?.[0]})`)
      out.set(name, [relative(ROOT, file), dedent(code)])
    }
  }
  return out
}

/** The fenced blocks of a markdown file: language and code. */
function fencedBlocks(markdown: string): { lang: string; code: string; line: number }[] {
  const out: { lang: string; code: string; line: number }[] = []
  for (const m of markdown.matchAll(/^```([\w-]*)\n([\s\S]*?)^```$/gm)) {
    out.push({ lang: m[1] ?? '', code: m[2] ?? '', line: markdown.slice(0, m.index).split('\n').length })
  }
  return out
}

/** GitHub's anchor of a heading. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

const regions = exampleRegions()
const quoted = new Set<string>()
const cases = docs.flatMap((file) =>
  fencedBlocks(readFileSync(file, 'utf8')).map((block) => ({
    ...block,
    file: relative(ROOT, file),
    where: `${relative(ROOT, file)}:${block.line} (${block.lang || 'no language'})`,
  })),
)

describe('code blocks in README.md and docs/', () => {
  it('finds the guides and their blocks', () => {
    expect(docs.map((f) => relative(ROOT, f)).sort()).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/building.md',
        'docs/catalog.md',
        'docs/cli.md',
        'docs/decisions.md',
        'docs/ecom.md',
        'docs/performance.md',
        'docs/product-page.md',
        'docs/security.md',
      ]),
    )
    expect(cases.filter((c) => TS.has(c.lang)).length).toBeGreaterThanOrEqual(25)
  })

  it.each(cases)('$where is a region of examples/ or not code', ({ lang, code }) => {
    if (TS.has(lang)) {
      const match = [...regions.entries()].find(([, [, region]]) => region === code)
      expect(match, `this block is not a verbatim #region of any examples/ file:\n${code}`).toBeDefined()
      if (match) quoted.add(match[0])
    } else {
      expect(
        NOT_CODE,
        `a \`\`\`${lang} block: tag TypeScript as ts (and quote it from examples/), or use sh/console/text/json`,
      ).toContain(lang)
    }
  })

  it('quotes every region of examples/ somewhere', () => {
    const all = new Set(cases.filter((c) => TS.has(c.lang)).map((c) => c.code))
    const unquoted = [...regions.entries()]
      .filter(([, [, code]]) => !all.has(code))
      .map(([name, [file]]) => `${file} #region ${name}`)
    expect(unquoted).toEqual([])
  })

  it('keeps the README to 250 lines at most', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(250)
  })
})

/** The file extension a block of this language is pasted into. */
const EXTENSION: Record<string, string> = {
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
  js: 'js',
  javascript: 'js',
  jsx: 'jsx',
  mjs: 'mjs',
  cjs: 'cjs',
}

/** A fresh consumer: the package installed, its peers and types for Node and React, Velo's and Next.js's modules. */
function pasteAlone(blocks: readonly { name: string; lang: string; code: string }[]): Map<string, string[]> {
  const dir = consumerFolder(['@wix/sdk', '@wix/ecom', '@wix/stores', '@types/node', '@types/react'])
  const builtTypes = existsSync(join(ROOT, 'dist', 'index.d.ts'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  // Velo's platform modules (wix-web-module, wix-ecom-backend, …) exist in every Velo site: their types here.
  copyFileSync(join(ROOT, 'examples', 'ecom-velo-modules.d.ts'), join(dir, 'velo-modules.d.ts'))
  // Next.js's own modules (next/headers, next/cache) exist in every Next.js app: their types here.
  copyFileSync(join(ROOT, 'examples', 'next-app', 'next-modules.d.ts'), join(dir, 'next-modules.d.ts'))
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    moduleDetection: 'force',
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    noImplicitReturns: true,
    verbatimModuleSyntax: true,
    allowJs: true,
    checkJs: true,
    jsx: 'react-jsx',
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    // Without `npm run build`, the package's types come from its sources instead of dist/.
    ...(builtTypes
      ? {}
      : {
          paths: {
            'wix-catalog-reference': [join(ROOT, 'src/index.ts')],
            'wix-catalog-reference/*': [join(ROOT, 'src/*/index.ts')],
          },
        }),
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, include: ['blocks', 'velo-modules.d.ts', 'next-modules.d.ts'] }),
  )
  mkdirSync(join(dir, 'blocks'))
  for (const block of blocks) writeFileSync(join(dir, 'blocks', `${block.name}.${EXTENSION[block.lang]}`), block.code)
  const tsc = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir, '--pretty', 'false'],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  )
  const errors = new Map<string, string[]>()
  let file = '(setup)'
  for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n').filter((l) => l.trim() !== '')) {
    // A diagnostic's first line names its file; the indented lines after it explain it.
    if (!/^\s/.test(line)) file = /^blocks\/([^.(]+)\./.exec(line)?.[1] ?? '(setup)'
    errors.set(file, [...(errors.get(file) ?? []), line])
  }
  return errors
}

describe('every TypeScript and JavaScript block, pasted alone into a new file of a fresh consumer', () => {
  const blocks = cases
    .filter((c) => TS.has(c.lang))
    .map((c) => ({
      ...c,
      name: `${c.file.replace(/\W+/g, '-')}-${c.line}`,
      region: [...regions.entries()].find(([, [, code]]) => code === c.code)?.[0],
    }))
  const errors = pasteAlone(blocks)

  it('the consumer itself compiles (only block files have errors)', () => {
    expect(errors.get('(setup)') ?? []).toStrictEqual([])
  })

  it.each(blocks)('$where ($region)', ({ name }) => {
    expect(errors.get(name) ?? []).toStrictEqual([])
  })
})

/** Where `npm run docs` writes the API reference, and whether git ignores that folder. */
const typedocOut = (JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { out: string }).out.replace(
  /\/$/,
  '',
)
const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .some((line) => line.trim().replace(/^\//, '').replace(/\/$/, '') === typedocOut)

describe('relative links in README.md and docs/', () => {
  const links = docs.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] as string)
      .filter((href) => !/^[a-z]+:/.test(href))
      .map((href) => ({ file: relative(ROOT, file), href })),
  )

  it('has links to check', () => {
    expect(links.length).toBeGreaterThan(40)
  })

  it.each(links)('$file → $href', ({ file, href }) => {
    const [encoded = '', anchor] = href.split('#')
    const path = decodeURIComponent(encoded)
    const target = path === '' ? join(ROOT, file) : join(dirname(join(ROOT, file)), path)
    // The API reference is generated by `npm run docs` (typedoc.json's `out`) and not committed: a link into
    // it is accepted only when it points into that very folder, which git ignores, at a page TypeDoc writes.
    const out = join(ROOT, typedocOut)
    if (target === out || target.startsWith(`${out}/`)) {
      expect(ignored, `${typedocOut} is generated: .gitignore must list it`).toBe(true)
      expect(relative(out, target), `${href} from ${file}: link the reference's index.html`).toBe('index.html')
      return
    }
    expect(existsSync(target), `${href} from ${file}: no such file`).toBe(true)
    if (anchor !== undefined) {
      const headings = [...readFileSync(target, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1] as string))
      expect(headings, `${href} from ${file}: no heading with that anchor`).toContain(anchor)
    }
  })
})
