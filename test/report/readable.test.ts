import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/index.js';
import { columnFormat, formatMoney, formatPersons, formatPlainNumber, formatPercent, formatValue } from '../../src/report/format.js';
import { sensitivityRows, tornadoBars } from '../../src/report/sensitivity.js';
import { parseCsv } from '../../src/report/csv-read.js';
import { parseDataTables } from './html-tables.js';
import { rawFloats, unformattedCells, visibleText } from './visible-text.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'report');

describe('format.ts: figures as an actuary writes them', () => {
  it('formatPercent: % with 2 decimals (the baseline GAP 0.1273438554628413 -> 12.73%)', () => {
    expect(formatPercent(0.1273438554628413)).toBe('12.73%');
    expect(formatPercent(0.175)).toBe('17.50%');
    expect(formatPercent(-0.0049)).toBe('-0.49%');
  });
  it('formatMoney: JOD billion, million, or whole JOD with separators', () => {
    expect(formatMoney(3_673_889_476.175)).toBe('JOD 3.67 billion');
    expect(formatMoney(93_713_862.76)).toBe('JOD 93.7 million');
    expect(formatMoney(12_345.678)).toBe('JOD 12,346');
    expect(formatMoney(-2_500_000)).toBe('JOD -2.5 million');
  });
  it('formatPersons: whole, with separators (116778.895 -> 116,779)', () => {
    expect(formatPersons(116778.895)).toBe('116,779');
    expect(formatPersons(-0.2)).toBe('0');
  });
  it('formatPlainNumber: years as written, fractions to 4 decimals at most', () => {
    expect(formatPlainNumber(2061)).toBe('2061');
    expect(formatPlainNumber(20260101)).toBe('20,260,101');
    expect(formatPlainNumber(0.123456789)).toBe('0.1235');
    expect(formatPlainNumber(14.66391)).toBe('14.66');
    expect(formatValue('years', 14.66391)).toBe('14.66');
  });
  it('columnFormat: one scale a column (JOD million when the largest is 10.5 billion)', () => {
    const f = columnFormat('jod', [62.6e6, 10_528_100_000]);
    expect(f.unitText).toBe('JOD million');
    expect(f.format(10_528_100_000)).toBe('10,528.1');
    expect(columnFormat('jod', [950_000]).unitText).toBe('JOD thousand');
    expect(columnFormat('rate', [0.0465]).format(0.0465)).toBe('4.65');
  });
});

describe('sensitivity.ts: GAP by parameter of a 3 x 3 x 3 grid (test/fixtures/report/batch-sensitivity)', () => {
  const t = parseCsv(readFileSync(join(FIX, 'batch-sensitivity', 'runs-summary.csv'), 'utf8'), 'runs-summary.csv');
  const rows = sensitivityRows(t);
  it('each of the 3 parameters has 3 values of 9 runs each', () => {
    expect(rows.map((r) => `${r.parameter}=${r.value}:${r.runs}`)).toEqual([
      'economic.wageGrowth=0.02:9',
      'economic.wageGrowth=0.03:9',
      'economic.wageGrowth=0.04:9',
      'economic.interest=0.04:9',
      'economic.interest=0.05:9',
      'economic.interest=0.06:9',
      'behaviour.entryRateMultiplier=0.8:9',
      'behaviour.entryRateMultiplier=1:9',
      'behaviour.entryRateMultiplier=1.2:9',
    ]);
  });
  it('the mean GAP at a value is the mean of its runs (wage growth 2%: runs 0-8)', () => {
    const gaps = t.rows.slice(0, 9).map((r) => Number(r[1]));
    expect(rows[0]!.gapMean).toBeCloseTo(gaps.reduce((s, g) => s + g, 0) / 9, 15);
    expect(rows[0]!.gapMax).toBe(Math.max(...gaps));
  });
  it('the tornado puts the widest swing first, and the GAP falls as interest rises', () => {
    const bars = tornadoBars(rows);
    expect(bars).toHaveLength(3);
    const swing = bars.map((b) => Math.abs(b.high.gapMean - b.low.gapMean));
    expect(swing[0]).toBeGreaterThanOrEqual(swing[1]!);
    expect(swing[1]).toBeGreaterThanOrEqual(swing[2]!);
    const interest = bars.find((b) => b.parameter === 'economic.interest')!;
    expect(interest.high.gapMean).toBeLessThan(interest.low.gapMean);
  });
});

