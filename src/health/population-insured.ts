import { projectPopulationYear } from '../core/population-projection.js';
import { POP_AGES } from '../core/resolved-scenario.js';
import type { InsuredYear } from './insured-group.js';
import { asfrOf, type PopulationInsured, type ResolvedHealthScenario } from './resolved-health-scenario.js';

/**
 * The insured group as shares of the general population, year by year. The population is
 * projected from 1 January of the start year by the cohort-component method
 * (`projectPopulationYear`: UN WPP mortality and fertility, no migration); in year y, at age x
 * and sex s, with E = (P_y + P_{y+1}) / 2 the person-years (P at 1 January):
 *   contributors = E x coveredShare x coveredShareMultiplier_y
 *   pensioners   = E x pensionerShare x pensionerShareMultiplier_y
 *   insurable wages = contributors x averageWage x 12 x W_y,  W_0 = 1, W_y = W_{y-1} (1 + wageGrowth_y)
 *   pensions paid   = sum of pensioners x averagePension(s) x 12 x Q_y,  Q likewise with pensionIndexation.
 * @example populationInsuredGroup(s, s.insured)[0].contributors // person-years of the start year by sex and age
 */
export function populationInsuredGroup(s: ResolvedHealthScenario, g: PopulationInsured): InsuredYear[] {
  const out: InsuredYear[] = [];
  let pop: Float64Array = Float64Array.from(g.population);
  let wageIndex = 1;
  let pensionIndex = 1;
  for (let y = 0; y < s.years; y++) {
    const next = projectPopulationYear(pop, s.demography.deathProbability[y]!, asfrOf(s, s.startYear + y), s.demography.sexRatioAtBirth, null).next;
    if (y > 0) {
      wageIndex *= 1 + s.economic.wageGrowth[y]!;
      pensionIndex *= 1 + s.economic.pensionIndexation[y]!;
    }
    const population = new Float64Array(2 * POP_AGES);
    const contributors = new Float64Array(2 * POP_AGES);
    const pensioners = new Float64Array(2 * POP_AGES);
    const insurableWages = new Float64Array(2 * POP_AGES);
    let pensionsPaid = 0;
    for (let i = 0; i < 2 * POP_AGES; i++) {
      const e = (pop[i]! + next[i]!) / 2;
      population[i] = e;
      contributors[i] = e * g.coveredShare[i]! * g.coveredShareMultiplier[y]!;
      pensioners[i] = e * g.pensionerShare[i]! * g.pensionerShareMultiplier[y]!;
      insurableWages[i] = contributors[i]! * g.averageWage[i]! * 12 * wageIndex;
      pensionsPaid += pensioners[i]! * g.averagePension[i < POP_AGES ? 0 : 1] * 12 * pensionIndex;
    }
    out.push({ contributors, pensioners, insurableWages, pensionsPaid, population });
    pop = next;
  }
  return out;
}
