import type { Sex } from '../rules/optional-rules.js';
import { periodMidpoint } from './age-groups.js';
import { knotWeight, logLerp } from './interpolate.js';
import { splitDeathRates } from './split-death-rates.js';
import { loadWpp } from './wpp-data.js';

/**
 * The 22 abridged death rates (0, 1-4, ..., 100+) of Jordan for a calendar year, from WPP 2024.
 *
 * Method: the year Y is centred on Y + 0.5; each group's rate is interpolated log-linearly
 * between the mid-points of the two WPP 5-year periods around it (2015-2020 has mid-point
 * 2017.5, so the year 2017 gets exactly the 2015-2020 rates; 2020 gets 2015-2020^0.5 x
 * 2020-2025^0.5). Before the first mid-point (1952.5) and after the last (2097.5) the end
 * period's rates are held.
 * @throws RangeError when `year` is not a finite number
 * @example groupDeathRates('M', 2017)[0] // => 0.01569319 (1m0 of 2015-2020)
 */
export function groupDeathRates(sex: Sex, year: number): Float64Array {
  if (!Number.isFinite(year)) throw new RangeError(`groupDeathRates: year must be a finite number, got ${year}`);
  const { mx } = loadWpp();
  const mids = mx.periods.map(periodMidpoint);
  const { i, w } = knotWeight(mids, year + 0.5);
  const a = mx.rates[sex][i]!;
  const b = mx.rates[sex][Math.min(i + 1, mids.length - 1)]!;
  return a.map((m, g) => logLerp(m, b[g]!, w));
}

/**
 * Central death rates of Jordan by single age 0..100 (index 100 = 100+) for a calendar year:
 * the year's abridged rates (`groupDeathRates`: log-linear in time between WPP period
 * mid-points) split into single ages (`splitDeathRates`: log-linear in age between group
 * mid-points, each group's mean kept).
 * @example singleAgeDeathRates('F', 2017)[0] // => 0.01237063 (1m0 of 2015-2020)
 */
export function singleAgeDeathRates(sex: Sex, year: number): Float64Array {
  return splitDeathRates(groupDeathRates(sex, year));
}
