import { FEMALE, POP_AGES } from '../core/resolved-scenario.js';

/**
 * Deliveries of a year: sum over age x of women(x) x ASFR(x), with women the covered women's
 * person-years by age ([sex * 101 + age]: the women are at 101..201) and ASFR the year's UN WPP
 * rates (births per woman-year). Covered women bear children at the national rates.
 * @example deliveries(covered, singleAgeAsfr(2026)) // e.g. 100,000 women aged 30 x 0.15 = 15,000
 */
export function deliveries(persons: Float64Array, asfr: Float64Array): number {
  let d = 0;
  for (let x = 0; x < POP_AGES; x++) d += persons[FEMALE * POP_AGES + x]! * asfr[x]!;
  return d;
}
