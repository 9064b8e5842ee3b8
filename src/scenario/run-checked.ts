import { InputError } from '../assumptions/input-error.js';
import type { ResolvedScenario } from '../core/resolved-scenario.js';
import { runScenario as runOptional, runScenarioBeside, type RunOptions, type RunResult } from '../core/run-scenario.js';
import { sideRunsOnThread } from '../schemes/optional/side-runs-thread.js';
import type { ResolvedHealthScenario } from '../health/resolved-health-scenario.js';
import { runHealthScenario as runHealth, type HealthRunResult } from '../health/run-health-scenario.js';

const LABEL = '<resolved scenario>';

/**
 * Check that a value handed to a library run function is what `loadScenario` (or
 * `loadHealthScenario`) returned: an object of the right scheme with its years and yearly
 * economic arrays. A path, a plain scenario object or anything else is an InputError that says
 * what to call first, never a TypeError from inside the projection.
 * @throws {InputError} `<resolved scenario>: key: detail`
 */
export function checkResolved(s: unknown, scheme: 'ssc-optional' | 'health', loader: string): void {
  const fail = (key: string, detail: string): never => {
    throw new InputError(LABEL, 0, 0, key, detail);
  };
  if (typeof s === 'string') fail('', `got the text "${s}": pass the result of await ${loader}(${JSON.stringify(s)})`);
  if (s === null || typeof s !== 'object' || Array.isArray(s)) fail('', `expected the result of ${loader}(...), got ${s === null ? 'null' : Array.isArray(s) ? 'a list' : typeof s}`);
  const r = s as Record<string, unknown>;
  if (r.scheme !== scheme) fail('scheme', `expected "${scheme}" (the result of ${loader}(...)), got ${JSON.stringify(r.scheme) ?? 'nothing'}: a scenario file's content is loaded by ${loader} first`);
  for (const k of ['startYear', 'years']) if (!Number.isInteger(r[k])) fail(k, `expected a whole number, got ${JSON.stringify(r[k]) ?? 'nothing'}`);
  const econ = r.economic as Record<string, unknown> | undefined;
  if (econ === null || typeof econ !== 'object') return fail('economic', 'missing');
  for (const k of scheme === 'health' ? ['wageGrowth', 'interest'] : ['wageGrowth', 'inflation', 'interest']) {
    const a = econ[k];
    const n = a !== null && typeof a === 'object' ? (a as { length?: unknown }).length : undefined;
    if (typeof n !== 'number' || n < (r.years as number)) fail(`economic.${k}`, `expected one number a projection year (${String(r.years)} years)`);
  }
  for (const k of scheme === 'health' ? ['fund'] : ['demography', 'behaviour', 'fund']) if (r[k] === null || typeof r[k] !== 'object') fail(k, 'missing');
}

/**
 * A projection whose money figures left the exact range of fils (only extreme inputs reach it,
 * src/assumptions/bounds.ts) is refused as bad input naming `file`, not a failed run.
 * @throws {InputError} for a RangeError of that kind; anything else is rethrown
 */
export function refuseOversize<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw oversizeAsInput(file, e);
  }
}

/** refuseOversize for a run that answers later (the closed group on a second thread). */
export async function refuseOversizeAsync<T>(file: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw oversizeAsInput(file, e);
  }
}

function oversizeAsInput(file: string, e: unknown): unknown {
  if (e instanceof RangeError && /exact fils|fils/.test(e.message)) return new InputError(file, 0, 0, '', `the projection's money figures leave the exact range of fils (${e.message}): lower the reserve, the rates or the horizon`);
  return e;
}

/**
 * Run an optional-scheme scenario (src/core/run-scenario.ts) after checking that it is a loaded
 * scenario. The library's `runScenario`.
 * @throws {InputError} for anything that is not the result of `loadScenario`
 * @example runScenario(await loadScenario('scenarios/baseline.yaml')).summary.gap
 */
export function runScenario(s: ResolvedScenario, options: RunOptions = {}): RunResult {
  checkResolved(s, 'ssc-optional', 'loadScenario');
  return refuseOversize(LABEL, () => runOptional(s, options));
}

/**
 * runScenario on two threads, as `ssc-proj run` on a machine with 2 cores: the side runs (the
 * closed-group valuation, the programmes' comparison runs) on a worker thread while this thread
 * projects the open group. The same result as runScenario, to the bit, in about the time of the
 * open group's projection alone.
 * @throws {InputError} for anything that is not the result of `loadScenario`
 * @example const r = await runScenarioOnTwoThreads(await loadScenario('scenarios/subsidy-youth.yaml'))
 */
export async function runScenarioOnTwoThreads(s: ResolvedScenario, options: RunOptions = {}): Promise<RunResult> {
  checkResolved(s, 'ssc-optional', 'loadScenario');
  return refuseOversizeAsync(LABEL, () => runScenarioBeside(s, options, sideRunsOnThread));
}

/**
 * Run a health scenario (src/health/run-health-scenario.ts) after checking that it is a loaded
 * health scenario. The library's `runHealthScenario`.
 * @throws {InputError} for anything that is not the result of `loadHealthScenario`
 */
export function runHealthScenario(s: ResolvedHealthScenario, options: { byAge?: boolean } = {}): HealthRunResult {
  checkResolved(s, 'health', 'loadHealthScenario');
  return refuseOversize(LABEL, () => runHealth(s, options));
}
