/** A period life table, one entry a row (age group), radix l0 = 100,000. */
export interface LifeTable {
  /** Exact age at the start of the group. */
  readonly x: Float64Array;
  /** Width of the group in years; Infinity for the last (open) group. */
  readonly n: Float64Array;
  /** Central death rate nMx (deaths per person-year). */
  readonly mx: Float64Array;
  /** nax: average years lived in the group by those who die in it. */
  readonly ax: Float64Array;
  /** nqx: probability of dying in the group for those alive at its start; 1 in the open group. */
  readonly qx: Float64Array;
  /** npx = 1 - nqx. */
  readonly px: Float64Array;
  /** Survivors to exact age x. */
  readonly lx: Float64Array;
  /** Deaths in the group: ndx = lx - l(x+n); lx in the open group. */
  readonly dx: Float64Array;
  /** Person-years lived in the group: nLx = n l(x+n) + nax ndx; lx / mx in the open group. */
  readonly Lx: Float64Array;
  /** Person-years lived above age x: the sum of nLx from x on. */
  readonly Tx: Float64Array;
  /** Life expectancy at age x: Tx / lx. */
  readonly ex: Float64Array;
}

/** The radix l0 of every life table of the engine. */
export const LIFE_TABLE_RADIX = 100_000;

/**
 * The life table of given age groups, central death rates and nax (Preston, Heuveline &
 * Guillot, "Demography", 2001, section 3.3):
 * nqx = n nMx / (1 + (n - nax) nMx) (capped at 1), l(x+n) = lx (1 - nqx), ndx = lx - l(x+n),
 * nLx = n l(x+n) + nax ndx; the last group is open: qx = 1, dx = lx, Lx = lx / mx, ax = 1 / mx.
 * The `ax` given for the open group is ignored.
 * @throws RangeError when the arrays differ in length, a rate is negative, or the open rate is not positive.
 * @example
 * // two groups, hand-computed: q0 = 0.1 / 1.07, L0 = 10^7/107, L1 = 1.94 10^7/107
 * lifeTable([0, 1], [1, Infinity], [0.1, 0.5], [0.3, 0]).ex[0] // => 2.7476635514018692 (= 294/107)
 */
export function lifeTable(x: ArrayLike<number>, n: ArrayLike<number>, mx: ArrayLike<number>, ax: ArrayLike<number>): LifeTable {
  const k = x.length;
  if (k === 0 || n.length !== k || mx.length !== k || ax.length !== k) {
    throw new RangeError(`lifeTable: x, n, mx and ax must have the same non-zero length (${x.length}, ${n.length}, ${mx.length}, ${ax.length})`);
  }
  const last = k - 1;
  const t: LifeTable = {
    x: Float64Array.from(x),
    n: Float64Array.from(n),
    mx: Float64Array.from(mx),
    ax: Float64Array.from(ax),
    qx: new Float64Array(k),
    px: new Float64Array(k),
    lx: new Float64Array(k),
    dx: new Float64Array(k),
    Lx: new Float64Array(k),
    Tx: new Float64Array(k),
    ex: new Float64Array(k),
  };
  for (let i = 0; i < k; i++) {
    if (!(t.mx[i]! >= 0)) throw new RangeError(`lifeTable: mx[${i}] = ${t.mx[i]} is not a non-negative number`);
  }
  if (!(t.mx[last]! > 0)) throw new RangeError(`lifeTable: the open group's rate mx[${last}] must be positive`);
  t.n[last] = Infinity;
  t.ax[last] = 1 / t.mx[last]!;
  t.lx[0] = LIFE_TABLE_RADIX;
  for (let i = 0; i < last; i++) {
    const ni = t.n[i]!;
    const mi = t.mx[i]!;
    const q = Math.min(1, (ni * mi) / (1 + (ni - t.ax[i]!) * mi));
    t.qx[i] = q;
    t.px[i] = 1 - q;
    t.lx[i + 1] = t.lx[i]! * (1 - q);
    t.dx[i] = t.lx[i]! - t.lx[i + 1]!;
    t.Lx[i] = ni * t.lx[i + 1]! + t.ax[i]! * t.dx[i]!;
  }
  t.qx[last] = 1;
  t.px[last] = 0;
  t.dx[last] = t.lx[last]!;
  t.Lx[last] = t.lx[last]! / t.mx[last]!;
  let T = 0;
  for (let i = last; i >= 0; i--) {
    T += t.Lx[i]!;
    t.Tx[i] = T;
    t.ex[i] = t.lx[i]! > 0 ? T / t.lx[i]! : 0;
  }
  return t;
}
