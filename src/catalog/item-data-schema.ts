/*
 * The zod schema of an item's `data` in a Get Catalog Items answer, from the Wix reference:
 * https://dev.wix.com/docs/api-reference/business-solutions/e-commerce/catalogs/catalog-service-plugin/get-catalog-items
 *
 * The answer goes through the `@wix/ecom` SDK, which converts `url` (`new URL(url)`), `media`
 * (a `wix:image://` string) and `serviceProperties.scheduledDate` (`.toISOString()`) to REST: values
 * of the wrong shape there make the SDK throw or send nonsense, so they are checked (and the REST
 * shapes the docs' examples show are converted). Objects are loose: fields this version does not
 * know pass through unchanged.
 *
 * Every message is the expected value as a noun phrase ("a decimal string such as \"20.00\"");
 * `custom` issues carry a whole predicate ("must have preset or custom, not both; …").
 */
import * as z from 'zod/mini'
import type { BuildIssue, IssuePath } from '../issues.js'
import {
  ITEM_TYPE_PRESETS,
  PAYMENT_OPTION_TYPES,
  SUBSCRIPTION_FREQUENCIES,
  TAXABLE_ADDRESS_TYPES,
  type ValidCatalogItemData,
} from './item-data.js'
import { pushIssue } from '../internal/issues.js'
import { accessorOf, describeValue, isPlainObject, list, receivedJson } from '../internal/text.js'
import { setOwn } from '../internal/util.js'

/** A non-negative decimal: `"20"`, `"20.00"`, `"0.5"`. */
const DECIMAL = /^\d+(?:\.\d+)?$/
/** A decimal that may be negative (modifier prices). */
const SIGNED_DECIMAL = /^-?\d+(?:\.\d+)?$/

const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema))

function oneOf(values: readonly string[]): string {
  return `one of ${list(values)}`
}

function text(min: number, max: number) {
  const expected = `a string of ${min} to ${max} characters`
  return z.string(expected).check(z.minLength(min, expected), z.maxLength(max, expected))
}

function decimal(example: string, signed = false) {
  const expected = `a ${signed ? '' : 'non-negative '}decimal string such as "${example}"`
  return z.string(expected).check(z.regex(signed ? SIGNED_DECIMAL : DECIMAL, expected))
}

function whole(min: number) {
  const expected = min === 0 ? 'a whole number ≥ 0' : `a whole number ≥ ${min}`
  return z.int(expected).check(z.gte(min, expected))
}

function object<T extends z.core.$ZodLooseShape>(shape: T, expected: string) {
  return z.looseObject(shape, expected)
}

function customIssue(ctx: z.core.ParsePayload, message: string, input: unknown): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', message, input })
  return z.NEVER
}

const URL_EXPECTED = 'the item page\'s full URL, such as "https://www.my-store.com/product-page/sun-hat"'
const MEDIA_EXPECTED =
  'a Wix Media Manager image: "wix:image://v1/<id>/<filename>#originWidth=<width>&originHeight=<height>" or { id, width, height }'

