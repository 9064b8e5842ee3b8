import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError } from '../assumptions/input-error.js';
import { checkNumberColumns, readCsvFile, yearColumn, type CsvTable } from './csv-read.js';
import { INDICATOR_COLUMNS } from '../core/indicators.js';
import { HEALTH_INDICATOR_COLUMNS } from '../health/health-indicators.js';

/** The indicator columns the runs write (both schemes): each cell a number or empty. Other columns are left as text. */
const NUMBER_COLUMNS = [...new Set([...INDICATOR_COLUMNS, ...HEALTH_INDICATOR_COLUMNS].map((c) => c.name).filter((n) => n !== 'year'))];
import { isRecord, numberField, readDataFile, stringField } from './json-file.js';
import { ReportInputError } from './report-input-error.js';

/** Which scheme a directory's indicators belong to (docs/outputs.md). */
export type Scheme = 'ssc-optional' | 'health' | 'unknown';

/** A run directory (`ssc-proj run` output): one scenario's yearly indicators. */
export interface RunDir {
  readonly kind: 'run';
  readonly dir: string;
  readonly scheme: Scheme;
  /** The scenario name: summary.json `scenario`, else the directory's name. */
  readonly name: string;
  readonly indicators: CsvTable;
  /** indicators_real.csv (the same rows in constant prices of the start year), or null when absent. */
  readonly indicatorsReal: CsvTable | null;
  readonly years: readonly number[];
  /** summary.json as parsed, or null when absent. */
  readonly summary: Record<string, unknown> | null;
  /** programmes.csv, or null when absent (no programmes). */
  readonly programmes: CsvTable | null;
  /** scenario.resolved.yaml as parsed, or null when absent. */
  readonly resolved: unknown;
  /** Things the reader noticed (a missing optional file), shown in the report. */
  readonly notes: readonly string[];
}

/** A failed member of a batch. */
export interface FailedRun {
  readonly run: number;
  readonly message: string;
}

/** A batch directory (`ssc-proj batch` output): percentiles over many runs. */
export interface BatchDir {
  readonly kind: 'batch';
  readonly dir: string;
  readonly scheme: Scheme;
  readonly name: string;
  readonly percentiles: CsvTable;
  readonly batchSummary: Record<string, unknown> | null;
  readonly runsSummary: CsvTable | null;
  readonly resolved: unknown;
  /** batch.resolved.yaml (the batch as run: its parameters or paths model), or null when absent. */
  readonly batchResolved: unknown;
  /** Number of runs (batch-summary.json `runs`, else the rows of runs-summary.csv), or null. */
  readonly runs: number | null;
  /** Every failed run, from batch-summary.json `failed` and runs-summary.csv `status`. */
  readonly failed: readonly FailedRun[];
  readonly notes: readonly string[];
}

export type ReportDir = RunDir | BatchDir;

const HEALTH_MARKERS = ['covered_persons', 'total_expenditure', 'breakeven_contribution_rate'];
const OPTIONAL_MARKERS = ['insured', 'paygo_cost_rate', 'pensioners'];

/** The scheme named in summary.json, or guessed from the indicator names. */
export function schemeOf(declared: string | undefined, indicatorNames: readonly string[]): Scheme {
  if (declared === 'health') return 'health';
  if (declared === 'ssc-optional') return 'ssc-optional';
  if (HEALTH_MARKERS.some((m) => indicatorNames.includes(m))) return 'health';
  if (OPTIONAL_MARKERS.some((m) => indicatorNames.includes(m))) return 'ssc-optional';
  return 'unknown';
}

function optional<T>(path: string, read: (p: string) => T, notes: string[], what: string): T | null {
  if (!existsSync(path)) {
    notes.push(`${basename(path)} not found: ${what}.`);
    return null;
  }
  return read(path);
}

/**
 * Read a run or batch directory for a report: a directory with percentiles.csv is a batch, one
 * with indicators.csv a run. Missing optional files become notes; a missing directory or
 * indicators file is a ReportInputError, a malformed file an InputError at its line:column.
 */
export function readReportDir(dir: string): ReportDir {
  if (!existsSync(dir)) throw new ReportInputError(dir, 'no such directory');
  if (!statSync(dir).isDirectory()) throw new ReportInputError(dir, 'not a directory (give the directory a run or batch wrote)');
  const at = (f: string) => join(dir, f);
  const notes: string[] = [];
  if (existsSync(at('percentiles.csv'))) return readBatchDir(dir, notes);
  if (!existsSync(at('indicators.csv'))) {
    throw new ReportInputError(at('indicators.csv'), 'missing (a run directory has indicators.csv; a batch directory has percentiles.csv)');
  }
  return readRunDir(dir);
}

