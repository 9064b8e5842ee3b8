import { PENSIONER_AGE_MAX, PENSIONER_AGES, pensionerIndex } from './layout.js';

/**
 * Pensioners (old-age, or survivors) by [sex][single age 0..105]: persons and pension mass
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

/**
 * One month of a pensioner pool, in order: yearly indexation (in the indexation month:
 * each pension rises by min(pension x rate, cap)), deaths (monthly q by sex and age; a deceased
 * old-age pensioner leaves a survivor's pension with the survivor probability), payment of the
 * month's pensions to those alive, ageing (1/12 of each age to the next; 105 is open).
 */
export function stepPensioners(
  pool: PensionerPool,
  deathM: Float64Array,
  indexationRate: number,
  indexationCap: number,
  survivors: { pool: PensionerPool; probability: Float64Array; share: number; ageDifference: Int32Array } | null,
  out: PensionerMonth,
): void {
  const P = pool.persons;
  const M = pool.pension;
  let deaths = 0;
  let paid = 0;
  for (let sex = 0; sex < 2; sex++) {
    for (let age = PENSIONER_AGE_MAX; age >= 0; age--) {
      const i = sex * PENSIONER_AGES + age;
      const n = P[i]!;
      if (!(n > 0)) continue;
      let mass = M[i]!;
      if (indexationRate > 0) {
        const inc = (mass / n) * indexationRate;
        mass += n * (inc < indexationCap ? inc : indexationCap);
      }
      const d = n * deathM[i]!;
      const alive = n - d;
      const deadMass = (mass * d) / n;
      mass -= deadMass;
      deaths += d;
      if (survivors !== null && d > 0) {
        const s = d * survivors.probability[sex]!;
        survivors.pool.add(1 - sex, age + survivors.ageDifference[sex]!, s, (deadMass * survivors.probability[sex]! * survivors.share));
      }
      paid += mass;
      // Ageing: 1/12 of the age moves up (descending loop: the next age has already moved its own).
      if (age < PENSIONER_AGE_MAX) {
        const up = alive / 12;
        const upMass = mass / 12;
        P[i] = alive - up;
        M[i] = mass - upMass;
        P[i + 1] += up;
        M[i + 1] += upMass;
      } else {
        P[i] = alive;
        M[i] = mass;
      }
    }
  }
  out.deaths = deaths;
  out.paid = paid;
}
