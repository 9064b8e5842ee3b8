/*
 * The completion step's row arithmetic (src/core/completion-step.ts, the loop over a row's arrears
 * cells) in C, on the synthetic pool of row-kernel.ts, in its two orders: `cells` (a cell at a
 * time, each with its tests, as the step is written) and `rows` (the row's sums, then its
 * catchers, stayers and missers each as one loop over the row: the stayers' and missers' moves
 * are element-wise, so a compiler vectorises them). Both give the same bits: each destination
 * cell receives its terms in the same order, and the sums are sequential. The figure
 * bench/kernel-floor.ts builds it with `-ffp-contract=off` (no fused multiply-add, no
 * -ffast-math: no reordering) and checks the checksum against the JavaScript's.
 * Usage: row-kernel cells|rows MONTHS
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NK 24
#define Q 180
#define ROWS 24

static double *restrict P, *restrict W, *restrict NP, *restrict NW;
static unsigned char *NO;
static double pCatch[NK], pStay[NK], pMiss[NK], paidPer[NK], feesPer[NK], payersPer[NK];
static double acc[8];

static void monthCells(void) {
  double contributors = 0, wages = 0, principal = 0, fees = 0, leavers = 0, retired = 0, retiredW = 0;
  for (int r = 0; r < ROWS; r++) {
    const double rem = 0.998 - 0.00005 * r;
    const long rowStart = (long)r * Q * NK;
    const long occ = (long)r * Q - 1;
    for (int M = 1; M <= Q; M++) {
      const long base = rowStart + (long)(M - 1) * NK;
      double sumN = 0, sumW = 0, payN = 0, paidW = 0, feeW = 0, endedW = 0, ended = 0;
      for (int k = 0; k < NK; k++) {
        const long i = base + k;
        const double n = P[i];
        if (!(n > 0)) continue;
        const double wm = W[i];
        sumN += n; sumW += wm;
        payN += n * payersPer[k]; paidW += wm * paidPer[k]; feeW += wm * feesPer[k];
        const double cc = rem * pCatch[k];
        const double catchers = n * cc;
        if (catchers > 0) {
          const int M2 = M - k - 1;
          if (M2 <= 0) { retired += catchers; retiredW += wm * cc; }
          else {
            const long j = rowStart + (long)(M2 - 1) * NK;
            NP[j] += catchers; NW[j] += wm * cc;
            if (NO[occ + M2] == 0) NO[occ + M2] = 1;
          }
        }
        const double sc = rem * pStay[k];
        const double stayers = n * sc;
        if (stayers > 0) {
          if (M == 1) { retired += stayers; retiredW += wm * sc; }
          else {
            const long j = rowStart + (long)(M - 2) * NK + k;
            NP[j] += stayers; NW[j] += wm * sc;
            if (NO[occ + M - 1] <= k) NO[occ + M - 1] = (unsigned char)(k + 1);
          }
        }
        const double mc = rem * pMiss[k];
        const double missers = n * mc;
        if (missers > 0) {
          if (k + 1 < NK) {
            NP[i + 1] += missers; NW[i + 1] += wm * mc;
            if (NO[occ + M] <= k + 1) NO[occ + M] = (unsigned char)(k + 2);
          } else { ended += missers; endedW += wm * mc; }
        }
      }
      wages += rem * sumW; principal += rem * paidW; fees += rem * feeW; contributors += rem * payN;
      leavers += ended + endedW * 1e-9;
    }
  }
  acc[0] += contributors; acc[1] += wages; acc[2] += principal; acc[3] += fees; acc[4] += leavers; acc[5] += retired; acc[6] += retiredW;
}

static void monthRows(void) {
  double contributors = 0, wages = 0, principal = 0, fees = 0, leavers = 0, retired = 0, retiredW = 0;
  double sc[NK], mc[NK], cc[NK];
  for (int r = 0; r < ROWS; r++) {
    const double rem = 0.998 - 0.00005 * r;
    for (int k = 0; k < NK; k++) { sc[k] = rem * pStay[k]; mc[k] = rem * pMiss[k]; cc[k] = rem * pCatch[k]; }
    const long rowStart = (long)r * Q * NK;
    for (int M = 1; M <= Q; M++) {
      const long base = rowStart + (long)(M - 1) * NK;
      const double *restrict p = P + base, *restrict w = W + base;
      double sumW = 0, payN = 0, paidW = 0, feeW = 0;
      for (int k = 0; k < NK; k++) { sumW += w[k]; payN += p[k] * payersPer[k]; paidW += w[k] * paidPer[k]; feeW += w[k] * feesPer[k]; }
      for (int k = 0; k < NK; k++) {
        const int M2 = M - k - 1;
        if (M2 <= 0) { retired += p[k] * cc[k]; retiredW += w[k] * cc[k]; }
        else { const long j = rowStart + (long)(M2 - 1) * NK; NP[j] += p[k] * cc[k]; NW[j] += w[k] * cc[k]; }
      }
      if (M > 1) {
        double *restrict np = NP + base - NK, *restrict nw = NW + base - NK;
        for (int k = 0; k < NK; k++) { np[k] += p[k] * sc[k]; nw[k] += w[k] * sc[k]; }
      } else for (int k = 0; k < NK; k++) { retired += p[k] * sc[k]; retiredW += w[k] * sc[k]; }
      double *restrict np = NP + base + 1, *restrict nw = NW + base + 1;
      for (int k = 0; k < NK - 1; k++) { np[k] += p[k] * mc[k]; nw[k] += w[k] * mc[k]; }
      const double ended = p[NK - 1] * mc[NK - 1], endedW = w[NK - 1] * mc[NK - 1];
      wages += rem * sumW; principal += rem * paidW; fees += rem * feeW; contributors += rem * payN;
      leavers += ended + endedW * 1e-9;
    }
  }
  acc[0] += contributors; acc[1] += wages; acc[2] += principal; acc[3] += fees; acc[4] += leavers; acc[5] += retired; acc[6] += retiredW;
}

int main(int argc, char **argv) {
  const int byRows = argc > 1 && argv[1][0] == 'r';
  const int months = argc > 2 ? atoi(argv[2]) : 600;
  const long size = (long)ROWS * Q * NK;
  P = malloc(size * 8); W = malloc(size * 8); NP = malloc(size * 8); NW = malloc(size * 8);
  NO = calloc((size_t)ROWS * Q + 1, 1);
  for (int k = 0; k < NK; k++) {
    pCatch[k] = k == 0 ? 0 : 0.04; pStay[k] = k == 0 ? 0.9 : 0.5; pMiss[k] = 1 - pCatch[k] - pStay[k];
    paidPer[k] = pCatch[k] * (k + 1) + pStay[k]; feesPer[k] = 0.01 * k * pCatch[k]; payersPer[k] = pCatch[k] + pStay[k];
  }
  double cells = 0, seconds = 0;
  for (int m = 0; m < months; m++) {
    /* The pool is refilled each month (as a step's input is the last month's output): timed apart. */
    for (long i = 0; i < size; i++) { P[i] = 1 + (double)(i % 7); W[i] = P[i] * (300 + (double)(i % 11)); NP[i] = 0; NW[i] = 0; }
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    if (byRows) monthRows(); else monthCells();
    clock_gettime(CLOCK_MONOTONIC, &b);
    seconds += (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    cells += (double)size;
  }
  double check = 0;
  for (long i = 0; i < size; i++) check += NP[i] + NW[i] * 1e-3;
  for (int j = 0; j < 7; j++) check += acc[j];
  printf("{\"cells\":%.0f,\"seconds\":%.9f,\"checksum\":\"%.17g\"}\n", cells, seconds, check);
  return 0;
}
