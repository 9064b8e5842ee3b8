/**
 * Monthly probability from an annual one, the decrement spread evenly over the year in the sense
 * of constant force: q_month = 1 - (1 - q_year)^(1/12) (the design note's convention).
 * @example monthlyProbability(0.12) // => 0.010596...
 */
export function monthlyProbability(annual: number): number {
  if (annual >= 1) return 1;
  if (annual <= 0) return 0;
  return -Math.expm1(Math.log1p(-annual) / 12);
}

/** Monthly growth factor from an annual rate: (1 + i)^(1/12). */
export function monthlyFactor(annualRate: number): number {
  return Math.exp(Math.log1p(annualRate) / 12);
}
