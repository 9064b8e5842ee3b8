/**
 * Must hold for the health scheme's batches (src/schemes/health/batch-runner.ts): the runs equal the same
 * scenario files run one by one in the main thread, exactly; 1 thread, 2 threads and shards give
 * the same bytes; parameters and paths a base cannot take are refused at their line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { loadBatch, runSpec, type LoadedBatch } from '../../src/batch/batch-file.js';
import { healthRunner, scaleOdds } from '../../src/schemes/health/batch-runner.js';
import { healthScheme } from '../../src/schemes/health/index.js';
import { mergeShardDirs } from '../../src/batch/merge.js';
import type { RunSucceeded } from '../../src/batch/messages.js';
import { optionalRunner } from '../../src/schemes/optional/batch-runner.js';
import { batchRunFiles, runBatch } from '../../src/batch/run-batch.js';
import { runShard } from '../../src/batch/worker.js';
import { HEALTH_INDICATOR_COLUMNS, healthIndicatorsCsv } from '../../src/health/health-indicators.js';
import { loadHealthScenario } from '../../src/health/load-health-scenario.js';
import type { ResolvedHealthScenario } from '../../src/health/resolved-health-scenario.js';
import { runHealthScenario } from '../../src/health/run-health-scenario.js';
import { ROOT } from '../helpers/cli.js';
import { asRecord, tempDir, writeBatch, writeDir } from './helpers.js';

const YEARS = 3;
const HEALTH_BASELINE = join(ROOT, 'scenarios/health-baseline.yaml');
const HEALTH_OPTIONAL = join(ROOT, 'scenarios/health-optional.yaml');
const baselineText = readFileSync(HEALTH_BASELINE, 'utf8').replace('horizonYears: 50', `horizonYears: ${YEARS}`);

/** runs.csv lines of one run, without the `run,scheme,` prefix. */
function runLines(runsCsv: string, run: number): string[] {
  return runsCsv
    .trimEnd()
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith(`${run},`))
    .map((l) => l.slice(l.indexOf(',', l.indexOf(',') + 1) + 1));
}

/** A health base scenario (the baseline, 3 years) changed for the test, written into `dir`. */
function writeBase(dir: string, name: string, edit: (text: string) => string): string {
  const text = edit(baselineText);
  expect(text).not.toBe(baselineText);
  return writeBatch(dir, name, text);
}

/** The baseline without economic.pensionIndexation (pensions grow with wages), a pensioners' rate of 2% (so pensions matter) and half the dependants enrolled. */
const followingBase = (t: string) =>
  t
    .replace(/ {2}pensionIndexation:\n.*\n.*\n/, '')
    .replace(/(pensionerContributionRate:\n\s+value:) 0\n/, '$1 0.02\n')
    .concat('dependants:\n  takeUp: { value: 0.5, source: test }\n');

/** A stochastic health batch on `base`: every path the scheme knows, correlated. */
function healthStochastic(base: string, runs: number, seed = 11): string {
  return `name: health-stochastic-test
base: ${JSON.stringify(base)}
horizonYears: ${YEARS}
stochastic:
  runs: ${runs}
  seed: ${seed}
  paths:
    wageGrowth: { mean: 0.03, phi: 0.6, sigma: 0.02, source: test }
    inflation: { mean: 0.02, phi: 0.5, sigma: 0.02, source: test }
    interest: { mean: 0.05, phi: 0.8, sigma: 0.02, source: test }
    takeUp: { phi: 0.7, sigma: 0.3, source: test }
    medicalInflation: { mean: 0.045, phi: 0.5, sigma: 0.02, source: test }
  correlation:
    value:
      wageGrowth: { inflation: 0.5, interest: 0.3, medicalInflation: 0.4 }
      inflation: { interest: 0.4, medicalInflation: 0.5 }
    source: test
`;
}

