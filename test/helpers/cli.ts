import { readFileSync } from 'node:fs'
import { type CliIo, main } from '../../src/cli/main.js'

/** What one in-process run of the command line printed, and its exit code. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI in-process; `files` stands in for files by path (others are read from disk). */
export async function runCli(argv: readonly string[], files: Record<string, string> = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    readFile: async (path) => (Object.hasOwn(files, path) ? (files[path] as string) : readFileSync(path, 'utf8')),
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}
