import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionerPool } from './pensioner-pool.js';

/**
 * The benefits on the death of a member or former member (death insurance, [A] readings):
 * with at least deathPensionMinServiceYears credited, a survivor (probability by sex of the
 * deceased, the opposite sex, the age difference of the model) gets survivorShare of the pension
 * the member had earned; every other death pays the lump sum to the heirs.
 */
export function settleDeaths(ctx: MonthContext, flows: MonthFlows, survivors: PensionerPool, sex: number, age: number, s: number, deaths: number, wage: number): void {
  if (!(deaths > 0)) return;
  if (s >= ctx.deathPensionMinServiceYears) {
    const withSurvivor = deaths * ctx.survivorProbability[sex]!;
    if (withSurvivor > 0) {
      survivors.add(1 - sex, age + ctx.survivorAgeDifference[sex]!, withSurvivor, withSurvivor * ctx.survivorShare * ctx.pensionFor(s, wage));
      flows.newSurvivors += withSurvivor;
    }
    flows.lumpSums += (deaths - withSurvivor) * ctx.lumpSumFor(s, wage);
  } else {
    flows.lumpSums += deaths * ctx.lumpSumFor(s, wage);
  }
}
