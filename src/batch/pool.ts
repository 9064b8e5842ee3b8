/**
 * The worker pool of a batch: the only module that imports a pool library. Two libraries behind
 * one small interface (BatchPool), compared by bench/batch.ts on the same batch:
 *
 * - `piscina`: a task pool (its own queue, worker reuse, a crashed worker replaced and its task
 *   rejected); results come back by transfer with `Piscina.move`.
 * - `worker-threads-pool`: a cap on live Worker threads and nothing else (`acquire` starts a new
 *   Worker; no queue of tasks, no reuse). Here it starts `threads` long-lived workers, and a small
 *   dispatcher below queues tasks, posts them to idle workers, transfers results back with a
 *   transferList, and replaces a worker that dies.
 * - `inline`: no thread (`--threads 0`): the runs in the main thread, one task at a time.
 *
 * This file is also the worker side: loaded in a worker thread it exports `piscinaTask` (for
 * piscina) or, started by the worker-threads-pool adapter, answers task messages. From built
 * JavaScript the workers load this very file; from the TypeScript sources they load
 * tsx-worker.mjs, which registers tsx in the thread first.
 */
import { createRequire } from 'node:module';
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import { Piscina, transferableSymbol, valueSymbol } from 'piscina';
import type WorkerThreadsPool from 'worker-threads-pool';
import { transferList, type ShardResult, type ShardTask, type WorkerInit } from './messages.js';
import { errorMessage, runShard } from './worker.js';
import { workerExecArgv } from './worker-exec-argv.js';

export { workerExecArgv };

export const POOL_KINDS = ['piscina', 'worker-threads-pool', 'inline'] as const;
export type PoolKind = (typeof POOL_KINDS)[number];

/**
 * The pool `ssc-proj batch` uses unless told otherwise: the one the measurements favour
 * (docs/batch.md "Which pool", bench/batch.ts).
 */
export const DEFAULT_POOL: PoolKind = 'piscina';

/** Runs tasks on worker threads (or inline). */
export interface BatchPool {
  readonly kind: PoolKind;
  readonly threads: number;
  /** Run one task; rejects when the worker thread dies (or the pool is destroyed) before answering. */
  run(task: ShardTask): Promise<ShardResult>;
  /** Stop every worker now (running tasks are abandoned and reject). */
  destroy(): Promise<void>;
}

/** The module a worker thread loads: this file when built, else the tsx bootstrap. */
export function workerEntry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./tsx-worker.mjs', import.meta.url) : new URL(import.meta.url);
}

/** The pool was destroyed while the task waited or ran. */
export class PoolDestroyedError extends Error {
  override readonly name = 'PoolDestroyedError';
  constructor() {
    super('the batch was stopped');
  }
}

/** Test hook (FaultInjection.exitWorkerInRuns): end this worker thread. */
function maybeExitWorker(task: ShardTask): void {
  const exits = task.inject?.exitWorkerInRuns;
  if (exits !== undefined && task.runs.some((r) => exits.includes(r.run))) process.exit(3);
}

// ---------------------------------------------------------------------------------------------
// Worker side.

/** The piscina task handler (runs in a worker thread): the shard, its buffers moved, not copied. */
export function piscinaTask(task: ShardTask): unknown {
  maybeExitWorker(task);
  const result = runShard(Piscina.workerData as WorkerInit, task);
  const buffers = transferList(result);
  return Piscina.move({
    get [transferableSymbol]() {
      return buffers;
    },
    get [valueSymbol]() {
      return result;
    },
  });
}

/** worker-threads-pool adapter: main -> worker, worker -> main. */
interface TaskMessage {
  readonly id: number;
  readonly task: ShardTask;
}
type ReplyMessage = { readonly id: number; readonly ok: true; readonly result: ShardResult } | { readonly id: number; readonly ok: false; readonly message: string };

const WTP_MARK = 'ssc-proj batch worker (worker-threads-pool)';

interface WtpWorkerData {
  readonly mark: typeof WTP_MARK;
  readonly init: WorkerInit;
}

if (!isMainThread && (workerData as Partial<WtpWorkerData> | null)?.mark === WTP_MARK) {
  const init = (workerData as WtpWorkerData).init;
  parentPort!.on('message', (m: TaskMessage) => {
    let reply: ReplyMessage;
    let buffers: ArrayBuffer[] = [];
    try {
      maybeExitWorker(m.task);
      const result = runShard(init, m.task);
      buffers = transferList(result);
      reply = { id: m.id, ok: true, result };
    } catch (e) {
      reply = { id: m.id, ok: false, message: errorMessage(e) };
    }
    parentPort!.postMessage(reply, buffers);
  });
}

// ---------------------------------------------------------------------------------------------
// Main side.

