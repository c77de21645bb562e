// Prints the totals of every vitest run of `npm test` as one plain closing line for CI logs:
// "tests: N passed, N failed (unit: …; built package: …)". A run whose report is missing fails it.
import { existsSync, readFileSync } from 'node:fs'

const runs = [
  { name: 'unit', file: '.tmp/vitest-report.json' },
  { name: 'built package', file: '.tmp/vitest-dist-report.json' },
]
const total = { passed: 0, failed: 0, skipped: 0, all: 0 }
const parts = []
let missing = false
for (const { name, file } of runs) {
  if (!existsSync(file)) {
    parts.push(`${name}: no report (${file})`)
    missing = true
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const skipped = report.numPendingTests + report.numTodoTests
  total.passed += report.numPassedTests
  total.failed += report.numFailedTests
  total.skipped += skipped
  total.all += report.numTotalTests
  parts.push(
    `${name}: ${report.numPassedTests} passed${report.numFailedTests ? `, ${report.numFailedTests} failed` : ''}${skipped ? `, ${skipped} skipped` : ''}`,
  )
  if (report.numTotalTests === 0) missing = true
}
console.log(
  `tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''} (${parts.join('; ')})`,
)
if (missing || total.failed > 0) process.exit(1)
