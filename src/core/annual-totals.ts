import type { MonthFlows } from './month-flows.js';

/**
 * Raw yearly totals of a projection (floats, unrounded): flows summed over the months of a
 * calendar year, stocks at its end. `indicators.ts` turns them into the reported rows.
 */

/** Yearly field <- the month's flow it sums (one line a flow: the field list the projection accumulates). */
export const FLOW_FIELDS = [
  ['entrants', 'entrants'],
  ['reEntrants', 'reEntrants'],
  ['exitsDeath', 'deaths'],
  ['exitsCoveredWork', 'exitsCoveredWork'],
  ['exitsRequest', 'exitsRequest'],
  ['terminationsArrears', 'terminationsArrears'],
  ['retirements', 'retirements'],
  ['retirementPensions', 'retirementPensions'],
  ['retirementFinalWages', 'retirementFinalWages'],
  ['lumpSumExits', 'lumpSumExits'],
  ['lumpSumsPensionAge', 'lumpSumsPensionAge'],
  ['contributorMonths', 'contributors'],
  ['insurableWages', 'insurableWages'],
  ['contributionsDue', 'contributionsDue'],
  ['principalPaid', 'principalPaid'],
  ['subsidiesGovernment', 'subsidiesGovernment'],
  ['subsidiesDonor', 'subsidiesDonor'],
  ['lateFees', 'lateFees'],
  ['pensionExpenditure', 'pensionsPaid'],
  ['lumpSumsDeath', 'lumpSumsDeath'],
  ['lumpSumRecipientsDeath', 'lumpSumRecipientsDeath'],
  ['deathsFormerMembers', 'formerDeaths'],
  ['deferredPensions', 'deferredPensions'],
  ['deferredPensionAmounts', 'deferredPensionAmounts'],
  ['lumpSumExitsFormer', 'formerLumpSumExits'],
  ['lumpSumsFormer', 'formerLumpSums'],
  ['deathsPensioners', 'pensionerDeaths'],
  ['deathsSurvivors', 'survivorDeaths'],
  ['newSurvivors', 'newSurvivors'],
  ['newSurvivorPensions', 'newSurvivorPensions'],
  ['earlyRetirements', 'earlyRetirements'],
  ['earlyRetirementPensions', 'earlyRetirementPensions'],
  ['earlyRetirementFinalWages', 'earlyRetirementFinalWages'],
  ['disabilityAwards', 'disabilityAwards'],
  ['disabilityPensions', 'disabilityPensions'],
  ['disabilityLumpSumExits', 'disabilityLumpSumExits'],
  ['disabilityLumpSums', 'disabilityLumpSums'],
  ['pensionExpenditureOldAge', 'pensionsPaidOldAge'],
  ['pensionExpenditureEarly', 'pensionsPaidEarly'],
  ['pensionExpenditureDisability', 'pensionsPaidDisability'],
  ['pensionExpenditureSurvivors', 'pensionsPaidSurvivors'],
  ['deathsPensionersEarly', 'earlyPensionerDeaths'],
  ['deathsPensionersDisability', 'disabledDeaths'],
  ['deathsOrphans', 'orphanDeaths'],
  ['newOrphans', 'newOrphans'],
  ['newOrphanPensions', 'newOrphanPensions'],
  ['orphanPensionsEnded', 'orphanPensionsEnded'],
] as const satisfies ReadonlyArray<readonly [string, keyof MonthFlows]>;

/** Yearly fields the fund step and the year end set. */
export const OTHER_FIELDS = [
  /** Lump sums of every cause (pension age, death, former members). */
  'lumpSumExpenditure',
  'adminExpenditure',
  'investmentIncome',
  /** Stocks at the end of the year. */
  'insured',
  'insuredWageMass',
  'arrearsStock',
  'pensionersOldAge',
  'pensionersEarly',
  'pensionersDisability',
  /** Survivors: spouses, and orphans. */
  'pensionersSurvivors',
  'pensionersOrphans',
  /** Pensions in payment at the end of the year (JOD a month). */
  'pensionMassOldAge',
  'pensionMassEarly',
  'pensionMassDisability',
  'pensionMassSurvivors',
  'pensionMassOrphans',
  'formerMembers',
  /** Former members with the qualifying service (deferred pensioners-to-be). */
  'formerMembersQualified',
  'reserve',
  /** The economy's average wage (JOD a month) and the price index (1 in the start year) of the year. */
  'averageWage',
  'priceIndex',
  /** Present values at the start, of the year's flows (monthly discounting at the scenario's interest). */
  'pvMembersContributions',
  'pvLateFees',
  'pvSubsidies',
  'pvBenefits',
  'pvAdmin',
  'pvInsurableWages',
  /** Discount factor at the end of the year. */
  'discountEnd',
] as const;

export const ANNUAL_FIELDS = [...FLOW_FIELDS.map(([f]) => f), ...OTHER_FIELDS] as const;

export type AnnualField = (typeof FLOW_FIELDS)[number][0] | (typeof OTHER_FIELDS)[number];
export type AnnualTotals = Record<AnnualField, Float64Array>;

export function newAnnualTotals(years: number): AnnualTotals {
  const t = {} as AnnualTotals;
  for (const f of ANNUAL_FIELDS) t[f as AnnualField] = new Float64Array(years);
  return t;
}

/** Add a month's flows to year y, field by field. */
export function addFlows(A: AnnualTotals, flows: MonthFlows, y: number): void {
  for (const [field, flow] of FLOW_FIELDS) A[field][y] += flows[flow];
}
