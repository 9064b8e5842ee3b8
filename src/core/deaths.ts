import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionPools } from './pension-pools.js';
import { firstPhaseAtLeast } from './service-phase.js';

/**
 * The benefits on the death of members or former members (death insurance, [A] readings):
 * those with at least deathPensionMinMonths credited leave survivors (survivors.ts) their shares
 * of the pension the death earns: for members in service (`inService`), the disability pension
 * when the model says so (deathInServicePension: disability), else the old-age pension on their
 * credited months; their heirs without a spouse's pension, and the heirs of every other death,
 * get the lump sum.
 *
 * The dying have credited months S = base + p: p = 0..11 evenly spread when `spread` (cells by
 * whole years, service-phase.ts), p = 0 otherwise (cells by exact months).
 */
export function settleDeaths(ctx: MonthContext, flows: MonthFlows, awards: PensionPools, sex: number, age: number, base: number, spread: boolean, inService: boolean, deaths: number, wage: number): void {
  if (!(deaths > 0)) return;
  let eligible: number;
  let eligibleMonths: number;
  let otherMonths: number;
  // The first phase with the months (spread only).
  const lo = spread ? firstPhaseAtLeast(base, ctx.deathPensionMinMonths) : 0;
  if (spread) {
    // The phases p >= lo have the months (service-phase.ts); no object made: this runs for every row every month.
    eligible = (12 - lo) / 12;
    eligibleMonths = lo < 12 ? base + (lo + 11) / 2 : 0;
    otherMonths = eligible < 1 ? (base + 5.5 - eligible * eligibleMonths) / (1 - eligible) : 0;
  } else {
    eligible = base >= ctx.deathPensionMinMonths ? 1 : 0;
    eligibleMonths = base;
    otherMonths = base;
  }
  const withPension = deaths * eligible;
  const withSpouse = withPension * ctx.survivorProbability[sex]!;
  if (withPension > 0) {
    // The pension each dying member earns, phase by phase (its minimum and cap are not linear in the months).
    const disability = inService && ctx.deathInServiceOnDisabilityPension;
    let mass: number;
    if (spread) {
      let perMember = 0;
      // The pension never falls with the months: when the last phase earns only the minimum, so does every phase (no formula to work out).
      const minimum = ctx.minimumPension;
      const atMinimum = (disability ? ctx.disabilityPensionFor(base + 11, wage) : ctx.pensionFor(base + 11, wage)) === minimum;
      if (atMinimum) for (let p = lo; p < 12; p++) perMember += minimum;
      else for (let p = lo; p < 12; p++) perMember += disability ? ctx.disabilityPensionFor(base + p, wage) : ctx.pensionFor(base + p, wage);
      mass = (deaths * perMember) / 12;
    } else mass = withPension * (disability ? ctx.disabilityPensionFor(base, wage) : ctx.pensionFor(base, wage));
    // Split among spouses and orphans once a month, by sex and age (survivors.ts).
    awards.survivorsDue.add(sex, age, withPension, mass);
  }
  const heirsOfEligible = withPension - withSpouse;
  const heirsOfOthers = deaths * (1 - eligible);
  const lumpEligible = ctx.lumpSumFor(eligibleMonths, wage);
  // Not spread, both have the same months: the same lump sum, worked out once.
  const lumpOthers = spread ? ctx.lumpSumFor(otherMonths, wage) : lumpEligible;
  const amount = heirsOfEligible * lumpEligible + heirsOfOthers * lumpOthers;
  flows.lumpSumsDeath += amount;
  flows.lumpSumRecipientsDeath += heirsOfEligible + heirsOfOthers;
}
