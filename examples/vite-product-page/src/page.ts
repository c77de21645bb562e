/*
 * The product page's DOM, drawn from a ProductView alone: `mountPage` builds the elements once per
 * product, and the `update` it returns sets what changes with the selection (pressed and disabled
 * choices, prices, pictures, counters). No raw Wix field is read here. Text from the product goes in
 * with `textContent` and colors through `style.backgroundColor`, never as HTML.
 */
import type {
  ModifierView,
  OptionView,
  PlanView,
  PriceRange,
  ProductView,
  SubscriptionsView,
} from 'wix-catalog-reference'

/** What the buyer did, for main.ts to turn into a new URL or a new selection. */
export interface PageEvents {
  /** A choice was picked: go to the URL query it links to. */
  navigate(searchParams: string): void
  /** A plan was picked (`undefined`: a one-time purchase). */
  plan(planId: string | undefined): void
  /** A modifier choice was picked or unpicked, or text was typed (`undefined`: nothing). */
  modifier(name: string, value: string | undefined): void
  quantity(value: number): void
  add(): void
}

/** The mounted page. */
export interface Page {
  /** Draws the view of the current selection. */
  update(view: ProductView): void
  /** While the add is on its way: the button is disabled and says so. */
  pending(adding: boolean): void
  /** Why the add was refused (the builder's messages), or nothing. */
  problems(messages: readonly string[]): void
  /** The confirmation after an add, or nothing. */
  status(text: string): void
  /** The cart as the fake Wix client holds it, and how many requests reached it. */
  cart(lines: readonly unknown[], requests: number): void
}

type Update = (view: ProductView) => void

/** "$12.60" for one amount, "from $12.50" for a range, "" when no price could be read. */
export function formatRange(range: PriceRange | undefined, currency: string | undefined): string {
  if (range === undefined || range.min === '') return ''
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency ?? 'USD' })
  // Intl.NumberFormat formats decimal strings exactly (no float on the way); TypeScript types numbers only.
  const format = money.format as unknown as (value: string) => string
  return range.min === range.max ? format(range.min) : `from ${format(range.min)}`
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

/** Builds the page for the product of `first` inside `root`. */
export function mountPage(root: HTMLElement, first: ProductView, on: PageEvents): Page {
  const updates: Update[] = []
  const gallery = h('div', { class: 'gallery' })
  updates.push((view) => {
    gallery.replaceChildren(
      ...view.media.map((item) =>
        item.type === 'video'
          ? h('video', { src: item.src, controls: '' })
          : h('img', { src: item.src, alt: item.altText ?? view.name ?? '' }),
      ),
    )
  })

  const price = h('span', { class: 'price', 'data-testid': 'price' })
  const compareAt = h('s', { class: 'compare-at', 'data-testid': 'compare-at' })
  updates.push((view) => {
    // The total for the quantity chosen; a range ("from …") until the selection pins one price.
    price.textContent = formatRange(view.price.totalPrice, view.price.currency)
    compareAt.textContent = formatRange(view.price.compareAtTotalPrice, view.price.currency)
  })

  const quantity = h('input', { id: 'quantity', type: 'number', min: '1', step: '1', value: '1', inputmode: 'numeric' })
  quantity.addEventListener('input', () =>
    on.quantity(Number.isFinite(quantity.valueAsNumber) ? quantity.valueAsNumber : 1),
  )

  const add = h('button', { type: 'button', class: 'add' }, 'Add to cart')
  add.addEventListener('click', () => on.add())
  let adding = false
  let label = 'Add to cart'
  updates.push((view) => {
    label = view.variant?.preorder ? 'Pre-order' : 'Add to cart'
    if (!adding) add.textContent = label
  })

  const problems = h('ul', { class: 'problems' })
  const status = h('p', { role: 'status', class: 'status' })
  const cartLines = h('pre', { class: 'cart-lines' })
  const cartSummary = h('summary', {}, 'Cart: empty')

  root.replaceChildren(
    h(
      'article',
      { class: 'product' },
      gallery,
      h(
        'div',
        { class: 'details' },
        h('h1', {}, first.name ?? 'Product'),
        h('p', { class: 'prices' }, price, ' ', compareAt),
        ...first.options.map((option, k) => optionGroup(option, k, on, updates)),
        ...first.modifiers.map((modifier, m) =>
          modifier.kind === 'text'
            ? textField(modifier, m, on, updates)
            : modifierGroup(modifier, m, first.price.currency, on, updates),
        ),
        ...(first.subscriptions === undefined
          ? []
          : [plansGroup(first.subscriptions, first.price.currency, on, updates)]),
        h('p', { class: 'field' }, h('label', { for: 'quantity' }, 'Quantity'), quantity),
        add,
        h('div', { role: 'alert' }, problems),
        status,
      ),
    ),
    h('details', { class: 'cart' }, cartSummary, cartLines),
  )

  const page: Page = {
    update(view) {
      for (const update of updates) update(view)
    },
    pending(value) {
      adding = value
      add.disabled = value
      add.textContent = value ? 'Adding…' : label
    },
    problems(messages) {
      problems.replaceChildren(...messages.map((message) => h('li', {}, message)))
    },
    status(text) {
      status.textContent = text
    },
    cart(lines, requests) {
      cartSummary.textContent = `Cart: ${lines.length} line${lines.length === 1 ? '' : 's'} (${requests} request${requests === 1 ? '' : 's'} to Wix)`
      cartLines.textContent = JSON.stringify(lines, null, 2)
    },
  }
  page.update(first)
  return page
}

