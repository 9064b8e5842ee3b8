// Print `tests: N passed, N failed` from vitest's JSON report; exit 1 if any failed or no report.
import { existsSync, readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'test-results/vitest.json';
if (!existsSync(path)) {
  console.log('ci: no test report (the type check or the install failed before the tests ran)');
  console.log('tests: 0 passed, 0 failed');
  process.exit(1);
}
const r = JSON.parse(readFileSync(path, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
if (skipped > 0) console.log(`ci: ${skipped} test(s) skipped (see the report for which and why)`);
// A suite that failed to load counts as a failure even when no test inside it ran.
const failedSuites = (r.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).every((a) => a.status !== 'failed')).length;
const failed = (r.numFailedTests ?? 0) + failedSuites;
console.log(`tests: ${r.numPassedTests ?? 0} passed, ${failed} failed`);
process.exit(failed > 0 || r.success === false ? 1 : 0);
