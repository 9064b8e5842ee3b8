/**
 * Figure: the shipped 1,000-path stochastic set (scenarios/batch-stochastic-1000.yaml: 1,000 runs
 * x 50 years of the baseline, the paths model of the 200-run file) on 2 worker threads and on 1,
 * with the default pool: wall seconds, the speed-up of the second thread, and the peak memory of
 * the process and its worker threads (maxRSS of the 2-thread run; worker threads live in the
 * process). Each configuration once, in a fresh process (harness.ts; bench/batch.ts measureBatch:
 * loading apart, runBatch and the rendering of the output files timed, no disk writes); the same
 * output bytes from both (sanity).
 *
 * The 1-thread pass takes about twice the 2-thread one: BENCH_BATCH_1000_ONE_THREAD=0 skips it
 * (its keys are then null: not measured). --quick: the first 50 runs with a 5-year horizon.
 */
import { DEFAULT_POOL } from '../src/batch/pool.js';
import type { BatchBenchSample, BatchBenchTask } from './batch.js';
import { smallerBatch } from './batch.js';
import { formatNumber, inFreshProcess, type Figure, type FigureContext, type FigureResult } from './harness.js';

const SHIPPED = 'scenarios/batch-stochastic-1000.yaml';
const round2 = (x: number) => Math.round(x * 100) / 100;

export const figure: Figure = {
  name: 'batch1000',
  summary: 'the 1,000-path stochastic set on 2 worker threads and on 1: seconds, speed-up, peak memory',
  keys: ['batch_1000_s_2_threads', 'batch_1000_s_1_thread', 'batch_1000_speedup_2_threads', 'batch_1000_rss_mb'],

  async run(ctx: FigureContext): Promise<FigureResult> {
    const file = ctx.quick ? smallerBatch(50, 5, SHIPPED) : SHIPPED;
    const oneThread = process.env.BENCH_BATCH_1000_ONE_THREAD !== '0';
    const batchUrl = new URL('./batch.ts', import.meta.url).href.replace(/\.ts$/, import.meta.url.endsWith('.ts') ? '.ts' : '.js');
    const measure = (threads: number) => inFreshProcess<BatchBenchTask, BatchBenchSample>(batchUrl, 'measureBatch', { file, pool: DEFAULT_POOL, threads }, ctx);
    ctx.log(`batch1000: ${ctx.quick ? 'QUICK: 50 runs x 5 years' : SHIPPED} on 2 threads${oneThread ? ', then on 1' : ' (1 thread skipped: BENCH_BATCH_1000_ONE_THREAD=0)'}, ${DEFAULT_POOL}, each in a fresh process`);
    const two = await measure(2);
    const one = oneThread ? await measure(1) : null;
    const ok = two.failed === 0 && (one === null || (one.failed === 0 && one.digest === two.digest));
    return {
      ok,
      values: {
        batch_1000_s_2_threads: round2(two.wall),
        batch_1000_s_1_thread: one === null ? null : round2(one.wall),
        batch_1000_speedup_2_threads: one === null ? null : round2(one.wall / two.wall),
        batch_1000_rss_mb: Math.round(two.maxRssMb),
      },
      details: {
        batch: ctx.quick ? 'QUICK: 50 runs x 5 years' : SHIPPED,
        runs: two.runs,
        years: two.years,
        pool: DEFAULT_POOL,
        two_threads: { wall_s: round2(two.wall), cpu_s: round2(two.cpu), max_rss_mb: Math.round(two.maxRssMb), s_per_run: round2(two.wall / two.runs) },
        one_thread: one === null ? 'not measured (BENCH_BATCH_1000_ONE_THREAD=0)' : { wall_s: round2(one.wall), cpu_s: round2(one.cpu), max_rss_mb: Math.round(one.maxRssMb) },
        load_s: round2(two.loadSeconds),
        output_digest: two.digest,
        failed_runs: two.failed + (one?.failed ?? 0),
      },
      lines: [
        `${two.runs} runs x ${two.years} years (${ctx.quick ? 'QUICK' : SHIPPED}), ${DEFAULT_POOL}; wall clock (CPU of all threads), peak RSS:`,
        `  2 threads ${two.wall.toFixed(1).padStart(8)} s  (${two.cpu.toFixed(1)})  ${Math.round(two.maxRssMb)} MB`,
        one === null ? '  1 thread  not measured' : `  1 thread  ${one.wall.toFixed(1).padStart(8)} s  (${one.cpu.toFixed(1)})  ${Math.round(one.maxRssMb)} MB; speed-up of the second thread ${formatNumber(one.wall / two.wall)} x`,
        ok ? `sanity: ${one === null ? 'no run failed' : `both wrote the same files (sha256 ${two.digest}), no run failed`}` : 'SANITY CHECK FAILED: failed runs or differing outputs',
      ],
    };
  },
};
