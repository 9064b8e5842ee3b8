import { PENSIONER_AGE_MAX, PENSIONER_AGES, pensionerIndex } from './layout.js';

/**
 * Pensioners (old-age, or survivors) by [sex][age at 1 January 0..105]: persons and pension mass
 * (JOD a month; the mean pension of a cell is mass / persons).
 */
export class PensionerPool {
  readonly persons = new Float64Array(2 * PENSIONER_AGES);
  readonly pension = new Float64Array(2 * PENSIONER_AGES);

  add(sex: number, age: number, persons: number, pensionMass: number): void {
    const i = pensionerIndex(sex, age);
    this.persons[i] += persons;
    this.pension[i] += pensionMass;
  }

  total(): number {
    let t = 0;
    for (let i = 0; i < this.persons.length; i++) t += this.persons[i]!;
    return t;
  }

  totalPension(): number {
    let t = 0;
    for (let i = 0; i < this.pension.length; i++) t += this.pension[i]!;
    return t;
  }
}

/** What one month of a pensioner pool did. */
export interface PensionerMonth {
  deaths: number;
  paid: number;
}

/** Called with the deaths of a pool's cell and the pensions they drew (JOD a month): survivors.ts. */
export type OnDeaths = (sex: number, age: number, deaths: number, pensionMass: number) => void;

/**
 * One month of a pensioner pool, in order: yearly indexation (in the indexation month:
 * each pension rises by min(pension x rate, cap)), deaths (monthly q of the pensioners' exact
 * ages, month-context.ts; `onDeaths` leaves their survivors' pensions), payment of the month's
 * pensions to those alive. Ages move once a year (`agePensioners`).
 */
export function stepPensioners(pool: PensionerPool, deathM: Float64Array, indexationRate: number, indexationCap: number, onDeaths: OnDeaths | null, out: PensionerMonth): void {
  const P = pool.persons;
  const M = pool.pension;
  let deaths = 0;
  let paid = 0;
  for (let i = 0; i < P.length; i++) {
    const n = P[i]!;
    if (!(n > 0)) continue;
    let mass = M[i]!;
    if (indexationRate > 0) {
      const inc = (mass / n) * indexationRate;
      mass += n * (inc < indexationCap ? inc : indexationCap);
    }
    const d = n * deathM[i]!;
    const deadMass = (mass * d) / n;
    mass -= deadMass;
    deaths += d;
    if (onDeaths !== null && d > 0) {
      const sex = i < PENSIONER_AGES ? 0 : 1;
      onDeaths(sex, i - sex * PENSIONER_AGES, d, deadMass);
    }
    paid += mass;
    P[i] = n - d;
    M[i] = mass;
  }
  out.deaths = deaths;
  out.paid = paid;
}

/**
 * Pensions that end at an age (orphans' at the end age): the pensioners aged endAge - 1 at
 * 1 January whose birthday falls in month m, 1 / (12 - m) of them (birthdays.ts), after the
 * month's payment. Returns the persons whose pensions end.
 */
export function endPensionsAtAge(pool: PensionerPool, endAge: number, m: number): number {
  let ended = 0;
  const f = 1 / (12 - m);
  for (let sex = 0; sex < 2; sex++) {
    const i = pensionerIndex(sex, endAge - 1);
    const n = pool.persons[i]!;
    if (!(n > 0)) continue;
    const gone = n * f;
    pool.pension[i] = pool.pension[i]! - (pool.pension[i]! * gone) / n;
    pool.persons[i] = n - gone;
    ended += gone;
  }
  return ended;
}

/** The year-end move of a pool: every age one year up; 105 is open. */
export function agePensioners(pool: PensionerPool): void {
  for (let sex = 0; sex < 2; sex++) {
    const o = sex * PENSIONER_AGES;
    pool.persons[o + PENSIONER_AGE_MAX] += pool.persons[o + PENSIONER_AGE_MAX - 1]!;
    pool.pension[o + PENSIONER_AGE_MAX] += pool.pension[o + PENSIONER_AGE_MAX - 1]!;
    pool.persons.copyWithin(o + 1, o, o + PENSIONER_AGE_MAX - 1);
    pool.pension.copyWithin(o + 1, o, o + PENSIONER_AGE_MAX - 1);
    pool.persons[o] = 0;
    pool.pension[o] = 0;
  }
}
