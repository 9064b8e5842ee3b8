import { columnIndex, numberAt, type CsvTable } from './csv-read.js';
import { skipped, type FigureResult } from './figure.js';
import { indicatorInfo } from './indicator-catalog.js';
import { renderXYChart, type Series } from './xy-chart.js';

/** A per-programme chart of one column of programmes.csv. */
export interface ProgrammeChartSpec {
  readonly id: string;
  readonly title: string;
  /** The programmes.csv column drawn (cost, extra_contributors, ...). */
  readonly column: string;
  readonly stacked?: boolean;
}

/**
 * One series a programme of `spec.column` by year, from programmes.csv (long format: one row a
 * programme and year). The table has a column a programme; a year a programme has no row for is
 * an empty cell. Skipped with a note when there is no programmes.csv (no programmes) or the
 * column is missing.
 */
export function programmeFigure(t: CsvTable | null, spec: ProgrammeChartSpec): FigureResult {
  if (t === null) return skipped(spec.id, spec.title, 'no programmes.csv (no subsidy programmes in this scenario).');
  if (t.rows.length === 0) return skipped(spec.id, spec.title, 'programmes.csv has no rows (no subsidy programmes in this scenario).');
  const missing = ['programme', 'year', spec.column].filter((c) => columnIndex(t, c) < 0);
  if (missing.length > 0) return skipped(spec.id, spec.title, `programmes.csv has no column ${missing.join(', ')}.`);
  const kp = columnIndex(t, 'programme');
  const ky = columnIndex(t, 'year');
  const kv = columnIndex(t, spec.column);
  const names: string[] = [];
  const years = new Set<number>();
  const cells = new Map<string, { text: string; value: number | null }>();
  t.rows.forEach((r, i) => {
    const name = r[kp] as string;
    const year = Number(r[ky]);
    if (!names.includes(name)) names.push(name);
    years.add(year);
    cells.set(`${name}\u0000${year}`, { text: r[kv] as string, value: numberAt(t, i, kv) });
  });
  const x = [...years].sort((a, b) => a - b);
  const series: Series[] = names.map((name) => {
    const values = x.map((y) => cells.get(`${name}\u0000${y}`)?.value ?? null);
    return spec.stacked === true ? { kind: 'stack', label: name, values } : { kind: 'line', label: name, values };
  });
  const info = indicatorInfo(spec.column);
  return {
    kind: 'figure',
    id: spec.id,
    title: spec.title,
    svg: renderXYChart({ title: spec.title, unit: info.unit, x, series }),
    tables: [
      {
        source: 'programmes.csv',
        columns: [
          { key: 'year', heading: 'Year' },
          ...names.map((name) => ({ key: spec.column, heading: `${name}: ${info.label}`, unit: info.unit, data: { programme: name } })),
        ],
        rows: x.map((y) => [String(y), ...names.map((name) => cells.get(`${name}\u0000${y}`)?.text ?? '')]),
      },
    ],
  };
}
