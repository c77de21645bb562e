/**
 * `npm run bench`: this library against the code users write by hand, on generated products at Wix's
 * limits, in the same run. Prints medians with their spread and ratios (naive time / ours; for the
 * "per warm build" rows ours / ours); exits 1 if a goal is missed. Ratios, not absolute times, are the
 * result: the machine is shared and noisy. `npm run bench -- <text>` runs the scenarios whose name
 * contains the text.
 */
import { cpus } from 'node:os'
import { Bench } from 'tinybench'
import { prepare, resolvePrepared } from '../src/engine/pipeline.js'
import { liveReading } from '../src/engine/variants.js'
import {
  type BuildOptions,
  buildCatalogReference,
  type CatalogProduct,
  getChoiceStates,
  getPricePreview,
  getProductView,
  type Selection,
} from '../src/index.js'
import { naiveBuildV1, naiveBuildV3, naivePickerV1, naivePickerV3, naivePriceV1, naivePriceV3 } from './naive.js'
import { combinations, v1ManagedProduct, v3Product } from './products.js'

type Raw = Record<string, any>

interface Case {
  readonly name: string
  readonly product: Raw
  readonly version: 'V1' | 'V3'
  /** The price goals of docs/decisions.md for this catalog version. */
  readonly warmPriceGoal: number
}

const cases: Case[] = [
  {
    name: 'V3 3×10 (1000 variants, 3 modifiers)',
    product: v3Product({ choices: [10, 10, 10] }),
    version: 'V3',
    warmPriceGoal: 10,
  },
  {
    name: 'V3 6 options (972 variants, 3 modifiers)',
    product: v3Product({ choices: [3, 3, 3, 3, 3, 4] }),
    version: 'V3',
    warmPriceGoal: 10,
  },
  {
    name: 'V3 40×25 (1000 variants, 3 modifiers)',
    product: v3Product({ choices: [40, 25] }, 2),
    version: 'V3',
    warmPriceGoal: 10,
  },
  {
    name: 'V1 managed 3×10 (1000 variants)',
    product: v1ManagedProduct({ choices: [10, 10, 10] }),
    version: 'V1',
    warmPriceGoal: 2,
  },
  {
    name: 'V1 managed 2×30 (900 variants)',
    product: v1ManagedProduct({ choices: [30, 30] }, 2),
    version: 'V1',
    warmPriceGoal: 2,
  },
]

/** 64 full selections spread over the product's combinations, as option id → choice id (V1: name → description). */
function selections(c: Case): Record<string, string>[] {
  const options: Raw[] = c.version === 'V3' ? c.product.options : c.product.productOptions
  const all = combinations(
    options.map((o) => (c.version === 'V3' ? o.choicesSettings.choices.length : o.choices.length)),
  )
  const step = Math.max(1, Math.floor(all.length / 64))
  return all
    .filter((_, i) => i % step === 0)
    .slice(0, 64)
    .map((tuple) =>
      Object.fromEntries(
        tuple.map((choice, k) => {
          const o = options[k]!
          return c.version === 'V3'
            ? [o.id, o.choicesSettings.choices[choice].choiceId]
            : [o.name, o.choices[choice].description]
        }),
      ),
    )
}

/** The first option chosen, the rest open: a product page after one click. */
function partial(selection: Record<string, string>): Record<string, string> {
  const [first] = Object.entries(selection)
  return first ? { [first[0]]: first[1] } : {}
}

const modifiers = { Label: 'For you' }
/** The three priced modifiers of the generated V3 products, all chosen. */
const pricedModifiers = { Label: 'For you', 'Gift wrap': 'yes', Ribbon: 'gold' }

interface Row {
  readonly scenario: string
  readonly product: string
  readonly ours: number
  readonly naive: number
  /** The ratio of each round, sorted: the spread. */
  readonly ratios: readonly number[]
  /** Goal on the median ratio: `{ atLeast }` (naive / ours) or `{ atMost }` (ours / ours' reference). */
  readonly goal: { readonly atLeast: number } | { readonly atMost: number } | undefined
}
const results: Row[] = []

const filter = process.argv[2]
/** Alternating rounds per scenario; the table shows the median round and the range of the rounds. */
const ROUNDS = 7

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!

/**
 * Runs ours and the reference in alternating rounds (same GC and JIT conditions) and keeps each
 * round's medians. `fresh`: a new product object per iteration (a never-seen product, parsed from
 * JSON outside the timed region, as products arrive from Wix).
 */
async function measure(
  scenario: string,
  c: Case,
  goal: Row['goal'],
  fresh: boolean,
  ours: (p: Raw, i: number) => unknown,
  reference: (p: Raw, i: number) => unknown,
): Promise<void> {
  if (filter !== undefined && !scenario.includes(filter)) return
  let i = 0
  let current = c.product
  const json = JSON.stringify(c.product)
  const beforeEach = fresh
    ? () => {
        current = JSON.parse(json) as Raw
      }
    : () => undefined
  const rounds: { ours: number; naive: number }[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench(
      fresh ? { time: 1, iterations: 300, warmupTime: 1, warmupIterations: 30 } : { time: 250, warmupTime: 50 },
    )
    const order = round % 2 === 0 ? (['ours', 'naive'] as const) : (['naive', 'ours'] as const)
    for (const name of order) {
      bench.add(name, name === 'ours' ? () => ours(current, i++ & 63) : () => reference(current, i++ & 63), {
        beforeEach,
      })
    }
    await bench.run()
    const p50 = (name: string): number =>
      (bench.getTask(name)?.result as { latency?: { p50?: number } } | undefined)?.latency?.p50 ?? Number.NaN
    rounds.push({ ours: p50('ours'), naive: p50('naive') })
  }
  const ratio = (r: { ours: number; naive: number }): number =>
    goal !== undefined && 'atMost' in goal ? r.ours / r.naive : r.naive / r.ours
  results.push({
    scenario,
    product: c.name,
    ours: median(rounds.map((r) => r.ours)),
    naive: median(rounds.map((r) => r.naive)),
    ratios: rounds.map(ratio).sort((a, b) => a - b),
    goal,
  })
}

