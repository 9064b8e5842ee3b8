import { POP_AGES } from '../../src/core/resolved-scenario.js';
import type { InsuredYear } from '../../src/health/insured-group.js';
import type { ResolvedHealthScenario, ResolvedHealthSubsidy } from '../../src/health/resolved-health-scenario.js';

const filled = (n: number, v: number) => new Float64Array(n).fill(v);
/** A per-age array with `v` at one cell [sex * 101 + age], zero elsewhere. */
export function oneCell(sex: 0 | 1, age: number, v: number): Float64Array {
  const a = new Float64Array(2 * POP_AGES);
  a[sex * POP_AGES + age] = v;
  return a;
}

export interface HealthFixtureOptions {
  years?: number;
  medicalInflation?: number;
  wageGrowth?: number;
  interest?: number;
  rate?: number;
  pensionerRate?: number;
  admin?: number;
  initialReserve?: number;
  /** Fertility by single age, the same every year (default none). */
  asfr?: Float64Array;
  /** Death probabilities, the same every year (default none). */
  q?: Float64Array;
  takeUp?: number;
  /** Fertility of insured women and enrolled wives as multiples of `asfr` (default 1 and 1). */
  relativeFertility?: { insured?: number; spouses?: number };
  subsidies?: ResolvedHealthSubsidy[];
  /** Override utilisation (default: 2 visits a person-year at every age, nothing else). */
  utilisation?: Partial<ResolvedHealthScenario['utilisation']>;
  unitCosts?: Partial<ResolvedHealthScenario['unitCosts']>;
  maternity?: Partial<ResolvedHealthScenario['maternity']>;
  terminalReserveYears?: number;
}

/**
 * A small, fully controlled health scenario for closed-form tests: constant economic
 * assumptions, utilisation the same at every age (2 outpatient visits, nothing else, unless
 * given), unit costs of round numbers, no fertility, no mortality, no dependants, no subsidies
 * unless given. Its insured group is given apart (`constantGroup`), so the source here is a
 * placeholder population of zeros.
 */
export function healthFixture(o: HealthFixtureOptions = {}): ResolvedHealthScenario {
  const years = o.years ?? 10;
  const zeros = filled(2 * POP_AGES, 0);
  const asfr = o.asfr ?? filled(POP_AGES, 0);
  return {
    scheme: 'health',
    name: 'fixture',
    description: 'test',
    startYear: 2026,
    years,
    economic: {
      wageGrowth: filled(years, o.wageGrowth ?? 0),
      pensionIndexation: filled(years, 0),
      medicalInflation: filled(years, o.medicalInflation ?? 0),
      interest: filled(years, o.interest ?? 0.05),
    },
    insured: {
      from: 'population',
      population: zeros,
      coveredShare: zeros,
      coveredShareMultiplier: filled(years, 1),
      averageWage: zeros,
      pensionerShare: zeros,
      pensionerShareMultiplier: filled(years, 1),
      averagePension: [0, 0],
    },
    demography: {
      deathProbability: Array.from({ length: years }, () => o.q ?? filled(2 * POP_AGES, 0)),
      fertility: { firstYear: 2026 - 30, rates: Array.from({ length: years + 30 }, () => asfr) },
      sexRatioAtBirth: 1.05,
      relativeFertility: { insured: o.relativeFertility?.insured ?? 1, spouses: o.relativeFertility?.spouses ?? 1 },
    },
    dependants: {
      takeUp: filled(years, o.takeUp ?? 0),
      marriedShare: filled(2 * POP_AGES, 0.8),
      spouseDependentShare: [0.9, 0.1],
      spouseAgeDifference: [-5, 5],
      childAgeLimit: 18,
    },
    utilisation: {
      outpatientVisits: filled(2 * POP_AGES, 2),
      inpatientAdmissions: filled(2 * POP_AGES, 0),
      averageLengthOfStay: filled(2 * POP_AGES, 0),
      prescriptions: filled(2 * POP_AGES, 0),
      otherServices: filled(2 * POP_AGES, 0),
      ...o.utilisation,
    },
    unitCosts: { visit: 15, inpatientDay: 200, prescription: 10, otherService: 12, delivery: 500, ...o.unitCosts },
    maternity: { contributionRate: 0, leaveDays: 70, claimShare: 1, ...o.maternity },
    revenue: { contributionRate: filled(years, o.rate ?? 0.05), pensionerContributionRate: filled(years, o.pensionerRate ?? 0), subsidies: o.subsidies ?? [] },
    fund: { initialReserve: o.initialReserve ?? 0, adminCostRate: o.admin ?? 0, terminalReserveYears: o.terminalReserveYears ?? 1 },
    provenance: [],
  };
}

/**
 * The same insured group every year: contributors and pensioners by [sex * 101 + age] with a
 * monthly wage a contributor (JOD, growing with `wageGrowth` from the second year) and a
 * monthly pension a pensioner.
 */
export function constantGroup(years: number, contributors: Float64Array, monthlyWage: number, opts: { pensioners?: Float64Array; monthlyPension?: number; wageGrowth?: number } = {}): InsuredYear[] {
  const pensioners = opts.pensioners ?? new Float64Array(2 * POP_AGES);
  const out: InsuredYear[] = [];
  let index = 1;
  for (let y = 0; y < years; y++) {
    if (y > 0) index *= 1 + (opts.wageGrowth ?? 0);
    out.push({
      contributors: Float64Array.from(contributors),
      pensioners: Float64Array.from(pensioners),
      insurableWages: Float64Array.from(contributors, (n) => n * monthlyWage * 12 * index),
      pensionsPaid: pensioners.reduce((a, b) => a + b, 0) * (opts.monthlyPension ?? 0) * 12,
      population: null,
    });
  }
  return out;
}

export const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
