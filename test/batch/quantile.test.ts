import { describe, expect, it } from 'vitest';
import { quantile1, quantile7 } from '../../src/batch/quantile.js';

describe('quantiles', () => {
  it('type 7 is R\'s default and numpy\'s linear: quantile(c(1, 2, 3, 4), c(.05, .25, .5, .75, .95)) = 1.15 1.75 2.5 3.25 3.85', () => {
    const xs = [1, 2, 3, 4];
    // h = 3p = 0.15, 0.75, 1.5, 2.25, 2.85; in floats 3 x 0.95 = 2.8499999999999996, hence the last value.
    expect([0.05, 0.25, 0.5, 0.75, 0.95].map((p) => quantile7(xs, p))).toEqual([1.15, 1.75, 2.5, 3.25, 3.8499999999999996]);
    expect(quantile7(xs, 0.25)).toBe(1.75);
    expect(quantile7(xs, 0)).toBe(1);
    expect(quantile7(xs, 1)).toBe(4);
  });

  it('type 7 of equal values is that value exactly, for every p', () => {
    const v = 0.1 + 0.2;
    for (const p of [0.05, 0.25, 0.5, 0.75, 0.95]) expect(quantile7([v, v, v, v, v, v, v], p)).toBe(v);
  });

  it('type 1 returns an observed value: the smallest x_k with (k + 1) / n >= p', () => {
    const years = [2050, 2060, 2070, 2080];
    expect(quantile1(years, 0.05)).toBe(2050);
    expect(quantile1(years, 0.5)).toBe(2060);
    expect(quantile1(years, 0.95)).toBe(2080);
  });

  it('of no values is NaN', () => {
    expect(quantile7([], 0.5)).toBeNaN();
    expect(quantile1([], 0.5)).toBeNaN();
  });
});
