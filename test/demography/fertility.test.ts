import { describe, expect, it } from 'vitest';
import { groupAsfr, loadWpp, singleAgeAsfr, totalFertilityRate } from '../../src/index.js';

const sum = (a: ArrayLike<number>): number => Array.from(a).reduce((s, x) => s + x, 0);

describe('totalFertilityRate(year)', () => {
  it('is the WPP 2024 estimate to 2023 and the medium variant after; outside 1950-2100 the end year is held', () => {
    expect(totalFertilityRate(1950)).toBe(7.444411);
    expect(totalFertilityRate(2023)).toBe(2.639218);
    expect(totalFertilityRate(2024)).toBe(2.604172);
    expect(totalFertilityRate(2100)).toBe(1.733159);
    expect(totalFertilityRate(1900)).toBe(7.444411);
    expect(totalFertilityRate(2150)).toBe(1.733159);
    expect(loadWpp().tfr.lastObserved).toBe(2023);
  });
});

describe('groupAsfr(year) = TFR x pasfr / 100 / 5 (births per woman-year, groups 10-14 .. 50-54)', () => {
  it('5 x the sum of the group rates equals the TFR (1e-9), every year 1950-2100', () => {
    for (let y = 1950; y <= 2100; y++) expect(Math.abs(5 * sum(groupAsfr(y)) - totalFertilityRate(y))).toBeLessThan(1e-9);
  });

  it('2015, 25-29: 3.141093 x 29.569402 / 100 / 5 (pasfr of 2015 sums to 100 within 1e-6)', () => {
    expect(groupAsfr(2015)[3]).toBeCloseTo((3.141093 * 29.569402) / 100 / 5, 7);
  });
});

describe('singleAgeAsfr(year): group rates spread over single ages, groups kept', () => {
  it('ages 0..100, zero outside 10..54, no negative rate', () => {
    for (const y of [1950, 1990, 2023, 2060, 2100]) {
      const f = singleAgeAsfr(y);
      expect(f.length).toBe(101);
      expect(f.every((x) => x >= 0)).toBe(true);
      expect(sum(f.subarray(0, 10))).toBe(0);
      expect(sum(f.subarray(55))).toBe(0);
    }
  });

  it("the five single ages of each group sum to 5 x the group's rate (1e-12), so all ages sum to the TFR", () => {
    for (const y of [1950, 1990, 2023, 2060, 2100]) {
      const f = singleAgeAsfr(y);
      const g = groupAsfr(y);
      g.forEach((rate, j) => expect(Math.abs(sum(f.subarray(10 + 5 * j, 15 + 5 * j)) - 5 * rate)).toBeLessThan(1e-12));
      expect(Math.abs(sum(f) - totalFertilityRate(y))).toBeLessThan(1e-9);
    }
  });

  it('years beyond the data hold the last value; a fractional year is a RangeError', () => {
    expect(Array.from(singleAgeAsfr(2120))).toEqual(Array.from(singleAgeAsfr(2100)));
    expect(() => singleAgeAsfr(2020.5)).toThrow(RangeError);
  });
});
