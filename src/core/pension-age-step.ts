import type { ActiveBlock } from './active-block.js';
import { birthdayShare } from './birthdays.js';
import type { CompletionPool } from './completion-pool.js';
import { cellIndex } from './layout.js';
import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionerPool } from './pensioner-pool.js';
import { birthdayServiceBase } from './service-phase.js';

/**
 * Members of a block reaching pension age (60 M / 55 F), after the month's payments: those of
 * the row below pension age whose birthday falls this month (birthdays.ts: 1 / (12 - m) of the
 * row). Each has credited months S = 12 j - 11 + m + p (service-phase.ts), p = 0..11 evenly:
 *  - S >= the qualifying months (180): an old-age pension max(minimum, accrual x S / 12 x wage),
 *    first paid next month;
 *  - fewer: a share continueAfterPensionAge goes on contributing in the completion pool with
 *    exactly Q - S months still to pay; the others leave with the lump sum rate x wage x S.
 * New pensioners go to `newPensioners` at their age at 1 January.
 */
export function pensionAgeBirthdays(block: ActiveBlock, ctx: MonthContext, flows: MonthFlows, newPensioners: PensionerPool, completion: CompletionPool): void {
  const L = block.layout;
  const nK = L.nK;
  const P = block.persons;
  const W = block.wage;
  const m = ctx.month;
  const f = birthdayShare(m);
  const Q = ctx.qualifyingMonths;
  const cont = ctx.continueAfterPensionAge;
  for (let sex = 0; sex < 2; sex++) {
    const r = ctx.lastActiveRow[sex]!;
    if (r < block.aLo || r > block.aHi) continue;
    for (let g = 0; g <= block.gHi && g <= r + 1; g++) {
      const base = birthdayServiceBase(r + 1 - g, m);
      // p >= lo have the qualifying months.
      const lo = Q - base <= 0 ? 0 : Q - base > 12 ? 12 : Q - base;
      const i0 = cellIndex(L, sex, g, r, 0);
      for (let k = 0; k < nK; k++) {
        const i = i0 + k;
        const n = P[i]!;
        if (!(n > 0)) continue;
        const w = W[i]! / n;
        const take = n * f;
        P[i] = n - take;
        W[i] = W[i]! - take * w;
        const perPhase = take / 12;
        if (lo < 12) {
          let pensions = 0;
          for (let p = lo; p < 12; p++) pensions += ctx.pensionFor(base + p, w);
          const retiring = perPhase * (12 - lo);
          flows.retirements += retiring;
          flows.retirementPensions += perPhase * pensions;
          flows.retirementFinalWages += retiring * w;
          newPensioners.add(sex, L.ageMin + r, retiring, perPhase * pensions);
        }
        for (let p = 0; p < lo; p++) {
          const months = base + p > 0 ? base + p : 0;
          const gone = perPhase * (1 - cont);
          if (gone > 0) {
            flows.lumpSumExits += gone;
            flows.lumpSumsPensionAge += gone * ctx.lumpSumFor(months, w);
          }
          const staying = perPhase - gone;
          if (staying > 0) completion.add(sex, r, Q - months, k, staying, staying * w);
        }
      }
    }
  }
}
