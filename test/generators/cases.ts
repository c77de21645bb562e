/*
 * Test cases: a product spec with a shape to render it in, a selection and build options. The
 * property files draw from these, so that every property sees the same products.
 */
import fc from 'fast-check'
import { render, shapesOf, type Shape } from './render.js'
import {
  buildOptionsArb,
  partialSelectionArb,
  selectionArb,
  type GenBuildOptions,
  type GenSelection,
  type SelectionConfig,
} from './selection.js'
import { CHAOS, productSpecArb, SMALL, type ProductSpec, type SpecConfig } from './spec.js'
import type { Json } from './util.js'

export interface Case {
  readonly spec: ProductSpec
  readonly shape: Shape
  readonly selection: GenSelection
  readonly options: GenBuildOptions | undefined
}

/**
 * The shapes to render a spec in. A Velo `productOptions` object cannot keep the order of option
 * names like "0" (JavaScript lists integer-like keys first, JSON.parse included), so such products
 * are not rendered in Velo shape: their option order, hence issue and picker order, would differ.
 */
export function shapesFor(spec: ProductSpec): readonly Shape[] {
  const reordered = spec.options.some((o) => /^(0|[1-9]\d{0,8})$/.test(o.name))
  return shapesOf(spec.version).filter((shape) => shape !== 'velo' || !reordered)
}

/** A product rendered in one of its shapes, a selection for it, and build options. */
export function caseArb(
  config: SpecConfig | readonly SpecConfig[] = [SMALL, CHAOS],
  selection: SelectionConfig = {},
): fc.Arbitrary<Case> {
  const configs = Array.isArray(config) ? (config as readonly SpecConfig[]) : [config as SpecConfig]
  return fc.oneof(...configs.map((c) => productSpecArb(c))).chain((spec) =>
    fc.record({
      spec: fc.constant(spec),
      shape: fc.constantFrom(...shapesFor(spec)),
      selection: selectionArb(spec, selection),
      options: buildOptionsArb(spec),
    }),
  )
}

/** A product with two selections (for warm-cache checks: the index is built by the other one). */
export function twoSelectionsArb(
  config: SpecConfig | readonly SpecConfig[] = [SMALL, CHAOS],
  selection: SelectionConfig = {},
): fc.Arbitrary<Case & { readonly other: GenSelection }> {
  return caseArb(config, selection).chain((c) => selectionArb(c.spec, selection).map((other) => ({ ...c, other })))
}

/** A product with variants (V3, V1 managed) and a half-made selection, for picker state. */
export function pickerCaseArb(config: SpecConfig | readonly SpecConfig[] = [SMALL, CHAOS]): fc.Arbitrary<Case> {
  const configs = Array.isArray(config) ? (config as readonly SpecConfig[]) : [config as SpecConfig]
  return fc.oneof(...configs.map((c) => productSpecArb(c))).chain((spec) =>
    fc.record({
      spec: fc.constant(spec),
      shape: fc.constantFrom(...shapesFor(spec)),
      selection: fc.oneof(partialSelectionArb(spec), selectionArb(spec, { modifiers: false })),
      options: fc.constant(undefined),
    }),
  )
}

/** The product of a case in its shape, and in REST shape (what the oracle reads). Fresh objects. */
export function productsOf(c: Case): { product: Json; rest: Json } {
  return { product: render(c.spec, c.shape), rest: render(c.spec, 'rest') }
}
