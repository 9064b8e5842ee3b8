/**
 * The schemes a batch can run: scheme name (a scenario's `scheme` key) -> a SchemeRunner, which
 * loads a base scenario, applies one run's assumptions (sensitivity values or stochastic paths)
 * and runs it to named yearly columns, the GAP and the reserve years. The batch machinery (file,
 * pool, outputs, merge) knows nothing else about a scheme.
 *
 * To add a scheme: write src/batch/<scheme>-runner.ts exporting a SchemeRunner (optional-runner.ts
 * and health-runner.ts are the models) and add one line to SCHEME_RUNNERS below.
 */
import type { PathSpec } from './ar1.js';
import { healthRunner } from './health-runner.js';
import { optionalRunner } from './optional-runner.js';

/** How a column of runs.csv and percentiles.csv is printed (src/output/run-files.ts formatCell). */
export type ColumnKind = 'year' | 'persons' | 'money' | 'ratio';

/** The yearly results of one run, ready to travel between threads (one buffer, transferred). */
export interface SchemeRunOutput {
  readonly startYear: number;
  readonly years: number;
  /** Column-major values: values[c * years + y] is column c (SchemeRunner.columns) in year y. */
  readonly values: Float64Array;
  /** General average premium (fraction of insurable wages); NaN when undefined. */
  readonly gap: number;
  readonly yearReserveFirstFalls: number | null;
  readonly yearReserveExhausted: number | null;
}

/** What one run changes in the base scenario. */
export interface RunAssumptions {
  /** Sensitivity: parameter key (`economic.interest`, `programmes.youth-50.share`) -> value. */
  readonly values: Readonly<Record<string, number>>;
  /** Stochastic: path name (`wageGrowth`, `takeUp`) -> one value a projection year. */
  readonly paths: Readonly<Record<string, Float64Array>>;
}

/** A parameter a sensitivity may vary, with the bounds a scenario file would enforce. */
export interface ParameterInfo {
  readonly min: number;
  readonly max: number;
  /** One line for docs and errors: what setting it does. */
  readonly what: string;
}

/** A stochastic path a scheme accepts: a rate level (AR(1)) or a multiplier around 1 (log-AR(1)). */
export interface PathInfo {
  readonly kind: PathSpec['kind'];
  /** The scenario key the path sets (or multiplies). */
  readonly target: string;
  readonly what: string;
}

/** What the batch outputs need to know of the base scenario. */
export interface BaseInfo {
  readonly name: string;
  readonly startYear: number;
  readonly years: number;
  /** The scheme's contribution rate (the GAP is compared with it); null if the scheme has none. */
  readonly contributionRate: number | null;
  /** scenario.resolved.yaml of the base scenario as the batch uses it (horizon included). */
  readonly resolvedYaml: string;
}

/**
 * One scheme, as the batch sees it. `S` is the scheme's resolved scenario: plain objects and
 * typed arrays (structured-cloneable: it is sent once to every worker thread).
 */
export interface SchemeRunner<S = unknown> {
  readonly scheme: string;
  /** Columns of runs.csv after `run, scheme`, in order; the first is `year`. */
  readonly columns: ReadonlyArray<{ readonly name: string; readonly kind: ColumnKind }>;
  /**
   * Load and validate a scenario file of this scheme through the scheme's loader, with its horizon
   * replaced when given and `overrides` (dotted scenario keys -> values) set on its YAML tree.
   */
  load(path: string, options: { readonly horizonYears?: number; readonly overrides?: Readonly<Record<string, number>> }): Promise<S>;
  /**
   * Keys `apply` sets on a resolved scenario (fast, no loader); any other scenario key a batch
   * varies goes through `load` with overrides.
   */
  isAppliedKey(key: string): boolean;
  describe(base: S): BaseInfo;
  /** The sensitivity parameter `key` for this base scenario, or a message saying why it cannot be varied. */
  parameter(key: string, base: S): ParameterInfo | string;
  /** The keys `parameter` accepts (for messages and docs); patterns such as `programmes.<name>.share` included. */
  readonly parameterKeys: readonly string[];
  /** The stochastic paths, in the order their shocks are drawn each year. */
  readonly paths: Readonly<Record<string, PathInfo>>;
  /**
   * Optional: why path `name` (one of `paths`) cannot be used with this base scenario, or null when it
   * can (the health scheme refuses wage growth on a base whose insured group is an optional-scheme
   * projection). The batch file is then refused at the path's line.
   */
  pathProblem?(name: string, base: S): string | null;
  /** The base scenario with one run's assumptions; throws (the run fails) on an impossible value. */
  apply(base: S, run: RunAssumptions): S;
  run(s: S): SchemeRunOutput;
}

/** Scheme name (a scenario's `scheme` key) -> runner. */
export const SCHEME_RUNNERS: Readonly<Record<string, SchemeRunner>> = {
  'ssc-optional': optionalRunner as SchemeRunner,
  health: healthRunner as SchemeRunner,
};

/** The runner of a scheme, or undefined when batches cannot run it yet. */
export function schemeRunner(scheme: string): SchemeRunner | undefined {
  return Object.hasOwn(SCHEME_RUNNERS, scheme) ? SCHEME_RUNNERS[scheme] : undefined;
}