const WIX_IMAGE = /^(?:wix:)?image:\/\/v1\/([^/#]+)(\/[^#]*)?#(.*)$/

/** Half of a UTF-16 pair standing alone: text with one is not well-formed Unicode, and `encodeURIComponent` refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function notWellFormed(text: string): string {
  return `must be well-formed Unicode: it holds a lone surrogate (half of a UTF-16 pair), which cannot be written into the image URL; got ${describeValue(text)}.`
}

/**
 * A `wix:image://v1/<id>/<filename>#originWidth=…&originHeight=…` string, with a filename: the
 * SDK turns a missing one into the alt text "undefined", so the id stands in for it.
 */
function wixImage(id: string, filename: string | undefined, hash: string): string {
  const name = filename === undefined || filename === '' ? id : filename
  return `wix:image://v1/${id}/${encodeURIComponent(name)}#${hash}`
}

function normalizeWixImage(value: string): string | undefined {
  const match = WIX_IMAGE.exec(value)
  if (match === null) return undefined
  const [, id = '', path, hash = ''] = match
  const params = new URLSearchParams(hash)
  if (!/^\d+$/.test(params.get('originWidth') ?? '') || !/^\d+$/.test(params.get('originHeight') ?? ''))
    return undefined
  return path === undefined || path === '/' ? wixImage(id, undefined, hash) : value
}

/**
 * The schema, built on first use and kept: built at module level it would make every import of
 * `/catalog` carry zod, also `buildCustomCatalogReference` alone (its size budget:
 * docs/performance.md).
 */
let cachedSchema: ReturnType<typeof createItemDataSchema> | undefined

/*
 * The sub-schemas below are made by functions, called once by createItemDataSchema: nothing zod is
 * built before the first validation.
 */

const anyText = (): z.ZodMiniString => z.string('a string')
const flag = (): z.ZodMiniBoolean => z.boolean('true or false')

/** `{ original (required), translated? }`: names, price descriptions, modifier labels. */
function translatableSchema() {
  return object(
    { original: text(1, 200), translated: opt(text(1, 400)) },
    'an object { original: "…", translated?: "…" }',
  )
}

/** `{ original?, translated? }`: description lines, subscription titles. */
function optionalTranslatableSchema() {
  return object(
    { original: opt(anyText()), translated: opt(anyText()) },
    'an object { original?: "…", translated?: "…" }',
  )
}

/** `url`: the SDK takes the full URL as a string; the REST object `{ url, relativePath }` is joined into one. */
function pageUrlSchema() {
  const httpUrl = z.httpUrl()
  const isHttpUrl = (value: unknown): boolean => z.safeParse(httpUrl, value).success
  return z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx) => {
      if (typeof value === 'string') {
        return isHttpUrl(value)
          ? value
          : customIssue(ctx, `must be ${URL_EXPECTED}; got ${describeValue(value)}.`, value)
      }
      if (!isPlainObject(value)) return customIssue(ctx, `must be ${URL_EXPECTED}; got ${describeValue(value)}.`, value)
      const base = value['url']
      const relativePath = value['relativePath']
      if (typeof base !== 'string' || !isHttpUrl(base)) {
        return customIssue(
          ctx,
          `must be ${URL_EXPECTED} (or the REST object { url, relativePath? } with that URL); its url is ${describeValue(base)}.`,
          value,
        )
      }
      if (relativePath === undefined || relativePath === null || relativePath === '') return base
      if (typeof relativePath !== 'string' || !relativePath.startsWith('/')) {
        return customIssue(
          ctx,
          `relativePath must be a path such as "/product-page/sun-hat"; got ${describeValue(relativePath)}.`,
          value,
        )
      }
      return joinPath(base, relativePath)
    }),
  )
}

/** `base` with `relativePath` appended to its path, unless the path already ends with it. */
function joinPath(base: string, relativePath: string): string {
  const parsed = new URL(base)
  if (parsed.pathname.endsWith(relativePath)) return base
  parsed.pathname = parsed.pathname.replace(/\/+$/, '') + relativePath
  return parsed.href
}

/** `media`: the SDK takes a `wix:image://` string; the REST object `{ id, width, height }` is converted. */
function mediaSchema() {
  const imageId = 'the image id, such as "e3bc27_6edeb786f2aa44b19d9abcb4d1f6bfd6~mv2.png"'
  const mediaObject = object(
    {
      id: z.string(imageId).check(z.minLength(1, imageId)),
      height: whole(1),
      width: whole(1),
      altText: opt(anyText()),
      filename: opt(anyText()),
    },
    MEDIA_EXPECTED,
  )
  return z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx) => {
      if (typeof value === 'string') {
        if (LONE_SURROGATE.test(value)) return customIssue(ctx, notWellFormed(value), value)
        return (
          normalizeWixImage(value) ?? customIssue(ctx, `must be ${MEDIA_EXPECTED}; got ${describeValue(value)}.`, value)
        )
      }
      if (!isPlainObject(value))
        return customIssue(ctx, `must be ${MEDIA_EXPECTED}; got ${describeValue(value)}.`, value)
      const result = z.safeParse(mediaObject, value, { reportInput: true })
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.issues.push({ code: 'custom', message: predicate(issue), input: issue.input, path: issue.path })
        }
        return z.NEVER
      }
      const { id, width, height, filename, altText } = result.data
      // the id and the text that names the file go into the image URL
      const nameField = filename ? 'filename' : altText ? 'altText' : 'id'
      const notUnicode = [...new Set(['id', nameField] as const)].filter((field) =>
        LONE_SURROGATE.test(result.data[field] as string),
      )
      for (const field of notUnicode) {
        const text = result.data[field] as string
        ctx.issues.push({ code: 'custom', message: notWellFormed(text), input: text, path: [field] })
      }
      if (notUnicode.length > 0) return z.NEVER
      return wixImage(id, filename || altText || undefined, `originWidth=${width}&originHeight=${height}`)
    }),
  )
}

