import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { parseCsv } from '../report/csv-read.js';
import { assumptionRows } from '../report/assumptions.js';
import { indicatorInfo, INDICATORS, summaryInfo } from '../report/indicator-catalog.js';
import type { Unit } from '../report/units.js';

/** The name of the workbook a run or a batch writes beside its CSV files (`--xlsx`). */
export const WORKBOOK_NAME = 'results.xlsx';

/** An output file: its name and its text (or bytes). */
export interface NamedFile {
  readonly name: string;
  readonly data: string | Uint8Array;
}

/** Excel number formats by unit: money whole JOD with separators, rates in % with 2 decimals, persons whole. */
const NUMBER_FORMAT: Record<Unit, string> = {
  jod: '#,##0',
  persons: '#,##0',
  rate: '0.00%',
  years: '0.00',
  ratio: '0.00',
  runs: '#,##0',
  'jod-per-person': '#,##0.00',
  number: 'General',
};

/** The sheets, in order, by the file they show; other CSV files follow under their own name. */
const SHEET_NAMES: Readonly<Record<string, string>> = {
  'indicators.csv': 'Indicators',
  'indicators_real.csv': 'Indicators, constant prices',
  'programmes.csv': 'Programmes',
  'summary.json': 'Summary',
  'runs-summary.csv': 'Runs',
  'percentiles.csv': 'Percentiles',
  'batch-summary.json': 'Batch summary',
  'runs.csv': 'Runs by year',
};

/** Columns that are not numbers of a unit: years, run numbers, seeds, names. */
const PLAIN_COLUMNS = new Set(['year', 'run', 'seed', 'status', 'message', 'programme', 'payer', 'scheme', 'indicator', 'year_reserve_first_falls', 'year_reserve_exhausted']);

/** The unit of a CSV column of a sheet (percentiles: by the row's indicator, so per cell). */
function columnUnit(file: string, column: string): Unit | null {
  if (PLAIN_COLUMNS.has(column)) return null;
  if (file === 'runs-summary.csv') return column === 'gap' ? 'rate' : null;
  const info = INDICATORS[column];
  return info === undefined ? null : info.unit;
}

/** A CSV cell as a workbook value: a number when the text is one, else the text; empty stays empty. */
function cellValue(text: string): string | number | null {
  if (text === '') return null;
  const x = Number(text);
  return Number.isFinite(x) && /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? x : text;
}

function styleHeader(ws: ExcelJS.Worksheet, rows: number, columns: number): void {
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: rows }];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    row.font = r === 1 ? { bold: true } : { italic: true, color: { argb: 'FF666666' } };
    row.alignment = { wrapText: r === 1, vertical: 'top' };
  }
  ws.autoFilter = { from: { row: rows, column: 1 }, to: { row: rows, column: columns } };
}

/**
 * A sheet of a CSV file: row 1 the columns' labels in words with their unit, row 2 the CSV
 * column names, then the file's rows with numbers as numbers (every digit of the file), number
 * formats by unit (percentiles.csv: by the row's indicator), header rows frozen, widths to fit.
 */
function csvSheet(wb: ExcelJS.Workbook, name: string, file: string, text: string): void {
  const t = parseCsv(text, file);
  const ws = wb.addWorksheet(name);
  const label = (c: string) => {
    if (c === 'year') return 'Year';
    if (file === 'runs-summary.csv' && c === 'gap') return 'GAP (% of insurable wages)';
    const info = INDICATORS[c];
    return info === undefined ? c : `${info.label} (${info.unit === 'rate' ? '%' : info.unit === 'jod' ? 'JOD' : info.unit})`;
  };
  ws.addRow(t.header.map(label));
  ws.addRow([...t.header]);
  const ki = t.header.indexOf('indicator');
  for (const r of t.rows) {
    const row = ws.addRow(r.map(cellValue));
    if (ki >= 0) {
      const unit = indicatorInfo(r[ki] ?? '').unit;
      t.header.forEach((c, j) => {
        if (/^p\d+$|^mean$/.test(c)) row.getCell(j + 1).numFmt = NUMBER_FORMAT[unit];
      });
    }
  }
  t.header.forEach((c, j) => {
    const col = ws.getColumn(j + 1);
    const unit = columnUnit(file, c);
    if (unit !== null) col.numFmt = NUMBER_FORMAT[unit];
    col.width = Math.min(40, Math.max(10, c.length + 2, ...t.rows.slice(0, 50).map((r) => (r[j] ?? '').length + 2)));
  });
  styleHeader(ws, 2, t.header.length);
}

