/**
 * Batch files (YAML): a base scenario and either a sensitivity (a grid or one parameter at a
 * time) or a stochastic set (AR(1) paths with a seed). Validated like scenarios: the first problem
 * is an InputError naming file:line:column and key. docs/batch.md describes every key.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { parseWithSchema } from '../assumptions/validate.js';
import { InputError } from '../assumptions/input-error.js';
import { errorAt, readYamlSource, toPlain, type KeyPath, type YamlSource } from '../assumptions/yaml-source.js';
import { GENERATOR } from '../schemes/generator.js';
import { schemeNamed, schemeOf, SCHEMES } from '../schemes/dispatch.js';
import type { BaseInfo, Scheme, SchemeRunner } from '../schemes/scheme.js';
import { cholesky, generatePaths, type PathSpec } from './ar1.js';
import { runSeed, seedHex } from './prng.js';
import { variantKey, type RunSpec } from './messages.js';

/** Most runs a batch may have (a grid's product included). */
export const MAX_RUNS = 100_000;

const valueList = z.array(z.number()).min(1).max(MAX_RUNS);
const parameterSchema = z.union([valueList, z.strictObject({ values: valueList, source: z.string().min(1) })]);

export const batchSchema = z.strictObject({
  name: z.string().min(1).optional(),
  description: z.string().default(''),
  base: z.string().min(1),
  horizonYears: z.number().int().min(1).max(100).optional(),
  sensitivity: z
    .strictObject({
      mode: z.enum(['grid', 'one-at-a-time']),
      parameters: z.record(z.string(), parameterSchema),
    })
    .optional(),
  stochastic: z
    .strictObject({
      runs: z.number().int().min(1).max(MAX_RUNS),
      seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      model: z.literal('ar1').default('ar1'),
      paths: z.record(z.string(), z.unknown()),
      correlation: z
        .strictObject({
          value: z.record(z.string(), z.record(z.string(), z.number().min(-1).max(1))),
          source: z.string().min(1),
        })
        .optional(),
    })
    .optional(),
  notes: z.unknown().optional(),
});

export const levelPathSchema = z.strictObject({
  mean: z.number().min(-0.99).max(10),
  phi: z.number().min(-1).max(1),
  sigma: z.number().min(0).max(10),
  start: z.number().min(-0.99).max(10).optional(),
  min: z.number().min(-0.99).max(10).optional(),
  max: z.number().min(-0.99).max(10).optional(),
  source: z.string().min(1),
});

export const multiplierPathSchema = z.strictObject({
  phi: z.number().min(-1).max(1),
  sigma: z.number().min(0).max(10),
  start: z.number().positive().max(100).optional(),
  source: z.string().min(1),
});

/** A varied parameter of a sensitivity batch. */
export interface SensitivityParameter {
  readonly key: string;
  readonly values: readonly number[];
  readonly source: string;
}

export interface SensitivitySpec {
  readonly mode: 'grid' | 'one-at-a-time';
  readonly parameters: readonly SensitivityParameter[];
}

export interface StochasticSpec {
  readonly runs: number;
  readonly seed: number;
  readonly model: 'ar1';
  readonly paths: Readonly<Record<string, PathSpec & { readonly source: string }>>;
  /** The scheme's paths in the order their shocks are drawn. */
  readonly order: readonly string[];
  /** Full correlation matrix over `order` (row-major), or null (independent shocks). */
  readonly correlation: { readonly matrix: readonly number[]; readonly source: string } | null;
  readonly choleskyFactor: readonly number[] | null;
}

/** A batch file, validated, with its base scenario loaded. */
export interface LoadedBatch {
  /** The batch file as given on the command line. */
  readonly file: string;
  readonly name: string;
  readonly description: string;
  /** The base scenario as written in the batch file (relative to it), and resolved. */
  readonly baseFile: string;
  readonly basePath: string;
  readonly scheme: string;
  readonly runner: SchemeRunner;
  /** The base scenario resolved (the scheme's structured-cloneable scenario object). */
  readonly base: unknown;
  readonly baseInfo: BaseInfo;
  readonly kind: 'sensitivity' | 'stochastic';
  readonly runs: number;
  readonly sensitivity: SensitivitySpec | null;
  readonly stochastic: StochasticSpec | null;
  /** Varied keys that go through the scheme's loader (not set by the runner itself). */
  readonly loaderKeys: readonly string[];
  /** The base resolved with each combination of loader-key values the runs use (messages.ts variantKey). */
  readonly variants: Readonly<Record<string, unknown>>;
  /** batch.resolved.yaml: the batch as run (defaults filled, every run with its seed or values). */
  readonly resolvedYaml: string;
  /** sha256 of resolvedYaml, 16 hex digits: shards of one batch share it. */
  readonly digest: string;
}