describe('a health sensitivity batch on worker threads = the same health scenario files run one by one', () => {
  let dir: string;
  let batch: LoadedBatch;
  let runsCsv: string;
  let outcomes: readonly RunSucceeded[];
  /** The scenario file each run stands for: the 3-year baseline with one value changed. */
  const variants: Array<[number, string, string]> = [
    [0, 'the base scenario', baselineText],
    [1, 'interest 4%', baselineText.replace(/(interest:\n\s+value:) 0\.05/, '$1 0.04')],
    [2, 'medical inflation 5.5%', baselineText.replace(/(medicalInflation:\n\s+value:) 0\.045/, '$1 0.055')],
    [3, 'wage growth 4% (pensions keep their own 2%)', baselineText.replace(/(wageGrowth:\n\s+value:) 0\.03/, '$1 0.04')],
    [4, 'health contribution 3%', baselineText.replace(/(\n {2}contributionRate:\n\s+value:) 0\.05/, '$1 0.03')],
    [5, 'dependants take-up 60%', `${baselineText}dependants:\n  takeUp: { value: 0.6, source: test }\n`],
    [6, 'administration 8%', baselineText.replace(/(adminCostRate:\n\s+value:) 0\.05/, '$1 0.08')],
    [7, 'maternity claim share 0.5', `${baselineText}maternity:\n  claimShare: { value: 0.5, source: test }\n`],
  ];

  beforeAll(async () => {
    dir = tempDir('health-equal');
    const file = writeBatch(
      dir,
      'sens.yaml',
      `base: ${JSON.stringify(HEALTH_BASELINE)}\nhorizonYears: ${YEARS}\nsensitivity:\n  mode: one-at-a-time\n  parameters:\n    economic.interest: [0.04]\n    economic.medicalInflation: [0.055]\n    economic.wageGrowth: [0.04]\n    revenue.contributionRate: [0.03]\n    dependants.takeUp: [0.6]\n    fund.adminCostRate: [0.08]\n    maternity.claimShare: [0.5]\n`,
    );
    batch = await loadBatch(file);
    expect(batch.scheme).toBe('health');
    expect(batch.runs).toBe(variants.length);
    const run = await runBatch(batch, { threads: 2, pool: 'piscina' });
    expect(run.outcomes.every((o) => o.ok)).toBe(true);
    outcomes = run.outcomes as RunSucceeded[];
    runsCsv = batchRunFiles(batch, run).find((f) => f.name === 'runs.csv')!.data;
  });

  it('runs.csv has the health columns of indicators.csv after run, scheme', () => {
    expect(runsCsv.split('\n')[0]).toBe(['run', 'scheme', ...HEALTH_INDICATOR_COLUMNS.map((c) => c.name)].join(','));
    expect(runsCsv.split('\n')[1]).toMatch(/^0,health,2026,/);
  });

  it.each(variants)('run %i (%s): its runs.csv rows are the indicators.csv of the scenario file, its GAP the summary.json GAP', async (run, _what, text) => {
    writeBatch(dir, `variant-${run}.yaml`, text);
    const r = runHealthScenario(await loadHealthScenario(join(dir, `variant-${run}.yaml`)));
    expect(runLines(runsCsv, run)).toEqual(healthIndicatorsCsv(r.indicators).trimEnd().split('\n').slice(1));
    const o = outcomes[run]!;
    expect(Object.is(o.gap, r.summary.gap)).toBe(true);
    expect([o.yearReserveFirstFalls, o.yearReserveExhausted]).toEqual([r.summary.year_reserve_first_falls, r.summary.year_reserve_exhausted]);
  });

  it('a base with pensions growing with wages: a wage-growth run moves both, as the scenario file would', async () => {
    const base = writeBase(dir, 'following.yaml', followingBase);
    const b = await loadBatch(writeBatch(dir, 'following-sens.yaml', `base: ${JSON.stringify(base)}\nsensitivity:\n  mode: grid\n  parameters:\n    economic.wageGrowth: [0.04]\n`));
    const o = (await runBatch(b, { threads: 1, pool: 'worker-threads-pool' })).outcomes[0] as RunSucceeded;
    const variant = writeBase(dir, 'following-4.yaml', (t) => followingBase(t).replace(/(wageGrowth:\n\s+value:) 0\.03/, '$1 0.04'));
    const r = runHealthScenario(await loadHealthScenario(variant));
    const k = HEALTH_INDICATOR_COLUMNS.findIndex((c) => c.name === 'pensioner_contributions');
    r.indicators.forEach((row, y) => expect(o.values[k * YEARS + y]).toBe(row.pensioner_contributions));
    expect(Object.is(o.gap, r.summary.gap)).toBe(true);
    // And the pensions did move: the base's pensioner contributions differ after the first year.
    const r0 = runHealthScenario(await loadHealthScenario(base));
    expect(r0.indicators[2]!.pensioner_contributions).not.toBe(r.indicators[2]!.pensioner_contributions);
  });
});

