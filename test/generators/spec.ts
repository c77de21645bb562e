/*
 * Product specs: an abstract Wix Stores product (V1 or V3) that render.ts turns into the raw JSON Wix
 * returns (SDK, REST, Velo, docs variant shape) and selection.ts picks selections from.
 *
 * Sizes go up to Wix's limits (docs/building.md, "Limits"): 6 options, 1000 variants, 10 modifiers, 6 subscriptions.
 * Variants are the cartesian combinations of the choices, some left out (a combination that does not
 * exist), each hidden / out of stock / pre-orderable at random.
 */
import fc from 'fast-check'
import { labels, WORDS, type NameMode } from './names.js'

export type Version = 'V1' | 'V3'

export interface ChoiceSpec {
  /** V3 `choiceId` (always for options; optional for modifier choices). */
  readonly id?: string | undefined
  readonly key?: string | undefined
  /** V3 name; V1 description. */
  readonly name: string
  /** V1 `value`: the hex code of a color choice, the description otherwise. */
  readonly value?: string | undefined
  readonly visible?: boolean | undefined
  readonly inStock?: boolean | undefined
}

export interface OptionSpec {
  readonly id: string
  readonly key?: string | undefined
  readonly name: string
  /** V1 `optionType: "color"` / V3 `SWATCH_CHOICES`. */
  readonly color: boolean
  readonly choices: readonly ChoiceSpec[]
}

export interface VariantSpec {
  readonly id: string
  /** Choice index per option. */
  readonly tuple: readonly number[]
  readonly visible?: boolean | undefined
  readonly inStock?: boolean | undefined
  /** V3 `inventoryStatus.preorderEnabled`. */
  readonly preorder?: boolean | undefined
  /** V1 `stock.trackQuantity` / `stock.quantity`. */
  readonly trackQuantity?: boolean | undefined
  readonly quantity?: number | undefined
}

export interface ModifierSpec {
  readonly kind: 'choices' | 'text'
  readonly id?: string | undefined
  readonly key?: string | undefined
  /** V3 name; V1 custom text field title. */
  readonly name: string
  readonly swatch: boolean
  readonly mandatory?: boolean | undefined
  readonly choices: readonly ChoiceSpec[]
  /** V3 FREE_TEXT `freeTextSettings.key` / `title`. */
  readonly textKey?: string | undefined
  readonly title?: string | undefined
  /** V3 `minCharCount`. */
  readonly min?: number | undefined
  /** V3 `maxCharCount`; V1 `maxLength`. */
  readonly max?: number | undefined
}

export interface SubscriptionSpec {
  readonly id: string
  readonly title?: string | undefined
  readonly visible?: boolean | undefined
}

export interface StockSpec {
  readonly inStock: boolean
  readonly track: boolean
  readonly quantity: number
}

export interface ProductSpec {
  readonly version: Version
  readonly id: string
  readonly name?: string | undefined
  readonly visible?: boolean | undefined
  /** V1 `manageVariants` (V3: always true). */
  readonly managed: boolean
  readonly options: readonly OptionSpec[]
  /** undefined: the product came without variants (`variantsInfo` / `variants` missing). */
  readonly variants?: readonly VariantSpec[] | undefined
  /** V3 modifiers; V1 custom text fields (kind `text`). */
  readonly modifiers: readonly ModifierSpec[]
  /** V3 `subscriptionDetails`; undefined: left out. */
  readonly subscriptions?:
    | { readonly list: readonly SubscriptionSpec[]; readonly allowOneTime?: boolean | undefined }
    | undefined
  /** V1 product stock (unmanaged products are bought against it). */
  readonly stock: StockSpec
  /** Render order tweaks, which must not change any result. */
  readonly reverseVariants: boolean
  readonly reverseVariantChoices: boolean
  /** Leave empty arrays out instead of writing `[]`. */
  readonly omitEmpty: boolean
}

/**
 * The product manages variants and came without them (docs/decisions.md): V3 without variantsInfo, V1 without
 * variants or with an empty list (V1 queryProducts without includeVariants).
 */
export function comesWithoutVariants(spec: ProductSpec): boolean {
  const managed = spec.version === 'V3' || spec.managed
  return managed && (spec.variants === undefined || (spec.version === 'V1' && spec.variants.length === 0))
}

