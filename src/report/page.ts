import { escapeHtml } from './escape.js';

/**
 * The report's style sheet, inline (a report makes no request when viewed): system fonts,
 * one column of charts on narrow screens and two on wide ones, numbers tables in tabular digits.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #222; --muted: #5a5a5a; --rule: #d9d9d9; --accent: #0072B2; --alert: #b00020; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; color: var(--ink); background: #fafafa; }
main { max-width: 1480px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); }
h3 { font-size: 16px; margin: 0 0 8px; }
#results-real { margin-top: 20px; }
.meta { color: var(--muted); margin: 0; }
.description { margin: 6px 0 0; max-width: 900px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 660px), 1fr)); gap: 20px; }
figure.chart { margin: 0; background: #fff; border: 1px solid var(--rule); border-radius: 6px; padding: 14px 16px 10px; }
figure.chart svg { display: block; width: 100%; height: auto; }
figure.skipped { background: #fff8e6; border-color: #e6b84d; }
.caption { color: var(--muted); font-size: 13px; margin: 6px 0 0; }
.note { margin: 0; }
details { margin-top: 8px; font-size: 13px; }
summary { cursor: pointer; color: var(--accent); }
.table-wrap { max-height: 420px; overflow: auto; margin-top: 6px; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.data td, table.data th { padding: 2px 10px; border-bottom: 1px solid #eee; text-align: right; white-space: nowrap; }
table.data th { position: sticky; top: 0; background: #f2f2f2; font-weight: 600; }
table.data td:first-child, table.data th:first-child { text-align: left; }
table.kv td, table.kv th, table.assumptions td, table.assumptions th { padding: 4px 12px 4px 0; border-bottom: 1px solid #e8e8e8; text-align: left; vertical-align: top; }
dl.kv { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 420px), 1fr)); column-gap: 36px; margin: 0; }
dl.kv div { display: flex; justify-content: space-between; gap: 16px; padding: 4px 0; border-bottom: 1px solid #e8e8e8; }
dl.kv dt { font-weight: 600; }
dl.kv dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
table.assumptions { width: 100%; font-size: 14px; }
table.assumptions code, table.kv code { font-size: 13px; }
.alert { border: 2px solid var(--alert); background: #fdecee; color: #5c0010; border-radius: 6px; padding: 12px 18px; margin: 18px 0; }
.alert h2 { border: 0; margin: 0 0 6px; padding: 0; font-size: 20px; color: var(--alert); }
.alert ul { margin: 4px 0 0; padding-left: 20px; max-height: 320px; overflow: auto; }
.notes { border: 1px solid #e6b84d; background: #fff8e6; border-radius: 6px; padding: 10px 18px; margin: 18px 0; }
.notes ul { margin: 4px 0 0; padding-left: 20px; }
.ok { color: #1b5e20; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
@media print { body { background: #fff; } figure.chart { break-inside: avoid; } }
`;

/**
 * A complete self-contained HTML page: inline style sheet, no scripts, no external resources,
 * and a Content-Security-Policy that forbids every request (so a viewer fetches nothing).
 */
export function htmlPage(title: string, body: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head>\n<body><main>\n${body}\n</main></body></html>\n`
  );
}
