/**
 * Quantiles of a batch's runs.
 *
 * Type 7 (Hyndman and Fan 1996; R's default, numpy's "linear"): for n sorted values x_0..x_{n-1}
 * and probability p, h = (n - 1) p and Q(p) = x_floor(h) + (h - floor(h)) (x_floor(h)+1 - x_floor(h)).
 * When every value is equal, Q(p) is that value exactly (the difference is 0).
 * @example quantile7([1, 2, 3, 4], 0.25) // => 1.75
 */
export function quantile7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  return a + (h - lo) * (sorted[hi]! - a);
}

/**
 * Type 1 (inverse of the empirical distribution): the smallest x_k with (k + 1) / n >= p, for
 * quantities that must stay one of the observed values (a year).
 * @example quantile1([2050, 2060, 2070, 2080], 0.5) // => 2060
 */
export function quantile1(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  return sorted[Math.min(n - 1, Math.max(0, Math.ceil(n * p) - 1))]!;
}

/** The probabilities of percentiles.csv. */
export const PERCENTILES = [
  ['p5', 0.05],
  ['p25', 0.25],
  ['p50', 0.5],
  ['p75', 0.75],
  ['p95', 0.95],
] as const;
