/*
 * Buyer selections for a product spec: options by id, key or name (V1: name → description or hex
 * value), sloppy spellings for the forgiving pass, a variantId instead of or with the options,
 * modifiers and free text around their length limits, subscriptions by id or title, and wrong ones of
 * each kind (unknown names, blank values, a choice that makes a missing combination, a hidden or
 * out-of-stock variant). Most selections target an existing variant, so that a good share is valid.
 */
import fc from 'fast-check'
import { sloppyArb, unknownNameArb } from './names.js'
import type { ChoiceSpec, ModifierSpec, OptionSpec, ProductSpec, SubscriptionSpec, VariantSpec } from './spec.js'
import { put, type Json } from './util.js'

/** A selection as a browser would send it (plain JSON; keys are own properties, `__proto__` too). */
export interface GenSelection {
  options?: Json
  variantId?: string
  modifiers?: Json
  subscriptionOptionId?: string | null
  quantity?: number
}

export interface GenBuildOptions {
  catalogVersion?: 'V1' | 'V3'
  availability?: 'enforce' | 'ignore'
  modifierChoiceValue?: 'key' | 'name'
}

const defined = (values: readonly (string | undefined)[]): string[] =>
  values.filter((v): v is string => v !== undefined)

/** Writes `exact` as given (mostly) or sloppily (trimmed / case / NFC variants of `sloppy`). */
function address(
  exact: readonly (string | undefined)[],
  sloppy: readonly (string | undefined)[] = exact,
): fc.Arbitrary<string> {
  const plain = defined(exact)
  const loose = defined(sloppy)
  const arbs: fc.WeightedArbitrary<string>[] = [{ weight: 5, arbitrary: fc.constantFrom(...plain) }]
  if (loose.length > 0) arbs.push({ weight: 1, arbitrary: fc.constantFrom(...loose).chain(sloppyArb) })
  return fc.oneof(...arbs)
}

export function optionAddress(spec: ProductSpec, o: OptionSpec): fc.Arbitrary<string> {
  return spec.version === 'V1' ? address([o.name]) : address([o.id, o.key, o.name], [o.key, o.name])
}

export function choiceAddress(spec: ProductSpec, c: ChoiceSpec): fc.Arbitrary<string> {
  return spec.version === 'V1'
    ? address([c.name, c.value], [c.name, c.value])
    : address([c.id, c.key, c.name], [c.key, c.name])
}

function modifierAddress(spec: ProductSpec, m: ModifierSpec): fc.Arbitrary<string> {
  return spec.version === 'V1'
    ? address([m.name])
    : address([m.id, m.key, m.name, m.textKey, m.title], [m.key, m.name, m.textKey, m.title])
}

function subscriptionAddress(s: SubscriptionSpec): fc.Arbitrary<string> {
  return address([s.id, s.title], [s.title])
}

const pct: fc.Arbitrary<number> = fc.integer({ min: 0, max: 99 })

/** A free text within the limits, not blank. */
export function validTextArb(min: number, max: number): fc.Arbitrary<string> {
  const lo = Math.max(1, min)
  const hi = Math.min(Math.max(lo, max), 500)
  return fc
    .tuple(fc.integer({ min: lo, max: hi }), fc.constantFrom('x', 'é', 'a b', 'ß'))
    .map(([n, f]) => f.repeat(n).slice(0, n))
}

/** A free text: valid mostly, else at the limits (min - 1, max + 1), blank, or long and blank. */
export function textArb(min: number, max: number): fc.Arbitrary<string> {
  const lo = Math.max(1, min)
  const hi = Math.max(lo, max)
  const length = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: lo, max: Math.min(hi, lo + 12) }) },
    { weight: 1, arbitrary: fc.integer({ min: lo, max: hi }) },
    { weight: 2, arbitrary: fc.constantFrom(...[0, min - 1, min, max, max + 1, 501].filter((n) => n >= 0)) },
  )
  const fill = fc.constantFrom('x', 'é', 'e\u0301', '😀', 'a b', 'ß', '<b>"\'\\', '\u0000', ' ', '\u00a0\t')
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc.tuple(length, fill).map(([n, f]) => f.repeat(Math.ceil(n / f.length) + 1).slice(0, n)),
    },
    { weight: 1, arbitrary: fc.tuple(length, fill).map(([n, f]) => ` ${f.repeat(n).slice(0, Math.max(0, n - 2))} `) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '\n') },
  )
}