/** `scheduledDate`: the SDK calls `.toISOString()` on it, so it must be a valid `Date` (ISO strings are converted). */
function scheduledDateSchema() {
  /** An ISO-8601 date-time (with or without an offset) or a date alone. */
  const isoDates = [z.iso.datetime({ offset: true, local: true }), z.iso.date()]
  return z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx) => {
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value
      if (
        typeof value === 'string' &&
        isoDates.some((iso) => z.safeParse(iso, value).success) &&
        !Number.isNaN(Date.parse(value))
      ) {
        return new Date(value)
      }
      return customIssue(
        ctx,
        `must be a valid Date or an ISO-8601 string such as "2025-07-01T10:00:00Z"; got ${describeValue(value)}.`,
        value,
      )
    }),
  )
}

/** `itemType`: exactly one of `preset` and `custom`. */
function itemTypeSchema() {
  return object(
    {
      preset: opt(z.enum(ITEM_TYPE_PRESETS, oneOf(ITEM_TYPE_PRESETS))),
      custom: opt(z.string('a non-empty string').check(z.minLength(1, 'a non-empty string'))),
    },
    `an object { preset: "PHYSICAL" } (preset: ${list(ITEM_TYPE_PRESETS)}) or { custom: "…" }`,
  ).check(
    z.superRefine((value, ctx) => {
      const hasPreset = value.preset !== undefined && value.preset !== null
      const hasCustom = value.custom !== undefined && value.custom !== null
      if (hasPreset && hasCustom) {
        ctx.addIssue({ code: 'custom', message: 'must have preset or custom, not both.', input: value })
      } else if (!hasPreset && !hasCustom) {
        ctx.addIssue({
          code: 'custom',
          message: `must have preset (${list(ITEM_TYPE_PRESETS)}) or custom (your own type); got neither.`,
          input: value,
        })
      }
    }),
  )
}

/** A description line: exactly one of `plainText` and `colorInfo`, and an optional `name`. */
function descriptionLineSchema() {
  const optionalTranslatable = optionalTranslatableSchema()
  return object(
    {
      name: opt(optionalTranslatable),
      plainText: opt(optionalTranslatable),
      colorInfo: opt(
        object(
          { original: opt(anyText()), translated: opt(anyText()), code: opt(anyText()) },
          'an object { original, code? }',
        ),
      ),
    },
    'an object { name, plainText } or { name, colorInfo }',
  ).check(
    z.superRefine((value, ctx) => {
      const hasText = value.plainText !== undefined && value.plainText !== null
      const hasColor = value.colorInfo !== undefined && value.colorInfo !== null
      if (hasText === hasColor) {
        ctx.addIssue({
          code: 'custom',
          message: `must have plainText or colorInfo, ${hasText ? 'not both' : 'got neither'} (for "Size: Large": { name: { original: "Size" }, plainText: { original: "Large" } }).`,
          input: value,
        })
      }
    }),
  )
}

