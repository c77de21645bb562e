/*
 * What a product page shows beside the choices the builders check: media, swatch colors, render
 * types, SKUs and subscription plan details, read from the raw Wix shapes on first use (only
 * getProductView asks, so the builders neither read nor bundle any of this). Every read is an own
 * property read and never throws on a field of the wrong type: such a field reads as absent.
 */
import { nonEmpty, own } from '../internal/util.js'
import type { Model, ModelChoice, ModelModifier, ModelSubscription } from './model.js'

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

/** A list field as an array, or empty. */
function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value.slice(0, MEDIA_MAX) : []
}

function mediaId(item: unknown): string | undefined {
  return nonEmpty(own(item, '_id')) ?? nonEmpty(own(item, 'id'))
}

/** A V3 `ProductMedia` (image / video / url strings) as a {@link MediaView}, or undefined without a source. */
function v3Media(item: unknown): MediaView | undefined {
  const type = own(item, 'mediaType')
  const video = sourceOf(own(item, 'video'))
  const isVideo = type === 'VIDEO' || (type === undefined && video !== undefined)
  const src = (isVideo ? video : sourceOf(own(item, 'image'))) ?? nonEmpty(own(item, 'url'))
  const altText = nonEmpty(own(item, 'altText')) ?? nonEmpty(own(own(item, 'image'), 'altText'))
  return src === undefined ? undefined : mediaView(mediaId(item), src, altText, isVideo)
}

/** A V3 `image` / `video`: a string (the SDK's `wix:image://…` URI, or a URL), or an object with a `url` (REST). */
function sourceOf(value: unknown): string | undefined {
  return nonEmpty(value) ?? nonEmpty(own(value, 'url'))
}

/** A V1 `MediaItem` (`image.url`, `video.files[].url`, or `url`) as a {@link MediaView}. */
function v1Media(item: unknown): MediaView | undefined {
  const type = own(item, 'mediaType')
  const image = own(item, 'image')
  const isVideo = type === 'video' || type === 'VIDEO'
  const videoSrc = nonEmpty(own(listOf(own(own(item, 'video'), 'files'))[0], 'url'))
  const src = (isVideo ? videoSrc : nonEmpty(own(image, 'url'))) ?? nonEmpty(own(item, 'url'))
  const altText = nonEmpty(own(image, 'altText')) ?? nonEmpty(own(item, 'altText')) ?? nonEmpty(own(item, 'title'))
  return src === undefined ? undefined : mediaView(mediaId(item), src, altText, isVideo)
}

function mediaView(id: string | undefined, src: string, altText: string | undefined, video: boolean): MediaView {
  return {
    ...(id !== undefined ? { id } : {}),
    src,
    ...(altText !== undefined ? { altText } : {}),
    type: video ? 'video' : 'image',
  }
}

function mediaList(items: readonly unknown[], read: (item: unknown) => MediaView | undefined): MediaView[] {
  const out: MediaView[] = []
  for (const item of items) {
    const view = read(item)
    if (view !== undefined) out.push(view)
  }
  return out
}

/** The product's media in product order: V3 `media.itemsInfo.items` (else `media.main`), V1 `media.items` (else `media.mainMedia`). */
function productMedia(model: Model): MediaView[] {
  const media = own(model.raw, 'media')
  if (model.version === 'V3') {
    const items = mediaList(listOf(own(own(media, 'itemsInfo'), 'items')), v3Media)
    if (items.length > 0) return items
    const main = v3Media(own(media, 'main'))
    return main === undefined ? [] : [main]
  }
  const items = mediaList(listOf(own(media, 'items')), v1Media)
  if (items.length > 0) return items
  const main = v1Media(own(media, 'mainMedia'))
  return main === undefined ? [] : [main]
}

/** The presentation of one product model, read once per model. */
export interface Presentation {
  readonly name: string | undefined
  readonly media: readonly MediaView[]
  /** Option `k`'s render type: V3 `optionRenderType`, V1 `optionType: "color"` is a swatch. */
  optionRenderType(k: number): RenderType
  /** A choice's swatch color: V3 `colorCode`, V1 the color option's `value`. */
  colorCode(k: number, choice: ModelChoice): string | undefined
  /** A choice's own media: V3 `media.items[].mediaId` into the product media (else `linkedMedia`), V1 `media.items` / `mainMedia`. */
  choiceMedia(choice: ModelChoice): readonly MediaView[]
  /** The picture drawn on a V3 swatch (`displayImage`). */
  choiceImage(choice: ModelChoice): MediaView | undefined
  /** A raw variant's own media (V3: one item; V1 variants have none) and SKU. */
  variantMedia(raw: unknown): readonly MediaView[]
  variantSku(raw: unknown): string | undefined
  /** A modifier's render type: `FREE_TEXT` → free_text, `SWATCH_CHOICES` → swatch, else text. */
  modifierRenderType(modifier: ModelModifier): RenderType | 'free_text'
  plan(subscription: ModelSubscription): PlanDetails
}

