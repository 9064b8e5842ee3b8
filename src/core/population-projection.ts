import { FEMALE, MALE, POP_AGES } from './resolved-scenario.js';

/** One year of the general population: the next 1 January's population and the year's events. */
export interface PopulationYear {
  readonly next: Float64Array;
  readonly births: number;
  readonly deaths: number;
  readonly netMigration: number;
}

/**
 * Project the population one year (1 January to 1 January) by the cohort-component method:
 * deaths_x = P_x q_x; survivors age one year (100+ is open); births = sum over x of
 * ASFR_x x women-years at x, women-years taken as P_x (1 - q_x / 2); boys = births x SRB / (1 + SRB);
 * the born survive to 1 January with 1 - q_0 / 2 (deaths in their first half-year on average);
 * net migrants are added at their age at the end of the year.
 * Persons are conserved: sum(next) = sum(P) - deaths + births + net migration.
 */
export function projectPopulationYear(pop: Float64Array, q: Float64Array, asfr: Float64Array, sexRatioAtBirth: number, migration: Float64Array | null): PopulationYear {
  const next = new Float64Array(2 * POP_AGES);
  let deaths = 0;
  let births = 0;
  for (let x = 0; x < POP_AGES; x++) births += asfr[x]! * pop[FEMALE * POP_AGES + x]! * (1 - q[FEMALE * POP_AGES + x]! / 2);
  const boys = (births * sexRatioAtBirth) / (1 + sexRatioAtBirth);
  for (const sex of [MALE, FEMALE]) {
    const o = sex * POP_AGES;
    for (let x = 0; x < POP_AGES; x++) {
      const d = pop[o + x]! * q[o + x]!;
      deaths += d;
      const to = x < POP_AGES - 1 ? x + 1 : x;
      next[o + to] += pop[o + x]! - d;
    }
    const born = sex === MALE ? boys : births - boys;
    const infantDeaths = (born * q[o]!) / 2;
    deaths += infantDeaths;
    next[o] += born - infantDeaths;
  }
  let netMigration = 0;
  if (migration !== null) {
    for (let i = 0; i < next.length; i++) {
      next[i] += migration[i]!;
      netMigration += migration[i]!;
      if (next[i]! < 0) throw new RangeError(`net emigration larger than the population at sex ${i < POP_AGES ? 'M' : 'F'} age ${i % POP_AGES}`);
    }
  }
  return { next, births, deaths, netMigration };
}
