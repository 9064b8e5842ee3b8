import { assumptionRows, dataSources } from './assumptions.js';
import { escapeHtml } from './escape.js';
import type { FigureResult } from './figure.js';
import { isRecord } from './json-file.js';
import type { BatchDir } from './report-dir.js';
import { percentText } from './run-figures.js';

/** Labels of the summary.json fields shown as key figures, in order; rates get a percentage. */
const SUMMARY_FIELDS: ReadonlyArray<readonly [string, string, 'rate' | 'plain']> = [
  ['scenario', 'Scenario', 'plain'],
  ['scheme', 'Scheme', 'plain'],
  ['start_year', 'First projection year', 'plain'],
  ['end_year', 'Last projection year', 'plain'],
  ['contribution_rate', 'Contribution rate', 'rate'],
  ['gap', 'GAP (general average premium)', 'rate'],
  ['initial_reserve', 'Initial reserve (JOD)', 'plain'],
  ['interest_rate_used', 'Interest rate for present values', 'rate'],
  ['year_reserve_first_falls', 'Year the reserve first falls', 'plain'],
  ['year_reserve_exhausted', 'Year the reserve is exhausted', 'plain'],
];

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

function valueText(v: unknown, kind: 'rate' | 'plain', key: string): string {
  if (v === null) return key.startsWith('year_') ? 'none within the horizon' : 'none';
  if (typeof v === 'number') return kind === 'rate' ? `${String(v)} (${percentText(v)})` : groupDigits(String(v));
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ');
  return JSON.stringify(v);
}

/**
 * Key figures of a run from summary.json: the known fields with labels, then present values,
 * then any other field, printed as written in the file (rates with their percentage).
 */
export function summarySection(summary: Record<string, unknown> | null): string {
  if (summary === null) return '<section id="key-figures"><h2>Key figures</h2><p class="note">No summary.json in the run directory.</p></section>';
  const rows: string[] = [];
  const shown = new Set<string>();
  const add = (label: string, value: string, key: string) => rows.push(kvItem(label, value, key));
  for (const [key, label, kind] of SUMMARY_FIELDS) {
    if (!(key in summary)) continue;
    shown.add(key);
    add(label, valueText(summary[key], kind, key), key);
  }
  const pv = summary.present_values;
  if (isRecord(pv)) {
    shown.add('present_values');
    for (const [k, v] of Object.entries(pv)) add(`Present value: ${k.replaceAll('_', ' ')} (JOD)`, valueText(v, 'plain', k), `present_values.${k}`);
  }
  for (const [k, v] of Object.entries(summary)) {
    if (shown.has(k)) continue;
    // A nested group (health: maternity, first_year) is shown field by field, not as JSON.
    if (isRecord(v)) for (const [k2, v2] of Object.entries(v)) add(`${k.replaceAll('_', ' ')}: ${k2.replaceAll('_', ' ')}`, valueText(v2, 'plain', k2), `${k}.${k2}`);
    else add(k.replaceAll('_', ' '), valueText(v, 'plain', k), k);
  }
  return `<section id="key-figures"><h2>Key figures</h2><dl class="kv">${rows.join('')}</dl></section>`;
}

/** One key figure: its label and its value (data-key names the field of the file). */
function kvItem(label: string, value: string, key: string): string {
  return `<div><dt>${escapeHtml(label)}</dt><dd data-key="${escapeHtml(key)}">${escapeHtml(value)}</dd></div>`;
}

/** Key figures of a batch from batch-summary.json. */
export function batchSummarySection(batch: BatchDir): string {
  const s = batch.batchSummary;
  if (s === null) return '<section id="key-figures"><h2>Key figures</h2><p class="note">No batch-summary.json in the batch directory.</p></section>';
  const rows: string[] = [];
  const add = (label: string, v: unknown, key: string) => rows.push(kvItem(label, valueText(v, 'plain', key), key));
  const labels: Record<string, string> = { batch: 'Batch', base_scenario: 'Base scenario', runs: 'Runs', succeeded: 'Runs that succeeded', seed: 'Seed' };
  for (const [k, label] of Object.entries(labels)) if (k in s) add(label, s[k], k);
  add('Runs that failed', batch.failed.length, 'failed');
  return `<section id="key-figures"><h2>Key figures</h2><dl class="kv">${rows.join('')}</dl></section>`;
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

/** The visible notes: missing optional files and the charts that were not drawn, with why. */
export function notesSection(notes: readonly string[], figures: readonly FigureResult[]): string {
  const items = [...notes, ...figures.filter((f) => f.kind === 'skipped').map((f) => `Chart "${f.title}" not drawn: ${f.kind === 'skipped' ? f.reason : ''}`)];
  if (items.length === 0) return '';
  return `<section class="notes" id="notes"><strong>Notes</strong><ul>${items.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></section>`;
}

/** The key assumptions of scenario.resolved.yaml, one row each, with unit, source and confidence. */
export function assumptionsSection(resolved: unknown): string {
  const head = '<section id="assumptions"><h2>Key assumptions</h2>';
  if (resolved === null || resolved === undefined) return `${head}<p class="note">No scenario.resolved.yaml: the assumptions of this run are not known to the report.</p></section>`;
  const rows = assumptionRows(resolved);
  if (rows.length === 0) return `${head}<p class="note">scenario.resolved.yaml lists no assumptions.</p></section>`;
  const body = rows
    .map(
      (r) =>
        `<tr><td><code>${escapeHtml(r.key)}</code></td><td>${escapeHtml(r.value)}</td><td>${escapeHtml(r.unit)}</td><td>${escapeHtml(r.source)}</td><td>${escapeHtml(r.confidence)}</td></tr>`,
    )
    .join('');
  return (
    `${head}<p class="caption">From scenario.resolved.yaml (every assumption as used; per-year values shown by their first and last years).</p>` +
    `<table class="assumptions"><thead><tr><th>Assumption</th><th>Value</th><th>Unit</th><th>Source</th><th>Confidence</th></tr></thead><tbody>${body}</tbody></table></section>`
  );
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
