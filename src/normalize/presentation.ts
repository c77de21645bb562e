/*
 * What a product page shows beside the choices the builders check: media, swatch colors, render
 * types, SKUs and subscription plan details, read from the raw Wix shapes on first use (only
 * getProductView asks, so the builders neither read nor bundle any of this). Every read is an own
 * property read and never throws on a field of the wrong type: such a field reads as absent.
 */
import { idOf, nonEmpty, own, read } from '../internal/read.js'
import { defined, filled } from '../internal/util.js'
import { perModel } from '../internal/warm.js'
import type { Model, ModelChoice, ModelModifier } from './model.js'

/**
 * One image or video as a page renders it. `src` is the media string as Wix gives it (a
 * `https://static.wixstatic.com/…` URL, or a `wix:image://…` URI to pass through `@wix/sdk`'s
 * `media.getImageUrl`): the library never fetches or rewrites it.
 */
export interface MediaView {
  /** The media id (`_id` / `id`): references and items compare by it. */
  readonly id?: string
  readonly src: string
  readonly altText?: string
  readonly type: 'image' | 'video'
}

/** How a list of options or modifiers is drawn: as text buttons, color swatches or a text field. */
export type RenderType = 'text' | 'swatch'

/** A subscription plan's presentation fields (V3 `subscriptionDetails.subscriptions[]`). */
export interface PlanDetails {
  readonly description?: string
  readonly frequency?: string
  readonly interval?: number
  readonly billingCycles?: number
  readonly discount?: { readonly type: 'PERCENT' | 'AMOUNT'; readonly value: string }
}

/** Media lists longer than this are read up to this many items (Wix allows far fewer per product). */
const MEDIA_MAX = 1_000

/** A media item as a {@link MediaView}, or undefined without a source. */
function mediaView(src: string | undefined, video: boolean, id?: string, altText?: string): MediaView | undefined {
  return src === undefined ? undefined : defined({ id, src, altText, type: video ? 'video' : 'image' })
}

/** A list field as an array, or empty. */
function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value.slice(0, MEDIA_MAX) : []
}

/** The items of a list field read by `read`, those without a source left out. */
function mediaList(items: unknown, read: (item: unknown) => MediaView | undefined): MediaView[] {
  return listOf(items)
    .map(read)
    .filter((view) => view !== undefined)
}

/**
 * A media item: V3 `ProductMedia` (`image` / `video` a string, or an object with a `url` in REST), V1
 * `MediaItem` (`image.url`, `video.files[].url`); else its `url`.
 */
function mediaItem(item: unknown, v3: boolean): MediaView | undefined {
  const type = own(item, 'mediaType')
  // Read where needed only: a V3 video with its own alt text never reads `image`.
  const image = (): unknown => own(item, 'image')
  const video = v3 ? sourceOf(own(item, 'video')) : nonEmpty(own(listOf(read(item, 'video', 'files'))[0], 'url'))
  const isVideo = type === 'VIDEO' || (v3 ? type === undefined && video !== undefined : type === 'video')
  const src = (isVideo ? video : v3 ? sourceOf(image()) : nonEmpty(own(image(), 'url'))) ?? nonEmpty(own(item, 'url'))
  const altText = v3
    ? (nonEmpty(own(item, 'altText')) ?? nonEmpty(own(image(), 'altText')))
    : (nonEmpty(own(image(), 'altText')) ?? nonEmpty(own(item, 'altText')) ?? nonEmpty(own(item, 'title')))
  // The id is read only of an item with a source (a throwing id getter of an item left out is never hit).
  return src === undefined ? undefined : mediaView(src, isVideo, idOf(item), altText)
}

/** A V3 `image` / `video`: a string (the SDK's `wix:image://…` URI, or a URL), or an object with a `url` (REST). */
function sourceOf(value: unknown): string | undefined {
  return nonEmpty(value) ?? nonEmpty(own(value, 'url'))
}

const v3Media = (item: unknown): MediaView | undefined => mediaItem(item, true)

/** A `media` field's items (V3 `itemsInfo.items`, V1 `items`), else its main item (V3 `main`, V1 `mainMedia`). */
function mediaOf(media: unknown, v3: boolean): MediaView[] {
  const reader = (item: unknown): MediaView | undefined => mediaItem(item, v3)
  const items = mediaList(v3 ? read(media, 'itemsInfo', 'items') : own(media, 'items'), reader)
  return filled(items) ?? mediaList([own(media, v3 ? 'main' : 'mainMedia')], reader)
}

/** A product's name and media in product order, read once per model (kept with it). */
const productOf = /* @__PURE__ */ perModel((model: Model) => ({
  name: nonEmpty(own(model.raw, 'name')),
  media: mediaOf(own(model.raw, 'media'), model.version === 'V3'),
}))

