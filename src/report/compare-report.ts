import type { Comparison } from './compare.js';
import { escapeHtml } from './escape.js';
import { renderFigure, type FigureResult } from './figure.js';
import { indicatorInfo } from './indicator-catalog.js';
import { formatPercent } from './format.js';
import { htmlPage } from './page.js';
import { seriesColor, seriesDash } from './palette.js';
import { renderXYChart } from './xy-chart.js';

/** Indicators a comparison draws (those every run has), in this order. */
export const COMPARE_CHARTS: readonly string[] = [
  'insured',
  'contributors',
  'pensioners',
  'covered_persons',
  'contributions_collected',
  'contributions',
  'benefit_expenditure',
  'total_expenditure',
  'reserve',
  'reserve_ratio',
  'paygo_cost_rate',
  'breakeven_contribution_rate',
];

function numberOrNull(text: string): number | null {
  return text === '' ? null : Number(text);
}

/**
 * Two figures for one indicator: each scenario's line, and the difference of every other
 * scenario against the first; their tables are the rows of compare.csv for that indicator.
 */
export function compareFigures(c: Comparison, indicator: string): FigureResult[] {
  const info = indicatorInfo(indicator);
  const rows = c.rows.filter((r) => r[0] === indicator);
  const x = rows.map((r) => Number(r[1]));
  const n = c.names.length;
  const levels = c.names.map((name, j) => ({
    kind: 'line' as const,
    label: name,
    values: rows.map((r) => numberOrNull(r[2 + j] as string)),
    color: seriesColor(j),
    dash: seriesDash(j),
  }));
  const diffs = c.names.slice(1).map((_, j) => ({
    kind: 'line' as const,
    label: c.header[2 + n + j] as string,
    values: rows.map((r) => numberOrNull(r[2 + n + j] as string)),
    color: seriesColor(j + 1),
    dash: seriesDash(j + 1),
  }));
  const col = (k: number) => ({ key: c.header[k] as string, heading: c.header[k] as string, unit: info.unit });
  const levelTitle = `${info.label}: scenarios`;
  const diffTitle = `${info.label}: difference against ${c.names[0] as string}`;
  return [
    {
      kind: 'figure',
      id: `levels-${indicator}`,
      title: levelTitle,
      svg: renderXYChart({ title: levelTitle, unit: info.unit, x, series: levels }),
      tables: [
        {
          source: 'compare.csv',
          data: { indicator },
          columns: [{ key: 'year', heading: 'Year' }, ...c.names.map((_, j) => col(2 + j))],
          rows: rows.map((r) => [r[1] as string, ...r.slice(2, 2 + n)]),
        },
      ],
    },
    {
      kind: 'figure',
      id: `difference-${indicator}`,
      title: diffTitle,
      svg: renderXYChart({ title: diffTitle, unit: info.unit, x, series: diffs }),
      tables: [
        {
          source: 'compare.csv',
          data: { indicator },
          columns: [{ key: 'year', heading: 'Year' }, ...diffs.map((_, j) => col(2 + n + j))],
          rows: rows.map((r) => [r[1] as string, ...r.slice(2 + n)]),
        },
      ],
    },
  ];
}

function keyFiguresTable(c: Comparison): string {
  const fields: ReadonlyArray<readonly [string, string]> = [
    ['scheme', 'Scheme'],
    ['contribution_rate', 'Contribution rate'],
    ['gap', 'GAP'],
    ['year_reserve_first_falls', 'Year the reserve first falls'],
    ['year_reserve_exhausted', 'Year the reserve is exhausted'],
  ];
  const cell = (v: unknown, key: string) => {
    if (v === undefined) return '';
    if (v === null) return key.startsWith('year_') ? 'none' : '';
    if (typeof v === 'number' && (key === 'gap' || key === 'contribution_rate')) return formatPercent(v);
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  const head = `<tr><th>Scenario</th><th>Directory</th>${fields.map(([, l]) => `<th>${escapeHtml(l)}</th>`).join('')}</tr>`;
  const body = c.runs
    .map(
      (r, j) =>
        `<tr><td>${escapeHtml(c.names[j] as string)}</td><td><code>${escapeHtml(r.dir)}</code></td>${fields
          .map(([k]) => `<td>${escapeHtml(cell(r.summary?.[k], k))}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<section id="key-figures"><h2>Scenarios</h2><table class="kv"><thead>${head}</thead><tbody>${body}</tbody></table></section>`;
}

/** The assumptions that differ between the scenarios, first in compare.html: key, each scenario's value and source. */
function assumptionsTable(c: Comparison): string {
  const head = '<section id="assumptions-compared"><h2>Assumptions that differ</h2>';
  if (c.runs.every((r) => r.resolved === null || r.resolved === undefined)) return `${head}<p class="note">No scenario.resolved.yaml in the directories: the assumptions cannot be compared.</p></section>`;
  if (c.assumptions.length === 0) return `${head}<p class="note">None: every assumption of scenario.resolved.yaml is the same in all scenarios.</p></section>`;
  const th = `<tr><th>Assumption</th>${c.names.map((n) => `<th>${escapeHtml(n)}</th>`).join('')}<th>Sources</th></tr>`;
  const body = c.assumptions
    .map((a) => {
      const sources = [...new Set(a.sources.filter((x) => x !== ''))];
      return `<tr><td><code>${escapeHtml(a.key)}</code></td>${a.values.map((v) => `<td>${escapeHtml(v === '' ? '(not set)' : v)}</td>`).join('')}<td>${escapeHtml(sources.join(' / ') || '-')}</td></tr>`;
    })
    .join('');
  return `${head}<p class="caption">From each directory's scenario.resolved.yaml (also in compare-assumptions.csv).</p><table class="assumptions"><thead>${th}</thead><tbody>${body}</tbody></table></section>`;
}

/**
 * compare.html: the scenarios with their key figures (summary.json), then for each main
 * indicator every scenario's line and the differences against the first scenario, with the
 * compare.csv numbers under a fold.
 */
export function renderCompareReport(c: Comparison): { html: string; charts: number } {
  const drawn = COMPARE_CHARTS.filter((i) => c.indicators.includes(i));
  const chosen = drawn.length > 0 ? drawn : c.indicators.slice(0, 6);
  const figures = chosen.flatMap((i) => compareFigures(c, i));
  const title = `Scenario comparison: ${c.names.join(' vs ')}`;
  const notes =
    c.notes.length === 0 ? '' : `<section class="notes" id="notes"><h2>Notes</h2><ul>${c.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></section>`;
  const y0 = c.years[0];
  const y1 = c.years[c.years.length - 1];
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(`${c.runs.length} scenarios · years ${y0}–${y1} · differences against ${c.names[0] as string}`)}</p></header>`,
    assumptionsTable(c),
    keyFiguresTable(c),
    `<section id="charts"><h2>Indicators</h2><div class="grid">${figures.map(renderFigure).join('\n')}</div></section>`,
    notes,
    `<footer>Written by <code>ssc-proj compare</code>. Money in nominal JOD. The summary figures (GAP first), all indicators, years and exact differences are in compare.csv.</footer>`,
  ].join('\n');
  return { html: htmlPage(title, body), charts: figures.length };
}
