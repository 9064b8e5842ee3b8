import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { filsAt, parameter, rateAt, type Provenance } from '../assumptions/parameter.js';
import { parseWithSchema } from '../assumptions/validate.js';
import { errorAt, readYamlSource, type YamlSource } from '../assumptions/yaml-source.js';
import type { OptionalRules } from './optional-rules.js';

/** The default model file shipped with the engine. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ssc-optional.yaml', import.meta.url));

const MM_DD = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected "MM-DD"');
const share = z.number().min(0).max(1);
const age = z.number().int().min(0).max(120);
const bySex = z.strictObject({ M: age, F: age });

const modelSchema = z.strictObject({
  minWage: parameter(z.number().positive()),
  averageWage: parameter(z.number().positive()),
  entryCapMultiple: parameter(z.number().positive().max(100)),
  entryWageCapFactorByAge: parameter(z.array(z.strictObject({ age, factor: z.number().positive().max(100) })).min(1)),
  contributionRate: parameter(share),
  // Day dueDay + 1 starts a month of delay, so it must exist in every month.
  dueDay: parameter(z.number().int().min(1).max(27)),
  lateFeeMonthlyRate: parameter(share),
  lateFeeCapRate: parameter(z.number().min(0).max(100).nullable()),
  maxMissedContributions: parameter(z.number().int().min(1).max(600)),
  annualIncreaseMax: parameter(share),
  annualIncreaseWindow: parameter(z.strictObject({ from: MM_DD, to: MM_DD })),
  returnIncreaseMax: parameter(share),
  returnIncreaseMaxYears: parameter(z.number().int().min(0).max(100)),
  oneTimeReductionMax: parameter(share),
  oneTimeReductionMaxAge: parameter(bySex),
  firstTimeMaxAge: parameter(bySex),
  minAge: parameter(age),
  eligibleNationalities: parameter(z.array(z.string().regex(/^[A-Z]{2}$/)).min(1)),
  chargeMonthOn: parameter(z.enum(['due-date', 'month-start'])),
});

const mmdd = (text: string): number => Number(text.slice(0, 2)) * 100 + Number(text.slice(3, 5));

/** Build the rules from a parsed model file (exact money and rates are read from the text). */
export function optionalRulesFromSource(src: YamlSource): OptionalRules {
  const m = parseWithSchema(src, modelSchema);
  const table = m.entryWageCapFactorByAge.value;
  for (let i = 1; i < table.length; i++) {
    if (table[i]!.age <= table[i - 1]!.age) {
      throw errorAt(src, ['entryWageCapFactorByAge', 'value', i, 'age'], `ages must increase: ${table[i]!.age} after ${table[i - 1]!.age}`);
    }
  }
  const w = m.annualIncreaseWindow.value;
  if (mmdd(w.to) < mmdd(w.from)) throw errorAt(src, ['annualIncreaseWindow', 'value', 'to'], `window ends (${w.to}) before it starts (${w.from})`);
  const provenance: Record<string, Provenance> = {};
  for (const [name, p] of Object.entries(m)) provenance[name] = { source: p.source, confidence: p.confidence };
  const v = (name: string) => [name, 'value'];
  return {
    minWage: filsAt(src, v('minWage')),
    averageWage: filsAt(src, v('averageWage')),
    entryCapMultiple: rateAt(src, v('entryCapMultiple')),
    entryWageCapFactorByAge: table.map((row, i) => ({ age: row.age, factor: rateAt(src, ['entryWageCapFactorByAge', 'value', i, 'factor']) })),
    contributionRate: rateAt(src, v('contributionRate')),
    dueDay: m.dueDay.value,
    lateFeeMonthlyRate: rateAt(src, v('lateFeeMonthlyRate')),
    lateFeeCapRate: m.lateFeeCapRate.value === null ? null : rateAt(src, v('lateFeeCapRate')),
    maxMissedContributions: m.maxMissedContributions.value,
    annualIncreaseMax: rateAt(src, v('annualIncreaseMax')),
    annualIncreaseWindow: { from: mmdd(w.from), to: mmdd(w.to) },
    returnIncreaseMax: rateAt(src, v('returnIncreaseMax')),
    returnIncreaseMaxYears: m.returnIncreaseMaxYears.value,
    oneTimeReductionMax: rateAt(src, v('oneTimeReductionMax')),
    oneTimeReductionMaxAge: m.oneTimeReductionMaxAge.value,
    firstTimeMaxAge: m.firstTimeMaxAge.value,
    minAge: m.minAge.value,
    eligibleNationalities: m.eligibleNationalities.value,
    chargeMonthOn: m.chargeMonthOn.value,
    provenance,
  };
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
