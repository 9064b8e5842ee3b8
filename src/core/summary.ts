import { rateToNumber } from '../money/scaled-rate.js';
import { toFils } from './indicators.js';
import type { Projection } from './projection.js';
import type { ResolvedScenario } from './resolved-scenario.js';
import { reserveYears } from './reserve-years.js';

/** The horizon figures of a run (docs/outputs.md, summary.json). Money in JOD rounded to fils. */
export interface RunSummary {
  readonly scheme: 'ssc-optional';
  readonly scenario: string;
  readonly start_year: number;
  readonly end_year: number;
  readonly initial_reserve: number;
  readonly present_values: {
    readonly contributions_collected: number;
    readonly late_fees: number;
    readonly subsidies: number;
    readonly benefit_expenditure: number;
    readonly admin_expenditure: number;
    readonly insurable_wages: number;
    readonly terminal_reserve: number;
  };
  /** General average premium: (PV expenditure + PV terminal reserve - initial reserve) / PV insurable wages. */
  readonly gap: number;
  /**
   * What the scheme actually receives as a rate of insurable wages, in present value: (members'
   * contributions + subsidies + late fees) / insurable wages. Compare the GAP with this, not only
   * with the contribution rate: insurable wages include members who do not pay.
   */
  readonly effective_contribution_rate: number;
  readonly contribution_rate: number;
  readonly terminal_reserve_years: number;
  /** First year whose contribution income (members' contributions, fees, subsidies) is below the expenditure (benefits and administration). */
  readonly year_contributions_below_expenditure: number | null;
  /** First year whose closing reserve is below the previous year's (or the initial reserve). */
  readonly year_reserve_first_falls: number | null;
  /** First year whose closing reserve is negative. */
  readonly year_reserve_exhausted: number | null;
  readonly programmes: readonly string[];
}

const sum = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);
const jod = (x: number): number => toFils(x) / 1000;

/**
 * Present values at the projection start (monthly cash flows discounted month by month at the
 * scenario's interest: the fund's own accumulation, so PV(income - outgo) = reserve_T x v_T -
 * reserve_0 holds exactly), the GAP with a terminal reserve of `terminalReserveYears` years of the
 * last year's expenditure, and the years the reserve first falls and is exhausted.
 */
export function runSummary(p: Projection, s: ResolvedScenario): RunSummary {
  const A = p.annual;
  const last = p.years - 1;
  const pvBenefits = sum(A.pvBenefits);
  const pvAdmin = sum(A.pvAdmin);
  const pvWages = sum(A.pvInsurableWages);
  const lastExpenditure = A.pensionExpenditure[last]! + A.lumpSumExpenditure[last]! + A.adminExpenditure[last]!;
  const pvTerminal = s.fund.terminalReserveYears * lastExpenditure * A.discountEnd[last]!;
  let below: number | null = null;
  for (let y = 0; y < p.years && below === null; y++) {
    const income = A.principalPaid[y]! + A.lateFees[y]!;
    const outgo = A.pensionExpenditure[y]! + A.lumpSumExpenditure[y]! + A.adminExpenditure[y]!;
    if (income < outgo) below = p.startYear + y;
  }
  const { falls, exhausted } = reserveYears(A.reserve, p.initialReserve, p.startYear);
  return {
    scheme: 'ssc-optional',
    scenario: s.name,
    start_year: p.startYear,
    end_year: p.startYear + last,
    initial_reserve: jod(p.initialReserve),
    present_values: {
      contributions_collected: jod(sum(A.pvMembersContributions)),
      late_fees: jod(sum(A.pvLateFees)),
      subsidies: jod(sum(A.pvSubsidies)),
      benefit_expenditure: jod(pvBenefits),
      admin_expenditure: jod(pvAdmin),
      insurable_wages: jod(pvWages),
      terminal_reserve: jod(pvTerminal),
    },
    gap: pvWages === 0 ? Number.NaN : (pvBenefits + pvAdmin + pvTerminal - p.initialReserve) / pvWages,
    effective_contribution_rate: pvWages === 0 ? Number.NaN : (sum(A.pvMembersContributions) + sum(A.pvSubsidies) + sum(A.pvLateFees)) / pvWages,
    contribution_rate: rateToNumber(s.rules.contributionRate),
    terminal_reserve_years: s.fund.terminalReserveYears,
    year_contributions_below_expenditure: below,
    year_reserve_first_falls: falls,
    year_reserve_exhausted: exhausted,
    programmes: s.programmes.map((x) => x.name),
  };
}