for (const c of cases) {
  const full = selections(c)
  const v3 = c.version === 'V3'
  const naiveBuild = v3 ? naiveBuildV3 : naiveBuildV1
  const naivePicker = v3 ? naivePickerV3 : naivePickerV1
  const fullSelection = (i: number): Selection => ({ options: full[i % full.length]!, ...(v3 ? { modifiers } : {}) })
  const build = (p: Raw, i: number): unknown =>
    buildCatalogReference(p as CatalogProduct, fullSelection(i), { availability: 'ignore' })
  const states = (p: Raw, i: number): unknown =>
    getChoiceStates(p as CatalogProduct, { options: partial(full[i % full.length]!) })
  const naiveFullBuild = (p: Raw, i: number): unknown => naiveBuild(p, full[i % full.length]!)
  const naiveStates = (p: Raw, i: number): unknown => naivePicker(p, partial(full[i % full.length]!))

  await measure('warm build', c, { atLeast: 1 }, false, build, naiveFullBuild)
  await measure('cold build (never-seen product)', c, { atLeast: 0.5 }, true, build, naiveFullBuild)
  await measure('picker state (warm)', c, { atLeast: 20 }, false, states, naiveStates)

  /** The price scenarios' selection: the first option chosen, the rest open, the priced modifiers (V3). */
  const priceSelection = (i: number): Selection => ({
    options: partial(full[i % full.length]!),
    ...(v3 ? { modifiers: pricedModifiers } : {}),
  })
  const naivePrice = (p: Raw, i: number): unknown =>
    v3
      ? naivePriceV3(p, partial(full[i % full.length]!), pricedModifiers)
      : naivePriceV1(p, partial(full[i % full.length]!))
  for (const availability of ['enforce', 'ignore'] as const) {
    const options: BuildOptions = { availability }
    const price = (p: Raw, i: number): unknown => getPricePreview(p as CatalogProduct, priceSelection(i), options)
    // The builders' validation of the same selection (what getPricePreview runs for its `issues`).
    const validation = (p: Raw, i: number): unknown =>
      resolvePrepared(prepare(p, priceSelection(i), options, liveReading))
    const tag = `(${availability})`
    await measure(`price preview ${tag} (warm)`, c, { atLeast: c.warmPriceGoal }, false, price, naivePrice)
    await measure(
      `price preview ${tag} (warm) per warm build of the same selection`,
      c,
      { atMost: 1.5 },
      false,
      price,
      validation,
    )
    await measure(`price preview ${tag} (cold, never-seen product)`, c, { atLeast: 0.5 }, true, price, naivePrice)
  }
  const price = (p: Raw, i: number): unknown => getPricePreview(p as CatalogProduct, priceSelection(i))
  await measure(
    'first product-page render (picker + price + reference, never-seen product)',
    c,
    { atLeast: 1 },
    true,
    (p, i) => [states(p, i), price(p, i), build(p, i)],
    (p, i) => [naiveStates(p, i), naivePrice(p, i), naiveFullBuild(p, i)],
  )
  await measure(
    'first render (picker + reference, never-seen product)',
    c,
    { atLeast: 1 },
    true,
    (p, i) => [states(p, i), build(p, i)],
    (p, i) => [naiveStates(p, i), naiveFullBuild(p, i)],
  )
  const view = (p: Raw, i: number): unknown => getProductView(p as CatalogProduct, priceSelection(i))
  const naivePage = (p: Raw, i: number): unknown => [naiveStates(p, i), naivePrice(p, i), naiveFullBuild(p, i)]
  await measure(
    'product view (never-seen product) against the naive first render',
    c,
    { atLeast: 1 },
    true,
    view,
    naivePage,
  )
  await measure(
    'product view (warm: the next click) against the naive render',
    c,
    { atLeast: 5 },
    false,
    view,
    naivePage,
  )
}

const time = (ms: number): string => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`)
console.log(
  `\nwix-catalog-reference benchmarks — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
)
console.log(`${ROUNDS} alternating rounds per row; ratio = median round (lowest – highest round)`)
console.log('| scenario | product | ours (median) | reference (median) | ratio | goal | |')
console.log('|---|---|---:|---:|---:|---:|---|')
let failed = 0
for (const r of results) {
  const ratio = median(r.ratios)
  const ok = r.goal === undefined || ('atLeast' in r.goal ? ratio >= r.goal.atLeast : ratio <= r.goal.atMost)
  if (!ok) failed++
  const goal = r.goal === undefined ? '—' : 'atLeast' in r.goal ? `≥ ${r.goal.atLeast}` : `≤ ${r.goal.atMost}`
  const spread = `${ratio.toFixed(2)} (${r.ratios[0]!.toFixed(2)} – ${r.ratios[r.ratios.length - 1]!.toFixed(2)})`
  console.log(
    `| ${r.scenario} | ${r.product} | ${time(r.ours)} | ${time(r.naive)} | ${spread} | ${goal} | ${ok ? 'met' : 'MISSED'} |`,
  )
}
if (failed > 0) {
  console.log(`\n${failed} goal(s) missed`)
  process.exitCode = 1
}