export interface SpecConfig {
  readonly version?: Version | undefined
  readonly names: NameMode
  readonly minOptions?: number | undefined
  readonly maxOptions: number
  readonly minChoices?: number | undefined
  readonly maxChoices: number
  /** At most this many variants (the first combinations). */
  readonly maxVariants: number
  /** Share of combinations that exist as variants (0..100). */
  readonly variantRate?: number | undefined
  readonly minModifiers?: number | undefined
  readonly maxModifiers: number
  readonly maxModifierChoices: number
  readonly minSubscriptions?: number | undefined
  readonly maxSubscriptions: number
  /** Choice counts to pick from instead of random ones (products at the limits). */
  readonly choiceCounts?: readonly (readonly number[])[] | undefined
}

/** Everyday products: small, so that thousands of runs stay fast. */
export const SMALL: SpecConfig = {
  names: 'clean',
  maxOptions: 3,
  maxChoices: 4,
  maxVariants: 64,
  maxModifiers: 3,
  maxModifierChoices: 3,
  maxSubscriptions: 3,
}

/** Colliding names (`a` / `A` / ` a`, a key equal to another item's name). */
export const CHAOS: SpecConfig = { ...SMALL, names: 'chaos' }

/** Products at Wix's limits: 6 options, 1000 variants, 10 modifiers, 6 subscriptions. */
export const AT_LIMITS: SpecConfig = {
  names: 'clean',
  minOptions: 6,
  maxOptions: 6,
  maxChoices: 10,
  maxVariants: 1000,
  variantRate: 97,
  minModifiers: 10,
  maxModifiers: 10,
  maxModifierChoices: 6,
  minSubscriptions: 6,
  maxSubscriptions: 6,
  choiceCounts: [
    [4, 4, 4, 4, 2, 2],
    [10, 10, 10, 1, 1, 1],
    [5, 5, 5, 2, 2, 2],
    [6, 6, 6, 5, 1, 1],
  ],
}

/** One V3 option with 1000 choices (Wix's V3 limit per option) and a variant each. */
export const WIDE_OPTION: SpecConfig = {
  ...AT_LIMITS,
  version: 'V3',
  minOptions: 1,
  maxOptions: 1,
  choiceCounts: [[1000]],
  minModifiers: 0,
  maxModifiers: 2,
}

const percent = (rate: number): fc.Arbitrary<boolean> => fc.integer({ min: 0, max: 99 }).map((x) => x < rate)

/** true mostly, false sometimes, absent (undefined) now and then: Wix leaves flags out. */
function flag(trueWeight: number, falseWeight: number, absentWeight = 1): fc.Arbitrary<boolean | undefined> {
  return fc.oneof(
    { weight: trueWeight, arbitrary: fc.constant(true) },
    { weight: falseWeight, arbitrary: fc.constant(false) },
    { weight: absentWeight, arbitrary: fc.constant(undefined) },
  )
}

/** Names for big namespaces (1000 choices): unique by construction, cheap to make. */
function manyLabels(n: number): fc.Arbitrary<string[]> {
  return fc.constantFrom(...WORDS).map((word) => Array.from({ length: n }, (_, i) => `${word} ${i}`))
}

function namesFor(mode: NameMode, n: number): fc.Arbitrary<string[]> {
  return n > 40 ? manyLabels(n) : labels(mode, n)
}

/** key: absent, equal to the name, or its own label (chaos: maybe another item's name). */
type KeyMode = 'absent' | 'name' | 'own' | 'other'
const keyModeArb = (mode: NameMode): fc.Arbitrary<KeyMode> =>
  mode === 'clean'
    ? fc.constantFrom<KeyMode>('name', 'name', 'own', 'absent')
    : fc.constantFrom<KeyMode>('name', 'own', 'absent', 'other', 'other')

function pickKey(km: KeyMode, name: string, own: string, other: string | undefined): string | undefined {
  if (km === 'absent') return undefined
  if (km === 'name') return name
  if (km === 'own') return own
  return other ?? own
}

/** Drops repeated keys (Wix keys are unique); chaos keys may still equal other items' names. */
function uniqueKeys<T extends { key?: string | undefined }>(items: T[]): T[] {
  const seen = new Set<string>()
  return items.map((item) => {
    if (item.key === undefined) return item
    if (seen.has(item.key)) return { ...item, key: undefined }
    seen.add(item.key)
    return item
  })
}

