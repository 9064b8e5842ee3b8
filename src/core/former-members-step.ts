import type { ActiveBlock } from './active-block.js';
import { birthdayShare } from './birthdays.js';
import { settleDeaths } from './deaths.js';
import type { FormerMembers } from './former-members.js';
import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionPools } from './pension-pools.js';
import type { PensionerPool } from './pensioner-pool.js';
import { firstPhaseAtLeast, overPhases, serviceAtLeast } from './service-phase.js';

/**
 * One month of the former subscribers (run first in the month), by [sex][completed service
 * years s][age at 1 January]; their credited months are S = 12 s + q, q = 0..11 evenly
 * (service-phase.ts). In order: deaths (death benefits as for members); re-enrollment below
 * pension age into `reEntryTarget` (state 0, last wage; tau = S + 12 - m, so (12 - m)/12 of them
 * land in service year s + 1 and m/12 in s); and, for those whose birthday at pension age falls
 * this month (1 / (12 - m) of the row below pension age, birthdays.ts), a deferred old-age
 * pension for the part with the qualifying months, the lump sum for the others.
 */
export function stepFormerMembers(pool: FormerMembers, ctx: MonthContext, flows: MonthFlows, awards: PensionPools, reEntryTarget: ActiveBlock): void {
  const L = pool.layout;
  const nAge = L.nAge;
  const P = pool.persons;
  const W = pool.wage;
  const m = ctx.month;
  const death = ctx.activeRates.death;
  for (let sex = 0; sex < 2; sex++) {
    const last = ctx.lastActiveRow[sex]!;
    for (let s = 0; s < L.nService; s++) {
      const rowBase = (sex * L.nService + s) * nAge;
      for (let ai = 0; ai <= last; ai++) {
        const i = rowBase + ai;
        const n = P[i]!;
        if (!(n > 0)) continue;
        const w = W[i]! / n;
        const ri = sex * nAge + ai;
        const d = n * death[ri]!;
        flows.formerDeaths += d;
        settleDeaths(ctx, flows, awards, sex, L.ageMin + ai, 12 * s, true, false, d, w);
        const re = (n - d) * ctx.reEntryM[ri]!;
        if (re > 0) {
          flows.reEntrants += re;
          const up = (12 - m) / 12;
          // tau = S + 12 - m: service years s + 1 (gap ai - s) or s (gap ai + 1 - s).
          if (s + 1 <= ai + 1) reEntryTarget.add(sex, ai - s, ai, 0, re * up, re * up * w);
          else reEntryTarget.add(sex, 0, ai, 0, re * up, re * up * w);
          if (up < 1) reEntryTarget.add(sex, ai + 1 - s, ai, 0, re * (1 - up), re * (1 - up) * w);
        }
        const rem = n - d - re;
        P[i] = rem;
        W[i] = rem * w;
      }
    }
  }
}

/**
 * Former members reaching pension age at the end of month m: 1 / (12 - m) of the row below
 * pension age (birthdays.ts; the row includes this month's leavers, whose birthdays are spread
 * over the same months), a deferred old-age pension for the part with the qualifying months
 * (S = 12 s + q >= Q), the lump sum for the others.
 */
export function formerPensionAgeBirthdays(pool: FormerMembers, ctx: MonthContext, flows: MonthFlows, newPensioners: PensionerPool): void {
  const L = pool.layout;
  const f = birthdayShare(ctx.month);
  const Q = ctx.qualifyingMonths;
  for (let sex = 0; sex < 2; sex++) {
    const ai = ctx.lastActiveRow[sex]!;
    for (let s = 0; s < L.nService; s++) {
      const i = (sex * L.nService + s) * L.nAge + ai;
      const n = pool.persons[i]!;
      if (!(n > 0)) continue;
      const w = pool.wage[i]! / n;
      const reaching = n * f;
      pool.persons[i] = n - reaching;
      pool.wage[i] = (n - reaching) * w;
      const split = serviceAtLeast(12 * s, Q);
      const qualified = reaching * split.share;
      if (qualified > 0) {
        // Each phase's pension on its own months (the minimum is not linear in the months).
        const mass = reaching * overPhases(12 * s, firstPhaseAtLeast(12 * s, Q), (S) => ctx.pensionFor(S, w));
        flows.deferredPensions += qualified;
        flows.deferredPensionAmounts += mass;
        newPensioners.add(sex, L.ageMin + ai, qualified, mass);
      }
      const other = reaching - qualified;
      if (other > 0) {
        const months = split.share < 1 ? (12 * s + 5.5 - split.share * split.meanMonths) / (1 - split.share) : 0;
        flows.formerLumpSumExits += other;
        flows.formerLumpSums += other * ctx.lumpSumFor(months, w);
      }
    }
  }
}
