import { birthdayShare } from './birthdays.js';
import { rowShares } from './row-shares.js';
import type { CompletionPool } from './completion-pool.js';
import { settleDeaths } from './deaths.js';
import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import { preparePayment, UNSUBSIDISED, type BlockResult } from './payment-step.js';
import type { PensionPools } from './pension-pools.js';
import type { PensionerPool } from './pensioner-pool.js';

/**
 * One month of the members completing their qualifying months at or above pension age
 * (completion-pool.ts), in the order of the payment step (payment-step.ts): decrements (deaths
 * with their death benefits; exits to covered work and requests, who leave with the lump sum,
 * being past pension age), the month falling due, payments from arrears state k. Months still
 * missing M fall by the contributions credited: 1 paying or staying, k + 1 catching up; at M <= 0
 * the member retires on max(minimum, accrual x S / 12 x wage) with S = Q - M credited months,
 * paid from next month. Reaching nK unpaid ends the enrollment with the lump sum. At the oldest
 * active age the members whose birthday falls this month leave with the lump sum.
 * As in the payment step, the decrements are the age's shares (row-shares.ts) x the row's persons
 * and wage mass, and the payments sums over the row's cells against tables by k.
 */
export function stepCompletion(cur: CompletionPool, next: CompletionPool, ctx: MonthContext, flows: MonthFlows, awards: PensionPools, out: BlockResult): void {
  preparePayment(ctx, UNSUBSIDISED.missMultiplier);
  const L = cur.layout;
  const nK = L.nK;
  const nAge = L.nAge;
  const Q = cur.qualifyingMonths;
  const P = cur.persons;
  const W = cur.wage;
  const NP = next.persons;
  const NW = next.wage;
  const { death, coveredWork, request } = ctx.completionRates;
  const { pCatch, pStay, pMiss, paidPerPerson, feesPerPerson, payersPerPerson } = ctx;
  const rate = ctx.contributionRate;
  const NO = next.occupied;
  const CO = cur.occupied;
  const mHi = cur.mHi;
  const perRow = cur.perRow;
  const newPensioners = awards.oldAge;
  const wagesByAge = ctx.wagesByAge;
  let cells = 0;
  let contributors = 0;
  let deaths = 0;
  let wages = 0;
  let due = 0;
  let principal = 0;
  let fees = 0;
  let leavers = 0;
  let touchedAny = false;
  for (let sex = 0; sex < 2; sex++) {
    for (let ai = cur.aLo; ai <= cur.aHi; ai++) {
      const ri = sex * nAge + ai;
      // Decrements, the same shares for every cell of the age (row-shares.ts): deaths, covered work, requests.
      const sh = rowShares(death[ri]!, 0, 0, coveredWork[ri]!, request[ri]!);
      const rem = sh.remaining;
      const leaveShare = sh.coveredWork + sh.request;
      const age = L.ageMin + ai;
      const rowStart = ri * perRow;
      const occ = ri * Q - 1;
      let ageWages = 0;
      for (let M = 1; M <= mHi; M++) {
        // The row's cells from kn on are empty (completion-pool.ts occupied): not visited, still counted.
        const kn = CO[occ + M]!;
        if (kn === 0) continue;
        const base = rowStart + (M - 1) * nK;
        cells += nK;
        const served = Q - M;
        // Sums over the row's cells of persons and wage mass, and weighted by what a person of state k pays.
        let sumN = 0, sumW = 0, payN = 0, paidW = 0, feeW = 0;
        // Wage mass of those leaving with the lump sum: after nK unpaid months.
        let endedW = 0, ended = 0;
        for (let k = 0; k < kn; k++) {
          const i = base + k;
          const n = P[i]!;
          if (!(n > 0)) continue;
          const wm = W[i]!;
          sumN += n;
          sumW += wm;
          payN += n * payersPerPerson[k]!;
          paidW += wm * paidPerPerson[k]!;
          feeW += wm * feesPerPerson[k]!;
          // Paying k + 1 months (catching up) or one (the oldest month): M falls; at M <= 0, a pension.
          const cc = rem * pCatch[k]!;
          const catchers = n * cc;
          if (catchers > 0) {
            const M2 = M - k - 1;
            if (M2 <= 0) retire(sex, age, catchers, wm / n, Q - M2, ctx, flows, newPensioners);
            else {
              const j = rowStart + (M2 - 1) * nK;
              NP[j] += catchers;
              NW[j] += wm * cc;
              if (NO[occ + M2] === 0) NO[occ + M2] = 1;
            }
          }
          const sc = rem * pStay[k]!;
          const stayers = n * sc;
          if (stayers > 0) {
            if (M === 1) retire(sex, age, stayers, wm / n, Q, ctx, flows, newPensioners);
            else {
              const j = rowStart + (M - 2) * nK + k;
              NP[j] += stayers;
              NW[j] += wm * sc;
              if (NO[occ + M - 1]! <= k) NO[occ + M - 1] = k + 1;
            }
          }
          const mc = rem * pMiss[k]!;
          const missers = n * mc;
          if (missers > 0) {
            if (k + 1 < nK) {
              NP[i + 1] += missers;
              NW[i + 1] += wm * mc;
              if (NO[occ + M]! <= k + 1) NO[occ + M] = k + 2;
            } else {
              // Reaching nK unpaid ends the enrollment: the lump sum.
              ended += missers;
              endedW += wm * mc;
            }
          }
        }
        if (!(sumN > 0)) continue;
        touchedAny = true;
        const remW = rem * sumW;
        ageWages += remW;
        due += rate * remW;
        principal += rate * rem * paidW;
        fees += rate * rem * feeW;
        contributors += rem * payN;
        // Leaving at or above pension age without the qualifying months (for covered work or on
        // request, or after nK unpaid months): the lump sum, counted as a lump-sum exit (they do not become former members).
        const leavingW = leaveShare * sumW + endedW;
        leavers += leaveShare * sumN + ended;
        if (leavingW > 0) flows.lumpSumsPensionAge += ctx.lumpSumFor(served, leavingW);
        const rowDeaths = sh.death * sumN;
        if (rowDeaths > 0) settleDeaths(ctx, flows, awards, sex, age, served, false, true, rowDeaths, sumW / sumN);
        deaths += rowDeaths;
      }
      wages += ageWages;
      if (wagesByAge !== null) wagesByAge[ri] += ageWages;
    }
  }
  if (touchedAny) {
    next.aLo = Math.min(next.aLo, cur.aLo);
    next.aHi = Math.max(next.aHi, cur.aHi);
    next.mHi = Math.max(next.mHi, cur.mHi);
  }
  flows.deaths += deaths;
  flows.lumpSumExits += leavers;
  flows.insurableWages += wages;
  flows.contributionsDue += due;
  flows.principalPaid += principal;
  flows.lateFees += fees;
  flows.contributors += contributors;
  out.contributors = contributors;
  out.subsidy = 0;
  out.cells = cells;
  if (!touchedAny) return;
  // The oldest active age: members whose birthday falls this month leave with the lump sum.
  const oldest = nAge - 1;
  if (next.aHi === oldest) {
    const f = birthdayShare(ctx.month);
    for (let sex = 0; sex < 2; sex++) {
      const occOldest = (sex * nAge + oldest) * Q - 1;
      for (let M = 1; M <= next.mHi; M++) {
        const base = next.index(sex, oldest, M, 0);
        const kn = NO[occOldest + M]!;
        for (let k = 0; k < kn; k++) {
          const n = NP[base + k]!;
          if (!(n > 0)) continue;
          const gone = n * f;
          const w = NW[base + k]! / n;
          NP[base + k] = n - gone;
          NW[base + k] = NW[base + k]! - gone * w;
          flows.lumpSumExits += gone;
          flows.lumpSumsPensionAge += gone * ctx.lumpSumFor(Q - M, w);
        }
      }
    }
  }
}

/** Persons of wage w who have just completed their months: an old-age pension on S credited months, paid from next month. */
function retire(sex: number, age: number, persons: number, w: number, S: number, ctx: MonthContext, flows: MonthFlows, newPensioners: PensionerPool): void {
  const pension = ctx.pensionFor(S, w);
  flows.retirements += persons;
  flows.retirementPensions += persons * pension;
  flows.retirementFinalWages += persons * w;
  newPensioners.add(sex, age, persons, persons * pension);
}
