import { POP_AGES } from '../core/resolved-scenario.js';
import { birthsAYearsBefore, children, spouses } from './dependants.js';
import { deliveries } from './deliveries.js';
import { healthFund } from './health-fund.js';
import { subsidyOfYear, type CostByGroup } from './health-subsidy.js';
import type { InsuredYear } from './insured-group.js';
import { maternityBenefit } from './maternity-benefit.js';
import { mothers } from './mothers.js';
import { asfrOf, type ResolvedHealthScenario } from './resolved-health-scenario.js';
import { costPerPerson, serviceExpenditure } from './service-expenditure.js';

/** Yearly totals of a health projection (floats, unrounded; `health-indicators.ts` rounds them). */
export const HEALTH_FIELDS = [
  'contributors',
  'pensioners',
  'spouses',
  'children',
  /** Deliveries of all covered women = deliveriesInsured + deliveriesSpouses + deliveriesOthers. */
  'deliveries',
  /** Deliveries of insured women (contributors): maternityBeneficiaries = claimShare x these. */
  'deliveriesInsured',
  /** Deliveries of enrolled wives. */
  'deliveriesSpouses',
  /** Deliveries of pensioner women and covered daughters. */
  'deliveriesOthers',
  'maternityBeneficiaries',
  'outpatient',
  'inpatient',
  'medicines',
  'deliveryCare',
  'other',
  'maternityBenefits',
  'admin',
  'insurableWages',
  'pensionsPaid',
  'wageContributions',
  'pensionerContributions',
  'subsidiesGovernment',
  'subsidiesDonor',
  'investmentIncome',
  'reserve',
  /** Medical price index of the year (1 in the start year). */
  'medicalIndex',
  /** Health + maternity contribution rate on wages. */
  'contributionRate',
  /** Present values at the start of the projection (flows at mid-year). */
  'pvTotalExpenditure',
  'pvHealthCare',
  'pvMaternityBenefits',
  'pvAdmin',
  'pvWageContributions',
  'pvPensionerContributions',
  'pvSubsidies',
  'pvInsurableWages',
  /** Discount factor at the end of the year. */
  'discountEnd',
] as const;
export type HealthField = (typeof HEALTH_FIELDS)[number];
export type HealthAnnual = Record<HealthField, Float64Array>;

/** Covered persons by [sex * 101 + age] for each year, and what bounds the children. */
export interface HealthByAge {
  readonly contributors: Float64Array[];
  readonly pensioners: Float64Array[];
  readonly spouses: Float64Array[];
  readonly children: Float64Array[];
  /** The general population of the year (person-years), when the insured group is a share of it. */
  readonly population: Array<Float64Array | null>;
  /**
   * For each year, by child age a (0..childAgeLimit-1): the births the covered group's adult
   * women (insured, pensioners, enrolled wives) had a years before, at their own rates of that
   * year (the national rates times each group's multiple). Children aged a never exceed it (dependants.ts).
   */
  readonly childrenBound: Float64Array[];
}

export interface HealthProjection {
  readonly startYear: number;
  readonly years: number;
  readonly initialReserve: number;
  readonly annual: HealthAnnual;
  /** Each subsidy's payment by year (JOD), in the scenario's order. */
  readonly subsidies: ReadonlyArray<{ readonly name: string; readonly payer: 'government' | 'donor'; readonly paid: Float64Array }>;
  readonly byAge: HealthByAge | null;
}

const sum = (a: Float64Array, from = 0, to = a.length): number => {
  let t = 0;
  for (let i = from; i < to; i++) t += a[i]!;
  return t;
};

/**
 * Project the social health insurance year by year (design note section 4; docs/health.md).
 * Each year, in order:
 *  1. the insured group (given: contributors, pensioners, wages, pensions);
 *  2. dependants: enrolled spouses, then children through their covered mothers (dependants.ts);
 *  3. covered persons = contributors + pensioners + spouses + children, by sex and age;
 *  4. deliveries by who delivers, each group of women at its own fertility (deliveries.ts);
 *     expenditure by service = persons x utilisation x unit cost x medical index
 *     (service-expenditure.ts); maternity benefits for the insured women's deliveries
 *     (maternity-benefit.ts: beneficiaries = claimShare x deliveriesInsured);
 *     administration = adminCostRate x (health care + maternity benefits);
 *  5. revenue: (health rate + maternity rate) x insurable wages + pensioners' rate x pensions,
 *     subsidies (health-subsidy.ts);
 *  6. the fund (health-fund.ts): flows at mid-year, interest on the opening reserve for the year.
 * Pure: the same scenario and group give the same numbers.
 * @example projectHealth(s, insuredGroup(s)).annual.reserve // reserve at each year end
 */
