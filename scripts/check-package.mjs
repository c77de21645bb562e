// Checks the package as users get it: packs it from a clean copy of the repository (`git archive` of
// HEAD, or of the uncommitted state of the tracked files: no dist/ of the working tree can slip in),
// which builds it through `prepack`, asserts the file listing, lints the exports (publint, are-the-types-wrong in
// all four resolution modes: node10, node16 from CJS and from ESM, bundler), checks the size budgets,
// then installs the tarball into an empty folder, checks that every runtime dependency installed
// with it admits the Node versions the package's `engines` declares, and imports every entry through
// ESM, CommonJS and the fallback folders (for tools that ignore `exports`) and runs the CLI (every
// example of its --help, on the installed samples).
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import semver from 'semver'

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts })
const npx = (...args) => run('npx', ['--no-install', ...args])

const work = mkdtempSync(join(tmpdir(), 'wcr-pack-'))
try {
  // The tracked files as committed (HEAD), or as they are now when there are uncommitted changes.
  const tree = execFileSync('git', ['stash', 'create'], { encoding: 'utf8' }).trim() || 'HEAD'
  const clone = join(work, 'clone')
  mkdirSync(clone)
  execFileSync('sh', ['-c', `git archive ${tree} | tar -x -C ${JSON.stringify(clone)}`], { stdio: 'inherit' })
  // The clone builds with this checkout's installed tools (a fresh install would only be slower).
  symlinkSync(resolve('node_modules'), join(clone, 'node_modules'), 'dir')
  // `npm pack` runs `prepack` (the build), whose output comes before the JSON listing on stdout.
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: clone,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const [{ filename, files }] = JSON.parse(packed.slice(packed.lastIndexOf('\n[\n') + 1))
  const tarball = resolve(work, filename)
  console.log(
    `packed ${filename} from a clean copy of ${tree === 'HEAD' ? 'HEAD' : 'the tracked files (uncommitted changes included)'}`,
  )
  checkListing(files.map((file) => file.path))

  npx('publint', '--strict', clone)
  npx('attw', tarball)
  run('node', ['scripts/size.mjs', join(clone, 'dist')])

  const core = readFileSync(join(clone, 'dist/index.js'), 'utf8') + readFileSync(join(clone, 'dist/index.cjs'), 'utf8')
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
  writeFileSync(
    join(app, 'esm.mjs'),
    `${smoke}
    check(await import('wix-catalog-reference'), 'ESM import')
    for (const entry of ['wix-catalog-reference/ecom', 'wix-catalog-reference/catalog']) { await import(entry); console.log('ok ESM import ' + entry) }`,
  )
  writeFileSync(
    join(app, 'cjs.cjs'),
    `${smoke}
    check(require('wix-catalog-reference'), 'CommonJS require')
    for (const entry of ['wix-catalog-reference/ecom', 'wix-catalog-reference/catalog']) { require(entry); console.log('ok CommonJS require ' + entry) }
    // What tools that ignore \`exports\` do: load the folder, i.e. its package.json \`main\`.
    const path = require('node:path')
    for (const entry of ['ecom', 'catalog']) {
      const folder = path.join(__dirname, 'node_modules', 'wix-catalog-reference', entry)
      if (Object.keys(require(folder)).length === 0) throw new Error(entry + '/ folder: nothing exported')
      console.log('ok fallback folder ' + entry + '/ (no exports map)')
    }`,
  )
  run('node', ['esm.mjs'], { cwd: app })
  run('node', ['cjs.cjs'], { cwd: app })
  // Every example of --help, as a user pastes it in a project that installed the package: they name
  // the shipped samples by their installed path (node_modules/wix-catalog-reference/samples/…).
  const help = execFileSync('npx', ['--no-install', 'wix-catalog-reference', '--help'], { cwd: app, encoding: 'utf8' })
  const examples = help
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npx wix-catalog-reference '))
  if (examples.length < 3) throw new Error(`CLI --help lists ${examples.length} examples`)
  for (const line of examples) {
    // Shell words: blanks split, double quotes group (the examples use no other quoting).
    const [, ...args] = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2])
    execFileSync('npx', ['--no-install', ...args], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  console.log(`ok CLI --help and its ${examples.length} examples on the installed samples`)
  const sample = join(app, 'node_modules/wix-catalog-reference/samples/house-blend.json')
  const built = execFileSync(
    'npx',
    [
      '--no-install',
      'wix-catalog-reference',
      'build',
      sample,
      '--option',
      'Size=250 g',
      '--option',
      'Grind=Espresso',
      '--option',
      'Bag color=Kraft',
      '--modifier',
      'Label text=Hi',
      '--subscription',
      'Monthly',
    ],
    { cwd: app, encoding: 'utf8' },
  )
  if (!JSON.parse(built).options?.subscriptionOptionId)
    throw new Error(`CLI build --subscription on the installed sample: ${built}`)
  console.log('ok CLI build --subscription on the installed samples/house-blend.json')
} finally {
  rmSync(work, { recursive: true, force: true })
}

/**
 * The packed files, exactly: the package manifests, README, LICENSE, CHANGELOG, the sample products,
 * and in dist/ the three entries as ESM and CommonJS with their types and sourcemaps, their shared
 * chunks, and the CLI as one ESM file with its map. Anything else (a CLI for CommonJS, a stray
 * declaration file, sources, tests) fails, and so does a missing part.
 */
function checkListing(paths) {
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'ecom/package.json',
    'catalog/package.json',
    'dist/cli.js',
    'dist/cli.js.map',
    ...['index', 'ecom/index', 'catalog/index'].flatMap((entry) =>
      ['.js', '.js.map', '.cjs', '.cjs.map', '.d.ts', '.d.cts'].map((ext) => `dist/${entry}${ext}`),
    ),
  ]
  const allowed = [
    /^samples\/[a-z0-9-]+\.json$/,
    /^dist\/chunk-[A-Z0-9]+\.(js|cjs)(\.map)?$/,
    /^dist\/[a-z]+-[A-Za-z0-9_-]+\.d\.c?ts$/, // declarations shared by the entries
  ]
  const missing = required.filter((path) => !paths.includes(path))
  const extra = paths.filter((path) => !required.includes(path) && !allowed.some((pattern) => pattern.test(path)))
  if (!paths.some((path) => path.startsWith('samples/'))) missing.push('samples/*.json')
  for (const path of paths.filter((p) => p.endsWith('.map')))
    if (!paths.includes(path.slice(0, -4))) extra.push(`${path} (no file it maps)`)
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `package listing: ${missing.length > 0 ? `missing ${missing.join(', ')}` : ''}${extra.length > 0 ? ` unexpected ${extra.join(', ')}` : ''}`,
    )
  }
  console.log(`ok package listing: ${paths.length} files (code, types, sourcemaps, LICENSE, samples; nothing else)`)
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
