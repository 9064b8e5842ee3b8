import type { OptionalRules } from '../rules/optional-rules.js';

/** Index of sex in every per-sex array: 0 = men (M), 1 = women (F). */
export const SEXES = ['M', 'F'] as const;
export const MALE = 0;
export const FEMALE = 1;

/** Single ages of the general population: 0..100, index 100 = 100 and over (WPP's open group). */
export const POP_AGES = 101;

/** Where a number came from, for scenario.resolved.yaml and the report. */
export interface SourcedValue {
  readonly key: string;
  readonly value: unknown;
  readonly source: string;
  /** The unit the model or scenario file gives the value (e.g. "JOD a month"), when it gives one. */
  readonly unit?: string;
  /** verified, reported or assumption, when the file says. */
  readonly confidence?: string;
}

/** A subsidy programme (design note section 3), resolved. */
export interface ResolvedProgramme {
  readonly name: string;
  readonly payer: 'government' | 'donor';
  /** null = both sexes. */
  readonly sex: 'M' | 'F' | null;
  readonly ageMin: number;
  readonly ageMax: number;
  /** Only new subscribers (entrants) are admitted; otherwise eligible members at the start month too. */
  readonly newEntrantsOnly: boolean;
  /** Eligible only with a declared wage at most this (JOD a month); null = any wage. */
  readonly maxWage: number | null;
  /** Share of the contribution the programme pays. */
  readonly share: number;
  /** At most this much a beneficiary-month (JOD); null = no limit. */
  readonly maxPerMonth: number | null;
  /** Months of subsidy from admission. */
  readonly months: number;
  /** Admission window, as month offsets from the projection start (inclusive). */
  readonly startMonth: number;
  readonly endMonth: number;
  /** No new beneficiaries in a calendar year once its cost reaches this (JOD); null = no cap. */
  readonly annualBudget: number | null;
  /** Entry-rate multiplier for eligible people while admitting. */
  readonly entryMultiplier: number;
  /** Multiplier on the probability of missing a contribution while subsidised. */
  readonly missMultiplier: number;
  /** Share of beneficiaries who stay enrolled when the subsidy ends (the rest request termination). */
  readonly persistence: number;
}

/** Payment behaviour from arrears state k = 0..nK-1 (probabilities each month). */
export interface PaymentBehaviour {
  /** Catch up in full (to state 0): index k; for k = 0 it is "pay this month". */
  readonly catchUp: Float64Array;
  /** Pay the oldest unpaid month only (stay at k), k >= 1; 0 at k = 0. */
  readonly stay: Float64Array;
  /** Miss the month (to k + 1): 1 - catchUp - stay. */
  readonly miss: Float64Array;
}

/**
 * Everything a projection of the optional scheme needs, as plain numbers and typed arrays:
 * what `loadScenario` produces and `runScenario` consumes. Per-year arrays have one entry a
 * projection year (index 0 = startYear). Per-age arrays are indexed by single age 0..100 and
 * per-sex arrays by sex index (0 = M, 1 = F) as [sex * POP_AGES + age].
 * Money in JOD as floats (expectations); exact fils only in the member rules.
 */
