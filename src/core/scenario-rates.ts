import { lateFeeMonthlyRateOf, lateFeeCapRateOf } from '../rules/late-fee.js';
import { contributionRateOf } from '../rules/contribution.js';
import type { CellLayout } from './layout.js';
import { PENSIONER_AGES } from './layout.js';
import type { MonthContext } from './month-context.js';
import { monthlyProbability } from './monthly-rate.js';
import { POP_AGES, type ResolvedScenario } from './resolved-scenario.js';

/**
 * The year's decrement rates as monthly probabilities (q_month = 1 - (1 - q)^(1/12)) at each
 * row's age x and at x + 1 (a row holds both, month-context.ts mixes them by the month).
 */
export function setYearRates(ctx: MonthContext, s: ResolvedScenario, L: CellLayout, y: number): void {
  const b = s.behaviour;
  const p = s.pension;
  const q = s.demography.deathProbability[y]!;
  const at = (sex: number, age: number) => sex * POP_AGES + Math.min(age, POP_AGES - 1);
  const death = (sex: number, age: number) => monthlyProbability(Math.min(1, q[at(sex, age)]! * b.mortalityMultiplier));
  const disabledDeath = (sex: number, age: number) => monthlyProbability(Math.min(1, q[at(sex, age)]! * b.mortalityMultiplier * p.disability.mortalityMultiplier));
  for (let sex = 0; sex < 2; sex++) {
    for (let ai = 0; ai < L.nAge; ai++) {
      const age = L.ageMin + ai;
      const ri = sex * L.nAge + ai;
      ctx.yearDeath[ri] = death(sex, age);
      ctx.yearDeathNext[ri] = death(sex, age + 1);
      ctx.yearCoveredWork[ri] = monthlyProbability(b.exitCoveredWorkRate[at(sex, age)]!);
      ctx.yearCoveredWorkNext[ri] = monthlyProbability(b.exitCoveredWorkRate[at(sex, age + 1)]!);
      ctx.yearRequest[ri] = monthlyProbability(b.requestRate[at(sex, age)]!);
      ctx.yearRequestNext[ri] = monthlyProbability(b.requestRate[at(sex, age + 1)]!);
      ctx.yearDisability[ri] = monthlyProbability(p.disability.incidence[at(sex, age)]!);
      ctx.yearDisabilityNext[ri] = monthlyProbability(p.disability.incidence[at(sex, age + 1)]!);
      ctx.yearEarlyTakeUp[ri] = monthlyProbability(p.earlyRetirement.takeUp[at(sex, age)]!);
      ctx.yearEarlyTakeUpNext[ri] = monthlyProbability(p.earlyRetirement.takeUp[at(sex, age + 1)]!);
      ctx.reEntryM[ri] = monthlyProbability(b.reEntryRate);
    }
    for (let age = 0; age < PENSIONER_AGES; age++) {
      ctx.pensionerYearDeath[sex * PENSIONER_AGES + age] = death(sex, age);
      ctx.pensionerYearDeathNext[sex * PENSIONER_AGES + age] = death(sex, age + 1);
      ctx.disabledYearDeath[sex * PENSIONER_AGES + age] = disabledDeath(sex, age);
      ctx.disabledYearDeathNext[sex * PENSIONER_AGES + age] = disabledDeath(sex, age + 1);
    }
  }
}

/** What stays the same all projection: payment behaviour and fees by arrears state, rates, pension terms. */
export function setConstants(ctx: MonthContext, s: ResolvedScenario): void {
  const pay = s.behaviour.payment;
  const feeRate = lateFeeMonthlyRateOf(s.rules);
  const feeCap = lateFeeCapRateOf(s.rules);
  let cumulative = 0;
  for (let k = 0; k < ctx.layout.nK; k++) {
    ctx.catchUp[k] = pay.catchUp[k]!;
    ctx.stay[k] = k === 0 ? 0 : pay.stay[k]!;
    ctx.miss[k] = pay.miss[k]!;
    // Fees of one month overdue m started months: min(m x rate, cap) contributions (rules/late-fee.ts).
    const stay = Math.min(k * feeRate, feeCap);
    ctx.feeStay[k] = stay;
    cumulative += stay;
    ctx.feeCatchUp[k] = cumulative;
  }
  ctx.contributionRate = contributionRateOf(s.rules);
  const p = s.pension;
  for (let sex = 0; sex < 2; sex++) {
    ctx.retirementAge[sex] = p.normalRetirementAge[sex]!;
    ctx.lastActiveRow[sex] = p.normalRetirementAge[sex]! - 1 - ctx.layout.ageMin;
  }
  ctx.qualifyingMonths = p.qualifyingMonths;
  ctx.accrualRate = p.accrualRate;
  ctx.continueAfterPensionAge = s.behaviour.continueAfterPensionAge;
  ctx.survivorProbability[0] = p.survivorProbability[0];
  ctx.survivorProbability[1] = p.survivorProbability[1];
  ctx.survivorShare = p.survivorShare;
  ctx.survivorAgeDifference[0] = p.survivorAgeDifference[0];
  ctx.survivorAgeDifference[1] = p.survivorAgeDifference[1];
  ctx.deathPensionMinMonths = 12 * p.deathPensionMinServiceYears;
  ctx.lumpSumRatePerMonth = p.lumpSumRatePerMonth;
  ctx.early = p.earlyRetirement;
  ctx.disability = p.disability;
  ctx.orphans = p.orphans;
  ctx.earlyRetirementOn = p.earlyRetirement.routes.length > 0 && p.earlyRetirement.takeUp.some((x) => x > 0);
  ctx.deathInServiceOnDisabilityPension = p.deathInServicePension === 'disability';
}