describe('a health stochastic batch: threads, the main thread and shards agree exactly', () => {
  let dir: string;
  let batch: LoadedBatch;
  let one: Record<string, string>;

  beforeAll(async () => {
    dir = tempDir('health-stoch');
    const base = writeBase(dir, 'base.yaml', followingBase);
    batch = await loadBatch(writeBatch(dir, 'st.yaml', healthStochastic(base, 5)));
    one = asRecord(batchRunFiles(batch, await runBatch(batch, { threads: 1, pool: 'piscina' })));
  });

  it('2 threads = 1 thread, byte for byte (piscina and worker-threads-pool); 2 shards merged too', async () => {
    expect(one['runs.csv']!.trimEnd().split('\n')).toHaveLength(1 + 5 * YEARS);
    expect(JSON.parse(one['batch-summary.json']!)).toMatchObject({ scheme: 'health', kind: 'stochastic', runs: 5, succeeded: 5, contribution_rate: 0.0575 });
    for (const pool of ['piscina', 'worker-threads-pool'] as const) {
      expect(asRecord(batchRunFiles(batch, await runBatch(batch, { threads: 2, pool })))).toEqual(one);
    }
    const shards = [];
    for (let i = 0; i < 2; i++) shards.push(writeDir(join(dir, `shard-${i}`), batchRunFiles(batch, await runBatch(batch, { threads: i, shard: { index: i, count: 2 } }))));
    expect(asRecord(mergeShardDirs(shards.reverse()))).toEqual(one);
  });

  it('each run = runShard in this thread = runHealthScenario of the base with its paths (Float64 values, GAP, reserve years)', async () => {
    const threaded = await runBatch(batch, { threads: 2, pool: 'worker-threads-pool' });
    const base = batch.base as ResolvedHealthScenario;
    for (let i = 0; i < batch.runs; i++) {
      const spec = runSpec(batch, i);
      const o = threaded.outcomes[i] as RunSucceeded;
      expect(o.ok).toBe(true);
      const here = runShard({ scheme: 'health', base }, { runs: [spec] }).outcomes[0] as RunSucceeded;
      expect(o.values).toEqual(here.values);
      const s = healthRunner.apply(base, { values: {}, paths: spec.paths });
      // The paths land where docs/batch.md says.
      expect(Array.from(s.economic.interest)).toEqual(Array.from(spec.paths.interest!));
      expect(Array.from(s.economic.medicalInflation)).toEqual(Array.from(spec.paths.medicalInflation!));
      expect(Array.from(s.economic.wageGrowth)).toEqual(Array.from(spec.paths.wageGrowth!));
      expect(Array.from(s.economic.pensionIndexation)).toEqual(Array.from(spec.paths.inflation!));
      expect(Array.from(s.dependants.takeUp)).toEqual(Array.from(spec.paths.takeUp!, (m) => scaleOdds(0.5, m)));
      expect(new Set(s.dependants.takeUp).size).toBe(YEARS);
      const r = runHealthScenario(s);
      HEALTH_INDICATOR_COLUMNS.forEach((c, k) => {
        r.indicators.forEach((row, y) => expect(Object.is(o.values[k * o.years + y], row[c.name])).toBe(true));
      });
      expect(Object.is(o.gap, r.summary.gap)).toBe(true);
      expect(o.yearReserveExhausted).toBe(r.summary.year_reserve_exhausted);
    }
    // apply never changes the base scenario (it is shared by the runs of a thread).
    expect(Array.from(base.economic.interest)).toEqual([0.05, 0.05, 0.05]);
    expect(Array.from(base.dependants.takeUp)).toEqual([0.5, 0.5, 0.5]);
  });

  it('without an inflation path, pensions follow the wage path when the base has them grow with wages', () => {
    const base = batch.base as ResolvedHealthScenario;
    const wage = Float64Array.from([0.01, 0.02, 0.03]);
    const s = healthRunner.apply(base, { values: {}, paths: { wageGrowth: wage } });
    expect(Array.from(s.economic.pensionIndexation)).toEqual([0.01, 0.02, 0.03]);
    expect(Array.from(s.economic.medicalInflation)).toEqual(Array.from(base.economic.medicalInflation));
  });

  it('shock order: the optional scheme\'s four paths in its order, then medicalInflation', () => {
    expect(batch.stochastic!.order).toEqual([...Object.keys(optionalRunner.paths), 'medicalInflation']);
  });
});

