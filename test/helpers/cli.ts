/*
 * Runs the command line the way the tests need it: in-process through src/cli's `main`, or as the
 * built bin (`node dist/cli.js`, a child process). `runCli` picks the built bin under `npm run
 * test:dist` (TEST_DIST), so every CLI test that runs through it checks what is shipped too.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CliIo, main } from '../../src/cli/main.js'

/** What one run of the command line printed, and its exit code. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Where a run reads from. */
export interface CliInput {
  /** The working directory relative file names are read from (default: the test process's). */
  readonly cwd?: string
  /** What `-` reads. */
  readonly stdin?: string
}

/** The built bin, as package.json `bin` names it. */
export const BUILT_CLI: string = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
/** Whether `npm run build` has made it. */
export const BUILT: boolean = existsSync(BUILT_CLI)
/** Whether this is `npm run test:dist`: the tests run on the built package. */
export const TEST_DIST: boolean = Boolean(process.env['TEST_DIST'])

/** Runs src/cli's `main` in-process; `files` stand in for files by path (others are read from disk). */
export async function runSourceCli(
  argv: readonly string[],
  files: Record<string, string> = {},
  input: CliInput = {},
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    readFile: async (path) => {
      if (Object.hasOwn(files, path)) return files[path] as string
      if (path === '-' && input.stdin !== undefined) return input.stdin
      return readFileSync(resolve(input.cwd ?? process.cwd(), path), 'utf8')
    },
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

/**
 * Runs the built bin as a child process (`node dist/cli.js …`); `files` are written to a new
 * folder, which is then its working directory (so `x.json` reads them, as in-process).
 */
export function runBuiltCli(
  argv: readonly string[],
  files: Record<string, string> = {},
  input: CliInput = {},
): Promise<CliRun> {
  let cwd = input.cwd
  if (Object.keys(files).length > 0) {
    if (cwd !== undefined) throw new Error('runBuiltCli: give files or a cwd, not both')
    cwd = mkdtempSync(join(tmpdir(), 'wcr-cli-'))
    for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text)
  }
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...argv], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', fail)
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }))
    child.stdin.on('error', () => undefined) // a command that does not read stdin may close it first
    child.stdin.end(input.stdin ?? '')
  })
}

/** Runs the command line: in-process from src/, or the built bin under `npm run test:dist`. */
export function runCli(
  argv: readonly string[],
  files: Record<string, string> = {},
  input: CliInput = {},
): Promise<CliRun> {
  return TEST_DIST ? runBuiltCli(argv, files, input) : runSourceCli(argv, files, input)
}

/** A selection as plain data, as the generators make it. */
export interface SelectionLike {
  readonly options?: Record<string, unknown> | undefined
  readonly modifiers?: Record<string, unknown> | undefined
  readonly variantId?: unknown
  readonly subscriptionOptionId?: unknown
  readonly quantity?: unknown
}

/**
 * The flags that give a selection on the command line: `--option NAME=CHOICE`, `--modifier`,
 * `--variant`, … as a process receives them. A value holding a NUL character is left out: no
 * command line can carry one. Arguments travel as UTF-8, so a lone surrogate arrives as U+FFFD: the
 * in-process run gets the same string the built bin does.
 */
export function selectionArgv(selection: SelectionLike): string[] {
  const argv: string[] = []
  const push = (flag: string, value: string): void => {
    if (!value.includes('\0')) argv.push(flag, Buffer.from(value, 'utf8').toString('utf8'))
  }
  for (const [name, value] of Object.entries(selection.options ?? {})) push('--option', `${name}=${String(value)}`)
  for (const [name, value] of Object.entries(selection.modifiers ?? {})) push('--modifier', `${name}=${String(value)}`)
  if (typeof selection.variantId === 'string') push('--variant', selection.variantId)
  if (typeof selection.subscriptionOptionId === 'string') push('--subscription', selection.subscriptionOptionId)
  if (selection.quantity !== undefined) push('--quantity', String(selection.quantity))
  return argv
}
