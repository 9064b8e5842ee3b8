import { applyRate, rateToNumber } from '../money/scaled-rate.js';
import type { OptionalRules } from './optional-rules.js';

/**
 * The contribution due for a month: round_half_up(declared wage x contribution rate), in fils
 * (17.5% for old-age, disability and death insurance; models/ssc-optional.yaml).
 * In integers: floor((wage x 175 x 2 + 1000) / 2000) = floor((wage x 175 + 500) / 1000).
 *
 * @example monthlyContribution(400_000, rules) // => 70_000 (400.000 JOD x 17.5%)
 * @example monthlyContribution(290_003, rules) // => 50_751 (50_750.525 rounds up)
 */
export function monthlyContribution(wageFils: number, rules: Pick<OptionalRules, 'contributionRate'>): number {
  return applyRate(wageFils, rules.contributionRate);
}

/**
 * The contribution rate as a number, for the projection's expectations (17.5% = 0.175): the same
 * model parameter `monthlyContribution` applies exactly; tested to agree with it.
 */
export function contributionRateOf(rules: Pick<OptionalRules, 'contributionRate'>): number {
  return rateToNumber(rules.contributionRate);
}
