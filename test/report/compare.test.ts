import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDirs, comparisonToCsv, exactDifference, renderCompareReport, ReportInputError, uniqueNames } from '../../src/index.js';
import { parseDataTables } from './html-tables.js';

const tmp = mkdtempSync(join(tmpdir(), 'ssc-compare-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A run directory with the given indicators.csv text and, when named, a summary.json. */
function runDir(name: string, indicators: string, scenario?: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'indicators.csv'), indicators);
  if (scenario !== undefined) writeFileSync(join(dir, 'summary.json'), JSON.stringify({ scheme: 'ssc-optional', scenario, gap: 0.2 }));
  return dir;
}

const A = runDir('a', 'year,insured,reserve,paygo_cost_rate\n2025,100000,1000.125,0.1\n2026,101000.5,1500.250,0.2\n2027,102000,2000,0.3\n', 'baseline');
const B = runDir('b', 'year,insured,reserve,paygo_cost_rate,extra\n2026,101500.5,1000.125,0.3,foo\n2027,101000,2500.5,0.1,bar\n2028,1,1,1,baz\n', '=SUM(A1:A2)');

describe('exactDifference(a, b) = b - a on the CSV text, exactly', () => {
  it("0.3 - 0.1 = 0.2 (floats give 0.19999999999999998)", () => expect(exactDifference('0.1', '0.3')).toBe('0.2'));
  it('1000.125 - 1500.250 = -500.125', () => expect(exactDifference('1500.250', '1000.125')).toBe('-500.125'));
  it('equal values give 0, an empty cell gives an empty difference', () => {
    expect(exactDifference('5', '5.000')).toBe('0');
    expect(exactDifference('', '1')).toBe('');
  });
  it('exponent notation in, plain decimals out: 1e-12 - 0 = 0.000000000001', () => expect(exactDifference('0', '1e-12')).toBe('0.000000000001'));
});

describe('compare A B: compare.csv', () => {
  const c = compareDirs([A, B]);
  it('has the summary figures first (the GAP), then one row an indicator and year over the common years, levels as written and exact differences', () => {
    expect(comparisonToCsv(c)).toBe(
      [
        "indicator,year,baseline,'=SUM(A1:A2),'=SUM(A1:A2) - baseline",
        'gap,,0.2,0.2,0',
        'insured,2026,101000.5,101500.5,500',
        'insured,2027,102000,101000,-1000',
        'reserve,2026,1500.250,1000.125,-500.125',
        'reserve,2027,2000,2500.5,500.5',
        'paygo_cost_rate,2026,0.2,0.3,0.1',
        'paygo_cost_rate,2027,0.3,0.1,-0.2',
        '',
      ].join('\n'),
    );
  });
  it('escapes a scenario name that starts with = (a spreadsheet would run it as a formula)', () => {
    const header = comparisonToCsv(c).split('\n')[0] as string;
    expect(header.split(',')[3]).toBe("'=SUM(A1:A2)");
    expect(c.names).toEqual(['baseline', '=SUM(A1:A2)']);
  });
  it('notes the years and columns left out', () => {
    expect(c.notes).toEqual([`${A}: years 2025-2025 are not in every run and are left out.`, `${B}: years 2028-2028 are not in every run and are left out.`, `extra: only in ${B}/indicators.csv; not compared.`]);
  });
  it('compare.html: lines of each scenario and the difference; its tables are the compare.csv cells', () => {
    const { html, charts } = renderCompareReport(c);
    expect(charts).toBe(6);
    expect(html).toContain('<h3>Reserve: difference against baseline</h3>');
    const csvRows = c.rows;
    const tables = parseDataTables(html);
    expect(tables).toHaveLength(6);
    for (const t of tables) {
      const ind = t.attrs['data-indicator'] as string;
      for (const row of t.rows) {
        t.columns.forEach((col, j) => {
          const k = c.header.indexOf(col.attrs['data-column'] as string);
          const csvRow = csvRows.find((r) => r[0] === ind && r[1] === row[0]);
          expect(row[j]).toBe(col.attrs['data-column'] === 'year' ? csvRow?.[1] : csvRow?.[k]);
        });
      }
    }
    expect(html).not.toContain('<script');
    expect(html).toContain('=SUM(A1:A2)');
  });
});

