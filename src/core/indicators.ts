import { contributionRateOf } from '../rules/contribution.js';
import type { Projection } from './projection.js';
import type { ResolvedScenario } from './resolved-scenario.js';

/**
 * One year of the optional scheme (docs/outputs.md): flows for the calendar year, stocks at its
 * end. Money in JOD rounded to fils, persons to 3 decimals (expected values), ratios unrounded.
 */
export interface IndicatorRow {
  readonly year: number;
  readonly insured: number;
  readonly contributors: number;
  readonly entrants: number;
  readonly re_entrants: number;
  readonly exits_death: number;
  readonly exits_covered_work: number;
  readonly exits_request: number;
  readonly terminations_arrears: number;
  /** Active members retiring on a pension. */
  readonly retirements: number;
  /** Active members retiring early (early old-age pension). */
  readonly early_retirements: number;
  /** Active members becoming disabled: with a disability pension, and with the lump sum (too few months). */
  readonly disability_awards: number;
  readonly disability_lump_sum_exits: number;
  /** Active members leaving with a lump sum (pension age or the oldest active age without the qualifying service). */
  readonly lump_sum_exits: number;
  /** Former members starting a deferred pension. */
  readonly deferred_pensions: number;
  readonly insurable_wages: number;
  readonly contributions_due: number;
  readonly contributions_collected: number;
  readonly collection_rate: number;
  readonly late_fees: number;
  readonly arrears_stock: number;
  readonly subsidies_government: number;
  readonly subsidies_donor: number;
  readonly pensioners: number;
  readonly pensioners_old_age: number;
  readonly pensioners_early: number;
  readonly pensioners_disability: number;
  readonly pensioners_survivors: number;
  /** Survivors' pensioners: spouses and orphans (pensioners_survivors is both). */
  readonly pensioners_survivors_spouses: number;
  readonly pensioners_survivors_orphans: number;
  readonly pension_expenditure: number;
  /** Pensions paid by type: old-age (normal and deferred), early, disability, survivors (spouses and orphans). */
  readonly pension_expenditure_old_age: number;
  readonly pension_expenditure_early: number;
  readonly pension_expenditure_disability: number;
  readonly pension_expenditure_survivors: number;
  readonly lump_sum_expenditure: number;
  readonly benefit_expenditure: number;
  readonly admin_expenditure: number;
  readonly investment_income: number;
  readonly reserve: number;
  readonly paygo_cost_rate: number;
  readonly reserve_ratio: number;
  readonly support_ratio: number;
  readonly contribution_rate: number;
  readonly former_members: number;
  /** Persons accounted for (README "Valuation"): former members' deaths and lump-sum exits at pension age. */
  readonly deaths_former_members: number;
  readonly lump_sum_exits_former: number;
  /** Former members with the qualifying months (deferred pensioners-to-be) and without. */
  readonly former_members_qualified: number;
  readonly former_members_not_qualified: number;
  /** Deaths of old-age pensioners and of survivors' pensioners. */
  readonly deaths_pensioners_old_age: number;
  readonly deaths_pensioners_survivors: number;
  /** Deaths of early and disability pensioners and of orphans drawing a pension; orphans' pensions ended at the end age. */
  readonly deaths_pensioners_early: number;
  readonly deaths_pensioners_disability: number;
  readonly deaths_pensioners_orphans: number;
  readonly orphan_pensions_ended: number;
  /** New old-age pensions (active members retiring and deferred pensions) and their mean amount (JOD a month). */
  readonly new_awards_old_age: number;
  readonly average_new_award_old_age: number;
  /** New survivors' pensions and their mean amount (JOD a month). */
  readonly new_awards_survivors: number;
  readonly average_new_award_survivors: number;
  /** New early, disability and orphans' pensions and their mean amounts (JOD a month). */
  readonly new_awards_early: number;
  readonly average_new_award_early: number;
  readonly new_awards_disability: number;
  readonly average_new_award_disability: number;
  readonly new_awards_orphans: number;
  readonly average_new_award_orphans: number;
  /** Mean pension in payment at the end of the year (JOD a month). */
  readonly average_pension_old_age: number;
  readonly average_pension_survivors: number;
  readonly average_pension_early: number;
  readonly average_pension_disability: number;
  /** Active members' new old-age pensions / their final declared wages. */
  readonly replacement_rate_at_award: number;
  /** Lump sums by cause: at pension age without the qualifying months (active and former members), and on death. */
  readonly lump_sum_recipients_pension_age: number;
  readonly lump_sum_amount_pension_age: number;
  readonly lump_sum_recipients_death: number;
  readonly lump_sum_amount_death: number;
  /** Lump sums to members disabled without the months for a disability pension. */
  readonly lump_sum_recipients_disability: number;
  readonly lump_sum_amount_disability: number;
  /** Mean declared wage of the insured at the end of the year, and the economy's average wage (JOD a month). */
  readonly average_declared_wage: number;
  readonly average_wage: number;
  /** Price index (1 in the start year): indicators_real.csv divides money by it. */
  readonly price_index: number;
}

