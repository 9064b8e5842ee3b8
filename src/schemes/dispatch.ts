/**
 * The one dispatcher over the schemes: a scenario's `scheme` key -> its Scheme (load, run, files,
 * batch runner). Used by `ssc-proj run`, by batches (the base scenario, the worker threads, merge)
 * and by the library's runAnyScenario.
 */
import { errorAt, readYamlSource, type YamlSource } from '../assumptions/yaml-source.js';
import { healthScheme } from './health/index.js';
import { optionalScheme } from './optional/index.js';
import type { RunFiles, Scheme } from './scheme.js';

/** Scheme name (a scenario's `scheme` key) -> scheme. */
export const SCHEMES: Readonly<Record<string, Scheme>> = {
  [optionalScheme.name]: optionalScheme as Scheme,
  [healthScheme.name]: healthScheme as Scheme,
};

/** The scheme of that name, or undefined. */
export function schemeNamed(name: string): Scheme | undefined {
  return Object.hasOwn(SCHEMES, name) ? SCHEMES[name] : undefined;
}

/**
 * Which scheme a scenario file (or its YAML tree) is for: its `scheme` key, as written.
 * @throws {InputError} at the file's top when the key is missing or not text
 * @example schemeOf('scenarios/health-baseline.yaml') // => 'health'
 */
export function schemeOf(scenario: string | YamlSource): string {
  const src = typeof scenario === 'string' ? readYamlSource(scenario) : scenario;
  const scheme = src.doc.get('scheme');
  if (typeof scheme !== 'string') throw errorAt(src, ['scheme'], `expected scheme: ${Object.keys(SCHEMES).join(' or ')}`);
  return scheme;
}

/**
 * The scheme of a scenario file.
 * @throws {InputError} at its `scheme` key when no scheme has that name
 */
export function schemeOfFile(path: string): Scheme {
  const src = readYamlSource(path);
  const name = schemeOf(src);
  const scheme = schemeNamed(name);
  if (scheme === undefined) throw errorAt(src, ['scheme'], `unknown scheme "${name}" (known: ${Object.keys(SCHEMES).join(', ')})`);
  return scheme;
}

/**
 * Load and run a scenario of any scheme and render its output files (not yet written): for the
 * optional scheme indicators.csv, indicators_real.csv, summary.json, programmes.csv and
 * scenario.resolved.yaml; for the health scheme indicators.csv, summary.json and
 * scenario.resolved.yaml.
 * @throws {InputError} bad input, or `closedGroup` for a scheme without members at the start
 * @example const { files } = await runAnyScenario('scenarios/baseline.yaml'); files.map((f) => f.name)
 */
export async function runAnyScenario(path: string, options: { closedGroup?: boolean; threads?: number } = {}): Promise<RunFiles> {
  const scheme = schemeOfFile(path);
  if (options.closedGroup === true && !scheme.valuesClosedGroup) {
    throw errorAt(readYamlSource(path), ['scheme'], `--closed-group values the members of the optional scheme at the start; scheme "${scheme.name}" has none`);
  }
  const s = await scheme.load(path);
  return scheme.run(s, { file: path, closedGroup: options.closedGroup, threads: options.threads });
}
