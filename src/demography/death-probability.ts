import type { Sex } from '../rules/optional-rules.js';
import { singleAgeDeathRates } from './death-rates.js';

/**
 * Probability of dying within a year at a constant central death rate (force of mortality) m:
 * q = 1 - exp(-m), computed as -expm1(-m) so that small rates keep their digits.
 * @example annualDeathProbability(0.01) // => 0.009950166250831947 (1 - Math.exp(-0.01) gives ...831893)
 */
export function annualDeathProbability(m: number): number {
  return -Math.expm1(-m);
}

/**
 * Probability of dying within a month from an annual probability q, with the monthly risk
 * constant over the year: q_month = 1 - (1 - q)^(1/12), computed as -expm1(log1p(-q) / 12).
 * Twelve months of survival give back 1 - q.
 * @example monthlyDeathProbability(0.12) // => 0.010596241035319002
 */
export function monthlyDeathProbability(q: number): number {
  return -Math.expm1(Math.log1p(-q) / 12);
}

/**
 * Monthly death probabilities of Jordan by single age 0..100 (index 100 = 100+) for a calendar
 * year: q = 1 - exp(-m) from `singleAgeDeathRates`, then q_month = 1 - (1 - q)^(1/12)
 * (equal to 1 - exp(-m/12)).
 * @example monthlyDeathProbabilities('M', 2017)[0] // => 0.001306911080242149 (1 - exp(-0.01569319 / 12))
 */
export function monthlyDeathProbabilities(sex: Sex, year: number): Float64Array {
  return singleAgeDeathRates(sex, year).map((m) => monthlyDeathProbability(annualDeathProbability(m)));
}
