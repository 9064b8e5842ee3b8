/**
 * Slopes at the knots of the monotone piecewise-cubic Hermite interpolant (PCHIP) of Fritsch &
 * Carlson (1980) with the Fritsch & Butland (1984) weighted harmonic mean, as in MATLAB's
 * `pchip` (Moler, "Numerical Computing with MATLAB", 2004, section 3.4): at an interior knot
 * the slope is 0 where the data turn (or are flat on one side), else
 * (w1 + w2) / (w1/δ(k-1) + w2/δk) with w1 = 2h(k) + h(k-1), w2 = h(k) + 2h(k-1); at the ends a
 * one-sided three-point slope, set to 0 if its sign differs from the end secant and to 3 times
 * the end secant if the secants change sign and it is larger. The interpolant is then monotone
 * on every interval where the data are.
 * @example pchipSlopes([0, 1, 2], [0, 1, 2]) // => Float64Array [1, 1, 1]
 */
export function pchipSlopes(xs: ArrayLike<number>, ys: ArrayLike<number>): Float64Array {
  const k = xs.length;
  if (k < 2 || ys.length !== k) throw new RangeError('pchipSlopes: need at least 2 knots and as many values');
  const h = new Float64Array(k - 1);
  const delta = new Float64Array(k - 1);
  for (let i = 0; i < k - 1; i++) {
    h[i] = xs[i + 1]! - xs[i]!;
    if (!(h[i]! > 0)) throw new RangeError('pchipSlopes: knots must increase strictly');
    delta[i] = (ys[i + 1]! - ys[i]!) / h[i]!;
  }
  const d = new Float64Array(k);
  if (k === 2) {
    d[0] = d[1] = delta[0]!;
    return d;
  }
  for (let i = 1; i < k - 1; i++) {
    const a = delta[i - 1]!;
    const b = delta[i]!;
    if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) d[i] = 0;
    else {
      const w1 = 2 * h[i]! + h[i - 1]!;
      const w2 = h[i]! + 2 * h[i - 1]!;
      d[i] = (w1 + w2) / (w1 / a + w2 / b);
    }
  }
  d[0] = endSlope(h[0]!, h[1]!, delta[0]!, delta[1]!);
  d[k - 1] = endSlope(h[k - 2]!, h[k - 3]!, delta[k - 2]!, delta[k - 3]!);
  return d;
}

function endSlope(h0: number, h1: number, del0: number, del1: number): number {
  const d = ((2 * h0 + h1) * del0 - h0 * del1) / (h0 + h1);
  if (Math.sign(d) !== Math.sign(del0)) return 0;
  if (Math.sign(del0) !== Math.sign(del1) && Math.abs(d) > Math.abs(3 * del0)) return 3 * del0;
  return d;
}

/**
 * The increase of the cubic Hermite interpolant on one interval from its start to the
 * fraction t in [0, 1] of the interval: Δy h01(t) + h (d0 h10(t) + d1 h11(t)), where Δy is the
 * increase over the whole interval, h its width and d0, d1 the slopes at its ends. Exactly 0 at
 * t = 0 and Δy at t = 1.
 * @example hermiteIncrease(1, 1, 1, 1, 0.5) // => 0.5
 */
export function hermiteIncrease(dy: number, h: number, d0: number, d1: number, t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return dy;
  const t2 = t * t;
  const t3 = t2 * t;
  return dy * (3 * t2 - 2 * t3) + h * (d0 * (t3 - 2 * t2 + t) + d1 * (t3 - t2));
}