describe('health batch files: what a base cannot take is refused at its line', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('health-file');
  });
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const head = (base: string) => `name: t\nbase: ${JSON.stringify(base)}\nhorizonYears: 2\n`;
  const cases: Array<[string, string, string, RegExp]> = [
    ['an optional-scheme parameter', `${head(HEALTH_BASELINE)}sensitivity:\n  mode: grid\n  parameters:\n    behaviour.entryRateMultiplier: [1.2]\n`, 'behaviour.', /behaviour\.entryRateMultiplier\.0: the base scenario refuses this value: behaviour: unknown key "behaviour"/],
    ['a medical inflation below the scenario bound', `${head(HEALTH_BASELINE)}sensitivity:\n  mode: grid\n  parameters:\n    economic.medicalInflation: [-0.6]\n`, '-0.6', /economic\.medicalInflation\.0: the base scenario refuses this value: economic\.medicalInflation\.value: -0\.6 is below the bound: must be >= -0\.5/],
    ['a coverage multiplier that would cover more than the population', `${head(HEALTH_BASELINE)}sensitivity:\n  mode: grid\n  parameters:\n    coverage.coveredShareMultiplier: [1.5, 50]\n`, '[1.5, 50]', /coveredShareMultiplier\.1: the base scenario refuses this value: coverage\.coveredShareMultiplier\.value: contributors and pensioners would be [\d.]+ of the population .*must be <= 1/],
    ['wage growth on a base insured through the optional scheme', `${head(HEALTH_OPTIONAL)}sensitivity:\n  mode: grid\n  parameters:\n    economic.wageGrowth: [0.04]\n`, 'economic.wageGrowth', /economic\.wageGrowth\.0: the base scenario refuses this value: economic\.wageGrowth: not used when the insured group comes from an optional-scheme projection/],
    ['the inflation path on a base insured through the optional scheme', `${head(HEALTH_OPTIONAL)}stochastic:\n  runs: 2\n  seed: 1\n  paths:\n    interest: { mean: 0.05, phi: 0.5, sigma: 0.01, source: x }\n    inflation: { mean: 0.02, phi: 0.5, sigma: 0.01, source: x }\n`, 'inflation:', /stochastic\.paths\.inflation: the inflation path cannot be varied: the base scenario's insured group is a projection/],
    ['an unknown health path', `${head(HEALTH_BASELINE)}stochastic:\n  runs: 2\n  seed: 1\n  paths:\n    minimumWageGrowth: { mean: 0.02, phi: 0.5, sigma: 0.01, source: x }\n`, 'minimumWageGrowth', /unknown path "minimumWageGrowth" \(known for health: wageGrowth, inflation, interest, takeUp, medicalInflation\)/],
  ];
  it.each(cases)('%s', async (_what, text, needle, message) => {
    const file = writeBatch(dir, 'bad.yaml', text);
    const e = await loadBatch(file).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(message);
    expect((e as InputError).file).toBe(file);
    expect((e as InputError).line).toBe(lineOf(text, needle));
  });

  it("a base insured through the optional scheme takes the fund's return and the unit costs; its runs equal the scenario run alone", async () => {
    const b = await loadBatch(writeBatch(dir, 'opt.yaml', `${head(HEALTH_OPTIONAL)}sensitivity:\n  mode: one-at-a-time\n  parameters:\n    economic.interest: [0.04]\n    health.unitCostMultiplier: [1.1]\n`));
    const run = await runBatch(b, { threads: 0 });
    expect(run.outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    const s = await healthScheme.load(HEALTH_OPTIONAL, { horizonYears: 2 });
    expect((run.outcomes[0] as RunSucceeded).gap).toBe(runHealthScenario(s).summary.gap);
    const cost = healthRunner.apply(s, { values: { 'health.unitCostMultiplier': 1.1 }, paths: {} });
    expect(cost.unitCosts.visit).toBe(s.unitCosts.visit * 1.1);
    expect((run.outcomes[2] as RunSucceeded).gap).toBe(runHealthScenario(cost).summary.gap);
  });
});

