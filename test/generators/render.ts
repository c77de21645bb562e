/*
 * Renders a product spec as the raw JSON Wix returns:
 * - `rest`: REST JSON (`id`);
 * - `sdk`: `@wix/sdk` objects (`_id` wherever REST says `id`);
 * - `velo`: V1 only, Velo `wix-stores-backend` / `$w.ProductPage` (`_id`, `productOptions` keyed by
 *   option name, stock fields at the top level);
 * - `docs`: V3 only, REST JSON with the variant shape the docs show (`variant.optionChoiceIds[]`
 *   instead of `variant.choices[].optionChoiceIds`).
 * Every object is freshly made, and keys that are names (`__proto__` included) are own properties.
 */
import type { ChoiceSpec, ModifierSpec, OptionSpec, ProductSpec, VariantSpec } from './spec.js'
import { put, type Json } from './util.js'

export type Shape = 'rest' | 'sdk' | 'velo' | 'docs'

/** The shapes a product of this version comes in. */
export function shapesOf(version: ProductSpec['version']): readonly Shape[] {
  return version === 'V1' ? ['rest', 'sdk', 'velo'] : ['rest', 'sdk', 'docs']
}

/** An object from entries, leaving out undefined values. */
function obj(entries: readonly (readonly [string, unknown])[]): Json {
  const out: Json = {}
  for (const [key, value] of entries) if (value !== undefined) put(out, key, value)
  return out
}

function list<T>(items: readonly T[], omitEmpty: boolean): T[] | undefined {
  return omitEmpty && items.length === 0 ? undefined : [...items]
}

function renderV3(spec: ProductSpec, shape: Shape): Json {
  const idKey = shape === 'sdk' ? '_id' : 'id'
  const choice = (c: ChoiceSpec, swatch: boolean): Json =>
    obj([
      ['choiceId', c.id],
      ['choiceType', swatch ? 'ONE_COLOR' : 'CHOICE_TEXT'],
      ['key', c.key],
      ['name', c.name],
      ['visible', c.visible],
      ['inStock', c.inStock],
    ])
  const option = (o: OptionSpec): Json =>
    obj([
      [idKey, o.id],
      ['name', o.name],
      ['key', o.key],
      ['optionRenderType', o.color ? 'SWATCH_CHOICES' : 'TEXT_CHOICES'],
      ['choicesSettings', { choices: o.choices.map((c) => choice(c, o.color)) }],
    ])
  const modifier = (m: ModifierSpec): Json =>
    m.kind === 'text'
      ? obj([
          [idKey, m.id],
          ['name', m.name],
          ['key', m.key],
          ['modifierRenderType', 'FREE_TEXT'],
          ['mandatory', m.mandatory],
          [
            'freeTextSettings',
            obj([
              ['key', m.textKey],
              ['title', m.title],
              ['minCharCount', m.min],
              ['maxCharCount', m.max],
            ]),
          ],
        ])
      : obj([
          [idKey, m.id],
          ['name', m.name],
          ['key', m.key],
          ['modifierRenderType', m.swatch ? 'SWATCH_CHOICES' : 'TEXT_CHOICES'],
          ['mandatory', m.mandatory],
          ['choicesSettings', { choices: m.choices.map((c) => choice(c, m.swatch)) }],
        ])
  const variant = (v: VariantSpec): Json => {
    const pairs = v.tuple.map((c, k) => {
      const o = spec.options[k] as OptionSpec
      return { optionId: o.id, choiceId: (o.choices[c] as ChoiceSpec).id }
    })
    if (spec.reverseVariantChoices) pairs.reverse()
    const status = obj([
      ['inStock', v.inStock],
      ['preorderEnabled', v.preorder],
    ])
    return obj([
      [idKey, v.id],
      ['visible', v.visible],
      shape === 'docs' ? ['optionChoiceIds', pairs] : ['choices', pairs.map((p) => ({ optionChoiceIds: p }))],
      ['inventoryStatus', Object.keys(status).length > 0 ? status : undefined],
    ])
  }
  const variants = spec.variants?.map(variant)
  if (variants && spec.reverseVariants) variants.reverse()
  const subscriptions = spec.subscriptions
  return obj([
    [idKey, spec.id],
    ['name', spec.name],
    ['visible', spec.visible],
    ['options', list(spec.options.map(option), spec.omitEmpty)],
    ['modifiers', list(spec.modifiers.map(modifier), spec.omitEmpty)],
    ['variantsInfo', variants ? { variants } : undefined],
    [
      'subscriptionDetails',
      subscriptions
        ? obj([
            [
              'subscriptions',
              subscriptions.list.map((s) =>
                obj([
                  [idKey, s.id],
                  ['title', s.title],
                  ['visible', s.visible],
                ]),
              ),
            ],
            ['allowOneTimePurchases', subscriptions.allowOneTime],
          ])
        : undefined,
    ],
  ])
}