/** `subscriptionOptionInfo`: the settings (an interval of at least 7 days when daily), a title, a description. */
function subscriptionOptionInfoSchema() {
  const frequency = z.enum(SUBSCRIPTION_FREQUENCIES, oneOf(SUBSCRIPTION_FREQUENCIES))
  const settings = object(
    {
      frequency: opt(frequency),
      interval: opt(whole(1)),
      autoRenewal: opt(flag()),
      billingCycles: opt(whole(0)),
      enableCustomerCancellation: opt(flag()),
      freeTrialPeriod: opt(
        object({ frequency: opt(frequency), interval: opt(whole(1)) }, 'an object { frequency, interval }'),
      ),
    },
    'an object { frequency, interval, … }',
  ).check(
    z.superRefine((value, ctx) => {
      if (value.frequency === 'DAY' && typeof value.interval === 'number' && value.interval < 7) {
        ctx.addIssue({
          code: 'custom',
          message: `must be at least 7 when frequency is DAY; got ${value.interval}.`,
          input: value,
          path: ['interval'],
        })
      }
    }),
  )
  const optionalTranslatable = optionalTranslatableSchema()
  return object(
    { subscriptionSettings: opt(settings), title: opt(optionalTranslatable), description: opt(optionalTranslatable) },
    'an object { subscriptionSettings, title, description }',
  )
}

/** `modifierGroups`: groups of named modifiers, each with a quantity and a price that may be negative. */
function modifierGroupsSchema() {
  const translatable = translatableSchema()
  const modifier = object(
    {
      _id: opt(anyText()),
      id: opt(anyText()),
      quantity: opt(whole(0)),
      label: opt(translatable),
      details: opt(translatable),
      price: opt(decimal('1.50', true)),
    },
    'an object { _id, label, price, … }',
  )
  const group = object(
    {
      _id: opt(anyText()),
      id: opt(anyText()),
      name: opt(translatable),
      modifiers: opt(z.array(modifier, 'an array of modifiers')),
    },
    'an object { _id, name, modifiers }',
  )
  return z.array(group, 'an array of modifier groups')
}

/** `additionalFees`: fees with a name of at most 50 characters and a decimal price. */
function additionalFeesSchema() {
  const taxDetails = object({ taxable: opt(flag()), taxGroupId: opt(anyText()) }, 'an object { taxable?, taxGroupId? }')
  const fee = object(
    { code: opt(anyText()), name: opt(text(0, 50)), price: opt(decimal('2.50')), taxDetails: opt(taxDetails) },
    'an object { code?, name, price, taxDetails? }',
  )
  return z.array(fee, 'an array of additional fees')
}

/**
 * The schema of one item's data. Longer than the other functions because it is a table: one line
 * per field of the Get Catalog Items reference, in its order; the fields with rules of their own
 * come from the functions above.
 */
function createItemDataSchema() {
  return object(
    {
      productName: translatableSchema(),
      url: opt(pageUrlSchema()),
      itemType: itemTypeSchema(),
      price: decimal('20.00'),
      fullPrice: opt(decimal('25.00')),
      taxGroupId: opt(anyText()),
      descriptionLines: opt(z.array(descriptionLineSchema(), 'an array of description lines')),
      media: opt(mediaSchema()),
      quantityAvailable: opt(whole(0)),
      physicalProperties: opt(
        object(
          {
            weight: opt(z.number('a finite number ≥ 0').check(z.gte(0, 'a finite number ≥ 0'))),
            sku: opt(anyText()),
            shippable: opt(flag()),
          },
          'an object { weight?, sku?, shippable? }',
        ),
      ),
      subscriptionOptionInfo: opt(subscriptionOptionInfoSchema()),
      paymentOption: opt(z.enum(PAYMENT_OPTION_TYPES, oneOf(PAYMENT_OPTION_TYPES))),
      serviceProperties: opt(
        object(
          { scheduledDate: opt(scheduledDateSchema()), numberOfParticipants: opt(whole(1)) },
          'an object { scheduledDate?, numberOfParticipants? }',
        ),
      ),
      rootCatalogItemId: opt(anyText()),
      priceDescription: opt(translatableSchema()),
      depositAmount: opt(decimal('5.00')),
      deliveryProfileId: opt(anyText()),
      consentRequiredPaymentPolicy: opt(anyText()),
      priceUndetermined: opt(flag()),
      fixedQuantity: opt(flag()),
      savePaymentMethod: opt(flag()),
      taxableAddress: opt(
        object(
          { addressType: opt(z.enum(TAXABLE_ADDRESS_TYPES, oneOf(TAXABLE_ADDRESS_TYPES))) },
          'an object { addressType }',
        ),
      ),
      policies: opt(
        z.array(
          object({ title: opt(anyText()), content: opt(anyText()) }, 'an object { title?, content }'),
          'an array of policies',
        ),
      ),
      additionalFees: opt(additionalFeesSchema()),
      membersOnly: opt(flag()),
      modifierGroups: opt(modifierGroupsSchema()),
    },
    'an object with productName, itemType and price',
  )
}

