import { applyRate, rateToNumber } from '../money/scaled-rate.js';
import type { OptionalRules } from './optional-rules.js';

/**
 * The late fee charged for one started month of delay on a month's unpaid principal:
 * round_half_up(1% x unpaid principal) in fils (SSC statement; simple, never on fees).
 * @example lateFee(70_000, rules) // => 700
 * @example lateFee(50_750, rules) // => 508 (507.5 rounds up)
 */
export function lateFee(unpaidPrincipalFils: number, rules: Pick<OptionalRules, 'lateFeeMonthlyRate'>): number {
  return applyRate(unpaidPrincipalFils, rules.lateFeeMonthlyRate);
}

/**
 * Fees on a contribution C left wholly unpaid for k started months: k x round_half_up(C / 100),
 * at most the cap (lateFeeCapRate x C, rounded half up) when the model sets one.
 * @example lateFeesForDelay(70_000, 3, rules) // => 2100
 */
export function lateFeesForDelay(contributionFils: number, startedMonths: number, rules: Pick<OptionalRules, 'lateFeeMonthlyRate' | 'lateFeeCapRate'>): number {
  const fees = startedMonths * lateFee(contributionFils, rules);
  return rules.lateFeeCapRate === null ? fees : Math.min(fees, applyRate(contributionFils, rules.lateFeeCapRate));
}

/**
 * The monthly late-fee rate as a number, for the projection's expectations (1% = 0.01): the
 * same model parameter `lateFee` uses exactly; tested to agree with it.
 */
export function lateFeeMonthlyRateOf(rules: Pick<OptionalRules, 'lateFeeMonthlyRate'>): number {
  return rateToNumber(rules.lateFeeMonthlyRate);
}

/** The late-fee cap as a share of the contribution, or +Infinity when the model sets none. */
export function lateFeeCapRateOf(rules: Pick<OptionalRules, 'lateFeeCapRate'>): number {
  return rules.lateFeeCapRate === null ? Number.POSITIVE_INFINITY : rateToNumber(rules.lateFeeCapRate);
}
