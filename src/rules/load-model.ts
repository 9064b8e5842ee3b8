import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { filsAt, rateAt } from '../assumptions/parameter.js';
import { loadParameterSet, spec, type ParamProvenance } from '../assumptions/parameter-set.js';
import { errorAt, readYamlSource, type KeyPath, type YamlSource } from '../assumptions/yaml-source.js';
import type { OptionalRules } from './optional-rules.js';

/** The default model file shipped with the engine. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ssc-optional.yaml', import.meta.url));

// A day of the year: 02-30 or 04-31 match the pattern but are no day (02-29 is, in leap years).
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MM_DD = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected "MM-DD"')
  .refine((s) => Number(s.slice(3, 5)) <= (DAYS_IN_MONTH[Number(s.slice(0, 2)) - 1] ?? 0), 'expected "MM-DD", a day of the year');
const share = z.number().min(0).max(1);
const age = z.number().int().min(0).max(120);
const bySex = z.strictObject({ M: age, F: age });
const mmdd = (text: string): number => Number(text.slice(0, 2)) * 100 + Number(text.slice(3, 5));
const fils = (_: never, at: { src: YamlSource; path: KeyPath }) => filsAt(at.src, at.path);
const rate = (_: never, at: { src: YamlSource; path: KeyPath }) => rateAt(at.src, at.path);

/** The parameters of models/ssc-optional.yaml: what each value must be and how it becomes exact. */
export const OPTIONAL_RULE_SPECS = {
  minWage: spec(z.number().positive(), fils),
  averageWage: spec(z.number().positive(), fils),
  entryCapMultiple: spec(z.number().positive().max(100), rate),
  entryWageCapFactorByAge: spec(z.array(z.strictObject({ age, factor: z.number().positive().max(100) })).min(1), (rows: Array<{ age: number }>, at) => {
    rows.forEach((row, i) => {
      if (i > 0 && row.age <= rows[i - 1]!.age) throw errorAt(at.src, [...at.path, i, 'age'], `ages must increase: ${row.age} after ${rows[i - 1]!.age}`);
    });
    return rows.map((row, i) => ({ age: row.age, factor: rateAt(at.src, [...at.path, i, 'factor']) }));
  }),
  contributionRate: spec(share, rate),
  // Day dueDay + 1 starts a month of delay, so it must exist in every month.
  dueDay: spec(z.number().int().min(1).max(27)),
  lateFeeMonthlyRate: spec(share, rate),
  lateFeeCapRate: spec(z.number().min(0).max(100).nullable(), (v: number | null, at) => (v === null ? null : rateAt(at.src, at.path))),
  maxMissedContributions: spec(z.number().int().min(1).max(600)),
  annualIncreaseMax: spec(share, rate),
  annualIncreaseWindow: spec(z.strictObject({ from: MM_DD, to: MM_DD }), (w: { from: string; to: string }, at) => {
    if (mmdd(w.to) < mmdd(w.from)) throw errorAt(at.src, [...at.path, 'to'], `window ends (${w.to}) before it starts (${w.from})`);
    return { from: mmdd(w.from), to: mmdd(w.to) };
  }),
  returnIncreaseMax: spec(share, rate),
  returnIncreaseMaxYears: spec(z.number().int().min(0).max(100)),
  oneTimeReductionMax: spec(share, rate),
  oneTimeReductionMaxAge: spec(bySex),
  firstTimeMaxAge: spec(bySex),
  minAge: spec(age),
  eligibleNationalities: spec(z.array(z.string().regex(/^[A-Z]{2}$/)).min(1)),
  chargeMonthOn: spec(z.enum(['due-date', 'month-start'])),
};

/**
 * Build the rules from a parsed model file, with a scenario's overrides (`rules:` in a scenario,
 * each `{ value, source }`) when given. Exact money and rates are read from the text.
 */
export function optionalRulesFromSource(
  src: YamlSource,
  overrides?: { src: YamlSource; path: KeyPath },
): OptionalRules & { readonly provenanceFiles: Readonly<Record<string, ParamProvenance>>; readonly plainValues: Readonly<Record<string, unknown>> } {
  const { values, provenance, plain } = loadParameterSet(OPTIONAL_RULE_SPECS, src, overrides);
  const p: Record<string, { source: string; confidence: 'verified' | 'reported' | 'assumption' }> = {};
  for (const [k, v] of Object.entries(provenance)) p[k] = { source: v.source, confidence: v.confidence ?? 'assumption' };
  return { ...(values as unknown as Omit<OptionalRules, 'provenance'>), provenance: p, provenanceFiles: provenance, plainValues: plain };
}

/**
 * Load and validate the optional-enrollment rule parameters.
 * @param path a model file; defaults to the shipped `models/ssc-optional.yaml`
 * @throws {InputError} naming file, line:column and key for an unknown key, a wrong type or a value out of range
 * @example loadModel().contributionRate // => { units: 175, scale: 1000 }
 */
export function loadModel(path: string = DEFAULT_MODEL_PATH): OptionalRules {
  return optionalRulesFromSource(readYamlSource(path));
}
