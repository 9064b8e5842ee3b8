/**
 * The bracket of `t` in increasing knots `ts`: the index i of the segment [ts[i], ts[i+1]] and
 * the weight w of ts[i+1]. Outside the knots the end value is held: i at the end, w = 0 or 1.
 * @example knotWeight([2012.5, 2017.5, 2022.5], 2020) // => { i: 1, w: 0.5 }
 */
export function knotWeight(ts: readonly number[], t: number): { i: number; w: number } {
  const k = ts.length;
  if (k === 0) throw new RangeError('knotWeight: no knots');
  if (!(t > ts[0]!) || k === 1) return { i: 0, w: 0 };
  if (t >= ts[k - 1]!) return { i: k - 2, w: 1 };
  let i = 0;
  while (t >= ts[i + 1]!) i++;
  return { i, w: (t - ts[i]!) / (ts[i + 1]! - ts[i]!) };
}

/**
 * Linear interpolation between two values; returns `a` itself at w = 0 and `b` itself at w = 1
 * (no rounding at the knots).
 * @example lerp(10, 20, 0.25) // => 12.5
 */
export function lerp(a: number, b: number, w: number): number {
  if (w === 0) return a;
  if (w === 1) return b;
  return a + (b - a) * w;
}

/**
 * Log-linear (geometric) interpolation between two positive values, a^(1-w) b^w; returns `a`
 * itself at w = 0 and `b` itself at w = 1. Falls back to linear interpolation when a value is 0.
 * @example logLerp(0.01, 0.04, 0.5) // => 0.02000000000000001 (exp of the mean log)
 */
export function logLerp(a: number, b: number, w: number): number {
  if (w === 0) return a;
  if (w === 1) return b;
  if (!(a > 0 && b > 0)) return lerp(a, b, w);
  return Math.exp(Math.log(a) + (Math.log(b) - Math.log(a)) * w);
}