/** The product's name (read once per model). */
export function productName(model: Model): string | undefined {
  return productOf(model).name
}

/** The product's media in product order (read once per model). */
export function productMedia(model: Model): readonly MediaView[] {
  return productOf(model).media
}

/** Per model, each choice's own media, read on first use (a WeakMap per model, keyed by the choice). */
const choiceMediaOf = /* @__PURE__ */ perModel((model: Model) => {
  // The first item of an id is the one a reference finds.
  const byId = new Map(
    productMedia(model)
      .map((item) => [item.id, item] as const)
      .reverse(),
  )
  return perModel((choice: ModelChoice): readonly MediaView[] => {
    const field = own(choice.raw, 'media')
    if (model.version !== 'V3') return mediaOf(field, false)
    const referenced = mediaList(own(field, 'items'), (reference) => {
      const id = nonEmpty(own(reference, 'mediaId'))
      const url = nonEmpty(own(reference, 'url'))
      // No media id is empty: an empty one finds nothing.
      return byId.get(id ?? '') ?? mediaView(url, false, id)
    })
    return filled(referenced) ?? mediaList(own(choice.raw, 'linkedMedia'), v3Media)
  })
})

/** A choice's own media: V3 `media.items[].mediaId` into the product media (else `linkedMedia`), V1 `media.items` / `mainMedia`. */
export function choiceMedia(model: Model, choice: ModelChoice): readonly MediaView[] {
  return choiceMediaOf(model)(choice)
}

/** V1: option `k` is a color option, its choices' values are swatch colors. */
function isColorOption(model: Model, k: number): boolean {
  return own(model.options[k]?.raw, 'optionType') === 'color'
}

/** Option `k`'s render type: V3 `optionRenderType`, V1 `optionType: "color"` is a swatch. */
export function optionRenderType(model: Model, k: number): RenderType {
  const swatch =
    model.version === 'V3'
      ? own(model.options[k]?.raw, 'optionRenderType') === 'SWATCH_CHOICES'
      : isColorOption(model, k)
  return swatch ? 'swatch' : 'text'
}

/** A choice's swatch color (`k`: its option, -1 for a modifier's): V3 `colorCode`, V1 the color option's `value`. */
export function colorCode(model: Model, k: number, choice: ModelChoice): string | undefined {
  const v3 = model.version === 'V3'
  return v3 || isColorOption(model, k) ? nonEmpty(own(choice.raw, v3 ? 'colorCode' : 'value')) : undefined
}

/** The picture drawn on a V3 swatch (`displayImage`). */
export function choiceImage(model: Model, choice: ModelChoice): MediaView | undefined {
  return mediaView(model.version === 'V3' ? nonEmpty(own(choice.raw, 'displayImage')) : undefined, false)
}

/** A raw variant's own media (V3: one item; V1 variants have none). */
export function variantMedia(model: Model, raw: unknown): readonly MediaView[] {
  return model.version === 'V3' ? mediaList([own(raw, 'media')], v3Media) : []
}

/** A raw variant's SKU. */
export function variantSku(model: Model, raw: unknown): string | undefined {
  return nonEmpty(model.version === 'V3' ? own(raw, 'sku') : read(raw, 'variant', 'sku'))
}

/** A modifier's render type: `FREE_TEXT` → free_text, `SWATCH_CHOICES` → swatch, else text. */
export function modifierRenderType(modifier: ModelModifier): RenderType | 'free_text' {
  if (modifier.kind === 'text') return 'free_text'
  return own(modifier.raw, 'modifierRenderType') === 'SWATCH_CHOICES' ? 'swatch' : 'text'
}

/** A raw subscription plan's presentation fields. */
export function planDetails(raw: unknown): PlanDetails {
  return defined({
    description: nonEmpty(own(raw, 'description')),
    frequency: nonEmpty(own(raw, 'frequency')),
    interval: countOf(own(raw, 'interval')),
    billingCycles: countOf(own(raw, 'billingCycles')),
    discount: discountOf(own(raw, 'discount')),
  })
}

/** A count of 1 or more, or undefined. */
function countOf(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : undefined
}

/** A plan's discount: a percent or an amount off, as a decimal of at most 15 digits and 9 decimals. */
function discountOf(discount: unknown): PlanDetails['discount'] {
  const type = own(discount, 'type')
  const value =
    type === 'PERCENT' ? own(discount, 'percentOff') : type === 'AMOUNT' ? own(discount, 'amountOff') : undefined
  if ((type !== 'PERCENT' && type !== 'AMOUNT') || (typeof value !== 'number' && typeof value !== 'string')) return
  const text = String(value)
  return /^\d{1,15}(\.\d{1,9})?$/.test(text) ? { type, value: text } : undefined
}
