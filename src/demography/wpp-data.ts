import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../assumptions/input-error.js';
import type { Sex } from '../rules/optional-rules.js';
import { ABRIDGED_AGE_STARTS, FERTILE_AGE_STARTS, FIVE_YEAR_AGE_STARTS, periodStart } from './age-groups.js';

/** Central death rates nMx of WPP 2024, by sex, 5-year period and abridged age group. */
export interface WppMortality {
  /** Period labels in order: "1950-1955" .. "2095-2100" (estimates to 2020-2025, then medium variant). */
  readonly periods: readonly string[];
  /** Lower bounds of the 22 groups: 0, 1, 5, ..., 95, 100 (open). */
  readonly ages: readonly number[];
  /** `rates[sex][periodIndex][groupIndex]`, deaths per person-year. */
  readonly rates: Readonly<Record<Sex, readonly Float64Array[]>>;
}

/** Percentage distribution of the TFR over the mother's 5-year age groups (WPP 2024), annual. */
export interface WppPasfr {
  /** Calendar years 1950 .. 2100. */
  readonly years: readonly number[];
  /** Lower bounds of the mother's age groups: 10, 15, ..., 50. */
  readonly ages: readonly number[];
  /** `percent[yearIndex][groupIndex]`, as published (sums to 100 up to the 6-decimal rounding). */
  readonly percent: readonly Float64Array[];
}

/** Total fertility rate (WPP 2024): estimates to `lastObserved`, then the medium variant. */
export interface WppTfr {
  /** Calendar years 1950 .. 2100. */
  readonly years: readonly number[];
  /** Children per woman, one value a year. */
  readonly values: Float64Array;
  /** Last year of the estimates (2023); later years are the medium variant. */
  readonly lastObserved: number;
}

/** Population on 1 July by sex and 5-year age group (WPP 2019), every 5 years. */
export interface WppPopulation {
  /** 1950, 1955, ..., 2100. */
  readonly years: readonly number[];
  /** Last year of the estimates (2020); later years are the medium variant. */
  readonly lastEstimate: number;
  /** Lower bounds of the 21 groups: 0, 5, ..., 95, 100 (open). */
  readonly ages: readonly number[];
  /** `thousands[sex][yearIndex][groupIndex]`, in thousands of persons, as published. */
  readonly thousands: Readonly<Record<Sex, readonly Float64Array[]>>;
}

/** The WPP tables of Jordan that the demography layer uses (models/data/jordan/README.md). */
export interface Wpp {
  readonly mx: WppMortality;
  readonly pasfr: WppPasfr;
  readonly tfr: WppTfr;
  readonly population: WppPopulation;
}

/** The folder of the WPP files, found relative to this module (src/x and dist/x have the same depth). */
export const WPP_DIR: URL = new URL('../../models/data/jordan/', import.meta.url);

export const WPP_FILES = {
  mx: 'wpp2024_mx5_jordan.csv',
  pasfr: 'wpp2024_pasfr_jordan.csv',
  tfr: 'wpp2024_tfr_jordan.csv',
  populationEstimates: 'wpp2019_pop5_jordan_estimates.csv',
  populationMedium: 'wpp2019_pop5_jordan_medium.csv',
} as const;

const SEX_OF_LABEL: Readonly<Record<string, Sex>> = { male: 'M', female: 'F' };

interface CsvLines {
  readonly file: string;
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>;
}