describe('sensitivity.ts: one at a time, each parameter against the base run', () => {
  const t = parseCsv('run,gap,year_reserve_first_falls,year_reserve_exhausted,status,message,rules.maxMissedContributions,economic.interest\n0,0.127,,,ok,,,\n1,0.13,,2070,ok,,12,\n2,0.14,,,ok,,,0.04\n', 'runs-summary.csv');
  it('the base run (every parameter cell empty) is each parameter\'s "base" value', () => {
    const rows = sensitivityRows(t);
    expect(rows.map((r) => `${r.parameter}=${r.value}:${r.gapMean}:${r.exhaustedFirst ?? 'never'}`)).toEqual([
      'rules.maxMissedContributions=base:0.127:never',
      'rules.maxMissedContributions=12:0.13:2070',
      'economic.interest=base:0.127:never',
      'economic.interest=0.04:0.14:never',
    ]);
    const bars = tornadoBars(rows);
    expect(bars.map((b) => `${b.parameter}: ${b.low.value} -> ${b.high.value}`)).toEqual(['economic.interest: base -> 0.04', 'rules.maxMissedContributions: base -> 12']);
  });
});

/** The checks a reader's eye makes, on a report's HTML. */
function checkReadable(html: string, name: string): number {
  let checked = 0;
  expect(rawFloats(visibleText(html)), `${name}: raw floats in the visible text`).toEqual([]);
  for (const t of parseDataTables(html)) {
    const cells = t.shown.flatMap((r) => r.map((text, j) => ({ column: t.columns[j]?.attrs['data-column'] ?? '', text })));
    expect(unformattedCells(cells), `${name}: table ${t.attrs['data-source']} ${t.attrs['data-key'] ?? ''}`).toEqual([]);
  }
  const assumptions = [...html.matchAll(/<table class="assumptions" data-section="[^"]*">([\s\S]*?)<\/table>/g)].map((m) => m[1] as string);
  for (const a of assumptions) {
    for (const row of a.matchAll(/<tr><td><code>([^<]*)<\/code><\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/g)) {
      expect(row[2], `${name}: unit of ${row[1]}`).not.toBe('');
      checked += 1;
    }
  }
  return checked;
}

describe('the reports read as a board reads them', () => {
  it('the checks catch what the report printed before (raw floats, unformatted cells)', () => {
    expect(rawFloats(visibleText('<p>GAP 0.1273438554628413 (12.7344%)</p>'))).toEqual(['0.1273438554628413']);
    expect(unformattedCells([{ column: 'insured', text: '116778.895' }, { column: 'year', text: '2026' }, { column: 'reserve', text: '10,528.1' }])).toEqual(['insured: 116778.895']);
  });
  it('every assumption row of the run fixture is checked (its 18 rows, each with a unit or "-")', () => {
    expect(checkReadable(buildReport(join(FIX, 'run')).html, 'run')).toBe(18);
  });

  for (const dir of ['run', 'health', 'batch', 'batch-sensitivity', 'batch-stochastic', 'run-missing-columns']) {
    it(`${dir}: no raw float with more than 4 decimals in the visible text, every table number formatted, every assumption with a unit or "-"`, () => {
      checkReadable(buildReport(join(FIX, dir)).html, dir);
    });
  }

  it('a sensitivity batch: a tornado of the GAP by parameter naming each parameter and its values, no fan charts', () => {
    const { html, summary } = buildReport(join(FIX, 'batch-sensitivity'));
    expect(summary.charts).toBe(2);
    expect(html).not.toContain('id="fan-');
    expect(html).toContain('<figure class="chart" id="gap-tornado">');
    expect(html).toContain('Parameters varied: ');
    expect(html).toContain('economic.wageGrowth = 0.02, 0.03, 0.04');
    const t = parseDataTables(html).find((x) => x.attrs['data-key'] === 'sensitivity');
    expect(t?.shown).toHaveLength(9);
    expect(t?.columns.map((c) => c.text)).toEqual(['Parameter', 'Value', 'Runs (runs)', 'GAP, mean (%)', 'GAP, lowest (%)', 'GAP, highest (%)', 'Reserve first exhausted (year)', 'Runs never exhausted (runs)']);
    expect(html).toContain('<dd data-key="seed">none (deterministic runs)</dd>');
  });

  it('a stochastic batch: fan charts, and the paths model with the seed as written (20260101, not 20,260,101)', () => {
    const { html } = buildReport(join(FIX, 'batch-stochastic'));
    expect(html).toContain('id="fan-reserve"');
    const paths = /<section id="paths-model">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(paths).toContain('<dd data-key="stochastic.seed">20260101</dd>');
    expect(paths).toContain('<td><code>wageGrowth</code></td><td>0.03</td><td>0.6</td><td>0.01</td><td>0.03</td><td>-0.05</td><td>-</td>');
    expect(paths).toContain('<tr><th>wageGrowth</th><td>1</td><td>0.5</td><td>0.3</td><td>0</td></tr>');
    expect(html).toContain('<dd data-key="seed">20260101</dd>');
  });

  it('a run: the results at selected years in nominal JOD, then in constant prices of the start year (indicators_real.csv)', () => {
    const { html } = buildReport(join(FIX, 'run'));
    const tables = parseDataTables(html);
    const nominal = tables.find((t) => t.attrs['data-key'] === 'results')!;
    const real = tables.find((t) => t.attrs['data-key'] === 'results-real')!;
    expect(real.attrs['data-source']).toBe('indicators_real.csv');
    expect(html).toContain('Results at selected years, constant prices of 2025');
    expect(html).toContain('money in nominal JOD (the prices of each year, not deflated)');
    // The same years and columns; each cell is the file's, money deflated, persons as they are.
    expect(real.columns.map((c) => c.attrs['data-column'])).toEqual(nominal.columns.map((c) => c.attrs['data-column']));
    expect(real.rows.map((r) => r[0])).toEqual(nominal.rows.map((r) => r[0]));
    const file = parseCsv(readFileSync(join(FIX, 'run', 'indicators_real.csv'), 'utf8'), 'indicators_real.csv');
    const col = (name: string) => real.columns.findIndex((c) => c.attrs['data-column'] === name);
    const last = real.rows[real.rows.length - 1]!;
    const row = file.rows.find((r) => r[0] === last[0])!;
    expect(last[col('reserve')]).toBe(row[file.header.indexOf('reserve')]);
    expect(last[col('insured')]).toBe(nominal.rows[nominal.rows.length - 1]![col('insured')]);
    expect(Number(last[col('reserve')])).not.toBe(Number(nominal.rows[nominal.rows.length - 1]![col('reserve')]));
    // A run without indicators_real.csv (health) has the nominal table alone.
    expect(buildReport(join(FIX, 'health')).html).not.toContain('id="results-real"');
  });

  it('a run: money stated as nominal JOD, notes after the assumptions, assumptions grouped by section with units', () => {
    const { html } = buildReport(join(FIX, 'run'));
    expect(html).toContain('Money in nominal JOD');
    expect(html).toContain('<h3>Economic assumptions</h3>');
    expect(html).toContain('<td><code>economic.wageGrowth</code></td><td>0.03 (every year, 2025-2074)</td><td>per year</td>');
    const missing = buildReport(join(FIX, 'run-missing-columns')).html;
    expect(missing.indexOf('id="notes"')).toBeGreaterThan(missing.indexOf('id="sources"'));
    expect(missing).toContain('<dt>Extra field</dt>');
  });
});
