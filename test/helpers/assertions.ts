/* Assertions shared by the core tests. They use vitest's `expect`, so a failure points at the caller. */
import { expect } from 'vitest'
import {
  BUILD_ISSUE_CODES,
  CatalogReferenceError,
  isCatalogReferenceError,
  type BuildIssue,
  type BuildIssueCode,
  type BuildResult,
} from '../../src/index.js'
import { plainJsonProblems } from '../generators/util.js'

/**
 * Asserts that `value` is plain JSON with nothing a JSON round-trip would change: no `undefined`
 * anywhere, no functions, no class instances, no symbol or non-enumerable keys, no empty objects
 * (the reference never carries `options: {}`), and every object an own-property plain object
 * with `Object.prototype` as prototype (so keys like `__proto__` are data, not a prototype).
 */
export function expectPlainJson(value: unknown): void {
  expect(plainJsonProblems(value)).toEqual([])
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value)
}

/** The data of a successful result (fails the test, showing the issues, otherwise). */
export function expectSuccess<T>(result: BuildResult<T>): T {
  if (!result.success) {
    expect.fail(`expected success, got issues:\n${result.error.message}`)
  }
  expectPlainJson(result.data)
  return result.data
}

/** Checks the shape of one issue: a known code, a path of strings/numbers, a non-empty message. */
export function expectWellFormedIssue(issue: BuildIssue): void {
  expect(BUILD_ISSUE_CODES).toContain(issue.code)
  expect(Array.isArray(issue.path)).toBe(true)
  for (const segment of issue.path) expect(['string', 'number']).toContain(typeof segment)
  expect(typeof issue.message).toBe('string')
  expect(issue.message.length).toBeGreaterThan(0)
}

/** The issues of a failed result, each well-formed; fails the test on success. */
export function expectIssues<T>(result: BuildResult<T>): readonly BuildIssue[] {
  if (result.success) {
    expect.fail(`expected issues, got success:\n${JSON.stringify(result.data)}`)
  }
  expect(result.error).toBeInstanceOf(CatalogReferenceError)
  expect(isCatalogReferenceError(result.error)).toBe(true)
  expect(result.error.name).toBe('CatalogReferenceError')
  expect(result.error.issues.length).toBeGreaterThan(0)
  for (const issue of result.error.issues) expectWellFormedIssue(issue)
  return result.error.issues
}

/** The codes of a failed result, in order. */
export function issueCodes<T>(result: BuildResult<T>): BuildIssueCode[] {
  return expectIssues(result).map((issue) => issue.code)
}

/** Exactly one issue, returned. */
export function expectOneIssue<T>(result: BuildResult<T>): BuildIssue {
  const issues = expectIssues(result)
  expect(issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`)).toHaveLength(1)
  return issues[0] as BuildIssue
}

/**
 * Runs a throwing builder and asserts it throws a CatalogReferenceError (never a TypeError or
 * anything else); returns the error.
 */
export function expectThrowsCatalogReferenceError(run: () => unknown): CatalogReferenceError {
  let thrown: unknown
  try {
    run()
  } catch (error) {
    thrown = error
  }
  if (thrown === undefined) expect.fail('expected a CatalogReferenceError, nothing was thrown')
  if (!(thrown instanceof CatalogReferenceError)) {
    expect.fail(`expected a CatalogReferenceError, got ${String(thrown)}`)
  }
  expect(isCatalogReferenceError(thrown)).toBe(true)
  expect(thrown).not.toBeInstanceOf(TypeError)
  expect(thrown.issues.length).toBeGreaterThan(0)
  for (const issue of thrown.issues) expectWellFormedIssue(issue)
  return thrown
}
