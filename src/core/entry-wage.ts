import { entryWageCapJod } from '../rules/wage-bounds.js';
import type { OptionalRules } from '../rules/optional-rules.js';

/**
 * Mean declared wage of new subscribers at an age, JOD a month: the model's multiple of the
 * start year's minimum wage, moved with the economy's average wage (entrants' wages follow the
 * scenario's wage growth), within the rules' bounds [minimum wage, entry cap] of the current year.
 * @param base the start year's minimum wage x (average wage this year / average wage at the start)
 */
export function entryWage(factorOfMinimumWage: number, base: number, minimumWage: number, averageWage: number, rules: OptionalRules, age: number): number {
  const cap = entryWageCapJod(age, rules, minimumWage, averageWage);
  const w = factorOfMinimumWage * base;
  return w < minimumWage ? minimumWage : w > cap ? cap : w;
}
