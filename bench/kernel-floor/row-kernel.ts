/**
 * The completion step's row arithmetic (src/core/completion-step.ts: the loop over a row's arrears
 * cells, its sums and its moves of catchers, stayers and missers) on a synthetic pool of 24 rows x
 * 180 months missing x 24 arrears states, without the settlements (deaths, pensions, lump sums)
 * that the real step makes once a row, in two orders: `cells` (a cell at a time with its tests and
 * occupied marks, as the step is written) and `rows` (the row's sums, then its catchers, stayers
 * and missers, each one loop over the row). row-kernel.c is the same arithmetic in the same
 * orders: all four end with the same checksum, to the bit. What a cell costs when nothing else is
 * done: the floor of bench/kernel-floor.ts.
 */
const NK = 24;
const Q = 180;
const ROWS = 24;

export interface KernelSample {
  readonly cells: number;
  readonly seconds: number;
  /** Sum of the next pool and the months' totals, to 17 significant digits (C's %.17g drops trailing zeros: compare as numbers). */
  readonly checksum: string;
}

/** Step `months` months of the synthetic pool (each from the same start), timing only the steps. */
export function runRowKernel(order: 'cells' | 'rows', months: number): KernelSample {
  const size = ROWS * Q * NK;
  const P = new Float64Array(size);
  const W = new Float64Array(size);
  const NP = new Float64Array(size);
  const NW = new Float64Array(size);
  const NO = new Uint8Array(ROWS * Q + 1);
  const pCatch = new Float64Array(NK);
  const pStay = new Float64Array(NK);
  const pMiss = new Float64Array(NK);
  const paidPer = new Float64Array(NK);
  const feesPer = new Float64Array(NK);
  const payersPer = new Float64Array(NK);
  for (let k = 0; k < NK; k++) {
    pCatch[k] = k === 0 ? 0 : 0.04;
    pStay[k] = k === 0 ? 0.9 : 0.5;
    pMiss[k] = 1 - pCatch[k]! - pStay[k]!;
    paidPer[k] = pCatch[k]! * (k + 1) + pStay[k]!;
    feesPer[k] = 0.01 * k * pCatch[k]!;
    payersPer[k] = pCatch[k]! + pStay[k]!;
  }
  const acc = new Float64Array(8);
  const sc = new Float64Array(NK);
  const mc = new Float64Array(NK);
  const cc = new Float64Array(NK);

  let cells = 0;
  let seconds = 0;
  for (let m = 0; m < months; m++) {
    // The pool is refilled each month (a step's input is the last month's output): timed apart.
    for (let i = 0; i < size; i++) {
      P[i] = 1 + (i % 7);
      W[i] = P[i]! * (300 + (i % 11));
      NP[i] = 0;
      NW[i] = 0;
    }
    const t = performance.now();
    if (order === 'rows') stepByRows(P, W, NP, NW, pCatch, pStay, pMiss, paidPer, feesPer, payersPer, acc, sc, mc, cc);
    else stepByCells(P, W, NP, NW, NO, pCatch, pStay, pMiss, paidPer, feesPer, payersPer, acc);
    seconds += (performance.now() - t) / 1000;
    cells += size;
  }
  let check = 0;
  for (let i = 0; i < size; i++) check += NP[i]! + NW[i]! * 1e-3;
  for (let j = 0; j < 7; j++) check += acc[j]!;
  return { cells, seconds, checksum: check.toPrecision(17) };
}