function isAvailable(spec: ProductSpec, v: VariantSpec): boolean {
  if (v.visible === false) return false
  if (spec.version === 'V3') return v.inStock !== false || v.preorder === true
  return v.inStock !== false && !(v.trackQuantity === true && v.quantity !== undefined && v.quantity <= 0)
}

/** The choices a selection aims at: an available variant (mostly), any variant, or any combination. */
function targetArb(spec: ProductSpec): fc.Arbitrary<{ tuple: readonly number[]; variant: VariantSpec | undefined }> {
  const variants = spec.variants ?? []
  const available = variants.filter((v) => isAvailable(spec, v))
  const random = fc
    .tuple(...spec.options.map((o) => fc.integer({ min: 0, max: o.choices.length - 1 })))
    .map((tuple) => ({ tuple, variant: variants.find((v) => v.tuple.every((c, k) => c === tuple[k])) }))
  const arbs: fc.WeightedArbitrary<{ tuple: readonly number[]; variant: VariantSpec | undefined }>[] = [
    { weight: 1, arbitrary: random },
  ]
  if (variants.length > 0)
    arbs.push({ weight: 1, arbitrary: fc.constantFrom(...variants).map((v) => ({ tuple: v.tuple, variant: v })) })
  if (available.length > 0)
    arbs.push({ weight: 5, arbitrary: fc.constantFrom(...available).map((v) => ({ tuple: v.tuple, variant: v })) })
  return fc.oneof(...arbs)
}

type Entry = readonly [string, string] | undefined

function optionEntryArb(spec: ProductSpec, o: OptionSpec, target: number, careful: boolean): fc.Arbitrary<Entry> {
  return pct.chain((p): fc.Arbitrary<Entry> => {
    const key = optionAddress(spec, o)
    if (p < 86 || careful) return fc.tuple(key, choiceAddress(spec, o.choices[target] as ChoiceSpec))
    if (p < 91)
      return fc.tuple(
        key,
        fc.constantFrom(...o.choices).chain((c) => choiceAddress(spec, c)),
      )
    if (p < 93) return fc.tuple(key, fc.constantFrom('', ' ', '\t'))
    if (p < 95) return fc.tuple(key, unknownNameArb)
    return fc.constant(undefined)
  })
}

function modifierEntryArb(spec: ProductSpec, m: ModifierSpec, careful: boolean): fc.Arbitrary<Entry> {
  return pct.chain((p): fc.Arbitrary<Entry> => {
    if (p >= (m.mandatory === true ? (careful ? 100 : 92) : 55)) return fc.constant(undefined)
    const key = modifierAddress(spec, m)
    const min = spec.version === 'V3' ? (m.min ?? 0) : 0
    const max = m.max ?? 500
    if (m.kind === 'text') return fc.tuple(key, careful ? validTextArb(min, max) : textArb(min, max))
    return pct.chain((q) => {
      if (q < 86 || careful)
        return fc.tuple(
          key,
          fc.constantFrom(...m.choices).chain((c) => address([c.id, c.key, c.name], [c.key, c.name])),
        )
      if (q < 91) return fc.tuple(key, fc.constantFrom('', ' '))
      return fc.tuple(key, unknownNameArb)
    })
  })
}

function subscriptionArb(spec: ProductSpec, careful: boolean): fc.Arbitrary<string | null | undefined> {
  const list = spec.subscriptions?.list ?? []
  return pct.chain((p): fc.Arbitrary<string | null | undefined> => {
    if (list.length === 0 || spec.version === 'V1') {
      return p < 80 || careful ? fc.constant(undefined) : fc.constantFrom('s0-any', 'Monthly', ' ', 'sub_123')
    }
    if (careful) {
      const visible = list.filter((s) => s.visible !== false)
      return visible.length > 0 ? fc.constantFrom(...visible).chain(subscriptionAddress) : fc.constant(undefined)
    }
    if (p < 35) return fc.constant(undefined)
    if (p < 40) return fc.constant(null)
    if (p < 90) return fc.constantFrom(...list).chain(subscriptionAddress)
    if (p < 95) return unknownNameArb
    return fc.constant(' ')
  })
}

const quantityArb: fc.Arbitrary<number | undefined> = fc.oneof(
  { weight: 14, arbitrary: fc.constant(undefined) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(1, 100_000, 99_999) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 100_001, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53) },
)

