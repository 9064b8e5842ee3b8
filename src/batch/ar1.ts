import { SplitMix64 } from './prng.js';

/**
 * An AR(1) path of a rate (design note section 6, [A]): each projection year t = 0, 1, ...
 *   x_t = mean + phi (x_{t-1} - mean) + sigma e_t,   x_{-1} = start (default: mean),
 * with e_t standard normal. phi = 0 gives independent years around the mean, phi = 1 a random
 * walk from `start`. Optional `min` / `max` clamp each x_t after it is drawn (the next year
 * starts from the clamped value).
 */
export interface LevelPathSpec {
  readonly kind: 'level';
  readonly mean: number;
  readonly phi: number;
  readonly sigma: number;
  readonly start: number;
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * A multiplier path around 1 (take-up): the logarithm follows an AR(1) with mean 0,
 *   log m_t = phi log m_{t-1} + sigma e_t,   m_{-1} = start (default 1),
 * so m_t is lognormal with median 1 (phi = 0: independent years; phi = 1: a random walk).
 * The run's value of the parameter is the base scenario's value times m_t.
 */
export interface MultiplierPathSpec {
  readonly kind: 'multiplier';
  readonly phi: number;
  readonly sigma: number;
  readonly start: number;
}

export type PathSpec = LevelPathSpec | MultiplierPathSpec;

/**
 * The lower-triangular Cholesky factor L of a correlation matrix C (C = L L^T), row-major n x n.
 * @throws {RangeError} naming the row where C is not positive definite
 * @example cholesky([1, 0.6, 0.6, 1], 2) // => [1, 0, 0.6, 0.8]
 */
export function cholesky(c: readonly number[], n: number): number[] {
  const l = new Array<number>(n * n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = c[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(s > 1e-12)) throw new RangeError(`the correlation matrix is not positive definite (pivot ${s} at row ${i + 1})`);
        l[i * n + i] = Math.sqrt(s);
      } else l[i * n + j] = s / l[j * n + j]!;
    }
  }
  return l;
}

/**
 * The paths of one run: `years` values for each named path, from a generator seeded with the
 * run's seed. `order` lists every path the scheme knows (the optional scheme: wageGrowth,
 * inflation, interest, takeUp). Each year draws one standard normal z_i for each of them, in that
 * order, whether or not the batch uses the path (adding or removing a path leaves the others'
 * draws unchanged), correlates them as e = L z with the Cholesky factor L of the correlation
 * matrix over `order` (identity when null), then steps every path the batch has.
 */
export function generatePaths(specs: Readonly<Record<string, PathSpec>>, order: readonly string[], seed: bigint, years: number, choleskyFactor: readonly number[] | null): Record<string, Float64Array> {
  const rng = new SplitMix64(seed);
  const n = order.length;
  const names = order.filter((p) => specs[p] !== undefined);
  const out: Record<string, Float64Array> = {};
  const state: Record<string, number> = {};
  for (const p of names) {
    out[p] = new Float64Array(years);
    const s = specs[p]!;
    state[p] = s.kind === 'level' ? s.start : Math.log(s.start);
  }
  const z = new Array<number>(n).fill(0);
  const e = new Array<number>(n).fill(0);
  for (let t = 0; t < years; t++) {
    for (let i = 0; i < n; i++) z[i] = rng.normal();
    for (let i = 0; i < n; i++) {
      if (choleskyFactor === null) e[i] = z[i]!;
      else {
        let v = 0;
        for (let k = 0; k <= i; k++) v += choleskyFactor[i * n + k]! * z[k]!;
        e[i] = v;
      }
    }
    for (const p of names) {
      const s = specs[p]!;
      const shock = e[order.indexOf(p)]!;
      if (s.kind === 'level') {
        let x = s.mean + s.phi * (state[p]! - s.mean) + s.sigma * shock;
        if (s.min !== null && x < s.min) x = s.min;
        if (s.max !== null && x > s.max) x = s.max;
        state[p] = x;
        out[p]![t] = x;
      } else {
        const x = s.phi * state[p]! + s.sigma * shock;
        state[p] = x;
        out[p]![t] = Math.exp(x);
      }
    }
  }
  return out;
}