function renderV1(spec: ProductSpec, shape: Shape): Json {
  const idKey = shape === 'rest' ? 'id' : '_id'
  const option = (o: OptionSpec): Json =>
    obj([
      ['optionType', o.color ? 'color' : 'drop_down'],
      ['name', o.name],
      [
        'choices',
        o.choices.map((c) =>
          obj([
            ['value', c.value],
            ['description', c.name],
            ['inStock', c.inStock],
            ['visible', c.visible],
          ]),
        ),
      ],
    ])
  const variant = (v: VariantSpec): Json =>
    obj([
      [idKey, v.id],
      [
        'choices',
        obj(
          v.tuple.map((c, k) => [
            (spec.options[k] as OptionSpec).name,
            ((spec.options[k] as OptionSpec).choices[c] as ChoiceSpec).name,
          ]),
        ),
      ],
      ['variant', v.visible === undefined ? undefined : { visible: v.visible }],
      [
        'stock',
        obj([
          ['trackQuantity', v.trackQuantity],
          ['quantity', v.quantity],
          ['inStock', v.inStock],
        ]),
      ],
    ])
  const variants = spec.variants?.map(variant)
  if (variants && spec.reverseVariants) variants.reverse()
  const { inStock, track } = spec.stock
  const quantity = track ? (inStock ? Math.max(1, spec.stock.quantity) : 0) : undefined
  const stockFields: (readonly [string, unknown])[] =
    shape === 'velo'
      ? [
          ['inStock', inStock],
          ['trackInventory', track],
          ['quantityInStock', quantity],
        ]
      : [
          [
            'stock',
            obj([
              ['trackInventory', track],
              ['quantity', quantity],
              ['inStock', inStock],
              ['inventoryStatus', inStock ? 'IN_STOCK' : 'OUT_OF_STOCK'],
            ]),
          ],
        ]
  const productOptions =
    shape === 'velo'
      ? spec.omitEmpty && spec.options.length === 0
        ? undefined
        : obj(spec.options.map((o) => [o.name, option(o)]))
      : list(spec.options.map(option), spec.omitEmpty)
  return obj([
    [idKey, spec.id],
    ['name', spec.name],
    ['visible', spec.visible],
    ['manageVariants', spec.managed],
    ['productOptions', productOptions],
    [
      'customTextFields',
      list(
        spec.modifiers.map((m) =>
          obj([
            ['title', m.name],
            ['maxLength', m.max],
            ['mandatory', m.mandatory],
          ]),
        ),
        spec.omitEmpty,
      ),
    ],
    ['variants', variants],
    ...stockFields,
  ])
}

/** The raw product JSON for a spec, in one shape. A fresh object on every call. */
export function render(spec: ProductSpec, shape: Shape = 'rest'): Json {
  return spec.version === 'V3' ? renderV3(spec, shape) : renderV1(spec, shape)
}
