import type { ActiveBlock } from './active-block.js';
import { rowShares } from './row-shares.js';
import { settleDeaths } from './deaths.js';
import { monthStartServiceBase } from './service-phase.js';
import type { FormerMembers } from './former-members.js';
import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import { settleDisability } from './disability-step.js';
import { earlyRetirementRate, settleEarlyRetirement } from './early-retirement-step.js';
import type { PensionPools } from './pension-pools.js';

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
 * the monthly contribution, the chance of paying anything, and where the catchers land (k/12 of
 * them credit a whole year more and move one gap year down; from 12 months on, one or two down).
 */
export function preparePayment(ctx: MonthContext, missMultiplier: number): void {
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
    const pMiss = 1 - pc - ps;
    ctx.pMiss[k] = pMiss > 0 ? pMiss : 0;
    ctx.paidPerPerson[k] = pc * (k + 1) + ps;
    ctx.feesPerPerson[k] = pc * ctx.feeCatchUp[k]! + ps * ctx.feeStay[k]!;
    ctx.payersPerPerson[k] = pc + ps;
    const down = k / 12;
    ctx.catchTo0[k] = down < 1 ? pc * (1 - down) : 0;
    ctx.catchTo1[k] = down < 1 ? pc * down : down < 2 ? pc * (2 - down) : 0;
    ctx.catchTo2[k] = down >= 1 && down < 2 ? pc * (down - 1) : 0;
  }
}

/** Arrears states from which catching up credits two years or more: the general move (maxMissedContributions above 24). */
const GENERAL_CATCH_UP_K = 24;

/**
 * One month of the active subscribers of a block, cell by cell, in the model's order:
 *  1. deaths (monthly q of the members' exact ages, month-context.ts), then exits to covered work,
 *     then terminations on request, each on the persons left by the one before (exits keep their
 *     credits as former members; their arrears are written off; death benefits on the mean wage
 *     of those dying in the sex x gap x age row);
 *  2. the month falls due for the remaining R persons: insurable wages R x w, due R x C with
 *     C = contribution rate x w;
 *  3. payment from arrears state k: catch up in full (to 0, paying k + 1 contributions and the fees
 *     of k, k-1, ..., 1 started months of delay), pay the oldest unpaid month only (stay at k,
 *     paying 1 contribution and its k months of fees), or miss (to k + 1; reaching nK unpaid
 *     terminates the enrollment, the member becomes a former member). A subsidy pays its share of
 *     at most one contribution a paying member-month (never arrears from before admission);
 *  4. service (layout.ts, service-phase.ts): paying this month leaves tau and so g as they are; a
 *     missed month lowers tau by one, so the 1/12 of missers at phase 0 move one gap year up;
 *     catching up k months raises tau by k: k/12 of the catchers (whole years first) move down,
 *     never below 0 nor above the age index + 1.
 * Results go to `next` (cleared before), which the caller swaps in. Ages move once a year (year-end.ts).
 *
 * How it is computed: the decrement rates are those of the row (sex, gap, age), the same for its
 * nK cells, so the row's decrements are its shares (row-shares.ts) x the row's persons and wage
 * mass, and the remaining of cell k are n_k x remaining. What a person of state k pays and where
 * the catchers land are tables by k (preparePayment), so the row's payments are sums over its
 * cells of n_k or wage mass W_k times those tables; only the moves between cells are written cell
 * by cell. A cell's persons and wage mass move by the same shares, so no cell's mean wage (W / n)
 * is needed but for a subsidy's cap. This is the cell-by-cell arithmetic, regrouped: the same
 * figures to the last bits (the golden runs moved by at most 2.6e-15 relative, issue 14).
 * The loop allocates nothing; running sums stay in locals and reach `flows` once.
 */
