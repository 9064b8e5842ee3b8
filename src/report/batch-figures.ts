import { renderBarChart } from './bar-chart.js';
import { columnIndex, numberAt, type CsvTable } from './csv-read.js';
import { skipped, type FigureResult } from './figure.js';
import { indicatorInfo } from './indicator-catalog.js';
import { renderIntervalChart } from './interval-chart.js';
import { formatPlainNumber, formatPercent } from './format.js';
import { isRecord, numberField, objectField, stringField } from './json-file.js';
import { BASE, sensitivityRows, tornadoBars } from './sensitivity.js';
import { renderTornadoChart } from './tornado-chart.js';
import { seriesColor } from './palette.js';
import type { BatchDir, Scheme } from './report-dir.js';
import { percentText } from './run-figures.js';
import { renderXYChart } from './xy-chart.js';

const QUANTILES = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

/** The indicators a batch report draws as fan charts, by scheme. */
export const FAN_INDICATORS: Readonly<Record<Scheme, readonly string[]>> = {
  'ssc-optional': ['insured', 'contributors', 'pensioners', 'contributions_collected', 'benefit_expenditure', 'reserve', 'reserve_ratio', 'paygo_cost_rate'],
  health: ['covered_persons', 'total_expenditure', 'contributions', 'breakeven_contribution_rate', 'reserve', 'cost_per_capita'],
  unknown: [],
};

/**
 * A fan chart of one indicator of percentiles.csv: a light band p5-p95, a darker band p25-p75
 * and the median line; its table has the CSV text of the indicator's rows.
 */
export function fanFigure(t: CsvTable, indicator: string): FigureResult {
  const info = indicatorInfo(indicator);
  const id = `fan-${indicator}`;
  const title = `${info.label}: percentiles over the stochastic runs`;
  const ki = columnIndex(t, 'indicator');
  const ky = columnIndex(t, 'year');
  const kq = QUANTILES.map((q) => columnIndex(t, q));
  const rows = t.rows.map((r, i) => ({ r, i })).filter(({ r }) => r[ki] === indicator);
  if (rows.length === 0) return skipped(id, title, `percentiles.csv has no rows for ${indicator}.`);
  rows.sort((a, b) => Number(a.r[ky]) - Number(b.r[ky]));
  const x = rows.map(({ r }) => Number(r[ky]));
  const q = kq.map((k) => rows.map(({ i }) => numberAt(t, i, k)));
  const [p5, p25, p50, p75, p95] = q as [Array<number | null>, Array<number | null>, Array<number | null>, Array<number | null>, Array<number | null>];
  const blue = seriesColor(0);
  const svg = renderXYChart({
    title,
    unit: info.unit,
    x,
    series: [
      { kind: 'band', label: 'p5-p95', lower: p5, upper: p95, color: blue, opacity: 0.2 },
      { kind: 'band', label: 'p25-p75', lower: p25, upper: p75, color: blue, opacity: 0.45 },
      { kind: 'line', label: 'median (p50)', values: p50, color: '#003f66', dash: '' },
    ],
  });
  return {
    kind: 'figure',
    id,
    title,
    svg,
    tables: [
      {
        source: 'percentiles.csv',
        data: { indicator },
        columns: [{ key: 'year', heading: 'Year' }, ...QUANTILES.map((c) => ({ key: c, heading: `${info.label}, ${c}`, unit: info.unit }))],
        rows: rows.map(({ r }) => [r[ky] as string, ...kq.map((k) => r[k] as string)]),
      },
    ],
  };
}

/**
 * The GAP distribution from batch-summary.json `gap` as a percentile strip, with the base
 * scenario's contribution rate (batch-summary.json `contribution_rate`, when a number) as a dashed
 * reference line: runs to the right of it need more than the scheme's rate.
 */
