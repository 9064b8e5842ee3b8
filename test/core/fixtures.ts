import { cellIndex, cellLayout, PENSIONER_AGES } from '../../src/core/layout.js';
import { POP_AGES, type ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { loadModel } from '../../src/rules/load-model.js';

const filled = (n: number, v: number) => new Float64Array(n).fill(v);

export interface CohortSpec {
  sex?: 0 | 1;
  age?: number;
  service?: number;
  k?: number;
  persons?: number;
  wage?: number;
}

/**
 * A small, fully controlled scenario for closed-form tests: no population (no entrants), no
 * mortality, no exits, everyone pays, constant interest; one cohort of members as given.
 */
export function closedScenario(opts: { years?: number; interest?: number; cohort?: CohortSpec; maxActiveAge?: number; initialReserve?: number; admin?: number } = {}): ResolvedScenario {
  const rules = loadModel();
  const years = opts.years ?? 10;
  const maxActiveAge = opts.maxActiveAge ?? 70;
  const L = cellLayout(maxActiveAge, rules.maxMissedContributions);
  const insuredPersons = new Float64Array(L.size);
  const insuredWageMass = new Float64Array(L.size);
  const c = { sex: 0 as 0 | 1, age: 20, service: 0, k: 0, persons: 1000, wage: 400, ...opts.cohort };
  const i = cellIndex(L, c.sex, c.age - L.ageMin - c.service, c.age - L.ageMin, c.k);
  insuredPersons[i] = c.persons;
  insuredWageMass[i] = c.persons * c.wage;
  const nK = L.nK;
  const catchUp = filled(nK, 1);
  return {
    scheme: 'ssc-optional',
    name: 'closed-form',
    description: 'test',
    startYear: 2026,
    years,
    valuationYears: years,
    rules,
    economic: { wageGrowth: filled(years, 0), inflation: filled(years, 0), interest: filled(years, opts.interest ?? 0.05), minimumWageGrowth: filled(years, 0) },
    demography: {
      population: filled(2 * POP_AGES, 0),
      deathProbability: Array.from({ length: years }, () => filled(2 * POP_AGES, 0)),
      fertility: Array.from({ length: years }, () => filled(POP_AGES, 0)),
      netMigration: [],
      sexRatioAtBirth: 1.05,
    },
    behaviour: {
      eligibleShare: 1,
      coveredEmploymentShare: filled(2 * POP_AGES, 0),
      entryRate: filled(2 * POP_AGES, 0),
      entryRateMultiplier: filled(years, 1),
      entryWageFactor: filled(2 * POP_AGES, 1.2),
      exitCoveredWorkRate: filled(2 * POP_AGES, 0),
      requestRate: filled(2 * POP_AGES, 0),
      reEntryRate: 0,
      payment: { catchUp, stay: filled(nK, 0), miss: filled(nK, 0) },
      increaseTakeUp: filled(years, 0),
      increaseMeanSize: 0,
      mortalityMultiplier: 1,
      continueAfterPensionAge: 1,
      maxActiveAge,
    },
    pension: {
      normalRetirementAge: [60, 55],
      qualifyingMonths: 180,
      accrualRate: 0.025,
      minimumPension: 200,
      minimumPensionIndexed: false,
      indexationMonth: 5,
      indexationCap: 20,
      survivorProbability: [0.8, 0.3],
      survivorShare: 0.75,
      survivorAgeDifference: [-5, 5],
      deathPensionMinServiceYears: 5,
      lumpSumRatePerMonth: 0.15,
      referenceWageMonths: 1,
      earlyRetirement: {
        routes: [{ age: [50, 50], months: [252, 228] }],
        newRulesFrom: 2019 * 12 + 9,
        newRulesMinAge: [55, 52],
        accrualBelowLimit: filled(2 * POP_AGES, 0.02),
        accrualAboveLimit: filled(2 * POP_AGES, 0.015),
        accrualWageLimit: 1500,
        takeUp: filled(2 * POP_AGES, 0),
      },
      disability: { minMonths: 60, incidence: filled(2 * POP_AGES, 0), pension: { belowLimit: 0.5, aboveLimit: 0.3, perYearAfterMinimum: 0.005, maximum: 0.75 }, mortalityMultiplier: 1 },
      deathInServicePension: 'old-age',
      orphans: { children: filled(2 * POP_AGES, 0), parentAgeGap: 30, ageSpread: 7, sharePerChild: 0.25, maximumShare: 0.5, endAge: 23 },
    },
    startStock: {
      insuredPersons,
      insuredWageMass,
      completionPersons: new Float64Array(2 * L.nAge * 180 * L.nK),
      completionWageMass: new Float64Array(2 * L.nAge * 180 * L.nK),
      inactivePersons: new Float64Array(2 * L.nService * L.nAge),
      inactiveWageMass: new Float64Array(2 * L.nService * L.nAge),
      pensionerPersons: new Float64Array(2 * PENSIONER_AGES),
      pensionerPensionMass: new Float64Array(2 * PENSIONER_AGES),
    },
    fund: { initialReserve: opts.initialReserve ?? 0, adminCostRate: opts.admin ?? 0, terminalReserveYears: 1 },
    programmes: [],
    provenance: [],
  };
}
