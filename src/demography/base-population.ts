import type { Sex } from '../rules/optional-rules.js';
import { FIVE_YEAR_AGE_STARTS, OPEN_AGE } from './age-groups.js';
import { knotWeight, lerp } from './interpolate.js';
import { splitGroupTotals } from './split-group-totals.js';
import { loadWpp } from './wpp-data.js';

/** Population of one date by single age, persons. */
export interface PopulationBySex {
  /** Males by single age 0..100 (index 100 = 100+). */
  readonly male: Float64Array;
  /** Females by single age 0..100 (index 100 = 100+). */
  readonly female: Float64Array;
}

/**
 * Population of Jordan on 1 July of `year` (WPP 2019: estimates 1950-2020, medium variant
 * 2025-2100), by sex and 5-year group 0-4, ..., 95-99, 100+, in persons (the published
 * thousands x 1000). Between the 5-yearly WPP dates each group is interpolated linearly in
 * time (a fractional year is allowed: 2017.25 is 1 October 2017).
 * @throws RangeError when `year` is outside 1950..2100
 * @example groupPopulation('M', 2015)[0] // => 588625 (0-4, 1 July 2015)
 */
export function groupPopulation(sex: Sex, year: number): Float64Array {
  const { population } = loadWpp();
  const first = population.years[0]!;
  const last = population.years[population.years.length - 1]!;
  if (!(year >= first && year <= last)) throw new RangeError(`basePopulation: year must be in ${first}..${last}, got ${year}`);
  const { i, w } = knotWeight(population.years, year);
  const a = population.thousands[sex][i]!;
  const b = population.thousands[sex][Math.min(i + 1, population.years.length - 1)]!;
  return a.map((x, g) => lerp(x, b[g]!, w) * 1000);
}

/**
 * Population of Jordan on 1 July of `year` by sex and single age 0..100 (index 100 = 100+),
 * persons, for any year 1950..2100: the year's 5-year groups (`groupPopulation`, linear in time
 * between WPP dates) split into single ages by `splitGroupTotals` (monotone cubic spline PCHIP
 * of the cumulative population by age, so group totals are kept and no age is negative); the
 * open group 100+ is kept as it is.
 * @throws RangeError when `year` is outside 1950..2100
 * @example basePopulation(2020).male.subarray(0, 5).reduce((a, b) => a + b) // => 542518 (0-4, to 1e-9)
 */
export function basePopulation(year: number): PopulationBySex {
  return { male: singleAges(groupPopulation('M', year)), female: singleAges(groupPopulation('F', year)) };
}

function singleAges(groups: Float64Array): Float64Array {
  const out = new Float64Array(OPEN_AGE + 1);
  out.set(splitGroupTotals(FIVE_YEAR_AGE_STARTS, groups.subarray(0, groups.length - 1)), 0);
  out[OPEN_AGE] = groups[groups.length - 1]!;
  return out;
}
