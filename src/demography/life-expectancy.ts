import type { Sex } from '../rules/optional-rules.js';
import { abridgedLifeTable } from './abridged-life-table.js';
import type { LifeTable } from './life-table.js';
import { loadWpp } from './wpp-data.js';

/**
 * True when `period` is one of the 5-year periods of the WPP 2024 death rates
 * ("1950-1955" .. "2095-2100").
 * @example isWppPeriod('2015-2020') // => true
 * @example isWppPeriod('2016-2021') // => false
 */
export function isWppPeriod(period: string): boolean {
  return loadWpp().mx.periods.includes(period);
}

/**
 * The abridged life table (`abridgedLifeTable`) of the WPP 2024 death rates of Jordan for one
 * sex and 5-year period.
 * @throws RangeError when `period` is not a WPP period
 * @example wppLifeTable('M', '2015-2020').qx[0] // => 0.01547154478713836 (1q0)
 */
export function wppLifeTable(sex: Sex, period: string): LifeTable {
  const { mx } = loadWpp();
  const p = mx.periods.indexOf(period);
  if (p < 0) throw new RangeError(`not a WPP period: '${period}' (expected ${mx.periods[0]} .. ${mx.periods[mx.periods.length - 1]}, 5-year steps)`);
  return abridgedLifeTable(mx.rates[sex][p]!, sex);
}

/**
 * Life expectancy at birth e0 of Jordan for one sex and WPP 5-year period, from the abridged
 * life table of the WPP 2024 death rates. It is 0.18-0.22 years below the UN's published e0
 * (which comes from single-age annual tables) for 2010-2025; the single-age rates of
 * `singleAgeDeathRates` come within 0.1 (test/demography/life-expectancy.test.ts).
 * @throws RangeError when `period` is not a WPP period
 * @example lifeExpectancyAtBirth('F', '2015-2020') // => 78.352... (UN WPP 2024 publishes 78.5655)
 */
export function lifeExpectancyAtBirth(sex: Sex, period: string): number {
  return wppLifeTable(sex, period).ex[0]!;
}