const sha16 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Number of runs of a sensitivity: the product of the value counts (grid), or 1 + their sum (one at a time: run 0 is the base). */
export function sensitivityRuns(s: SensitivitySpec): number {
  return s.mode === 'grid' ? s.parameters.reduce((n, p) => n * p.values.length, 1) : 1 + s.parameters.reduce((n, p) => n + p.values.length, 0);
}

/**
 * The parameter values of sensitivity run `index`. Grid: the cartesian product in the order the
 * parameters are written, the first varying slowest (index = i1 x n2 x n3 ... + i2 x n3 ... + ...).
 * One at a time: run 0 is the base scenario unchanged; then each parameter in turn takes each of
 * its values, the others staying at the base.
 */
export function sensitivityValues(s: SensitivitySpec, index: number): Record<string, number> {
  const out: Record<string, number> = {};
  if (s.mode === 'grid') {
    let rest = index;
    for (let i = s.parameters.length - 1; i >= 0; i--) {
      const p = s.parameters[i]!;
      out[p.key] = p.values[rest % p.values.length]!;
      rest = Math.floor(rest / p.values.length);
    }
    // Keep the written order of keys.
    return Object.fromEntries(s.parameters.map((p) => [p.key, out[p.key]!]));
  }
  let k = index - 1;
  if (k < 0) return out;
  for (const p of s.parameters) {
    if (k < p.values.length) return { [p.key]: p.values[k]! };
    k -= p.values.length;
  }
  throw new RangeError(`run ${index} is beyond the sensitivity's ${sensitivityRuns(s)} runs`);
}

/** The assumptions of run `index` (0-based) of a batch. */
export function runSpec(b: Pick<LoadedBatch, 'sensitivity' | 'stochastic' | 'baseInfo'>, index: number): RunSpec {
  if (b.sensitivity !== null) return { run: index, seed: null, values: sensitivityValues(b.sensitivity, index), paths: {} };
  const st = b.stochastic!;
  const seed = runSeed(st.seed, index);
  return { run: index, seed: seedHex(seed), values: {}, paths: generatePaths(st.paths, st.order, seed, b.baseInfo.years, st.choleskyFactor) };
}

/** The parameters and values of a sensitivity as written (the scheme's loader checks them: `resolveSensitivity`). */
function readSensitivity(src: YamlSource, raw: z.infer<typeof batchSchema>['sensitivity'] & object): SensitivitySpec {
  const entries = Object.entries(raw.parameters);
  if (entries.length === 0) throw errorAt(src, ['sensitivity', 'parameters'], 'name at least one parameter to vary');
  const parameters = entries.map(([key, given]) => ({
    key,
    values: Array.isArray(given) ? given : given.values,
    source: Array.isArray(given) ? 'assumption (no source given in the batch file)' : given.source,
  }));
  const spec: SensitivitySpec = { mode: raw.mode, parameters };
  const runs = sensitivityRuns(spec);
  if (runs > MAX_RUNS) throw errorAt(src, ['sensitivity', 'parameters'], `the ${raw.mode} has ${runs} runs, more than ${MAX_RUNS}`, true);
  return spec;
}

