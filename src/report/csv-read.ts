import { PathError } from '../io/path-error.js';
import { INPUT_LIMITS, readInputText } from '../io/safe-path.js';
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

interface RawRecord {
  cells: string[];
  at: Array<[number, number]>;
}

/**
 * Parse CSV text (RFC 4180: comma separated, "quoted" cells with "" for a quote, LF or CRLF line
 * ends, an optional UTF-8 byte-order mark). Blank lines are skipped. Refuses, as an InputError at
 * the line and column: an unterminated quote, text after a closing quote, a quote inside an
 * unquoted cell, an empty or repeated column name, and a row whose cell count differs from the
 * header's.
 *
 * @example parseCsv('year,reserve\n2025,1.5\n', 'x.csv').rows // => [['2025', '1.5']]
 */
export function parseCsv(text: string, file: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: RawRecord[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  const n = src.length;
  const fail = (l: number, c: number, detail: string): never => {
    throw new InputError(file, l, c, '', `CSV: ${detail}`);
  };
  while (i < n) {
    // Skip a blank line.
    if (src[i] === '\n' || (src[i] === '\r' && src[i + 1] === '\n')) {
      i += src[i] === '\r' ? 2 : 1;
      line += 1;
      col = 1;
      continue;
    }
    const rec: RawRecord = { cells: [], at: [] };
    for (;;) {
      const startLine = line;
      const startCol = col;
      let cell = '';
      if (src[i] === '"') {
        i += 1;
        col += 1;
        for (;;) {
          if (i >= n) fail(startLine, startCol, 'unterminated quoted cell');
          const ch = src[i] as string;
          if (ch === '"') {
            if (src[i + 1] === '"') {
              cell += '"';
              i += 2;
              col += 2;
              continue;
            }
            i += 1;
            col += 1;
            break;
          }
          cell += ch;
          i += 1;
          if (ch === '\n') {
            line += 1;
            col = 1;
          } else col += 1;
        }
        if (i < n && src[i] !== ',' && src[i] !== '\n' && !(src[i] === '\r' && src[i + 1] === '\n')) {
          fail(line, col, `unexpected ${JSON.stringify(src[i])} after a closing quote`);
        }
      } else {
        while (i < n && src[i] !== ',' && src[i] !== '\n' && !(src[i] === '\r' && src[i + 1] === '\n')) {
          if (src[i] === '"') fail(line, col, 'a quote inside an unquoted cell (quote the whole cell and double the quote)');
          cell += src[i];
          i += 1;
          col += 1;
        }
      }
      rec.cells.push(cell);
      rec.at.push([startLine, startCol]);
      if (i < n && src[i] === ',') {
        i += 1;
        col += 1;
        continue;
      }
      break;
    }
    records.push(rec);
    if (i < n) {
      i += src[i] === '\r' ? 2 : 1;
      line += 1;
      col = 1;
    }
  }
  const head = records[0];
  if (head === undefined) return fail(1, 1, 'empty file (no header row)');
  const header = head.cells.map((h) => h.trim());
  const seen = new Map<string, number>();
  header.forEach((h, k) => {
    const [l, c] = head.at[k] as [number, number];
    if (h === '') fail(l, c, `empty column name (column ${k + 1})`);
    if (seen.has(h)) fail(l, c, `column "${h}" appears twice (columns ${(seen.get(h) as number) + 1} and ${k + 1})`);
    seen.set(h, k);
  });
  const body = records.slice(1);
  for (const r of body) {
    if (r.cells.length !== header.length) {
      const [l, c] = r.at[Math.min(r.at.length, header.length) - 1] as [number, number];
      fail(l, c, `row has ${r.cells.length} cells, the header has ${header.length}`);
    }
  }
  return {
    file,
    header,
    rows: body.map((r) => r.cells),
    lines: body.map((r) => (r.at[0] as [number, number])[0]),
    positions: body.map((r) => r.at),
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
