/**
 * Run a batch (or one shard of it) on a worker pool and render its output files. The results do
 * not depend on the pool, the number of threads or the order in which runs finish: every run's
 * assumptions are a function of the batch file and its index, and outputs are sorted by run.
 */
import { availableParallelism } from 'node:os';
import { formatCell } from '../output/run-files.js';
import { batchOutputFiles, summaryNumber, type BatchMeta, type OutputFile, type RunRecord } from './batch-files.js';
import { runSpec, type LoadedBatch } from './batch-file.js';
import type { FaultInjection, RunOutcome, RunSpec, ShardTask } from './messages.js';
import { createPool, DEFAULT_POOL, PoolDestroyedError, type PoolKind } from './pool.js';
import { shardRange, type Shard } from './shard.js';
import { errorMessage } from './worker.js';

export interface BatchProgress {
  readonly done: number;
  readonly failed: number;
  readonly total: number;
}

export interface RunBatchOptions {
  /** Worker threads (default: the available cores, at most one a run); 0 runs in the main thread. */
  readonly threads?: number;
  readonly pool?: PoolKind;
  /** Only this slice of the runs (shard.ts). */
  readonly shard?: Shard | null;
  /** Runs handed to a worker at a time (default 1: best balance and progress on runs of seconds). */
  readonly runsPerTask?: number;
  /** Aborting stops the workers at once; runBatch then rejects with BatchCancelledError. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: BatchProgress) => void;
  /** Test hooks only (messages.ts FaultInjection). */
  readonly inject?: FaultInjection;
}

/** The batch was stopped (Ctrl-C): nothing is to be written. */
export class BatchCancelledError extends Error {
  override readonly name = 'BatchCancelledError';
  constructor(
    readonly done: number,
    readonly total: number,
  ) {
    super(`the batch was stopped after ${done} of ${total} runs`);
  }
}

/** What a batch (or shard) computed. */
export interface BatchRun {
  readonly shard: Shard | null;
  readonly first: number;
  readonly end: number;
  readonly specs: readonly RunSpec[];
  /** One outcome a run of the slice, in run order. */
  readonly outcomes: readonly RunOutcome[];
  readonly threads: number;
  readonly pool: PoolKind;
}

/** Default worker threads: one a core, no more than the runs. */
export function defaultThreads(runs: number): number {
  return Math.max(1, Math.min(availableParallelism(), runs));
}

/**
 * Worker threads asked for, capped at the cores available (os.availableParallelism()): more
 * threads than cores only cost memory (one projection's arrays each) and time.
 * @example capThreads(100) // => { threads: 2, capped: true } on 2 cores
 */
export function capThreads(requested: number): { threads: number; capped: boolean } {
  const cores = availableParallelism();
  return requested > cores ? { threads: cores, capped: true } : { threads: requested, capped: false };
}

/**
 * Run the batch's runs (those of `options.shard`, or all) on a pool. A run that throws, or whose
 * worker thread dies, is a failed outcome with a message; the other runs go on.
 * @throws {BatchCancelledError} when options.signal aborts
 */
