import { columnIndex, type CsvTable } from './csv-read.js';

/** The value of a parameter in the base run of a one-at-a-time batch (its cells are empty). */
export const BASE = 'base';

/** Columns of runs-summary.csv that are not a varied parameter. */
const NOT_PARAMETERS = new Set(['run', 'seed', 'gap', 'year_reserve_first_falls', 'year_reserve_exhausted', 'status', 'message']);

/** The runs of a sensitivity batch at one value of one parameter. */
export interface SensitivityRow {
  readonly parameter: string;
  /** The value as written in runs-summary.csv. */
  readonly value: string;
  readonly runs: number;
  /** Mean, lowest and highest GAP of these runs (a fraction of insurable wages). */
  readonly gapMean: number;
  readonly gapMin: number;
  readonly gapMax: number;
  /** Earliest year the reserve is exhausted among these runs, null when in none. */
  readonly exhaustedFirst: number | null;
  /** Runs whose reserve is not exhausted within the horizon. */
  readonly neverExhausted: number;
}

/** One bar of a tornado: a parameter, its lowest and highest value, and the mean GAP at each. */
export interface TornadoBar {
  readonly parameter: string;
  readonly low: SensitivityRow;
  readonly high: SensitivityRow;
}

/** The varied parameters of runs-summary.csv: every column that is not a run's outcome or identity. */
export function variedParameters(t: CsvTable): string[] {
  return t.header.filter((h) => !NOT_PARAMETERS.has(h));
}

function byValue(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
}

/**
 * GAP and exhaustion year by parameter and value, over the successful runs of runs-summary.csv
 * (status "ok" or no status): for each varied parameter and each of its values, the runs at that
 * value (a grid: every combination of the others; one at a time: the others at the base, where
 * their cells are empty), their mean, lowest and highest GAP, the first exhaustion year and the
 * runs never exhausted. Values in increasing order; one at a time, first the base run (value
 * "base": the run whose parameter cells are all empty).
 *
 * @example sensitivityRows(runsSummary)[0] // => { parameter: 'economic.wageGrowth', value: '0.02', runs: 9, gapMean: 0.15, ... }
 */
export function sensitivityRows(t: CsvTable): SensitivityRow[] {
  const kGap = columnIndex(t, 'gap');
  const kStatus = columnIndex(t, 'status');
  const kEx = columnIndex(t, 'year_reserve_exhausted');
  if (kGap < 0) return [];
  const ok = t.rows.filter((r) => (kStatus < 0 || r[kStatus] === 'ok' || r[kStatus] === '') && Number.isFinite(Number(r[kGap])) && (r[kGap] ?? '') !== '');
  const params = variedParameters(t);
  const ks = params.map((p) => columnIndex(t, p));
  // One at a time: the run with every parameter cell empty is the base scenario.
  const baseRuns = ok.filter((r) => ks.every((k) => (r[k] ?? '') === ''));
  const out: SensitivityRow[] = [];
  for (const p of params) {
    const k = columnIndex(t, p);
    const values = [...new Set(ok.map((r) => r[k] ?? '').filter((v) => v !== ''))].sort(byValue);
    for (const value of baseRuns.length > 0 ? [BASE, ...values] : values) {
      const runs = value === BASE ? baseRuns : ok.filter((r) => r[k] === value);
      const gaps = runs.map((r) => Number(r[kGap]));
      const years = kEx < 0 ? [] : runs.map((r) => r[kEx] ?? '').filter((y) => y !== '').map(Number);
      out.push({
        parameter: p,
        value,
        runs: runs.length,
        gapMean: gaps.reduce((s, g) => s + g, 0) / gaps.length,
        gapMin: Math.min(...gaps),
        gapMax: Math.max(...gaps),
        exhaustedFirst: years.length === 0 ? null : Math.min(...years),
        neverExhausted: runs.length - years.length,
      });
    }
  }
  return out;
}

/**
 * The bars of a tornado chart of the GAP: for each parameter with at least two values, the mean
 * GAP at its lowest and at its highest value; widest swing first.
 */
export function tornadoBars(rows: readonly SensitivityRow[]): TornadoBar[] {
  const params = [...new Set(rows.map((r) => r.parameter))];
  const bars: TornadoBar[] = [];
  for (const p of params) {
    const of = rows.filter((r) => r.parameter === p);
    const values = of.filter((r) => r.value !== BASE);
    const base = of.find((r) => r.value === BASE);
    // The lowest and highest value; with one value only, the base run and that value.
    if (values.length >= 2) bars.push({ parameter: p, low: values[0] as SensitivityRow, high: values[values.length - 1] as SensitivityRow });
    else if (values.length === 1 && base !== undefined) bars.push({ parameter: p, low: base, high: values[0] as SensitivityRow });
  }
  return bars.sort((a, b) => Math.abs(b.high.gapMean - b.low.gapMean) - Math.abs(a.high.gapMean - a.low.gapMean));
}
