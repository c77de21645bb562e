/*
 * docs/cli.md's terminal sessions are what the CLI prints: every `$ npx wix-catalog-reference …` line of
 * its ```console blocks is run (in process, through main) on the Wix docs' Coffee product (coffee.json) or
 * the bundled House Blend (house-blend.json), and its
 * output and exit code are compared with the lines that follow it.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'

const ROOT = join(import.meta.dirname, '../..')
const guide = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'cli-docs-'))
copyFileSync(join(ROOT, 'test', 'cli', 'fixtures', 'coffee.docs.json'), join(dir, 'coffee.json'))
copyFileSync(join(ROOT, 'test', 'fixtures', 'house-blend.rest.json'), join(dir, 'house-blend.json'))

/** Shell words: blanks split, double quotes group (no escapes are used in the guide). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')
}

interface Session {
  readonly command: string
  readonly argv: string[]
  readonly echoesExit: boolean
  readonly expected: string
}

function sessions(): Session[] {
  const out: Session[] = []
  for (const block of guide.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    const lines = (block[1] ?? '').split('\n')
    let i = 0
    while (i < lines.length) {
      let command = (lines[i] ?? '').replace(/^\$ /, '')
      while (command.endsWith('\\')) command = command.slice(0, -1) + (lines[++i] ?? '').trim()
      const expected: string[] = []
      while (++i < lines.length && !(lines[i] ?? '').startsWith('$ ')) expected.push(lines[i] ?? '')
      const echoesExit = command.endsWith('; echo "exit $?"')
      const argv = words(command.replace(/; echo "exit \$\?"$/, ''))
      expect(argv.slice(0, 2)).toEqual(['npx', 'wix-catalog-reference'])
      out.push({ command, argv: argv.slice(2), echoesExit, expected: expected.join('\n').trim() })
    }
  }
  return out
}

const all = sessions()

describe('docs/cli.md terminal sessions', () => {
  it('has the sessions to check', () => {
    expect(all.length).toBeGreaterThanOrEqual(5)
  })

  it.each(all)('$command', async ({ argv, echoesExit, expected }) => {
    let printed = ''
    const write = (text: string): void => {
      printed += text // as the bin writes it: process.stdout.write(text)
    }
    const code = await main(
      argv.map((arg) => (arg.endsWith('.json') ? join(dir, arg) : arg)),
      { stdout: write, stderr: write },
    )
    const shown = printed.split(`${dir}/`).join('') + (echoesExit ? `exit ${code}\n` : '')
    expect(shown.trim()).toBe(expected)
    if (!echoesExit) expect(code).toBe(0)
  })
})
