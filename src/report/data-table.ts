import { escapeHtml } from './escape.js';

/** A column of a numbers table: `key` names the source column (data-column), `heading` is shown. */
export interface TableColumn {
  readonly key: string;
  readonly heading: string;
  /** Extra data-* attributes of the header cell (e.g. { programme: 'Women 30-45' }). */
  readonly data?: Readonly<Record<string, string>>;
}

/** A numbers table under a chart: cells are the source file's text, printed as they are. */
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
 * a reader (or a test) can match every cell to the cell of the source file it was copied from.
 *
 * @example renderDataTable({ source: 'indicators.csv', columns: [{ key: 'year', heading: 'Year' }], rows: [['2025']] })
 * // => '<table class="data" data-source="indicators.csv"><thead><tr><th data-column="year">Year</th></tr></thead><tbody><tr><td>2025</td></tr></tbody></table>'
 */
export function renderDataTable(t: DataTable): string {
  const head = t.columns.map((c) => `<th data-column="${escapeHtml(c.key)}"${dataAttrs(c.data)}>${escapeHtml(c.heading)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table class="data" data-source="${escapeHtml(t.source)}"${dataAttrs(t.data)}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
