import type { ActiveBlock } from './active-block.js';
import { settleDeaths } from './deaths.js';
import type { FormerMembers } from './former-members.js';
import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import type { PensionerPool } from './pensioner-pool.js';

/** What a block of members has that others do not: the terms of a subsidy while it lasts. */
export interface BlockTerms {
  /** Multiplier on the probability of missing a month (1 = none). */
  readonly missMultiplier: number;
  /** Share of each paid contribution the programme pays, at most capPerMonth a contribution. */
  readonly subsidyShare: number;
  readonly subsidyCapPerMonth: number;
}

export const UNSUBSIDISED: BlockTerms = { missMultiplier: 1, subsidyShare: 0, subsidyCapPerMonth: 0 };

/** Subsidy paid and persons who paid, in one block step. */
export interface BlockResult {
  subsidy: number;
  contributors: number;
  /** Cells visited (the benchmark's unit: cells x months). */
  cells: number;
}

/**
 * The payment probabilities of a block by arrears state k, with its miss multiplier applied
 * (the other outcomes scaled to keep the sum 1), and what they mean per person of state k:
 * contributions paid (k + 1 on catching up, 1 on paying the oldest month), fees paid in units of
 * the monthly contribution, and the chance of paying anything.
 */
function preparePayment(ctx: MonthContext, missMultiplier: number): void {
  for (let k = 0; k < ctx.layout.nK; k++) {
    let pc = ctx.catchUp[k]!;
    let ps = k === 0 ? 0 : ctx.stay[k]!;
    const pm = ctx.miss[k]!;
    if (missMultiplier !== 1) {
      const pm2 = Math.min(1, pm * missMultiplier);
      if (pm < 1) {
        const f = (1 - pm2) / (1 - pm);
        pc *= f;
        ps *= f;
      } else pc = 1 - pm2;
    }
    ctx.pCatch[k] = pc;
    ctx.pStay[k] = ps;
    ctx.paidPerPerson[k] = pc * (k + 1) + ps;
    ctx.feesPerPerson[k] = pc * ctx.feeCatchUp[k]! + ps * ctx.feeStay[k]!;
    ctx.payersPerPerson[k] = pc + ps;
  }
}

/**
 * One month of the active subscribers of a block, cell by cell, in the model's order:
 *  1. deaths (monthly q), then exits to covered work, then terminations on request, each on the
 *     persons left by the one before (exits keep their credits as former members; their arrears
 *     are written off; death benefits on the mean wage of those dying in the sex x service x age row);
 *  2. the month falls due for the remaining R persons: insurable wages R x w, due R x C with
 *     C = contribution rate x w;
 *  3. payment from arrears state k: catch up in full (to 0, paying k + 1 contributions and the fees
 *     of k, k-1, ..., 1 started months of delay), pay the oldest unpaid month only (stay at k,
 *     paying 1 contribution and its k months of fees), or miss (to k + 1; reaching nK unpaid
 *     terminates the enrollment, the member becomes a former member);
 *  4. service: each paid contribution credits a month, and the cell moves up a service year by
 *     that many twelfths (uniform within the year).
 * Results go to `next` (cleared before), which the caller swaps in. Ageing is a separate pass.
 * The loop allocates nothing; running sums stay in locals and reach `flows` once.
 */
