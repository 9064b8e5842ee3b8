/**
 * Figure: the time of the 50-year health baseline (scenarios/health-baseline.yaml: all SSC insured
 * and pensioners, projected yearly) and its share of a combined run, the optional-scheme baseline
 * (scenarios/baseline.yaml: 50 years, monthly cells) followed by the health baseline.
 *
 * Each round runs in a fresh Node process: it loads both scenarios (untimed: YAML, model files, UN
 * WPP tables), then times, in this order, the health run (`runHealthScenario`, cold: the first run
 * of the process, as `ssc-proj run` does it), the optional run (`runScenario`, cold), then 20 more
 * health runs (warm, their median). The figures are medians over the rounds:
 *   health_run_s             = the cold health run
 *   health_share_of_combined = health / (optional + health), cold runs of the same round
 * The details add the warm health run, the optional run, and loading + running + rendering the
 * health files (`healthRunFiles`) end to end, last in the process (the UN WPP tables, read once a
 * process, are then already in memory).
 * Sanity check: every round gives the same health GAP and the same optional GAP, bit for bit.
 */
import { runScenario } from '../src/core/run-scenario.js';
import { healthRunFiles } from '../src/health/health-run-files.js';
import { loadHealthScenario } from '../src/health/load-health-scenario.js';
import { runHealthScenario } from '../src/health/run-health-scenario.js';
import { loadScenario } from '../src/scenario/load-scenario.js';
import { formatNumber, inFreshProcess, median, timeOnce, type Figure, type FigureContext, type FigureResult, type Timing } from './harness.js';

export interface HealthTask {
  readonly health: string;
  readonly optional: string;
  readonly warmRuns: number;
}

export interface HealthSample {
  readonly healthCold: Timing;
  readonly optionalCold: Timing;
  readonly healthWarm: readonly number[];
  readonly endToEnd: Timing;
  readonly healthGap: number;
  readonly optionalGap: number;
  readonly years: number;
  readonly coveredFirstYear: number;
}

/** One round, in this process (the figure calls it in a fresh one). */
export async function measureHealth(task: HealthTask): Promise<HealthSample> {
  const health = await loadHealthScenario(task.health);
  const optional = await loadScenario(task.optional);
  let healthGap = Number.NaN;
  let optionalGap = Number.NaN;
  let covered = 0;
  const healthCold = timeOnce(() => {
    const r = runHealthScenario(health);
    healthGap = r.summary.gap;
    covered = r.summary.first_year.covered_persons;
  });
  const optionalCold = timeOnce(() => {
    optionalGap = runScenario(optional).summary.gap;
  });
  const healthWarm: number[] = [];
  for (let i = 0; i < task.warmRuns; i++) healthWarm.push(timeOnce(() => runHealthScenario(health)).wall);
  // End to end, as the run command: read and resolve the scenario, run, render the three files.
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const files = healthRunFiles(await loadHealthScenario(task.health), 'bench');
  for (const f of files.files) bytes += f.data.length;
  const c = process.cpuUsage(c0);
  const endToEnd = { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
  if (bytes === 0) throw new Error('no output');
  return { healthCold, optionalCold, healthWarm, endToEnd, healthGap, optionalGap, years: health.years, coveredFirstYear: covered };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export const figure: Figure = {
  name: 'health',
  summary: 'the 50-year health baseline (yearly) and its share of a combined run with the optional baseline (monthly cells)',
  keys: ['health_run_s', 'health_share_of_combined'],

  async run(ctx: FigureContext): Promise<FigureResult> {
    const rounds = ctx.quick ? 2 : 5;
    const task: HealthTask = { health: 'scenarios/health-baseline.yaml', optional: 'scenarios/baseline.yaml', warmRuns: ctx.quick ? 5 : 20 };
    ctx.log(`health: ${rounds} rounds, each in ${ctx.inProcess ? 'this process' : 'a fresh process'}: health run (cold), optional run (cold), ${task.warmRuns} warm health runs, health files end to end`);
    const samples: HealthSample[] = [];
    for (let round = 1; round <= rounds; round++) {
      ctx.log(`health: round ${round}/${rounds}`);
      const s = await inFreshProcess<HealthTask, HealthSample>(import.meta.url, 'measureHealth', task, ctx);
      ctx.log(`health: cold ${s.healthCold.wall.toFixed(4)} s, optional ${s.optionalCold.wall.toFixed(2)} s, warm median ${median(s.healthWarm).toFixed(4)} s, end to end ${s.endToEnd.wall.toFixed(3)} s`);
      samples.push(s);
    }
    const healthCold = samples.map((s) => s.healthCold.wall);
    const optionalCold = samples.map((s) => s.optionalCold.wall);
    const shares = samples.map((s) => s.healthCold.wall / (s.healthCold.wall + s.optionalCold.wall));
    const warm = samples.map((s) => median(s.healthWarm));
    const endToEnd = samples.map((s) => s.endToEnd.wall);
    const sameGaps = samples.every((s) => Object.is(s.healthGap, samples[0]!.healthGap) && Object.is(s.optionalGap, samples[0]!.optionalGap));
    const healthRun = median(healthCold);
    const share = median(shares);
    const list = (xs: number[], d: number) => xs.map((x) => x.toFixed(d)).join(', ');
    return {
      ok: sameGaps,
      values: { health_run_s: round4(healthRun), health_share_of_combined: round4(share) },
      details: {
        rounds,
        isolation: ctx.inProcess ? 'same process' : 'a fresh process per round',
        years: samples[0]!.years,
        covered_persons_first_year: samples[0]!.coveredFirstYear,
        health_run_cold_s: healthCold.map(round4),
        optional_run_cold_s: optionalCold.map(round4),
        health_share_samples: shares.map(round4),
        health_run_warm_median_s: round4(median(warm)),
        health_run_warm_s: warm.map(round4),
        health_cpu_cold_s: samples.map((s) => round4(s.healthCold.cpu)),
        optional_cpu_cold_s: samples.map((s) => round4(s.optionalCold.cpu)),
        health_end_to_end_s: endToEnd.map(round4),
        health_gap: samples[0]!.healthGap,
        optional_gap: samples[0]!.optionalGap,
        same_gaps_every_round: sameGaps,
      },
      lines: [
        `health baseline: ${samples[0]!.years} years, ${formatNumber(samples[0]!.coveredFirstYear)} covered persons in the first year; optional baseline: 50 years of monthly cells`,
        `${rounds} rounds, each in ${ctx.inProcess ? 'this process' : 'a fresh process'}; medians`,
        `health run (cold)       ${healthRun.toFixed(4)} s   rounds: ${list(healthCold, 4)}`,
        `health run (warm)       ${median(warm).toFixed(4)} s   rounds: ${list(warm, 4)}`,
        `optional run (cold)     ${median(optionalCold).toFixed(2)} s     rounds: ${list(optionalCold, 2)}`,
        `health share of combined ${(share * 100).toFixed(2)}%   rounds: ${shares.map((x) => `${(x * 100).toFixed(2)}%`).join(', ')}`,
        `health files end to end (load, run, render; WPP tables already read) ${median(endToEnd).toFixed(3)} s`,
        sameGaps ? `sanity: every round gives the same GAPs (health ${samples[0]!.healthGap}, optional ${samples[0]!.optionalGap})` : 'SANITY CHECK FAILED: the GAPs differ between rounds',
      ],
    };
  },
};
