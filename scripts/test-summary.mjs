// Prints vitest's totals as one plain closing line ("tests: N passed, N failed") for CI logs.
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync('.tmp/vitest-report.json', 'utf8'))
const skipped = report.numPendingTests + report.numTodoTests
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`)
if (report.numTotalTests === 0 || report.numFailedTests > 0) process.exit(1)
