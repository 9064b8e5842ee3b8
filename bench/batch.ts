/**
 * Figure: a batch of stochastic runs on worker threads. The shipped 200-run stochastic batch
 * (scenarios/batch-stochastic.yaml: 200 runs x 50 years of the baseline) on 1 worker thread and on
 * 2, and on 2 threads with each pool library (piscina, worker-threads-pool): the speed-up of the
 * second thread and the ratio of the pools.
 *
 * What is measured (docs/batch.md "Which pool"): a batch takes minutes here (about 1.6 CPU-seconds
 * a run), so the 200-run batch is measured ONCE per configuration (1 thread with the default pool;
 * 2 threads with piscina; 2 threads with worker-threads-pool; `batch_s_2_threads` is the default
 * pool's 2-thread measurement), and the medians come from a smaller batch repeated: the first 40
 * runs of the same file with a 10-year horizon, 3 rounds, the configurations in a rotating order.
 * Each measurement is a fresh Node process (harness.ts): it loads the batch (not timed), then times
 * runBatch (pool start-up included) and the rendering of the output files (no disk writes).
 * Sanity check: every configuration gives the same output bytes (sha256 of the files) and no run
 * fails.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { loadBatch } from '../src/batch/batch-file.js';
import { DEFAULT_POOL, type PoolKind } from '../src/batch/pool.js';
import { batchRunFiles, runBatch } from '../src/batch/run-batch.js';
import { formatNumber, inFreshProcess, median, type Figure, type FigureContext, type FigureResult } from './harness.js';

const SHIPPED = 'scenarios/batch-stochastic.yaml';

export interface BatchBenchTask {
  readonly file: string;
  readonly pool: PoolKind;
  readonly threads: number;
}

export interface BatchBenchSample {
  readonly pool: PoolKind;
  readonly threads: number;
  readonly runs: number;
  readonly years: number;
  readonly wall: number;
  readonly cpu: number;
  readonly loadSeconds: number;
  readonly failed: number;
  readonly digest: string;
  /** Peak resident memory of the process, its worker threads included (MB). */
  readonly maxRssMb: number;
}

/** Time one batch (in its own process). */
export async function measureBatch(task: BatchBenchTask): Promise<BatchBenchSample> {
  const t0 = performance.now();
  const batch = await loadBatch(task.file);
  const loadSeconds = (performance.now() - t0) / 1000;
  const c0 = process.cpuUsage();
  const t1 = performance.now();
  const run = await runBatch(batch, { pool: task.pool, threads: task.threads });
  const files = batchRunFiles(batch, run);
  const wall = (performance.now() - t1) / 1000;
  const c = process.cpuUsage(c0);
  const h = createHash('sha256');
  for (const f of files) h.update(`${f.name}\n${f.data}`);
  const digest = h.digest('hex').slice(0, 16);
  console.log(`batch: ${batch.runs} runs x ${batch.baseInfo.years} years, ${task.threads} thread(s), ${task.pool}: ${wall.toFixed(1)} s (CPU ${((c.user + c.system) / 1e6).toFixed(1)} s)`);
  // maxRSS (KB) is the process's: the worker threads live in it.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  return { pool: task.pool, threads: task.threads, runs: batch.runs, years: batch.baseInfo.years, wall, cpu: (c.user + c.system) / 1e6, loadSeconds, failed: run.outcomes.filter((o) => !o.ok).length, digest, maxRssMb };
}

