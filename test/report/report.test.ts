import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport, failedRuns, InputError, jsonSyntaxError, parseCsv, readReportDir, ReportInputError } from '../../src/index.js';
import { groupDigits } from '../../src/report/sections.js';
import { parseDataTables, splitCsv, type ParsedTable } from './html-tables.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'report');
const csv = (dir: string, file: string) => splitCsv(readFileSync(join(FIX, dir, file), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'ssc-report-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of a fixture directory to change in a test. */
function copyOf(name: string): string {
  const dir = mkdtempSync(join(tmp, `${name}-`));
  cpSync(join(FIX, name), dir, { recursive: true });
  return dir;
}

/** Every cell of a table compared with the cell of the CSV row it names; returns the number of cells checked. */
function checkAgainstCsv(t: ParsedTable, file: { header: string[]; rows: string[][] }, rowKey: (row: string[], h: string[]) => string, tableKey: (cells: readonly string[], col: number) => string): number {
  const byKey = new Map(file.rows.map((r) => [rowKey(r, file.header), r]));
  let n = 0;
  t.rows.forEach((cells) => {
    t.columns.forEach((c, j) => {
      const column = c.attrs['data-column'] as string;
      const k = file.header.indexOf(column);
      expect(k, `column ${column} is in the CSV`).toBeGreaterThanOrEqual(0);
      const row = byKey.get(tableKey(cells, j));
      // A programme with no row in a year shows an empty cell.
      expect(cells[j], `${column} of ${tableKey(cells, j)}`).toBe(row === undefined ? '' : row[k]);
      n += 1;
    });
  });
  return n;
}

describe('report of an optional-scheme run (test/fixtures/report/run)', () => {
  const { html, summary } = buildReport(join(FIX, 'run'));
  const tables = parseDataTables(html);
  const indicators = csv('run', 'indicators.csv');
  const programmes = csv('run', 'programmes.csv');

  it('draws the 11 charts of a run, none skipped; a results table, the table of all indicators at selected years and the results in constant prices', () => {
    expect(summary).toMatchObject({ kind: 'run', scheme: 'ssc-optional', scenario: 'baseline', charts: 11, skipped: [], failedRuns: 0 });
    expect(html.match(/<figure class="chart" /g)).toHaveLength(11);
    expect(tables).toHaveLength(14);
  });

  it('the results table: years 2026, 2030, 2035, 2040, 2050, 2060 and the last (2074), the key indicators labelled in words with their scale', () => {
    const t = tables.find((x) => x.attrs['data-key'] === 'results');
    expect(t?.rows.map((r) => r[0])).toEqual(['2026', '2030', '2035', '2040', '2050', '2060', '2074']);
    expect(t?.columns.map((c) => c.text)).toEqual(['Year', 'Insured (persons)', 'Contributors (persons)', 'Contributions collected (JOD million)', 'Pensioners (persons)', 'Benefit expenditure (JOD million)', 'Reserve (JOD million)', 'PAYG cost rate (%)', 'Reserve ratio (years)']);
    // 2026: insured 119455.082665 persons, reserve 274408383.621 JOD, cost rate 0.0301693083902.
    expect(t?.shown[0]).toEqual(['2026', '119,455', '99,076', '81.5', '2,584', '13.5', '274.4', '3.02', '17.68']);
    const all = tables.find((x) => x.attrs['data-key'] === 'all-indicators');
    expect(all?.columns).toHaveLength(indicators.header.length);
    checkAgainstCsv(all!, indicators, (r, h) => r[h.indexOf('year')] as string, (c) => c[0] as string);
  });

  it('every number in the indicators tables is the indicators.csv cell text of that year and column', () => {
    const ind = tables.filter((t) => t.attrs['data-source'] === 'indicators.csv' && t.attrs['data-key'] === undefined);
    expect(ind).toHaveLength(9);
    let cells = 0;
    for (const t of ind) {
      expect(t.rows).toHaveLength(50);
      cells += checkAgainstCsv(t, indicators, (r, h) => r[h.indexOf('year')] as string, (c) => c[0] as string);
    }
    expect(cells).toBeGreaterThan(9 * 50 * 2);
  });

  it('every number in the programme tables is the programmes.csv cell of that programme, year and column', () => {
    const prog = tables.filter((t) => t.attrs['data-source'] === 'programmes.csv');
    expect(prog).toHaveLength(2);
    for (const t of prog) {
      const names = t.columns.map((c) => c.attrs['data-programme'] ?? '');
      expect(names.slice(1)).toEqual(['Women 30-45 top-up', 'Young entrants first year']);
      checkAgainstCsv(
        t,
        programmes,
        (r, h) => `${r[h.indexOf('programme')]}|${r[h.indexOf('year')]}`,
        (c, j) => (j === 0 ? `${names[1]}|${c[0]}` : `${names[j]}|${c[0]}`),
      );
    }
  });

  it('the GAP of summary.json is a reference line of the cost-rate chart and stated in its caption', () => {
    const fig = /<figure class="chart" id="cost-rate">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    expect(fig).toContain('class="ref-line"');
    expect(fig).toContain('GAP 19.56%');
    expect(fig).toContain('summary.json &quot;gap&quot;): 19.56% of insurable wages.');
  });

  it('each chart has a title, an SVG with a non-empty path, axis titles with units, a legend and a folded table', () => {
    for (const fig of html.matchAll(/<figure class="chart" id="([^"]+)">([\s\S]*?)<\/figure>/g)) {
      const body = fig[2] as string;
      expect(body, fig[1]).toMatch(/<h3>[^<]+<\/h3>/);
      expect(body, fig[1]).toMatch(/<path class="series[^"]*" d="M[^"]+"/);
      expect(body, fig[1]).toMatch(/rotate\(-90\)[^>]*>(JOD (thousand|million|billion)|thousand persons|% of insurable wages|years of expenditure|contributors per pensioner)</);
      expect(body, fig[1]).toContain('<g class="legend">');
      expect(body, fig[1]).toMatch(/<details><summary>Numbers/);
    }
  });

  it('lists the key assumptions with sources and the data sources (UN WPP 2024 and 2019, SSC statements)', () => {
    const assumptions = /<section id="assumptions">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(assumptions).toContain('<td><code>contributionRate</code></td><td>0.175</td><td>share of the declared wage</td>');
    expect(assumptions).toContain('<td><code>economic.wageGrowth</code></td><td>0.03 (every year, 2025-2074)</td>');
    expect(assumptions).toContain('<td><code>economic.interest</code></td><td>0.05 (2025) … 0.04 (2074), 50 values</td>');
    const sources = /<section id="sources">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(sources).toContain('World Population Prospects 2024');
    expect(sources).toContain('World Population Prospects 2019');
    expect(sources).toContain('SSC Media Center statements on optional enrollment');
    expect(html.indexOf('id="sources"')).toBeGreaterThan(html.lastIndexOf('<figure'));
  });

  it('is self-contained: no script, stylesheet link, image source, import or url() a viewer would fetch', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });
});

