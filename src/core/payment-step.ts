import type { ActiveBlock } from './active-block.js';
import { stepCell } from './cell-month.js';
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
 * the monthly contribution, and the chance of paying anything.
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
    ctx.paidPerPerson[k] = pc * (k + 1) + ps;
    ctx.feesPerPerson[k] = pc * ctx.feeCatchUp[k]! + ps * ctx.feeStay[k]!;
    ctx.payersPerPerson[k] = pc + ps;
  }
}

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
        // A missed month adds an uncredited year to 1/12 of the missers, up to the age index.
        const upTo = (g <= ai ? rowUp : rowG) + off;
        cells += nK;
        const ri = sex * nAge + ai;
        const qd = deathM[ri]!;
        const qe = coveredWorkM[ri]!;
        const qr = requestM[ri]!;
        const qi = disabilityM[ri]!;
        // Credited months at the start of the month: 12 (j - 1) + m + p, j = ai + 1 - g (service-phase.ts).
        const monthBase = monthStartServiceBase(ai + 1 - g, m);
        // Past their birthday this year: m/12 of the row, none in the row that leaves at its birthday.
        const wa = ai < ctx.lastActiveRow[sex]! ? after : 0;
        // The early-retirement rate, worked out at the row's first cell with anyone (rows are often empty).
        let qx = 0;
        let rowDisabled = 0, rowDisabledWage = 0, rowEarly = 0, rowEarlyWage = 0;
        // Catchers-up land in state 0, 0..2 uncredited years down: summed here, written once.
        let c0 = 0, c0w = 0, c1 = 0, c1w = 0, c2 = 0, c2w = 0;
        let rowDeaths = 0, rowDeathWage = 0, rowLeaving = 0, rowLeavingWage = 0;
        let touched = false;
        const wagesBefore = wages;
        for (let k = 0; k < nK; k++) {
          const i = base + k;
          const n = P[i]!;
          if (!(n > 0)) continue;
          if (!touched) {
            touched = true;
            if (earlyOn) qx = earlyRetirementRate(ctx, sex, ai, monthBase, wa);
          }
          const w = W[i]! / n;
          // 1. Decrements; 2. the month falls due; 3. payments (cell-month.ts).
          const cm = stepCell(n, w, qd, qi, qx, qe, qr, k, ctx);
          const d = cm.deaths;
          rowDisabled += cm.disabled;
          rowDisabledWage += cm.disabled * w;
          rowEarly += cm.early;
          rowEarlyWage += cm.early * w;
          const e = cm.coveredWork;
          const r = cm.requests;
          const rem = cm.remaining;
          deaths += d;
          exitsCoveredWork += e;
          exitsRequest += r;
          rowDeaths += d;
          rowDeathWage += d * w;
          rowLeaving += e + r;
          rowLeavingWage += (e + r) * w;
          wages += rem * w;
          due += cm.due;
          principal += cm.principal;
          fees += cm.fees;
          const payers = cm.payers;
          contributors += payers;
          if (share > 0) {
            const perMonth = share * cm.contribution;
            subsidy += payers * (perMonth < cap ? perMonth : cap);
          }
          const catchers = cm.catchers;
          const stayers = cm.stayers;
          const missers = cm.missers;
          // 4. Catching up k months credits k months beyond this one: k/12 of the catchers move
          // down an uncredited year (a whole year per 12 months first).
          const down = k * twelfths;
          if (down < 1) {
            const move = catchers * down;
            c0 += catchers - move;
            c0w += (catchers - move) * w;
            c1 += move;
            c1w += move * w;
          } else if (down < 2) {
            const move = catchers * (down - 1);
            c1 += catchers - move;
            c1w += (catchers - move) * w;
            c2 += move;
            c2w += move * w;
          } else if (catchers > 0) {
            // Arrears of two years or more (maxMissedContributions above 24): the general move.
            const whole = Math.floor(down);
            const frac = down - whole;
            const g1 = g - whole > 0 ? g - whole : 0;
            const g2 = g1 > 0 ? g1 - 1 : 0;
            const j1 = (sex * nG + g1) * rowStride + off;
            const j2 = (sex * nG + g2) * rowStride + off;
            NP[j1] += catchers * (1 - frac);
            NW[j1] += catchers * (1 - frac) * w;
            NP[j2] += catchers * frac;
            NW[j2] += catchers * frac * w;
          }
          if (stayers > 0) {
            NP[i] += stayers;
            NW[i] += stayers * w;
          }
          if (k + 1 < nK) {
            const up = missers * twelfths;
            NP[i + 1] += missers - up;
            NW[i + 1] += (missers - up) * w;
            NP[upTo + k + 1] += up;
            NW[upTo + k + 1] += up * w;
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
        NP[rowDown1 + off] += c1;
        NW[rowDown1 + off] += c1w;
        NP[rowDown2 + off] += c2;
        NW[rowDown2 + off] += c2w;
        const j = ai + 1 - g;
        if (rowDeaths > 0) settleDeaths(ctx, flows, awards, sex, L.ageMin + ai, monthBase, true, true, rowDeaths, rowDeathWage / rowDeaths);
        if (rowDisabled > 0) settleDisability(ctx, flows, awards, sex, L.ageMin + ai, monthBase, rowDisabled, rowDisabledWage);
        if (rowEarly > 0) settleEarlyRetirement(ctx, flows, awards, sex, ai, monthBase, wa, rowEarly, rowEarlyWage);
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
