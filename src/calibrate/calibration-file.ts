import { dirname, isAbsolute, resolve } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { isInputError } from '../assumptions/input-error.js';
import { parseWithSchema } from '../assumptions/validate.js';
import { errorAt, readYamlSource, toPlain, yamlSourceFromText, type KeyPath, type YamlSource } from '../assumptions/yaml-source.js';
import type { IndicatorName } from '../core/indicators.js';
import type { ResolvedScenario } from '../core/resolved-scenario.js';
import { MODELS_DIR, resolveScenarioSource } from '../scenario/load-scenario.js';
import { parseParameterKey, validatorBounds, valueAt, withValueAt, type ParameterKey } from './parameter-key.js';
import { isRatio, STOCK_INDICATORS, TARGET_INDICATORS, timingLabel, type TargetMeasure, type TargetTiming } from './target-value.js';

/** One entry of a model file as written: `{ value, unit, source, confidence }`. */
export interface ModelEntry {
  readonly value: unknown;
  readonly unit?: string;
  readonly source: string;
  readonly confidence?: string;
}

/** A fitted parameter: one number set at one or more keys (tied keys share the value). */
export interface FitParameter {
  readonly label: string;
  readonly keys: readonly ParameterKey[];
  readonly start: number;
  readonly min: number;
  readonly max: number;
}

/** A published figure to fit: what it is, when, its value, where it was published, its weight. */
export interface Target {
  readonly label: string;
  /** As written: `insured` or `entrants + re_entrants`. */
  readonly indicator: string;
  readonly measure: TargetMeasure;
  readonly value: number;
  readonly source: string;
  readonly weight: number;
  /** The largest relative difference the model may show against this figure (a back-test's yardstick), or null. */
  readonly tolerance: number | null;
}

/** A calibration file, validated: the scenario, what to fit, what to fit it to, and how. */
export interface Calibration {
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly scenarioFile: string;
  /** The scenario file as a plain object (its relative paths are relative to its own folder). */
  readonly scenario: Record<string, unknown>;
  /** The behaviour parameters as the scenario uses them: the model file's entries, the scenario's overrides on top. */
  readonly behaviour: Readonly<Record<string, ModelEntry>>;
  readonly parameters: readonly FitParameter[];
  readonly targets: readonly Target[];
  readonly maxIterations: number;
  /** The fit has converged when the weighted sum of squared relative residuals is at most this. */
  readonly tolerance: number;
  /** ...or when a round of iterations improves it by no more than this share. */
  readonly stallTolerance: number;
  /** Paths (absolute) where a converged fit also installs its model files. */
  readonly outputs: { readonly model: string | null; readonly endStock: string | null };
}

const YEAR = z.number().int().min(1900).max(2200);
const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const MONTH = z.string().regex(/^\d{4}-\d{2}$/, 'expected a month YYYY-MM');

const parameterSchema = z.strictObject({
  key: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  start: z.number(),
  min: z.number().optional(),
  max: z.number().optional(),
});

const targetSchema = z.strictObject({
  indicator: z.string().min(1),
  year: YEAR.optional(),
  date: DATE.optional(),
  from: MONTH.optional(),
  to: MONTH.optional(),
  value: z.number().positive(),
  source: z.string().min(1),
  weight: z.number().min(0).default(1),
  tolerance: z.number().positive().max(1).optional(),
});

const fileSchema = z.strictObject({
  name: z.string().min(1).optional(),
  description: z.string().default(''),
  scenario: z.string().min(1),
  parameters: z.array(parameterSchema).min(1),
  targets: z.array(targetSchema).min(2),
  optimiser: z
    .strictObject({
      maxIterations: z.number().int().min(1).max(10000).default(100),
      tolerance: z.number().positive().default(1e-12),
      stallTolerance: z.number().positive().max(1).default(1e-6),
    })
    .default({ maxIterations: 100, tolerance: 1e-12, stallTolerance: 1e-6 }),
  outputs: z.strictObject({ model: z.string().min(1).optional(), endStock: z.string().min(1).optional() }).default({}),
});

/** The behaviour model file a scenario names (models.behaviour, relative to the scenario), or the shipped one. */
function behaviourModelFile(scenario: Record<string, unknown>, scenarioDir: string): string {
  const given = valueAt(scenario, ['models', 'behaviour']);
  if (typeof given !== 'string') return resolve(MODELS_DIR, 'optional-behaviour.yaml');
  return isAbsolute(given) ? given : resolve(scenarioDir, given);
}

/**
 * The scenario with the fitted parameters at the given values (in the order of
 * `cal.parameters`), resolved by the scenario loader as if it were the scenario file itself.
 */
