import type { ActiveBlock } from './active-block.js';
import { settleDeaths } from './deaths.js';
import type { FormerMembers } from './former-members.js';
import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionerPool } from './pensioner-pool.js';

/**
 * One month of the former subscribers, run first in the month: deaths (death benefits as for
 * members), re-enrollment below pension age into `reEntryTarget` (state 0, same service and last
 * wage), ageing by 1/12, and at pension age a deferred old-age pension with the qualifying
 * service, else a lump sum.
 */
export function stepFormerMembers(pool: FormerMembers, ctx: MonthContext, flows: MonthFlows, survivors: PensionerPool, newPensioners: PensionerPool, reEntryTarget: ActiveBlock): void {
  const L = pool.layout;
  const nAge = L.nAge;
  const P = pool.persons;
  const W = pool.wage;
  const qualifying = ctx.qualifyingServiceYears;
  for (let sex = 0; sex < 2; sex++) {
    const nra = ctx.retirementAge[sex]! - L.ageMin;
    for (let s = 0; s < L.nService; s++) {
      const rowBase = (sex * L.nService + s) * nAge;
      for (let ai = nAge - 1; ai >= 0; ai--) {
        const i = rowBase + ai;
        const n = P[i]!;
        if (!(n > 0)) continue;
        const w = W[i]! / n;
        const ri = sex * nAge + ai;
        const d = n * ctx.deathM[ri]!;
        flows.inactiveDeaths += d;
        if (d > 0) settleDeaths(ctx, flows, survivors, sex, L.ageMin + ai, s, d, w);
        const re = ai < nra ? (n - d) * ctx.reEntryM[ri]! : 0;
        if (re > 0) {
          flows.reEntrants += re;
          reEntryTarget.add(sex, ai - s, ai, 0, re, re * w);
        }
        let rem = n - d - re;
        if (ai >= nra) {
          // At or above pension age: a deferred pension or a lump sum, now.
          if (s >= qualifying) {
            flows.inactiveRetirements += rem;
            newPensioners.add(sex, L.ageMin + ai, rem, rem * ctx.pensionFor(s, w));
          } else {
            flows.inactiveLumpSumExits += rem;
            flows.lumpSums += rem * ctx.lumpSumFor(s, w);
          }
          P[i] = 0;
          W[i] = 0;
          continue;
        }
        const up = rem / 12;
        rem -= up;
        P[i] = rem;
        W[i] = rem * w;
        if (ai + 1 < nAge) {
          P[i + 1] += up;
          W[i + 1] += up * w;
        } else if (s >= qualifying) {
          flows.inactiveRetirements += up;
          newPensioners.add(sex, L.ageMax + 1, up, up * ctx.pensionFor(s, w));
        } else {
          flows.inactiveLumpSumExits += up;
          flows.lumpSums += up * ctx.lumpSumFor(s, w);
        }
      }
    }
  }
}
