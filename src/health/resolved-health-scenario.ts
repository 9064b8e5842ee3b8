import type { ResolvedScenario, SourcedValue } from '../core/resolved-scenario.js';

/** The covered groups a subsidy may pay for. `dependants` = spouses + children; `covered` = everyone. */
export const SUBSIDY_GROUPS = ['covered', 'contributors', 'pensioners', 'dependants', 'spouses', 'children'] as const;
export type SubsidyGroup = (typeof SUBSIDY_GROUPS)[number];

/**
 * A government or donor subsidy of the health fund, resolved. Exactly one of three forms:
 * - `share`: this share of the health-care expenditure (the five services) of a group;
 * - `perCapita`: JOD a covered person-year of the group, at start-year prices, raised each year
 *   with medical inflation;
 * - `amount`: JOD a year, as given (nominal).
 */
export interface ResolvedHealthSubsidy {
  readonly name: string;
  readonly payer: 'government' | 'donor';
  readonly group: SubsidyGroup;
  /** 0 = men, 1 = women, null = both. */
  readonly sex: 0 | 1 | null;
  readonly ageMin: number;
  readonly ageMax: number;
  readonly kind: 'share' | 'perCapita' | 'amount';
  /** The share, the per-capita amount (JOD) or 0 for `amount`. */
  readonly rate: number;
  /** For `amount`: JOD by projection year; else null. */
  readonly amount: Float64Array | null;
  /** Calendar years paid, inclusive. */
  readonly firstYear: number;
  readonly lastYear: number;
}

/** The insured group from the general population: shares of it by age and sex (design note section 4). */
export interface PopulationInsured {
  readonly from: 'population';
  /** Population at 1 January of the start year, persons [sex * 101 + age] (UN WPP). */
  readonly population: Float64Array;
  /** Share of the population who are active contributors, [sex * 101 + age], times the multiplier of each year. */
  readonly coveredShare: Float64Array;
  readonly coveredShareMultiplier: Float64Array;
  /** Mean insurable wage, JOD a month at start-year level, [sex * 101 + age]; grows with economic.wageGrowth. */
  readonly averageWage: Float64Array;
  /** Share of the population drawing a pension of the scheme, [sex * 101 + age], times the multiplier of each year. */
  readonly pensionerShare: Float64Array;
  readonly pensionerShareMultiplier: Float64Array;
  /** Mean pension, JOD a month at start-year level, by sex [M, F]; grows with economic.pensionIndexation. */
  readonly averagePension: readonly [number, number];
}

/** The insured group from a projection of the optional scheme (run with figures by age). */
export interface OptionalSchemeInsured {
  readonly from: 'optional-scheme';
  /** The optional scenario file (absolute path), as written in scenario.resolved.yaml. */
  readonly path: string;
  readonly scenario: ResolvedScenario;
}

/**
 * Everything a projection of the social health insurance needs, as plain numbers and typed
 * arrays: what `loadHealthScenario` produces and `runHealthScenario` consumes. Per-year arrays
 * have one entry a projection year (index 0 = startYear); per-age arrays are [sex * 101 + age]
 * (0 = men, 1 = women; age 100 = 100 and over). Money in JOD as floats; rounded to fils once,
 * in the indicators.
 */
export interface ResolvedHealthScenario {
  readonly scheme: 'health';
  readonly name: string;
  readonly description: string;
  readonly startYear: number;
  readonly years: number;
  readonly economic: {
    /** Growth of the population-based group's wages (the optional scheme's own otherwise: then zeros, unused). */
    readonly wageGrowth: Float64Array;
    /** Growth of the population-based group's pensions. */
    readonly pensionIndexation: Float64Array;
    /** Growth of every unit cost (price and intensity), from the second year: index 1 in the start year. */
    readonly medicalInflation: Float64Array;
    /** The fund's yearly rate of return. */
    readonly interest: Float64Array;
  };
  readonly insured: PopulationInsured | OptionalSchemeInsured;
  readonly demography: {
    /** Annual death probability q by projection year, [year][sex * 101 + age] (UN WPP). */
    readonly deathProbability: readonly Float64Array[];
    /** Births per woman-year by single age 0..100, for the calendar years firstYear, firstYear + 1, ... (UN WPP). */
    readonly fertility: { readonly firstYear: number; readonly rates: readonly Float64Array[] };
    /** Males born per female birth. */
    readonly sexRatioAtBirth: number;
    /**
     * Fertility of covered women as a multiple of the national rates at the same age, by who they
     * are: `insured` women (contributors: coverage.insuredFertility) and enrolled `spouses`
     * (dependants.spouseFertility). Pensioner women and covered daughters bear children at the
     * national rates (multiple 1).
     */
    readonly relativeFertility: { readonly insured: number; readonly spouses: number };
  };
  readonly dependants: {
    /** Share of the dependants of the insured and pensioners who are enrolled, by year. */
    readonly takeUp: Float64Array;
    /** Share of the insured (and pensioners) who are married, [sex * 101 + age]. */
    readonly marriedShare: Float64Array;
    /** Share of married insured whose spouse is a dependant (not insured or working), [M, F]. */
    readonly spouseDependentShare: readonly [number, number];
    /** Spouse's age minus the insured's age, by sex of the insured [M, F]. */
    readonly spouseAgeDifference: readonly [number, number];
    /** Children are covered while younger than this (completed years). */
    readonly childAgeLimit: number;
  };
  /** Uses a person-year, [sex * 101 + age]. Inpatient admissions exclude deliveries (costed apart). */
  readonly utilisation: {
    readonly outpatientVisits: Float64Array;
    readonly inpatientAdmissions: Float64Array;
    readonly averageLengthOfStay: Float64Array;
    readonly prescriptions: Float64Array;
    readonly otherServices: Float64Array;
  };
  /** JOD a unit at start-year prices. */
  readonly unitCosts: {
    readonly visit: number;
    readonly inpatientDay: number;
    readonly prescription: number;
    readonly otherService: number;
    readonly delivery: number;
  };
  readonly maternity: {
    /** The maternity insurance contribution on insurable wages (employer, 0.75% in force). */
    readonly contributionRate: number;
    /** Days of the woman's wage paid for a delivery. */
    readonly leaveDays: number;
    /** Share of the deliveries of insured women (contributors) that give a benefit: the 6-month condition. */
    readonly claimShare: number;
  };
  readonly revenue: {
    /** Health contribution on insurable wages, by year (the maternity rate comes on top). */
    readonly contributionRate: Float64Array;
    /** Contribution on pensions paid, by year. */
    readonly pensionerContributionRate: Float64Array;
    readonly subsidies: readonly ResolvedHealthSubsidy[];
  };
  readonly fund: {
    readonly initialReserve: number;
    /** Administration cost as a share of benefit expenditure (health care + maternity). */
    readonly adminCostRate: number;
    /** Terminal reserve for the GAP, in years of the last year's total expenditure. */
    readonly terminalReserveYears: number;
  };
  /** Every assumption as used, with its source, in order (for scenario.resolved.yaml). */
  readonly provenance: readonly SourcedValue[];
}

/**
 * Age-specific fertility rates of a calendar year from a scenario's table (years before the
 * table hold its first year, after it its last, as WPP's own rates do outside 1950-2100).
 * @example asfrOf(s, s.startYear) // births per woman-year by age 0..100 in the start year
 */
export function asfrOf(s: Pick<ResolvedHealthScenario, 'demography'>, year: number): Float64Array {
  const f = s.demography.fertility;
  const i = Math.min(Math.max(year - f.firstYear, 0), f.rates.length - 1);
  return f.rates[i]!;
}