function combinations(counts: readonly number[], cap: number): number[][] {
  const out: number[][] = []
  const walk = (prefix: number[]): void => {
    if (out.length >= cap) return
    if (prefix.length === counts.length) {
      out.push(prefix)
      return
    }
    for (let c = 0; c < (counts[prefix.length] as number) && out.length < cap; c++) walk([...prefix, c])
  }
  walk([])
  return out
}

interface VariantFlags {
  present: boolean
  visible: boolean | undefined
  inStock: boolean | undefined
  preorder: boolean | undefined
  trackQuantity: boolean | undefined
  quantity: number | undefined
}

function variantFlagsArb(rate: number): fc.Arbitrary<VariantFlags> {
  return fc.record({
    present: percent(rate),
    visible: flag(10, 1, 1),
    inStock: flag(8, 2, 1),
    preorder: flag(1, 2, 2),
    trackQuantity: flag(1, 2, 1),
    quantity: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  })
}

function v1InStock(v: VariantFlags): boolean {
  return v.inStock !== false && !(v.trackQuantity === true && v.quantity !== undefined && v.quantity <= 0)
}

function choiceSpecs(
  names: readonly string[],
  count: number,
  version: Version,
  mode: NameMode,
  color: boolean,
  idPrefix: string,
  salt: string,
  keyModes: readonly KeyMode[],
  withIds: readonly boolean[],
): ChoiceSpec[] {
  const choices: ChoiceSpec[] = []
  for (let j = 0; j < count; j++) {
    const name = names[2 * j] as string
    if (version === 'V1') {
      const value = color ? `#${(0xa00000 + j * 0x010203).toString(16)}` : name
      choices.push({ name, value })
    } else {
      const other = mode === 'chaos' ? names[(2 * j + 2) % names.length] : undefined
      const key = pickKey(keyModes[j] ?? 'name', name, names[2 * j + 1] as string, other)
      choices.push({ id: withIds[j] === false ? undefined : `${idPrefix}${j}-${salt}`, key, name })
    }
  }
  // The value a reference carries (key, else name) must tell the choices apart, as in Wix.
  return dedupe(
    uniqueKeys(choices),
    (c) => c.key ?? c.name,
    (c, j) => ({ ...c, key: names[2 * j + 1] as string }),
  )
}

/** Makes `outOf` unique over `items` by applying `fix` (which gives an item its own label) to repeats. */
function dedupe<T>(items: T[], outOf: (item: T) => string, fix: (item: T, index: number) => T): T[] {
  const seen = new Set<string>()
  return items.map((item, index) => {
    let next = item
    if (seen.has(outOf(next))) next = fix(next, index)
    seen.add(outOf(next))
    return next
  })
}

/** The key a modifier writes into the reference (docs/building.md, "The Wix rules it implements"), unique per kind as Wix keys are. */
function uniqueOutKeys(modifiers: ModifierSpec[], names: readonly string[]): ModifierSpec[] {
  const outKey = (m: ModifierSpec): string =>
    `${m.kind}:${m.kind === 'text' ? (m.textKey ?? m.key ?? m.title ?? m.name) : (m.key ?? m.name)}`
  return dedupe(modifiers, outKey, (m, i) =>
    m.kind === 'text' ? { ...m, textKey: names[4 * i + 2] as string } : { ...m, key: names[4 * i + 1] as string },
  )
}

