import { indicatorRows, type IndicatorRow } from './indicators.js';
import { programmeRows, type ProgrammeRow } from './programme-results.js';
import { project, type Projection } from './projection.js';
import type { ResolvedScenario } from './resolved-scenario.js';
import { runSummary, type RunSummary } from './summary.js';
import { closedGroupValuation, VALUATION_HORIZONS, type ClosedGroupValuation } from './valuation.js';

export interface RunResult {
  readonly indicators: IndicatorRow[];
  readonly summary: RunSummary;
  readonly programmes: ProgrammeRow[];
  /** The raw projection (unrounded yearly totals, over the valuation years), for tests and tools. */
  readonly projection: Projection;
}

export interface RunOptions {
  /** Run the scenario once more without each programme to measure its extra contributors (default true). */
  readonly programmeComparisons?: boolean;
  /**
   * The valuation results (default true): the projection runs on to the longest horizon (100
   * years; summary `gap_horizons`) and the closed group is valued (summary `closed_group`).
   * Batches turn it off: their runs report the GAP over the scenario's horizon.
   */
  readonly valuation?: boolean;
  /** Project only the members at the start (no new entrants): `ssc-proj run --closed-group`. */
  readonly closedGroupOnly?: boolean;
}

/** Years a run projects: the scenario's horizon, and 100 for the valuation results. */
export function valuationYears(s: ResolvedScenario): number {
  return Math.max(s.years, s.valuationYears ?? Math.max(...VALUATION_HORIZONS));
}

/**
 * Run an optional-scheme scenario: the projection, its yearly indicators (the scenario's
 * horizon), the summary (present values, GAP over the horizon and over 50, 75 and 100 years, the
 * closed group, reserve years) and, per subsidy programme, its results against the same scenario
 * without it. Pure and synchronous; `loadScenario` does the reading and validation.
 * @example const { indicators, summary } = runScenario(await loadScenario('scenarios/baseline.yaml'))
 */
export function runScenario(s: ResolvedScenario, options: RunOptions = {}): RunResult {
  const open = runOpenGroup(s, options);
  return completeRun(s, open, open.valuation ? closedGroupValuation(s, open.years) : null);
}

/**
 * runScenario with the closed-group valuation (two of its three projections) handed to
 * `valueClosedGroup`, started before the open group is projected here: `ssc-proj run` gives it
 * to a second thread (src/schemes/optional/closed-group-thread.ts). The same functions on the
 * same inputs: the result equals runScenario's to the bit.
 */
export async function runScenarioBeside(s: ResolvedScenario, options: RunOptions, valueClosedGroup: (s: ResolvedScenario, years: number) => Promise<ClosedGroupValuation>): Promise<RunResult> {
  const valuation = options.valuation !== false;
  const pending = valuation ? valueClosedGroup(s, valuationYears(s)) : null;
  // If the open group throws, the valuation's outcome is not awaited: keep its rejection handled.
  pending?.catch(() => undefined);
  const open = runOpenGroup(s, options);
  return completeRun(s, open, pending === null ? null : await pending);
}

interface OpenGroupRun {
  readonly valuation: boolean;
  readonly years: number;
  readonly projection: Projection;
  readonly programmes: ProgrammeRow[];
}

/** The projection over the run's years and, per programme, its comparison run. */
function runOpenGroup(s: ResolvedScenario, options: RunOptions): OpenGroupRun {
  const valuation = options.valuation !== false;
  const years = valuation ? valuationYears(s) : s.years;
  const projection = project(s, { years, closedGroup: options.closedGroupOnly === true });
  const programmes: ProgrammeRow[] = [];
  if (options.programmeComparisons !== false) {
    s.programmes.forEach((_, i) => {
      const without = project({ ...s, programmes: s.programmes.filter((__, j) => j !== i) }, { years: s.years });
      programmes.push(...programmeRows(projection, without, i));
    });
  }
  return { valuation, years, projection, programmes };
}

function completeRun(s: ResolvedScenario, open: OpenGroupRun, closedGroup: ClosedGroupValuation | null): RunResult {
  const { projection, programmes } = open;
  return { indicators: indicatorRows(projection, s, s.years), summary: runSummary(projection, s, closedGroup), programmes, projection };
}
