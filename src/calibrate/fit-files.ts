import { basename } from 'node:path';
import { stringify } from 'yaml';
import { csvNumber, toCsv } from '../output/csv.js';
import type { Calibration, ModelEntry } from './calibration-file.js';
import { fittedBehaviour } from './calibration-file.js';
import { END_STOCK_PARAMETERS, endStockModel, endStockValues } from './end-stock.js';
import type { FitResult } from './fit.js';
import { fitReportHtml } from './fit-report.js';
import { timingLabel } from './target-value.js';

/** A file of a calibration's output directory, or a model file it installs. */
export interface CalibrationFile {
  readonly name: string;
  readonly data: string;
}

/** The date a calibration is stamped with: SOURCE_DATE_EPOCH (seconds) when set, for byte-identical re-runs, else today (UTC). */
export function calibrationDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const d = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return d.toISOString().slice(0, 10);
}

/** fit.csv: one row a target, published against fitted (the residual is fitted - target), and whether it is within the target's tolerance. */
export function fitCsv(r: FitResult): string {
  return toCsv(
    ['indicator', 'timing', 'target', 'fitted', 'residual', 'relative_residual', 'weight', 'tolerance', 'within_tolerance', 'source'],
    r.targets.map((t) => [
      t.indicator,
      timingLabel(t.measure.timing),
      csvNumber(t.value),
      csvNumber(t.fitted),
      csvNumber(t.residual),
      csvNumber(t.relative),
      csvNumber(t.weight),
      t.tolerance === null ? '' : csvNumber(t.tolerance),
      t.tolerance === null ? '' : Math.abs(t.relative) <= t.tolerance ? 'yes' : 'no',
      t.source,
    ]),
  );
}

/** parameters.csv: one row a fitted parameter, its start, bounds and fitted value. */
export function parametersCsv(r: FitResult): string {
  return toCsv(
    ['parameter', 'start', 'min', 'max', 'fitted', 'at_bound'],
    r.parameters.map((p) => [p.label, csvNumber(p.start), csvNumber(p.min), csvNumber(p.max), csvNumber(p.value), p.atBound ? 'yes' : 'no']),
  );
}

function modelYaml(header: string, entries: Record<string, ModelEntry>): string {
  return `${header
    .split('\n')
    .map((l) => `# ${l}`.trimEnd())
    .join('\n')}\n${stringify(entries, { lineWidth: 0 })}`;
}

/** The behaviour model with the fitted values, each fitted entry naming the calibration and date. */
export function fittedModel(cal: Calibration, r: FitResult, date: string): Record<string, ModelEntry> {
  const fitted = fittedBehaviour(cal, r.parameters.map((p) => p.value));
  const how = `fitted by calibrate to ${basename(cal.file)} on ${date}`;
  const out: Record<string, ModelEntry> = {};
  for (const [name, entry] of Object.entries(cal.behaviour)) {
    if (!(name in fitted)) {
      out[name] = entry;
      continue;
    }
    const subs = r.parameters.flatMap((p) => p.keys.filter((k) => k.name === name && k.sub.length > 0).map((k) => k.sub.join('.')));
    // A re-fit replaces what an earlier fit wrote into the source (a model may be its own base).
    const own = entry.source
      .split('; ')
      .filter((part) => !part.includes('fitted by calibrate to'))
      .join('; ');
    const source = subs.length === 0 ? how : `${own}; ${subs.join(', ')} ${how}`;
    // Fitted to the SSC's reported figures (the source names the fit): 'reported'.
    out[name] = { value: fitted[name], ...(entry.unit === undefined ? {} : { unit: entry.unit }), source, confidence: 'reported' };
  }
  return out;
}

/**
 * Every file of a calibration: fit.csv, parameters.csv, calibration.json (status, iterations,
 * objective), model.yaml (the fitted behaviour model), end-stock.yaml (the same model with the
 * start stock of the year after the run taken from the fitted run's end state), report.html.
 */
export function calibrationFiles(cal: Calibration, r: FitResult, date: string): CalibrationFile[] {
  const model = fittedModel(cal, r, date);
  const endYear = r.scenario.startYear + r.scenario.years - 1;
  const bands = ((cal.behaviour.startAgeShares?.value as { bands?: number[] } | undefined)?.bands ?? [16, 25, 35, 45, 55, 60]).slice();
  const endSource = `end-${endYear} state of ${r.scenario.name} fitted by calibrate to ${basename(cal.file)} on ${date}`;
  const endStock = endStockModel(model, endStockValues(r.scenario, bands), endSource);
  const json = {
    calibration: cal.name,
    file: basename(cal.file),
    scenario: r.scenario.name,
    date,
    converged: r.converged,
    status: r.converged ? 'converged' : 'not converged',
    reason: r.reason,
    optimiser: 'Levenberg-Marquardt (ml-levenberg-marquardt), relative residuals, finite-difference Jacobian',
    iterations: r.iterations,
    max_iterations: cal.maxIterations,
    evaluations: r.evaluations,
    start_objective: r.startObjective,
    objective: r.objective,
    parameters: Object.fromEntries(r.parameters.map((p) => [p.label, { start: p.start, min: p.min, max: p.max, fitted: p.value, at_bound: p.atBound }])),
    end_stock_year: endYear + 1,
    end_stock_parameters: END_STOCK_PARAMETERS,
  };
  const head = (what: string) =>
    `${what}\nWritten by \`ssc-proj calibrate ${basename(cal.file)}\` on ${date} (${r.converged ? 'converged' : 'NOT converged'}: ${r.reason}).\nEvery fitted value names its source; the others are the scenario's behaviour model as used, with their own sources.`;
  return [
    { name: 'fit.csv', data: fitCsv(r) },
    { name: 'parameters.csv', data: parametersCsv(r) },
    { name: 'calibration.json', data: `${JSON.stringify(json, null, 2)}\n` },
    { name: 'model.yaml', data: modelYaml(head(`Behaviour model of ${r.scenario.name}, fitted by calibration "${cal.name}".`), model) },
    { name: 'end-stock.yaml', data: modelYaml(head(`Behaviour model for a run from 1 January ${endYear + 1}: the fitted model, with the start stock (${END_STOCK_PARAMETERS.join(', ')}) taken from the state of ${r.scenario.name} at the end of ${endYear}.`), endStock) },
    { name: 'report.html', data: fitReportHtml(cal, r, date) },
  ];
}