export function stepPayments(cur: ActiveBlock, next: ActiveBlock, ctx: MonthContext, terms: BlockTerms, flows: MonthFlows, former: FormerMembers, awards: PensionPools, out: BlockResult): void {
  const m = ctx.month;
  preparePayment(ctx, terms.missMultiplier);
  const L = cur.layout;
  const nK = L.nK;
  const nAge = L.nAge;
  const nG = L.nGap;
  const rowStride = nAge * nK;
  const P = cur.persons;
  const W = cur.wage;
  const NP = next.persons;
  const NW = next.wage;
  const deathM = ctx.activeRates.death;
  const coveredWorkM = ctx.activeRates.coveredWork;
  const requestM = ctx.activeRates.request;
  const disabilityM = ctx.activeRates.disability;
  const { pCatch, pStay, pMiss, paidPerPerson, feesPerPerson, payersPerPerson, catchTo0, catchTo1, catchTo2 } = ctx;
  const rate = ctx.contributionRate;
  const earlyOn = ctx.earlyRetirementOn;
  const after = m / 12;
  const wagesByAge = ctx.wagesByAge;
  const share = terms.subsidyShare;
  const cap = terms.subsidyCapPerMonth;
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
  let nextGHi = next.gHi;
  let cells = 0;
  for (let sex = 0; sex < 2; sex++) {
    for (let g = 0; g <= cur.gHi; g++) {
      const rowG = (sex * nG + g) * rowStride;
      const rowUp = (sex * nG + (g + 1 < nG ? g + 1 : g)) * rowStride;
      const rowDown1 = (sex * nG + (g >= 1 ? g - 1 : 0)) * rowStride;
      const rowDown2 = (sex * nG + (g >= 2 ? g - 2 : 0)) * rowStride;
      let rowTouched = false;
      // g <= age index + 1: rows with a younger age are empty.
      for (let ai = cur.aLo > g - 1 ? cur.aLo : g - 1; ai <= cur.aHi; ai++) {
        const off = ai * nK;
        const base = rowG + off;
        cells += nK;
        // The row's first cell with anyone (rows are often empty).
        let k0 = 0;
        while (k0 < nK && !(P[base + k0]! > 0)) k0++;
        if (k0 === nK) continue;
        rowTouched = true;
        // A missed month adds an uncredited year to 1/12 of the missers, up to the age index.
        const upTo = (g <= ai ? rowUp : rowG) + off;
        const ri = sex * nAge + ai;
        // Credited months at the start of the month: 12 (j - 1) + m + p, j = ai + 1 - g (service-phase.ts).
        const monthBase = monthStartServiceBase(ai + 1 - g, m);
        // Past their birthday this year: m/12 of the row, none in the row that leaves at its birthday.
        const wa = ai < ctx.lastActiveRow[sex]! ? after : 0;
        const qx = earlyOn ? earlyRetirementRate(ctx, sex, ai, monthBase, wa) : 0;
        // 1. Decrements, the same shares for every cell of the row (row-shares.ts).
        const sh = rowShares(deathM[ri]!, disabilityM[ri]!, qx, coveredWorkM[ri]!, requestM[ri]!);
        const rem = sh.remaining;
        // Sums over the row's cells of persons and wage mass, and of both weighted by what a
        // person of state k pays and where the catchers land: the row's flows are these x rem.
        let sumN = 0, sumW = 0, payN = 0, paidW = 0, feeW = 0;
        let c0n = 0, c0w = 0, c1n = 0, c1w = 0, c2n = 0, c2w = 0;
        for (let k = k0; k < nK; k++) {
          const i = base + k;
          const n = P[i]!;
          if (!(n > 0)) continue;
          const wm = W[i]!;
          sumN += n;
          sumW += wm;
          // 2. The month falls due for the remaining; 3. payments from state k.
          payN += n * payersPerPerson[k]!;
          paidW += wm * paidPerPerson[k]!;
          feeW += wm * feesPerPerson[k]!;
          c0n += n * catchTo0[k]!;
          c0w += wm * catchTo0[k]!;
          c1n += n * catchTo1[k]!;
          c1w += wm * catchTo1[k]!;
          c2n += n * catchTo2[k]!;
          c2w += wm * catchTo2[k]!;
          if (share > 0) {
            // The subsidy of a paying member-month: its share of the contribution, at most the cap (each cell's own mean wage).
            const perMonth = share * rate * (wm / n);
            subsidy += n * rem * payersPerPerson[k]! * (perMonth < cap ? perMonth : cap);
          }
          const st = rem * pStay[k]!;
          if (st > 0) {
            NP[i] += n * st;
            NW[i] += wm * st;
          }
          // 4. A missed month: 1/12 of the missers (those at phase 0) move an uncredited year up.
          if (k + 1 < nK) {
            const mi = rem * pMiss[k]!;
            const up = mi * twelfths;
            const keep = mi - up;
            NP[i + 1] += n * keep;
            NW[i + 1] += wm * keep;
            NP[upTo + k + 1] += n * up;
            NW[upTo + k + 1] += wm * up;
          }
          if (k >= GENERAL_CATCH_UP_K) {
            // Arrears of two years or more (maxMissedContributions above 24): the general move.
            const cc = rem * pCatch[k]!;
            const down = k * twelfths;
            const whole = Math.floor(down);
            const frac = down - whole;
            const g1 = g - whole > 0 ? g - whole : 0;
            const g2 = g1 > 0 ? g1 - 1 : 0;
            const j1 = (sex * nG + g1) * rowStride + off;
            const j2 = (sex * nG + g2) * rowStride + off;
            NP[j1] += n * cc * (1 - frac);
            NW[j1] += wm * cc * (1 - frac);
            NP[j2] += n * cc * frac;
            NW[j2] += wm * cc * frac;
          }
        }
        // Catchers-up land in state 0, 0..2 uncredited years down.
        NP[base] += rem * c0n;
        NW[base] += rem * c0w;
        NP[rowDown1 + off] += rem * c1n;
        NW[rowDown1 + off] += rem * c1w;
        NP[rowDown2 + off] += rem * c2n;
        NW[rowDown2 + off] += rem * c2w;
        const remW = rem * sumW;
        wages += remW;
        if (wagesByAge !== null) wagesByAge[ri] += remW;
        due += rate * remW;
        principal += rate * rem * paidW;
        fees += rate * rem * feeW;
        contributors += rem * payN;
        const rowDeaths = sh.death * sumN;
        deaths += rowDeaths;
        const rowCoveredWork = sh.coveredWork * sumN;
        const rowRequests = sh.request * sumN;
        exitsCoveredWork += rowCoveredWork;
        exitsRequest += rowRequests;
        let rowLeaving = rowCoveredWork + rowRequests;
        let rowLeavingWage = (sh.coveredWork + sh.request) * sumW;
        // Missing the nK-th contribution ends the enrollment: a former member.
        const nLast = P[base + nK - 1]!;
        if (nLast > 0) {
          const mi = rem * pMiss[nK - 1]!;
          terminations += nLast * mi;
          rowLeaving += nLast * mi;
          rowLeavingWage += W[base + nK - 1]! * mi;
        }
        const j = ai + 1 - g;
        if (rowDeaths > 0) settleDeaths(ctx, flows, awards, sex, L.ageMin + ai, monthBase, true, true, rowDeaths, sumW / sumN);
        const rowDisabled = sh.disabled * sumN;
        if (rowDisabled > 0) settleDisability(ctx, flows, awards, sex, L.ageMin + ai, monthBase, rowDisabled, sh.disabled * sumW);
        const rowEarly = sh.early * sumN;
        if (rowEarly > 0) settleEarlyRetirement(ctx, flows, awards, sex, ai, monthBase, wa, rowEarly, sh.early * sumW);
        if (rowLeaving > 0) former.addLeavers(sex, j, ai, m, rowLeaving, rowLeavingWage);
      }
      if (rowTouched && g + 1 < nG && g + 1 > nextGHi) nextGHi = g + 1;
      if (rowTouched && g > nextGHi) nextGHi = g;
    }
  }
  next.gHi = nextGHi;
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
