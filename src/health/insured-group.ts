import type { ResolvedHealthScenario } from './resolved-health-scenario.js';
import { optionalSchemeInsuredGroup } from './optional-insured.js';
import { populationInsuredGroup } from './population-insured.js';

/**
 * The insured group of one projection year: who contributes, who draws a pension, their wages
 * and pensions. Persons are person-years of the calendar year (the mean of the numbers at
 * 1 January and at 31 December, by age in completed years), [sex * 101 + age].
 */
export interface InsuredYear {
  readonly contributors: Float64Array;
  readonly pensioners: Float64Array;
  /** Insurable wages of the year, JOD, [sex * 101 + age]. */
  readonly insurableWages: Float64Array;
  /** Pensions paid in the year, JOD. */
  readonly pensionsPaid: number;
  /** The general population of the year (person-years) when the group is a share of it; else null. */
  readonly population: Float64Array | null;
}

/** The insured group of every projection year, from the scenario's source (`coverage.insured.from`). */
export function insuredGroup(s: ResolvedHealthScenario): InsuredYear[] {
  return s.insured.from === 'population' ? populationInsuredGroup(s, s.insured) : optionalSchemeInsuredGroup(s.insured.scenario, s.years);
}