function record(entries: readonly Entry[]): Json | undefined {
  const present = entries.filter((e): e is readonly [string, string] => e !== undefined)
  if (present.length === 0) return undefined
  const out: Json = {}
  for (const [key, value] of present) put(out, key, value)
  return out
}

export interface SelectionConfig {
  /** Include modifiers (default true). */
  readonly modifiers?: boolean
  /** Include a subscription (default true). */
  readonly subscription?: boolean
  /**
   * Aim for a valid selection: every option and mandatory modifier given (still by sloppy names
   * now and then), a visible subscription, no unknown names. For big products, where a mistake in
   * one of many fields is otherwise almost certain.
   */
  readonly careful?: boolean
}

/** A selection for the product: aimed at a variant, with the odd mistake. */
export function selectionArb(spec: ProductSpec, config: SelectionConfig = {}): fc.Arbitrary<GenSelection> {
  const variants = spec.variants ?? []
  const careful = config.careful === true
  return targetArb(spec).chain(({ tuple, variant }) =>
    fc
      .record({
        how: careful
          ? fc.constantFrom('options', 'options', 'variantId', 'both')
          : fc.constantFrom(
              'options',
              'options',
              'options',
              'options',
              'options',
              'options',
              'options',
              'options',
              'variantId',
              'variantId',
              'both',
              'none',
            ),
        options: fc.tuple(...spec.options.map((o, k) => optionEntryArb(spec, o, tuple[k] as number, careful))),
        extraOption: pct.chain((p) =>
          p < 3 && !careful ? fc.tuple(unknownNameArb, fc.constant('S')) : fc.constant(undefined),
        ),
        variantId: pct.chain((p) =>
          (p < 85 || careful) && variant
            ? fc.constant(variant.id)
            : p < 95 && variants.length > 0
              ? fc.constantFrom(...variants).map((v) => v.id)
              : fc.constant('v999-unknown'),
        ),
        modifiers:
          config.modifiers === false
            ? fc.constant([])
            : fc.tuple(...spec.modifiers.map((m) => modifierEntryArb(spec, m, careful))),
        extraModifier: pct.chain((p) =>
          p < 3 && !careful ? fc.tuple(unknownNameArb, fc.constant('x')) : fc.constant(undefined),
        ),
        subscription: config.subscription === false ? fc.constant(undefined) : subscriptionArb(spec, careful),
        quantity: quantityArb,
      })
      .map((parts): GenSelection => {
        const selection: GenSelection = {}
        if (parts.how === 'options' || parts.how === 'both') {
          const options = record([...parts.options, parts.extraOption])
          if (options) selection.options = options
        }
        if (parts.how === 'variantId' || parts.how === 'both') selection.variantId = parts.variantId
        const modifiers = record([...parts.modifiers, parts.extraModifier])
        if (modifiers) selection.modifiers = modifiers
        if (parts.subscription !== undefined) selection.subscriptionOptionId = parts.subscription
        if (parts.quantity !== undefined) selection.quantity = parts.quantity
        return selection
      }),
  )
}

/** A partial selection of options only (a buyer half-way through a product page). */
export function partialSelectionArb(spec: ProductSpec): fc.Arbitrary<GenSelection> {
  return fc
    .tuple(
      ...spec.options.map((o) =>
        pct.chain(
          (p): fc.Arbitrary<Entry> =>
            p < 55
              ? fc.tuple(
                  optionAddress(spec, o),
                  fc.constantFrom(...o.choices).chain((c) => choiceAddress(spec, c)),
                )
              : fc.constant(undefined),
        ),
      ),
    )
    .map((entries) => {
      const options = record(entries)
      return options ? { options } : {}
    })
}

/** Build options: mostly none, sometimes availability "ignore", choice names, or the version. */
export function buildOptionsArb(spec: ProductSpec): fc.Arbitrary<GenBuildOptions | undefined> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: fc.constant<GenBuildOptions>({ availability: 'ignore' }) },
    { weight: 2, arbitrary: fc.constant<GenBuildOptions>({ modifierChoiceValue: 'name' }) },
    { weight: 1, arbitrary: fc.constant<GenBuildOptions>({ availability: 'enforce', modifierChoiceValue: 'key' }) },
    { weight: 2, arbitrary: fc.constant<GenBuildOptions>({ catalogVersion: spec.version }) },
  )
}