export interface ResolvedScenario {
  readonly scheme: 'ssc-optional';
  readonly name: string;
  readonly description: string;
  readonly startYear: number;
  /** Years of the scenario's own assumptions and of indicators.csv. */
  readonly years: number;
  /** Years projected for the valuation results (50, 75, 100-year GAP, closed group); the last year's assumptions hold past `years`. Default 100. */
  readonly valuationYears?: number;
  readonly rules: OptionalRules;
  readonly economic: {
    readonly wageGrowth: Float64Array;
    readonly inflation: Float64Array;
    readonly interest: Float64Array;
    readonly minimumWageGrowth: Float64Array;
  };
  readonly demography: {
    /** Population at 1 January of the start year, persons [sex * 101 + age]. */
    readonly population: Float64Array;
    /** Annual death probability q by year: [year][sex * 101 + age]. */
    readonly deathProbability: readonly Float64Array[];
    /** Age-specific fertility rates by year: [year][age] (births per woman-year). */
    readonly fertility: readonly Float64Array[];
    /** Net migrants in each year: [year][sex * 101 + age] (persons); zeros by default. */
    readonly netMigration: readonly Float64Array[];
    /** Males born per female birth. */
    readonly sexRatioAtBirth: number;
  };
  readonly behaviour: {
    /** Share of the population who may enroll (Jordanians). */
    readonly eligibleShare: number;
    /** Share in mandatory covered employment by [sex * 101 + age] (not eligible). */
    readonly coveredEmploymentShare: Float64Array;
    /** Annual entry rate of the eligible population by [sex * 101 + age]. */
    readonly entryRate: Float64Array;
    /** Multiplier on entry rates by year (trend, outreach). */
    readonly entryRateMultiplier: Float64Array;
    /** Mean declared wage at entry as a multiple of the minimum wage by [sex * 101 + age]. */
    readonly entryWageFactor: Float64Array;
    /** Annual rates of leaving for covered work and of termination on request, [sex * 101 + age]. */
    readonly exitCoveredWorkRate: Float64Array;
    readonly requestRate: Float64Array;
    /** Annual rate at which former subscribers under pension age re-enroll. */
    readonly reEntryRate: number;
    readonly payment: PaymentBehaviour;
    /** Share of paying members taking the annual increase each January, and its mean size. */
    readonly increaseTakeUp: Float64Array;
    readonly increaseMeanSize: number;
    /** Multiplier on all death probabilities of members and pensioners (1 = WPP). */
    readonly mortalityMultiplier: number;
    /** Share of members reaching pension age without the qualifying months who go on contributing. */
    readonly continueAfterPensionAge: number;
    /** Oldest age of contributing; members still active at this age leave with a lump sum or pension. */
    readonly maxActiveAge: number;
  };
  readonly pension: {
    readonly normalRetirementAge: readonly [number, number];
    readonly qualifyingMonths: number;
    readonly accrualRate: number;
    /** JOD a month (nominal, at the start year). */
    readonly minimumPension: number;
    /** Minimum pension grows with pension indexation when true. */
    readonly minimumPensionIndexed: boolean;
    /** Month (1-12) of the yearly indexation and its cap a pensioner (JOD a month at the start year). */
    readonly indexationMonth: number;
    readonly indexationCap: number;
    /** Probability a deceased member or pensioner leaves a survivor entitled to a pension, by sex of the deceased. */
    readonly survivorProbability: readonly [number, number];
    /** Survivor's pension as a share of the deceased's pension. */
    readonly survivorShare: number;
    /** Age of the survivor minus age of the deceased, by sex of the deceased. */
    readonly survivorAgeDifference: readonly [number, number];
    /** Minimum credited years for a survivor pension on a member's death (else a lump sum). */
    readonly deathPensionMinServiceYears: number;
    /** Lump sum: this share of the declared wage for each credited month. */
    readonly lumpSumRatePerMonth: number;
    /** Months averaged for the reference wage of a pension (36; 1 = the current declared wage). */
    readonly referenceWageMonths: number;
    readonly earlyRetirement: EarlyRetirementTerms;
    readonly disability: DisabilityTerms;
    readonly orphans: OrphanTerms;
    /** The pension a member's death in service earns his survivors: the disability pension, or the old-age pension on his months. */
    readonly deathInServicePension: 'disability' | 'old-age';
  };
  readonly startStock: {
    /** Active members at the start by cell: persons and wage mass (JOD a month) in the core layout. */
    readonly insuredPersons: Float64Array;
    readonly insuredWageMass: Float64Array;
    /** Members at or above pension age completing their months: the completion pool's layout (completion-pool.ts). */
    readonly completionPersons: Float64Array;
    readonly completionWageMass: Float64Array;
    /** Former members with credits: [sex][service][age], persons and wage mass. */
    readonly inactivePersons: Float64Array;
    readonly inactiveWageMass: Float64Array;
    /** Pensioners at the start: [sex * 106 + age at 1 January], persons and pension mass (JOD a month). */
    readonly pensionerPersons: Float64Array;
    readonly pensionerPensionMass: Float64Array;
  };
  readonly fund: {
    readonly initialReserve: number;
    /** Administration cost as a share of contribution income (members' + subsidies + fees). */
    readonly adminCostRate: number;
    /** Terminal reserve for the GAP, in years of expenditure of the last year. */
    readonly terminalReserveYears: number;
  };
  readonly programmes: readonly ResolvedProgramme[];
  /** Every assumption as used, with its source, in order (for scenario.resolved.yaml). */
  readonly provenance: readonly SourcedValue[];
}

/** Early retirement (law of 2014 as amended): routes, the new rules for members first insured from a date, accrual by age, take-up [A]. */
export interface EarlyRetirementTerms {
  /** Any route qualifies: age reached and credited months, each by sex [M, F]. */
  readonly routes: readonly { readonly age: readonly [number, number]; readonly months: readonly [number, number] }[];
  /** Months since year 0 (year x 12 + month - 1) of the first month of the new rules, and the youngest early age under them by sex. */
  readonly newRulesFrom: number;
  readonly newRulesMinAge: readonly [number, number];
  /** Accrual a credited year by age at retirement [sex * 101 + age], on the reference wage up to the limit and above it. */
  readonly accrualBelowLimit: Float64Array;
  readonly accrualAboveLimit: Float64Array;
  /** JOD a month of reference wage (nominal, not indexed). */
  readonly accrualWageLimit: number;
  /** Annual probability that an eligible member retires early [sex * 101 + age]; 0 = no early retirement. */
  readonly takeUp: Float64Array;
}

/** Disability (natural, permanent) of active members [A]. */
export interface DisabilityTerms {
  /** Credited months for a disability pension (else a lump sum). */
  readonly minMonths: number;
  /** Annual incidence among active members [sex * 101 + age]; 0 = no disability benefit. */
  readonly incidence: Float64Array;
  /**
   * Pension = max(minimum, min(maximum, belowLimit + perYearAfterMinimum x years beyond minMonths)
   * x reference wage up to the limit + aboveLimit x the part above).
   */
  readonly pension: { readonly belowLimit: number; readonly aboveLimit: number; readonly perYearAfterMinimum: number; readonly maximum: number };
  /** Multiplier on the population's death probabilities for disability pensioners. */
  readonly mortalityMultiplier: number;
}

/** Orphans' pensions on the death of a member or pensioner [A]. */
export interface OrphanTerms {
  /** Mean children under endAge by age and sex of the deceased [sex * 101 + age]; 0 = no orphans' pensions. */
  readonly children: Float64Array;
  /** Mean age of the deceased minus the child's; the children spread evenly ageSpread years either side. */
  readonly parentAgeGap: number;
  readonly ageSpread: number;
  /** Share of the deceased's pension a child; the survivors' shares together at most the whole pension. */
  readonly sharePerChild: number;
  /** All children's shares together at most this share of the deceased's pension. */
  readonly maximumShare: number;
  /** Age at which a child's pension ends. */
  readonly endAge: number;
}
