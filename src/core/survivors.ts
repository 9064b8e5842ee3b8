import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionPools } from './pension-pools.js';
import { POP_AGES } from './resolved-scenario.js';

/**
 * Survivors' pensions on the deaths of `deaths` persons of sex `sex`, age `age` (at 1 January),
 * whose pensions (the one they drew, or the one their death in service earns) add up to
 * `pensionMass` JOD a month ([A] readings, models/ssc-pension.yaml):
 *  - a spouse with probability survivorProbability[sex], of the opposite sex and
 *    survivorAgeDifference years apart, survivorShare of the pension;
 *  - children under the orphans' end age, children[sex, age] on average, their ages spread
 *    evenly over the ages within ageSpread of age - parentAgeGap (ages at or above the end age dropped),
 *    half of each sex, sharePerChild of the pension each, all of them at most maximumShare.
 * Awards go to `awards` (paid from the next month) and their counts to `flows`.
 */
export function leaveSurvivors(ctx: MonthContext, awards: PensionPools, flows: MonthFlows, sex: number, age: number, deaths: number, pensionMass: number): void {
  const p = ctx.survivorProbability[sex]!;
  if (p > 0) {
    const spouses = deaths * p;
    const mass = pensionMass * p * ctx.survivorShare;
    awards.spouses.add(1 - sex, age + ctx.survivorAgeDifference[sex]!, spouses, mass);
    flows.newSurvivors += spouses;
    flows.newSurvivorPensions += mass;
  }
  const o = ctx.orphans;
  if (o === null) return;
  const children = o.children[sex * POP_AGES + (age < POP_AGES - 1 ? age : POP_AGES - 1)]!;
  if (!(children > 0)) return;
  const centre = age - o.parentAgeGap;
  const lo = Math.max(0, centre - o.ageSpread);
  const hi = Math.min(o.endAge - 1, centre + o.ageSpread);
  if (hi < lo) return;
  const share = Math.min(children * o.sharePerChild, o.maximumShare);
  const orphans = deaths * children;
  const mass = pensionMass * share;
  const perAge = 1 / (2 * (hi - lo + 1));
  for (let a = lo; a <= hi; a++) {
    awards.orphans.add(0, a, orphans * perAge, mass * perAge);
    awards.orphans.add(1, a, orphans * perAge, mass * perAge);
  }
  flows.newOrphans += orphans;
  flows.newOrphanPensions += mass;
}

/**
 * The month's deaths of members and former members that leave survivors' pensions, by
 * [sex][age at 1 January]: the persons whose death earns a pension and the pension mass (JOD a
 * month). leaveSurvivors is linear in both for a given sex and age, so the steps add each row's
 * deaths here and the month splits them among spouses and orphans once per sex and age
 * (leaveSurvivorsDue): the same awards as row by row, with one split where there were dozens.
 */
export class SurvivorsDue {
  readonly persons = new Float64Array(2 * POP_AGES);
  readonly pensionMass = new Float64Array(2 * POP_AGES);

  add(sex: number, age: number, persons: number, pensionMass: number): void {
    if (!(age < POP_AGES)) throw new RangeError(`survivors due at age ${age}: members are younger than ${POP_AGES}`);
    const i = sex * POP_AGES + age;
    this.persons[i] += persons;
    this.pensionMass[i] += pensionMass;
  }
}

/** Make the survivors' awards of the deaths in `due` (leaveSurvivors, by sex and age) and empty it. */
export function leaveSurvivorsDue(ctx: MonthContext, awards: PensionPools, flows: MonthFlows, due: SurvivorsDue): void {
  const P = due.persons;
  const M = due.pensionMass;
  for (let i = 0; i < P.length; i++) {
    if (!(P[i]! > 0)) continue;
    const sex = i < POP_AGES ? 0 : 1;
    leaveSurvivors(ctx, awards, flows, sex, i - sex * POP_AGES, P[i]!, M[i]!);
    P[i] = 0;
    M[i] = 0;
  }
}
