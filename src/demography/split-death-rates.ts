import { ABRIDGED_AGE_STARTS, OPEN_AGE } from './age-groups.js';

/** Mid-points of the closed groups 1-4, 5-9, ..., 95-99 (indices 1..20 of the abridged groups). */
const MIDPOINTS: readonly number[] = ABRIDGED_AGE_STARTS.slice(1, -1).map((a, g) => (a + ABRIDGED_AGE_STARTS[g + 2]!) / 2);

/**
 * Single-age central death rates (ages 0..100, index 100 = 100+) from the 22 abridged rates
 * 0, 1-4, 5-9, ..., 95-99, 100+.
 *
 * Method: ln m is interpolated linearly between the mid-points of the groups 1-4 (age 3),
 * 5-9 (7.5), ..., 95-99 (97.5), read at the single-age mid-points a + 0.5 (the end segments are
 * extended to ages 1-2 and 98-99); then the rates of each group are multiplied by one factor so
 * that their arithmetic mean is the group's rate (so a group's rate is kept exactly, and the
 * Gompertz-like rise within a group is kept). Age 0 is 1m0 and age 100 is the 100+ rate, as
 * given. A group with a zero rate (or a zero neighbour) is held constant.
 * @throws RangeError when there are not 22 rates or a rate is negative
 * @example splitDeathRates(mx5)[0] === mx5[0] // => true; mean of [5..9] === mx5[2]
 */
export function splitDeathRates(mx5: ArrayLike<number>): Float64Array {
  const k = ABRIDGED_AGE_STARTS.length;
  if (mx5.length !== k) throw new RangeError(`splitDeathRates: expected ${k} rates (0, 1-4, ..., 100+), got ${mx5.length}`);
  for (let g = 0; g < k; g++) {
    if (!(mx5[g]! >= 0)) throw new RangeError(`splitDeathRates: rate ${g} = ${mx5[g]} is not a non-negative number`);
  }
  const out = new Float64Array(OPEN_AGE + 1);
  out[0] = mx5[0]!;
  out[OPEN_AGE] = mx5[k - 1]!;
  const closed = Array.from({ length: k - 2 }, (_, j) => mx5[j + 1]!);
  const logs = closed.map((m) => Math.log(m));
  for (let j = 0; j < closed.length; j++) {
    const from = ABRIDGED_AGE_STARTS[j + 1]!;
    const to = ABRIDGED_AGE_STARTS[j + 2]!;
    const m = closed[j]!;
    const flat = !(m > 0) || (j > 0 && !(closed[j - 1]! > 0)) || (j + 1 < closed.length && !(closed[j + 1]! > 0));
    if (flat) {
      out.fill(m, from, to);
      continue;
    }
    let sum = 0;
    for (let a = from; a < to; a++) {
      const z = a + 0.5;
      // segment of the knots to use: the one containing z, or the end segment beyond the ends
      const s = Math.min(Math.max(z < MIDPOINTS[j]! ? j - 1 : j, 0), MIDPOINTS.length - 2);
      const w = (z - MIDPOINTS[s]!) / (MIDPOINTS[s + 1]! - MIDPOINTS[s]!);
      const raw = Math.exp(logs[s]! + (logs[s + 1]! - logs[s]!) * w);
      out[a] = raw;
      sum += raw;
    }
    const factor = m / (sum / (to - from));
    for (let a = from; a < to; a++) out[a] = out[a]! * factor;
  }
  return out;
}
