import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionerPool } from './pensioner-pool.js';
import { serviceAtLeast } from './service-phase.js';

/**
 * The benefits on the death of members or former members (death insurance, [A] readings):
 * those with at least deathPensionMinMonths credited leave a survivor (probability by sex of the
 * deceased, the opposite sex, the model's age difference) survivorShare of the pension they had
 * earned; every other death pays the heirs the lump sum.
 *
 * The dying have credited months S = base + p: p = 0..11 evenly spread when `spread` (cells by
 * whole years, service-phase.ts), p = 0 otherwise (cells by exact months).
 */
export function settleDeaths(ctx: MonthContext, flows: MonthFlows, survivors: PensionerPool, sex: number, age: number, base: number, spread: boolean, deaths: number, wage: number): void {
  if (!(deaths > 0)) return;
  let eligible: number;
  let eligibleMonths: number;
  let otherMonths: number;
  if (spread) {
    const split = serviceAtLeast(base, ctx.deathPensionMinMonths);
    eligible = split.share;
    eligibleMonths = split.meanMonths;
    otherMonths = eligible < 1 ? (base + 5.5 - eligible * eligibleMonths) / (1 - eligible) : 0;
  } else {
    eligible = base >= ctx.deathPensionMinMonths ? 1 : 0;
    eligibleMonths = base;
    otherMonths = base;
  }
  const withSurvivor = deaths * eligible * ctx.survivorProbability[sex]!;
  if (withSurvivor > 0) {
    const pension = ctx.survivorShare * ctx.pensionFor(eligibleMonths, wage);
    survivors.add(1 - sex, age + ctx.survivorAgeDifference[sex]!, withSurvivor, withSurvivor * pension);
    flows.newSurvivors += withSurvivor;
    flows.newSurvivorPensions += withSurvivor * pension;
  }
  const heirsOfEligible = deaths * eligible - withSurvivor;
  const heirsOfOthers = deaths * (1 - eligible);
  const amount = heirsOfEligible * ctx.lumpSumFor(eligibleMonths, wage) + heirsOfOthers * ctx.lumpSumFor(otherMonths, wage);
  flows.lumpSumsDeath += amount;
  flows.lumpSumRecipientsDeath += heirsOfEligible + heirsOfOthers;
}
