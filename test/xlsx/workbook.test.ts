import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAnyScenario } from '../../src/index.js';
import { assumptionRows } from '../../src/report/assumptions.js';
import { parseCsv } from '../../src/report/csv-read.js';
import { withWorkbook } from '../../src/output/run-files.js';
import { resultsWorkbook } from '../../src/output/xlsx.js';
import { cli } from '../helpers/cli.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'report');
const tmp = mkdtempSync(join(tmpdir(), 'ssc-xlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows from row 3 (after the two header rows) as workbook values. */
function body(ws: ExcelJS.Worksheet, columns: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 3; r <= ws.rowCount; r++) rows.push(Array.from({ length: columns }, (_, j) => ws.getRow(r).getCell(j + 1).value));
  return rows;
}

/** Every CSV cell equals the sheet's cell: a number cell has the CSV text's number, a text cell its text, an empty cell none. */
function expectSheetEqualsCsv(ws: ExcelJS.Worksheet, csvText: string, file: string): number {
  const t = parseCsv(csvText, file);
  expect(Array.from({ length: t.header.length }, (_, j) => ws.getRow(2).getCell(j + 1).value), `${file} header`).toEqual(t.header);
  const rows = body(ws, t.header.length);
  expect(rows, `${file} rows`).toHaveLength(t.rows.length);
  let n = 0;
  t.rows.forEach((r, i) =>
    r.forEach((text, j) => {
      const v = rows[i]![j];
      if (text === '') expect(v, `${file} ${t.header[j]} row ${i}`).toBeNull();
      else if (typeof v === 'number') expect(v, `${file} ${t.header[j]} row ${i}`).toBe(Number(text));
      else expect(v, `${file} ${t.header[j]} row ${i}`).toBe(text);
      n += 1;
    }),
  );
  return n;
}

describe('results.xlsx of a run read back equals the CSV files cell for cell', async () => {
  const run = await runAnyScenario('scenarios/subsidy-youth.yaml');
  const files = await withWorkbook(run.files, 'ssc-proj test', 'scenarios/subsidy-youth.yaml');
  const xlsx = files.find((f) => f.name === 'results.xlsx')!;
  const wb = await readBack(xlsx.data as Uint8Array);
  const text = (name: string) => run.files.find((f) => f.name === name)!.data;

  it('is one more file of the output set, after the CSV files', () => {
    expect(files.map((f) => f.name)).toEqual([...run.files.map((f) => f.name), 'results.xlsx']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Indicators', 'Indicators, constant prices', 'Programmes', 'Summary', 'Assumptions', 'Metadata']);
  });
  it('Indicators and Programmes: every cell of indicators.csv and programmes.csv', () => {
    const columns = parseCsv(text('indicators.csv'), 'indicators.csv').header.length;
    expect(expectSheetEqualsCsv(wb.getWorksheet('Indicators')!, text('indicators.csv'), 'indicators.csv')).toBe(50 * columns);
    expect(expectSheetEqualsCsv(wb.getWorksheet('Indicators, constant prices')!, text('indicators_real.csv'), 'indicators_real.csv')).toBe(50 * columns);
    expect(expectSheetEqualsCsv(wb.getWorksheet('Programmes')!, text('programmes.csv'), 'programmes.csv')).toBeGreaterThan(100);
  });
  it('frozen header rows, labels in words, number formats by unit, column widths', () => {
    const ws = wb.getWorksheet('Indicators')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1 });
    const header = parseCsv(text('indicators.csv'), 'indicators.csv').header;
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.getRow(1).getCell(col('reserve')).value).toBe('Reserve (JOD)');
    expect(ws.getRow(3).getCell(col('reserve')).numFmt).toBe('#,##0');
    expect(ws.getRow(3).getCell(col('paygo_cost_rate')).numFmt).toBe('0.00%');
    expect(ws.getRow(3).getCell(col('insured')).numFmt).toBe('#,##0');
    expect(ws.getColumn(col('insurable_wages')).width).toBeGreaterThanOrEqual(16);
  });
  it('Summary: every figure of summary.json by its dotted key, labelled in words', () => {
    const ws = wb.getWorksheet('Summary')!;
    const byKey = new Map(body(ws, 3).map((r) => [r[2], r]));
    const summary = JSON.parse(text('summary.json')) as { gap: number; present_values: { benefit_expenditure: number } };
    expect(byKey.get('gap')).toEqual(['GAP (general average premium)', summary.gap, 'gap']);
    expect(byKey.get('present_values.benefit_expenditure')?.[1]).toBe(summary.present_values.benefit_expenditure);
  });
  it('Assumptions: a row each, with unit (or "-"), source and confidence', () => {
    const rows = body(wb.getWorksheet('Assumptions')!, 5);
    expect(rows).toHaveLength(assumptionRows(parse(text('scenario.resolved.yaml'))).length);
    expect(rows.every((r) => typeof r[2] === 'string' && r[2] !== '' && typeof r[3] === 'string' && r[3] !== '')).toBe(true);
    expect(rows.find((r) => r[0] === 'rules.minWage')).toEqual(['rules.minWage', 290, expect.any(String), expect.any(String), 'verified']);
  });
  it('Metadata: what wrote it and from which files', () => {
    const ws = wb.getWorksheet('Metadata')!;
    expect(ws.getRow(2).values).toEqual([undefined, 'Written by', 'ssc-proj test']);
  });
});

describe('results.xlsx of a batch: runs and percentiles equal the CSV files', () => {
  it('a sensitivity batch directory (runs-summary.csv, percentiles.csv, batch-summary.json)', async () => {
    const dir = join(FIX, 'batch-sensitivity');
    const files = ['runs-summary.csv', 'percentiles.csv', 'batch-summary.json'].map((name) => ({ name, data: readFileSync(join(dir, name), 'utf8') }));
    const wb = await readBack(await resultsWorkbook(files, { generator: 'ssc-proj test' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Runs', 'Percentiles', 'Batch summary', 'Metadata']);
    expect(expectSheetEqualsCsv(wb.getWorksheet('Runs')!, files[0]!.data, 'runs-summary.csv')).toBe(27 * 9);
    expect(expectSheetEqualsCsv(wb.getWorksheet('Percentiles')!, files[1]!.data, 'percentiles.csv')).toBe(50 * 7);
    // Percentiles of the reserve in JOD, of a rate in %.
    expect(wb.getWorksheet('Percentiles')!.getRow(3).getCell(3).numFmt).toBe('#,##0');
    expect(wb.getWorksheet('Runs')!.getRow(3).getCell(2).numFmt).toBe('0.00%');
  });
});

describe('ssc-proj run --xlsx', () => {
  it('writes results.xlsx beside the CSV files', async () => {
    const out = join(tmp, 'baseline');
    const r = await cli(['run', 'scenarios/baseline.yaml', '--out', out, '--xlsx', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = await readBack(readFileSync(join(out, 'results.xlsx')));
    expectSheetEqualsCsv(wb.getWorksheet('Indicators')!, readFileSync(join(out, 'indicators.csv'), 'utf8'), 'indicators.csv');
  }, 60_000);
});
