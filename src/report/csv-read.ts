import { PathError } from '../io/path-error.js';
import { INPUT_LIMITS, readInputText } from '../io/safe-path.js';
import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../assumptions/input-error.js';
import { ReportInputError } from './report-input-error.js';

/**
 * A CSV file as text cells, with where each cell starts, so that a bad value can be reported
 * as `file:line:column`. Cells keep their exact text: the report prints them as they are.
 */
export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  /** 1-based line of each row's first cell. */
  readonly lines: readonly number[];
  /** 1-based line and column of each cell, row by row. */
  readonly positions: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

/** Where each cell of one line's text starts (1-based columns), quotes respected within the line. */
function cellStarts(lineText: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < lineText.length; i++) {
    const ch = lineText[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) starts.push(i + 2);
  }
  return starts;
}

/** A csv-parse error as an InputError at the line and column it concerns. */
function csvError(e: CsvError & { record?: string[]; lines?: number; column?: number | string }, src: string, file: string, headerLength: number | null): InputError {
  const line = Math.max(1, typeof e.lines === 'number' ? e.lines : 1);
  const text = src.split(/\r?\n/)[line - 1] ?? '';
  const starts = cellStarts(text);
  const field = typeof e.column === 'number' ? e.column : 0;
  const fail = (col: number, detail: string) => new InputError(file, line, Math.max(1, col), '', `CSV: ${detail}`);
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return fail(starts[field] ?? 1, 'unterminated quoted cell');
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const n = e.record?.length ?? 0;
      return fail(starts[Math.min(n, headerLength ?? n) - 1] ?? 1, `row has ${n} cells, the header has ${headerLength ?? '?'}`);
    }
    case 'INVALID_OPENING_QUOTE': {
      const from = (starts[field] ?? 1) - 1;
      return fail(text.indexOf('"', from) + 1, 'a quote inside an unquoted cell (quote the whole cell and double the quote)');
    }
    case 'CSV_INVALID_CLOSING_QUOTE': {
      // The cell opened with a quote; the character after its closing quote is the culprit.
      let i = text.indexOf('"');
      for (i += 1; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') i += 1;
        else if (text[i] === '"') break;
      }
      return fail(i + 2, `unexpected ${JSON.stringify(text[i + 1] ?? '')} after a closing quote`);
    }
    default:
      return fail(1, e.message.split('\n')[0] ?? e.code);
  }
}

/**
 * Parse CSV text with csv-parse (RFC 4180: comma separated, "quoted" cells with "" for a quote,
 * LF or CRLF line ends, an optional UTF-8 byte-order mark; blank lines skipped), keeping where each
 * cell starts. Refuses, as an InputError at the line and column: an unterminated quote, text after
 * a closing quote, a quote inside an unquoted cell, an empty or repeated column name, and a row
 * whose cell count differs from the header's.
 *
 * @example parseCsv('year,reserve\n2025,1.5\n', 'x.csv').rows // => [['2025', '1.5']]
 */
export function parseCsv(text: string, file: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: Array<{ record: string[]; raw: string; info: { lines: number } }>;
  let headerLength: number | null = null;
  try {
    // With info and raw, csv-parse hands on_record the whole { record, info, raw }.
    const options = {
      skip_empty_lines: true,
      info: true,
      raw: true,
      relax_column_count: false,
      on_record: (r: { record: string[] }) => {
        headerLength ??= r.record.length;
        return r;
      },
    };
    parsed = (parse as unknown as (input: string, o: typeof options) => typeof parsed)(src, options);
  } catch (e) {
    if (e instanceof CsvError) throw csvError(e, src, file, headerLength);
    throw e;
  }
  const fail = (l: number, c: number, detail: string): never => {
    throw new InputError(file, l, c, '', `CSV: ${detail}`);
  };
  // Where each record and cell starts: the line after the previous record, past skipped blank lines.
  const lines: number[] = [];
  const positions: Array<Array<[number, number]>> = [];
  let previousEnd = 0;
  for (const p of parsed) {
    let raw = p.raw;
    let line = previousEnd + 1;
    while (raw.startsWith('\n') || raw.startsWith('\r\n')) {
      raw = raw.slice(raw.startsWith('\n') ? 1 : 2);
      line += 1;
    }
    const at: Array<[number, number]> = [[line, 1]];
    let l = line;
    let c = 1;
    let quoted = false;
    for (let i = 0; i < raw.length && at.length < p.record.length; i++) {
      const ch = raw[i];
      if (ch === '"') quoted = !quoted;
      if (ch === '\n') {
        l += 1;
        c = 1;
        continue;
      }
      c += 1;
      if (ch === ',' && !quoted) at.push([l, c]);
    }
    lines.push(line);
    positions.push(at);
    previousEnd = p.info.lines;
  }
  const first = parsed[0];
  if (first === undefined) return fail(1, 1, 'empty file (no header row)');
  const header = first.record.map((h) => h.trim());
  const seen = new Map<string, number>();
  header.forEach((h, k) => {
    const [l, c] = positions[0]![k]!;
    if (h === '') fail(l, c, `empty column name (column ${k + 1})`);
    if (seen.has(h)) fail(l, c, `column "${h}" appears twice (columns ${(seen.get(h) as number) + 1} and ${k + 1})`);
    seen.set(h, k);
  });
  return {
    file,
    header,
    rows: parsed.slice(1).map((p) => p.record),
    lines: lines.slice(1),
    positions: positions.slice(1),
  };
}

