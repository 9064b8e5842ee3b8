import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

const NUMERIC = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * A text cell that a spreadsheet would run as a formula (starts with = + - @, tab or CR) is
 * prefixed with an apostrophe (OWASP CSV injection advice). Numbers, and text that is a plain
 * number such as "-0.005", are left as they are.
 */
export function escapeFormula(cell: CsvCell): CsvCell {
  if (typeof cell !== 'string' || cell === '' || NUMERIC.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Format a number for CSV: integers as they are, others with up to `digits` significant digits. */
export function csvNumber(x: number, digits = 12): string {
  if (!Number.isFinite(x)) return '';
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(digits)));
}

/** UTF-8 CSV with a header row, RFC 4180 quoting, formula cells escaped, LF line ends. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return stringify([header.map(escapeFormula), ...rows.map((r) => r.map(escapeFormula))], { record_delimiter: '\n' });
}
