import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionPools } from './pension-pools.js';
import { firstPhaseAtLeast } from './service-phase.js';

/**
 * Active members becoming permanently disabled this month ([A] incidence, models/ssc-pension.yaml)
 * in a row with credited months base + p (p = 0..11 evenly, service-phase.ts): the phases with
 * at least disabilityMinMonths draw the disability pension of their exact months
 * (ctx.disabilityPensionFor, paid from the next month); the others leave with the lump sum.
 *
 * The law also asks that 24 of the contributions be consecutive: credited months are counted
 * and the condition taken as met (README "Disability": an optional member's credits come in
 * spells, and 60 credited months in spells all shorter than 24 need three or more spells).
 */
export function settleDisability(ctx: MonthContext, flows: MonthFlows, awards: PensionPools, sex: number, age: number, base: number, persons: number, wageMass: number): void {
  if (!(persons > 0)) return;
  const w = wageMass / persons;
  const lo = firstPhaseAtLeast(base, ctx.disability!.minMonths);
  const perPhase = persons / 12;
  if (lo < 12) {
    let mass = 0;
    for (let p = lo; p < 12; p++) mass += perPhase * ctx.disabilityPensionFor(base + p, w);
    const awarded = perPhase * (12 - lo);
    flows.disabilityAwards += awarded;
    flows.disabilityPensions += mass;
    awards.disability.add(sex, age, awarded, mass);
  }
  if (lo > 0) {
    let amount = 0;
    for (let p = 0; p < lo; p++) amount += perPhase * ctx.lumpSumFor(base + p > 0 ? base + p : 0, w);
    flows.disabilityLumpSumExits += perPhase * lo;
    flows.disabilityLumpSums += amount;
  }
}
