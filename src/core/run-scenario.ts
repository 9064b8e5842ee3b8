import { indicatorRows, type IndicatorRow } from './indicators.js';
import { programmeRows, type ProgrammeRow } from './programme-results.js';
import { project, type Projection } from './projection.js';
import type { ResolvedScenario } from './resolved-scenario.js';
import { runSummary, type RunSummary } from './summary.js';

export interface RunResult {
  readonly indicators: IndicatorRow[];
  readonly summary: RunSummary;
  readonly programmes: ProgrammeRow[];
  /** The raw projection (unrounded yearly totals), for tests and tools. */
  readonly projection: Projection;
}

export interface RunOptions {
  /** Run the scenario once more without each programme to measure its extra contributors (default true). */
  readonly programmeComparisons?: boolean;
}

/**
 * Run an optional-scheme scenario: the projection, its yearly indicators, the summary (present
 * values, GAP, reserve years) and, per subsidy programme, its results against the same scenario
 * without it. Pure and synchronous; `loadScenario` does the reading and validation.
 * @example const { indicators, summary } = runScenario(await loadScenario('scenarios/baseline.yaml'))
 */
export function runScenario(s: ResolvedScenario, options: RunOptions = {}): RunResult {
  const projection = project(s);
  const programmes: ProgrammeRow[] = [];
  if (options.programmeComparisons !== false) {
    s.programmes.forEach((_, i) => {
      const without = project({ ...s, programmes: s.programmes.filter((__, j) => j !== i) });
      programmes.push(...programmeRows(projection, without, i));
    });
  }
  return { indicators: indicatorRows(projection, s), summary: runSummary(projection, s), programmes, projection };
}
