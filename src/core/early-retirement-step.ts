import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionPools } from './pension-pools.js';
import { firstPhaseAtLeast } from './service-phase.js';

/**
 * Early retirement of active members (law of 2014 as amended; models/ssc-pension.yaml).
 *
 * A member aged `age` (completed years) qualifies by any route (age reached, credited months by
 * sex). Members first insured from the new rules' first month may not retire early below
 * newRulesMinAge. The cells do not record the date of first insurance: a member with more
 * credited months than months have passed since the new rules began was surely insured before;
 * the others are taken as insured under the new rules (exact until the months of a route can
 * have passed under the new rules, 2040 for 252 months; after that, members insured before 2019
 * with gaps are treated as new: README "Early retirement").
 *
 * @returns the fewest credited months that qualify this month at this age (Infinity: none)
 */
export function earlyThreshold(ctx: MonthContext, sex: number, age: number): number {
  const e = ctx.early!;
  // The most credited months a member first insured under the new rules can have after this month.
  const newRulesMost = ctx.monthIndex - e.newRulesFrom + 1;
  let best = Infinity;
  for (const r of e.routes) {
    if (age < r.age[sex]!) continue;
    let t = r.months[sex]!;
    if (newRulesMost > 0 && age < e.newRulesMinAge[sex]! && t <= newRulesMost) t = newRulesMost + 1;
    if (t < best) best = t;
  }
  return best;
}


/**
 * A row's monthly probability of early retirement: the members aged x (share 1 - wa) and x + 1
 * (share wa, those past their birthday), each age's take-up times the share of the row's service
 * phases that qualify at that age (credited months at the start of the month: base + p).
 */
export function earlyRetirementRate(ctx: MonthContext, sex: number, ai: number, base: number, wa: number): number {
  const L = ctx.layout;
  const ri = sex * L.nAge + ai;
  const age = L.ageMin + ai;
  const t0 = ctx.yearEarlyTakeUp[ri]!;
  const t1 = wa > 0 ? ctx.yearEarlyTakeUpNext[ri]! : 0;
  let q = 0;
  if (t0 > 0) q += (1 - wa) * t0 * (12 - firstPhaseAtLeast(base, earlyThreshold(ctx, sex, age)));
  if (t1 > 0) q += wa * t1 * (12 - firstPhaseAtLeast(base, earlyThreshold(ctx, sex, age + 1)));
  return q / 12;
}

/**
 * The row's early retirees (persons, declared-wage mass) take their pensions: each age part and
 * eligible phase in proportion to its share of the rate (earlyRetirementRate), the pension of
 * its exact credited months and age (ctx.earlyPensionFor), paid from the next month.
 */
export function settleEarlyRetirement(ctx: MonthContext, flows: MonthFlows, awards: PensionPools, sex: number, ai: number, base: number, wa: number, persons: number, wageMass: number): void {
  if (!(persons > 0)) return;
  const L = ctx.layout;
  const ri = sex * L.nAge + ai;
  const age = L.ageMin + ai;
  const w = wageMass / persons;
  const rate = earlyRetirementRate(ctx, sex, ai, base, wa);
  let mass = 0;
  for (let part = 0; part < 2; part++) {
    const weight = part === 0 ? (1 - wa) * ctx.yearEarlyTakeUp[ri]! : wa * ctx.yearEarlyTakeUpNext[ri]!;
    if (!(weight > 0)) continue;
    const a = age + part;
    const perPhase = (persons * weight) / (12 * rate);
    for (let p = firstPhaseAtLeast(base, earlyThreshold(ctx, sex, a)); p < 12; p++) mass += perPhase * ctx.earlyPensionFor(base + p, w, sex, a);
  }
  flows.earlyRetirements += persons;
  flows.earlyRetirementPensions += mass;
  flows.earlyRetirementFinalWages += wageMass;
  awards.early.add(sex, age, persons, mass);
}
