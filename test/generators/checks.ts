/*
 * Checks on results, shared by the property files: failures carry well-formed issues that point
 * into the input, and results can be compared across shapes and cache states.
 */
import {
  BUILD_ISSUE_CODES,
  isCatalogReferenceError,
  type BuildOptions,
  type BuildResult,
  type CatalogProduct,
  type Selection,
} from '../../src/index.js'
import { get, isRecord, type Json } from './util.js'

/** Generated data handed to the public API as its input types (the properties feed it anything). */
export const asProduct = (product: unknown): CatalogProduct => product as CatalogProduct
export const asSelection = (selection: unknown): Selection => selection as Selection
export const asOptions = (options: unknown): BuildOptions => options as BuildOptions

const SELECTION_FIELDS = ['options', 'modifiers']
const SINGLE_FIELDS = ['variantId', 'subscriptionOptionId', 'quantity']

/** Every string in a value (bounded walk, hostile nodes skipped), to recognize names in paths. */
function stringsIn(
  value: unknown,
  out: Set<string> = new Set(),
  budget = { left: 200_000, seen: new WeakSet<object>() },
): Set<string> {
  if (budget.left-- <= 0) return out
  if (typeof value === 'object' && value !== null) {
    if (budget.seen.has(value)) return out
    budget.seen.add(value)
  }
  try {
    if (typeof value === 'string') out.add(value)
    else if (Array.isArray(value)) for (const item of value.slice(0, 1_000)) stringsIn(item, out, budget)
    else if (isRecord(value)) {
      for (const key of Object.keys(value).slice(0, 1_000)) {
        out.add(key)
        stringsIn(get(value, key), out, budget)
      }
    }
  } catch {
    // A throwing getter or Proxy: nothing to read there.
  }
  return out
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run()
  } catch {
    return fallback
  }
}

export interface Inputs {
  readonly product: unknown
  readonly selection?: unknown
  readonly options?: unknown
}

/**
 * What is wrong with a failure's issues: none, an unknown code, a path that is not a list of
 * strings and numbers or that points nowhere in the input (docs/building.md, "Errors and issue codes": into the selection, or
 * starting with 'product' into the product), an empty message.
 */
export function issueProblems(issues: unknown, input: Inputs): string[] {
  if (!Array.isArray(issues) || issues.length === 0) return ['no issues']
  const problems: string[] = []
  let names: Set<string> | undefined
  for (const issue of issues) {
    const code = get(issue, 'code')
    const path = get(issue, 'path')
    const message = get(issue, 'message')
    const at = `${String(code)} ${safely(() => JSON.stringify(path), '?')}`
    if (!(BUILD_ISSUE_CODES as readonly unknown[]).includes(code)) problems.push(`unknown code ${at}`)
    if (typeof message !== 'string' || message.trim() === '') problems.push(`no message ${at}`)
    if (!Array.isArray(path) || !path.every((s) => typeof s === 'string' || typeof s === 'number')) {
      problems.push(`bad path ${at}`)
      continue
    }
    if (path.length === 0) continue
    const [head, ...rest] = path as (string | number)[]
    if (head === 'product') {
      // Every segment but the last exists in the product (the last may be what is missing).
      let node: unknown = input.product
      for (const segment of rest.slice(0, -1)) {
        node = safely(
          () => (Array.isArray(node) && typeof segment === 'number' ? node[segment] : get(node, String(segment))),
          undefined,
        )
        if (typeof node !== 'object' || node === null) {
          problems.push(`product path leads nowhere ${at}`)
          break
        }
      }
    } else if (typeof head === 'string' && SELECTION_FIELDS.includes(head)) {
      if (rest.length > 1) problems.push(`selection path too deep ${at}`)
      const key = rest[0]
      if (
        rest.length === 1 &&
        !(typeof key === 'string' && safely(() => Object.hasOwn(get(input.selection, head) ?? {}, key), false))
      ) {
        names ??= safely(() => stringsIn(input.product), new Set<string>())
        if (typeof key !== 'string' || !names.has(key))
          problems.push(`selection path names neither a given key nor a product name ${at}`)
      }
    } else if (typeof head === 'string' && SINGLE_FIELDS.includes(head)) {
      if (rest.length > 0) problems.push(`selection path too deep ${at}`)
    } else if (rest.length > 0 || typeof head !== 'string') {
      problems.push(`path into nothing ${at}`)
    } else {
      // An unknown field of the selection or of the build options.
      const known =
        safely(() => Object.hasOwn(input.selection ?? {}, head), false) ||
        safely(() => Object.hasOwn(input.options ?? {}, head), false)
      if (!known)
        problems.push(
          `path into nothing ${at} (selection ${describe(input.selection)}, options ${describe(input.options)})`,
        )
    }
  }
  return problems
}

function describe(value: unknown): string {
  return safely(
    () => `${Object.prototype.toString.call(value)} ${JSON.stringify(Object.keys(value ?? {}).slice(0, 5))}`,
    '(unreadable)',
  )
}

/**
 * What is wrong with the issues of a failed parseCatalogReference: known codes, messages, and paths
 * into the reference (`catalogItemId`, `appId`, `options…`, or one of its own fields), into the
 * product, into the selection it rebuilt, or at a field of the build options.
 */
export function parseIssueProblems(issues: unknown, reference: unknown, options?: unknown): string[] {
  if (!Array.isArray(issues) || issues.length === 0) return ['no issues']
  const problems: string[] = []
  for (const issue of issues) {
    const code = get(issue, 'code')
    const path = get(issue, 'path')
    const at = `${String(code)} ${safely(() => JSON.stringify(path), '?')}`
    if (!(BUILD_ISSUE_CODES as readonly unknown[]).includes(code)) problems.push(`unknown code ${at}`)
    const message = get(issue, 'message')
    if (typeof message !== 'string' || message.trim() === '') problems.push(`no message ${at}`)
    if (!Array.isArray(path) || !path.every((s) => typeof s === 'string' || typeof s === 'number')) {
      problems.push(`bad path ${at}`)
      continue
    }
    if (path.length === 0) continue
    const head = path[0] as string | number
    const known = [
      'product',
      'catalogItemId',
      'appId',
      'options',
      'modifiers',
      'variantId',
      'subscriptionOptionId',
    ].includes(String(head))
    const own = (value: unknown): boolean => safely(() => Object.hasOwn(value ?? {}, head), false)
    if (!known && !own(reference) && !own(options)) problems.push(`path into nothing ${at}`)
  }
  return problems
}

/** Problems with a failed result: an error that is not a CatalogReferenceError, or bad issues. */
export function failureProblems(result: BuildResult<unknown>, input: Inputs): string[] {
  if (result.success) return ['not a failure']
  const error = result.error
  const problems: string[] = []
  if (!isCatalogReferenceError(error) || error.name !== 'CatalogReferenceError' || !(error instanceof Error))
    problems.push('not a CatalogReferenceError')
  return [...problems, ...issueProblems(error.issues, input)]
}

/** A result as comparable data: the JSON text of the data (key order included), or the issues. */
export function comparable(result: BuildResult<unknown>, productPaths: 'exact' | 'loose' = 'exact'): unknown {
  if (result.success) return { data: JSON.stringify(result.data) }
  return {
    issues: result.error.issues.map((issue) =>
      productPaths === 'loose' && issue.path[0] === 'product'
        ? { code: issue.code, path: ['product'] }
        : { ...issue, path: [...issue.path] },
    ),
  }
}

/** The codes of a result's issues. */
export function codesOf(result: BuildResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.code)
}

export type { Json }
