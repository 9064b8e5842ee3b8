import { renderBarChart } from './bar-chart.js';
import { columnIndex, numberAt, type CsvTable } from './csv-read.js';
import { skipped, type FigureResult } from './figure.js';
import { indicatorInfo, TABLE_UNIT } from './indicator-catalog.js';
import { renderIntervalChart } from './interval-chart.js';
import { isRecord, numberField, objectField } from './json-file.js';
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
  const title = `${info.label}: percentiles over the runs`;
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
        columns: [{ key: 'year', heading: 'Year' }, ...QUANTILES.map((c) => ({ key: c, heading: `${c} (${TABLE_UNIT[info.unit]})` }))],
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
  const caption = ['General average premium of each successful run (batch-summary.json "gap"), as a fraction of insurable wages.'];
  if (rate !== undefined) caption.push(`Dashed line: the base scenario's contribution rate (batch-summary.json "contribution_rate"): ${String(rate)} = ${percentText(rate)} of insurable wages.`);
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
          { key: 'value', heading: 'GAP (fraction of wages)' },
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
          { key: 'runs', heading: 'Runs' },
        ],
        rows: categories.filter((c) => c === 'never' || c in byYear).map((c) => [c, String(c === 'never' ? never : byYear[c])]),
      },
    ],
  };
}

/** The charts of a batch: a fan chart a main indicator, then the GAP and exhaustion-year distributions. */
export function batchFigures(batch: BatchDir): { figures: FigureResult[]; notCharted: string[] } {
  const ki = columnIndex(batch.percentiles, 'indicator');
  const present = [...new Set(batch.percentiles.rows.map((r) => r[ki] as string))];
  const main = batch.scheme === 'unknown' ? present.slice(0, 8) : FAN_INDICATORS[batch.scheme];
  const figures = main.map((ind) => fanFigure(batch.percentiles, ind));
  figures.push(gapFigure(batch.batchSummary), exhaustionFigure(batch.batchSummary));
  return { figures, notCharted: present.filter((p) => !main.includes(p)) };
}
