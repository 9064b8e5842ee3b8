import { basename } from 'node:path';
import { renderBarChart } from '../report/bar-chart.js';
import { renderDataTable } from '../report/data-table.js';
import { escapeHtml } from '../report/escape.js';
import { renderFigure } from '../report/figure.js';
import { htmlPage } from '../report/page.js';
import { csvNumber } from '../output/csv.js';
import type { Calibration } from './calibration-file.js';
import type { FitResult } from './fit.js';
import { timingLabel } from './target-value.js';

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

/**
 * The calibration's HTML report: status of the optimiser, a chart of each target's fitted value as
 * a percentage of the published one (100 = hit), the fit table and the fitted parameters.
 */
export function fitReportHtml(cal: Calibration, r: FitResult, date: string): string {
  const labels = r.targets.map((_, i) => `${i + 1}`);
  const chart = renderBarChart({
    title: 'Fitted as % of the published figure',
    unit: 'number',
    categories: labels,
    values: r.targets.map((t) => (100 * t.fitted) / t.value),
    xTitle: 'target (numbers as in the table; 100 = the published figure)',
    highlight: new Set(r.targets.flatMap((t, i) => (t.weight === 0 ? [labels[i]!] : []))),
  });
  const table = {
    source: 'fit.csv',
    columns: ['#', 'indicator', 'timing', 'target', 'fitted', 'residual', 'relative_residual', 'weight', 'tolerance', 'source'].map((k) => ({ key: k, heading: k })),
    rows: r.targets.map((t, i) => [labels[i]!, t.indicator, timingLabel(t.measure.timing), csvNumber(t.value), csvNumber(t.fitted), csvNumber(t.residual), pct(t.relative), csvNumber(t.weight), t.tolerance === null ? '' : pct(t.tolerance), t.source]),
  };
  const figure = renderFigure({
    kind: 'figure',
    id: 'fit',
    title: 'Targets: published against fitted',
    svg: chart,
    caption: ['Bars in the second colour: targets of weight 0 (shown, not fitted).'],
    tables: [table],
  });
  const params = r.parameters
    .map((p) => `<tr><td><code>${escapeHtml(p.label)}</code></td><td>${csvNumber(p.start)}</td><td>${csvNumber(p.min)}</td><td>${csvNumber(p.max)}</td><td>${csvNumber(p.value)}</td><td>${p.atBound ? 'at a bound' : ''}</td></tr>`)
    .join('');
  const status = r.converged ? `<p class="ok">Converged: ${escapeHtml(r.reason)}.</p>` : `<div class="alert"><h2>Not converged</h2><p>${escapeHtml(r.reason)}. The files hold the best point found.</p></div>`;
  const body =
    `<h1>Calibration ${escapeHtml(cal.name)}</h1><p class="meta">${escapeHtml(basename(cal.file))}, scenario ${escapeHtml(r.scenario.name)}, ${date}</p>` +
    (cal.description === '' ? '' : `<p class="description">${escapeHtml(cal.description)}</p>`) +
    `<h2>Optimiser</h2>${status}<table class="kv"><tr><th>method</th><td>Levenberg-Marquardt (ml-levenberg-marquardt), weighted relative residuals</td></tr><tr><th>iterations</th><td>${r.iterations} of at most ${cal.maxIterations}</td></tr><tr><th>projections run</th><td>${r.evaluations}</td></tr><tr><th>objective, start → fitted</th><td>${r.startObjective.toExponential(4)} → ${r.objective.toExponential(4)}</td></tr></table>` +
    `<h2>Targets</h2><div class="grid">${figure}</div><h3>Published against fitted</h3>${renderDataTable(table)}` +
    `<h2>Fitted parameters</h2><table class="kv"><tr><th>parameter</th><th>start</th><th>min</th><th>max</th><th>fitted</th><th></th></tr>${params}</table>`;
  return htmlPage(`Calibration ${cal.name}`, body);
}
