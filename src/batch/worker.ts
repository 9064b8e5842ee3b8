/**
 * What a worker thread computes, as a pure function: runShard(init, task) runs each run of the
 * task on the base scenario and returns its outcome. A run that throws becomes a failed outcome
 * with the error's message; the other runs go on. No threads here: pool.ts calls it inside a
 * worker thread, the tests call it directly.
 */
import { variantKey, type RunOutcome, type ShardResult, type ShardTask, type WorkerInit } from './messages.js';
import { schemeNamed } from '../schemes/dispatch.js';

/** The message of anything thrown, on one line. */
export function errorMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0] ?? m;
}

/**
 * Run the runs of a task on the base scenario of `init`.
 * @example runShard({ scheme: 'ssc-optional', base }, { runs: [runSpec(batch, 0)] }).outcomes[0].ok // => true
 */
export function runShard(init: WorkerInit, task: ShardTask): ShardResult {
  const runner = schemeNamed(init.scheme)?.batch;
  const outcomes: RunOutcome[] = task.runs.map((spec) => {
    try {
      if (runner === undefined) throw new Error(`no batch runner for scheme "${init.scheme}"`);
      if (task.inject?.throwInRuns?.includes(spec.run) === true) throw new Error(`injected failure in run ${spec.run} (test hook)`);
      const loaderKeys = init.loaderKeys ?? [];
      const key = variantKey(spec.values, loaderKeys);
      const base = key === '' ? init.base : init.variants?.[key];
      if (base === undefined) throw new Error(`no resolved scenario for the values ${key}`);
      const applied = Object.fromEntries(Object.entries(spec.values).filter(([k]) => !loaderKeys.includes(k)));
      const out = runner.run(runner.apply(base, { values: applied, paths: spec.paths }));
      return { run: spec.run, ok: true, ...out };
    } catch (e) {
      return { run: spec.run, ok: false, message: errorMessage(e) };
    }
  });
  return { outcomes };
}
