/**
 * One scheme (the optional scheme, the health insurance) as the rest of the engine sees it: load a
 * scenario file through the scheme's own loader, run it to the files `ssc-proj run` writes, and the
 * batch runner (src/batch) that varies its assumptions. The CLI run path and the batch machinery
 * reach a scheme only through this interface and the dispatcher (dispatch.ts).
 *
 * To add a scheme: write src/schemes/<scheme>/index.ts exporting a Scheme (optional/ and health/
 * are the models) and add one line to SCHEMES in dispatch.ts.
 */
import type { PathSpec } from '../batch/ar1.js';

/** A file of a run, rendered but not yet written. */
export interface RunFile {
  readonly name: string;
  readonly data: string;
}

/** The files of one run (indicators.csv, summary.json, ...) and its summary. */
export interface RunFiles {
  readonly files: readonly RunFile[];
  readonly summary: unknown;
}

/** How a scenario is loaded: the batch's horizon in place of the file's, and scenario keys set on its YAML tree. */
export interface LoadOptions {
  readonly horizonYears?: number;
  /**
   * Dotted scenario key -> value, set on the scenario's YAML tree before it is validated
   * (src/schemes/overrides.ts): `rules.maxMissedContributions`, `programmes.<name>.share`.
   */
  readonly overrides?: Readonly<Record<string, unknown>>;
}

/** How `ssc-proj run` runs a scenario. */
export interface SchemeRunOptions {
  /** The scenario file (errors about the run name it). */
  readonly file: string;
  /** Project only the members at the start (`--closed-group`). */
  readonly closedGroup?: boolean;
  /**
   * Threads the run may use (default: 2 where the machine has 2 cores or more): with 2, the
   * optional scheme values the closed group on a second thread while it projects the open group
   * (same figures to the bit).
   */
  readonly threads?: number;
}

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
  /** Sensitivity: scenario key (`economic.interest`, `programmes.youth-50.share`) -> value. */
  readonly values: Readonly<Record<string, number>>;
  /** Stochastic: path name (`wageGrowth`, `takeUp`) -> one value a projection year. */
  readonly paths: Readonly<Record<string, Float64Array>>;
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
 * One scheme, as a batch sees it. `S` is the scheme's resolved scenario: plain objects and typed
 * arrays (structured-cloneable: it is sent once to every worker thread).
 *
 * Every value a sensitivity varies is first validated by the scheme's loader (Scheme.load with
 * the value as an override, `scenarioOverrides` saying which scenario keys it stands for). A key
 * the runner `applies` is then set on the resolved base for each run (fast: no loader); any other
 * key is resolved by the loader once per combination of values.
 */
export interface SchemeRunner<S = unknown> {
  /** Columns of runs.csv after `run, scheme`, in order; the first is `year`. */
  readonly columns: ReadonlyArray<{ readonly name: string; readonly kind: ColumnKind }>;
  describe(base: S): BaseInfo;
  /** Whether `apply` sets `key` on a resolved scenario itself; other keys go through the loader. */
  applies(key: string): boolean;
  /**
   * The scenario keys and values the loader checks for sensitivity value `value` of `key`: the
   * key itself for a scenario key; for a batch-only key (the health scheme's utilisation and
   * unit-cost multipliers) the scenario parameters it scales, scaled.
   */
  scenarioOverrides(key: string, value: number, base: S): Readonly<Record<string, unknown>>;
  /** The stochastic paths, in the order their shocks are drawn. */
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

/** A scheme: its scenario loader, its run and output files, its batch runner. */
export interface Scheme<S = unknown> {
  /** The `scheme` key of its scenario files. */
  readonly name: string;
  /**
   * Read, validate and resolve a scenario file of this scheme through its own loader, with the
   * horizon replaced and overrides set when given.
   * @throws {InputError} file:line:column, key and what was wrong
   */
  load(path: string, options?: LoadOptions): Promise<S>;
  /** Whether `run` takes `closedGroup` (a closed group of the members at the start). */
  readonly valuesClosedGroup: boolean;
  /**
   * Run a resolved scenario as `ssc-proj run` does and render its files (not yet written).
   * @throws {InputError} an option this scenario cannot take (`--closed-group` with nobody at the start)
   */
  run(s: S, options: SchemeRunOptions): RunFiles | Promise<RunFiles>;
  readonly batch: SchemeRunner<S>;
}
