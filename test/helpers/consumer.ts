/*
 * A fresh consumer project in a temporary folder: `node_modules/wix-catalog-reference` is this
 * repository (a symlink, so `npm run build`'s dist/ and samples/ are what it finds, as after
 * `npm install`), and the other packages asked for are this repository's installed ones.
 */
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root folder. */
export const ROOT: string = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '')

/**
 * A new folder with `node_modules/wix-catalog-reference` and the given installed packages
 * (`@wix/sdk`, `@types/node`, …) linked in. Nothing else: a file in it resolves only those.
 */
export function consumerFolder(packages: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'wcr-consumer-'))
  for (const [name, target] of [
    ['wix-catalog-reference', ROOT],
    ...packages.map((name) => [name, join(ROOT, 'node_modules', name)]),
  ] as const) {
    const link = join(dir, 'node_modules', name)
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(target, link, 'dir')
  }
  return dir
}
