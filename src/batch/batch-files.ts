/**
 * The files of a batch directory (docs/outputs.md, "batch"), from one record a run. A batch and
 * a merge of its shards build them through this same function from the same text cells, so they
 * give the same bytes: percentiles and distributions are computed from the values as printed in
 * runs.csv and runs-summary.csv (money and persons to the fils / thousandth, exactly as computed;
 * ratios and the GAP to 12 significant digits), in run order.
 */
import { csvNumber, toCsv } from '../output/csv.js';
import { formatCell } from '../output/run-files.js';
import { PERCENTILES, quantile1, quantile7 } from './quantile.js';
import type { ColumnKind } from '../schemes/scheme.js';

/** Columns of runs-summary.csv before the batch's own (seed, or the varied parameters). */
export const RUNS_SUMMARY_COLUMNS = ['run', 'gap', 'year_reserve_first_falls', 'year_reserve_exhausted', 'status', 'message'] as const;

/** One run, as text cells. */
export interface RunRecord {
  readonly run: number;
  readonly status: 'ok' | 'failed';
  readonly message: string;
  /** runs-summary.csv cells after `message`: the run's seed, or its parameter values. */
  readonly extra: readonly string[];
  readonly gap: string;
  readonly yearReserveFirstFalls: string;
  readonly yearReserveExhausted: string;
  /** runs.csv rows of the run (`run, scheme, year, ...`), one a year; none when it failed. */
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** What the files say about the batch besides its runs. */
export interface BatchMeta {
  readonly name: string;
  readonly scheme: string;
  readonly kind: 'sensitivity' | 'stochastic';
  readonly baseScenario: string;
  readonly baseFile: string;
  readonly startYear: number;
  readonly endYear: number;
  /** Runs of the whole batch. */
  readonly batchRuns: number;
  readonly seed: number | null;
  readonly contributionRate: number | null;
  readonly digest: string;
  /** This directory's slice when it is a shard; null for a whole batch (run at once or merged). */
  readonly shard: { readonly index: number; readonly count: number; readonly firstRun: number; readonly lastRun: number } | null;
  readonly columns: ReadonlyArray<{ readonly name: string; readonly kind: ColumnKind }>;
  /** Header of the `extra` cells of runs-summary.csv. */
  readonly extraColumns: readonly string[];
  readonly batchResolvedYaml: string;
  readonly scenarioResolvedYaml: string;
}

export interface OutputFile {
  readonly name: string;
  readonly data: string;
}

const round12 = (x: number): number => Number(x.toPrecision(12));
const cellNumber = (cell: string | undefined): number | null => (cell === undefined || cell === '' ? null : Number(cell));

/** Distribution of a year over the successful runs; "never" (null) counts as later than every year. */
function yearDistribution(years: ReadonlyArray<number | null>): { never: number; p5: number | null; p50: number | null; p95: number | null; by_year: Record<string, number> } {
  // Never = +Infinity: a quantile that falls among those runs is null.
  const sorted = Float64Array.from(years.map((y) => y ?? Number.POSITIVE_INFINITY)).sort();
  const q = (p: number) => {
    const v = quantile1(sorted, p);
    return Number.isFinite(v) ? v : null;
  };
  const by_year: Record<string, number> = {};
  for (const y of years) if (y !== null) by_year[String(y)] = (by_year[String(y)] ?? 0) + 1;
  const ordered = Object.fromEntries(Object.entries(by_year).sort((a, b) => Number(a[0]) - Number(b[0])));
  return { never: years.filter((y) => y === null).length, p5: q(0.05), p50: q(0.5), p95: q(0.95), by_year: ordered };
}

function percentilesCsv(meta: BatchMeta, ok: readonly RunRecord[]): string {
  const rows: string[][] = [];
  const first = ok[0];
  if (first !== undefined) {
    const years = first.rows.map((r) => r[2]!);
    for (const r of ok) {
      if (r.rows.length !== years.length || r.rows.some((row, y) => row[2] !== years[y])) throw new Error(`run ${r.run} has other years than run ${first.run}`);
    }
    meta.columns.forEach((col, c) => {
      if (col.kind === 'year') return;
      const k = c + 2;
      years.forEach((year, y) => {
        const xs: number[] = [];
        for (const r of ok) {
          const v = cellNumber(r.rows[y]![k]);
          if (v !== null && Number.isFinite(v)) xs.push(v);
        }
        const sorted = Float64Array.from(xs).sort();
        rows.push([col.name, year, ...PERCENTILES.map(([, p]) => (sorted.length === 0 ? '' : (formatCell(quantile7(sorted, p), col.kind) as string)))]);
      });
    });
  }
  return toCsv(['indicator', 'year', ...PERCENTILES.map(([name]) => name)], rows);
}

function batchSummaryJson(meta: BatchMeta, records: readonly RunRecord[], ok: readonly RunRecord[]): string {
  const gaps = Float64Array.from(ok.map((r) => cellNumber(r.gap)).filter((g): g is number => g !== null && Number.isFinite(g))).sort();
  let sum = 0;
  for (const r of ok) {
    const g = cellNumber(r.gap);
    if (g !== null && Number.isFinite(g)) sum += g;
  }
  const gap = gaps.length === 0 ? null : { ...Object.fromEntries(PERCENTILES.map(([name, p]) => [name, round12(quantile7(gaps, p))])), mean: round12(sum / gaps.length) };
  const summary = {
    batch: meta.name,
    scheme: meta.scheme,
    kind: meta.kind,
    base_scenario: meta.baseScenario,
    base_file: meta.baseFile,
    start_year: meta.startYear,
    end_year: meta.endYear,
    runs: records.length,
    succeeded: ok.length,
    failed: records.filter((r) => r.status === 'failed').map((r) => ({ run: r.run, message: r.message })),
    seed: meta.seed,
    contribution_rate: meta.contributionRate,
    gap,
    year_reserve_first_falls: yearDistribution(ok.map((r) => cellNumber(r.yearReserveFirstFalls))),
    year_reserve_exhausted: yearDistribution(ok.map((r) => cellNumber(r.yearReserveExhausted))),
    batch_digest: meta.digest,
    shard: meta.shard === null ? null : { index: meta.shard.index, count: meta.shard.count, first_run: meta.shard.firstRun, last_run: meta.shard.lastRun, batch_runs: meta.batchRuns },
  };
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/**
 * The files of a batch directory from its runs (any order; they are sorted by run):
 * runs.csv, percentiles.csv, batch-summary.json, runs-summary.csv, batch.resolved.yaml and
 * scenario.resolved.yaml (the base scenario as the batch used it).
 */
export function batchOutputFiles(meta: BatchMeta, records: readonly RunRecord[]): OutputFile[] {
  const sorted = [...records].sort((a, b) => a.run - b.run);
  const ok = sorted.filter((r) => r.status === 'ok');
  const runsCsv = toCsv(['run', 'scheme', ...meta.columns.map((c) => c.name)], ok.flatMap((r) => r.rows));
  const runsSummaryCsv = toCsv(
    [...RUNS_SUMMARY_COLUMNS, ...meta.extraColumns],
    sorted.map((r) => [String(r.run), r.gap, r.yearReserveFirstFalls, r.yearReserveExhausted, r.status, r.message, ...r.extra]),
  );
  return [
    { name: 'runs.csv', data: runsCsv },
    { name: 'percentiles.csv', data: percentilesCsv(meta, ok) },
    { name: 'batch-summary.json', data: batchSummaryJson(meta, sorted, ok) },
    { name: 'runs-summary.csv', data: runsSummaryCsv },
    { name: 'batch.resolved.yaml', data: meta.batchResolvedYaml },
    { name: 'scenario.resolved.yaml', data: meta.scenarioResolvedYaml },
  ];
}

/** A number of runs-summary.csv (the GAP, a parameter value): 12 significant digits, empty when not finite. */
export const summaryNumber = (x: number): string => csvNumber(x);