/** A JSON object flattened to dotted keys (arrays of scalars joined, arrays of objects as JSON). */
function flatten(o: unknown, prefix = ''): Array<[string, unknown]> {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return [[prefix, Array.isArray(o) && o.every((x) => typeof x !== 'object') ? o.join(', ') : Array.isArray(o) ? JSON.stringify(o) : o]];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix === '' ? k : `${prefix}.${k}`));
}

/** A sheet of a JSON summary: one row a figure (dotted key), with its label in words and its value, formatted by unit. */
function summarySheet(wb: ExcelJS.Workbook, name: string, text: string): void {
  const ws = wb.addWorksheet(name);
  ws.addRow(['Figure', 'Value', 'Key']);
  ws.addRow(['label', 'value', 'key']);
  for (const [key, v] of flatten(JSON.parse(text) as unknown)) {
    const info = summaryInfo(key);
    const row = ws.addRow([info.label, v === null ? 'none' : (v as string | number | boolean), key]);
    if (typeof v === 'number' && !/(^|\.)(year|seed|runs|succeeded)/.test(key)) row.getCell(2).numFmt = NUMBER_FORMAT[info.unit];
  }
  ws.getColumn(1).width = 60;
  ws.getColumn(2).width = 22;
  ws.getColumn(3).width = 45;
  styleHeader(ws, 2, 3);
}

/** The assumptions of scenario.resolved.yaml: key, value, unit, source, confidence (as in the report). */
function assumptionsSheet(wb: ExcelJS.Workbook, text: string): void {
  const ws = wb.addWorksheet('Assumptions');
  ws.addRow(['Assumption', 'Value', 'Unit', 'Source', 'Confidence']);
  ws.addRow(['key', 'value', 'unit', 'source', 'confidence']);
  for (const r of assumptionRows(parseYaml(text) as unknown)) ws.addRow([r.key, cellValue(r.value) ?? '', r.unit || '-', r.source || '-', r.confidence || '-']);
  [36, 40, 30, 80, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(ws, 2, 5);
}

/**
 * results.xlsx: the output files of a run or a batch as a workbook, a sheet a table
 * (indicators, programmes, summary; for a batch the runs, percentiles and batch summary), the
 * assumptions with their sources, and a metadata sheet (what wrote it, from which files). The
 * numbers are the CSV files' numbers: the workbook read back gives every CSV cell.
 *
 * @example await resultsWorkbook([{ name: 'indicators.csv', data: 'year,insured\n2026,116778.895\n' }], { generator: 'ssc-proj 0.1.0' })
 */
export async function resultsWorkbook(files: readonly NamedFile[], meta: { readonly generator: string; readonly title?: string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.generator;
  // Fixed dates: the same run gives the same workbook contents.
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  const text = (f: NamedFile) => (typeof f.data === 'string' ? f.data : Buffer.from(f.data).toString('utf8'));
  const ordered = [...files].sort((a, b) => {
    const order = Object.keys(SHEET_NAMES);
    const ia = order.indexOf(a.name);
    const ib = order.indexOf(b.name);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  });
  const used: string[] = [];
  for (const f of ordered) {
    if (f.name.endsWith('.csv')) {
      const t = text(f);
      if (t.trim().split('\n').length < 2 && f.name === 'programmes.csv') continue;
      csvSheet(wb, SHEET_NAMES[f.name] ?? f.name.replace(/\.csv$/, '').slice(0, 31), f.name, t);
      used.push(f.name);
    } else if (f.name.endsWith('.json')) {
      summarySheet(wb, SHEET_NAMES[f.name] ?? f.name.replace(/\.json$/, '').slice(0, 31), text(f));
      used.push(f.name);
    }
  }
  const resolved = files.find((f) => f.name === 'scenario.resolved.yaml');
  if (resolved !== undefined) {
    assumptionsSheet(wb, text(resolved));
    used.push(resolved.name);
  }
  const ws = wb.addWorksheet('Metadata');
  ws.addRow(['Item', 'Value']);
  const rows: Array<[string, string]> = [
    ['Written by', meta.generator],
    ...(meta.title === undefined ? [] : [['Run', meta.title] as [string, string]]),
    ['Sheets from', used.join(', ')],
    ['Money', 'nominal JOD (the prices of each year), full precision; formats round the display only'],
    ['Rates', 'fractions, shown in % (0.175 = 17.50%)'],
    ['Persons', 'expected values, shown whole'],
    ['Header rows', 'row 1: the column in words; row 2: the column of the CSV file'],
  ];
  for (const r of rows) ws.addRow(r);
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 100;
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
