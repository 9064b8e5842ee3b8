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
  return completeRun(s, options, openProjection(s, options), sideRuns(s, options));
}

/**
 * What a run projects besides the open group, independent of it: the closed-group valuation (two
 * projections) and, per subsidy programme, the scenario without it (the programmes' comparisons).
 */
export interface SideRuns {
  readonly closedGroup: ClosedGroupValuation | null;
  readonly withoutProgramme: readonly Projection[];
}

/** The side runs of a run (pure): what `ssc-proj run` computes on a second thread. */
export function sideRuns(s: ResolvedScenario, options: RunOptions = {}): SideRuns {
  return {
    closedGroup: options.valuation !== false ? closedGroupValuation(s, valuationYears(s)) : null,
    withoutProgramme: options.programmeComparisons === false ? [] : s.programmes.map((_, i) => project({ ...s, programmes: s.programmes.filter((__, j) => j !== i) }, { years: s.years })),
  };
}

/** Whether a run has side runs (a valuation, or programmes to compare). */
export function hasSideRuns(s: ResolvedScenario, options: RunOptions = {}): boolean {
  return options.valuation !== false || (options.programmeComparisons !== false && s.programmes.length > 0);
}

/**
 * runScenario with its side runs handed to `side`, started before the open group is projected
 * here: `ssc-proj run` gives them to a second thread (src/schemes/optional/side-runs-thread.ts).
 * The same functions on the same inputs: the result equals runScenario's to the bit.
 */
export async function runScenarioBeside(s: ResolvedScenario, options: RunOptions, side: (s: ResolvedScenario, options: RunOptions) => Promise<SideRuns>): Promise<RunResult> {
  if (!hasSideRuns(s, options)) return runScenario(s, options);
  const pending = side(s, options);
  // If the open group throws, the side runs' outcome is not awaited: keep its rejection handled.
  pending.catch(() => undefined);
  const projection = openProjection(s, options);
  return completeRun(s, options, projection, await pending);
}

/** The open group's projection, over the valuation years (100) unless the valuation is off. */
function openProjection(s: ResolvedScenario, options: RunOptions): Projection {
  const years = options.valuation !== false ? valuationYears(s) : s.years;
  return project(s, { years, closedGroup: options.closedGroupOnly === true });
}

function completeRun(s: ResolvedScenario, options: RunOptions, projection: Projection, side: SideRuns): RunResult {
  const programmes: ProgrammeRow[] = side.withoutProgramme.flatMap((without, i) => programmeRows(projection, without, i));
  return { indicators: indicatorRows(projection, s, s.years), summary: runSummary(projection, s, side.closedGroup), programmes, projection };
}
