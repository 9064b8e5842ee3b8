import { describe, expect, it } from 'vitest';
import { cholesky, generatePaths, type PathSpec } from '../../src/batch/ar1.js';

const ORDER = ['wageGrowth', 'inflation', 'interest', 'takeUp'];
const level = (o: Partial<Extract<PathSpec, { kind: 'level' }>>): PathSpec => ({ kind: 'level', mean: 0.03, phi: 0.5, sigma: 0.01, start: 0.03, min: null, max: null, ...o });

describe('AR(1) paths', () => {
  it('with sigma 0 a path decays from its start to the mean: x_t = mean + phi^(t+1) (start - mean)', () => {
    const p = generatePaths({ interest: level({ mean: 0.05, phi: 0.5, sigma: 0, start: 0.09 }) }, ORDER, 1n, 4, null);
    // Exactly 0.07, 0.06, 0.055, 0.0525; in floats (0.07 - 0.05 = 0.020000000000000004, ...) the drift shows.
    expect(Array.from(p.interest!)).toEqual([0.07, 0.060000000000000005, 0.05500000000000001, 0.052500000000000005]);
  });

  it('a take-up path with sigma 0 stays at 1 (the log is 0)', () => {
    const p = generatePaths({ takeUp: { kind: 'multiplier', phi: 0.7, sigma: 0, start: 1 } }, ORDER, 1n, 3, null);
    expect(Array.from(p.takeUp!)).toEqual([1, 1, 1]);
  });

  it('clamps to min and max, and the next year starts from the clamped value', () => {
    const p = generatePaths({ wageGrowth: level({ sigma: 1, min: -0.01, max: 0.05 }) }, ORDER, 3n, 200, null);
    const xs = Array.from(p.wageGrowth!);
    expect(Math.min(...xs)).toBe(-0.01);
    expect(Math.max(...xs)).toBe(0.05);
  });

  it('adding a path leaves the draws of the others unchanged (every shock drawn every year)', () => {
    const a = generatePaths({ wageGrowth: level({}) }, ORDER, 11n, 10, null);
    const b = generatePaths({ wageGrowth: level({}), interest: level({ mean: 0.05 }) }, ORDER, 11n, 10, null);
    expect(b.wageGrowth).toEqual(a.wageGrowth);
  });

  it('same seed, same path; another seed, another path', () => {
    const spec = { inflation: level({ mean: 0.02 }) };
    expect(generatePaths(spec, ORDER, 5n, 20, null).inflation).toEqual(generatePaths(spec, ORDER, 5n, 20, null).inflation);
    expect(generatePaths(spec, ORDER, 6n, 20, null).inflation).not.toEqual(generatePaths(spec, ORDER, 5n, 20, null).inflation);
  });

  it('cholesky([[1, .6], [.6, 1]]) = [[1, 0], [.6, .8]], and refuses a matrix that is not positive definite', () => {
    const l = cholesky([1, 0.6, 0.6, 1], 2);
    expect(l[0]).toBe(1);
    expect(l[1]).toBe(0);
    expect(l[2]).toBeCloseTo(0.6, 15);
    expect(l[3]).toBeCloseTo(0.8, 15);
    expect(() => cholesky([1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1], 3)).toThrow(/not positive definite/);
  });

  it('correlated shocks: the sample correlation of the yearly shocks is near the one asked (phi 0, 20,000 years)', () => {
    const m = [1, 0.7, 0, 0, 0.7, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
    const p = generatePaths({ wageGrowth: level({ phi: 0, mean: 0, sigma: 1 }), inflation: level({ phi: 0, mean: 0, sigma: 1 }) }, ORDER, 8n, 20_000, cholesky(m, 4));
    const x = p.wageGrowth!;
    const y = p.inflation!;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < x.length; i++) {
      sxy += x[i]! * y[i]!;
      sxx += x[i]! ** 2;
      syy += y[i]! ** 2;
    }
    expect(sxy / Math.sqrt(sxx * syy)).toBeCloseTo(0.7, 1);
  });
});
