import type { Unit } from './units.js';

/**
 * Figures as an actuary writes them in a report: rates in % with 2 decimals, money in JOD
 * (million or billion above a million) with thousands separators, persons whole with
 * separators, years as written. The CSV files keep every digit; the report rounds for reading.
 */

const cache = new Map<number, Intl.NumberFormat>();

/**
 * A number with thousands separators and exactly `decimals` decimals ("-0" shown as "0").
 *
 * @example grouped(116778.895, 0) // => '116,779'
 * @example grouped(-0.001, 2)     // => '0.00'
 */
export function grouped(x: number, decimals: number): string {
  let f = cache.get(decimals);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(decimals, f);
  }
  const text = f.format(x);
  return /^-[0.,]*$/.test(text) ? text.slice(1) : text;
}

/**
 * A rate (a fraction) in % with 2 decimals.
 *
 * @example formatPercent(0.1273438554628413) // => '12.73%'
 */
export function formatPercent(rate: number): string {
  return `${grouped(rate * 100, 2)}%`;
}

/**
 * An amount of money in JOD: billions and millions with their word, smaller amounts whole.
 *
 * @example formatMoney(3_673_889_476.175) // => 'JOD 3.67 billion'
 * @example formatMoney(86_612_345)        // => 'JOD 86.6 million'
 * @example formatMoney(12_345.678)        // => 'JOD 12,346'
 */
export function formatMoney(jod: number): string {
  const a = Math.abs(jod);
  if (a >= 1e9) return `JOD ${grouped(jod / 1e9, 2)} billion`;
  if (a >= 1e6) return `JOD ${grouped(jod / 1e6, 1)} million`;
  return `JOD ${grouped(jod, 0)}`;
}

/**
 * A number of persons, whole, with separators (persons are expected values in the CSV files).
 *
 * @example formatPersons(116778.895) // => '116,779'
 */
export function formatPersons(n: number): string {
  return grouped(n, 0);
}

/**
 * One value in its unit, for key figures and captions.
 *
 * @example formatValue('rate', 0.175)       // => '17.50%'
 * @example formatValue('persons', 4463.6)   // => '4,464'
 * @example formatValue('years', 14.66391)   // => '14.66'
 */
export function formatValue(unit: Unit | 'year', x: number): string {
  switch (unit) {
    case 'year':
      return String(x);
    case 'rate':
      return formatPercent(x);
    case 'jod':
      return formatMoney(x);
    case 'persons':
    case 'runs':
      return formatPersons(x);
    case 'jod-per-person':
      return `JOD ${grouped(x, 2)}`;
    case 'years':
    case 'ratio':
      return grouped(x, 2);
    case 'number':
      return formatPlainNumber(x);
  }
}

/**
 * A number whose unit is not known: integers with separators (years of 4 digits as written),
 * fractions to 4 significant decimals at most.
 *
 * @example formatPlainNumber(2061)        // => '2061'
 * @example formatPlainNumber(0.123456789) // => '0.1235'
 * @example formatPlainNumber(1234567.891) // => '1,234,567.89'
 */
export function formatPlainNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return Math.abs(x) < 10000 ? String(x) : grouped(x, 0);
  const a = Math.abs(x);
  if (a >= 100) return grouped(x, 2);
  const decimals = a >= 1 ? 2 : 4;
  return String(Number(x.toFixed(decimals)));
}

/** How a table column of one unit shows its numbers: the unit words for its heading, and the cell text. */
export interface ColumnFormat {
  /** Unit words for the heading ("JOD million", "%", "persons"). */
  readonly unitText: string;
  readonly format: (x: number) => string;
}

/**
 * The format of a table column of `unit` holding `values`: money in JOD million (or thousand, or
 * JOD, when the largest value is small) with 1 decimal, rates in % with 2 decimals, persons
 * whole, years and ratios with 2 decimals. One scale a column, so its figures compare.
 *
 * @example columnFormat('jod', [63e6, 10.5e9]).format(10_528_000_000) // => '10,528.0'
 * @example columnFormat('rate', [0.047]).format(0.047)              // => '4.70'
 */
export function columnFormat(unit: Unit, values: readonly number[]): ColumnFormat {
  const max = values.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
  switch (unit) {
    case 'jod':
      if (max >= 1e6) return { unitText: 'JOD million', format: (x) => grouped(x / 1e6, max >= 1e7 ? 1 : 2) };
      if (max >= 1e4) return { unitText: 'JOD thousand', format: (x) => grouped(x / 1e3, 1) };
      return { unitText: 'JOD', format: (x) => grouped(x, 0) };
    case 'rate':
      return { unitText: '%', format: (x) => grouped(x * 100, 2) };
    case 'persons':
      return { unitText: 'persons', format: (x) => grouped(x, 0) };
    case 'runs':
      return { unitText: 'runs', format: (x) => grouped(x, 0) };
    case 'jod-per-person':
      return { unitText: 'JOD per person', format: (x) => grouped(x, 2) };
    case 'years':
      return { unitText: 'years', format: (x) => grouped(x, 2) };
    case 'ratio':
      return { unitText: 'ratio', format: (x) => grouped(x, 2) };
    case 'number':
      return { unitText: '', format: formatPlainNumber };
  }
}

/**
 * The report text of a CSV cell in a column format: empty stays empty, a cell that is not a
 * number is shown as written.
 */
export function formatCellText(text: string, f: ColumnFormat): string {
  if (text.trim() === '') return '';
  const x = Number(text);
  return Number.isFinite(x) ? f.format(x) : text;
}