function readStochastic(src: YamlSource, raw: z.infer<typeof batchSchema>['stochastic'] & object, scheme: string, runner: SchemeRunner, base: unknown): StochasticSpec {
  const order = Object.keys(runner.paths);
  const paths: Record<string, PathSpec & { source: string }> = {};
  const names = Object.keys(raw.paths);
  if (names.length === 0) throw errorAt(src, ['stochastic', 'paths'], `name at least one path (known: ${order.join(', ')})`);
  for (const name of names) {
    const info = runner.paths[name];
    const at = ['stochastic', 'paths', name];
    if (info === undefined || !Object.hasOwn(runner.paths, name)) throw errorAt(src, at, `unknown path "${name}" (known for ${scheme}: ${order.join(', ')})`, true);
    const problem = runner.pathProblem?.(name, base) ?? null;
    if (problem !== null) throw errorAt(src, at, problem, true);
    if (info.kind === 'level') {
      const p = parseWithSchema(src, levelPathSchema, raw.paths[name], at);
      if (p.min !== undefined && p.max !== undefined && p.min > p.max) throw errorAt(src, [...at, 'min'], `min ${p.min} is above max ${p.max}`);
      paths[name] = { kind: 'level', mean: p.mean, phi: p.phi, sigma: p.sigma, start: p.start ?? p.mean, min: p.min ?? null, max: p.max ?? null, source: p.source };
    } else {
      const p = parseWithSchema(src, multiplierPathSchema, raw.paths[name], at);
      paths[name] = { kind: 'multiplier', phi: p.phi, sigma: p.sigma, start: p.start ?? 1, source: p.source };
    }
  }
  let correlation: StochasticSpec['correlation'] = null;
  let choleskyFactor: number[] | null = null;
  if (raw.correlation !== undefined) {
    const n = order.length;
    const m: number[] = Array.from({ length: n * n }, (_, k) => (Math.floor(k / n) === k % n ? 1 : 0));
    for (const [a, row] of Object.entries(raw.correlation.value)) {
      const i = order.indexOf(a);
      if (i < 0) throw errorAt(src, ['stochastic', 'correlation', 'value', a], `unknown path "${a}" (known: ${order.join(', ')})`, true);
      for (const [b, r] of Object.entries(row)) {
        const j = order.indexOf(b);
        const at = ['stochastic', 'correlation', 'value', a, b];
        if (j < 0) throw errorAt(src, at, `unknown path "${b}" (known: ${order.join(', ')})`, true);
        if (i === j) {
          if (r !== 1) throw errorAt(src, at, `the correlation of ${a} with itself is 1, not ${r}`);
          continue;
        }
        const prev = m[i * n + j]!;
        if (prev !== 0 && prev !== r) throw errorAt(src, at, `the correlation of ${a} and ${b} is given twice (${prev} and ${r})`);
        m[i * n + j] = r;
        m[j * n + i] = r;
      }
    }
    try {
      choleskyFactor = cholesky(m, n);
    } catch (e) {
      throw errorAt(src, ['stochastic', 'correlation', 'value'], (e as Error).message);
    }
    correlation = { matrix: m, source: raw.correlation.source };
  }
  return { runs: raw.runs, seed: raw.seed, model: raw.model, paths, order, correlation, choleskyFactor };
}

function resolvedBatchYaml(b: Omit<LoadedBatch, 'resolvedYaml' | 'digest'>, horizonYears: number | undefined): string {
  const doc: Record<string, unknown> = {
    name: b.name,
    description: b.description,
    base: b.baseFile,
    ...(horizonYears === undefined ? {} : { horizonYears }),
    scheme: b.scheme,
    baseScenario: { name: b.baseInfo.name, startYear: b.baseInfo.startYear, years: b.baseInfo.years, digest: sha16(b.baseInfo.resolvedYaml) },
  };
  if (b.sensitivity !== null) {
    doc.sensitivity = { mode: b.sensitivity.mode, parameters: Object.fromEntries(b.sensitivity.parameters.map((p) => [p.key, { values: p.values, source: p.source }])) };
  } else {
    const st = b.stochastic!;
    const paths: Record<string, unknown> = {};
    for (const name of st.order) {
      const p = st.paths[name];
      if (p === undefined) continue;
      const { kind: _kind, ...rest } = p;
      paths[name] = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null));
    }
    const correlation =
      st.correlation === null
        ? undefined
        : {
            value: Object.fromEntries(st.order.map((a, i) => [a, Object.fromEntries(st.order.map((c, j) => [c, st.correlation!.matrix[i * st.order.length + j]!]))])),
            source: st.correlation.source,
          };
    doc.stochastic = {
      runs: st.runs,
      seed: st.seed,
      model: st.model,
      runSeeds: 'run i: SplitMix64 output i+1 from the batch seed, mix64(seed + (i + 1) x 0x9E3779B97F4A7C15) (docs/batch.md)',
      shockOrder: st.order,
      paths,
      ...(correlation === undefined ? {} : { correlation }),
    };
  }
  doc.runs = Array.from({ length: b.runs }, (_, i) => {
    if (b.sensitivity !== null) return { run: i, ...sensitivityValues(b.sensitivity, i) };
    return { run: i, seed: seedHex(runSeed(b.stochastic!.seed, i)) };
  });
  doc.notes = { generatedBy: GENERATOR };
  const header = `# Batch "${b.name}" as run: every run with its ${b.kind === 'stochastic' ? 'seed' : 'parameter values'}.\n# Shards of one batch have this same file; \`ssc-proj merge\` checks it.\n`;
  return header + stringify(doc, { lineWidth: 0 });
}

/**
 * Every value of a sensitivity through the scheme's own loader: each value is first resolved
 * alone (the base scenario with that key set, or with the scenario parameters a batch-only key
 * scales: SchemeRunner.scenarioOverrides), so that a value the loader refuses is an InputError at
 * its place in the batch file, with the loader's own message (its bound, its unknown key). The
 * keys the runner does not apply itself (`rules.maxMissedContributions`, `pension.accrualRate`,
 * ...) are the loader keys: the base resolved for each combination of their values the runs use
 * is kept (the variants sent to the workers).
 */
