import { contributionRateOf } from '../rules/contribution.js';
import { toFils } from './indicators.js';
import type { Projection } from './projection.js';
import type { ResolvedScenario } from './resolved-scenario.js';
import { reserveYears } from './reserve-years.js';
import { expenditureOf, gapHorizons, type ClosedGroupValuation } from './valuation.js';

/** The horizon figures of a run (docs/outputs.md, summary.json). Money in JOD rounded to fils. */
export interface RunSummary {
  readonly scheme: 'ssc-optional';
  readonly scenario: string;
  readonly start_year: number;
  readonly end_year: number;
  readonly initial_reserve: number;
  /** Persons at the start: active members and former members (the persons identity's first year). */
  readonly start_insured: number;
  readonly start_former_members: number;
  readonly present_values: {
    readonly contributions_collected: number;
    readonly late_fees: number;
    readonly subsidies: number;
    readonly benefit_expenditure: number;
    readonly admin_expenditure: number;
    readonly insurable_wages: number;
    readonly terminal_reserve: number;
  };
  /** General average premium over the scenario's horizon: (PV expenditure + PV terminal reserve - initial reserve) / PV insurable wages. */
  readonly gap: number;
  /** The GAP over 50, 75 and 100 years (open group, the projection carried on past the horizon where needed). */
  readonly gap_horizons: Readonly<Record<string, number>>;
  /** Contribution rate minus the GAP, over the same horizons. */
  readonly actuarial_balance_horizons: Readonly<Record<string, number>>;
  /** Years projected for the valuation results, and the last calendar year of the scenario's economic and behaviour assumptions (each held at its value of that year after it). */
  readonly valuation_years: number;
  readonly assumptions_held_after: number;
  readonly demographic_data_note: string;
  /**
   * What the scheme actually receives as a rate of insurable wages, in present value: (members'
   * contributions + subsidies + late fees) / insurable wages. Compare the GAP with this, not only
   * with the contribution rate: insurable wages include members who do not pay.
   */
  readonly effective_contribution_rate: number;
  readonly contribution_rate: number;
  readonly terminal_reserve_years: number;
  /** PAYG cost rate (benefits and administration / insurable wages) in the last year of the horizon, and whether it is still rising there. */
  readonly cost_rate_at_horizon: number;
  readonly cost_rate_rising_at_horizon: boolean;
  /** First year whose contribution income (members' contributions, fees, subsidies) is below the expenditure (benefits and administration). */
  readonly year_contributions_below_expenditure: number | null;
  /** First year whose closing reserve is below the previous year's (or the initial reserve). */
  readonly year_reserve_first_falls: number | null;
  /** First year whose closing reserve is negative. */
  readonly year_reserve_exhausted: number | null;
  /** The same over the valuation years. */
  readonly year_reserve_exhausted_valuation: number | null;
  /** The members at the start valued alone (null when the run skipped it: batches). */
  readonly closed_group: ClosedGroupValuation | null;
  readonly programmes: readonly string[];
}

const sumTo = (a: Float64Array, n: number): number => {
  let t = 0;
  for (let i = 0; i < n; i++) t += a[i]!;
  return t;
};
const jod = (x: number): number => toFils(x) / 1000;

/**
 * Present values at the projection start (monthly cash flows discounted month by month at the
 * scenario's interest: the fund's own accumulation, so PV(income - outgo) = reserve_T x v_T -
 * reserve_0 holds exactly), the GAP with a terminal reserve of `terminalReserveYears` years of the
 * last year's expenditure over the horizon and over 50, 75 and 100 years, and the years the
 * reserve first falls and is exhausted. `p` may run past the scenario's horizon (valuation years).
 */
export function runSummary(p: Projection, s: ResolvedScenario, closedGroup: ClosedGroupValuation | null = null): RunSummary {
  const A = p.annual;
  const n = s.years;
  const last = n - 1;
  const pvBenefits = sumTo(A.pvBenefits, n);
  const pvAdmin = sumTo(A.pvAdmin, n);
  const pvWages = sumTo(A.pvInsurableWages, n);
  const pvTerminal = s.fund.terminalReserveYears * expenditureOf(A, last) * A.discountEnd[last]!;
  let below: number | null = null;
  for (let y = 0; y < n && below === null; y++) {
    const income = A.principalPaid[y]! + A.lateFees[y]!;
    if (income < expenditureOf(A, y)) below = p.startYear + y;
  }
  const { falls, exhausted } = reserveYears(A.reserve.subarray(0, n), p.initialReserve, p.startYear);
  const rate = contributionRateOf(s.rules);
  const horizons = gapHorizons(p, s.fund.terminalReserveYears);
  const balance: Record<string, number> = {};
  for (const [h, g] of Object.entries(horizons)) balance[h] = rate - g;
  const costRate = (y: number) => expenditureOf(A, y) / A.insurableWages[y]!;
  return {
    scheme: 'ssc-optional',
    scenario: s.name,
    start_year: p.startYear,
    end_year: p.startYear + last,
    initial_reserve: jod(p.initialReserve),
    start_insured: Math.round(p.startInsured * 1000) / 1000,
    start_former_members: Math.round(p.startFormerMembers * 1000) / 1000,
    present_values: {
      contributions_collected: jod(sumTo(A.pvMembersContributions, n)),
      late_fees: jod(sumTo(A.pvLateFees, n)),
      subsidies: jod(sumTo(A.pvSubsidies, n)),
      benefit_expenditure: jod(pvBenefits),
      admin_expenditure: jod(pvAdmin),
      insurable_wages: jod(pvWages),
      terminal_reserve: jod(pvTerminal),
    },
    gap: pvWages === 0 ? Number.NaN : (pvBenefits + pvAdmin + pvTerminal - p.initialReserve) / pvWages,
    gap_horizons: horizons,
    actuarial_balance_horizons: balance,
    valuation_years: p.years,
    assumptions_held_after: s.startYear + s.years - 1,
    demographic_data_note: p.startYear + p.years - 1 > 2100 ? 'UN WPP 2024 rates end in 2100: the years after hold the 2100 mortality and fertility' : '',
    effective_contribution_rate: pvWages === 0 ? Number.NaN : (sumTo(A.pvMembersContributions, n) + sumTo(A.pvSubsidies, n) + sumTo(A.pvLateFees, n)) / pvWages,
    contribution_rate: rate,
    terminal_reserve_years: s.fund.terminalReserveYears,
    cost_rate_at_horizon: costRate(last),
    cost_rate_rising_at_horizon: n >= 2 && costRate(last) > costRate(last - 1),
    year_contributions_below_expenditure: below,
    year_reserve_first_falls: falls,
    year_reserve_exhausted: exhausted,
    year_reserve_exhausted_valuation: reserveYears(A.reserve, p.initialReserve, p.startYear).exhausted,
    closed_group: closedGroup === null ? null : roundClosedGroup(closedGroup),
    programmes: s.programmes.map((x) => x.name),
  };
}

function roundClosedGroup(c: ClosedGroupValuation): ClosedGroupValuation {
  return {
    ...c,
    pv_contributions: jod(c.pv_contributions),
    pv_benefits: jod(c.pv_benefits),
    pv_admin: jod(c.pv_admin),
    pv_insurable_wages: jod(c.pv_insurable_wages),
    accrued_liability: jod(c.accrued_liability),
    persons_at_end: Math.round(c.persons_at_end * 1000) / 1000,
  };
}
