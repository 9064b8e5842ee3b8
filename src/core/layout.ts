/**
 * The cell layout of the insured population: flat typed arrays indexed
 * [sex][credited service in whole years][age][arrears state k], k = unpaid monthly contributions
 * outstanding (0 = up to date). Service is the second dimension so that "service up to sHi" is a
 * contiguous run of each sex's cells (blocks of new subscribers stay small).
 * The one place that knows how an index is built.
 */
export interface CellLayout {
  readonly ageMin: number;
  readonly ageMax: number;
  readonly nAge: number;
  /** Service years 0..nService-1; the last one holds that many years and more. */
  readonly nService: number;
  /** Arrears states 0..nK-1 (nK = maxMissedContributions: reaching nK unpaid ends the enrollment). */
  readonly nK: number;
  /** Cells of one sex. */
  readonly perSex: number;
  readonly size: number;
}

/** Youngest age of enrollment (SSC: 16). Ages are completed years. */
export const AGE_MIN = 16;
/** Credited service years tracked per cell (0..50). */
export const SERVICE_YEARS = 51;
/** Oldest single age of pensioners and survivors (an open age: stays there). */
export const PENSIONER_AGE_MAX = 105;
export const PENSIONER_AGES = PENSIONER_AGE_MAX + 1;

export function cellLayout(ageMax: number, nK: number, nService = SERVICE_YEARS, ageMin = AGE_MIN): CellLayout {
  if (!(ageMax >= ageMin) || !(nK >= 1) || !(nService >= 1)) throw new RangeError(`bad cell layout: ages ${ageMin}..${ageMax}, ${nService} service years, ${nK} arrears states`);
  const nAge = ageMax - ageMin + 1;
  const perSex = nService * nAge * nK;
  return { ageMin, ageMax, nAge, nService, nK, perSex, size: 2 * perSex };
}

/** Flat index of cell (sex, service, age index, k). */
export function cellIndex(L: CellLayout, sex: number, s: number, ai: number, k: number): number {
  return ((sex * L.nService + s) * L.nAge + ai) * L.nK + k;
}

/** Flat index in an array without the arrears dimension: [sex][service][age] (former members). */
export function poolIndex(L: CellLayout, sex: number, s: number, ai: number): number {
  return (sex * L.nService + s) * L.nAge + ai;
}

/** Flat index of a pensioner array [sex][age 0..105]. */
export function pensionerIndex(sex: number, age: number): number {
  return sex * PENSIONER_AGES + (age > PENSIONER_AGE_MAX ? PENSIONER_AGE_MAX : age < 0 ? 0 : age);
}
