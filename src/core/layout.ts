/**
 * The cell layout of the insured population: flat typed arrays indexed
 * [sex][uncredited years g][age][arrears state k]. g counts the whole years since age 16 without
 * credited service, so credited service = age index - g (age index = age - 16) and g <= age index.
 * Indexing by the gap rather than by service ties a regular payer's service to the age: ageing
 * credits the year, so a member who pays every month reaches 180 months exactly at the age they
 * would (no service drifting apart from age); only months missed or caught up move g.
 * k = unpaid monthly contributions outstanding (0 = up to date).
 * Former members (who accrue nothing) are indexed [sex][credited service][age].
 * The one place that knows how an index is built.
 */
export interface CellLayout {
  readonly ageMin: number;
  readonly ageMax: number;
  readonly nAge: number;
  /** Uncredited years 0..nGap-1 of active cells (nGap = nAge: g <= age index). */
  readonly nGap: number;
  /** Service years 0..nService-1 of former members (nService = nAge). */
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
  const perSex = nAge * nAge * nK;
  return { ageMin, ageMax, nAge, nGap: nAge, nService: nAge, nK, perSex, size: 2 * perSex };
}

/** Flat index of active cell (sex, uncredited years g, age index, k). */
export function cellIndex(L: CellLayout, sex: number, g: number, ai: number, k: number): number {
  return ((sex * L.nGap + g) * L.nAge + ai) * L.nK + k;
}

/** Flat index of a former member [sex][service][age]. */
export function poolIndex(L: CellLayout, sex: number, s: number, ai: number): number {
  return (sex * L.nService + s) * L.nAge + ai;
}

/** Flat index of a pensioner array [sex][age 0..105]. */
export function pensionerIndex(sex: number, age: number): number {
  return sex * PENSIONER_AGES + (age > PENSIONER_AGE_MAX ? PENSIONER_AGE_MAX : age < 0 ? 0 : age);
}
