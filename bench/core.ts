/**
 * Figure: the projection core on one core. `cell_months_per_s`: cells x months stepped a second
 * by `project(baseline)` (Projection.cellMonths: the active cells of every block the payment step
 * visits, summed over the 600 months of the 50-year monthly baseline), on warm code.
 * `baseline_run_s`: the wall time of the baseline run as `ssc-proj run` makes it on 2 cores
 * (runScenarioBeside: the open group here, the closed-group valuation on a second thread;
 * projection, indicators, summary, valuation results) as the first run of a fresh process, the
 * scenario already loaded: what `ssc-proj run` spends beyond starting Node and reading files;
 * `baseline_run_1_thread_s` the same on one thread (runScenario). `baseline_cli_s`: the whole
 * process `node bin/ssc-proj.js run scenarios/baseline.yaml --out DIR --quiet` (built dist/:
 * Node's start, module loading, reading and checking the files, the run, writing the files).
 *
 * Every round is a fresh Node process (harness.ts inFreshProcess): load the baseline (timed
 * apart), one cold run (two threads in odd rounds, one in even rounds, so each is the process's
 * first run), then `passes` warm project() after a full GC each; then the CLI rounds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { project } from '../src/core/projection.js';
import { runScenario, runScenarioBeside } from '../src/core/run-scenario.js';
import { loadScenario } from '../src/scenario/load-scenario.js';
import { sideRunsOnThread } from '../src/schemes/optional/side-runs-thread.js';
import { formatNumber, inFreshProcess, median, timeOnce, type Figure, type FigureContext, type FigureResult, type Timing } from './harness.js';

export interface CoreTask {
  readonly scenario: string;
  readonly passes: number;
  /** The cold run: 2 = as ssc-proj run on 2 cores (closed group on a second thread), 1 = runScenario. */
  readonly threads: 1 | 2;
}

export interface CoreSample {
  readonly loadSeconds: number;
  readonly threads: 1 | 2;
  readonly cold: Timing;
  /** runScenario over the scenario's horizon only (no 100-year valuation, no closed group). */
  readonly coldHorizon: Timing | null;
  readonly warm: readonly Timing[];
  readonly cellMonths: number;
  readonly years: number;
  readonly gap: number;
}

/** One round (in its own process): load, one cold run, warm projections. */
export async function measureCore(task: CoreTask): Promise<CoreSample> {
  const t0 = performance.now();
  const s = await loadScenario(task.scenario);
  const loadSeconds = (performance.now() - t0) / 1000;
  let gap = Number.NaN;
  let cold: Timing;
  if (task.threads === 2) {
    const c0 = process.cpuUsage();
    const t1 = performance.now();
    gap = (await runScenarioBeside(s, {}, sideRunsOnThread)).summary.gap;
    const c = process.cpuUsage(c0);
    // CPU of the process: both threads.
    cold = { wall: (performance.now() - t1) / 1000, cpu: (c.user + c.system) / 1e6 };
  } else {
    cold = timeOnce(() => {
      gap = runScenario(s).summary.gap;
    });
  }
  let coldHorizon: Timing | null = null;
  try {
    const { runScenario: run } = await import('../src/core/run-scenario.js');
    coldHorizon = timeOnce(() => {
      (run as (x: typeof s, o: object) => unknown)(s, { valuation: false });
    });
  } catch {
    coldHorizon = null;
  }
  const warm: Timing[] = [];
  let cellMonths = 0;
  for (let i = 0; i < task.passes; i++) {
    warm.push(
      timeOnce(() => {
        cellMonths = project(s).cellMonths;
      }),
    );
    console.log(`core: project(${s.name}) ${warm.at(-1)!.wall.toFixed(3)} s, ${formatNumber(cellMonths / warm.at(-1)!.wall)} cell-months/s`);
  }
  return { loadSeconds, threads: task.threads, cold, coldHorizon, warm, cellMonths, years: s.years, gap };
}

