import { hermiteIncrease, pchipSlopes } from './pchip.js';

/**
 * Split totals of consecutive age groups into single ages, smoothly, keeping each group's total
 * and never giving a negative value.
 *
 * Method: the cumulative total C(a) (persons, or births per woman, below exact age a) is known
 * at the group bounds; it is interpolated by the monotone cubic spline PCHIP (`pchipSlopes`:
 * Fritsch-Carlson, as MATLAB `pchip`) and single age a gets C(a + 1) - C(a). A monotone spline
 * of a non-decreasing cumulative has non-negative differences, and it passes through the
 * bounds, so each group sums to its total (up to floating-point rounding, ~1e-15 relative).
 * Zero groups stay zero.
 * @param bounds group bounds in whole years, increasing: group g is [bounds[g], bounds[g+1])
 * @param totals one non-negative total a group (bounds.length - 1 of them)
 * @returns single-age values for ages bounds[0] .. bounds[last] - 1
 * @example splitGroupTotals([0, 5, 10], [50, 50]) // => 10 at each age 0..9 (to 1e-15; e.g. 10.000000000000004)
 */
export function splitGroupTotals(bounds: readonly number[], totals: ArrayLike<number>): Float64Array {
  const g = totals.length;
  if (bounds.length !== g + 1 || g === 0) throw new RangeError(`splitGroupTotals: need ${g + 1} bounds for ${g} groups, got ${bounds.length}`);
  const cum = new Float64Array(g + 1);
  for (let i = 0; i < g; i++) {
    const t = totals[i]!;
    if (!(t >= 0) || !Number.isFinite(t)) throw new RangeError(`splitGroupTotals: total ${i} = ${t} is not a non-negative number`);
    if (!Number.isInteger(bounds[i]) || !(bounds[i + 1]! > bounds[i]!)) throw new RangeError('splitGroupTotals: bounds must be increasing whole years');
    cum[i + 1] = cum[i]! + t;
  }
  const d = pchipSlopes(bounds, cum);
  const out = new Float64Array(bounds[g]! - bounds[0]!);
  for (let i = 0; i < g; i++) {
    const t = totals[i]!;
    if (t === 0) continue;
    const from = bounds[i]!;
    const h = bounds[i + 1]! - from;
    let prev = 0;
    for (let j = 1; j <= h; j++) {
      const c = hermiteIncrease(t, h, d[i]!, d[i + 1]!, j / h);
      out[from - bounds[0]! + j - 1] = Math.max(0, c - prev);
      prev = c;
    }
  }
  return out;
}
