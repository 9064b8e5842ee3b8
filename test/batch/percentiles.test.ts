/** Must hold: percentiles of a batch whose paths are all equal equal that path. */
import { describe, expect, it } from 'vitest';
import { loadBatch } from '../../src/batch/batch-file.js';
import { batchOutputFiles, type BatchMeta, type RunRecord } from '../../src/batch/batch-files.js';
import { batchRunFiles, runBatch } from '../../src/batch/run-batch.js';
import { parseCsv } from '../../src/report/csv-read.js';
import { BASELINE, stochasticBatch, tempDir, writeBatch } from './helpers.js';

const byName = (files: ReadonlyArray<{ name: string; data: string }>, name: string) => files.find((f) => f.name === name)!.data;

describe('percentiles of equal runs', () => {
  it('a stochastic batch with sigma 0 (every path at its mean): p5 = p25 = p50 = p75 = p95 = the path, cell for cell', async () => {
    const dir = tempDir('pct');
    const batch = await loadBatch(writeBatch(dir, 'flat.yaml', stochasticBatch({ runs: 5, years: 3, sigma: 0 })));
    const files = batchRunFiles(batch, await runBatch(batch, { threads: 0 }));
    const runs = parseCsv(byName(files, 'runs.csv'), 'runs.csv');
    const pct = parseCsv(byName(files, 'percentiles.csv'), 'percentiles.csv');
    // Every run is the same path...
    const run0 = runs.rows.filter((r) => r[0] === '0').map((r) => r.slice(2));
    for (let k = 1; k < 5; k++) expect(runs.rows.filter((r) => r[0] === String(k)).map((r) => r.slice(2))).toEqual(run0);
    // ...and every percentile of every indicator and year is its cell.
    expect(pct.rows.length).toBe((runs.header.length - 3) * 3);
    for (const [indicator, year, ...qs] of pct.rows) {
      const c = runs.header.indexOf(indicator!) - 2;
      const cell = run0.find((r) => r[0] === year)![c]!;
      expect(qs).toEqual([cell, cell, cell, cell, cell]);
    }
    const summary = JSON.parse(byName(files, 'batch-summary.json')) as { gap: Record<string, number> };
    const gap = Number(parseCsv(byName(files, 'runs-summary.csv'), 'x').rows[0]![1]);
    expect(summary.gap).toEqual({ p5: gap, p25: gap, p50: gap, p75: gap, p95: gap, mean: gap });
  });

  it('a sensitivity whose values are all equal gives the same: the percentiles are the run', async () => {
    const dir = tempDir('pct-sens');
    const batch = await loadBatch(writeBatch(dir, 's.yaml', `base: ${JSON.stringify(BASELINE)}\nhorizonYears: 2\nsensitivity:\n  mode: grid\n  parameters:\n    economic.interest: [0.05, 0.05, 0.05]\n`));
    const files = batchRunFiles(batch, await runBatch(batch, { threads: 0 }));
    const runs = parseCsv(byName(files, 'runs.csv'), 'runs.csv');
    const pct = parseCsv(byName(files, 'percentiles.csv'), 'percentiles.csv');
    const reserve = pct.rows.filter((r) => r[0] === 'reserve');
    const k = runs.header.indexOf('reserve');
    expect(reserve.map((r) => r.slice(2))).toEqual(runs.rows.filter((r) => r[0] === '0').map((r) => Array(5).fill(r[k])));
  });

  it('type-7 percentiles over the runs that succeeded, years as a distribution with "never"', () => {
    const meta: BatchMeta = {
      name: 'b',
      scheme: 'ssc-optional',
      kind: 'stochastic',
      baseScenario: 'x',
      baseFile: 'x.yaml',
      startYear: 2026,
      endYear: 2026,
      batchRuns: 6,
      seed: 1,
      contributionRate: 0.175,
      digest: 'd',
      shard: null,
      columns: [
        { name: 'year', kind: 'year' },
        { name: 'reserve', kind: 'money' },
      ],
      extraColumns: [],
      batchResolvedYaml: '',
      scenarioResolvedYaml: '',
    };
    const rec = (run: number, reserve: string, gap: string, exhausted: string): RunRecord => ({ run, status: 'ok', message: '', extra: [], gap, yearReserveFirstFalls: '', yearReserveExhausted: exhausted, rows: [[String(run), 'ssc-optional', '2026', reserve]] });
    const records = [rec(0, '1.000', '0.1', '2040'), rec(1, '2.000', '0.2', ''), rec(2, '3.000', '0.3', '2050'), rec(3, '4.000', '0.4', ''), { run: 4, status: 'failed' as const, message: 'boom', extra: [], gap: '', yearReserveFirstFalls: '', yearReserveExhausted: '', rows: [] }];
    const files = batchOutputFiles(meta, records);
    // Reserve 1, 2, 3, 4 (run 4 failed, not counted): type 7 gives 1.15, 1.75, 2.5, 3.25, 3.85.
    expect(byName(files, 'percentiles.csv')).toBe('indicator,year,p5,p25,p50,p75,p95\nreserve,2026,1.150,1.750,2.500,3.250,3.850\n');
    const s = JSON.parse(byName(files, 'batch-summary.json')) as Record<string, unknown>;
    expect(s).toMatchObject({ runs: 5, succeeded: 4, failed: [{ run: 4, message: 'boom' }], contribution_rate: 0.175, scheme: 'ssc-optional' });
    expect(s.gap).toEqual({ p5: 0.115, p25: 0.175, p50: 0.25, p75: 0.325, p95: 0.385, mean: 0.25 });
    // Exhausted in 2040 and 2050, never in 2 runs: never counts as later than any year.
    expect(s.year_reserve_exhausted).toEqual({ never: 2, p5: 2040, p50: 2050, p95: null, by_year: { '2040': 1, '2050': 1 } });
    expect(byName(files, 'runs-summary.csv').split('\n')[5]).toBe('4,,,,failed,boom');
  });
});