/** One whole `ssc-proj run` process (built dist/), wall seconds. */
function timeCli(scenario: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-proj-bench-cli-'));
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['bin/ssc-proj.js', 'run', scenario, '--out', join(dir, 'out'), '--quiet'], { encoding: 'utf8' });
    const wall = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`ssc-proj run exited ${r.status}: ${r.stderr}`);
    return wall;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export const figure: Figure = {
  name: 'core',
  summary: 'projection core on one core: cells x months a second (50-year monthly baseline), and one baseline run',
  keys: ['cell_months_per_s', 'baseline_run_s', 'baseline_run_1_thread_s', 'baseline_cli_s'],

  async run(ctx: FigureContext): Promise<FigureResult> {
    const rounds = ctx.quick ? 2 : 5;
    const passes = ctx.quick ? 1 : 3;
    const scenario = 'scenarios/baseline.yaml';
    ctx.log(`core: ${rounds} rounds of ${scenario}, each in ${ctx.inProcess ? 'this process' : 'a fresh process'}: one cold runScenario, then ${passes} warm project()`);
    const samples: CoreSample[] = [];
    for (let r = 1; r <= rounds; r++) {
      ctx.log(`core: round ${r}/${rounds}`);
      samples.push(await inFreshProcess<CoreTask, CoreSample>(import.meta.url, 'measureCore', { scenario, passes, threads: r % 2 === 1 ? 2 : 1 }, ctx));
    }
    // The whole command, from the built JavaScript (npm ci builds it; `npm run build` after edits).
    const cliRounds = ctx.quick ? 1 : 3;
    const cli: number[] = [];
    if (existsSync('dist/cli/main.js')) {
      for (let r = 1; r <= cliRounds; r++) {
        ctx.log(`core: ssc-proj run ${scenario}, round ${r}/${cliRounds}`);
        cli.push(timeCli(scenario));
      }
    } else ctx.log('core: no dist/ (npm run build): baseline_cli_s not measured');
    const cells = samples[0]!.cellMonths;
    const same = samples.every((s) => s.cellMonths === cells && Object.is(s.gap, samples[0]!.gap));
    const rates = samples.flatMap((s) => s.warm.map((t) => cells / t.wall));
    const cpuRates = samples.flatMap((s) => s.warm.map((t) => cells / t.cpu));
    const cold2 = samples.filter((s) => s.threads === 2).map((s) => s.cold.wall);
    const cold1 = samples.filter((s) => s.threads === 1).map((s) => s.cold.wall);
    const perS = median(rates);
    const run = median(cold2);
    const run1 = cold1.length > 0 ? median(cold1) : Number.NaN;
    const cliS = cli.length > 0 ? median(cli) : Number.NaN;
    return {
      ok: same,
      values: { cell_months_per_s: Math.round(perS), baseline_run_s: round3(run), baseline_run_1_thread_s: round3(run1), baseline_cli_s: round3(cliS) },
      details: {
        scenario,
        years: samples[0]!.years,
        cell_months: cells,
        rounds,
        warm_passes_per_round: passes,
        cell_months_per_s_samples: rates.map(Math.round),
        cell_months_per_cpu_s: Math.round(median(cpuRates)),
        baseline_run_s_samples: cold2.map(round3),
        baseline_run_1_thread_s_samples: cold1.map(round3),
        baseline_run_cpu_s: round3(median(samples.filter((s) => s.threads === 2).map((s) => s.cold.cpu))),
        baseline_run_1_thread_cpu_s: cold1.length > 0 ? round3(median(samples.filter((s) => s.threads === 1).map((s) => s.cold.cpu))) : null,
        baseline_cli_s_samples: cli.map(round3),
        baseline_run_horizon_only_s: samples[0]!.coldHorizon === null ? null : round3(median(samples.map((s) => s.coldHorizon!.wall))),
        baseline_run_horizon_only_cpu_s: samples[0]!.coldHorizon === null ? null : round3(median(samples.map((s) => s.coldHorizon!.cpu))),
        warm_project_s: round3(median(samples.flatMap((s) => s.warm.map((t) => t.wall)))),
        load_s: round3(median(samples.map((s) => s.loadSeconds))),
        same_result_every_round: same,
        gap: samples[0]!.gap,
      },
      lines: [
        `${scenario}: ${samples[0]!.years} years, ${formatNumber(cells)} cell-months a projection; ${rounds} fresh processes`,
        `cells x months a second (warm project(), median of ${rates.length}): ${formatNumber(perS)}  (per CPU-second ${formatNumber(median(cpuRates))}); passes: ${rates.map(formatNumber).join(', ')}`,
        `baseline run, cold, scenario pre-loaded, as ssc-proj run on 2 threads (median of ${cold2.length}): ${run.toFixed(2)} s [${cold2.map((x) => x.toFixed(2)).join(', ')}]; on 1 thread (median of ${cold1.length}): ${run1.toFixed(2)} s [${cold1.map((x) => x.toFixed(2)).join(', ')}]; loading apart: ${median(samples.map((s) => s.loadSeconds)).toFixed(2)} s`,
        cli.length > 0 ? `ssc-proj run ${scenario} --out DIR, whole process (median of ${cli.length}): ${cliS.toFixed(2)} s [${cli.map((x) => x.toFixed(2)).join(', ')}]` : 'ssc-proj run: not measured (no dist/: npm run build)',
        same ? `sanity: the same cell-months and GAP (${samples[0]!.gap}) in every round` : 'SANITY CHECK FAILED: the rounds gave different projections',
      ],
    };
  },
};