export async function runBatch(batch: LoadedBatch, options: RunBatchOptions = {}): Promise<BatchRun> {
  const shard = options.shard ?? null;
  const { first, end } = shardRange(batch.runs, shard);
  const total = end - first;
  const specs = Array.from({ length: total }, (_, i) => runSpec(batch, first + i));
  const threads = options.threads ?? defaultThreads(total);
  const kind = threads === 0 ? 'inline' : (options.pool ?? DEFAULT_POOL);
  const per = Math.max(1, options.runsPerTask ?? 1);
  const tasks: ShardTask[] = [];
  for (let i = 0; i < specs.length; i += per) tasks.push({ runs: specs.slice(i, i + per), ...(options.inject === undefined ? {} : { inject: options.inject }) });

  const signal = options.signal;
  if (signal?.aborted === true) throw new BatchCancelledError(0, total);
  const pool = createPool(kind, { scheme: batch.scheme, base: batch.base, variants: batch.variants, loaderKeys: batch.loaderKeys }, Math.min(threads, Math.max(1, tasks.length)));
  const outcomes = new Map<number, RunOutcome>();
  let failed = 0;
  let cancel: (e: Error) => void = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    cancel = reject;
  });
  const onAbort = () => {
    cancel(new BatchCancelledError(outcomes.size, total));
    void pool.destroy();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  options.onProgress?.({ done: 0, failed: 0, total });
  try {
    const all = Promise.all(
      tasks.map(async (task) => {
        let got: readonly RunOutcome[];
        try {
          got = (await pool.run(task)).outcomes;
        } catch (e) {
          if (e instanceof PoolDestroyedError) throw e;
          got = task.runs.map((r) => ({ run: r.run, ok: false as const, message: errorMessage(e) }));
        }
        for (const o of got) {
          outcomes.set(o.run, o);
          if (!o.ok) failed++;
        }
        options.onProgress?.({ done: outcomes.size, failed, total });
      }),
    );
    await Promise.race([all, cancelled]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await pool.destroy();
  }
  return { shard, first, end, specs, outcomes: specs.map((s) => outcomes.get(s.run)!), threads: pool.threads, pool: kind };
}

/** The text record of a run outcome (runs.csv rows, runs-summary.csv cells). */
export function runRecord(batch: LoadedBatch, spec: RunSpec, o: RunOutcome): RunRecord {
  const extra = batch.kind === 'stochastic' ? [spec.seed ?? ''] : batch.sensitivity!.parameters.map((p) => (p.key in spec.values ? summaryNumber(spec.values[p.key]!) : ''));
  if (!o.ok) return { run: o.run, status: 'failed', message: o.message, extra, gap: '', yearReserveFirstFalls: '', yearReserveExhausted: '', rows: [] };
  const cols = batch.runner.columns;
  const rows: string[][] = [];
  for (let y = 0; y < o.years; y++) rows.push([String(o.run), batch.scheme, ...cols.map((c, k) => formatCell(o.values[k * o.years + y]!, c.kind) as string)]);
  const year = (v: number | null) => (v === null ? '' : String(v));
  return { run: o.run, status: 'ok', message: '', extra, gap: summaryNumber(o.gap), yearReserveFirstFalls: year(o.yearReserveFirstFalls), yearReserveExhausted: year(o.yearReserveExhausted), rows };
}

/** What the files of a batch say about it. */
export function batchMeta(batch: LoadedBatch, shard: Shard | null): BatchMeta {
  const { first, end } = shardRange(batch.runs, shard);
  return {
    name: batch.name,
    scheme: batch.scheme,
    kind: batch.kind,
    baseScenario: batch.baseInfo.name,
    baseFile: batch.baseFile,
    startYear: batch.baseInfo.startYear,
    endYear: batch.baseInfo.startYear + batch.baseInfo.years - 1,
    batchRuns: batch.runs,
    seed: batch.stochastic?.seed ?? null,
    contributionRate: batch.baseInfo.contributionRate,
    digest: batch.digest,
    shard: shard === null ? null : { index: shard.index, count: shard.count, firstRun: first, lastRun: end - 1 },
    columns: batch.runner.columns,
    extraColumns: batch.kind === 'stochastic' ? ['seed'] : batch.sensitivity!.parameters.map((p) => p.key),
    batchResolvedYaml: batch.resolvedYaml,
    scenarioResolvedYaml: batch.baseInfo.resolvedYaml,
  };
}

/** The output files of a batch run (docs/outputs.md). */
export function batchRunFiles(batch: LoadedBatch, run: BatchRun): OutputFile[] {
  return batchOutputFiles(
    batchMeta(batch, run.shard),
    run.outcomes.map((o, i) => runRecord(batch, run.specs[i]!, o)),
  );
}