const presentations = new WeakMap<Model, Presentation>()

/** The presentation of a model (read on first use, kept with the model). */
export function presentationOf(model: Model): Presentation {
  let presentation = presentations.get(model)
  if (presentation === undefined) {
    presentation = readPresentation(model)
    presentations.set(model, presentation)
  }
  return presentation
}

function readPresentation(model: Model): Presentation {
  const v3 = model.version === 'V3'
  const media = productMedia(model)
  const byId = new Map<string, MediaView>()
  for (const item of media) if (item.id !== undefined && !byId.has(item.id)) byId.set(item.id, item)
  const choiceMedia = new Map<ModelChoice, readonly MediaView[]>()

  const readChoiceMedia = (choice: ModelChoice): MediaView[] => {
    const mediaField = own(choice.raw, 'media')
    if (!v3) {
      const items = mediaList(listOf(own(mediaField, 'items')), v1Media)
      if (items.length > 0) return items
      const main = v1Media(own(mediaField, 'mainMedia'))
      return main === undefined ? [] : [main]
    }
    const references = listOf(own(mediaField, 'items'))
    const out: MediaView[] = []
    for (const reference of references) {
      const id = nonEmpty(own(reference, 'mediaId'))
      const found = id === undefined ? undefined : byId.get(id)
      const url = nonEmpty(own(reference, 'url'))
      if (found !== undefined) out.push(found)
      else if (url !== undefined) out.push(mediaView(id, url, undefined, false))
    }
    return out.length > 0 ? out : mediaList(listOf(own(choice.raw, 'linkedMedia')), v3Media)
  }

  return {
    name: nonEmpty(own(model.raw, 'name')),
    media,
    optionRenderType(k) {
      const raw = model.options[k]?.raw
      return (v3 ? own(raw, 'optionRenderType') === 'SWATCH_CHOICES' : own(raw, 'optionType') === 'color')
        ? 'swatch'
        : 'text'
    },
    colorCode(k, choice) {
      if (v3) return nonEmpty(own(choice.raw, 'colorCode'))
      return own(model.options[k]?.raw, 'optionType') === 'color' ? nonEmpty(own(choice.raw, 'value')) : undefined
    },
    choiceMedia(choice) {
      let list = choiceMedia.get(choice)
      if (list === undefined) {
        list = readChoiceMedia(choice)
        choiceMedia.set(choice, list)
      }
      return list
    },
    choiceImage(choice) {
      const src = v3 ? nonEmpty(own(choice.raw, 'displayImage')) : undefined
      return src === undefined ? undefined : mediaView(undefined, src, undefined, false)
    },
    variantMedia(raw) {
      if (!v3) return []
      const item = v3Media(own(raw, 'media'))
      return item === undefined ? [] : [item]
    },
    variantSku(raw) {
      return nonEmpty(v3 ? own(raw, 'sku') : own(own(raw, 'variant'), 'sku'))
    },
    modifierRenderType(modifier) {
      if (modifier.kind === 'text') return 'free_text'
      return own(modifier.raw, 'modifierRenderType') === 'SWATCH_CHOICES' ? 'swatch' : 'text'
    },
    plan(subscription) {
      return readPlan(subscription.raw)
    },
  }
}

function readPlan(raw: unknown): PlanDetails {
  const plan: {
    description?: string
    frequency?: string
    interval?: number
    billingCycles?: number
    discount?: { type: 'PERCENT' | 'AMOUNT'; value: string }
  } = {}
  const description = nonEmpty(own(raw, 'description'))
  if (description !== undefined) plan.description = description
  const frequency = nonEmpty(own(raw, 'frequency'))
  if (frequency !== undefined) plan.frequency = frequency
  const interval = own(raw, 'interval')
  if (typeof interval === 'number' && Number.isSafeInteger(interval) && interval > 0) plan.interval = interval
  const cycles = own(raw, 'billingCycles')
  if (typeof cycles === 'number' && Number.isSafeInteger(cycles) && cycles > 0) plan.billingCycles = cycles
  const discount = own(raw, 'discount')
  const type = own(discount, 'type')
  const value =
    type === 'PERCENT' ? own(discount, 'percentOff') : type === 'AMOUNT' ? own(discount, 'amountOff') : undefined
  if ((type === 'PERCENT' || type === 'AMOUNT') && (typeof value === 'number' || typeof value === 'string')) {
    const text = String(value)
    if (/^\d{1,15}(\.\d{1,9})?$/.test(text)) plan.discount = { type, value: text }
  }
  return plan
}