/** Read and parse a CSV file; a missing or unreadable file is a ReportInputError. */
export function readCsvFile(path: string): CsvTable {
  let text: string;
  try {
    text = readInputText(path, INPUT_LIMITS.outputFileBytes);
  } catch (e) {
    throw new ReportInputError(path, e instanceof PathError ? e.detail : String(e));
  }
  return parseCsv(text, path);
}

/** Index of a column, or -1 when the file has no such column. */
export function columnIndex(t: CsvTable, name: string): number {
  return t.header.indexOf(name);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number in a cell: '' is null (no value), anything that is not a decimal number is an
 * InputError at the cell's line and column, naming the column.
 *
 * @example numberAt(parseCsv('year,x\n2025,1.25\n', 'f.csv'), 0, 1) // => 1.25
 */
export function numberAt(t: CsvTable, row: number, col: number): number | null {
  const text = (t.rows[row] as readonly string[])[col] as string;
  if (text === '') return null;
  if (!NUMBER.test(text)) {
    const [l, c] = (t.positions[row] as ReadonlyArray<readonly [number, number]>)[col] as readonly [number, number];
    throw new InputError(t.file, l, c, t.header[col] as string, `not a number: ${JSON.stringify(text)}`);
  }
  return Number(text);
}

/** Every number of a column (null for empty cells); InputError on a cell that is not a number. */
export function numberColumn(t: CsvTable, name: string): Array<number | null> {
  const k = columnIndex(t, name);
  if (k < 0) throw new Error(`numberColumn: ${t.file} has no column ${name}`);
  return t.rows.map((_, r) => numberAt(t, r, k));
}

/** The text cells of a column (the exact CSV text). */
export function textColumn(t: CsvTable, name: string): string[] {
  const k = columnIndex(t, name);
  if (k < 0) throw new Error(`textColumn: ${t.file} has no column ${name}`);
  return t.rows.map((r) => r[k] as string);
}

/**
 * The years of a `year` column: each a whole number, else an InputError at the cell; a file
 * without a year column is an InputError at its header.
 */
export function yearColumn(t: CsvTable): number[] {
  const k = columnIndex(t, 'year');
  if (k < 0) throw new InputError(t.file, 1, 1, 'year', 'no "year" column');
  return t.rows.map((row, r) => {
    const text = row[k] as string;
    if (!/^\d{4}$/.test(text)) {
      const [l, c] = (t.positions[r] as ReadonlyArray<readonly [number, number]>)[k] as readonly [number, number];
      throw new InputError(t.file, l, c, 'year', `not a calendar year: ${JSON.stringify(text)}`);
    }
    return Number(text);
  });
}

/**
 * Check that every cell of the named columns (those the file has) is a number or empty: the
 * first that is not is an InputError at its line and column, naming the column.
 * @example checkNumberColumns(parseCsv('year,x\n2025,abc\n', 'f.csv'), ['x']) // throws f.csv:2:6: x: not a number: "abc"
 */
export function checkNumberColumns(t: CsvTable, names: readonly string[]): void {
  for (const name of names) if (columnIndex(t, name) >= 0) numberColumn(t, name);
}

/**
 * Check that a file has the columns it must have: an InputError at its header naming the
 * missing ones.
 * @example requireColumns(parseCsv('year\n', 'f.csv'), ['year', 'reserve']) // throws f.csv:1:1: CSV: no column reserve (header: year)
 */
export function requireColumns(t: CsvTable, names: readonly string[]): void {
  const missing = names.filter((n) => columnIndex(t, n) < 0);
  if (missing.length > 0) throw new InputError(t.file, 1, 1, '', `CSV: no column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (header: ${t.header.join(', ')})`);
}