describe('report of a health run (test/fixtures/report/health)', () => {
  const { html, summary } = buildReport(join(FIX, 'health'));
  it('draws covered persons, expenditure by service, income, break-even rate, reserve, cost per person and maternity', () => {
    expect(summary).toMatchObject({ scheme: 'health', charts: 7, skipped: [] });
    for (const id of ['covered', 'expenditure', 'income', 'breakeven', 'reserve', 'cost-per-capita', 'maternity']) expect(html).toContain(`<figure class="chart" id="${id}">`);
  });
  it('its table numbers equal indicators.csv', () => {
    const indicators = csv('health', 'indicators.csv');
    const tables = parseDataTables(html).filter((t) => t.attrs['data-key'] === undefined);
    expect(tables).toHaveLength(7);
    for (const t of tables) checkAgainstCsv(t, indicators, (r, h) => r[h.indexOf('year')] as string, (c) => c[0] as string);
  });
});

describe('report of a batch (test/fixtures/report/batch: 40 runs, 3 failed)', () => {
  const { html, summary } = buildReport(join(FIX, 'batch'));
  it('states the failed runs at the top, with their messages', () => {
    expect(summary.failedRuns).toBe(3);
    const banner = /<section class="alert" role="alert" id="failed-runs">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(banner).toContain('<h2>3 of 40 runs failed</h2>');
    expect(banner).toContain(
      '3 of 40 runs failed: run 17: wageGrowth expression gave NaN at t = 33 (scenarios/batch-stochastic.yaml:14:16); run 23: interest rate path below -100% in 2058 (AR(1) draw -1.021); run 31: worker thread exited with code 1 (out of memory).',
    );
    expect(banner).toContain('over the 37 runs that succeeded');
    expect(html.indexOf('id="failed-runs"')).toBeLessThan(html.indexOf('<figure'));
    expect(html.indexOf('id="failed-runs"')).toBeLessThan(html.indexOf('id="key-figures"'));
  });
  it('draws a fan chart of each main indicator and the GAP and exhaustion-year distributions', () => {
    expect(summary.charts).toBe(10);
    expect(html).toContain('id="fan-reserve"');
    expect(html).toContain('id="gap-distribution"');
    expect(html).toContain('id="exhaustion-year"');
    expect(summary.notes).toContain('percentiles.csv also has contributions_due, investment_income, support_ratio, arrears_stock (not charted; the numbers are in the file).');
  });
  it('fan chart tables equal percentiles.csv; distribution tables equal batch-summary.json', () => {
    const pct = csv('batch', 'percentiles.csv');
    const tables = parseDataTables(html);
    const fans = tables.filter((t) => t.attrs['data-source'] === 'percentiles.csv');
    expect(fans).toHaveLength(8);
    for (const t of fans) {
      const ind = t.attrs['data-indicator'] as string;
      checkAgainstCsv(t, pct, (r) => `${r[0]}|${r[1]}`, (c) => `${ind}|${c[0]}`);
    }
    const bs = JSON.parse(readFileSync(join(FIX, 'batch', 'batch-summary.json'), 'utf8')) as { gap: Record<string, number>; year_reserve_exhausted: { never: number; by_year: Record<string, number> } };
    const gap = tables.find((t) => t.attrs['data-key'] === 'gap');
    expect(gap?.rows).toEqual(Object.entries(bs.gap).map(([k, v]) => [k, String(v)]));
    const ex = tables.find((t) => t.attrs['data-key'] === 'year_reserve_exhausted');
    expect(ex?.rows).toEqual([...Object.entries(bs.year_reserve_exhausted.by_year).map(([k, v]) => [k, String(v)]), ['never', String(bs.year_reserve_exhausted.never)]]);
  });
  it('a failure listed only in runs-summary.csv is stated too', () => {
    const dir = copyOf('batch');
    const s = JSON.parse(readFileSync(join(dir, 'batch-summary.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'batch-summary.json'), JSON.stringify({ ...s, failed: [] }));
    const { html: h, summary: sm } = buildReport(dir);
    expect(sm.failedRuns).toBe(3);
    expect(h).toContain('run 23: interest rate path below -100% in 2058 (AR(1) draw -1.021)');
  });
  it('with neither batch-summary.json nor runs-summary.csv, says it cannot tell whether runs failed', () => {
    const dir = copyOf('batch');
    rmSync(join(dir, 'batch-summary.json'));
    rmSync(join(dir, 'runs-summary.csv'));
    const { html: h } = buildReport(dir);
    expect(h).toContain('<h2>Failed runs unknown</h2>');
    expect(h).toContain('Chart &quot;GAP over the runs&quot; not drawn: no batch-summary.json.');
  });
  it('more than 5 failures: the first 3 in the sentence, every one in the list', () => {
    const list = Array.from({ length: 7 }, (_, i) => ({ run: i * 10, message: `boom ${i}` }));
    const fr = failedRuns({ failed: list }, null);
    expect(fr).toHaveLength(7);
    const dir = copyOf('batch');
    const s = JSON.parse(readFileSync(join(dir, 'batch-summary.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'batch-summary.json'), JSON.stringify({ ...s, runs: 200, failed: list }));
    writeFileSync(join(dir, 'runs-summary.csv'), 'run,gap,year_reserve_first_falls,year_reserve_exhausted,status,message\n');
    const { html: h } = buildReport(dir);
    expect(h).toContain('7 of 200 runs failed: run 0: boom 0; run 10: boom 1; run 20: boom 2; … (all 7 listed below).');
    expect(h).toContain('<li>run 60: boom 6</li>');
  });
});

describe('a run whose indicators.csv lacks columns or has extra ones (run-missing-columns)', () => {
  const { html, summary } = buildReport(join(FIX, 'run-missing-columns'));
  it('skips the arrears chart with a visible note naming the missing columns, and draws the others', () => {
    expect(summary.skipped.map((s) => s.id)).toEqual(['arrears', 'programme-cost', 'programme-extra']);
    expect(summary.charts).toBe(8);
    expect(html).toContain('<li>Chart &quot;Arrears and late fees&quot; not drawn: indicators.csv has no columns arrears_stock, late_fees.</li>');
    expect(html).toContain('<figure class="chart skipped" id="arrears"><h3>Arrears and late fees</h3><p class="note">Chart not drawn: indicators.csv has no columns arrears_stock, late_fees.</p></figure>');
  });
  it('notes the missing scenario.resolved.yaml and programmes.csv', () => {
    expect(summary.notes).toEqual(['scenario.resolved.yaml not found: no assumptions or sources to list.']);
    expect(html).toContain('no programmes.csv (no subsidy programmes in this scenario).');
  });
  it('shows an unknown summary.json field under its name in words, money in JOD billion', () => {
    expect(html).toContain('<div><dt>Extra field</dt><dd data-key="extra_field">kept</dd></div>');
    expect(html).toContain('<div><dt>Present value of insurable wages</dt><dd data-key="present_values.insurable_wages">JOD 25.41 billion</dd></div>');
    expect(html).toContain('<dd data-key="start_year">2025</dd>');
  });
});

describe('bad input', () => {
  it('a missing directory: ReportInputError "DIR: no such directory"', () => {
    expect(() => readReportDir(join(tmp, 'nope'))).toThrow(new ReportInputError(join(tmp, 'nope'), 'no such directory'));
  });
  it('a directory without indicators.csv or percentiles.csv names the missing file', () => {
    const dir = mkdtempSync(join(tmp, 'empty-'));
    expect(() => readReportDir(dir)).toThrow(`${join(dir, 'indicators.csv')}: missing (a run directory has indicators.csv; a batch directory has percentiles.csv)`);
  });
  it('a malformed cell of a charted column is an InputError at its line and column', () => {
    const dir = copyOf('run');
    const text = readFileSync(join(dir, 'indicators.csv'), 'utf8').split('\n');
    text[3] = (text[3] as string).replace(/^2027,[^,]+,/, '2027,12x,');
    writeFileSync(join(dir, 'indicators.csv'), text.join('\n'));
    expect(() => buildReport(dir)).toThrow(InputError);
    expect(() => buildReport(dir)).toThrow(`${join(dir, 'indicators.csv')}:4:6: insured: not a number: "12x"`);
  });
  it('a repeated year is an InputError at the second one', () => {
    const dir = copyOf('run');
    const text = readFileSync(join(dir, 'indicators.csv'), 'utf8').split('\n');
    text[3] = (text[3] as string).replace(/^2027,/, '2026,');
    writeFileSync(join(dir, 'indicators.csv'), text.join('\n'));
    expect(() => readReportDir(dir)).toThrow(`${join(dir, 'indicators.csv')}:4:1: year: year 2026 appears twice (one row a year)`);
  });
  it('a summary.json with a syntax error is an InputError at its line and column', () => {
    const dir = copyOf('run');
    writeFileSync(join(dir, 'summary.json'), '{\n  "scenario": "x",\n  "gap": }\n');
    expect(() => readReportDir(dir)).toThrow(`${join(dir, 'summary.json')}:3:10: JSON syntax: expected a value`);
  });
  it('parseCsv is the reader: quoted programme names are fine in programmes.csv', () => {
    expect(parseCsv('programme,year,cost\n"A, B",2026,1\n', 'p.csv').rows[0]).toEqual(['A, B', '2026', '1']);
  });
});

describe('jsonSyntaxError(text): where strict JSON goes wrong', () => {
  it('valid JSON: null', () => expect(jsonSyntaxError('{"a": [1, -2.5e3, true, null, "x\\n"]}')).toBeNull());
  it('a missing value, a trailing comma, an unclosed object, trailing text', () => {
    expect(jsonSyntaxError('{"gap": }')).toEqual({ offset: 8, detail: 'expected a value' });
    expect(jsonSyntaxError('{"a":1,}')).toEqual({ offset: 7, detail: 'expected a double-quoted property name' });
    expect(jsonSyntaxError('{"a":1')).toEqual({ offset: 6, detail: "expected ',' or '}'" });
    expect(jsonSyntaxError('{} x')).toEqual({ offset: 3, detail: 'unexpected text after the JSON value' });
  });
});

describe('groupDigits(text): thousands separators for key figures, digits unchanged', () => {
  it('4077278816.31 -> 4,077,278,816.31; -120000 -> -120,000; years and short numbers stay', () => {
    expect(groupDigits('4077278816.31')).toBe('4,077,278,816.31');
    expect(groupDigits('-120000')).toBe('-120,000');
    expect(groupDigits('2061')).toBe('2061');
    expect(groupDigits('0.195570317052')).toBe('0.195570317052');
    expect(groupDigits('12345')).toBe('12,345');
  });
});
