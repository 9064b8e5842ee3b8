import { FEMALE, POP_AGES } from '../core/resolved-scenario.js';

/** Days in a year, to turn a year's wages into a daily wage. */
export const DAYS_PER_YEAR = 365;

/**
 * SSC maternity insurance (Social Security Law No. 1 of 2014; ssc-law-facts.md): the insured
 * woman's wage for the leave period (10 weeks = 70 days) for a delivery, after at least six
 * consecutive months of contributions. The deliveries are the insured women's own (deliveries.ts):
 * with W(x) the insurable wages of the year of insured women aged x and r(x) = f_I x ASFR(x) their
 * fertility (the national rates times the insured women's multiple), a woman's daily wage is
 * W(x) / (persons x 365), so
 *   beneficiaries = claimShare x sum over x of insured women(x) x r(x) = claimShare x the insured women's deliveries
 *   benefits      = claimShare x leaveDays / 365 x sum over x of r(x) x W(x)
 * claimShare: the share of the insured women's deliveries that give a benefit (the six-month
 * condition); their lower fertility is in r, not in the claim share.
 * @param insurableWages insurable wages of the year, JOD, [sex * 101 + age] (the women's are used)
 * @param contributors insured persons, person-years, [sex * 101 + age] (the women's are used)
 * @param insuredRates the insured women's fertility rates by age 0..100 (births per woman-year): f_I x ASFR
 * @example maternityBenefit(wages, contributors, rates, 70, 1) // 1,000 women aged 30, JOD 6,000 a year each, rate 0.1:
 *   // benefits = 70 / 365 x 0.1 x 6,000,000 = 115,068.49; beneficiaries = 100
 */
export function maternityBenefit(insurableWages: Float64Array, contributors: Float64Array, insuredRates: Float64Array, leaveDays: number, claimShare: number): { benefits: number; beneficiaries: number } {
  let wages = 0;
  let births = 0;
  for (let x = 0; x < POP_AGES; x++) {
    wages += insuredRates[x]! * insurableWages[FEMALE * POP_AGES + x]!;
    births += contributors[FEMALE * POP_AGES + x]! * insuredRates[x]!;
  }
  return { benefits: (claimShare * leaveDays * wages) / DAYS_PER_YEAR, beneficiaries: claimShare * births };
}
