/* Every test must assert something: a test that runs no expect() fails (issue 12). */
import { beforeEach, expect } from 'vitest'

beforeEach(() => {
  expect.hasAssertions()
})
