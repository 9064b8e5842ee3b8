/**
 * The cell layout of the insured population: flat typed arrays indexed
 * [sex][gap g][age index ai][arrears state k].
 *
 * Age: ai = (age at 1 January of the current year) - 16. Birthdays are spread evenly over the
 * months (birthdays.ts); whole cells move up one age at the end of each year (year-end.ts), so a
 * cohort never diffuses over ages, and an age event (pension age, oldest active age) takes the
 * members whose birthday falls in the month, in that month.
 *
 * Service: j = ai + 1 - g is the whole years of tau, the credited months a member will have at
 * the end of the current year if every remaining month of the year is paid. A regular payer keeps
 * g for life (the year-end move adds a year to both age and tau). The month phase p = tau mod 12
 * is not a dimension: it is taken as evenly spread within a cell (service-phase.ts says when that
 * is exact and how each event uses it). g = ai + 1 is a member with tau < 12 (an entrant of this
 * year after January), so 0 <= g <= ai + 1.
 *
 * k = unpaid monthly contributions outstanding (0 = up to date).
 * Former members (who accrue nothing) are indexed [sex][completed service years s][age index],
 * members at or above pension age who go on contributing to complete the qualifying months are
 * indexed [sex][age index][months still missing][k] (completion-pool.ts), pensioners
 * [sex][age at 1 January 0..105]. The one place that knows how an index is built.
 */
export interface CellLayout {
  readonly ageMin: number;
  readonly ageMax: number;
  readonly nAge: number;
  /** Gap years 0..nGap-1 of active cells (nGap = nAge + 1: g <= age index + 1). */
  readonly nGap: number;
  /** Service years 0..nService-1 of former members (nService = nAge + 1). */
  readonly nService: number;
  /** Arrears states 0..nK-1 (nK = maxMissedContributions: reaching nK unpaid ends the enrollment). */
  readonly nK: number;
  /** Cells of one sex. */
  readonly perSex: number;
  readonly size: number;
}

/** Youngest age of enrollment (SSC: 16). Ages are completed years. */
export const AGE_MIN = 16;
/** Oldest single age of pensioners and survivors (an open age: stays there). */
export const PENSIONER_AGE_MAX = 105;
export const PENSIONER_AGES = PENSIONER_AGE_MAX + 1;

export function cellLayout(ageMax: number, nK: number, ageMin = AGE_MIN): CellLayout {
  if (!(ageMax >= ageMin) || !(nK >= 1)) throw new RangeError(`bad cell layout: ages ${ageMin}..${ageMax}, ${nK} arrears states`);
  const nAge = ageMax - ageMin + 1;
  const nGap = nAge + 1;
  const perSex = nGap * nAge * nK;
  return { ageMin, ageMax, nAge, nGap, nService: nAge + 1, nK, perSex, size: 2 * perSex };
}

/** Flat index of active cell (sex, gap g, age index, k). */
export function cellIndex(L: CellLayout, sex: number, g: number, ai: number, k: number): number {
  return ((sex * L.nGap + g) * L.nAge + ai) * L.nK + k;
}

/** Flat index of a former member [sex][service years][age]. */
export function poolIndex(L: CellLayout, sex: number, s: number, ai: number): number {
  return (sex * L.nService + s) * L.nAge + ai;
}

/** Flat index of a pensioner array [sex][age 0..105]. */
export function pensionerIndex(sex: number, age: number): number {
  return sex * PENSIONER_AGES + (age > PENSIONER_AGE_MAX ? PENSIONER_AGE_MAX : age < 0 ? 0 : age);
}
