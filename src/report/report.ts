import { basename, resolve } from 'node:path';
import { batchFigures, batchKind } from './batch-figures.js';
import { escapeHtml } from './escape.js';
import { renderFigure, type FigureResult } from './figure.js';
import { isRecord } from './json-file.js';
import { htmlPage } from './page.js';
import { readReportDir, type ReportDir, type Scheme } from './report-dir.js';
import { runFigures } from './run-figures.js';
import { assumptionsSection, batchSummarySection, failureBanner, notesSection, pathsModelSection, resultsSection, sourcesSection, summarySection } from './sections.js';

/** What a report contains, for `--json` and for tests. */
export interface ReportSummary {
  readonly kind: 'run' | 'batch';
  readonly scheme: Scheme;
  readonly scenario: string;
  /** Charts drawn. */
  readonly charts: number;
  /** Charts not drawn, and why. */
  readonly skipped: ReadonlyArray<{ id: string; title: string; reason: string }>;
  /** Failed runs of a batch (0 for a run). */
  readonly failedRuns: number;
  readonly notes: readonly string[];
}

const SCHEME_NAME: Record<Scheme, string> = {
  'ssc-optional': 'SSC optional enrollment (old-age, disability and death)',
  health: 'Social health insurance',
  unknown: 'scheme not stated',
};

/** How money is measured, stated at the top and the foot of every report. */
export const MONEY_NOTE = 'Money in nominal JOD (the prices of each year, not deflated), in million or billion where stated; where the run wrote indicators_real.csv, the results are also given in constant prices of the start year.';

function figuresSection(title: string, figures: readonly FigureResult[]): string {
  return `<section id="charts"><h2>${escapeHtml(title)}</h2><div class="grid">${figures.map(renderFigure).join('\n')}</div></section>`;
}

/** The report of a directory already read. */
export function renderReport(d: ReportDir): { html: string; summary: ReportSummary } {
  const dirName = basename(resolve(d.dir));
  let figures: FigureResult[];
  let notes = [...d.notes];
  let top = '';
  let keyFigures: string;
  let results = '';
  let subtitle: string;
  if (d.kind === 'batch') {
    const b = batchFigures(d);
    figures = b.figures;
    if (b.notCharted.length > 0) notes.push(`percentiles.csv also has ${b.notCharted.join(', ')} (not charted; the numbers are in the file).`);
    top = failureBanner(d);
    keyFigures = batchSummarySection(d);
    results = pathsModelSection(d.batchResolved);
    subtitle = `Batch of ${d.runs ?? 'an unknown number of'} runs · ${SCHEME_NAME[d.scheme]} · directory ${dirName}`;
  } else {
    figures = runFigures(d);
    keyFigures = summarySection(d.summary);
    results = resultsSection(d.indicators, d.indicatorsReal);
    const y0 = d.years[0];
    const y1 = d.years[d.years.length - 1];
    subtitle = `${SCHEME_NAME[d.scheme]} · projection ${y0 ?? '?'}–${y1 ?? '?'} · directory ${dirName}`;
  }
  notes = notes.filter((n, i) => notes.indexOf(n) === i);
  const kind = d.kind === 'batch' ? batchKind(d) : 'run';
  const chartsTitle = kind === 'sensitivity' ? 'GAP and reserve by parameter' : kind === 'run' ? 'Projection' : 'Fan charts and distributions';
  const title = `${d.kind === 'batch' ? 'Batch report' : 'Projection report'}: ${d.name}`;
  const description = isRecord(d.resolved) && typeof d.resolved.description === 'string' ? `<p class="description">${escapeHtml(d.resolved.description)}</p>` : '';
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(subtitle)}</p><p class="meta">${escapeHtml(MONEY_NOTE)}</p>${description}</header>`,
    top,
    keyFigures,
    results,
    figuresSection(chartsTitle, figures),
    assumptionsSection(d.resolved),
    sourcesSection(d.resolved),
    notesSection(notes, figures),
    `<footer>Written by <code>ssc-proj report</code>. ${escapeHtml(MONEY_NOTE)} Persons are expected values, shown whole; rates in % with 2 decimals. Every table keeps the file's full text of each number in the cell's data-value; the CSV files have every digit.</footer>`,
  ].join('\n');
  const skippedFigures = figures.filter((f) => f.kind === 'skipped').map((f) => ({ id: f.id, title: f.title, reason: f.kind === 'skipped' ? f.reason : '' }));
  return {
    html: htmlPage(title, body),
    summary: {
      kind: d.kind,
      scheme: d.scheme,
      scenario: d.name,
      charts: figures.length - skippedFigures.length,
      skipped: skippedFigures,
      failedRuns: d.kind === 'batch' ? d.failed.length : 0,
      notes,
    },
  };
}

/**
 * The self-contained HTML report of a run or batch directory (`ssc-proj report DIR`): key
 * figures, one SVG chart per indicator group with its numbers under a fold, the key assumptions
 * and the data sources; for a batch, failed runs stated at the top.
 */
export function buildReport(dir: string): { html: string; summary: ReportSummary } {
  return renderReport(readReportDir(dir));
}