export async function scenarioAt(cal: Calibration, values: readonly number[], source = 'calibrate: trial value'): Promise<ResolvedScenario> {
  const doc = structuredClone(cal.scenario);
  const overrides = { ...((doc.behaviour as Record<string, unknown> | undefined) ?? {}) };
  const changed = fittedBehaviour(cal, values);
  for (const [name, value] of Object.entries(changed)) overrides[name] = { value, source };
  doc.behaviour = overrides;
  const src = yamlSourceFromText(stringify(doc), cal.scenarioFile);
  return resolveScenarioSource(src, dirname(cal.scenarioFile));
}

/** The values of the behaviour parameters the fit changes, each whole, at the given point. */
export function fittedBehaviour(cal: Calibration, values: readonly number[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  cal.parameters.forEach((p, i) => {
    for (const k of p.keys) out[k.name] = withValueAt(k.name in out ? out[k.name] : cal.behaviour[k.name]!.value, k.sub, values[i]!);
  });
  return out;
}

function parseTiming(src: YamlSource, path: KeyPath, t: z.infer<typeof targetSchema>): TargetTiming {
  const given = [t.year !== undefined, t.date !== undefined, t.from !== undefined || t.to !== undefined].filter(Boolean).length;
  if (given !== 1) throw errorAt(src, path, 'give exactly one of year, date, or from and to (months)');
  if (t.year !== undefined) return { kind: 'year', year: t.year };
  if (t.date !== undefined) {
    const [y, m, d] = t.date.split('-').map(Number) as [number, number, number];
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) throw errorAt(src, [...path, 'date'], `"${t.date}" is not a calendar date`);
    return { kind: 'date', year: y, month: m, day: d };
  }
  if (t.from === undefined || t.to === undefined) throw errorAt(src, [...path, t.from === undefined ? 'to' : 'from'], 'a period of months needs both from and to');
  const month = (text: string, key: string) => {
    const [y, m] = text.split('-').map(Number) as [number, number];
    if (m < 1 || m > 12) throw errorAt(src, [...path, key], `"${text}" is not a month`);
    return { year: y, month: m };
  };
  const from = month(t.from, 'from');
  const to = month(t.to, 'to');
  if (to.year * 12 + to.month < from.year * 12 + from.month) throw errorAt(src, [...path, 'to'], `${t.to} is before from ${t.from}`);
  return { kind: 'months', from, to };
}

function checkTarget(src: YamlSource, path: KeyPath, t: z.infer<typeof targetSchema>, first: number, last: number): Target {
  const names = t.indicator.split('+').map((x) => x.trim());
  for (const n of names) {
    if (!(TARGET_INDICATORS as readonly string[]).includes(n)) throw errorAt(src, [...path, 'indicator'], `unknown indicator "${n}" (known: ${TARGET_INDICATORS.join(', ')})`);
  }
  const indicators = names as IndicatorName[];
  const timing = parseTiming(src, path, t);
  const stocks = indicators.filter((n) => STOCK_INDICATORS.has(n));
  if (indicators.some(isRatio) && (indicators.length > 1 || timing.kind !== 'year')) throw errorAt(src, [...path, 'indicator'], `${t.indicator}: a ratio is fitted alone, for a year`);
  if (stocks.length > 0 && stocks.length < indicators.length) throw errorAt(src, [...path, 'indicator'], `${t.indicator}: a stock and a flow cannot be summed`);
  if (stocks.length > 0 && timing.kind === 'months') throw errorAt(src, [...path, 'from'], `${t.indicator} is a stock: give a date or a year (its end), not months`);
  if (stocks.length === 0 && timing.kind === 'date') throw errorAt(src, [...path, 'date'], `${t.indicator} is a flow: give a year or months (from, to), not a date`);
  const years = timing.kind === 'months' ? [timing.from.year, timing.to.year] : [timing.year];
  const key = timing.kind === 'year' ? 'year' : timing.kind === 'date' ? 'date' : years[0]! < first || years[0]! > last ? 'from' : 'to';
  for (const y of years) {
    if (y < first || y > last) throw errorAt(src, [...path, key], `${timingLabel(timing)} is outside the run's years ${first}..${last}`);
  }
  if (timing.kind === 'date' && timing.year === first && indicators.some((n) => n === 'arrears_stock')) throw errorAt(src, [...path, 'date'], 'arrears_stock has no start value: give a date after the first year');
  return { label: `${t.indicator} ${timingLabel(timing)}`, indicator: t.indicator, measure: { indicators, timing }, value: t.value, source: t.source, weight: t.weight, tolerance: t.tolerance ?? null };
}

/** One line of the loader's refusal, without its (synthetic) file position. */
const refusal = (e: unknown): string => (isInputError(e) ? `${e.key === '' ? '' : `${e.key}: `}${e.detail}` : (e as Error).message);

/**
 * Read and check a calibration file (YAML): the scenario it names, the parameters to fit (keys
 * known to the behaviour model, bounds inside what their validators accept, probed by loading the
 * scenario at each bound), and the targets (known indicators, a timing inside the run's years, a
 * positive value, a weight of 0 or more). Anything wrong is an InputError at file:line:column.
 * @example const cal = await loadCalibration('scenarios/calibration-2019.yaml')
 */
