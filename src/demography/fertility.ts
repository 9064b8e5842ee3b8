import { FERTILE_AGE_STARTS, OPEN_AGE } from './age-groups.js';
import { splitGroupTotals } from './split-group-totals.js';
import { loadWpp } from './wpp-data.js';

/** Index of a calendar year in the annual WPP fertility tables; years outside hold the end year. */
function yearIndex(years: readonly number[], year: number): number {
  if (!Number.isInteger(year)) throw new RangeError(`fertility: year must be a whole calendar year, got ${year}`);
  return Math.min(Math.max(year - years[0]!, 0), years.length - 1);
}

/**
 * Total fertility rate of Jordan (children per woman) in a calendar year, WPP 2024: estimates
 * to 2023, medium variant 2024-2100; years before 1950 hold 1950, after 2100 hold 2100.
 * @example totalFertilityRate(2023) // => 2.639218
 */
export function totalFertilityRate(year: number): number {
  const { tfr } = loadWpp();
  return tfr.values[yearIndex(tfr.years, year)]!;
}

/**
 * Age-specific fertility rates of the mother's 5-year groups 10-14, ..., 50-54 (births per
 * woman-year) in a calendar year: ASFR(g) = TFR x pasfr(g) / 100 / 5, so that
 * 5 x (sum of the group rates) = TFR. WPP publishes pasfr rounded to 6 decimals, so its sum
 * misses 100 by up to 1e-6; the percentages are rescaled to sum to exactly 100 first.
 * Years outside 1950-2100 hold the end year.
 * @example groupAsfr(2023) // 9 rates; 5 x their sum === totalFertilityRate(2023) (to 1e-15)
 */
export function groupAsfr(year: number): Float64Array {
  const { pasfr } = loadWpp();
  const pct = pasfr.percent[yearIndex(pasfr.years, year)]!;
  const sum = pct.reduce((s, x) => s + x, 0);
  const tfr = totalFertilityRate(year);
  return pct.map((p) => (tfr * (p / sum)) / 5);
}

/**
 * Age-specific fertility rates by single age 0..100 (births per woman-year; non-zero only at
 * 10..54) in a calendar year. The group rates of `groupAsfr` are spread over single ages by
 * `splitGroupTotals` (monotone spline of the cumulative fertility, PCHIP), which keeps each
 * group exact: the five single-age rates of a group sum to 5 x the group's rate, so all single
 * ages sum to the TFR. Years outside 1950-2100 hold the end year.
 * @example singleAgeAsfr(2023).reduce((a, b) => a + b) // => 2.639218 (the TFR, to 1e-12)
 */
export function singleAgeAsfr(year: number): Float64Array {
  const groups = groupAsfr(year);
  const first = FERTILE_AGE_STARTS[0]!;
  const bounds = [...FERTILE_AGE_STARTS, FERTILE_AGE_STARTS[FERTILE_AGE_STARTS.length - 1]! + 5];
  const single = splitGroupTotals(
    bounds,
    groups.map((f) => 5 * f),
  );
  const out = new Float64Array(OPEN_AGE + 1);
  out.set(single, first);
  return out;
}
