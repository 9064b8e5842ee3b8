/**
 * The messages between the batch's main thread and its worker threads. Everything here is
 * structured-cloneable; the yearly values of a run (one Float64Array) travel back by transfer.
 */
import type { SchemeRunOutput } from '../schemes/scheme.js';

/** What a worker thread is given once, when it starts: the scheme and its resolved base scenario. */
export interface WorkerInit {
  readonly scheme: string;
  readonly base: unknown;
  /**
   * The base resolved with the values of the keys that go through the loader (`loaderKeys`), by
   * `variantKey` of those values; a run without such keys uses `base`.
   */
  readonly variants?: Readonly<Record<string, unknown>>;
  readonly loaderKeys?: readonly string[];
}

/**
 * The variant a run's loader-key values select: their values in key order, as JSON
 * (`{"rules.maxMissedContributions":12}`); '' when the run sets none of them.
 */
export function variantKey(values: Readonly<Record<string, number>>, loaderKeys: readonly string[]): string {
  const picked = loaderKeys.filter((k) => k in values).map((k) => [k, values[k]]);
  return picked.length === 0 ? '' : JSON.stringify(Object.fromEntries(picked));
}

/** One run's assumptions (see RunAssumptions in schemes.ts) and its identity. */
export interface RunSpec {
  /** 0-based index of the run in the batch. */
  readonly run: number;
  /** The run's seed (0x + 16 hex digits) for a stochastic batch, null for a sensitivity. */
  readonly seed: string | null;
  readonly values: Readonly<Record<string, number>>;
  readonly paths: Readonly<Record<string, Float64Array>>;
}

/**
 * Failures injected on purpose, for the tests of failure handling only (never set by the CLI):
 * `throwInRuns` makes those runs throw inside the run; `exitWorkerInRuns` ends the worker thread
 * (process.exit in the thread) when it receives a task with one of those runs.
 */
export interface FaultInjection {
  readonly throwInRuns?: readonly number[];
  readonly exitWorkerInRuns?: readonly number[];
}

/** A shard of the batch handed to one worker call: some runs, computed one after the other. */
export interface ShardTask {
  readonly runs: readonly RunSpec[];
  readonly inject?: FaultInjection;
}

/** A run that finished: its yearly values (column-major, SchemeRunner.columns) and summary figures. */
export interface RunSucceeded extends SchemeRunOutput {
  readonly run: number;
  readonly ok: true;
}

/** A run that threw: the message says why. */
export interface RunFailed {
  readonly run: number;
  readonly ok: false;
  readonly message: string;
}

export type RunOutcome = RunSucceeded | RunFailed;

export interface ShardResult {
  readonly outcomes: readonly RunOutcome[];
}

/** The buffers of a result to transfer (not copy) to the main thread. */
export function transferList(result: ShardResult): ArrayBuffer[] {
  return result.outcomes.flatMap((o) => (o.ok ? [o.values.buffer as ArrayBuffer] : []));
}
