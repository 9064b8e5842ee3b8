import { basename, resolve } from 'node:path';
import { Decimal } from 'decimal.js';
import { toCsv, escapeFormula } from '../output/csv.js';
import { columnIndex, numberAt } from './csv-read.js';
import { INDICATORS } from './indicator-catalog.js';
import { assumptionRows } from './assumptions.js';
import { isRecord } from './json-file.js';
import { readReportDir, type BatchDir, type RunDir } from './report-dir.js';
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
  /** compare.csv rows of the summary figures (summary.json, dotted keys; year empty), before the indicators. */
  readonly summaryRows: ReadonlyArray<readonly string[]>;
  /** The assumptions that differ between the runs (scenario.resolved.yaml), in the first run's order. */
  readonly assumptions: readonly AssumptionDifference[];
}

/** An assumption whose value differs between the runs compared (or that some run does not have). */
export interface AssumptionDifference {
  readonly key: string;
  /** Each run's value, compactly ('' when the run does not have the key). */
  readonly values: readonly string[];
  /** Each run's source of the value. */
  readonly sources: readonly string[];
}

/**
 * The assumptions that differ between runs: every key of any run's scenario.resolved.yaml whose
 * value (as the file has it) is not the same in all, with each run's value and source. Runs
 * without a resolved scenario are left out of the comparison of assumptions.
 */
export function differingAssumptions(runs: ReadonlyArray<{ resolved: unknown }>): AssumptionDifference[] {
  const byRun = runs.map((r) => new Map(assumptionRows(r.resolved).map((a) => [a.key, a])));
  const keys: string[] = [];
  for (const m of byRun) for (const k of m.keys()) if (!keys.includes(k) && k !== 'name' && k !== 'description') keys.push(k);
  const out: AssumptionDifference[] = [];
  for (const key of keys) {
    const rows = byRun.map((m) => m.get(key));
    const texts = rows.map((a) => (a === undefined ? '\u0000absent' : JSON.stringify(a.raw ?? a.value)));
    if (texts.every((t) => t === texts[0])) continue;
    out.push({ key, values: rows.map((a) => a?.value ?? ''), sources: rows.map((a) => a?.source ?? '') });
  }
  return out;
}

/** Numbers of a summary.json, flattened to dotted keys (a list or text is left out). */
function summaryNumbers(summary: Record<string, unknown> | null): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const key = prefix === '' ? k : `${prefix}.${k}`;
      if (typeof v === 'number' || (v === null && /(^|\.)year_/.test(key))) out.set(key, v as number | null);
      else if (isRecord(v)) walk(v, key);
    }
  };
  if (summary !== null) walk(summary, '');
  return out;
}

/** compare.csv rows of the summary figures every run has a number for (a null year stays empty), with exact differences. */
function summaryComparison(runs: readonly RunDir[]): string[][] {
  const maps = runs.map((r) => summaryNumbers(r.summary));
  const keys = [...(maps[0]?.keys() ?? [])].filter((k) => maps.every((m) => m.has(k)));
  return keys.map((k) => {
    const cells = maps.map((m) => {
      const v = m.get(k);
      return v === null || v === undefined ? '' : String(v);
    });
    return [k, '', ...cells, ...cells.slice(1).map((b) => exactDifference(cells[0] as string, b))];
  });
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
  return { runs, names, indicators, years, header, rows, notes, summaryRows: summaryComparison(runs), assumptions: differingAssumptions(runs) };
}

/**
 * A batch directory as one run: the median (p50) of every indicator and year from percentiles.csv,
 * the medians of the GAP and of the years from batch-summary.json, its base scenario's
 * assumptions; named "<batch> (median)".
 */
export function medianRun(b: BatchDir): RunDir {
  const t = b.percentiles;
  const ki = columnIndex(t, 'indicator');
  const ky = columnIndex(t, 'year');
  const k50 = columnIndex(t, 'p50');
  const indicators: string[] = [];
  const years: number[] = [];
  const cell = new Map<string, string>();
  t.rows.forEach((r) => {
    const ind = r[ki] as string;
    const y = Number(r[ky]);
    if (!indicators.includes(ind)) indicators.push(ind);
    if (!years.includes(y)) years.push(y);
    cell.set(`${ind}\u0000${y}`, r[k50] as string);
  });
  years.sort((a, c) => a - c);
  const header = ['year', ...indicators];
  const rows = years.map((y) => [String(y), ...indicators.map((i) => cell.get(`${i}\u0000${y}`) ?? '')]);
  const s = b.batchSummary;
  const p50 = (key: string) => {
    const o = isRecord(s) && isRecord(s[key]) ? (s[key] as Record<string, unknown>) : null;
    return o === null ? undefined : (o.p50 as number | null | undefined);
  };
  const summary: Record<string, unknown> = { scheme: b.scheme, scenario: `${b.name} (median)` };
  if (isRecord(s) && typeof s.contribution_rate === 'number') summary.contribution_rate = s.contribution_rate;
  for (const [to, from] of [['gap', 'gap'], ['year_reserve_first_falls', 'year_reserve_first_falls'], ['year_reserve_exhausted', 'year_reserve_exhausted']] as const) {
    const v = p50(from);
    if (v !== undefined) summary[to] = v;
  }
  return {
    kind: 'run',
    dir: b.dir,
    scheme: b.scheme,
    name: `${b.name} (median)`,
    indicators: { file: t.file, header, rows, lines: rows.map((_, i) => i + 2), positions: rows.map((r, i) => r.map((_, j) => [i + 2, j + 1] as const)) },
    indicatorsReal: null,
    years,
    summary,
    programmes: null,
    resolved: b.resolved,
    notes: [`${b.dir}: a batch, compared by the medians (p50) of percentiles.csv and batch-summary.json.`],
  };
}

/** Read the run directories and compare them; a batch directory is compared by its medians (`medianRun`). */
export function compareDirs(dirs: readonly string[]): Comparison {
  const runs = dirs.map((dir) => {
    const d = readReportDir(dir);
    return d.kind === 'run' ? d : medianRun(d);
  });
  const c = compareRuns(runs);
  const batchNotes = runs.flatMap((r) => (r.notes[0]?.includes('compared by the medians') === true ? [r.notes[0]] : []));
  return { ...c, notes: [...batchNotes, ...c.notes] };
}

/** compare-assumptions.csv: `key, <A>, <B>, …, source <A>, source <B>, …`, one row an assumption that differs. */
export function assumptionDifferencesCsv(c: Comparison): string {
  return toCsv(
    ['key', ...c.names, ...c.names.map((n) => `source ${n}`)].map((h) => escapeFormula(h) as string),
    c.assumptions.map((a) => [a.key, ...a.values, ...a.sources].map((x) => escapeFormula(x) as string)),
  );
}

/**
 * compare.csv (docs/outputs.md): `indicator, year, <A>, <B>, …, <B> - <A>, …`: first the summary
 * figures (summary.json by dotted key, the GAP among them; year empty), then one row an
 * indicator and year. Header and text cells that a spreadsheet would run as a formula (a
 * scenario named "=x") get a leading apostrophe.
 */
export function comparisonToCsv(c: Comparison): string {
  return toCsv(
    c.header.map((h) => escapeFormula(h) as string),
    [...c.summaryRows, ...c.rows],
  );
}