/** One month of the synthetic pool, a cell at a time: P, W -> NP, NW (and the occupied marks NO); totals into acc. */
function stepByCells(
  P: Float64Array, W: Float64Array, NP: Float64Array, NW: Float64Array, NO: Uint8Array,
  pCatch: Float64Array, pStay: Float64Array, pMiss: Float64Array,
  paidPer: Float64Array, feesPer: Float64Array, payersPer: Float64Array, acc: Float64Array,
): void {
  let contributors = 0, wages = 0, principal = 0, fees = 0, leavers = 0, retired = 0, retiredW = 0;
  for (let r = 0; r < ROWS; r++) {
    const rem = 0.998 - 0.00005 * r;
    const rowStart = r * Q * NK;
    const occ = r * Q - 1;
    for (let M = 1; M <= Q; M++) {
      const base = rowStart + (M - 1) * NK;
      let sumN = 0, sumW = 0, payN = 0, paidW = 0, feeW = 0, endedW = 0, ended = 0;
      for (let k = 0; k < NK; k++) {
        const i = base + k;
        const n = P[i]!;
        if (!(n > 0)) continue;
        const wm = W[i]!;
        sumN += n;
        sumW += wm;
        payN += n * payersPer[k]!;
        paidW += wm * paidPer[k]!;
        feeW += wm * feesPer[k]!;
        const cc = rem * pCatch[k]!;
        const catchers = n * cc;
        if (catchers > 0) {
          const M2 = M - k - 1;
          if (M2 <= 0) {
            retired += catchers;
            retiredW += wm * cc;
          } else {
            const j = rowStart + (M2 - 1) * NK;
            NP[j] += catchers;
            NW[j] += wm * cc;
            if (NO[occ + M2] === 0) NO[occ + M2] = 1;
          }
        }
        const sc = rem * pStay[k]!;
        const stayers = n * sc;
        if (stayers > 0) {
          if (M === 1) {
            retired += stayers;
            retiredW += wm * sc;
          } else {
            const j = rowStart + (M - 2) * NK + k;
            NP[j] += stayers;
            NW[j] += wm * sc;
            if (NO[occ + M - 1]! <= k) NO[occ + M - 1] = k + 1;
          }
        }
        const mc = rem * pMiss[k]!;
        const missers = n * mc;
        if (missers > 0) {
          if (k + 1 < NK) {
            NP[i + 1] += missers;
            NW[i + 1] += wm * mc;
            if (NO[occ + M]! <= k + 1) NO[occ + M] = k + 2;
          } else {
            ended += missers;
            endedW += wm * mc;
          }
        }
      }
      wages += rem * sumW;
      principal += rem * paidW;
      fees += rem * feeW;
      contributors += rem * payN;
      leavers += ended + endedW * 1e-9;
    }
  }
  acc[0] += contributors;
  acc[1] += wages;
  acc[2] += principal;
  acc[3] += fees;
  acc[4] += leavers;
  acc[5] += retired;
  acc[6] += retiredW;
}

/**
 * The same month, a row at a time: sums, catchers, stayers, missers. Each destination cell gets
 * its terms in the order of stepByCells (within a row, the only cell with two is (M - 1, 0): the
 * catcher of k = 0, then the stayer of k = 0), so the bits are the same.
 */
function stepByRows(
  P: Float64Array, W: Float64Array, NP: Float64Array, NW: Float64Array,
  pCatch: Float64Array, pStay: Float64Array, pMiss: Float64Array,
  paidPer: Float64Array, feesPer: Float64Array, payersPer: Float64Array, acc: Float64Array,
  sc: Float64Array, mc: Float64Array, cc: Float64Array,
): void {
  let contributors = 0, wages = 0, principal = 0, fees = 0, leavers = 0, retired = 0, retiredW = 0;
  for (let r = 0; r < ROWS; r++) {
    const rem = 0.998 - 0.00005 * r;
    for (let k = 0; k < NK; k++) {
      sc[k] = rem * pStay[k]!;
      mc[k] = rem * pMiss[k]!;
      cc[k] = rem * pCatch[k]!;
    }
    const rowStart = r * Q * NK;
    for (let M = 1; M <= Q; M++) {
      const base = rowStart + (M - 1) * NK;
      let sumW = 0, payN = 0, paidW = 0, feeW = 0;
      for (let k = 0; k < NK; k++) {
        const w = W[base + k]!;
        sumW += w;
        payN += P[base + k]! * payersPer[k]!;
        paidW += w * paidPer[k]!;
        feeW += w * feesPer[k]!;
      }
      for (let k = 0; k < NK; k++) {
        const M2 = M - k - 1;
        const i = base + k;
        if (M2 <= 0) {
          retired += P[i]! * cc[k]!;
          retiredW += W[i]! * cc[k]!;
        } else {
          const j = rowStart + (M2 - 1) * NK;
          NP[j] += P[i]! * cc[k]!;
          NW[j] += W[i]! * cc[k]!;
        }
      }
      if (M > 1) {
        const d = base - NK;
        for (let k = 0; k < NK; k++) {
          NP[d + k] += P[base + k]! * sc[k]!;
          NW[d + k] += W[base + k]! * sc[k]!;
        }
      } else {
        for (let k = 0; k < NK; k++) {
          retired += P[base + k]! * sc[k]!;
          retiredW += W[base + k]! * sc[k]!;
        }
      }
      for (let k = 0; k < NK - 1; k++) {
        NP[base + k + 1] += P[base + k]! * mc[k]!;
        NW[base + k + 1] += W[base + k]! * mc[k]!;
      }
      const ended = P[base + NK - 1]! * mc[NK - 1]!;
      const endedW = W[base + NK - 1]! * mc[NK - 1]!;
      wages += rem * sumW;
      principal += rem * paidW;
      fees += rem * feeW;
      contributors += rem * payN;
      leavers += ended + endedW * 1e-9;
    }
  }
  acc[0] += contributors;
  acc[1] += wages;
  acc[2] += principal;
  acc[3] += fees;
  acc[4] += leavers;
  acc[5] += retired;
  acc[6] += retiredW;
}