export function projectHealth(s: ResolvedHealthScenario, group: readonly InsuredYear[], options: { byAge?: boolean } = {}): HealthProjection {
  const years = s.years;
  if (group.length < years) throw new RangeError(`the insured group has ${group.length} years, the projection ${years}`);
  const A = {} as HealthAnnual;
  for (const f of HEALTH_FIELDS) A[f] = new Float64Array(years);
  const byAge: HealthByAge | null = options.byAge === true ? { contributors: [], pensioners: [], spouses: [], children: [], population: [], childrenBound: [] } : null;
  const subsidies = s.revenue.subsidies.map((x) => ({ name: x.name, payer: x.payer, paid: new Float64Array(years) }));
  const needsCost = s.revenue.subsidies.some((x) => x.kind === 'share');
  const fund = healthFund(s.fund.initialReserve);
  const d = s.dependants;
  let medicalIndex = 1;

  for (let y = 0; y < years; y++) {
    const year = s.startYear + y;
    const asfr = asfrOf(s, year);
    if (y > 0) medicalIndex *= 1 + s.economic.medicalInflation[y]!;
    const g = group[y]!;

    // 1-3. Covered persons.
    const insured = Float64Array.from(g.contributors, (c, i) => c + g.pensioners[i]!);
    const takeUp = d.takeUp[y]!;
    const fertility = s.demography.relativeFertility;
    const spouse = spouses(insured, d, takeUp);
    const child = children(mothers(g.contributors, g.pensioners, spouse, takeUp, fertility), (yr) => asfrOf(s, yr), year, s.demography.deathProbability[y]!, s.demography.sexRatioAtBirth, d.childAgeLimit);
    const covered = Float64Array.from(insured, (n, i) => n + spouse[i]! + child[i]!);
    const byGroup = { contributors: g.contributors, pensioners: g.pensioners, spouses: spouse, children: child };

    // 4. Expenditure.
    const births = deliveries(byGroup, asfr, fertility);
    const allBirths = births.insured + births.spouses + births.others;
    const insuredRates = Float64Array.from(asfr, (r) => fertility.insured * r);
    const maternity = maternityBenefit(g.insurableWages, g.contributors, insuredRates, s.maternity.leaveDays, s.maternity.claimShare);
    const care = serviceExpenditure(s, covered, allBirths, medicalIndex);
    const healthCare = care.outpatient + care.inpatient + care.medicines + care.deliveries + care.other;
    const admin = s.fund.adminCostRate * (healthCare + maternity.benefits);
    const total = healthCare + admin + maternity.benefits;

    // 5. Revenue.
    const wages = sum(g.insurableWages);
    const rate = s.revenue.contributionRate[y]! + s.maternity.contributionRate;
    const wageContributions = rate * wages;
    const pensionerContributions = s.revenue.pensionerContributionRate[y]! * g.pensionsPaid;
    let cost: CostByGroup | null = null;
    if (needsCost) {
      const national = costPerPerson(s, asfr, medicalIndex);
      cost = { contributors: costPerPerson(s, insuredRates, medicalIndex), pensioners: national, spouses: costPerPerson(s, Float64Array.from(asfr, (r) => fertility.spouses * r), medicalIndex), children: national };
    }
    let government = 0;
    let donor = 0;
    s.revenue.subsidies.forEach((sub, k) => {
      const paid = subsidyOfYear(sub, y, year, byGroup, cost, medicalIndex);
      subsidies[k]!.paid[y] = paid;
      if (sub.payer === 'government') government += paid;
      else donor += paid;
    });

    // 6. The fund.
    const income = wageContributions + pensionerContributions + government + donor;
    const f = fund.year(s.economic.interest[y]!, income, total);

    A.contributors[y] = sum(g.contributors);
    A.pensioners[y] = sum(g.pensioners);
    A.spouses[y] = sum(spouse);
    A.children[y] = sum(child);
    A.deliveries[y] = allBirths;
    A.deliveriesInsured[y] = births.insured;
    A.deliveriesSpouses[y] = births.spouses;
    A.deliveriesOthers[y] = births.others;
    A.maternityBeneficiaries[y] = maternity.beneficiaries;
    A.outpatient[y] = care.outpatient;
    A.inpatient[y] = care.inpatient;
    A.medicines[y] = care.medicines;
    A.deliveryCare[y] = care.deliveries;
    A.other[y] = care.other;
    A.maternityBenefits[y] = maternity.benefits;
    A.admin[y] = admin;
    A.insurableWages[y] = wages;
    A.pensionsPaid[y] = g.pensionsPaid;
    A.wageContributions[y] = wageContributions;
    A.pensionerContributions[y] = pensionerContributions;
    A.subsidiesGovernment[y] = government;
    A.subsidiesDonor[y] = donor;
    A.investmentIncome[y] = f.investmentIncome;
    A.reserve[y] = f.reserve;
    A.medicalIndex[y] = medicalIndex;
    A.contributionRate[y] = rate;
    A.pvTotalExpenditure[y] = total * f.discountMid;
    A.pvHealthCare[y] = healthCare * f.discountMid;
    A.pvMaternityBenefits[y] = maternity.benefits * f.discountMid;
    A.pvAdmin[y] = admin * f.discountMid;
    A.pvWageContributions[y] = wageContributions * f.discountMid;
    A.pvPensionerContributions[y] = pensionerContributions * f.discountMid;
    A.pvSubsidies[y] = (government + donor) * f.discountMid;
    A.pvInsurableWages[y] = wages * f.discountMid;
    A.discountEnd[y] = f.discountEnd;

    if (byAge !== null) {
      byAge.contributors.push(Float64Array.from(g.contributors));
      byAge.pensioners.push(Float64Array.from(g.pensioners));
      byAge.spouses.push(spouse);
      byAge.children.push(child);
      byAge.population.push(g.population);
      const adultWomen = mothers(g.contributors, g.pensioners, spouse, 1, fertility);
      byAge.childrenBound.push(Float64Array.from({ length: Math.min(d.childAgeLimit, POP_AGES) }, (_, a) => birthsAYearsBefore(adultWomen, asfrOf(s, year - a), a)));
    }
  }
  return { startYear: s.startYear, years, initialReserve: s.fund.initialReserve, annual: A, subsidies, byAge };
}
