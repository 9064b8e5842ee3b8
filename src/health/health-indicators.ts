import { toFils } from '../core/indicators.js';
import { formatCell } from '../output/run-files.js';
import { toCsv } from '../output/csv.js';
import type { HealthProjection } from './health-projection.js';

/**
 * One year of the social health insurance (docs/outputs.md, health): flows for the calendar
 * year, the reserve at its end, persons as person-years of the year. Money in JOD rounded to
 * fils, persons to thousandths, ratios unrounded (of the rounded figures).
 */
export interface HealthIndicatorRow {
  readonly year: number;
  readonly covered_persons: number;
  readonly contributors: number;
  readonly dependants: number;
  readonly pensioners_covered: number;
  readonly expenditure_outpatient: number;
  readonly expenditure_inpatient: number;
  readonly expenditure_medicines: number;
  readonly expenditure_deliveries: number;
  readonly expenditure_other: number;
  readonly admin_expenditure: number;
  readonly maternity_benefits: number;
  readonly contributions: number;
  readonly subsidies_government: number;
  readonly subsidies_donor: number;
  readonly investment_income: number;
  readonly total_expenditure: number;
  readonly balance: number;
  readonly reserve: number;
  readonly cost_per_capita: number;
  readonly insurable_wages: number;
  readonly breakeven_contribution_rate: number;
  readonly contribution_rate: number;
  readonly deliveries: number;
  readonly spouses: number;
  readonly children: number;
  readonly pensioner_contributions: number;
  readonly maternity_beneficiaries: number;
  readonly maternity_breakeven_rate: number;
  readonly medical_index: number;
  /** Deliveries of insured women (contributors): maternity_beneficiaries = claim share x these. */
  readonly deliveries_insured: number;
  /** Deliveries of enrolled wives (dependant spouses). */
  readonly deliveries_spouses: number;
  /** Deliveries of the other covered women: pensioners and covered daughters. */
  readonly deliveries_others: number;
}

/** Columns of a health run's indicators.csv, in order, and how each is printed. */
export const HEALTH_INDICATOR_COLUMNS: ReadonlyArray<{ name: keyof HealthIndicatorRow; kind: 'year' | 'persons' | 'money' | 'ratio' }> = [
  { name: 'year', kind: 'year' },
  { name: 'covered_persons', kind: 'persons' },
  { name: 'contributors', kind: 'persons' },
  { name: 'dependants', kind: 'persons' },
  { name: 'pensioners_covered', kind: 'persons' },
  { name: 'expenditure_outpatient', kind: 'money' },
  { name: 'expenditure_inpatient', kind: 'money' },
  { name: 'expenditure_medicines', kind: 'money' },
  { name: 'expenditure_deliveries', kind: 'money' },
  { name: 'expenditure_other', kind: 'money' },
  { name: 'admin_expenditure', kind: 'money' },
  { name: 'maternity_benefits', kind: 'money' },
  { name: 'contributions', kind: 'money' },
  { name: 'subsidies_government', kind: 'money' },
  { name: 'subsidies_donor', kind: 'money' },
  { name: 'investment_income', kind: 'money' },
  { name: 'total_expenditure', kind: 'money' },
  { name: 'balance', kind: 'money' },
  { name: 'reserve', kind: 'money' },
  { name: 'cost_per_capita', kind: 'ratio' },
  { name: 'insurable_wages', kind: 'money' },
  { name: 'breakeven_contribution_rate', kind: 'ratio' },
  { name: 'contribution_rate', kind: 'ratio' },
  { name: 'deliveries', kind: 'persons' },
  { name: 'spouses', kind: 'persons' },
  { name: 'children', kind: 'persons' },
  { name: 'pensioner_contributions', kind: 'money' },
  { name: 'maternity_beneficiaries', kind: 'persons' },
  { name: 'maternity_breakeven_rate', kind: 'ratio' },
  { name: 'medical_index', kind: 'ratio' },
  { name: 'deliveries_insured', kind: 'persons' },
  { name: 'deliveries_spouses', kind: 'persons' },
  { name: 'deliveries_others', kind: 'persons' },
];

/** Persons to whole thousandths, rounded half away from zero (the same rounding as fils). */
const toThousandths = toFils;
const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);

