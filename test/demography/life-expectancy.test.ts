import { describe, expect, it } from 'vitest';
import { coaleDemenyAx, isWppPeriod, lifeExpectancyAtBirth, lifeTable, singleAgeDeathRates } from '../../src/index.js';

/**
 * The UN's published life expectancy at birth of Jordan (UN country code 400), WPP 2024, by sex
 * and 5-year period: the population-weighted average of the annual e0 of the period's five
 * calendar years (2015-2019 for "2015-2020"), as distributed in the R package wpp2024 1.0
 * (PPgp/wpp2024 on GitHub, data-raw/e0M5.txt and e0F5.txt for 1950-2020, data-raw/
 * e0MprojMedium5.txt and e0FprojMedium5.txt for 2020-2025 on), row "400 Jordan".
 */
const PUBLISHED_E0: Record<string, { M: number; F: number }> = {
  '2010-2015': { M: 72.5097, F: 76.7045 },
  '2015-2020': { M: 74.1687, F: 78.5655 },
  '2020-2025': { M: 74.76, F: 79.2534 },
};

/** e0 of the single-age life table (ages 0..100+, 1a0 by Coale-Demeny, ax = 0.5 after) of the engine's rates. */
function singleAgeE0(sex: 'M' | 'F', year: number): number {
  const m = singleAgeDeathRates(sex, year);
  const x = Array.from(m, (_, a) => a);
  const ax = x.map((a) => (a === 0 ? coaleDemenyAx(m[0]!, sex).a0 : 0.5));
  return lifeTable(x, x.map((a) => (a === 100 ? Infinity : 1)), m, ax).ex[0]!;
}

describe('lifeExpectancyAtBirth(sex, period) against the UN WPP 2024 published e0 of Jordan', () => {
  it('pins the abridged-table e0 of 2015-2020 and 2020-2025 (M 73.98 / 74.56, F 78.35 / 79.04)', () => {
    expect(lifeExpectancyAtBirth('M', '2015-2020')).toBeCloseTo(73.9829, 4);
    expect(lifeExpectancyAtBirth('F', '2015-2020')).toBeCloseTo(78.3523, 4);
    expect(lifeExpectancyAtBirth('M', '2020-2025')).toBeCloseTo(74.5643, 4);
    expect(lifeExpectancyAtBirth('F', '2020-2025')).toBeCloseTo(79.0414, 4);
  });

  it('males: the abridged table (nax = n/2 after age 5) is within 0.2 years of the published e0', () => {
    for (const period of ['2015-2020', '2020-2025']) {
      expect(Math.abs(lifeExpectancyAtBirth('M', period) - PUBLISHED_E0[period]!.M)).toBeLessThan(0.2);
    }
  });

  it('females: the abridged table is 0.21 years below the published e0, just outside 0.2 (see docs/demography.md)', () => {
    // Not a coding error: the same table reproduces a textbook table exactly (life-table.test.ts),
    // and the gap is much the same, 0.18-0.22 years below, for both sexes and every period 2010-2025. The
    // UN's e0 come from single-age annual life tables; the 5x5 rates lose that detail. The
    // engine projects with single-age rates, which do meet the 0.2-year check (next test).
    for (const period of ['2010-2015', '2015-2020', '2020-2025']) {
      const gap = lifeExpectancyAtBirth('F', period) - PUBLISHED_E0[period]!.F;
      expect(gap).toBeGreaterThan(-0.22);
      expect(gap).toBeLessThan(-0.2);
    }
  });

  it("the engine's single-age rates (singleAgeDeathRates) give e0 within 0.1 years of the published e0, both sexes", () => {
    // The year at a period's mid-point gets exactly the period's rates (2015-2020 -> 2017, 2020-2025 -> 2022).
    for (const [period, year] of [['2010-2015', 2012], ['2015-2020', 2017], ['2020-2025', 2022]] as const) {
      for (const sex of ['M', 'F'] as const) {
        expect(Math.abs(singleAgeE0(sex, year) - PUBLISHED_E0[period]![sex])).toBeLessThan(0.1);
      }
    }
  });

  it('throws RangeError for a label that is not a WPP period; isWppPeriod tells which are', () => {
    expect(isWppPeriod('2015-2020')).toBe(true);
    expect(isWppPeriod('2095-2100')).toBe(true);
    expect(isWppPeriod('2016-2021')).toBe(false);
    expect(isWppPeriod('2100-2105')).toBe(false);
    expect(() => lifeExpectancyAtBirth('M', '2016-2021')).toThrow(RangeError);
  });
});