export function gapFigure(summary: Record<string, unknown> | null): FigureResult {
  const title = 'GAP over the runs';
  const gap = objectField(summary, 'gap');
  if (gap === undefined) return skipped('gap-distribution', title, summary === null ? 'no batch-summary.json.' : 'batch-summary.json has no "gap" object.');
  const p = QUANTILES.map((k) => numberField(gap, k));
  if (p.some((v) => v === undefined)) return skipped('gap-distribution', title, 'batch-summary.json "gap" lacks one of p5, p25, p50, p75, p95.');
  const [p5, p25, p50, p75, p95] = p as [number, number, number, number, number];
  const mean = numberField(gap, 'mean');
  const keys = [...QUANTILES, ...(mean === undefined ? [] : ['mean'])];
  const rate = numberField(summary, 'contribution_rate');
  const refs = rate === undefined ? [] : [{ label: `Contribution rate ${percentText(rate)} (batch-summary.json)`, value: rate }];
  const caption = ['General average premium of each successful run (batch-summary.json "gap"), in % of insurable wages.'];
  if (rate !== undefined) caption.push(`Dashed line: the base scenario's contribution rate (batch-summary.json "contribution_rate"): ${formatPercent(rate)} of insurable wages.`);
  return {
    kind: 'figure',
    id: 'gap-distribution',
    title,
    svg: renderIntervalChart({ title, unit: 'rate', p5, p25, p50, p75, p95, mean, refs }),
    caption,
    tables: [
      {
        source: 'batch-summary.json',
        data: { key: 'gap' },
        columns: [
          { key: 'statistic', heading: 'Statistic' },
          { key: 'value', heading: 'GAP', unit: 'rate' },
        ],
        rows: keys.map((k) => [k, String(gap[k])]),
      },
    ],
  };
}

/**
 * The distribution of the year the reserve is exhausted (batch-summary.json
 * `year_reserve_exhausted.by_year`, and `never`) as a bar chart of runs by year: every year
 * between the first and last listed gets a bar (0 when not listed); the table lists the file's
 * entries as written.
 */
export function exhaustionFigure(summary: Record<string, unknown> | null): FigureResult {
  const title = 'Year the reserve is exhausted, over the runs';
  const e = objectField(summary, 'year_reserve_exhausted');
  if (e === undefined) return skipped('exhaustion-year', title, summary === null ? 'no batch-summary.json.' : 'batch-summary.json has no "year_reserve_exhausted" object.');
  const byYear = isRecord(e.by_year) ? e.by_year : {};
  const listed = Object.keys(byYear)
    .filter((k) => /^\d{4}$/.test(k) && typeof byYear[k] === 'number')
    .map(Number);
  // Every year from the first to the last listed, so the bars stand on a true time axis.
  const years = listed.length === 0 ? [] : Array.from({ length: Math.max(...listed) - Math.min(...listed) + 1 }, (_, i) => String(Math.min(...listed) + i));
  const never = numberField(e, 'never');
  const categories = [...years, ...(never === undefined ? [] : ['never'])];
  const values = [...years.map((y) => (typeof byYear[y] === 'number' ? (byYear[y] as number) : 0)), ...(never === undefined ? [] : [never])];
  const stats = ['p5', 'p50', 'p95'].map((k) => `${k} ${e[k] === null || e[k] === undefined ? 'none' : String(e[k])}`).join(', ');
  return {
    kind: 'figure',
    id: 'exhaustion-year',
    title,
    svg: renderBarChart({ title, unit: 'runs', categories, values, xTitle: 'Year of exhaustion ("never": not within the horizon)', highlight: new Set(['never']) }),
    caption: [`Percentiles of the exhaustion year (batch-summary.json): ${stats}.`],
    tables: [
      {
        source: 'batch-summary.json',
        data: { key: 'year_reserve_exhausted' },
        columns: [
          { key: 'year', heading: 'Year of exhaustion' },
          { key: 'runs', heading: 'Runs', unit: 'runs' },
        ],
        rows: categories.filter((c) => c === 'never' || c in byYear).map((c) => [c, String(c === 'never' ? never : byYear[c])]),
      },
    ],
  };
}

/**
 * What a batch is: a stochastic set (runs on random paths: percentiles are a distribution) or a
 * sensitivity set (a grid or one at a time: percentiles of chosen values mean nothing). From
 * batch-summary.json `kind`, else batch.resolved.yaml, else a seed in batch-summary.json.
 */
export function batchKind(b: BatchDir): 'stochastic' | 'sensitivity' | 'unknown' {
  const k = stringField(b.batchSummary, 'kind');
  if (k === 'stochastic' || k === 'sensitivity') return k;
  if (isRecord(b.batchResolved)) {
    if (isRecord(b.batchResolved.stochastic)) return 'stochastic';
    if (isRecord(b.batchResolved.sensitivity)) return 'sensitivity';
  }
  return numberField(b.batchSummary, 'seed') !== undefined ? 'stochastic' : 'unknown';
}

/** A parameter's value as the report prints it: the number rounded to 4 decimals at most. */
function valueText(v: string): string {
  const x = Number(v);
  return v.trim() !== '' && Number.isFinite(x) ? formatPlainNumber(x) : v;
}

