import { renderDataTable, type DataTable } from './data-table.js';
import { escapeHtml } from './escape.js';

/** A chart of the report: its SVG, the table of its numbers, and an optional caption. */
export interface Figure {
  readonly kind: 'figure';
  readonly id: string;
  readonly title: string;
  readonly svg: string;
  readonly tables: readonly DataTable[];
  /** Plain text under the chart (e.g. "GAP from summary.json: 0.2134"). */
  readonly caption?: readonly string[];
}

/** A chart the report could not draw, and why (e.g. columns missing from indicators.csv). */
export interface SkippedFigure {
  readonly kind: 'skipped';
  readonly id: string;
  readonly title: string;
  readonly reason: string;
}

export type FigureResult = Figure | SkippedFigure;

/** A chart skipped for a reason the reader should see. */
export function skipped(id: string, title: string, reason: string): SkippedFigure {
  return { kind: 'skipped', id, title, reason };
}

/**
 * A figure as HTML: title, chart, caption lines, and its numbers under a <details> fold. A
 * skipped chart keeps its place, with a visible note saying why it is not drawn.
 */
export function renderFigure(f: FigureResult): string {
  if (f.kind === 'skipped') {
    return (
      `<figure class="chart skipped" id="${escapeHtml(f.id)}"><h3>${escapeHtml(f.title)}</h3>` +
      `<p class="note">Chart not drawn: ${escapeHtml(f.reason)}</p></figure>`
    );
  }
  const caption = (f.caption ?? []).map((c) => `<p class="caption">${escapeHtml(c)}</p>`).join('');
  const tables = f.tables.map(renderDataTable).join('');
  return (
    `<figure class="chart" id="${escapeHtml(f.id)}"><h3>${escapeHtml(f.title)}</h3>${f.svg}${caption}` +
    `<details><summary>Numbers (${escapeHtml([...new Set(f.tables.map((t) => t.source))].join(', '))})</summary><div class="table-wrap">${tables}</div></details></figure>`
  );
}
