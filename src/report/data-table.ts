import { escapeHtml } from './escape.js';
import { columnFormat, formatCellText } from './format.js';
import type { Unit } from './units.js';

/** A column of a numbers table: `key` names the source column (data-column), `heading` is shown. */
export interface TableColumn {
  readonly key: string;
  readonly heading: string;
  /** Extra data-* attributes of the header cell (e.g. { programme: 'Women 30-45' }). */
  readonly data?: Readonly<Record<string, string>>;
  /**
   * What the column's numbers measure: the report shows them rounded in one scale for the column
   * (format.ts `columnFormat`), names the scale in the heading, and keeps the file's text in the
   * cell's data-value. Without a unit, cells are shown as written.
   */
  readonly unit?: Unit;
}

/** A numbers table: cells are the source file's text; the report shows them formatted by their column's unit. */
export interface DataTable {
  /** The file the numbers come from (data-source), e.g. indicators.csv. */
  readonly source: string;
  /** Extra data-* attributes of the table (e.g. { indicator: 'reserve' }). */
  readonly data?: Readonly<Record<string, string>>;
  readonly columns: readonly TableColumn[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

function dataAttrs(data: Readonly<Record<string, string>> | undefined): string {
  if (data === undefined) return '';
  return Object.entries(data)
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
}

/**
 * The table as HTML. Each header cell carries `data-column` (and any extra data-* attributes) so
 * a reader (or a test) can match every cell to the cell of the source file it was copied from:
 * a cell of a column with a unit shows its number rounded (the heading names the scale, e.g.
 * "Reserve (JOD million)") and keeps the file's text in `data-value`.
 *
 * @example renderDataTable({ source: 'indicators.csv', columns: [{ key: 'year', heading: 'Year' }], rows: [['2025']] })
 * // => '<table class="data" data-source="indicators.csv"><thead><tr><th data-column="year">Year</th></tr></thead><tbody><tr><td>2025</td></tr></tbody></table>'
 * @example renderDataTable({ source: 'indicators.csv', columns: [{ key: 'insured', heading: 'Insured', unit: 'persons' }], rows: [['116778.895']] })
 * // => '… <th data-column="insured">Insured (persons)</th> … <td data-value="116778.895">116,779</td> …'
 */
export function renderDataTable(t: DataTable): string {
  const formats = t.columns.map((c, j) => (c.unit === undefined ? null : columnFormat(c.unit, t.rows.map((r) => Number(r[j])).filter((x) => Number.isFinite(x)))));
  const head = t.columns
    .map((c, j) => {
      const unitText = formats[j]?.unitText ?? '';
      return `<th data-column="${escapeHtml(c.key)}"${dataAttrs(c.data)}>${escapeHtml(unitText === '' ? c.heading : `${c.heading} (${unitText})`)}</th>`;
    })
    .join('');
  const body = t.rows
    .map((r) => {
      const cells = r.map((cell, j) => {
        const f = formats[j];
        return f === null || f === undefined ? `<td>${escapeHtml(cell)}</td>` : `<td data-value="${escapeHtml(cell)}">${escapeHtml(formatCellText(cell, f))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table class="data" data-source="${escapeHtml(t.source)}"${dataAttrs(t.data)}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
