import { describe, expect, it } from 'vitest';
import {
  annualDeathProbability,
  groupDeathRates,
  loadWpp,
  monthlyDeathProbabilities,
  monthlyDeathProbability,
  singleAgeDeathRates,
  splitDeathRates,
} from '../../src/index.js';

const GROUPS: ReadonlyArray<readonly [number, number]> = [[1, 5], ...Array.from({ length: 19 }, (_, i) => [5 * (i + 1), 5 * (i + 2)] as const)];
const mean = (a: Float64Array, from: number, to: number): number => a.subarray(from, to).reduce((s, x) => s + x, 0) / (to - from);

describe('splitDeathRates(mx5): 22 abridged rates -> single ages 0..100', () => {
  const { mx } = loadWpp();

  it('keeps 1m0 and the 100+ rate as they are, and each group 1-4, 5-9, ..., 95-99 as the mean of its ages (1e-14)', () => {
    for (const sex of ['M', 'F'] as const) {
      for (const mx5 of mx.rates[sex]) {
        const m = splitDeathRates(mx5);
        expect(m.length).toBe(101);
        expect(m[0]).toBe(mx5[0]);
        expect(m[100]).toBe(mx5[21]);
        GROUPS.forEach(([from, to], j) => expect(Math.abs(mean(m, from, to) / mx5[j + 1]! - 1)).toBeLessThan(1e-14));
        expect(m.every((x) => x > 0)).toBe(true);
      }
    }
  });

  it('follows a Gompertz line exactly: rates e^(0.1 x) averaged over groups come back as e^(0.1 (a + 0.5)) up to one factor per group', () => {
    // For ln m linear in age the interpolation is exact before the rescaling, so within a group
    // consecutive ratios are e^0.1.
    const g = (a: number): number => Math.exp(-9 + 0.1 * a);
    const mx5 = [g(0.5), ...GROUPS.map(([from, to]) => g((from + to) / 2)), g(100.5)];
    const m = splitDeathRates(mx5);
    for (const [from, to] of GROUPS) for (let a = from; a + 1 < to; a++) expect(m[a + 1]! / m[a]!).toBeCloseTo(Math.exp(0.1), 12);
  });

  it('holds a group with a zero rate constant, and throws RangeError on 21 rates or a negative rate', () => {
    const mx5 = Array.from({ length: 22 }, () => 0.01);
    mx5[3] = 0;
    const m = splitDeathRates(mx5);
    expect(Array.from(m.subarray(10, 15))).toEqual([0, 0, 0, 0, 0]);
    expect(() => splitDeathRates(mx5.slice(1))).toThrow(RangeError);
    mx5[3] = -1;
    expect(() => splitDeathRates(mx5)).toThrow(/not a non-negative/);
  });
});

describe('groupDeathRates(sex, year) and singleAgeDeathRates(sex, year): in time, log-linear between period mid-points', () => {
  const { mx } = loadWpp();

  it('at a period mid-point (year 2017 is centred on 2017.5, mid-point of 2015-2020) equal the WPP rates exactly', () => {
    expect(Array.from(groupDeathRates('M', 2017))).toEqual(Array.from(mx.rates.M[13]!));
    expect(Array.from(groupDeathRates('F', 2022))).toEqual(Array.from(mx.rates.F[14]!));
    expect(singleAgeDeathRates('M', 2017)[0]).toBe(0.01569319);
    expect(singleAgeDeathRates('F', 2017)[100]).toBe(0.53750362);
    expect(Array.from(singleAgeDeathRates('F', 2017))).toEqual(Array.from(splitDeathRates(mx.rates.F[13]!)));
  });

  it('half-way between mid-points (2019.5 -> 2020) is the geometric mean of the two periods', () => {
    const a = mx.rates.M[13]!;
    const b = mx.rates.M[14]!;
    groupDeathRates('M', 2019.5).forEach((m, g) => expect(m / Math.sqrt(a[g]! * b[g]!)).toBeCloseTo(1, 14));
  });

  it('before 1952.5 and after 2097.5 hold the first and last period', () => {
    expect(Array.from(groupDeathRates('F', 1900))).toEqual(Array.from(mx.rates.F[0]!));
    expect(Array.from(groupDeathRates('F', 2150))).toEqual(Array.from(mx.rates.F[29]!));
  });

  it('throws RangeError for a year that is not a finite number', () => {
    expect(() => groupDeathRates('M', Number.NaN)).toThrow(RangeError);
  });
});

describe('death probabilities', () => {
  it('annualDeathProbability(m) = 1 - exp(-m) = -expm1(-m): 0.01 -> 0.009950166250831947', () => {
    // 1 - e^-0.01 = 0.00995016625083194642...; the naive 1 - Math.exp(-0.01) gives ...831893
    expect(annualDeathProbability(0.01)).toBe(0.009950166250831947);
    expect(annualDeathProbability(0)).toBe(0);
  });

  it('monthlyDeathProbability(q) = 1 - (1 - q)^(1/12): twelve months of survival give 1 - q back', () => {
    for (const q of [0, 1e-6, 0.0123, 0.12, 0.5, 0.99]) {
      const qm = monthlyDeathProbability(q);
      expect((1 - qm) ** 12).toBeCloseTo(1 - q, 14);
    }
    expect(monthlyDeathProbability(0.12)).toBeCloseTo(1 - 0.88 ** (1 / 12), 15);
  });

  it('monthlyDeathProbabilities(sex, year) = 1 - exp(-m/12) of the single-age rates, ages 0..100', () => {
    const m = singleAgeDeathRates('M', 2030);
    const qm = monthlyDeathProbabilities('M', 2030);
    expect(qm.length).toBe(101);
    qm.forEach((q, a) => expect(q).toBeCloseTo(-Math.expm1(-m[a]! / 12), 16));
    expect(monthlyDeathProbabilities('M', 2017)[0]).toBeCloseTo(1 - Math.exp(-0.01569319 / 12), 16);
  });
});