/**
 * The tornado chart of the GAP by parameter of a sensitivity batch (runs-summary.csv): for each
 * varied parameter, the mean GAP of the runs at its lowest and at its highest value, around the
 * mean GAP of all runs; its table gives every value of every parameter with the runs at it, the
 * mean, lowest and highest GAP and the year the reserve is first exhausted.
 */
export function tornadoFigure(runsSummary: CsvTable | null): FigureResult {
  const id = 'gap-tornado';
  const title = 'GAP by parameter (sensitivity)';
  if (runsSummary === null) return skipped(id, title, 'no runs-summary.csv.');
  const rows = sensitivityRows(runsSummary);
  const bars = tornadoBars(rows);
  if (bars.length === 0) return skipped(id, title, 'runs-summary.csv names no parameter with two values or more among the successful runs.');
  const ok = rows.filter((r) => r.parameter === rows[0]?.parameter);
  const base = ok.find((r) => r.value === BASE);
  // One at a time: around the base run's GAP; a grid: around the mean GAP of all runs.
  const all = base !== undefined ? base.gapMean : ok.reduce((s, r) => s + r.gapMean * r.runs, 0) / ok.reduce((s, r) => s + r.runs, 0);
  const svg = renderTornadoChart({
    title,
    unit: 'rate',
    centre: all,
    centreLabel: base !== undefined ? `GAP of the base run ${formatPercent(all)}` : `mean GAP of all runs ${formatPercent(all)}`,
    bars: bars.map((b) => ({ label: b.parameter, low: b.low.gapMean, high: b.high.gapMean, lowLabel: `${valueText(b.low.value)}: ${formatPercent(b.low.gapMean)}`, highLabel: `${valueText(b.high.value)}: ${formatPercent(b.high.gapMean)}` })),
  });
  return {
    kind: 'figure',
    id,
    title,
    svg,
    caption: [
      `Each bar: the mean GAP of the runs at the parameter's lowest value (blue) and at its highest value (orange), around ${base !== undefined ? 'the GAP of the base run' : 'the mean GAP of all runs'} (dashed). Widest swing first.`,
      'Parameters varied: ' + bars.map((b) => `${b.parameter} = ${rows.filter((r) => r.parameter === b.parameter && r.value !== BASE).map((r) => valueText(r.value)).join(', ')}`).join('; ') + '.',
    ],
    tables: [
      {
        source: 'runs-summary.csv',
        data: { key: 'sensitivity' },
        columns: [
          { key: 'parameter', heading: 'Parameter' },
          { key: 'value', heading: 'Value' },
          { key: 'runs', heading: 'Runs', unit: 'runs' },
          { key: 'gap_mean', heading: 'GAP, mean', unit: 'rate' },
          { key: 'gap_min', heading: 'GAP, lowest', unit: 'rate' },
          { key: 'gap_max', heading: 'GAP, highest', unit: 'rate' },
          { key: 'year_reserve_exhausted', heading: 'Reserve first exhausted (year)' },
          { key: 'never_exhausted', heading: 'Runs never exhausted', unit: 'runs' },
        ],
        rows: rows.map((r) => [r.parameter, valueText(r.value), String(r.runs), String(r.gapMean), String(r.gapMin), String(r.gapMax), r.exhaustedFirst === null ? 'never' : String(r.exhaustedFirst), String(r.neverExhausted)]),
      },
    ],
  };
}

/**
 * The charts of a batch. A stochastic set: a fan chart a main indicator, then the GAP and
 * exhaustion-year distributions. A sensitivity set: the GAP tornado by parameter and the
 * exhaustion years (no fan charts: percentiles over chosen values are no distribution).
 */
export function batchFigures(batch: BatchDir): { figures: FigureResult[]; notCharted: string[] } {
  const ki = columnIndex(batch.percentiles, 'indicator');
  const present = [...new Set(batch.percentiles.rows.map((r) => r[ki] as string))];
  if (batchKind(batch) === 'sensitivity') {
    return { figures: [tornadoFigure(batch.runsSummary), exhaustionFigure(batch.batchSummary)], notCharted: [] };
  }
  const main = batch.scheme === 'unknown' ? present.slice(0, 8) : FAN_INDICATORS[batch.scheme];
  const figures = main.map((ind) => fanFigure(batch.percentiles, ind));
  figures.push(gapFigure(batch.batchSummary), exhaustionFigure(batch.batchSummary));
  return { figures, notCharted: present.filter((p) => !main.includes(p)) };
}
