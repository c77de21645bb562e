// Checks the package as users get it: packs it, lints the exports (publint, are-the-types-wrong in
// all four resolution modes: node10, node16 from CJS and from ESM, bundler), checks the size budgets,
// then installs the tarball into an empty folder, checks that every runtime dependency installed
// with it admits the Node versions the package's `engines` declares, and imports every entry through
// ESM, CommonJS and the fallback folders (for tools that ignore `exports`) and runs the CLI.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import semver from 'semver'

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts })
const npx = (...args) => run('npx', ['--no-install', ...args])

const work = mkdtempSync(join(tmpdir(), 'wcr-pack-'))
try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }))
  const tarball = resolve(work, filename)
  console.log(`packed ${filename}`)

  npx('publint', '--strict')
  npx('attw', tarball)
  run('node', ['scripts/size.mjs', 'dist'])

  const core = readFileSync('dist/index.js', 'utf8') + readFileSync('dist/index.cjs', 'utf8')
  if (/@wix\/|["']zod/.test(core)) throw new Error('the core entry imports @wix/* or zod at run time')

  const app = join(work, 'app')
  run('mkdir', ['-p', app])
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: app })
  checkEngines(join(app, 'node_modules'), JSON.parse(readFileSync('package.json', 'utf8')).engines.node)
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
    for (const entry of ['wix-catalog-reference/ecom', 'wix-catalog-reference/catalog']) { require(entry); console.log('ok CommonJS require ' + entry) }
    // What tools that ignore \`exports\` do: load the folder, i.e. its package.json \`main\`.
    const path = require('node:path')
    for (const entry of ['ecom', 'catalog']) {
      const folder = path.join(__dirname, 'node_modules', 'wix-catalog-reference', entry)
      if (Object.keys(require(folder)).length === 0) throw new Error(entry + '/ folder: nothing exported')
      console.log('ok fallback folder ' + entry + '/ (no exports map)')
    }`)
  run('node', ['esm.mjs'], { cwd: app })
  run('node', ['cjs.cjs'], { cwd: app })
  run('npx', ['--no-install', 'wix-catalog-reference', '--help'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] })
  console.log('ok CLI --help')
} finally {
  rmSync(work, { recursive: true, force: true })
}

/**
 * Every package installed with the tarball (its runtime dependencies, all levels) must admit every
 * Node version the package's `engines.node` admits: its own `engines.node` range must contain ours
 * (semver.subset), or be absent.
 */
function checkEngines(nodeModules, engines) {
  const bad = []
  let count = 0
  const visit = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue
      if (name.startsWith('@')) {
        visit(join(dir, name))
        continue
      }
      const manifest = join(dir, name, 'package.json')
      if (!existsSync(manifest)) continue
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
      if (pkg.name !== 'wix-catalog-reference') {
        count++
        const range = pkg.engines?.node
        if (range !== undefined && !(semver.validRange(range) && semver.subset(engines, range))) {
          bad.push(`${pkg.name}@${pkg.version} needs node ${range}`)
        }
      }
      if (existsSync(join(dir, name, 'node_modules'))) visit(join(dir, name, 'node_modules'))
    }
  }
  visit(nodeModules)
  if (count === 0) throw new Error('no runtime dependency installed: the engines check looked in the wrong place')
  if (bad.length > 0) throw new Error(`runtime dependencies that do not install on node ${engines}: ${bad.join('; ')}`)
  console.log(`ok ${count} runtime dependenc${count === 1 ? 'y admits' : 'ies admit'} node ${engines}`)
}
