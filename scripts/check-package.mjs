// Checks the package as users get it: packs it, lints the exports (publint, are-the-types-wrong),
// checks the core's size budget and that it bundles no dependency, then installs the tarball into an
// empty folder and imports every entry through ESM and CommonJS and runs the CLI.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts })
const npx = (...args) => run('npx', ['--no-install', ...args])

const work = mkdtempSync(join(tmpdir(), 'wcr-pack-'))
try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }))
  const tarball = resolve(work, filename)
  console.log(`packed ${filename}`)

  npx('publint', '--strict')
  npx('attw', tarball, '--profile', 'node16')
  run('node', ['scripts/size.mjs', 'dist'])

  const core = readFileSync('dist/index.js', 'utf8') + readFileSync('dist/index.cjs', 'utf8')
  if (/@wix\/|["']zod/.test(core)) throw new Error('the core entry imports @wix/* or zod at run time')

  const app = join(work, 'app')
  run('mkdir', ['-p', app])
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: app })
  const smoke = `
    const product = { id: 'p1', manageVariants: false, productOptions: [{ name: 'Size', choices: [{ value: 'S', description: 'S' }] }] }
    const check = (m, how) => {
      const ref = m.buildCatalogReference(product, { options: { Size: 's' } })
      if (JSON.stringify(ref) !== JSON.stringify({ catalogItemId: 'p1', appId: m.STORES_APP_ID, options: { options: { Size: 'S' } } })) throw new Error(how + ': wrong reference ' + JSON.stringify(ref))
      console.log('ok ' + how)
    }`
  writeFileSync(join(app, 'esm.mjs'), `${smoke}
    check(await import('wix-catalog-reference'), 'ESM import')
    for (const entry of ['wix-catalog-reference/ecom', 'wix-catalog-reference/catalog']) { await import(entry); console.log('ok ESM import ' + entry) }`)
  writeFileSync(join(app, 'cjs.cjs'), `${smoke}
    check(require('wix-catalog-reference'), 'CommonJS require')
    for (const entry of ['wix-catalog-reference/ecom', 'wix-catalog-reference/catalog']) { require(entry); console.log('ok CommonJS require ' + entry) }`)
  run('node', ['esm.mjs'], { cwd: app })
  run('node', ['cjs.cjs'], { cwd: app })
  run('npx', ['--no-install', 'wix-catalog-reference', '--help'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] })
  console.log('ok CLI --help')
} finally {
  rmSync(work, { recursive: true, force: true })
}
