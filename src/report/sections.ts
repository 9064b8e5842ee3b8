import { assumptionRows, dataSources, type AssumptionRow } from './assumptions.js';
import { escapeHtml } from './escape.js';
import type { FigureResult } from './figure.js';
import { columnIndex, type CsvTable } from './csv-read.js';
import { renderDataTable, type DataTable } from './data-table.js';
import { formatPlainNumber, formatPercent, formatValue } from './format.js';
import { INDICATORS, summaryInfo, tableColumn } from './indicator-catalog.js';
import { isRecord } from './json-file.js';
import type { BatchDir } from './report-dir.js';

/** Fields of summary.json shown first, in this order; the others follow as in the file. */
const SUMMARY_ORDER = ['scenario', 'scheme', 'start_year', 'end_year', 'contribution_rate', 'gap', 'effective_contribution_rate', 'initial_reserve', 'interest_rate_used'];
/** Text fields and their labels. */
const TEXT_FIELDS: Readonly<Record<string, string>> = { scenario: 'Scenario', scheme: 'Scheme', batch: 'Batch', base_scenario: 'Base scenario', kind: 'Kind of batch' };

/**
 * A number's text with thousands separators in its integer part when it has 5 digits or more
 * (years stay 2061; 4077278816.31 reads 4,077,278,816.31). The digits are the file's.
 *
 * @example groupDigits('4077278816.31') // => '4,077,278,816.31'
 */
export function groupDigits(text: string): string {
  const m = /^(-?)(\d{5,})(\.\d+)?$/.exec(text);
  if (m === null) return text;
  return `${m[1]}${(m[2] as string).replace(/\B(?=(\d{3})+$)/g, ',')}${m[3] ?? ''}`;
}

/**
 * A summary figure as the report prints it: numbers by the unit the catalog gives the key
 * (`summaryInfo`), a missing year as "none within the horizon", lists joined.
 *
 * @example summaryValueText('gap', 0.1273438554628413) // => '12.73%'
 * @example summaryValueText('year_reserve_exhausted', null) // => 'none within the horizon'
 */
