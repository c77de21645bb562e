/*
 * Names for options, choices, modifiers and subscriptions, and the ways a buyer (or a URL, or a
 * sloppy template) writes them back.
 *
 * "clean" names are unique within their namespace even after folding (trim, NFC, lower case), as in
 * a real Wix product: every selection then resolves one way, and the oracle can say exactly what must
 * be built. "chaos" names come from a tiny pool and collide on purpose (`a` / `A` / ` a`, a name equal
 * to another item's key): only soundness, totality and the equivalences are checked on them.
 */
import fc from 'fast-check'
import { fold, isBlank } from './util.js'

/** Words a Wix catalog really contains, plus hostile keys and Unicode that folds in interesting ways. */
export const WORDS: readonly string[] = [
  'Size',
  'Color',
  'Colour',
  'Material',
  'Style',
  'Fit',
  'Length',
  'Roast',
  'Grind',
  'Bag color',
  'Box color',
  'Flavor',
  'Engraving',
  'Gift note',
  'Gift wrap',
  'Remove price tag',
  'Monthly Subscription',
  'Yearly',
  'S',
  'M',
  'L',
  'XL',
  'Red',
  'Blue',
  'Black',
  'Kraft',
  'Yes',
  'No',
  '250 g',
  '1 kg',
  'Whole bean',
  'Café',
  'Cafe\u0301',
  'Größe',
  'Ærø',
  'İstanbul',
  'ΣΊΣΥΦΟΣ',
  'Ǆemal',
  'ﬁne',
  '名前',
  'サイズ',
  '😀 Emoji',
  'عربي',
  'a\u00a0b',
  'tab\tinside',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
  'then',
  'length',
  '0',
  '-1',
  'null',
  'undefined',
  // URL parameter names that mean something else (the subscription, the escape) or hide a control character.
  'subscription',
  'Subscription',
  '~Size',
  '~',
  '\u0000Size',
  '\u0001',
]

/** Ids are structured (`o3-…`, `c1-2-…`, …) so that no name can ever look like one. */
const ID_LIKE = /^[a-z]\d+-/

const randomAscii: fc.Arbitrary<string> = fc.string({ minLength: 1, maxLength: 10 })
const randomUnicode: fc.Arbitrary<string> = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 })
const randomBinary: fc.Arbitrary<string> = fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })

/** A non-blank name that is never mistaken for an id or a hex color value. */
export const labelArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: randomAscii },
    { weight: 1, arbitrary: randomUnicode },
    { weight: 1, arbitrary: randomBinary },
  )
  .filter((s) => !isBlank(s) && !ID_LIKE.test(s) && !s.startsWith('#'))

/** `n` clean names: distinct after folding. */
export function cleanLabels(n: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(labelArb, { minLength: n, maxLength: n, selector: fold })
}

const CHAOS_WORDS: readonly string[] = [
  'a',
  'A',
  ' a',
  'a ',
  'b',
  'B',
  'é',
  'e\u0301',
  'É',
  'Size',
  'size',
  'SIZE',
  '__proto__',
  'constructor',
  'x',
  'subscription',
  '~a',
  '~~a',
]

/** `n` chaos names: distinct as exact strings (Wix never repeats a name), colliding after folding. */
export function chaosLabels(n: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CHAOS_WORDS) }, { weight: 1, arbitrary: labelArb }),
    {
      minLength: n,
      maxLength: n,
    },
  )
}

export type NameMode = 'clean' | 'chaos'

export function labels(mode: NameMode, n: number): fc.Arbitrary<string[]> {
  return mode === 'clean' ? cleanLabels(n) : chaosLabels(n)
}

/**
 * The ways of writing `text` that the forgiving pass may accept (or not: `ß` upper-cases to `SS`,
 * `İ` lower-cases to two code points): other case, padding, NFD, both.
 */
export function sloppyArb(text: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    text.toUpperCase(),
    text.toLowerCase(),
    ` ${text}`,
    `${text}\t`,
    `\u00a0${text.toUpperCase()}\n`,
    text.normalize('NFD'),
    text.normalize('NFC'),
    ` ${text.normalize('NFD').toLowerCase()} `,
    [...text].map((ch, i) => (i % 2 === 0 ? ch.toUpperCase() : ch.toLowerCase())).join(''),
  )
}

/** A name that no product of ours uses. */
export const unknownNameArb: fc.Arbitrary<string> = fc.constantFrom(
  'Nope',
  'unknown-choice',
  'XXL',
  'Purple',
  'o99-zz',
  'c9-9-zz',
  'm9-zz',
)
