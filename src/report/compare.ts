import { basename, resolve } from 'node:path';
import { Decimal } from 'decimal.js';
import { toCsv, escapeFormula } from '../output/csv.js';
import { columnIndex, numberAt } from './csv-read.js';
import { INDICATORS } from './indicator-catalog.js';
import { readReportDir, type RunDir } from './report-dir.js';
import { ReportInputError } from './report-input-error.js';

/** Exact decimal arithmetic on CSV text: 40 significant digits, more than any CSV cell has. */
const Exact = Decimal.clone({ precision: 40 });

/** The scenarios compared, their common indicators and years, and the compare.csv table. */
export interface Comparison {
  readonly runs: readonly RunDir[];
  /** Column names of the scenarios (summary.json `scenario`, else the directory name; made unique). */
  readonly names: readonly string[];
  /** Indicators in every run's indicators.csv, in the first run's column order. */
  readonly indicators: readonly string[];
  /** Years in every run, in the first run's order. */
  readonly years: readonly number[];
  /** compare.csv header: indicator, year, each name, then "<name> - <first name>" for the others. */
  readonly header: readonly string[];
  /** compare.csv rows as text (levels as in each indicators.csv, differences exact). */
  readonly rows: ReadonlyArray<readonly string[]>;
  /** What was left out (years or columns not in every run), for the report. */
  readonly notes: readonly string[];
}

/**
 * The exact difference of two CSV number texts, b - a, in plain decimal notation (no exponent,
 * no trailing zeros); '' when either is empty.
 *
 * @example exactDifference('0.1', '0.3') // => '0.2' (not 0.19999999999999998)
 * @example exactDifference('1500.250', '1000.125') // => '-500.125'
 */
export function exactDifference(a: string, b: string): string {
  if (a === '' || b === '') return '';
  return new Exact(b).minus(new Exact(a)).toFixed();
}

/** Scenario names made unique: a repeated name gets its directory's name, then a number. */
export function uniqueNames(runs: ReadonlyArray<{ name: string; dir: string }>): string[] {
  const out: string[] = [];
  for (const r of runs) {
    let name = r.name;
    if (out.includes(name)) name = `${r.name} (${basename(resolve(r.dir))})`;
    for (let k = 2; out.includes(name); k++) name = `${r.name} (${k})`;
    out.push(name);
  }
  return out;
}

function yearRange(years: readonly number[]): string {
  return years.length === 0 ? 'no years' : `${Math.min(...years)}-${Math.max(...years)}`;
}

/**
 * Compare runs per indicator and year. Indicators are the columns every run has (known
 * indicators must hold numbers, an InputError otherwise; extra columns are compared only when
 * every cell is a number). Years are those of every run; when no year is common to all it is a
 * ReportInputError naming the directories and their years.
 */
export function compareRuns(runs: readonly RunDir[]): Comparison {
  if (runs.length < 2) throw new ReportInputError(runs[0]?.dir ?? '.', 'compare needs at least two run directories');
  const [first] = runs as [RunDir, ...RunDir[]];
  const notes: string[] = [];
  const yearSets = runs.map((r) => new Set(r.years));
  const years = first.years.filter((y) => yearSets.every((s) => s.has(y)));
  if (years.length === 0) {
    throw new ReportInputError(
      runs.map((r) => r.dir).join(', '),
      `the projection years do not overlap (${runs.map((r) => `${r.dir}: ${yearRange(r.years)}`).join('; ')})`,
    );
  }
  runs.forEach((r) => {
    const dropped = r.years.filter((y) => !years.includes(y));
    if (dropped.length > 0) notes.push(`${r.dir}: years ${yearRange(dropped)} are not in every run and are left out.`);
  });
  const isNumericEverywhere = (col: string) =>
    runs.every((r) => {
      const k = columnIndex(r.indicators, col);
      return r.indicators.rows.every((_, i) => {
        try {
          numberAt(r.indicators, i, k);
          return true;
        } catch {
          return false;
        }
      });
    });
  const indicators: string[] = [];
  for (const col of first.indicators.header) {
    if (col === 'year') continue;
    const missingIn = runs.filter((r) => columnIndex(r.indicators, col) < 0);
    if (missingIn.length > 0) {
      notes.push(`${col}: not in ${missingIn.map((r) => `${r.dir}/indicators.csv`).join(', ')}; not compared.`);
      continue;
    }
    if (!(col in INDICATORS) && !isNumericEverywhere(col)) {
      notes.push(`${col}: not a number column in every run; not compared.`);
      continue;
    }
    indicators.push(col);
  }
  for (const r of runs.slice(1)) {
    const only = r.indicators.header.filter((c) => c !== 'year' && columnIndex(first.indicators, c) < 0);
    if (only.length > 0) notes.push(`${only.join(', ')}: only in ${r.dir}/indicators.csv; not compared.`);
  }
  const names = uniqueNames(runs);
  const [base, ...others] = names as [string, ...string[]];
  const header = ['indicator', 'year', ...names, ...others.map((n) => `${n} - ${base}`)];
  const rowOf = runs.map((r) => new Map(r.years.map((y, i) => [y, i])));
  const rows: string[][] = [];
  for (const ind of indicators) {
    const ks = runs.map((r) => columnIndex(r.indicators, ind));
    for (const y of years) {
      const cells = runs.map((r, j) => {
        const i = rowOf[j]?.get(y) as number;
        numberAt(r.indicators, i, ks[j] as number); // a malformed number is an InputError at its cell
        return (r.indicators.rows[i] as readonly string[])[ks[j] as number] as string;
      });
      const a = cells[0] as string;
      rows.push([ind, String(y), ...cells, ...cells.slice(1).map((b) => exactDifference(a, b))]);
    }
  }
  return { runs, names, indicators, years, header, rows, notes };
}

/** Read the run directories and compare them (a batch directory is refused: compare its runs). */
export function compareDirs(dirs: readonly string[]): Comparison {
  const runs = dirs.map((dir) => {
    const d = readReportDir(dir);
    if (d.kind !== 'run') throw new ReportInputError(dir, 'is a batch directory; compare takes run directories (with indicators.csv)');
    return d;
  });
  return compareRuns(runs);
}

/**
 * compare.csv (docs/outputs.md): `indicator, year, <A>, <B>, …, <B> - <A>, …`, one row an
 * indicator and year. Header and text cells that a spreadsheet would run as a formula (a
 * scenario named "=x") get a leading apostrophe.
 */
export function comparisonToCsv(c: Comparison): string {
  return toCsv(
    c.header.map((h) => escapeFormula(h) as string),
    c.rows,
  );
}