/** One option: a button per choice, pressed when chosen, disabled when no available variant has it. */
function optionGroup(option: OptionView, k: number, on: PageEvents, updates: Update[]): HTMLElement {
  let current = option
  const buttons = option.choices.map((choice, c) => {
    const note = h('small', { class: 'note' })
    const button = h('button', { type: 'button', class: `choice ${option.renderType}` })
    if (choice.colorCode !== undefined) {
      const color = h('span', { class: 'color', 'aria-hidden': 'true' })
      color.style.backgroundColor = choice.colorCode
      button.append(color)
    }
    button.append(h('span', {}, choice.name), note)
    // The link comes from the view: this choice picked, the rest of the selection kept.
    button.addEventListener('click', () => on.navigate(current.choices[c]?.searchParams ?? ''))
    return { button, note }
  })
  updates.push((view) => {
    current = view.options[k] ?? option
    current.choices.forEach((choice, c) => {
      const { button, note } = buttons[c] ?? {}
      if (button === undefined || note === undefined) return
      button.setAttribute('aria-pressed', String(choice.selected))
      button.disabled = !choice.available
      note.textContent = !choice.exists
        ? ' unavailable'
        : !choice.available
          ? ' sold out'
          : choice.preorder
            ? ' pre-order'
            : ''
    })
  })
  return h('fieldset', { class: 'option' }, h('legend', {}, option.name), ...buttons.map((b) => b.button))
}

/** A V3 choice modifier: a button per choice with what it adds to the price; a second click unpicks an optional one. */
function modifierGroup(
  modifier: ModifierView,
  m: number,
  currency: string | undefined,
  on: PageEvents,
  updates: Update[],
): HTMLElement {
  let current = modifier
  const buttons = modifier.choices.map((choice, c) => {
    const button = h('button', { type: 'button', class: `choice ${modifier.renderType}` })
    if (choice.colorCode !== undefined) {
      const color = h('span', { class: 'color', 'aria-hidden': 'true' })
      color.style.backgroundColor = choice.colorCode
      button.append(color)
    }
    // "+$3.50" when the choice adds to the price (a decimal string: any digit 1–9 means more than 0)
    const adds = /[1-9]/.test(choice.addedPrice)
    const added = adds ? ` +${formatRange({ min: choice.addedPrice, max: choice.addedPrice }, currency)}` : ''
    button.append(h('span', {}, choice.name), h('small', { class: 'note' }, added))
    button.addEventListener('click', () => {
      const now = current.choices[c]
      on.modifier(modifier.name, now?.selected && !modifier.mandatory ? undefined : choice.name)
    })
    return button
  })
  updates.push((view) => {
    current = view.modifiers[m] ?? modifier
    current.choices.forEach((choice, c) => {
      buttons[c]?.setAttribute('aria-pressed', String(choice.selected))
    })
  })
  const legend = `${modifier.name}${modifier.mandatory ? ' (required)' : ' (optional)'}`
  return h('fieldset', { class: 'modifier' }, h('legend', {}, legend), ...buttons)
}

/** A free-text modifier (V3) or custom text field (V1): its limit as `maxlength` and a counter. */
function textField(modifier: ModifierView, m: number, on: PageEvents, updates: Update[]): HTMLElement {
  const max = modifier.text?.maxLength ?? 0
  const id = `text-${m}`
  const input = h('input', {
    id,
    type: 'text',
    maxlength: String(max),
    autocomplete: 'off',
    'aria-describedby': `${id}-count`,
  })
  input.required = modifier.mandatory
  const counter = h('span', { id: `${id}-count`, class: 'counter' })
  input.addEventListener('input', () => on.modifier(modifier.name, input.value.trim() === '' ? undefined : input.value))
  updates.push(() => {
    counter.textContent = `${input.value.length}/${max} characters`
  })
  const label = `${modifier.name}${modifier.mandatory ? ' (required)' : ' (optional)'}`
  return h('p', { class: 'field' }, h('label', { for: id }, label), input, counter)
}

/** Subscription plans (V3) as radio buttons, with the discount and the unit price on each plan. */
function plansGroup(
  subscriptions: SubscriptionsView,
  currency: string | undefined,
  on: PageEvents,
  updates: Update[],
): HTMLElement {
  const entries: (PlanView | undefined)[] = [
    ...(subscriptions.oneTimePurchase ? [undefined] : []),
    ...subscriptions.plans,
  ]
  const radios = entries.map((plan, i) => {
    const radio = h('input', { type: 'radio', name: 'plan', id: `plan-${i}` })
    radio.addEventListener('change', () => on.plan(plan?.id))
    const discount =
      plan?.discount === undefined
        ? ''
        : plan.discount.type === 'PERCENT'
          ? ` — ${plan.discount.value}% off`
          : ` — ${formatRange({ min: plan.discount.value, max: plan.discount.value }, currency)} off`
    const text = plan === undefined ? 'One-time purchase' : `${plan.title}${discount}`
    const unit = h('small', { class: 'note' })
    return { radio, unit, row: h('p', { class: 'plan' }, radio, h('label', { for: `plan-${i}` }, text, ' ', unit)) }
  })
  updates.push((view) => {
    const plans = view.subscriptions?.plans ?? []
    entries.forEach((plan, i) => {
      const entry = radios[i]
      if (entry === undefined) return
      const now = plan === undefined ? undefined : plans.find((p) => p.id === plan.id)
      entry.radio.checked = plan === undefined ? view.subscriptions?.selectedId === undefined : now?.selected === true
      const unit = formatRange(now?.unitPrice, currency)
      entry.unit.textContent = unit === '' ? '' : `(${unit} each)`
    })
  })
  return h('fieldset', { class: 'plans' }, h('legend', {}, 'Delivery'), ...radios.map((r) => r.row))
}