class PiscinaPool implements BatchPool {
  readonly kind = 'piscina' as const;
  private readonly piscina: Piscina<ShardTask, ShardResult>;
  private destroyed = false;

  constructor(
    init: WorkerInit,
    readonly threads: number,
  ) {
    this.piscina = new Piscina({ filename: workerEntry().href, name: 'piscinaTask', minThreads: threads, maxThreads: threads, idleTimeout: 60_000, workerData: init, execArgv: workerExecArgv() });
  }

  async run(task: ShardTask): Promise<ShardResult> {
    try {
      return await this.piscina.run(task);
    } catch (e) {
      if (this.destroyed) throw new PoolDestroyedError();
      throw new Error(`worker thread failed: ${errorMessage(e)}`);
    }
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
    await this.piscina.destroy();
  }
}

/**
 * worker-threads-pool, loaded only when that pool is asked for: it is a devDependency (the default
 * pool is piscina), absent from a production install.
 */
function loadWorkerThreadsPool(): typeof WorkerThreadsPool {
  try {
    return createRequire(import.meta.url)('worker-threads-pool') as typeof WorkerThreadsPool;
  } catch {
    throw new Error('the worker-threads-pool package is not installed (a development dependency: npm install worker-threads-pool, or use --pool piscina)');
  }
}

interface Job {
  readonly id: number;
  readonly task: ShardTask;
  resolve(r: ShardResult): void;
  reject(e: Error): void;
}

interface Slot {
  readonly worker: Worker;
  job: Job | null;
  /** Set by an 'error' event; the 'exit' that follows reports it. */
  error: string | null;
}

class WorkerThreadsPoolAdapter implements BatchPool {
  readonly kind = 'worker-threads-pool' as const;
  private readonly pool: WorkerThreadsPool;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private destroyed = false;

  constructor(
    private readonly init: WorkerInit,
    readonly threads: number,
  ) {
    this.pool = new (loadWorkerThreadsPool())({ max: threads });
    for (let i = 0; i < threads; i++) this.startWorker();
  }

  private startWorker(): void {
    const data: WtpWorkerData = { mark: WTP_MARK, init: this.init };
    this.pool.acquire(workerEntry(), { workerData: data, execArgv: workerExecArgv() }, (err, worker) => {
      if (err !== null) {
        this.failAll(new Error(`cannot start a worker thread: ${err.message}`));
        return;
      }
      const slot: Slot = { worker, job: null, error: null };
      this.slots.add(slot);
      worker.on('message', (m: ReplyMessage) => {
        const job = slot.job;
        slot.job = null;
        if (job !== null && job.id === m.id) {
          if (m.ok) job.resolve(m.result);
          else job.reject(new Error(`worker thread failed: ${m.message}`));
        }
        this.pump();
      });
      worker.on('error', (e) => {
        slot.error = errorMessage(e);
      });
      worker.on('exit', (code) => {
        this.slots.delete(slot);
        const job = slot.job;
        slot.job = null;
        if (this.destroyed) return;
        job?.reject(new Error(`worker thread failed: ${slot.error ?? `worker exited with code ${code}`}`));
        this.startWorker();
      });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, task: job.task } satisfies TaskMessage);
    }
  }

  private failAll(e: Error): void {
    for (const job of this.queue.splice(0)) job.reject(e);
    for (const slot of this.slots) {
      slot.job?.reject(e);
      slot.job = null;
    }
  }

  run(task: ShardTask): Promise<ShardResult> {
    if (this.destroyed) return Promise.reject(new PoolDestroyedError());
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
    this.failAll(new PoolDestroyedError());
    // Not this.pool.destroy(): it calls worker.terminate(callback), deprecated (DEP0132) since Node 12.
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }
}

class InlinePool implements BatchPool {
  readonly kind = 'inline' as const;
  readonly threads = 0;
  private destroyed = false;

  constructor(private readonly init: WorkerInit) {}

  async run(task: ShardTask): Promise<ShardResult> {
    // Let timers, signals and progress through between tasks.
    await new Promise((r) => setImmediate(r));
    if (this.destroyed) throw new PoolDestroyedError();
    return runShard(this.init, task);
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
  }
}

/**
 * A pool of `threads` worker threads (0: inline, no thread) of the given kind, each given `init`
 * (the scheme and the resolved base scenario, structured-cloned once a thread).
 */
export function createPool(kind: PoolKind, init: WorkerInit, threads: number): BatchPool {
  if (kind === 'inline' || threads === 0) return new InlinePool(init);
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be a positive integer, got ${threads}`);
  return kind === 'piscina' ? new PiscinaPool(init, threads) : new WorkerThreadsPoolAdapter(init, threads);
}
