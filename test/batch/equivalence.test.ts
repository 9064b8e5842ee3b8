/**
 * Must hold: the runs of a batch, computed on worker threads, equal the same scenarios run one by
 * one in the main thread, exactly (same numbers, same CSV bytes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBatch, runSpec, type LoadedBatch } from '../../src/batch/batch-file.js';
import type { RunSucceeded } from '../../src/batch/messages.js';
import { optionalRunner } from '../../src/schemes/optional/batch-runner.js';
import { batchRunFiles, runBatch } from '../../src/batch/run-batch.js';
import { runShard } from '../../src/batch/worker.js';
import { INDICATOR_COLUMNS } from '../../src/core/indicators.js';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { runScenario } from '../../src/core/run-scenario.js';
import { indicatorsCsv } from '../../src/output/run-files.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { SUBSIDY_YOUTH, stochasticBatch, tempDir, writeBatch } from './helpers.js';

const YEARS = 3;

/** runs.csv lines of one run, without the `run,scheme,` prefix. */
function runLines(runsCsv: string, run: number): string[] {
  return runsCsv
    .trimEnd()
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith(`${run},`))
    .map((l) => l.slice(l.indexOf(',', l.indexOf(',') + 1) + 1));
}

describe('a sensitivity batch on worker threads = the same scenario files run one by one in the main thread', () => {
  let dir: string;
  let batch: LoadedBatch;
  let runsCsv: string;
  const youth = readFileSync(SUBSIDY_YOUTH, 'utf8').replace('horizonYears: 50', `horizonYears: ${YEARS}`);
  /** The scenario file each run stands for: subsidy-youth with one value changed. */
  const variants: Array<[number, string, string]> = [
    [0, 'the base scenario', youth],
    [1, 'interest 4%', youth.replace(/(interest:\n\s+value:) 0\.05/, '$1 0.04')],
    [2, 'entry-rate multiplier 1.2', `${youth}behaviour:\n  entryRateMultiplier: { value: 1.2, source: test }\n`],
    [3, 'programme share 75%', youth.replace('share: 0.5', 'share: 0.75')],
  ];

  beforeAll(async () => {
    dir = tempDir('equal');
    const file = writeBatch(
      dir,
      'sens.yaml',
      `base: ${JSON.stringify(SUBSIDY_YOUTH)}\nhorizonYears: ${YEARS}\nsensitivity:\n  mode: one-at-a-time\n  parameters:\n    economic.interest: [0.04]\n    behaviour.entryRateMultiplier: [1.2]\n    programmes.youth-50.share: [0.75]\n`,
    );
    batch = await loadBatch(file);
    const run = await runBatch(batch, { threads: 2, pool: 'piscina' });
    expect(run.outcomes.every((o) => o.ok)).toBe(true);
    runsCsv = batchRunFiles(batch, run).find((f) => f.name === 'runs.csv')!.data;
  });

  it.each(variants)('run %i (%s): its runs.csv rows are the indicators.csv of the scenario file', async (run, _what, text) => {
    expect(text).not.toBe(run === 0 ? '' : youth);
    const path = join(dir, `variant-${run}.yaml`);
    writeBatch(dir, `variant-${run}.yaml`, text);
    const r = runScenario(await loadScenario(path), { programmeComparisons: false });
    const expected = indicatorsCsv(r.indicators).trimEnd().split('\n').slice(1);
    expect(runLines(runsCsv, run)).toEqual(expected);
  });
});

describe('a stochastic batch on worker threads = its runs computed in the main thread', () => {
  it('the same Float64 values, GAP and reserve years (worker-threads-pool, 2 threads; runShard and runScenario in this thread)', async () => {
    const dir = tempDir('equal-stoch');
    const batch = await loadBatch(writeBatch(dir, 'st.yaml', stochasticBatch({ runs: 4, years: YEARS, sigma: 0.02 })));
    const threaded = await runBatch(batch, { threads: 2, pool: 'worker-threads-pool' });
    for (let i = 0; i < batch.runs; i++) {
      const spec = runSpec(batch, i);
      const o = threaded.outcomes[i] as RunSucceeded;
      expect(o.ok).toBe(true);
      // The pure function, no thread.
      const here = runShard({ scheme: batch.scheme, base: batch.base }, { runs: [spec] }).outcomes[0] as RunSucceeded;
      expect(o.values).toEqual(here.values);
      expect(Object.is(o.gap, here.gap)).toBe(true);
      // And the scenario with the run's paths, through runScenario directly.
      const s = optionalRunner.apply(batch.base as ResolvedScenario, { values: {}, paths: spec.paths });
      expect(Array.from(s.economic.interest)).toEqual(Array.from(spec.paths.interest!));
      const r = runScenario(s, { programmeComparisons: false });
      INDICATOR_COLUMNS.forEach((c, k) => {
        r.indicators.forEach((row, y) => expect(Object.is(o.values[k * o.years + y], row[c.name])).toBe(true));
      });
      expect(o.gap).toBe(r.summary.gap);
      expect(o.yearReserveExhausted).toBe(r.summary.year_reserve_exhausted);
    }
  });
});