export type IndicatorName = Exclude<keyof IndicatorRow, 'year'>;

/** Columns of indicators.csv, in order, and how each is printed. */
export const INDICATOR_COLUMNS: ReadonlyArray<{ name: keyof IndicatorRow; kind: 'year' | 'persons' | 'money' | 'ratio' }> = [
  { name: 'year', kind: 'year' },
  { name: 'insured', kind: 'persons' },
  { name: 'contributors', kind: 'persons' },
  { name: 'entrants', kind: 'persons' },
  { name: 're_entrants', kind: 'persons' },
  { name: 'exits_death', kind: 'persons' },
  { name: 'exits_covered_work', kind: 'persons' },
  { name: 'exits_request', kind: 'persons' },
  { name: 'terminations_arrears', kind: 'persons' },
  { name: 'retirements', kind: 'persons' },
  { name: 'early_retirements', kind: 'persons' },
  { name: 'disability_awards', kind: 'persons' },
  { name: 'disability_lump_sum_exits', kind: 'persons' },
  { name: 'lump_sum_exits', kind: 'persons' },
  { name: 'deferred_pensions', kind: 'persons' },
  { name: 'insurable_wages', kind: 'money' },
  { name: 'contributions_due', kind: 'money' },
  { name: 'contributions_collected', kind: 'money' },
  { name: 'collection_rate', kind: 'ratio' },
  { name: 'late_fees', kind: 'money' },
  { name: 'arrears_stock', kind: 'money' },
  { name: 'subsidies_government', kind: 'money' },
  { name: 'subsidies_donor', kind: 'money' },
  { name: 'pensioners', kind: 'persons' },
  { name: 'pensioners_old_age', kind: 'persons' },
  { name: 'pensioners_early', kind: 'persons' },
  { name: 'pensioners_disability', kind: 'persons' },
  { name: 'pensioners_survivors', kind: 'persons' },
  { name: 'pensioners_survivors_spouses', kind: 'persons' },
  { name: 'pensioners_survivors_orphans', kind: 'persons' },
  { name: 'pension_expenditure', kind: 'money' },
  { name: 'pension_expenditure_old_age', kind: 'money' },
  { name: 'pension_expenditure_early', kind: 'money' },
  { name: 'pension_expenditure_disability', kind: 'money' },
  { name: 'pension_expenditure_survivors', kind: 'money' },
  { name: 'lump_sum_expenditure', kind: 'money' },
  { name: 'benefit_expenditure', kind: 'money' },
  { name: 'admin_expenditure', kind: 'money' },
  { name: 'investment_income', kind: 'money' },
  { name: 'reserve', kind: 'money' },
  { name: 'paygo_cost_rate', kind: 'ratio' },
  { name: 'reserve_ratio', kind: 'ratio' },
  { name: 'support_ratio', kind: 'ratio' },
  { name: 'contribution_rate', kind: 'ratio' },
  { name: 'former_members', kind: 'persons' },
  { name: 'deaths_former_members', kind: 'persons' },
  { name: 'lump_sum_exits_former', kind: 'persons' },
  { name: 'former_members_qualified', kind: 'persons' },
  { name: 'former_members_not_qualified', kind: 'persons' },
  { name: 'deaths_pensioners_old_age', kind: 'persons' },
  { name: 'deaths_pensioners_survivors', kind: 'persons' },
  { name: 'deaths_pensioners_early', kind: 'persons' },
  { name: 'deaths_pensioners_disability', kind: 'persons' },
  { name: 'deaths_pensioners_orphans', kind: 'persons' },
  { name: 'orphan_pensions_ended', kind: 'persons' },
  { name: 'new_awards_old_age', kind: 'persons' },
  { name: 'average_new_award_old_age', kind: 'money' },
  { name: 'new_awards_survivors', kind: 'persons' },
  { name: 'average_new_award_survivors', kind: 'money' },
  { name: 'new_awards_early', kind: 'persons' },
  { name: 'average_new_award_early', kind: 'money' },
  { name: 'new_awards_disability', kind: 'persons' },
  { name: 'average_new_award_disability', kind: 'money' },
  { name: 'new_awards_orphans', kind: 'persons' },
  { name: 'average_new_award_orphans', kind: 'money' },
  { name: 'average_pension_old_age', kind: 'money' },
  { name: 'average_pension_survivors', kind: 'money' },
  { name: 'average_pension_early', kind: 'money' },
  { name: 'average_pension_disability', kind: 'money' },
  { name: 'replacement_rate_at_award', kind: 'ratio' },
  { name: 'lump_sum_recipients_pension_age', kind: 'persons' },
  { name: 'lump_sum_amount_pension_age', kind: 'money' },
  { name: 'lump_sum_recipients_death', kind: 'persons' },
  { name: 'lump_sum_amount_death', kind: 'money' },
  { name: 'lump_sum_recipients_disability', kind: 'persons' },
  { name: 'lump_sum_amount_disability', kind: 'money' },
  { name: 'average_declared_wage', kind: 'money' },
  { name: 'average_wage', kind: 'money' },
  { name: 'price_index', kind: 'ratio' },
];

