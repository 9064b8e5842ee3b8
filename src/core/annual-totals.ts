/**
 * Raw yearly totals of a projection (floats, unrounded): flows summed over the months of a
 * calendar year, stocks at its end. `indicators.ts` turns them into the reported rows.
 */
export const ANNUAL_FIELDS = [
  'insured',
  'contributorMonths',
  'entrants',
  'reEntrants',
  'exitsDeath',
  'exitsCoveredWork',
  'exitsRequest',
  'terminationsArrears',
  /** Active members retiring on a pension, and leaving with a lump sum (at pension age or the oldest active age). */
  'retirements',
  'lumpSumExits',
  /** Former members starting their deferred pension. */
  'deferredPensions',
  'insurableWages',
  'contributionsDue',
  'principalPaid',
  'subsidiesGovernment',
  'subsidiesDonor',
  'lateFees',
  'arrearsStock',
  'pensionersOldAge',
  'pensionersSurvivors',
  'pensionExpenditure',
  'lumpSumExpenditure',
  'adminExpenditure',
  'investmentIncome',
  'reserve',
  'formerMembers',
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

export type AnnualField = (typeof ANNUAL_FIELDS)[number];
export type AnnualTotals = Record<AnnualField, Float64Array>;

export function newAnnualTotals(years: number): AnnualTotals {
  const t = {} as AnnualTotals;
  for (const f of ANNUAL_FIELDS) t[f] = new Float64Array(years);
  return t;
}
