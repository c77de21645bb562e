/*
 * The one way an issue is made. Every issue of the library, from the builders, `/ecom` and
 * `/catalog`, goes through `pushIssue`, so issues are always plain data: no field is `undefined`.
 */
import type { BuildIssue, BuildIssueCode, IssuePath } from '../issues.js'

/** An issue as it is made: its context fields may be `undefined` (then left out). */
export type IssueDraft = Pick<BuildIssue, 'code' | 'path' | 'message'> & {
  readonly [K in keyof BuildIssue]?: BuildIssue[K] | undefined
}

/** Appends `issue` to `issues`, leaving out context fields that are `undefined`. */
export function pushIssue(issues: BuildIssue[], issue: IssueDraft): void {
  let clean = issue
  for (const key of Object.keys(issue) as (keyof BuildIssue)[]) {
    if (issue[key] === undefined) {
      const { [key]: _, ...rest } = clean
      clean = rest as IssueDraft
    }
  }
  issues.push(clean as BuildIssue)
}

/** The issue for a value that could not even be read: a getter or a Proxy trap in it threw. */
export function unreadableIssue(code: BuildIssueCode, path: IssuePath, what: string): BuildIssue {
  return { code, path, message: `The ${what} could not be read: a getter or Proxy in it threw.` }
}
