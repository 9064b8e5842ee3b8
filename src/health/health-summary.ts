import { toFils } from '../core/indicators.js';
import type { HealthIndicatorRow } from './health-indicators.js';
import type { HealthProjection } from './health-projection.js';
import type { ResolvedHealthScenario } from './resolved-health-scenario.js';
import { reserveYears } from '../core/reserve-years.js';

/** The horizon figures of a health run (docs/outputs.md, summary.json). Money in JOD rounded to fils. */
export interface HealthRunSummary {
  readonly scheme: 'health';
  readonly scenario: string;
  readonly start_year: number;
  readonly end_year: number;
  /** Where the insured group comes from: `population` or `optional-scheme`. */
  readonly insured_from: string;
  readonly initial_reserve: number;
  readonly present_values: {
    readonly total_expenditure: number;
    readonly health_care_expenditure: number;
    readonly maternity_benefits: number;
    readonly admin_expenditure: number;
    readonly wage_contributions: number;
    readonly pensioner_contributions: number;
    readonly subsidies: number;
    readonly insurable_wages: number;
    readonly terminal_reserve: number;
  };
  /**
   * General average premium on insurable wages: the constant rate which, with the pensioners'
   * contributions, the subsidies and the initial reserve, pays the horizon's expenditure and the
   * terminal reserve: (PV total expenditure + PV terminal reserve - initial reserve
   * - PV pensioners' contributions - PV subsidies) / PV insurable wages.
   */
  readonly gap: number;
  /** Health + maternity rate on wages in the first year (the one the GAP is held against). */
  readonly contribution_rate: number;
  readonly health_contribution_rate: number;
  readonly maternity: {
    /** The maternity insurance rate in force (employer, on insurable wages). */
    readonly contribution_rate: number;
    /** Maternity benefits / insurable wages in the first year, and PV benefits / PV wages over the horizon. */
    readonly breakeven_rate_first_year: number;
    readonly gap: number;
    readonly beneficiaries_first_year: number;
  };
  readonly first_year: {
    readonly covered_persons: number;
    readonly cost_per_capita: number;
    readonly breakeven_contribution_rate: number;
    readonly deliveries: number;
  };
  readonly terminal_reserve_years: number;
  /** First year whose closing reserve is below the previous year's (or the initial reserve). */
  readonly year_reserve_first_falls: number | null;
  /** First year whose closing reserve is negative. */
  readonly year_reserve_exhausted: number | null;
  readonly subsidies: readonly string[];
}

const sum = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);
const jod = (x: number): number => toFils(x) / 1000;

/**
 * Present values at the projection start (flows at mid-year, discounted at the fund's return:
 * health-fund.ts), the GAP with a terminal reserve of `terminalReserveYears` years of the last
 * year's total expenditure, the maternity branch against its rate in force, and the years the
 * reserve first falls and is exhausted.
 */
export function healthRunSummary(p: HealthProjection, s: ResolvedHealthScenario, rows: readonly HealthIndicatorRow[]): HealthRunSummary {
  const A = p.annual;
  const last = p.years - 1;
  const lastTotal = A.outpatient[last]! + A.inpatient[last]! + A.medicines[last]! + A.deliveryCare[last]! + A.other[last]! + A.admin[last]! + A.maternityBenefits[last]!;
  const pvTerminal = s.fund.terminalReserveYears * lastTotal * A.discountEnd[last]!;
  const pvWages = sum(A.pvInsurableWages);
  const pvTotal = sum(A.pvTotalExpenditure);
  const pvPensioners = sum(A.pvPensionerContributions);
  const pvSubsidies = sum(A.pvSubsidies);
  const pvMaternity = sum(A.pvMaternityBenefits);
  const { falls, exhausted } = reserveYears(A.reserve, p.initialReserve, p.startYear);
  const first = rows[0]!;
  return {
    scheme: 'health',
    scenario: s.name,
    start_year: p.startYear,
    end_year: p.startYear + last,
    insured_from: s.insured.from,
    initial_reserve: jod(p.initialReserve),
    present_values: {
      total_expenditure: jod(pvTotal),
      health_care_expenditure: jod(sum(A.pvHealthCare)),
      maternity_benefits: jod(pvMaternity),
      admin_expenditure: jod(sum(A.pvAdmin)),
      wage_contributions: jod(sum(A.pvWageContributions)),
      pensioner_contributions: jod(pvPensioners),
      subsidies: jod(pvSubsidies),
      insurable_wages: jod(pvWages),
      terminal_reserve: jod(pvTerminal),
    },
    gap: pvWages === 0 ? Number.NaN : (pvTotal + pvTerminal - p.initialReserve - pvPensioners - pvSubsidies) / pvWages,
    contribution_rate: A.contributionRate[0]!,
    health_contribution_rate: s.revenue.contributionRate[0]!,
    maternity: {
      contribution_rate: s.maternity.contributionRate,
      breakeven_rate_first_year: first.maternity_breakeven_rate,
      gap: pvWages === 0 ? Number.NaN : pvMaternity / pvWages,
      beneficiaries_first_year: first.maternity_beneficiaries,
    },
    first_year: {
      covered_persons: first.covered_persons,
      cost_per_capita: first.cost_per_capita,
      breakeven_contribution_rate: first.breakeven_contribution_rate,
      deliveries: first.deliveries,
    },
    terminal_reserve_years: s.fund.terminalReserveYears,
    year_reserve_first_falls: falls,
    year_reserve_exhausted: exhausted,
    subsidies: s.revenue.subsidies.map((x) => x.name),
  };
}
