import type { ActiveBlock } from './active-block.js';
import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionerPool } from './pensioner-pool.js';

/**
 * Ageing and retirement of a block of active subscribers, in place, after the payment step:
 *  - 1/12 of each age cell moves to the next age (ages uniform within the year);
 *  - those reaching pension age (60 M / 55 F) without the qualifying service go on contributing
 *    with probability continueAfterPensionAge, the others leave with a lump sum;
 *  - every cell at or above pension age with the qualifying service (180 months: 15 years)
 *    retires on an old-age pension = max(minimum, accrual x service x wage);
 *  - those ageing past maxActiveAge leave: a pension with the qualifying service, else a lump sum.
 * New pensioners go to `newPensioners` (first paid next month).
 */
export function ageAndRetire(block: ActiveBlock, ctx: MonthContext, flows: MonthFlows, newPensioners: PensionerPool): void {
  const L = block.layout;
  const nK = L.nK;
  const nAge = L.nAge;
  const P = block.persons;
  const W = block.wage;
  const qualifying = ctx.qualifyingServiceYears;
  const cont = ctx.continueAfterPensionAge;
  for (let sex = 0; sex < 2; sex++) {
    const nra = ctx.retirementAge[sex]! - L.ageMin;
    for (let g = 0; g <= block.gHi; g++) {
      const rowBase = (sex * L.nGap + g) * nAge;
      // Rows with an age index below g are empty (g <= age index). Moving up an age at the same g
      // credits the year's service (layout.ts): service = age index - g.
      const aFrom = block.aLo > g ? block.aLo : g;
      for (let ai = block.aHi; ai >= aFrom; ai--) {
        const base = (rowBase + ai) * nK;
        const serviceAfter = ai + 1 - g;
        for (let k = 0; k < nK; k++) {
          const i = base + k;
          const n = P[i]!;
          if (!(n > 0)) continue;
          const mass = W[i]!;
          const up = n / 12;
          const upW = mass / 12;
          P[i] = n - up;
          W[i] = mass - upW;
          if (ai === nAge - 1) {
            leave(ctx, flows, newPensioners, sex, L.ageMax + 1, serviceAfter, up, upW / up);
          } else if (ai + 1 === nra && serviceAfter < qualifying) {
            const gone = up * (1 - cont);
            if (gone > 0) {
              flows.lumpSumExits += gone;
              flows.lumpSums += gone * ctx.lumpSumFor(serviceAfter, upW / up);
            }
            P[i + nK] += up - gone;
            W[i + nK] += upW - gone * (upW / up);
          } else {
            P[i + nK] += up;
            W[i + nK] += upW;
          }
        }
      }
      // Retirement: at or above pension age with the qualifying service (age index - g >= 15).
      for (let ai = Math.max(nra, aFrom, g + qualifying); ai <= block.aHi + 1 && ai < nAge; ai++) {
        const base = (rowBase + ai) * nK;
        for (let k = 0; k < nK; k++) {
          const i = base + k;
          const n = P[i]!;
          if (!(n > 0)) continue;
          flows.retirements += n;
          newPensioners.add(sex, L.ageMin + ai, n, n * ctx.pensionFor(ai - g, W[i]! / n));
          P[i] = 0;
          W[i] = 0;
        }
      }
    }
  }
  if (block.aHi >= 0 && block.aHi < nAge - 1) block.aHi++;
}

/** Leaving active membership at the oldest active age: a pension with the qualifying service, else a lump sum. */
function leave(ctx: MonthContext, flows: MonthFlows, newPensioners: PensionerPool, sex: number, age: number, service: number, persons: number, wage: number): void {
  const s = service;
  if (s >= ctx.qualifyingServiceYears) {
    flows.retirements += persons;
    newPensioners.add(sex, age, persons, persons * ctx.pensionFor(s, wage));
  } else {
    flows.lumpSumExits += persons;
    flows.lumpSums += persons * ctx.lumpSumFor(s, wage);
  }
}
