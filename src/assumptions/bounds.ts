import { z } from 'zod';
import { errorAt, type KeyPath, type YamlSource } from './yaml-source.js';

/**
 * The largest money figure the outputs can hold exactly in fils: (2^53 - 1) / 1000 JOD, about
 * 9.0 x 10^12 JOD. Every bound below is derived so that a scenario within them never reaches it.
 */
export const MAX_EXACT_JOD = Number.MAX_SAFE_INTEGER / 1000;

/**
 * Bounds of the scenario numbers whose size drives the money figures (README "Bad input and
 * failures"), checked when a scenario or batch is loaded (file:line:column, exit 2), so no run
 * fails later for its size. Jordan has about 11.5 million people and the SSC's whole reserve is
 * about 1.6 x 10^10 JOD: the bounds leave ample room and stay far below MAX_EXACT_JOD.
 */
export const SCENARIO_BOUNDS = {
  /** fund.initialReserve, JOD: at most 10^11 in size (then checked against the interest path). */
  reserveJod: { min: -1e11, max: 1e11 },
  /** A monthly amount per person (wage, pension, benefit, cost per service), JOD. */
  monthlyJod: { min: 0, max: 1e5 },
  /** A count of persons in a start stock. */
  persons: { min: 0, max: 2e7 },
  /**
   * The reserve's growth at the scenario's interest over its horizon, |initial reserve| x
   * prod(1 + interest), must stay below this share of MAX_EXACT_JOD (the rest is room for the
   * contributions the reserve accumulates).
   */
  reserveGrowthShare: 0.5,
} as const;

/**
 * The years a projection may cover: from 2014 (the Social Security Law No. 1 of 2014 that the rules
 * model describes; the UN WPP data reach back to 1950) to 2100 (the last year of the UN WPP
 * projections; the valuation years past it hold the 2100 rates, stated in summary.json).
 */
export const DATA_YEARS = { first: 2014, last: 2100 } as const;

const bounded = (b: { min: number; max: number }) => z.number().min(b.min).max(b.max);

/** zod schemas of the bounded numbers, for the parameter specs and the scenario schemas. */
export const boundedNumber = {
  reserveJod: bounded(SCENARIO_BOUNDS.reserveJod),
  monthlyJod: bounded(SCENARIO_BOUNDS.monthlyJod),
  persons: bounded(SCENARIO_BOUNDS.persons),
} as const;

/**
 * The projection's years within the data's: startYear from DATA_YEARS.first, and the last year
 * (startYear + horizonYears - 1) at most DATA_YEARS.last.
 * @throws {InputError} at startYear or horizonYears
 * @example checkProjectionYears(src, 2026, 100) // throws: the last year 2125 is after 2100
 */
export function checkProjectionYears(src: YamlSource, startYear: number, horizonYears: number, at: { startYear: KeyPath; horizonYears: KeyPath } = { startYear: ['startYear'], horizonYears: ['horizonYears'] }): void {
  if (startYear < DATA_YEARS.first) throw errorAt(src, at.startYear, `${startYear} is before ${DATA_YEARS.first}: the rules model describes the Social Security Law No. 1 of ${DATA_YEARS.first}; a projection starts in ${DATA_YEARS.first} or later`);
  const last = startYear + horizonYears - 1;
  if (last > DATA_YEARS.last) throw errorAt(src, at.horizonYears, `${horizonYears} years from ${startYear} end in ${last}, after ${DATA_YEARS.last}, the last year of the demographic data (UN WPP projections): at most ${DATA_YEARS.last - startYear + 1} years`);
}

/**
 * The initial reserve grown at the scenario's interest, |reserve| x prod(1 + interest_y), must
 * stay below SCENARIO_BOUNDS.reserveGrowthShare x MAX_EXACT_JOD.
 * @throws {InputError} at the reserve, naming how large it would grow
 */
export function checkReserveGrowth(src: YamlSource, path: KeyPath, reserve: number, interest: ArrayLike<number>): void {
  let grown = Math.abs(reserve);
  for (let y = 0; y < interest.length; y++) grown *= 1 + Math.max(0, interest[y]!);
  const limit = SCENARIO_BOUNDS.reserveGrowthShare * MAX_EXACT_JOD;
  if (grown > limit) {
    throw errorAt(src, path, `${reserve} JOD grows to ${grown.toExponential(2)} JOD at the scenario's interest over ${interest.length} years, above the ${limit.toExponential(2)} JOD the outputs hold exactly: lower the reserve, the interest or the horizon`);
  }
}