export function summaryValueText(key: string, v: unknown): string {
  const last = key.split('.').pop() as string;
  if (v === null) return last.startsWith('year_') ? 'none within the horizon' : 'none';
  if (typeof v === 'number') return formatValue(summaryInfo(key).unit, v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.map((x) => (typeof x === 'string' ? x : typeof x === 'number' ? formatPlainNumber(x) : JSON.stringify(x))).join(', ');
  return JSON.stringify(v);
}

/**
 * Key figures of a run from summary.json: scenario and years, the contribution rate, the GAP,
 * present values and the other fields, each labelled in words (indicator-catalog.ts
 * SUMMARY_FIGURES) and rounded as an actuary writes them; nested groups field by field.
 */
export function summarySection(summary: Record<string, unknown> | null): string {
  if (summary === null) return '<section id="key-figures"><h2>Key figures</h2><p class="note">No summary.json in the run directory.</p></section>';
  const rows: string[] = [];
  const add = (key: string, v: unknown) => rows.push(kvItem(TEXT_FIELDS[key] ?? summaryInfo(key).label, summaryValueText(key, v), key));
  const keys = [...SUMMARY_ORDER.filter((k) => k in summary), ...Object.keys(summary).filter((k) => !SUMMARY_ORDER.includes(k))];
  for (const k of keys) {
    const v = summary[k];
    if (isRecord(v)) for (const [k2, v2] of Object.entries(v)) add(`${k}.${k2}`, v2);
    else add(k, v);
  }
  return `<section id="key-figures"><h2>Key figures</h2><dl class="kv">${rows.join('')}</dl></section>`;
}

/** One key figure: its label and its value (data-key names the field of the file). */
function kvItem(label: string, value: string, key: string): string {
  return `<div><dt>${escapeHtml(label)}</dt><dd data-key="${escapeHtml(key)}">${escapeHtml(value)}</dd></div>`;
}

/** Key figures of a batch from batch-summary.json: the batch, its runs, the seed as written, the GAP's median and p5-p95. */
export function batchSummarySection(batch: BatchDir): string {
  const s = batch.batchSummary;
  if (s === null) return '<section id="key-figures"><h2>Key figures</h2><p class="note">No batch-summary.json in the batch directory.</p></section>';
  const rows: string[] = [];
  const add = (label: string, value: string, key: string) => rows.push(kvItem(label, value, key));
  for (const k of ['batch', 'base_scenario', 'kind']) if (typeof s[k] === 'string') add(TEXT_FIELDS[k] as string, s[k] as string, k);
  if (typeof s.start_year === 'number' && typeof s.end_year === 'number') add('Projection years', `${s.start_year}–${s.end_year}`, 'start_year');
  if (typeof s.runs === 'number') add('Runs', formatPlainNumber(s.runs), 'runs');
  if (typeof s.succeeded === 'number') add('Runs that succeeded', formatPlainNumber(s.succeeded), 'succeeded');
  add('Runs that failed', String(batch.failed.length), 'failed');
  // A seed is an identifier: printed as written, without separators.
  if (s.seed !== undefined) add('Seed', s.seed === null ? 'none (deterministic runs)' : String(s.seed), 'seed');
  if (typeof s.contribution_rate === 'number') add('Contribution rate in force', formatPercent(s.contribution_rate), 'contribution_rate');
  const gap = isRecord(s.gap) ? s.gap : null;
  if (gap !== null && typeof gap.p50 === 'number') {
    const range = typeof gap.p5 === 'number' && typeof gap.p95 === 'number' ? ` (p5 ${formatPercent(gap.p5)}, p95 ${formatPercent(gap.p95)})` : '';
    add('GAP, median over the runs', `${formatPercent(gap.p50)}${range}`, 'gap.p50');
  }
  return `<section id="key-figures"><h2>Key figures</h2><dl class="kv">${rows.join('')}</dl></section>`;
}

/** The years of the results table, when in the run: these, and the last year. */
export const RESULT_YEARS = [2026, 2030, 2035, 2040, 2050, 2060, 2075] as const;

/**
 * The results at selected years (RESULT_YEARS that fall in the run, and its last year) from
 * indicators.csv, in nominal JOD: a table of the key indicators (catalog entries marked
 * `results`), then, under a fold, every column of the file. When the run wrote
 * indicators_real.csv (`real`), the same key indicators follow in constant prices of the start
 * year. Columns come from the files and their labels from the catalog, so a new column appears
 * with its label once the catalog names it.
 */
export function resultsSection(t: CsvTable, real: CsvTable | null = null): string {
  const ky = columnIndex(t, 'year');
  if (ky < 0) return '';
  const present = t.rows.map((r) => Number(r[ky]));
  const last = Math.max(...present.filter(Number.isFinite));
  const wanted = new Set<number>([...RESULT_YEARS.filter((y) => present.includes(y)), last]);
  const table = (from: CsvTable, source: string, key: string, columns: readonly string[]): DataTable => {
    const k = columnIndex(from, 'year');
    return {
      source,
      data: { key },
      columns: [{ key: 'year', heading: 'Year' }, ...columns.map(tableColumn)],
      rows: from.rows.filter((r) => wanted.has(Number(r[k]))).map((r) => ['year', ...columns].map((c) => r[columnIndex(from, c)] ?? '')),
    };
  };
  const columns = t.header.filter((h) => h !== 'year');
  const key = columns.filter((c) => INDICATORS[c]?.results === true);
  const keyColumns = key.length > 0 ? key : columns.slice(0, 8);
  const startYear = Math.min(...present.filter(Number.isFinite));
  const realColumns = real === null ? [] : keyColumns.filter((c) => real.header.includes(c));
  const constant =
    real === null || columnIndex(real, 'year') < 0 || realColumns.length === 0
      ? ''
      : `<h3 id="results-real">Results at selected years, constant prices of ${startYear}</h3>` +
        `<p class="caption">From indicators_real.csv: the same results with every money figure divided by the price index (the scenario's inflation compounded from ${startYear}), in JOD of ${startYear}; persons and rates as above.</p>` +
        `<div class="table-wrap">${renderDataTable(table(real, 'indicators_real.csv', 'results-real', realColumns))}</div>`;
  return (
    `<section id="results"><h2>Results at selected years</h2>` +
    `<p class="caption">From indicators.csv: flows for the calendar year, stocks at its end; money in nominal JOD (the prices of each year, not deflated)${real === null ? '' : `; the same results in constant prices of ${startYear} follow`}. The files keep every digit.</p>` +
    `<div class="table-wrap">${renderDataTable(table(t, 'indicators.csv', 'results', keyColumns))}</div>` +
    `<details><summary>All indicators at these years (indicators.csv, nominal)</summary><div class="table-wrap">${renderDataTable(table(t, 'indicators.csv', 'all-indicators', columns))}</div></details>` +
    constant +
    `</section>`
  );
}

/**
 * The failed-runs statement at the top of a batch report: "3 of 200 runs failed: run 17:
 * message; …" (more than 5: the first 3, then every failed run in a list below); or that all
 * runs succeeded; or, when neither
 * batch-summary.json nor runs-summary.csv says, that failures cannot be known.
 */
export function failureBanner(batch: BatchDir): string {
  const f = batch.failed;
  if (f.length === 0) {
    if (batch.batchSummary === null && batch.runsSummary === null) {
      return '<section class="alert" role="alert" id="failed-runs"><h2>Failed runs unknown</h2><p>Neither batch-summary.json nor runs-summary.csv is in the batch directory: this report cannot say whether any run failed.</p></section>';
    }
    return `<p class="ok" id="failed-runs">All ${batch.runs ?? ''} runs succeeded.</p>`.replace('All  runs', 'All runs');
  }
  const of = batch.runs === null ? `${f.length} runs failed` : `${f.length} of ${batch.runs} runs failed`;
  const list = f.map((r) => `run ${r.run}: ${r.message}`);
  const long = f.length > 5;
  const first = `${of}: ${(long ? list.slice(0, 3) : list).join('; ')}${long ? `; … (all ${f.length} listed below)` : ''}.`;
  const ok =
    batch.runs === null
      ? 'Percentiles and distributions below are over the runs that succeeded.'
      : `Percentiles and distributions below are over the ${batch.runs - f.length} runs that succeeded.`;
  return (
    `<section class="alert" role="alert" id="failed-runs"><h2>${escapeHtml(of)}</h2><p>${escapeHtml(first)}</p><p>${escapeHtml(ok)}</p>` +
    (long ? `<ul>${list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '') +
    '</section>'
  );
}

/** The notes, at the end of the report: missing optional files and the charts that were not drawn, with why. */
export function notesSection(notes: readonly string[], figures: readonly FigureResult[]): string {
  const items = [...notes, ...figures.filter((f) => f.kind === 'skipped').map((f) => `Chart "${f.title}" not drawn: ${f.kind === 'skipped' ? f.reason : ''}`)];
  if (items.length === 0) return '';
  return `<section class="notes" id="notes"><h2>Notes</h2><ul>${items.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></section>`;
}

/** Section titles of the assumptions table, by the first part of a key. */
const ASSUMPTION_SECTIONS: Readonly<Record<string, string>> = {
  '': 'Scenario',
  economic: 'Economic assumptions',
  demography: 'Demography',
  fund: 'Fund',
  rules: 'Rules of the optional scheme',
  pension: 'Pension parameters',
  behaviour: 'Behaviour of members',
  programmes: 'Subsidy programmes',
  coverage: 'Coverage',
  dependants: 'Dependants',
  health: 'Health: utilisation and unit costs',
  maternity: 'Maternity insurance',
  revenue: 'Revenue',
};

/**
 * The assumptions of scenario.resolved.yaml, grouped by section (economic, rules, pension, ...),
 * one row each with its value, unit, source and confidence ("-" where the file gives none).
 */
export function assumptionsSection(resolved: unknown): string {
  const head = '<section id="assumptions"><h2>Assumptions</h2>';
  if (resolved === null || resolved === undefined) return `${head}<p class="note">No scenario.resolved.yaml: the assumptions of this run are not known to the report.</p></section>`;
  const rows = assumptionRows(resolved);
  if (rows.length === 0) return `${head}<p class="note">scenario.resolved.yaml lists no assumptions.</p></section>`;
  const groups = new Map<string, AssumptionRow[]>();
  for (const r of rows) {
    const dot = r.key.indexOf('.');
    const g = dot < 0 ? '' : r.key.slice(0, dot);
    const list = groups.get(g) ?? [];
    list.push(r);
    groups.set(g, list);
  }
  const dash = (t: string) => (t.trim() === '' ? '-' : t);
  const tables = [...groups.entries()].map(([g, list]) => {
    const title = ASSUMPTION_SECTIONS[g] ?? g;
    const body = list
      .map(
        (r) =>
          `<tr><td><code>${escapeHtml(r.key)}</code></td><td>${escapeHtml(r.value)}</td><td>${escapeHtml(dash(r.unit))}</td><td>${escapeHtml(dash(r.source))}</td><td>${escapeHtml(dash(r.confidence))}</td></tr>`,
      )
      .join('');
    return `<h3>${escapeHtml(title)}</h3><table class="assumptions" data-section="${escapeHtml(g)}"><thead><tr><th>Assumption</th><th>Value</th><th>Unit</th><th>Source</th><th>Confidence</th></tr></thead><tbody>${body}</tbody></table>`;
  });
  return `${head}<p class="caption">From scenario.resolved.yaml (every assumption as used; per-year values shown by their first and last years).</p>${tables.join('')}</section>`;
}

/**
 * The paths model of a stochastic batch (batch.resolved.yaml `stochastic`): the seed as written,
 * the runs, each variable's AR(1) mean, persistence (phi), shock standard deviation (sigma),
 * start and bounds, and the correlation of the yearly shocks.
 */
export function pathsModelSection(batchResolved: unknown): string {
  const st = isRecord(batchResolved) && isRecord(batchResolved.stochastic) ? batchResolved.stochastic : null;
  if (st === null) return '';
  const num = (v: unknown) => (typeof v === 'number' ? formatPlainNumber(v) : v === undefined || v === null ? '-' : String(v));
  const items: string[] = [];
  if (st.seed !== undefined) items.push(kvItem('Seed', String(st.seed), 'stochastic.seed'));
  if (st.runs !== undefined) items.push(kvItem('Runs', num(st.runs), 'stochastic.runs'));
  if (typeof st.model === 'string') items.push(kvItem('Model of the paths', st.model === 'ar1' ? 'AR(1): x(t) = mean + phi (x(t-1) - mean) + sigma e(t), e(t) standard normal, correlated across variables' : st.model, 'stochastic.model'));
  if (typeof st.runSeeds === 'string') items.push(kvItem('Seed of each run', st.runSeeds, 'stochastic.runSeeds'));
  const paths = isRecord(st.paths) ? st.paths : {};
  const cols = ['mean', 'phi', 'sigma', 'start', 'min', 'max'] as const;
  const pathRows = Object.entries(paths)
    .filter(([, p]) => isRecord(p))
    .map(([name, p]) => {
      const q = p as Record<string, unknown>;
      return `<tr><td><code>${escapeHtml(name)}</code></td>${cols.map((c) => `<td>${escapeHtml(num(q[c]))}</td>`).join('')}<td>${escapeHtml(typeof q.source === 'string' ? q.source : '-')}</td></tr>`;
    })
    .join('');
  const pathsTable =
    pathRows === ''
      ? ''
      : `<table class="assumptions" data-key="paths"><thead><tr><th>Variable</th><th>Mean</th><th>Persistence (phi)</th><th>Shock s.d. (sigma)</th><th>Start</th><th>Lowest</th><th>Highest</th><th>Source</th></tr></thead><tbody>${pathRows}</tbody></table>`;
  const corr = isRecord(st.correlation) ? (isRecord(st.correlation.value) ? st.correlation.value : st.correlation) : null;
  let corrTable = '';
  if (corr !== null) {
    const names = Object.keys(corr).filter((k) => isRecord(corr[k]));
    const cell = (a: string, b: string) => {
      const ra = corr[a] as Record<string, unknown>;
      const rb = isRecord(corr[b]) ? (corr[b] as Record<string, unknown>) : {};
      const v = ra[b] ?? rb[a] ?? (a === b ? 1 : 0);
      return num(v);
    };
    const source = isRecord(st.correlation) && typeof st.correlation.source === 'string' ? `<p class="caption">Source: ${escapeHtml(st.correlation.source)}</p>` : '';
    corrTable =
      `<h3>Correlation of the yearly shocks</h3><table class="assumptions" data-key="correlation"><thead><tr><th></th>${names.map((n) => `<th>${escapeHtml(n)}</th>`).join('')}</tr></thead><tbody>` +
      names.map((a) => `<tr><th>${escapeHtml(a)}</th>${names.map((b) => `<td>${escapeHtml(cell(a, b))}</td>`).join('')}</tr>`).join('') +
      `</tbody></table>${source}`;
  }
  return `<section id="paths-model"><h2>Paths model of the stochastic runs</h2><dl class="kv">${items.join('')}</dl>${pathsTable}${corrTable}</section>`;
}

/**
 * The data sources named in scenario.resolved.yaml: its `sources` list, then the other sources
 * its assumptions cite; texts that are only "assumption (…)" are counted, not listed.
 */
export function sourcesSection(resolved: unknown): string {
  const { listed, cited } = dataSources(resolved);
  const published = cited.filter((s) => !/^assumption\b/i.test(s));
  const assumed = cited.length - published.length;
  const ul = (items: readonly string[]) => `<ul>${items.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`;
  const parts: string[] = [];
  if (listed.length === 0 && published.length === 0) parts.push('<p class="note">No data sources named in scenario.resolved.yaml.</p>');
  if (listed.length > 0) parts.push(ul(listed));
  if (published.length > 0) parts.push(`<h3>Cited by the assumptions</h3>${ul(published)}`);
  if (assumed > 0) parts.push(`<p class="caption">${assumed} further assumption${assumed > 1 ? 's cite' : ' cites'} no published figure (source "assumption …"; see the table above).</p>`);
  return `<section id="sources"><h2>Data sources</h2>${parts.join('')}</section>`;
}
