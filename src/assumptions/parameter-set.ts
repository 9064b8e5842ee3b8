import { z } from 'zod';
import { CONFIDENCE, type Confidence } from './parameter.js';
import { closestKey, parseWithSchema } from './validate.js';

const didYouMean = (key: string, names: readonly string[]): string => {
  const meant = closestKey(key, names);
  return meant === null ? '' : ` (did you mean "${meant}"?)`;
};
import { errorAt, toPlain, type KeyPath, type YamlSource, plainValueAt } from './yaml-source.js';

/** How one parameter's value is validated (zod) and turned into what the engine uses. */
export interface ParamSpec<T> {
  readonly schema: z.ZodType;
  /** Build the engine's value from the validated plain value; `at` locates the value for errors and exact text. */
  readonly convert?: (plain: never, at: { src: YamlSource; path: KeyPath }) => T;
}

export type ParamSpecs = Record<string, ParamSpec<unknown>>;

type ValueOf<S> = S extends ParamSpec<infer T> ? T : never;
export type ParamValues<S extends ParamSpecs> = { [K in keyof S]: ValueOf<S[K]> };

/** Where a parameter's value came from: the file, its source text, its confidence. */
export interface ParamProvenance {
  readonly file: string;
  readonly source: string;
  readonly confidence: Confidence | null;
  /** The unit the file gives, or null. */
  readonly unit: string | null;
}

/** A parameter whose value is the validated plain value (typed by the schema), or what `convert` makes of it. */
export function spec<S extends z.ZodType>(schema: S): ParamSpec<z.infer<S>>;
export function spec<T>(schema: z.ZodType, convert: (plain: never, at: { src: YamlSource; path: KeyPath }) => T): ParamSpec<T>;
export function spec<T>(schema: z.ZodType, convert?: (plain: never, at: { src: YamlSource; path: KeyPath }) => T): ParamSpec<T> {
  return convert === undefined ? { schema } : { schema, convert };
}

const block = z.strictObject({
  value: z.unknown(),
  unit: z.string().optional(),
  source: z.string().min(1),
  confidence: z.enum(CONFIDENCE).optional(),
});

/**
 * Load a parameter file (each top-level key a parameter `{ value, unit, source, confidence }`),
 * with optional overrides from a scenario (`{ value, source }` under `overrides.path`).
 * Unknown or missing parameters, wrong types and out-of-range values are InputErrors at the
 * file:line:column of the value that was used.
 */
export function loadParameterSet<S extends ParamSpecs>(
  specs: S,
  model: YamlSource,
  overrides?: { src: YamlSource; path: KeyPath },
): { values: ParamValues<S>; plain: Record<string, unknown>; provenance: Record<string, ParamProvenance>; locations: Record<string, { src: YamlSource; path: KeyPath }> } {
  const names = Object.keys(specs);
  const modelPlain = toPlain(model);
  if (modelPlain === null || typeof modelPlain !== 'object' || Array.isArray(modelPlain)) throw errorAt(model, [], 'expected a mapping of parameters');
  for (const key of Object.keys(modelPlain)) {
    if (!names.includes(key)) throw errorAt(model, [key], `unknown parameter "${key}"${didYouMean(key, names)}`, true);
  }
  let overridePlain: Record<string, unknown> = {};
  if (overrides !== undefined) {
    const v = plainValueAt(toPlain(overrides.src), overrides.path);
    if (v !== undefined && v !== null) {
      if (typeof v !== 'object' || Array.isArray(v)) throw errorAt(overrides.src, overrides.path, 'expected a mapping of parameters');
      overridePlain = v as Record<string, unknown>;
      for (const key of Object.keys(overridePlain)) {
        if (!names.includes(key)) throw errorAt(overrides.src, [...overrides.path, key], `unknown parameter "${key}"${didYouMean(key, names)} (known: ${names.join(', ')})`, true);
      }
    }
  }
  const values = {} as Record<string, unknown>;
  const plainValues: Record<string, unknown> = {};
  const provenance: Record<string, ParamProvenance> = {};
  const locations: Record<string, { src: YamlSource; path: KeyPath }> = {};
  for (const name of names) {
    const fromScenario = name in overridePlain;
    const src = fromScenario ? overrides!.src : model;
    const path: KeyPath = fromScenario ? [...overrides!.path, name] : [name];
    const raw = fromScenario ? overridePlain[name] : (modelPlain as Record<string, unknown>)[name];
    if (raw === undefined) throw errorAt(src, path, `missing parameter "${name}"`);
    const b = parseWithSchema(src, block, raw, path);
    const s = specs[name]!;
    const plain = parseWithSchema(src, s.schema, b.value, [...path, 'value']);
    plainValues[name] = plain;
    values[name] = s.convert === undefined ? plain : s.convert(plain as never, { src, path: [...path, 'value'] });
    provenance[name] = { file: src.file, source: b.source, confidence: b.confidence ?? null, unit: b.unit ?? null };
    locations[name] = { src, path: [...path, 'value'] };
  }
  return { values: values as ParamValues<S>, plain: plainValues, provenance, locations };
}


/**
 * The unit and confidence of a parameter block for a provenance record, leaving out what the
 * file does not give.
 *
 * @example unitAndConfidence({ unit: 'JOD a month', confidence: null }) // => { unit: 'JOD a month' }
 */
export function unitAndConfidence(b: { readonly unit?: string | null; readonly confidence?: string | null }): { unit?: string; confidence?: string } {
  return { ...(b.unit == null ? {} : { unit: b.unit }), ...(b.confidence == null ? {} : { confidence: b.confidence }) };
}