function readCsv(dir: URL, name: string): CsvLines {
  const path = fileURLToPath(new URL(name, dir));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(path, 1, 1, '', `cannot read WPP file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const rows = text
    .split(/\r?\n/)
    .map((l, i) => ({ line: i + 1, cells: l.split(',') }))
    .filter((r) => r.cells.length > 1 || r.cells[0] !== '');
  return { file: path, rows };
}

function num(csv: CsvLines, line: number, col: number, cell: string, key: string): number {
  const x = Number(cell);
  if (cell.trim() === '' || !Number.isFinite(x) || x < 0) {
    throw new InputError(csv.file, line, col, key, `expected a non-negative number, got '${cell}'`);
  }
  return x;
}

/** Age label of the WPP files to its lower bound: "0" -> 0, "1" -> 1, "5-9" -> 5, "100+" -> 100. */
function ageStart(label: string): number {
  const m = /^(\d+)(?:-\d+|\+)?$/.exec(label);
  return m === null ? NaN : Number(m[1]);
}

/**
 * Parse a table "sex,age,<col>,<col>,..." whose rows are sex x age group, into
 * `[sex][column][group]`. Checks that each sex has exactly the groups `ages`, in order.
 */
function sexAgeTable(csv: CsvLines, ages: readonly number[], sexes: readonly Sex[]): { columns: string[]; bySex: Record<Sex, Float64Array[]> } {
  const header = csv.rows[0];
  if (header === undefined || header.cells[0] !== 'sex' || header.cells[1] !== 'age') {
    throw new InputError(csv.file, 1, 1, '', "expected a header 'sex,age,...'");
  }
  const columns = header.cells.slice(2);
  const bySex = { M: [] as Float64Array[], F: [] as Float64Array[] };
  for (const s of sexes) bySex[s] = columns.map(() => new Float64Array(ages.length));
  const seen = { M: 0, F: 0 };
  for (const { line, cells } of csv.rows.slice(1)) {
    const sex = SEX_OF_LABEL[cells[0] ?? ''];
    if (sex === undefined || !sexes.includes(sex)) throw new InputError(csv.file, line, 1, 'sex', `unexpected sex '${cells[0]}'`);
    const g = seen[sex];
    if (ageStart(cells[1] ?? '') !== ages[g]) {
      throw new InputError(csv.file, line, 2, 'age', `expected the group starting at ${ages[g]}, got '${cells[1]}'`);
    }
    if (cells.length !== columns.length + 2) {
      throw new InputError(csv.file, line, 1, '', `expected ${columns.length + 2} cells, got ${cells.length}`);
    }
    columns.forEach((c, j) => {
      bySex[sex][j]![g] = num(csv, line, j + 3, cells[j + 2]!, c);
    });
    seen[sex] = g + 1;
  }
  for (const s of sexes) {
    if (seen[s] !== ages.length) throw new InputError(csv.file, csv.rows.length, 1, '', `expected ${ages.length} age groups for ${s}, got ${seen[s]}`);
  }
  return { columns, bySex };
}

function readMortality(dir: URL): WppMortality {
  const csv = readCsv(dir, WPP_FILES.mx);
  const { columns, bySex } = sexAgeTable(csv, ABRIDGED_AGE_STARTS, ['M', 'F']);
  columns.forEach((p, j) => {
    if (periodStart(p) !== 1950 + 5 * j) throw new InputError(csv.file, 1, j + 3, p, 'expected consecutive 5-year periods from 1950-1955');
  });
  return { periods: columns, ages: ABRIDGED_AGE_STARTS, rates: bySex };
}

function readPasfr(dir: URL): WppPasfr {
  const csv = readCsv(dir, WPP_FILES.pasfr);
  const { columns, bySex } = sexAgeTable(csv, FERTILE_AGE_STARTS, ['F']);
  const years = columns.map(Number);
  years.forEach((y, j) => {
    if (y !== 1950 + j) throw new InputError(csv.file, 1, j + 3, columns[j]!, 'expected consecutive years from 1950');
  });
  return { years, ages: FERTILE_AGE_STARTS, percent: bySex.F };
}

/** The TFR file has header rows "series,<years>[,last.observed]" each followed by one data row. */
function readTfr(dir: URL): WppTfr {
  const csv = readCsv(dir, WPP_FILES.tfr);
  const years: number[] = [];
  const values: number[] = [];
  let lastObserved = NaN;
  let header: readonly string[] | undefined;
  for (const { line, cells } of csv.rows) {
    if (cells[0] === 'series') {
      header = cells;
      continue;
    }
    if (header === undefined || header.length !== cells.length) {
      throw new InputError(csv.file, line, 1, '', 'expected a data row of the same length as the header row above it');
    }
    for (let j = 1; j < cells.length; j++) {
      const key = header[j]!;
      const x = num(csv, line, j + 1, cells[j]!, key);
      if (key === 'last.observed') lastObserved = x;
      else {
        const y = Number(key);
        if (y !== 1950 + years.length) throw new InputError(csv.file, line - 1, j + 1, key, 'expected consecutive years from 1950');
        years.push(y);
        values.push(x);
      }
    }
  }
  if (!Number.isInteger(lastObserved)) throw new InputError(csv.file, 1, 1, 'last.observed', 'missing');
  return { years, values: Float64Array.from(values), lastObserved };
}

function readPopulation(dir: URL): WppPopulation {
  const est = sexAgeTable(readCsv(dir, WPP_FILES.populationEstimates), FIVE_YEAR_AGE_STARTS, ['M', 'F']);
  const medCsv = readCsv(dir, WPP_FILES.populationMedium);
  const med = sexAgeTable(medCsv, FIVE_YEAR_AGE_STARTS, ['M', 'F']);
  const years = [...est.columns, ...med.columns].map(Number);
  years.forEach((y, j) => {
    if (y !== 1950 + 5 * j) throw new InputError(medCsv.file, 1, 1, String(y), 'expected population every 5 years from 1950');
  });
  return {
    years,
    lastEstimate: Number(est.columns[est.columns.length - 1]),
    ages: FIVE_YEAR_AGE_STARTS,
    thousands: { M: [...est.bySex.M, ...med.bySex.M], F: [...est.bySex.F, ...med.bySex.F] },
  };
}

let cached: Wpp | undefined;

/**
 * The WPP tables of Jordan, parsed from models/data/jordan/ (read once, then cached; the
 * arrays are shared: do not modify them). A missing or malformed file is an InputError naming
 * the file, line and column.
 * @example loadWpp().mx.rates.M[13]![0] // => 0.01569319 (1m0, males, 2015-2020)
 */
export function loadWpp(dir?: URL): Wpp {
  if (dir === undefined && cached !== undefined) return cached;
  const d = dir ?? WPP_DIR;
  const wpp: Wpp = { mx: readMortality(d), pasfr: readPasfr(d), tfr: readTfr(d), population: readPopulation(d) };
  if (dir === undefined) cached = wpp;
  return wpp;
}