export async function loadCalibration(file: string): Promise<Calibration> {
  const src = readYamlSource(file);
  const f = parseWithSchema(src, fileSchema);
  const scenarioFile = resolve(dirname(resolve(file)), f.scenario);
  const scenarioSrc = readYamlSource(scenarioFile);
  const base = await resolveScenarioSource(scenarioSrc, dirname(scenarioFile));
  const scenario = toPlain(scenarioSrc) as Record<string, unknown>;
  const modelFile = behaviourModelFile(scenario, dirname(scenarioFile));
  const model = toPlain(readYamlSource(modelFile)) as Record<string, ModelEntry>;
  const overrides = (scenario.behaviour as Record<string, ModelEntry> | undefined) ?? {};
  const behaviour: Record<string, ModelEntry> = { ...model, ...overrides };
  const first = base.startYear;
  const last = base.startYear + base.years - 1;

  const seen = new Set<string>();
  const parameters: FitParameter[] = f.parameters.map((p, i) => {
    const texts = typeof p.key === 'string' ? [p.key] : p.key;
    let min = p.min ?? Number.NEGATIVE_INFINITY;
    let max = p.max ?? Number.POSITIVE_INFINITY;
    const keys = texts.map((text, j) => {
      const at: KeyPath = typeof p.key === 'string' ? ['parameters', i, 'key'] : ['parameters', i, 'key', j];
      const key = parseParameterKey(text);
      if (typeof key === 'string') throw errorAt(src, at, key);
      if (seen.has(text)) throw errorAt(src, at, `${text} is fitted twice`);
      seen.add(text);
      const bounds = validatorBounds(key);
      if (bounds === null || (key.sub.length > 0 && typeof valueAt(behaviour[key.name]?.value, key.sub) !== 'number')) {
        throw errorAt(src, at, `${text} is not a number of the parameter's value (name a number: e.g. behaviour.entryRate.M.2)`);
      }
      if (bounds === 'free') {
        if (p.min === undefined || p.max === undefined) throw errorAt(src, [...at.slice(0, 2)], `${text} takes a value by year: give min and max (probed against its validator)`);
        return key;
      }
      for (const [side, v] of [['min', p.min], ['max', p.max]] as const) {
        if (v !== undefined && (v < bounds.min || v > bounds.max)) throw errorAt(src, ['parameters', i, side], `${v} is refused by the validator of ${text}: must be within [${bounds.min}, ${bounds.max}]`);
      }
      min = Math.max(min, bounds.min);
      max = Math.min(max, bounds.max);
      return key;
    });
    if (!(min < max)) throw errorAt(src, ['parameters', i], `min ${min} must be below max ${max}`);
    if (p.start < min || p.start > max) throw errorAt(src, ['parameters', i, 'start'], `start ${p.start} is outside the bounds [${min}, ${max}]`);
    return { label: texts.join(' = '), keys, start: p.start, min, max };
  });

  const cal: Calibration = {
    file,
    name: f.name ?? file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, ''),
    description: f.description,
    scenarioFile,
    scenario,
    behaviour,
    parameters,
    targets: f.targets.map((t, i) => checkTarget(src, ['targets', i], t, first, last)),
    maxIterations: f.optimiser.maxIterations,
    tolerance: f.optimiser.tolerance,
    stallTolerance: f.optimiser.stallTolerance,
    outputs: {
      model: f.outputs.model === undefined ? null : resolve(dirname(resolve(file)), f.outputs.model),
      endStock: f.outputs.endStock === undefined ? null : resolve(dirname(resolve(file)), f.outputs.endStock),
    },
  };
  if (cal.targets.filter((t) => t.weight > 0).length < 2) throw errorAt(src, ['targets'], 'fit at least two targets with a positive weight');

  // The bounds must be values the scenario loader accepts: probe the start, then each bound.
  const starts = parameters.map((p) => p.start);
  try {
    await scenarioAt(cal, starts);
  } catch (e) {
    throw errorAt(src, ['parameters', 0, 'start'], `the scenario refuses the start point: ${refusal(e)}`);
  }
  for (const [i, p] of parameters.entries()) {
    for (const side of ['min', 'max'] as const) {
      const v = p[side];
      if (!Number.isFinite(v)) continue;
      const point = starts.map((x, j) => (j === i ? v : x));
      try {
        await scenarioAt(cal, point);
      } catch (e) {
        const given = f.parameters[i]![side] !== undefined;
        throw errorAt(src, given ? ['parameters', i, side] : ['parameters', i, 'key'], `${side} ${v} is refused by the validator of ${p.label}: ${refusal(e)}`);
      }
    }
  }
  return cal;
}
