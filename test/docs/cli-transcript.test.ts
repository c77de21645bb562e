/*
 * docs/cli.md's terminal sessions are what the CLI prints: every `$ npx wix-catalog-reference …` line of
 * its ```console blocks is run in a project that installed the package (the guide names the shipped
 * samples by their installed path, node_modules/wix-catalog-reference/samples/), in-process through
 * src/cli's main, or as the built bin under `npm run test:dist`; what it prints (stdout, then stderr,
 * as a terminal shows them: the CLI writes its issues after its table) and its exit code are compared
 * with the lines that follow the command.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { consumerFolder, ROOT } from '../helpers/consumer.js'

const guide = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8')
const project = consumerFolder()

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
    const { code, stdout, stderr } = await runCli(argv, {}, { cwd: project })
    const shown = stdout + stderr + (echoesExit ? `exit ${code}\n` : '')
    expect(shown.trim()).toBe(expected)
    if (!echoesExit) expect(code).toBe(0)
  })
})
