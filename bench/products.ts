/**
 * Deterministic products at Wix's limits for the benchmarks, in REST shape (`id`): V3 products with
 * modifiers and subscriptions, and a V1 managed product. Some variants are hidden, out of stock or
 * pre-orderable, as in real stores.
 */

export interface Shape {
  /** Choices per option, e.g. [10, 10, 10] for 3 options × 10 choices = 1000 variants. */
  readonly choices: readonly number[]
}

const uuid = (prefix: number, n: number): string =>
  `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

/** Every combination of choice indexes, in product order. */
export function combinations(choices: readonly number[]): number[][] {
  let out: number[][] = [[]]
  for (const count of choices) out = out.flatMap((prefix) => Array.from({ length: count }, (_, c) => [...prefix, c]))
  return out
}

/** A price per variant, spread over 10.00 to 99.99. */
const price = (v: number): string => `${10 + ((v * 37) % 90)}.${String((v * 13) % 100).padStart(2, '0')}`

export function v3Product(shape: Shape, seed = 1): Record<string, unknown> {
  const options = shape.choices.map((count, k) => ({
    id: uuid(0x10 + k, seed),
    name: `Option ${k + 1}`,
    key: `option-${k + 1}`,
    optionRenderType: 'TEXT_CHOICES',
    choicesSettings: {
      choices: Array.from({ length: count }, (_, c) => ({
        choiceId: uuid(0x100 + k, c),
        key: `c${k}-${c}`,
        name: `Choice ${k + 1}.${c + 1}`,
        visible: true,
        inStock: true,
      })),
    },
  }))
  const variants = combinations(shape.choices).map((tuple, v) => ({
    id: uuid(0x9000, v),
    visible: v % 17 !== 5,
    choices: tuple.map((c, k) => ({
      optionChoiceIds: { optionId: options[k]!.id, choiceId: options[k]!.choicesSettings.choices[c]!.choiceId },
    })),
    inventoryStatus: { inStock: v % 7 !== 3, preorderEnabled: v % 14 === 3 },
    price: {
      actualPrice: { amount: price(v) },
      ...(v % 5 === 0 ? { compareAtPrice: { amount: `${200 + (v % 50)}.00` } } : {}),
    },
  }))
  return {
    id: uuid(0xabc, seed),
    name: 'Generated V3 product',
    visible: true,
    options,
    modifiers: [
      {
        id: uuid(0x200, 1),
        key: 'Gift wrap',
        name: 'Gift wrap',
        modifierRenderType: 'TEXT_CHOICES',
        mandatory: false,
        choicesSettings: {
          choices: [
            { choiceId: uuid(0x201, 1), key: 'no', name: 'No', addedPrice: '0' },
            { choiceId: uuid(0x201, 2), key: 'yes', name: 'Yes', addedPrice: '3.50' },
          ],
        },
      },
      {
        id: uuid(0x200, 2),
        key: 'Ribbon',
        name: 'Ribbon',
        modifierRenderType: 'SWATCH_CHOICES',
        mandatory: false,
        choicesSettings: {
          choices: [
            { choiceId: uuid(0x202, 1), key: 'red', name: 'Red', addedPrice: '0' },
            { choiceId: uuid(0x202, 2), key: 'gold', name: 'Gold', addedPrice: '0.50' },
          ],
        },
      },
      {
        id: uuid(0x200, 3),
        key: 'Label',
        name: 'Label',
        modifierRenderType: 'FREE_TEXT',
        mandatory: true,
        freeTextSettings: {
          key: 'Label text',
          title: 'Label text',
          minCharCount: 1,
          maxCharCount: 40,
          defaultAddedPrice: '1.25',
        },
      },
    ],
    variantsInfo: { variants },
    subscriptionDetails: {
      subscriptions: [
        { id: uuid(0x300, 1), title: 'Monthly', visible: true, discount: { type: 'PERCENT', percentOff: 10 } },
      ],
      allowOneTimePurchases: true,
    },
    currency: 'USD',
  }
}

export function v1ManagedProduct(shape: Shape, seed = 1): Record<string, unknown> {
  const productOptions = shape.choices.map((count, k) => ({
    optionType: 'drop_down',
    name: `Option ${k + 1}`,
    choices: Array.from({ length: count }, (_, c) => ({
      value: `Choice ${k + 1}.${c + 1}`,
      description: `Choice ${k + 1}.${c + 1}`,
      inStock: true,
      visible: true,
    })),
  }))
  const variants = combinations(shape.choices).map((tuple, v) => ({
    id: uuid(0x8000, v),
    choices: Object.fromEntries(
      tuple.map((c, k) => [productOptions[k]!.name, productOptions[k]!.choices[c]!.description]),
    ),
    variant: {
      visible: v % 17 !== 5,
      priceData: { currency: 'USD', price: 20 + (v % 90), discountedPrice: 20 + (v % 90) - (v % 3) * 0.1 },
    },
    stock: { trackQuantity: true, quantity: v % 7 === 3 ? 0 : 5, inStock: v % 7 !== 3 },
  }))
  return {
    id: uuid(0xdef, seed),
    name: 'Generated V1 product',
    visible: true,
    manageVariants: true,
    priceData: { currency: 'USD', price: 20, discountedPrice: 20 },
    productOptions,
    customTextFields: [{ title: 'Note', maxLength: 50, mandatory: false }],
    variants,
  }
}
