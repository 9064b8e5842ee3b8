import { rateToNumber } from '../money/scaled-rate.js';
import type { OptionalRules } from '../rules/optional-rules.js';

/** The entry-cap factor at an age, piecewise linear in the model's table (as in rules/wage-bounds.ts, in floats). */
export function entryCapFactor(rules: OptionalRules, age: number): number {
  const t = rules.entryWageCapFactorByAge;
  if (age <= t[0]!.age) return rateToNumber(t[0]!.factor);
  for (let i = 1; i < t.length; i++) {
    if (age <= t[i]!.age) {
      const a0 = t[i - 1]!.age;
      const f0 = rateToNumber(t[i - 1]!.factor);
      const f1 = rateToNumber(t[i]!.factor);
      return f0 + ((f1 - f0) * (age - a0)) / (t[i]!.age - a0);
    }
  }
  return rateToNumber(t[t.length - 1]!.factor);
}

/**
 * Mean declared wage of new subscribers at an age, JOD a month: the model's multiple of the
 * minimum wage, within the rules' bounds [minimum wage, entry cap] of the current year.
 */
export function entryWage(factorOfMinimumWage: number, minimumWage: number, averageWage: number, rules: OptionalRules, age: number): number {
  const cap = Math.max(minimumWage, rateToNumber(rules.entryCapMultiple) * averageWage * entryCapFactor(rules, age));
  const w = factorOfMinimumWage * minimumWage;
  return w < minimumWage ? minimumWage : w > cap ? cap : w;
}
