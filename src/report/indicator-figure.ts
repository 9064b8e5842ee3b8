import { columnIndex, numberColumn, type CsvTable } from './csv-read.js';
import { skipped, type FigureResult } from './figure.js';
import { indicatorInfo, tableColumn } from './indicator-catalog.js';
import type { Unit } from './units.js';
import { renderXYChart, type RefLine, type Series } from './xy-chart.js';

/** A chart of columns of indicators.csv against the year. */
export interface IndicatorChartSpec {
  readonly id: string;
  readonly title: string;
  readonly unit: Unit;
  /** Columns drawn; the chart is skipped (with a note) when one is missing. */
  readonly columns: readonly string[];
  /** Columns drawn when present (a note says when they are not). */
  readonly optionalColumns?: readonly string[];
  /** Columns shown in the table only (when present). */
  readonly tableOnly?: readonly string[];
  /** Draw the columns as stacked areas instead of lines. */
  readonly stacked?: boolean;
  readonly refLines?: readonly RefLine[];
  readonly caption?: readonly string[];
}

/**
 * The figure of an indicator chart: the SVG of the columns by year and the table of their CSV
 * text. Skipped, with the reason, when indicators.csv lacks a required column.
 */
export function indicatorFigure(t: CsvTable, spec: IndicatorChartSpec): FigureResult {
  const fileName = t.file.split(/[\\/]/).pop() ?? t.file;
  const missing = spec.columns.filter((c) => columnIndex(t, c) < 0);
  if (missing.length > 0) {
    return skipped(spec.id, spec.title, `${fileName} has no column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`);
  }
  const absentOptional = (spec.optionalColumns ?? []).filter((c) => columnIndex(t, c) < 0);
  const drawn = [...spec.columns, ...(spec.optionalColumns ?? []).filter((c) => columnIndex(t, c) >= 0)];
  const years = numberColumn(t, 'year') as number[];
  const series: Series[] = drawn.map((c) => {
    const values = numberColumn(t, c);
    const label = indicatorInfo(c).label;
    return spec.stacked === true ? { kind: 'stack', label, values } : { kind: 'line', label, values };
  });
  const svg = renderXYChart({ title: spec.title, unit: spec.unit, x: years, series, refLines: spec.refLines });
  const tableCols = ['year', ...drawn, ...(spec.tableOnly ?? []).filter((c) => columnIndex(t, c) >= 0 && !drawn.includes(c))];
  const idx = tableCols.map((c) => columnIndex(t, c));
  const caption = [...(spec.caption ?? [])];
  if (absentOptional.length > 0) caption.push(`Not drawn: ${fileName} has no column ${absentOptional.join(', ')}.`);
  return {
    kind: 'figure',
    id: spec.id,
    title: spec.title,
    svg,
    caption,
    tables: [
      {
        source: fileName,
        columns: tableCols.map((c) => (c === 'year' ? { key: c, heading: 'Year' } : tableColumn(c))),
        rows: t.rows.map((r) => idx.map((k) => r[k] as string)),
      },
    ],
  };
}
