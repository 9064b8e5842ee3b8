import type { AnnualTotals } from './annual-totals.js';
import { project, type Projection } from './projection.js';
import type { ResolvedScenario } from './resolved-scenario.js';

/** Horizons (years) at which every run reports the GAP and the actuarial balance (design note section 8). */
export const VALUATION_HORIZONS = [50, 75, 100] as const;

const sumTo = (a: Float64Array, n: number): number => {
  let t = 0;
  for (let i = 0; i < n; i++) t += a[i]!;
  return t;
};

/** Benefits and administration of year y (JOD). */
export function expenditureOf(A: AnnualTotals, y: number): number {
  return A.pensionExpenditure[y]! + A.lumpSumExpenditure[y]! + A.adminExpenditure[y]!;
}

/**
 * The general average premium over the first h years of a projection (design note section 5):
 * GAP_h = (PV benefits + PV administration + PV terminal reserve - initial reserve) / PV insurable
 * wages, present values at the start month by month at the scenario's interest, the terminal
 * reserve `terminalReserveYears` x the expenditure of year h, discounted from its end.
 */
export function gapOverHorizon(p: Projection, terminalReserveYears: number, h: number): number {
  const A = p.annual;
  const pvWages = sumTo(A.pvInsurableWages, h);
  const pvTerminal = terminalReserveYears * expenditureOf(A, h - 1) * A.discountEnd[h - 1]!;
  return pvWages === 0 ? Number.NaN : (sumTo(A.pvBenefits, h) + sumTo(A.pvAdmin, h) + pvTerminal - p.initialReserve) / pvWages;
}

/** GAP over each of 50, 75 and 100 years that the projection reaches, keyed by the horizon. */
export function gapHorizons(p: Projection, terminalReserveYears: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const h of VALUATION_HORIZONS) if (h <= p.years) out[String(h)] = gapOverHorizon(p, terminalReserveYears, h);
  return out;
}

/** The closed-group valuation of the members at the start date (summary.json `closed_group`). */
export interface ClosedGroupValuation {
  /** Years projected: until the group has (almost) run off. */
  readonly years: number;
  /** PV at the start of the group's future contributions (members', subsidies and late fees), benefits, administration and insurable wages (JOD). */
  readonly pv_contributions: number;
  readonly pv_benefits: number;
  readonly pv_admin: number;
  readonly pv_insurable_wages: number;
  /**
   * Accrued-to-date liability: PV of the benefits earned by service to the start date: pensions
   * in payment, and what active and former members would receive on the credits they have
   * (every active member treated as leaving at the start, keeping the credits).
   */
  readonly accrued_liability: number;
  /** (PV benefits + PV administration - initial reserve) / PV insurable wages (no terminal reserve: the group runs off). */
  readonly gap: number;
  /** Persons still alive in the group (insured, former members, pensioners) at the end of the projection. */
  readonly persons_at_end: number;
}

/**
 * Value the start stock alone (no new entrants; former members may still come back), over
 * `years`, and its accrued-rights liability (design note section 8).
 * @example closedGroupValuation(await loadScenario('scenarios/baseline.yaml'), 100).gap
 */
export function closedGroupValuation(s: ResolvedScenario, years: number): ClosedGroupValuation {
  const group = project(s, { years, closedGroup: true });
  const accrued = project(s, { years, accruedRights: true });
  const A = group.annual;
  const n = group.years;
  const pvContributions = sumTo(A.pvMembersContributions, n) + sumTo(A.pvSubsidies, n) + sumTo(A.pvLateFees, n);
  const pvBenefits = sumTo(A.pvBenefits, n);
  const pvAdmin = sumTo(A.pvAdmin, n);
  const pvWages = sumTo(A.pvInsurableWages, n);
  const last = n - 1;
  return {
    years: n,
    pv_contributions: pvContributions,
    pv_benefits: pvBenefits,
    pv_admin: pvAdmin,
    pv_insurable_wages: pvWages,
    accrued_liability: sumTo(accrued.annual.pvBenefits, accrued.years),
    gap: pvWages === 0 ? Number.NaN : (pvBenefits + pvAdmin - s.fund.initialReserve) / pvWages,
    persons_at_end: A.insured[last]! + A.formerMembers[last]! + A.pensionersOldAge[last]! + A.pensionersEarly[last]! + A.pensionersDisability[last]! + A.pensionersSurvivors[last]! + A.pensionersOrphans[last]!,
  };
}