/** The shipped stochastic batch with fewer runs and a shorter horizon (same seed: the same first runs' paths). */
export function smallerBatch(runs: number, years: number, shipped = SHIPPED): string {
  const doc = parseDocument(readFileSync(shipped, 'utf8'));
  doc.set('base', resolve('scenarios/baseline.yaml'));
  doc.set('horizonYears', years);
  doc.setIn(['stochastic', 'runs'], runs);
  const file = join(mkdtempSync(join(tmpdir(), 'ssc-proj-bench-batch-')), `batch-stochastic-${runs}x${years}.yaml`);
  writeFileSync(file, doc.toString());
  return file;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

interface Config {
  readonly key: string;
  readonly pool: PoolKind;
  readonly threads: number;
}

export const figure: Figure = {
  name: 'batch',
  summary: 'the 200-run stochastic batch on 1 and 2 worker threads, and piscina against worker-threads-pool',
  keys: [
    'batch_s_1_thread',
    'batch_s_2_threads',
    'batch_speedup_2_threads',
    'batch_s_piscina',
    'batch_s_worker_threads_pool',
    'batch_piscina_wtp_ratio',
    'batch_small_s_1_thread',
    'batch_small_s_piscina',
    'batch_small_s_worker_threads_pool',
    'batch_small_speedup_2_threads',
    'batch_small_piscina_wtp_ratio',
  ],

  async run(ctx: FigureContext): Promise<FigureResult> {
    const configs: Config[] = [
      { key: '1_thread', pool: DEFAULT_POOL, threads: 1 },
      { key: 'piscina', pool: 'piscina', threads: 2 },
      { key: 'worker_threads_pool', pool: 'worker-threads-pool', threads: 2 },
    ];
    // --quick: a smoke run, not figures to quote.
    const big = ctx.quick ? smallerBatch(20, 5) : SHIPPED;
    const small = ctx.quick ? smallerBatch(10, 3) : smallerBatch(40, 10);
    const rounds = ctx.quick ? 1 : 3;
    const measure = (file: string, c: Config) => inFreshProcess<BatchBenchTask, BatchBenchSample>(import.meta.url, 'measureBatch', { file, pool: c.pool, threads: c.threads }, ctx);

    ctx.log(`batch: ${ctx.quick ? 'QUICK: 20 runs x 5 years' : SHIPPED} once per configuration (1 thread ${DEFAULT_POOL}; 2 threads piscina; 2 threads worker-threads-pool), each in a fresh process`);
    const once: Record<string, BatchBenchSample> = {};
    for (const c of configs) {
      ctx.log(`batch: ${c.threads} thread(s), ${c.pool}`);
      once[c.key] = await measure(big, c);
    }
    ctx.log(`batch: medians: ${ctx.quick ? '10 runs x 3 years' : 'the first 40 runs with 10 years'}, ${rounds} rounds, configurations in rotating order`);
    const repeated: Record<string, BatchBenchSample[]> = { '1_thread': [], piscina: [], worker_threads_pool: [] };
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < configs.length; k++) {
        const c = configs[(k + r) % configs.length]!;
        ctx.log(`batch: round ${r + 1}/${rounds}, ${c.threads} thread(s), ${c.pool}`);
        repeated[c.key]!.push(await measure(small, c));
      }
    }

    const defaultKey = DEFAULT_POOL === 'piscina' ? 'piscina' : 'worker_threads_pool';
    const s1 = once['1_thread']!.wall;
    const s2 = once[defaultKey]!.wall;
    const sp = once.piscina!.wall;
    const sw = once.worker_threads_pool!.wall;
    const m = (key: string) => median(repeated[key]!.map((x) => x.wall));
    const m1 = m('1_thread');
    const mp = m('piscina');
    const mw = m('worker_threads_pool');
    const m2 = DEFAULT_POOL === 'piscina' ? mp : mw;

    const bigDigests = new Set(Object.values(once).map((x) => x.digest));
    const smallDigests = new Set(Object.values(repeated).flatMap((xs) => xs.map((x) => x.digest)));
    const failed = [...Object.values(once), ...Object.values(repeated).flat()].reduce((n, x) => n + x.failed, 0);
    const ok = bigDigests.size === 1 && smallDigests.size === 1 && failed === 0;
    const b = once['1_thread']!;
    const sm = repeated['1_thread']![0]!;
    const list = (xs: BatchBenchSample[]) => xs.map((x) => x.wall.toFixed(1)).join(', ');
    return {
      ok,
      values: {
        batch_s_1_thread: round2(s1),
        batch_s_2_threads: round2(s2),
        batch_speedup_2_threads: round2(s1 / s2),
        batch_s_piscina: round2(sp),
        batch_s_worker_threads_pool: round2(sw),
        batch_piscina_wtp_ratio: round3(sp / sw),
        batch_small_s_1_thread: round2(m1),
        batch_small_s_piscina: round2(mp),
        batch_small_s_worker_threads_pool: round2(mw),
        batch_small_speedup_2_threads: round2(m1 / m2),
        batch_small_piscina_wtp_ratio: round3(mp / mw),
      },
      details: {
        batch: ctx.quick ? 'QUICK: 20 runs x 5 years' : SHIPPED,
        runs: b.runs,
        years: b.years,
        default_pool: DEFAULT_POOL,
        measured_once: Object.fromEntries(Object.entries(once).map(([k, x]) => [k, { pool: x.pool, threads: x.threads, wall_s: round2(x.wall), cpu_s: round2(x.cpu) }])),
        small_batch: { runs: sm.runs, years: sm.years, rounds },
        small_samples_s: Object.fromEntries(Object.entries(repeated).map(([k, xs]) => [k, xs.map((x) => round2(x.wall))])),
        small_cpu_s: Object.fromEntries(Object.entries(repeated).map(([k, xs]) => [k, xs.map((x) => round2(x.cpu))])),
        load_s: round2(b.loadSeconds),
        output_digest: [...bigDigests],
        small_output_digest: [...smallDigests],
        failed_runs: failed,
        note: 'runs from the TypeScript sources: each worker thread registers tsx and transpiles at start-up (about 1-2 s here; about 0.5 s from dist/)',
      },
      lines: [
        `${b.runs} runs x ${b.years} years (${ctx.quick ? 'QUICK' : SHIPPED}), once per configuration; wall clock (CPU of all threads in brackets):`,
        `  ${`1 thread, ${DEFAULT_POOL}`.padEnd(31)}${s1.toFixed(1).padStart(7)} s  (${once['1_thread']!.cpu.toFixed(1)})`,
        `  ${'2 threads, piscina'.padEnd(31)}${sp.toFixed(1).padStart(7)} s  (${once.piscina!.cpu.toFixed(1)})`,
        `  ${'2 threads, worker-threads-pool'.padEnd(31)}${sw.toFixed(1).padStart(7)} s  (${once.worker_threads_pool!.cpu.toFixed(1)})`,
        `  speed-up of the second thread (${DEFAULT_POOL}): ${formatNumber(s1 / s2)} x; piscina / worker-threads-pool: ${(sp / sw).toFixed(3)}`,
        `${sm.runs} runs x ${sm.years} years, medians of ${rounds} rounds: 1 thread ${m1.toFixed(2)} s [${list(repeated['1_thread']!)}]; piscina ${mp.toFixed(2)} s [${list(repeated.piscina!)}]; worker-threads-pool ${mw.toFixed(2)} s [${list(repeated.worker_threads_pool!)}]`,
        `  speed-up ${formatNumber(m1 / m2)} x; piscina / worker-threads-pool ${(mp / mw).toFixed(3)}`,
        ok ? `sanity: every configuration wrote the same files (sha256 ${[...bigDigests][0]}, small ${[...smallDigests][0]}), no run failed` : `SANITY CHECK FAILED: ${bigDigests.size + smallDigests.size - 2} differing outputs, ${failed} failed runs`,
      ],
    };
  },
};