/** Read a run directory; indicators.csv is required, the other files are optional. */
export function readRunDir(dir: string): RunDir {
  const notes: string[] = [];
  const at = (f: string) => join(dir, f);
  const indicators = readCsvFile(at('indicators.csv'));
  const years = yearColumn(indicators);
  checkUniqueYears(indicators, years);
  if (indicators.header.length < 2) throw new InputError(indicators.file, 1, 1, '', `CSV: no indicator column besides year (header: ${indicators.header.join(', ')})`);
  checkNumberColumns(indicators, NUMBER_COLUMNS);
  const indicatorsReal = existsSync(at('indicators_real.csv')) ? readCsvFile(at('indicators_real.csv')) : null;
  if (indicatorsReal !== null) {
    yearColumn(indicatorsReal);
    checkNumberColumns(indicatorsReal, NUMBER_COLUMNS);
  }
  const summaryRaw = optional(at('summary.json'), readDataFile, notes, 'no GAP, present values or scenario name');
  if (summaryRaw !== null && !isRecord(summaryRaw)) throw new ReportInputError(at('summary.json'), 'not a JSON object');
  const summary = summaryRaw;
  const programmes = existsSync(at('programmes.csv')) ? readCsvFile(at('programmes.csv')) : null;
  if (programmes !== null) yearColumn(programmes);
  if (programmes !== null) checkNumberColumns(programmes, programmes.header.filter((h) => !['programme', 'payer', 'year'].includes(h)));
  const resolved = optional(at('scenario.resolved.yaml'), readDataFile, notes, 'no assumptions or sources to list');
  return {
    kind: 'run',
    dir,
    scheme: schemeOf(stringField(summary, 'scheme'), indicators.header),
    name: stringField(summary, 'scenario') ?? basename(resolve(dir)),
    indicators,
    indicatorsReal,
    years,
    summary,
    programmes,
    resolved,
    notes,
  };
}

/** One row a year: a repeated year is an InputError at its cell. */
function checkUniqueYears(t: CsvTable, years: readonly number[]): void {
  const k = t.header.indexOf('year');
  const seen = new Set<number>();
  years.forEach((y, r) => {
    if (seen.has(y)) {
      const [l, c] = (t.positions[r] as ReadonlyArray<readonly [number, number]>)[k] as readonly [number, number];
      throw new InputError(t.file, l, c, 'year', `year ${y} appears twice (one row a year)`);
    }
    seen.add(y);
  });
}

function readBatchDir(dir: string, notes: string[]): BatchDir {
  const at = (f: string) => join(dir, f);
  const percentiles = readCsvFile(at('percentiles.csv'));
  for (const col of ['indicator', 'year', 'p5', 'p25', 'p50', 'p75', 'p95']) {
    if (!percentiles.header.includes(col)) throw new ReportInputError(percentiles.file, `no "${col}" column (header: indicator, year, p5, p25, p50, p75, p95)`);
  }
  yearColumn(percentiles);
  checkNumberColumns(percentiles, ['p5', 'p25', 'p50', 'p75', 'p95']);
  const summaryRaw = optional(at('batch-summary.json'), readDataFile, notes, 'the number of runs and failures are unknown; see runs-summary.csv');
  if (summaryRaw !== null && !isRecord(summaryRaw)) throw new ReportInputError(at('batch-summary.json'), 'not a JSON object');
  const runsSummary = existsSync(at('runs-summary.csv')) ? readCsvFile(at('runs-summary.csv')) : null;
  const resolved = existsSync(at('scenario.resolved.yaml')) ? readDataFile(at('scenario.resolved.yaml')) : null;
  const batchResolved = existsSync(at('batch.resolved.yaml')) ? readDataFile(at('batch.resolved.yaml')) : null;
  const indicatorNames = [...new Set(percentiles.rows.map((r) => r[percentiles.header.indexOf('indicator')] as string))];
  const failed = failedRuns(summaryRaw, runsSummary);
  const runs = numberField(summaryRaw, 'runs') ?? (runsSummary === null ? null : runsSummary.rows.length);
  return {
    kind: 'batch',
    dir,
    scheme: schemeOf(stringField(summaryRaw, 'scheme'), indicatorNames),
    name: stringField(summaryRaw, 'batch') ?? stringField(summaryRaw, 'base_scenario') ?? basename(resolve(dir)),
    percentiles,
    batchSummary: summaryRaw,
    runsSummary,
    resolved,
    batchResolved,
    runs,
    failed,
    notes,
  };
}

/** Statuses in runs-summary.csv that mean the run failed. */
const FAILED_STATUS = /^(failed|failure|error)$/i;

/**
 * The failed runs of a batch: batch-summary.json `failed` ({ run, message }), joined with the
 * rows of runs-summary.csv whose status is "failed" or "error" (a run listed in both appears
 * once, with the summary's message), in run order.
 */
export function failedRuns(batchSummary: unknown, runsSummary: CsvTable | null): FailedRun[] {
  const byRun = new Map<number, string>();
  const list = isRecord(batchSummary) ? batchSummary.failed : undefined;
  if (Array.isArray(list)) {
    for (const f of list) {
      const run = numberField(f, 'run');
      if (run !== undefined) byRun.set(run, stringField(f, 'message') ?? '(no message)');
    }
  }
  if (runsSummary !== null) {
    const k = runsSummary.header.indexOf('status');
    const r = runsSummary.header.indexOf('run');
    const m = runsSummary.header.indexOf('message');
    if (k >= 0 && r >= 0) {
      for (const row of runsSummary.rows) {
        const run = Number(row[r]);
        if (FAILED_STATUS.test(row[k] ?? '') && Number.isFinite(run) && !byRun.has(run)) byRun.set(run, (m >= 0 ? row[m] : '') || '(no message)');
      }
    }
  }
  return [...byRun.entries()].sort((a, b) => a[0] - b[0]).map(([run, message]) => ({ run, message }));
}