/**
 * A copy without `null` / `undefined` properties (Wix reads `null` as "not given"; the SDK types have
 * no `null` there). Throws {@link NotJson} at a cycle or past 32 levels (unknown fields are kept).
 */
function withoutNulls(value: unknown, path: IssuePath, ancestors: unknown[]): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (ancestors.includes(value))
    throw new NotJson(path, 'refers back to one of its parents (a cycle): JSON cannot hold cycles')
  if (ancestors.length >= 32) throw new NotJson(path, 'is nested more than 32 levels deep: flatten it')
  ancestors.push(value)
  let out: unknown = value
  if (Array.isArray(value)) out = value.map((entry, i) => withoutNulls(entry, [...path, i], ancestors))
  else if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      const field = value[key]
      if (field !== null && field !== undefined) setOwn(copy, key, withoutNulls(field, [...path, key], ancestors))
    }
    out = copy
  }
  ancestors.pop()
  return out
}

class NotJson {
  constructor(
    readonly path: IssuePath,
    readonly reason: string,
  ) {}
}

function got(issue: z.core.$ZodIssue): string {
  const input = issue.input
  if ((issue.code === 'too_small' || issue.code === 'too_big') && typeof input === 'string') {
    return `${input.length} character${input.length === 1 ? '' : 's'}`
  }
  return describeValue(input)
}

/** What is wrong, after the field's name: `must be …; got ….` or `is required: ….` */
function predicate(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') return issue.message
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is required: ${issue.message}.`
  return `must be ${issue.message}; got ${got(issue)}.`
}

/** Where an item is, for messages: `catalogReferences[1] (catalogItemId "f95bd723-…")`. */
export type ItemLabel = string

/**
 * Validates one item's `data`. `path` is where the data is (`[index, 'data']`), `label` names the
 * item in messages.
 */
export function validateItemData(
  data: unknown,
  path: IssuePath,
  label: ItemLabel,
): { readonly data: ValidCatalogItemData } | { readonly issues: BuildIssue[] } {
  const issues: BuildIssue[] = []
  const report = (sub: readonly PropertyKey[], predicateText: string, input?: unknown): void => {
    const at = sub.map((part) => (typeof part === 'symbol' ? String(part) : part))
    const message = `${label}: ${accessorOf([...path.slice(1), ...at])} ${predicateText}`
    pushIssue(issues, { code: 'invalid_item_data', path: [...path, ...at], message, received: receivedScalar(input) })
  }
  if (isPlainObject(data) && 'data' in data && !('productName' in data)) {
    report(
      [],
      "looks like { catalogReference, data }: resolve must return each item's data itself (or undefined when it does not exist).",
    )
    return { issues }
  }
  cachedSchema ??= createItemDataSchema()
  const result = z.safeParse(cachedSchema, data, { reportInput: true })
  if (!result.success) {
    for (const issue of result.error.issues) report(issue.path, predicate(issue), issue.input)
    return { issues }
  }
  try {
    return { data: withoutNulls(result.data, [], []) as ValidCatalogItemData }
  } catch (error) {
    if (!(error instanceof NotJson)) throw error
    report(error.path, `${error.reason}.`)
    return { issues }
  }
}

/** An issue's `received`: the input when it is a string (cut), a number, a boolean or null; otherwise none. */
function receivedScalar(input: unknown): unknown {
  return typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean' || input === null
    ? receivedJson(input)
    : undefined
}