async function resolveSensitivity(
  src: YamlSource,
  raw: NonNullable<z.infer<typeof batchSchema>['sensitivity']>,
  spec: SensitivitySpec,
  scheme: Scheme,
  base: unknown,
  basePath: string,
  horizonYears: number | undefined,
): Promise<{ loaderKeys: string[]; variants: Record<string, unknown> }> {
  const runner = scheme.batch;
  const loaderKeys = spec.parameters.map((p) => p.key).filter((k) => !runner.applies(k));
  const variants: Record<string, unknown> = {};
  const resolveWith = async (values: Record<string, number>, at: KeyPath) => {
    try {
      const overrides = Object.assign({}, ...Object.entries(values).map(([k, v]) => runner.scenarioOverrides(k, v, base))) as Record<string, unknown>;
      return await scheme.load(basePath, { horizonYears, overrides });
    } catch (e) {
      const detail = e instanceof InputError ? `${e.key === '' ? '' : `${e.key}: `}${e.detail}` : (e as Error).message;
      throw errorAt(src, at, `the base scenario refuses this value: ${detail}`);
    }
  };
  for (const p of spec.parameters) {
    const given = raw.parameters[p.key];
    const seen = new Set<number>();
    for (const [i, v] of p.values.entries()) {
      if (seen.has(v)) continue;
      seen.add(v);
      const resolved = await resolveWith({ [p.key]: v }, ['sensitivity', 'parameters', p.key, ...(Array.isArray(given) ? [i] : ['values', i])]);
      if (loaderKeys.includes(p.key)) variants[variantKey({ [p.key]: v }, loaderKeys)] = resolved;
    }
  }
  if (loaderKeys.length === 0) return { loaderKeys, variants };
  for (let run = 0; run < sensitivityRuns(spec); run++) {
    const values = sensitivityValues(spec, run);
    const picked = Object.fromEntries(loaderKeys.filter((k) => k in values).map((k) => [k, values[k] as number]));
    const key = variantKey(picked, loaderKeys);
    if (key !== '' && !(key in variants)) variants[key] = await resolveWith(picked, ['sensitivity', 'parameters']);
  }
  return { loaderKeys, variants };
}

/**
 * Read and validate a batch file and load its base scenario (with the batch's horizon, if it
 * sets one). The base path is relative to the batch file.
 * @throws {InputError} file:line:column, key and what was wrong (also for the base scenario)
 * @example const b = await loadBatch('scenarios/batch-stochastic.yaml'); b.runs // => 200
 */
export async function loadBatch(file: string): Promise<LoadedBatch> {
  const src = readYamlSource(file);
  const raw = parseWithSchema(src, batchSchema, toPlain(src));
  if ((raw.sensitivity === undefined) === (raw.stochastic === undefined)) {
    throw raw.sensitivity === undefined ? errorAt(src, [], 'give either sensitivity or stochastic') : errorAt(src, ['stochastic'], 'give either sensitivity or stochastic, not both', true);
  }
  const basePath = isAbsolute(raw.base) ? raw.base : resolve(dirname(file), raw.base);
  const scheme = schemeOf(basePath);
  const schemeImpl = schemeNamed(scheme);
  if (schemeImpl === undefined) throw errorAt(src, ['base'], `the base scenario is of scheme "${scheme}": batches cannot run it yet (known: ${Object.keys(SCHEMES).join(', ')})`);
  const runner = schemeImpl.batch;
  const base = await schemeImpl.load(basePath, { horizonYears: raw.horizonYears });
  const baseInfo = runner.describe(base);
  const sensitivity = raw.sensitivity === undefined ? null : readSensitivity(src, raw.sensitivity);
  const { loaderKeys, variants } = sensitivity === null ? { loaderKeys: [], variants: {} } : await resolveSensitivity(src, raw.sensitivity!, sensitivity, schemeImpl, base, basePath, raw.horizonYears);
  const stochastic = raw.stochastic === undefined ? null : readStochastic(src, raw.stochastic, scheme, runner, base);
  const partial = {
    file,
    name: raw.name ?? basename(file, extname(file)),
    description: raw.description,
    baseFile: raw.base,
    basePath,
    scheme,
    runner,
    base,
    baseInfo,
    kind: sensitivity !== null ? ('sensitivity' as const) : ('stochastic' as const),
    runs: sensitivity !== null ? sensitivityRuns(sensitivity) : stochastic!.runs,
    sensitivity,
    stochastic,
    loaderKeys,
    variants,
  };
  const resolvedYaml = resolvedBatchYaml(partial, raw.horizonYears);
  return { ...partial, resolvedYaml, digest: sha16(resolvedYaml) };
}