/** A product spec. */
export function productSpecArb(config: SpecConfig): fc.Arbitrary<ProductSpec> {
  const mode = config.names
  const countsArb: fc.Arbitrary<readonly number[]> = config.choiceCounts
    ? fc.constantFrom(...config.choiceCounts)
    : fc.array(fc.integer({ min: config.minChoices ?? 1, max: config.maxChoices }), {
        minLength: config.minOptions ?? 0,
        maxLength: config.maxOptions,
      })
  return fc
    .record({
      version: config.version ? fc.constant(config.version) : fc.constantFrom<Version>('V1', 'V3'),
      salt: fc.integer({ min: 0, max: 0xfffff }).map((n) => n.toString(36)),
      counts: countsArb,
      managed: percent(70),
      modifierKinds: fc.array(fc.constantFrom<'choices' | 'text'>('choices', 'text'), {
        minLength: config.minModifiers ?? 0,
        maxLength: config.maxModifiers,
      }),
      subscriptionCount: fc.integer({ min: config.minSubscriptions ?? 0, max: config.maxSubscriptions }),
      hasSubscriptionDetails: percent(30),
      allowOneTime: flag(2, 2, 1),
      visible: flag(12, 1, 1),
      productName: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
      variantsPresent: percent(96),
      stock: fc.record({ inStock: percent(88), track: fc.boolean(), quantity: fc.integer({ min: 0, max: 5 }) }),
      derivedFlags: percent(85),
      reverseVariants: percent(15),
      reverseVariantChoices: percent(25),
      omitEmpty: percent(20),
      nameIsOtherId: percent(mode === 'chaos' ? 30 : 0),
    })
    .chain((base) => {
      const version = base.version
      const counts = base.counts
      const n = counts.length
      const managed = version === 'V3' || base.managed
      const combos = combinations(counts, config.maxVariants)
      const modifierCount = base.modifierKinds.length
      const kinds = version === 'V1' ? base.modifierKinds.map(() => 'text' as const) : base.modifierKinds
      return fc
        .record({
          optionNames: namesFor(mode, 2 * n),
          optionKeyModes: fc.array(keyModeArb(mode), { minLength: n, maxLength: n }),
          colors: fc.array(percent(25), { minLength: n, maxLength: n }),
          choiceNames: fc.tuple(...counts.map((c) => namesFor(mode, 2 * c + 1))),
          choiceKeyModes: fc.tuple(...counts.map((c) => fc.array(keyModeArb(mode), { minLength: c, maxLength: c }))),
          variantFlags: fc.array(variantFlagsArb(config.variantRate ?? 85), {
            minLength: combos.length,
            maxLength: combos.length,
          }),
          randomChoiceFlags: fc.tuple(
            ...counts.map((c) => fc.array(fc.tuple(flag(5, 2, 1), flag(5, 2, 1)), { minLength: c, maxLength: c })),
          ),
          modifierNames: namesFor(mode, 4 * modifierCount),
          modifiers: fc.tuple(
            ...kinds.map((kind) =>
              fc.record({
                kind: fc.constant(kind),
                hasId: percent(50),
                keyMode: keyModeArb(mode),
                textKeyMode: fc.constantFrom('key', 'name', 'own', mode === 'chaos' ? 'absent' : 'own'),
                titleMode: fc.constantFrom('absent', 'name', 'own'),
                swatch: percent(30),
                mandatory: flag(3, 4, 2),
                choiceCount: fc.integer({ min: 1, max: config.maxModifierChoices }),
                choiceNames: namesFor(mode, 2 * config.maxModifierChoices + 1),
                choiceKeyModes: fc.array(keyModeArb(mode), {
                  minLength: config.maxModifierChoices,
                  maxLength: config.maxModifierChoices,
                }),
                choiceIds: fc.array(percent(50), {
                  minLength: config.maxModifierChoices,
                  maxLength: config.maxModifierChoices,
                }),
                min: fc.option(fc.constantFrom(0, 1, 2, 5), { nil: undefined }),
                max: fc.option(fc.constantFrom(1, 3, 10, 40, 500), { nil: undefined }),
              }),
            ),
          ),
          subscriptionTitles: namesFor(mode, base.subscriptionCount),
          subscriptions: fc.array(
            fc.record({ hasTitle: percent(mode === 'clean' ? 100 : 80), visible: flag(8, 2, 1) }),
            {
              minLength: base.subscriptionCount,
              maxLength: base.subscriptionCount,
            },
          ),
        })
        .map((parts): ProductSpec => {
          const salt = base.salt
          let options: OptionSpec[] = counts.map((count, i) => {
            const name = parts.optionNames[2 * i] as string
            const other = mode === 'chaos' ? parts.optionNames[(2 * i + 2) % parts.optionNames.length] : undefined
            const color = parts.colors[i] === true
            const choiceNames = parts.choiceNames[i] as string[]
            const choices = choiceSpecs(
              choiceNames,
              count,
              version,
              mode,
              color,
              `c${i}-`,
              salt,
              parts.choiceKeyModes[i] as KeyMode[],
              [],
            )
            return {
              id: `o${i}-${salt}`,
              key:
                version === 'V3'
                  ? pickKey(parts.optionKeyModes[i] ?? 'name', name, parts.optionNames[2 * i + 1] as string, other)
                  : undefined,
              name,
              color,
              choices,
            }
          })
          if (version === 'V3') options = uniqueKeys(options)
          if (base.nameIsOtherId && options.length >= 2 && version === 'V3') {
            options[0] = { ...(options[0] as OptionSpec), name: (options[1] as OptionSpec).id }
          }

          // Variants: the combinations that exist, each with its flags.
          let variants: VariantSpec[] | undefined
          const present: { tuple: number[]; flags: VariantFlags }[] = []
          combos.forEach((tuple, v) => {
            const flags = parts.variantFlags[v] as VariantFlags
            if (flags.present || combos.length === 1) present.push({ tuple, flags })
          })
          if (base.variantsPresent) {
            variants = present.map(({ tuple, flags }, v) => {
              const id = version === 'V1' && n === 0 ? '00000000-0000-0000-0000-000000000000' : `v${v}-${salt}`
              return version === 'V3'
                ? { id, tuple, visible: flags.visible, inStock: flags.inStock, preorder: flags.preorder }
                : {
                    id,
                    tuple,
                    visible: flags.visible,
                    inStock: flags.inStock,
                    trackQuantity: flags.trackQuantity,
                    quantity: flags.quantity,
                  }
            })
          }

          // Choice flags: derived from the variants as Wix does, or random.
          const productInStock = base.stock.inStock
          options = options.map((option, i) => ({
            ...option,
            choices: option.choices.map((choice, j) => {
              if (!base.derivedFlags) {
                const [visible, inStock] = (parts.randomChoiceFlags[i] as [boolean | undefined, boolean | undefined][])[
                  j
                ] as [boolean | undefined, boolean | undefined]
                return { ...choice, visible, inStock }
              }
              if (!managed) return { ...choice, visible: true, inStock: productInStock }
              const withChoice = present.filter((p) => p.tuple[i] === j && p.flags.visible !== false)
              const inStock = withChoice.some((p) =>
                version === 'V1' ? v1InStock(p.flags) : p.flags.inStock !== false,
              )
              return { ...choice, visible: withChoice.length > 0, inStock }
            }),
          }))

          const modifiers: ModifierSpec[] = parts.modifiers.map((m, i) => {
            const names = parts.modifierNames
            const name = names[4 * i] as string
            const other = mode === 'chaos' ? names[(4 * i + 4) % names.length] : undefined
            if (version === 'V1') {
              return { kind: 'text', name, swatch: false, mandatory: m.mandatory, choices: [], max: m.max }
            }
            const key = pickKey(m.keyMode, name, names[4 * i + 1] as string, other)
            if (m.kind === 'text') {
              const textKey =
                m.textKeyMode === 'key'
                  ? (key ?? name)
                  : m.textKeyMode === 'name'
                    ? name
                    : m.textKeyMode === 'own'
                      ? (names[4 * i + 2] as string)
                      : undefined
              const title =
                m.titleMode === 'absent' ? undefined : m.titleMode === 'name' ? name : (names[4 * i + 3] as string)
              const min = m.min !== undefined && m.max !== undefined && m.min > m.max ? m.max : m.min
              return {
                kind: 'text',
                id: m.hasId ? `m${i}-${salt}` : undefined,
                key,
                name,
                swatch: false,
                mandatory: m.mandatory,
                choices: [],
                textKey,
                title,
                min,
                max: m.max,
              }
            }
            const choices = choiceSpecs(
              m.choiceNames,
              m.choiceCount,
              'V3',
              mode,
              false,
              `mc${i}-`,
              salt,
              m.choiceKeyModes,
              m.choiceIds,
            )
            return {
              kind: 'choices',
              id: m.hasId ? `m${i}-${salt}` : undefined,
              key,
              name,
              swatch: m.swatch,
              mandatory: m.mandatory,
              choices,
            }
          })

          const subscriptions =
            version === 'V3' && (base.subscriptionCount > 0 || base.hasSubscriptionDetails)
              ? {
                  list: parts.subscriptions.map((s, i) => ({
                    id: `s${i}-${salt}`,
                    title: s.hasTitle ? parts.subscriptionTitles[i] : undefined,
                    visible: s.visible,
                  })),
                  allowOneTime: base.allowOneTime,
                }
              : undefined

          return {
            version,
            id: `p${salt}`,
            name: base.productName,
            visible: base.visible,
            managed,
            options,
            variants,
            modifiers: version === 'V3' ? uniqueOutKeys(uniqueKeys(modifiers), parts.modifierNames) : modifiers,
            subscriptions,
            stock: base.stock,
            reverseVariants: base.reverseVariants,
            reverseVariantChoices: base.reverseVariantChoices,
            omitEmpty: base.omitEmpty,
          }
        })
    })
}
