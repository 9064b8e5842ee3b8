/**
 * The age and time grids of the UN World Population Prospects (WPP) tables and of the engine.
 *
 * - Single ages 0..100, index 100 being the open group 100+ (`OPEN_AGE`).
 * - Abridged groups of the WPP death rates: 0, 1-4, 5-9, ..., 95-99, 100+ (22 groups).
 * - Five-year groups of the WPP population: 0-4, 5-9, ..., 95-99, 100+ (21 groups).
 * - WPP periods "1950-1955" .. "2095-2100", read as the time interval [a, a + 5) with mid-point
 *   a + 2.5 (2015-2020 -> 2017.5). A calendar year Y is [Y, Y + 1), centred on Y + 0.5, so the
 *   year 2017 is centred on the mid-point of 2015-2020.
 */

/** The open age group starts here; single-age arrays have OPEN_AGE + 1 entries (0..100+). */
export const OPEN_AGE = 100;

/** Lower bounds of the 22 abridged age groups: 0, 1, 5, 10, ..., 95, 100 (open). */
export const ABRIDGED_AGE_STARTS: readonly number[] = Object.freeze([0, 1, ...Array.from({ length: 20 }, (_, i) => 5 * (i + 1))]);

/** Lower bounds of the 21 five-year age groups: 0, 5, ..., 95, 100 (open). */
export const FIVE_YEAR_AGE_STARTS: readonly number[] = Object.freeze(Array.from({ length: 21 }, (_, i) => 5 * i));

/** Lower bounds of the mother's age groups of the WPP fertility tables: 10, 15, ..., 50. */
export const FERTILE_AGE_STARTS: readonly number[] = Object.freeze([10, 15, 20, 25, 30, 35, 40, 45, 50]);

/** Widths of the abridged groups: 1, 4, 5, ..., 5, Infinity (open). */
export function abridgedWidths(): Float64Array {
  const n = new Float64Array(ABRIDGED_AGE_STARTS.length);
  for (let g = 0; g < n.length - 1; g++) n[g] = ABRIDGED_AGE_STARTS[g + 1]! - ABRIDGED_AGE_STARTS[g]!;
  n[n.length - 1] = Infinity;
  return n;
}

const PERIOD = /^(\d{4})-(\d{4})$/;

/**
 * The first year of a WPP 5-year period label, or undefined when the label is not of the form
 * `YYYY-(YYYY+5)` with YYYY a multiple of 5.
 * @example periodStart('2015-2020') // => 2015
 * @example periodStart('2016-2021') // => undefined
 */
export function periodStart(period: string): number | undefined {
  const m = PERIOD.exec(period);
  if (m === null) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b === a + 5 && a % 5 === 0 ? a : undefined;
}

/**
 * Mid-point of a 5-year period in decimal years: the first year + 2.5.
 * @example periodMidpoint('2020-2025') // => 2022.5
 */
export function periodMidpoint(period: string): number {
  const a = periodStart(period);
  if (a === undefined) throw new RangeError(`not a 5-year period: '${period}' (expected e.g. 2015-2020)`);
  return a + 2.5;
}
