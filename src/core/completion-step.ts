import { birthdayShare } from './birthdays.js';
import type { CompletionPool } from './completion-pool.js';
import { settleDeaths } from './deaths.js';
import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import { preparePayment, UNSUBSIDISED, type BlockResult } from './payment-step.js';
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
 */
export function stepCompletion(cur: CompletionPool, next: CompletionPool, ctx: MonthContext, flows: MonthFlows, survivors: PensionerPool, newPensioners: PensionerPool, out: BlockResult): void {
  preparePayment(ctx, UNSUBSIDISED.missMultiplier);
  const L = cur.layout;
  const nK = L.nK;
  const nAge = L.nAge;
  const Q = cur.qualifyingMonths;
  const P = cur.persons;
  const W = cur.wage;
  const NP = next.persons;
  const NW = next.wage;
  const rate = ctx.contributionRate;
  const { death, coveredWork, request } = ctx.completionRates;
  let cells = 0;
  let contributors = 0;
  let touchedAny = false;
  for (let sex = 0; sex < 2; sex++) {
    for (let ai = cur.aLo; ai <= cur.aHi; ai++) {
      const ri = sex * nAge + ai;
      const qd = death[ri]!;
      const qe = coveredWork[ri]!;
      const qr = request[ri]!;
      const age = L.ageMin + ai;
      for (let M = 1; M <= cur.mHi; M++) {
        const base = cur.index(sex, ai, M, 0);
        cells += nK;
        const served = Q - M;
        for (let k = 0; k < nK; k++) {
          const i = base + k;
          const n = P[i]!;
          if (!(n > 0)) continue;
          touchedAny = true;
          const w = W[i]! / n;
          const d = n * qd;
          const e = (n - d) * qe;
          const r = (n - d - e) * qr;
          const rem = n - d - e - r;
          flows.deaths += d;
          settleDeaths(ctx, flows, survivors, sex, age, served, false, d, w);
          // Leaving at or above pension age without the qualifying months (for covered work or on
          // request): the lump sum, counted as a lump-sum exit (they do not become former members).
          if (e + r > 0) {
            flows.lumpSumExits += e + r;
            flows.lumpSumsPensionAge += (e + r) * ctx.lumpSumFor(served, w);
          }
          const c = rate * w;
          const remC = rem * c;
          flows.insurableWages += rem * w;
          if (ctx.wagesByAge !== null) ctx.wagesByAge[ri] += rem * w;
          flows.contributionsDue += remC;
          flows.principalPaid += remC * ctx.paidPerPerson[k]!;
          flows.lateFees += remC * ctx.feesPerPerson[k]!;
          contributors += rem * ctx.payersPerPerson[k]!;
          const catchers = rem * ctx.pCatch[k]!;
          const stayers = rem * ctx.pStay[k]!;
          const missers = rem - catchers - stayers;
          land(next, sex, ai, M - k - 1, 0, catchers, w, Q, ctx, flows, newPensioners);
          land(next, sex, ai, M - 1, k, stayers, w, Q, ctx, flows, newPensioners);
          if (k + 1 < nK) {
            if (missers > 0) {
              const j = next.index(sex, ai, M, k + 1);
              NP[j] += missers;
              NW[j] += missers * w;
              if (ai < next.aLo) next.aLo = ai;
              if (ai > next.aHi) next.aHi = ai;
              if (M > next.mHi) next.mHi = M;
            }
          } else if (missers > 0) {
            flows.lumpSumExits += missers;
            flows.lumpSumsPensionAge += missers * ctx.lumpSumFor(served, w);
          }
        }
      }
    }
  }
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
      for (let M = 1; M <= next.mHi; M++) {
        const base = next.index(sex, oldest, M, 0);
        for (let k = 0; k < nK; k++) {
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

/** Persons of wage w now missing M2 months at state k: into the next pool, or retired at M2 <= 0. */
function land(next: CompletionPool, sex: number, ai: number, M2: number, k: number, persons: number, w: number, Q: number, ctx: MonthContext, flows: MonthFlows, newPensioners: PensionerPool): void {
  if (!(persons > 0)) return;
  if (M2 <= 0) {
    const pension = ctx.pensionFor(Q - M2, w);
    flows.retirements += persons;
    flows.retirementPensions += persons * pension;
    flows.retirementFinalWages += persons * w;
    newPensioners.add(sex, next.layout.ageMin + ai, persons, persons * pension);
    return;
  }
  const j = next.index(sex, ai, M2, k);
  next.persons[j] += persons;
  next.wage[j] += persons * w;
  if (ai < next.aLo) next.aLo = ai;
  if (ai > next.aHi) next.aHi = ai;
  if (M2 > next.mHi) next.mHi = M2;
}
