import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { basePopulation, groupPopulation, loadWpp, pchipSlopes, splitGroupTotals } from '../../src/index.js';

const sum = (a: ArrayLike<number>): number => Array.from(a).reduce((s, x) => s + x, 0);

describe('splitGroupTotals(bounds, totals): monotone spline of the cumulative', () => {
  // Totals are 0 or in [1e-9, 1e7] (persons, or births per woman): subnormal numbers are not a case.
  const total = fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e7, noNaN: true }));
  test.prop([fc.array(total, { minLength: 1, maxLength: 21 })])(
    'keeps every group total (1e-12 relative) and gives no negative value',
    (totals) => {
      const bounds = Array.from({ length: totals.length + 1 }, (_, i) => 5 * i);
      const s = splitGroupTotals(bounds, totals);
      expect(s.length).toBe(5 * totals.length);
      expect(s.every((x) => x >= 0)).toBe(true);
      totals.forEach((t, g) => expect(Math.abs(sum(s.subarray(5 * g, 5 * g + 5)) - t)).toBeLessThanOrEqual(1e-12 * Math.max(t, ...totals)));
    },
  );

  it('a uniform density stays uniform: [50, 50] over 0-4, 5-9 -> 10 at each age', () => {
    Array.from(splitGroupTotals([0, 5, 10], [50, 50])).forEach((x) => expect(x).toBeCloseTo(10, 13));
  });

  it('a zero group stays zero and unequal widths work (1-4 beside 0 and 5-9)', () => {
    const s = splitGroupTotals([0, 1, 5, 10], [3, 0, 20]);
    expect(s[0]).toBe(3);
    expect(Array.from(s.subarray(1, 5))).toEqual([0, 0, 0, 0]);
    expect(sum(s.subarray(5))).toBeCloseTo(20, 12);
  });

  it('pchipSlopes gives 0 where the data turn and the harmonic mean where they do not', () => {
    expect(Array.from(pchipSlopes([0, 1, 2], [0, 1, 0]))).toEqual([2, 0, -2]);
    expect(pchipSlopes([0, 1, 2, 3], [0, 1, 4, 5])[1]).toBeCloseTo((2 * 1 * 3) / (1 + 3), 15);
  });
});

describe('basePopulation(year): persons by sex and single age 0..100 on 1 July', () => {
  const { population } = loadWpp();

  it('at a WPP date the groups are the published thousands x 1000 (2015: males 0-4 = 588625)', () => {
    expect(groupPopulation('M', 2015)[0]).toBe(588_625);
    expect(groupPopulation('F', 2015)[20]).toBeCloseTo(19, 9); // 100+: 0.019 thousand
    expect(Array.from(groupPopulation('F', 2100))).toEqual(Array.from(population.thousands.F[30]!, (x) => x * 1000));
  });

  it('splitting keeps every 5-year group and 100+ (1e-9 persons) with no negative age, every WPP date', () => {
    for (const year of population.years) {
      const p = basePopulation(year);
      for (const [sex, single] of [['M', p.male], ['F', p.female]] as const) {
        const g = groupPopulation(sex, year);
        expect(single.length).toBe(101);
        expect(single.every((x) => x >= 0)).toBe(true);
        for (let j = 0; j < 20; j++) expect(Math.abs(sum(single.subarray(5 * j, 5 * j + 5)) - g[j]!)).toBeLessThan(1e-9);
        expect(single[100]).toBe(g[20]);
      }
    }
  });

  it('between WPP dates the groups are linear in time: 2017 = 0.6 x 2015 + 0.4 x 2020', () => {
    const a = population.thousands.M[13]!;
    const b = population.thousands.M[14]!;
    groupPopulation('M', 2017).forEach((x, g) => expect(x).toBeCloseTo((0.6 * a[g]! + 0.4 * b[g]!) * 1000, 6));
    expect(sum(basePopulation(2017).male)).toBeCloseTo(sum(groupPopulation('M', 2017)), 6);
  });

  it('throws RangeError outside 1950..2100', () => {
    expect(() => basePopulation(1949)).toThrow(RangeError);
    expect(() => basePopulation(2101)).toThrow(/1950\.\.2100/);
  });
});
