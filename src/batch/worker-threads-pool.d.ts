// Types of worker-threads-pool 2.0.0 (the package has none): a cap on live Worker threads.
declare module 'worker-threads-pool' {
  import type { Worker, WorkerOptions } from 'node:worker_threads';

  export default class Pool {
    constructor(options?: { max?: number; maxWaiting?: number });
    /** Live workers. */
    readonly size: number;
    /** new Worker(filename, options) now, or once a live one exits when `max` are alive. */
    acquire(filename: string | URL, options: WorkerOptions, callback: (err: Error | null, worker: Worker) => void): void;
    acquire(filename: string | URL, callback: (err: Error | null, worker: Worker) => void): void;
    /** worker.terminate() on every live worker. */
    destroy(callback?: () => void): void;
  }
}
