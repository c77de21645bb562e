/*
 * The built command as npm installs it (package.json `bin` → dist/cli.js): run as its own process,
 * through its shebang. Skipped until `npm run build` has made dist/ (`npm test` builds after
 * vitest; `npm run check:package` runs the packed command too). WCR_CLI=<path> tests another
 * build, e.g. an installed tarball's node_modules/.bin/wix-catalog-reference.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const cli = process.env['WCR_CLI'] ?? fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const coffee = fileURLToPath(new URL('./fixtures/coffee.docs.json', import.meta.url))
const built = existsSync(cli)

function run(...args: string[]) {
  const result = spawnSync(cli, args, { encoding: 'utf8', timeout: 15_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe.skipIf(!built)('dist/cli.js', () => {
  it('is an executable node script', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(() => accessSync(cli, constants.X_OK)).not.toThrow()
  })

  it('prints the reference and exits 0', () => {
    const { code, stdout, stderr } = run('build', coffee, '--option', 'Size=S', '--option', 'Box color=Red')
    expect({ code, stderr }).toStrictEqual({ code: 0, stderr: '' })
    expect(JSON.parse(stdout).options).toStrictEqual({ variantId: '9650a809-5567-44f7-9435-cf77a38cb170' })
  })

  it('prints the issues on stderr and exits 1', () => {
    const { code, stdout, stderr } = run('build', coffee, '--option', 'Size=XL', '--option', 'Box color=Red')
    expect({ code, stdout }).toStrictEqual({ code: 1, stdout: '' })
    expect(stderr).toBe('[unknown_choice] options.Size: Option "Size" has no choice "XL". Choices: S, L.\n')
  })

  it('exits 2 with one line for a missing file', () => {
    expect(run('build', 'no-such-product.json')).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'wix-catalog-reference: cannot read no-such-product.json: no such file (see --help)\n',
    })
  })

  it('reads the product from stdin with -', () => {
    const result = spawnSync(cli, ['states', '-'], { input: readFileSync(coffee), encoding: 'utf8', timeout: 15_000 })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Coffee · Catalog V3 · dc765ec4-eaf0-4253-8ba7-e752c227d4ca\n/)
  })

  it.skipIf(!existsSync('/dev/full'))(
    '> /dev/full: one line on stderr and exit 3, no stack trace (issue 12 #15)',
    () => {
      const full = openSync('/dev/full', 'w')
      try {
        const result = spawnSync(cli, ['build', coffee, '--option', 'Size=S', '--option', 'Box color=Red'], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
          timeout: 15_000,
        })
        expect({ code: result.status, stderr: result.stderr }).toStrictEqual({
          code: 3,
          stderr: 'wix-catalog-reference: cannot write the output: no space left on device (ENOSPC)\n',
        })
      } finally {
        closeSync(full)
      }
    },
  )

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(run('--version')).toStrictEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })
})