/** JOD to whole fils, rounded half away from zero (once, at the edge); NaN (no persons to average over) stays NaN. */
export function toFils(jod: number): number {
  if (Number.isNaN(jod)) return Number.NaN;
  const f = Math.round(Math.abs(jod) * 1000);
  if (!Number.isSafeInteger(f)) throw new RangeError(`${jod} JOD is too large for exact fils`);
  return jod < 0 ? -f : f;
}

const persons = (x: number): number => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);

/**
 * The yearly indicator rows of a projection. Every money figure is rounded to fils once; the
 * investment income is then the balancing item (it differs from its own rounding by a few fils
 * at most) so that in fils, exactly, each year:
 * reserve - previous reserve = contributions_collected + late_fees + subsidies_government
 *   + subsidies_donor + investment_income - benefit_expenditure - admin_expenditure.
 */
export function indicatorRows(p: Projection, s: ResolvedScenario, years = p.years): IndicatorRow[] {
  const A = p.annual;
  const rows: IndicatorRow[] = [];
  let previousReserve = toFils(p.initialReserve);
  const rate = contributionRateOf(s.rules);
  const jod = (x: number) => toFils(x) / 1000;
  for (let y = 0; y < years; y++) {
    const subsidiesGov = toFils(A.subsidiesGovernment[y]!);
    const subsidiesDonor = toFils(A.subsidiesDonor[y]!);
    const collected = toFils(A.principalPaid[y]! - A.subsidiesGovernment[y]! - A.subsidiesDonor[y]!);
    const fees = toFils(A.lateFees[y]!);
    const pensions = toFils(A.pensionExpenditure[y]!);
    const lumpSums = toFils(A.lumpSumExpenditure[y]!);
    const benefits = pensions + lumpSums;
    const admin = toFils(A.adminExpenditure[y]!);
    const reserve = toFils(A.reserve[y]!);
    const investment = reserve - previousReserve - (collected + fees + subsidiesGov + subsidiesDonor - benefits - admin);
    previousReserve = reserve;
    const due = toFils(A.contributionsDue[y]!);
    const wages = toFils(A.insurableWages[y]!);
    const contributors = A.contributorMonths[y]! / 12;
    const survivors = A.pensionersSurvivors[y]! + A.pensionersOrphans[y]!;
    const pensioners = A.pensionersOldAge[y]! + A.pensionersEarly[y]! + A.pensionersDisability[y]! + survivors;
    const expenditure = benefits + admin;
    rows.push({
      year: p.startYear + y,
      insured: persons(A.insured[y]!),
      contributors: persons(contributors),
      entrants: persons(A.entrants[y]!),
      re_entrants: persons(A.reEntrants[y]!),
      exits_death: persons(A.exitsDeath[y]!),
      exits_covered_work: persons(A.exitsCoveredWork[y]!),
      exits_request: persons(A.exitsRequest[y]!),
      terminations_arrears: persons(A.terminationsArrears[y]!),
      retirements: persons(A.retirements[y]!),
      early_retirements: persons(A.earlyRetirements[y]!),
      disability_awards: persons(A.disabilityAwards[y]!),
      disability_lump_sum_exits: persons(A.disabilityLumpSumExits[y]!),
      lump_sum_exits: persons(A.lumpSumExits[y]!),
      deferred_pensions: persons(A.deferredPensions[y]!),
      insurable_wages: wages / 1000,
      contributions_due: due / 1000,
      contributions_collected: collected / 1000,
      collection_rate: ratio(collected + subsidiesGov + subsidiesDonor, due),
      late_fees: fees / 1000,
      arrears_stock: toFils(A.arrearsStock[y]!) / 1000,
      subsidies_government: subsidiesGov / 1000,
      subsidies_donor: subsidiesDonor / 1000,
      pensioners: persons(pensioners),
      pensioners_old_age: persons(A.pensionersOldAge[y]!),
      pensioners_early: persons(A.pensionersEarly[y]!),
      pensioners_disability: persons(A.pensionersDisability[y]!),
      pensioners_survivors: persons(survivors),
      pensioners_survivors_spouses: persons(A.pensionersSurvivors[y]!),
      pensioners_survivors_orphans: persons(A.pensionersOrphans[y]!),
      pension_expenditure: pensions / 1000,
      pension_expenditure_old_age: jod(A.pensionExpenditureOldAge[y]!),
      pension_expenditure_early: jod(A.pensionExpenditureEarly[y]!),
      pension_expenditure_disability: jod(A.pensionExpenditureDisability[y]!),
      pension_expenditure_survivors: jod(A.pensionExpenditureSurvivors[y]!),
      lump_sum_expenditure: lumpSums / 1000,
      benefit_expenditure: benefits / 1000,
      admin_expenditure: admin / 1000,
      investment_income: investment / 1000,
      reserve: reserve / 1000,
      paygo_cost_rate: ratio(expenditure, wages),
      reserve_ratio: ratio(reserve, expenditure),
      support_ratio: ratio(contributors, pensioners),
      contribution_rate: rate,
      former_members: persons(A.formerMembers[y]!),
      deaths_former_members: persons(A.deathsFormerMembers[y]!),
      lump_sum_exits_former: persons(A.lumpSumExitsFormer[y]!),
      former_members_qualified: persons(A.formerMembersQualified[y]!),
      former_members_not_qualified: persons(A.formerMembers[y]! - A.formerMembersQualified[y]!),
      deaths_pensioners_old_age: persons(A.deathsPensioners[y]!),
      deaths_pensioners_survivors: persons(A.deathsSurvivors[y]!),
      deaths_pensioners_early: persons(A.deathsPensionersEarly[y]!),
      deaths_pensioners_disability: persons(A.deathsPensionersDisability[y]!),
      deaths_pensioners_orphans: persons(A.deathsOrphans[y]!),
      orphan_pensions_ended: persons(A.orphanPensionsEnded[y]!),
      new_awards_old_age: persons(A.retirements[y]! + A.deferredPensions[y]!),
      average_new_award_old_age: jod(ratio(A.retirementPensions[y]! + A.deferredPensionAmounts[y]!, A.retirements[y]! + A.deferredPensions[y]!)),
      new_awards_survivors: persons(A.newSurvivors[y]!),
      average_new_award_survivors: jod(ratio(A.newSurvivorPensions[y]!, A.newSurvivors[y]!)),
      new_awards_early: persons(A.earlyRetirements[y]!),
      average_new_award_early: jod(ratio(A.earlyRetirementPensions[y]!, A.earlyRetirements[y]!)),
      new_awards_disability: persons(A.disabilityAwards[y]!),
      average_new_award_disability: jod(ratio(A.disabilityPensions[y]!, A.disabilityAwards[y]!)),
      new_awards_orphans: persons(A.newOrphans[y]!),
      average_new_award_orphans: jod(ratio(A.newOrphanPensions[y]!, A.newOrphans[y]!)),
      average_pension_old_age: jod(ratio(A.pensionMassOldAge[y]!, A.pensionersOldAge[y]!)),
      average_pension_survivors: jod(ratio(A.pensionMassSurvivors[y]! + A.pensionMassOrphans[y]!, survivors)),
      average_pension_early: jod(ratio(A.pensionMassEarly[y]!, A.pensionersEarly[y]!)),
      average_pension_disability: jod(ratio(A.pensionMassDisability[y]!, A.pensionersDisability[y]!)),
      replacement_rate_at_award: ratio(A.retirementPensions[y]!, A.retirementFinalWages[y]!),
      lump_sum_recipients_pension_age: persons(A.lumpSumExits[y]! + A.lumpSumExitsFormer[y]!),
      lump_sum_amount_pension_age: jod(A.lumpSumsPensionAge[y]! + A.lumpSumsFormer[y]!),
      lump_sum_recipients_death: persons(A.lumpSumRecipientsDeath[y]!),
      lump_sum_amount_death: jod(A.lumpSumsDeath[y]!),
      lump_sum_recipients_disability: persons(A.disabilityLumpSumExits[y]!),
      lump_sum_amount_disability: jod(A.disabilityLumpSums[y]!),
      average_declared_wage: jod(ratio(A.insuredWageMass[y]!, A.insured[y]!)),
      average_wage: jod(A.averageWage[y]!),
      price_index: A.priceIndex[y]!,
    });
  }
  return rows;
}

/**
 * indicators_real.csv: the same rows in constant prices of the start year, every money column
 * divided by the year's price index (the scenario's inflation compounded from the start year),
 * rounded to fils again; persons and ratios as they are.
 */
export function realIndicatorRows(rows: readonly IndicatorRow[]): IndicatorRow[] {
  return rows.map((r) => {
    const out: Record<string, number> = { ...r };
    for (const c of INDICATOR_COLUMNS) if (c.kind === 'money') out[c.name] = toFils(r[c.name] / r.price_index) / 1000;
    return out as unknown as IndicatorRow;
  });
}