export function stepPayments(cur: ActiveBlock, next: ActiveBlock, ctx: MonthContext, terms: BlockTerms, flows: MonthFlows, former: FormerMembers, survivors: PensionerPool, out: BlockResult): void {
  preparePayment(ctx, terms.missMultiplier);
  const L = cur.layout;
  const nK = L.nK;
  const nAge = L.nAge;
  const nS = L.nService;
  const sTop = nS - 1;
  const rowStride = nAge * nK;
  const P = cur.persons;
  const W = cur.wage;
  const NP = next.persons;
  const NW = next.wage;
  const FP = former.persons;
  const FW = former.wage;
  const rate = ctx.contributionRate;
  const pCatch = ctx.pCatch;
  const pStay = ctx.pStay;
  const paidPerPerson = ctx.paidPerPerson;
  const feesPerPerson = ctx.feesPerPerson;
  const payersPerPerson = ctx.payersPerPerson;
  const deathM = ctx.deathM;
  const coveredWorkM = ctx.coveredWorkM;
  const requestM = ctx.requestM;
  const wagesByAge = ctx.wagesByAge;
  const share = terms.subsidyShare;
  const cap = terms.subsidyCapPerMonth;
  // A catcher-up from k pays k + 1 months: whole service years up (0, 1 or 2) and a fraction.
  const twelfths = 1 / 12;
  let subsidy = 0;
  let contributors = 0;
  let deaths = 0;
  let exitsCoveredWork = 0;
  let exitsRequest = 0;
  let terminations = 0;
  let wages = 0;
  let due = 0;
  let principal = 0;
  let fees = 0;
  let nextSHi = next.sHi;
  let cells = 0;
  for (let sex = 0; sex < 2; sex++) {
    for (let s = 0; s <= cur.sHi; s++) {
      const sUp1 = s + 1 < sTop ? s + 1 : sTop;
      const sUp2 = s + 2 < sTop ? s + 2 : sTop;
      const sUp3 = s + 3 < sTop ? s + 3 : sTop;
      const rowS = (sex * nS + s) * rowStride;
      const rowUp1 = (sex * nS + sUp1) * rowStride;
      const rowUp2 = (sex * nS + sUp2) * rowStride;
      const rowUp3 = (sex * nS + sUp3) * rowStride;
      let rowTouched = false;
      // Service cannot exceed the years since age 16: rows with age index < s are empty, and a
      // move up stops at the age index (s <= age - 16 always).
      for (let ai = cur.aLo > s ? cur.aLo : s; ai <= cur.aHi; ai++) {
        const off = ai * nK;
        const base = rowS + off;
        const room = ai - s;
        const to1 = (room >= 1 ? rowUp1 : rowS) + off;
        const to2 = (room >= 2 ? rowUp2 : room >= 1 ? rowUp1 : rowS) + off;
        const to3 = (room >= 3 ? rowUp3 : room >= 2 ? rowUp2 : room >= 1 ? rowUp1 : rowS) + off;
        cells += nK;
        const ri = sex * nAge + ai;
        const qd = deathM[ri]!;
        const qe = coveredWorkM[ri]!;
        const qr = requestM[ri]!;
        // Catchers-up land in state 0, 0..3 service years up: summed here, written once.
        let c0 = 0, c0w = 0, c1 = 0, c1w = 0, c2 = 0, c2w = 0, c3 = 0, c3w = 0;
        let rowDeaths = 0, rowDeathWage = 0, rowLeaving = 0, rowLeavingWage = 0;
        let touched = false;
        const wagesBefore = wages;
        for (let k = 0; k < nK; k++) {
          const i = base + k;
          const n = P[i]!;
          if (!(n > 0)) continue;
          touched = true;
          const w = W[i]! / n;
          // 1. Decrements.
          const d = n * qd;
          const e = (n - d) * qe;
          const r = (n - d - e) * qr;
          const rem = n - d - e - r;
          deaths += d;
          exitsCoveredWork += e;
          exitsRequest += r;
          rowDeaths += d;
          rowDeathWage += d * w;
          rowLeaving += e + r;
          rowLeavingWage += (e + r) * w;
          // 2. The month falls due; 3. payments.
          const c = rate * w;
          const remC = rem * c;
          wages += rem * w;
          due += remC;
          principal += remC * paidPerPerson[k]!;
          fees += remC * feesPerPerson[k]!;
          contributors += rem * payersPerPerson[k]!;
          if (share > 0) {
            const perMonth = share * c;
            subsidy += rem * paidPerPerson[k]! * (perMonth < cap ? perMonth : cap);
          }
          const catchers = rem * pCatch[k]!;
          const stayers = rem * pStay[k]!;
          const missers = rem - catchers - stayers;
          // 4. Service credit and the new arrears state.
          const up = (k + 1) * twelfths;
          if (up < 1) {
            const goUp = catchers * up;
            c0 += catchers - goUp;
            c0w += (catchers - goUp) * w;
            c1 += goUp;
            c1w += goUp * w;
          } else if (up < 2) {
            const goUp = catchers * (up - 1);
            c1 += catchers - goUp;
            c1w += (catchers - goUp) * w;
            c2 += goUp;
            c2w += goUp * w;
          } else {
            const goUp = catchers * (up - 2);
            c2 += catchers - goUp;
            c2w += (catchers - goUp) * w;
            c3 += goUp;
            c3w += goUp * w;
          }
          if (stayers > 0) {
            const goUp = stayers * twelfths;
            NP[i] += stayers - goUp;
            NW[i] += (stayers - goUp) * w;
            NP[to1 + k] += goUp;
            NW[to1 + k] += goUp * w;
          }
          if (k + 1 < nK) {
            NP[i + 1] += missers;
            NW[i + 1] += missers * w;
          } else {
            terminations += missers;
            rowLeaving += missers;
            rowLeavingWage += missers * w;
          }
        }
        if (!touched) continue;
        rowTouched = true;
        if (wagesByAge !== null) wagesByAge[sex * nAge + ai] += wages - wagesBefore;
        NP[base] += c0;
        NW[base] += c0w;
        NP[to1] += c1;
        NW[to1] += c1w;
        if (c2 > 0) {
          NP[to2] += c2;
          NW[to2] += c2w;
          if (sUp2 > nextSHi) nextSHi = sUp2;
        }
        if (c3 > 0) {
          NP[to3] += c3;
          NW[to3] += c3w;
          if (sUp3 > nextSHi) nextSHi = sUp3;
        }
        if (rowDeaths > 0) settleDeaths(ctx, flows, survivors, sex, L.ageMin + ai, s, rowDeaths, rowDeathWage / rowDeaths);
        if (rowLeaving > 0) {
          const j = (sex * nS + s) * nAge + ai;
          FP[j] += rowLeaving;
          FW[j] += rowLeavingWage;
        }
      }
      if (rowTouched && sUp1 > nextSHi) nextSHi = sUp1;
    }
  }
  next.sHi = nextSHi;
  if (cur.aLo < next.aLo) next.aLo = cur.aLo;
  if (cur.aHi > next.aHi) next.aHi = cur.aHi;
  flows.deaths += deaths;
  flows.exitsCoveredWork += exitsCoveredWork;
  flows.exitsRequest += exitsRequest;
  flows.terminationsArrears += terminations;
  flows.insurableWages += wages;
  flows.contributionsDue += due;
  flows.principalPaid += principal;
  flows.lateFees += fees;
  flows.contributors += contributors;
  out.subsidy = subsidy;
  out.contributors = contributors;
  out.cells = cells;
}