/**
 * The yearly rows of a health projection. Each flow is rounded to fils once and each group of
 * persons to thousandths once; the sums are then sums of the rounded figures, so that in the
 * printed CSV, exactly, each year:
 *   covered_persons = contributors + dependants + pensioners_covered,  dependants = spouses + children
 *   deliveries = deliveries_insured + deliveries_spouses + deliveries_others
 *   total_expenditure = the five expenditure_* + admin_expenditure + maternity_benefits
 *   balance = contributions + subsidies_government + subsidies_donor + investment_income - total_expenditure
 *   reserve - previous reserve (initial_reserve in the first year) = balance
 * The investment income is the balancing item of the last identity: the rounded reserve less the
 * previous rounded reserve less the other rounded flows (it differs from its own rounding by a
 * few fils at most). contributions = wage contributions + pensioner_contributions (each rounded).
 * Ratios are of the rounded figures:
 *   cost_per_capita = (the five expenditure_*) / covered_persons (JOD a covered person-year)
 *   breakeven_contribution_rate = (total_expenditure - subsidies_government - subsidies_donor) / insurable_wages
 *   maternity_breakeven_rate = maternity_benefits / insurable_wages
 */
export function healthIndicatorRows(p: HealthProjection): HealthIndicatorRow[] {
  const A = p.annual;
  const rows: HealthIndicatorRow[] = [];
  let previousReserve = toFils(p.initialReserve);
  for (let y = 0; y < p.years; y++) {
    const contributors = toThousandths(A.contributors[y]!);
    const spouses = toThousandths(A.spouses[y]!);
    const children = toThousandths(A.children[y]!);
    const pensioners = toThousandths(A.pensioners[y]!);
    const dependants = spouses + children;
    const deliveriesInsured = toThousandths(A.deliveriesInsured[y]!);
    const deliveriesSpouses = toThousandths(A.deliveriesSpouses[y]!);
    const deliveriesOthers = toThousandths(A.deliveriesOthers[y]!);
    const covered = contributors + dependants + pensioners;
    const outpatient = toFils(A.outpatient[y]!);
    const inpatient = toFils(A.inpatient[y]!);
    const medicines = toFils(A.medicines[y]!);
    const deliveryCare = toFils(A.deliveryCare[y]!);
    const other = toFils(A.other[y]!);
    const care = outpatient + inpatient + medicines + deliveryCare + other;
    const admin = toFils(A.admin[y]!);
    const maternity = toFils(A.maternityBenefits[y]!);
    const total = care + admin + maternity;
    const pensionerContributions = toFils(A.pensionerContributions[y]!);
    const contributions = toFils(A.wageContributions[y]!) + pensionerContributions;
    const government = toFils(A.subsidiesGovernment[y]!);
    const donor = toFils(A.subsidiesDonor[y]!);
    const reserve = toFils(A.reserve[y]!);
    const investment = reserve - previousReserve - (contributions + government + donor - total);
    const balance = contributions + government + donor + investment - total;
    previousReserve = reserve;
    const wages = toFils(A.insurableWages[y]!);
    rows.push({
      year: p.startYear + y,
      covered_persons: covered / 1000,
      contributors: contributors / 1000,
      dependants: dependants / 1000,
      pensioners_covered: pensioners / 1000,
      expenditure_outpatient: outpatient / 1000,
      expenditure_inpatient: inpatient / 1000,
      expenditure_medicines: medicines / 1000,
      expenditure_deliveries: deliveryCare / 1000,
      expenditure_other: other / 1000,
      admin_expenditure: admin / 1000,
      maternity_benefits: maternity / 1000,
      contributions: contributions / 1000,
      subsidies_government: government / 1000,
      subsidies_donor: donor / 1000,
      investment_income: investment / 1000,
      total_expenditure: total / 1000,
      balance: balance / 1000,
      reserve: reserve / 1000,
      cost_per_capita: ratio(care, covered),
      insurable_wages: wages / 1000,
      breakeven_contribution_rate: ratio(total - government - donor, wages),
      contribution_rate: A.contributionRate[y]!,
      deliveries: (deliveriesInsured + deliveriesSpouses + deliveriesOthers) / 1000,
      spouses: spouses / 1000,
      children: children / 1000,
      pensioner_contributions: pensionerContributions / 1000,
      maternity_beneficiaries: toThousandths(A.maternityBeneficiaries[y]!) / 1000,
      maternity_breakeven_rate: ratio(maternity, wages),
      medical_index: A.medicalIndex[y]!,
      deliveries_insured: deliveriesInsured / 1000,
      deliveries_spouses: deliveriesSpouses / 1000,
      deliveries_others: deliveriesOthers / 1000,
    });
  }
  return rows;
}

/** indicators.csv of a health run (docs/outputs.md). */
export function healthIndicatorsCsv(rows: readonly HealthIndicatorRow[]): string {
  return toCsv(
    HEALTH_INDICATOR_COLUMNS.map((c) => c.name),
    rows.map((r) => HEALTH_INDICATOR_COLUMNS.map((c) => formatCell(r[c.name], c.kind))),
  );
}
