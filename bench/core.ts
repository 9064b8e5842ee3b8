/**
 * Figure: the projection core on one core. `cell_months_per_s`: cells x months stepped a second
 * by `project(baseline)` (Projection.cellMonths: the active cells of every block the payment step
 * visits, summed over the 600 months of the 50-year monthly baseline), on warm code.
 * `baseline_run_s`: the wall time of `runScenario(baseline)` (projection, indicators, summary;
 * no programme comparisons: the baseline has none) as the first run of a fresh process, the
 * scenario already loaded: what `ssc-proj run` spends beyond starting Node and reading files.
 *
 * Every round is a fresh Node process (harness.ts inFreshProcess): load the baseline (timed
 * apart), one cold runScenario, then `passes` warm project() after a full GC each.
 */
import { project } from '../src/core/projection.js';
import { runScenario } from '../src/core/run-scenario.js';
import { loadScenario } from '../src/scenario/load-scenario.js';
import { formatNumber, inFreshProcess, median, timeOnce, type Figure, type FigureContext, type FigureResult, type Timing } from './harness.js';

export interface CoreTask {
  readonly scenario: string;
  readonly passes: number;
}

export interface CoreSample {
  readonly loadSeconds: number;
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
  const cold = timeOnce(() => {
    gap = runScenario(s).summary.gap;
  });
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
  return { loadSeconds, cold, coldHorizon, warm, cellMonths, years: s.years, gap };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export const figure: Figure = {
  name: 'core',
  summary: 'projection core on one core: cells x months a second (50-year monthly baseline), and one baseline run',
  keys: ['cell_months_per_s', 'baseline_run_s'],

  async run(ctx: FigureContext): Promise<FigureResult> {
    const rounds = ctx.quick ? 2 : 5;
    const passes = ctx.quick ? 1 : 3;
    const scenario = 'scenarios/baseline.yaml';
    ctx.log(`core: ${rounds} rounds of ${scenario}, each in ${ctx.inProcess ? 'this process' : 'a fresh process'}: one cold runScenario, then ${passes} warm project()`);
    const samples: CoreSample[] = [];
    for (let r = 1; r <= rounds; r++) {
      ctx.log(`core: round ${r}/${rounds}`);
      samples.push(await inFreshProcess<CoreTask, CoreSample>(import.meta.url, 'measureCore', { scenario, passes }, ctx));
    }
    const cells = samples[0]!.cellMonths;
    const same = samples.every((s) => s.cellMonths === cells && Object.is(s.gap, samples[0]!.gap));
    const rates = samples.flatMap((s) => s.warm.map((t) => cells / t.wall));
    const cpuRates = samples.flatMap((s) => s.warm.map((t) => cells / t.cpu));
    const cold = samples.map((s) => s.cold.wall);
    const perS = median(rates);
    const run = median(cold);
    return {
      ok: same,
      values: { cell_months_per_s: Math.round(perS), baseline_run_s: round3(run) },
      details: {
        scenario,
        years: samples[0]!.years,
        cell_months: cells,
        rounds,
        warm_passes_per_round: passes,
        cell_months_per_s_samples: rates.map(Math.round),
        cell_months_per_cpu_s: Math.round(median(cpuRates)),
        baseline_run_s_samples: cold.map(round3),
        baseline_run_cpu_s: round3(median(samples.map((s) => s.cold.cpu))),
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
        `baseline run (cold runScenario, scenario pre-loaded; median of ${cold.length}): ${run.toFixed(2)} s; rounds: ${cold.map((x) => x.toFixed(2)).join(', ')}; loading apart: ${median(samples.map((s) => s.loadSeconds)).toFixed(2)} s`,
        same ? `sanity: the same cell-months and GAP (${samples[0]!.gap}) in every round` : 'SANITY CHECK FAILED: the rounds gave different projections',
      ],
    };
  },
};