describe('compare: names and years', () => {
  it('a run without summary.json is named after its directory; a repeated name gets its directory', () => {
    const C = runDir('subsidy-women', 'year,insured\n2026,1\n');
    const D = runDir('other', 'year,insured\n2026,3\n', 'baseline');
    const c = compareDirs([A, C, D]);
    expect(c.names).toEqual(['baseline', 'subsidy-women', 'baseline (other)']);
    expect(c.header).toEqual(['indicator', 'year', 'baseline', 'subsidy-women', 'baseline (other)', 'subsidy-women - baseline', 'baseline (other) - baseline']);
    expect(c.rows).toEqual([['insured', '2026', '101000.5', '1', '3', '-100999.5', '-100997.5']]);
    expect(uniqueNames([{ name: 'x', dir: 'd1' }, { name: 'x', dir: 'd1' }, { name: 'x', dir: 'd1' }])).toEqual(['x', 'x (d1)', 'x (2)']);
  });
  it('years that do not overlap: ReportInputError naming both directories and their years', () => {
    const late = runDir('late', 'year,insured\n2080,1\n2081,2\n');
    expect(() => compareDirs([A, late])).toThrow(new ReportInputError(`${A}, ${late}`, `the projection years do not overlap (${A}: 2025-2027; ${late}: 2080-2081)`));
  });
  it('a batch directory is compared by its medians (p50 of percentiles.csv, GAP p50 of batch-summary.json)', () => {
    const fix = join(import.meta.dirname, '..', 'fixtures', 'report');
    const c = compareDirs([join(fix, 'run'), join(fix, 'batch')]);
    expect(c.names).toEqual(['baseline', 'stochastic-economy (median)']);
    expect(c.notes[0]).toBe(`${join(fix, 'batch')}: a batch, compared by the medians (p50) of percentiles.csv and batch-summary.json.`);
    expect(c.summaryRows.find((r) => r[0] === 'gap')).toEqual(['gap', '', '0.195570317052', '0.199690733983', '0.004120416931']);
    const pct = readFileSync(join(fix, 'batch', 'percentiles.csv'), 'utf8').split('\n').find((l) => l.startsWith('reserve,2030,'))!.split(',');
    expect(c.rows.find((r) => r[0] === 'reserve' && r[1] === '2030')?.[3]).toBe(pct[4]);
  });
  it('the assumptions that differ, with each value and source (the fixture run against the 3.5% wage growth run)', () => {
    const fix = join(import.meta.dirname, '..', 'fixtures', 'report');
    const c = compareDirs([join(fix, 'run'), join(fix, 'run-wage-growth')]);
    expect(c.assumptions.map((a) => a.key)).toContain('economic.wageGrowth');
    const w = c.assumptions.find((a) => a.key === 'economic.wageGrowth')!;
    expect(w.values).toEqual(['0.03 (every year, 2025-2074)', '0.035 (every year, 2025-2074)']);
    const { html } = renderCompareReport(c);
    expect(html.indexOf('id="assumptions-compared"')).toBeLessThan(html.indexOf('id="key-figures"'));
  });
  it('reads the fixture run against itself: every difference is 0', () => {
    const fix = join(import.meta.dirname, '..', 'fixtures', 'report', 'run');
    const c = compareDirs([fix, fix]);
    expect(c.names).toEqual(['baseline', 'baseline (run)']);
    expect(c.rows.length).toBe(38 * 50);
    expect(new Set(c.rows.map((r) => r[4]))).toEqual(new Set(['0']));
    expect(readFileSync(join(fix, 'indicators.csv'), 'utf8')).toContain(c.rows[0]?.[2] as string);
  });
});