describe('the health runner, piece by piece', () => {
  it('scaleOdds keeps a share a share: 0 and 1 stay, m = 1 gives the base, extreme m go to the bounds', () => {
    expect(scaleOdds(0, 5)).toBe(0);
    expect(scaleOdds(1, 0.2)).toBe(1);
    expect(scaleOdds(0.5, 1)).toBe(0.5);
    expect(scaleOdds(0.5, 3)).toBeCloseTo(0.75, 15);
    expect(scaleOdds(0.2, 4)).toBeCloseTo(0.5, 15);
    expect(scaleOdds(0.3, Number.POSITIVE_INFINITY)).toBe(1);
    expect(scaleOdds(0.3, 0)).toBe(0);
  });

  it('the multipliers scale the use rates (not the length of stay) and every unit cost; the base is left as it was', async () => {
    const s = await healthScheme.load(HEALTH_BASELINE, { horizonYears: 2 });
    const visits = Float64Array.from(s.utilisation.outpatientVisits);
    // The coverage multipliers go through the loader (which checks the population bound); the others are applied.
    const covered = await healthScheme.load(HEALTH_BASELINE, { horizonYears: 2, overrides: { 'coverage.pensionerShareMultiplier': 1.1 } });
    const t = healthRunner.apply(covered, { values: { 'health.utilisationMultiplier': 1.25, 'health.unitCostMultiplier': 2 }, paths: {} });
    expect(Array.from(t.utilisation.outpatientVisits)).toEqual(Array.from(visits, (v) => v * 1.25));
    expect(t.utilisation.averageLengthOfStay).toBe(covered.utilisation.averageLengthOfStay);
    expect(t.unitCosts.delivery).toBe(s.unitCosts.delivery * 2);
    expect(t.insured.from === 'population' && Array.from(t.insured.pensionerShareMultiplier)).toEqual([1.1, 1.1]);
    expect(Array.from(s.utilisation.outpatientVisits)).toEqual(Array.from(visits));
    expect(s.insured.from === 'population' && Array.from(s.insured.pensionerShareMultiplier)).toEqual([1, 1]);
    // Twice the unit costs, twice the health-care expenditure of the first year (to the fils).
    const a = runHealthScenario(s).indicators[0]!;
    const b = runHealthScenario(healthRunner.apply(s, { values: { 'health.unitCostMultiplier': 2 }, paths: {} })).indicators[0]!;
    expect(b.expenditure_outpatient).toBeCloseTo(2 * a.expenditure_outpatient, 2);
    expect(b.expenditure_deliveries).toBeCloseTo(2 * a.expenditure_deliveries, 2);
  });

  it('a rate path at or below -100% fails the run with the path and the year', async () => {
    const s = await healthScheme.load(HEALTH_BASELINE, { horizonYears: 2 });
    expect(() => healthRunner.apply(s, { values: {}, paths: { medicalInflation: Float64Array.from([0.04, -1]) } })).toThrow('the medicalInflation path is -1 in 2027: a rate must be above -1 (-100%)');
  });

  it('the shipped batch: 27 runs whose values all have sources; run 13 (the baseline values) is the health baseline run alone', async () => {
    const b = await loadBatch(join(ROOT, 'scenarios/batch-health-sensitivity.yaml'));
    expect(b.scheme).toBe('health');
    expect(b.runs).toBe(27);
    expect(b.baseInfo).toMatchObject({ name: 'health-baseline', startYear: 2026, years: 50, contributionRate: 0.0575 });
    for (const p of b.sensitivity!.parameters) expect(p.source).toMatch(/^assumption: the baseline's /);
    const spec = runSpec(b, 13);
    expect(spec.values).toEqual({ 'economic.medicalInflation': 0.045, 'economic.wageGrowth': 0.03, 'economic.interest': 0.05 });
    const o = runShard({ scheme: 'health', base: b.base }, { runs: [spec] }).outcomes[0] as RunSucceeded;
    const alone = runHealthScenario(await loadHealthScenario(HEALTH_BASELINE));
    expect(Object.is(o.gap, alone.summary.gap)).toBe(true);
    const k = HEALTH_INDICATOR_COLUMNS.findIndex((c) => c.name === 'reserve');
    expect(o.values[k * 50 + 49]).toBe(alone.indicators[49]!.reserve);
  });
});
