import { FEMALE, POP_AGES } from '../core/resolved-scenario.js';
import type { CoveredByGroup } from './health-subsidy.js';
import type { ResolvedHealthScenario } from './resolved-health-scenario.js';

/** Deliveries of a year by who delivers (births, expected values). */
export interface DeliveriesByMother {
  /** Insured women (contributors): the deliveries the maternity benefit is paid for, times the claim share. */
  readonly insured: number;
  /** Enrolled wives (dependant spouses) of the insured and pensioners. */
  readonly spouses: number;
  /** Other covered women: pensioners and covered daughters, at the national rates. */
  readonly others: number;
}

/**
 * Deliveries of a year by who delivers: each group of covered women at its own fertility, the
 * national rates ASFR(x) of the year (UN WPP, births per woman-year) times the group's multiple
 * (f_I for insured women, f_S for enrolled wives; ResolvedHealthScenario demography.relativeFertility).
 * With W(x) the women's person-years by age ([sex * 101 + age]: the women are at 101..201):
 *   insured = sum over x of W_contributors(x) x f_I x ASFR(x)
 *   spouses = sum over x of W_spouses(x) x f_S x ASFR(x)
 *   others  = sum over x of (W_pensioners(x) + W_children(x)) x ASFR(x)
 * The insured women's deliveries are the maternity benefit's (maternity-benefit.ts: beneficiaries =
 * claim share x insured), summed in the same order, so that identity is exact.
 * @example deliveries(covered, singleAgeAsfr(2026), { insured: 0.345, spouses: 1 }) // 10,000 insured women aged 30 x 0.345 x 0.15 = 517.5
 */
export function deliveries(covered: CoveredByGroup, asfr: Float64Array, relativeFertility: ResolvedHealthScenario['demography']['relativeFertility']): DeliveriesByMother {
  const F = FEMALE * POP_AGES;
  let insured = 0;
  let spouses = 0;
  let others = 0;
  for (let x = 0; x < POP_AGES; x++) {
    insured += covered.contributors[F + x]! * (relativeFertility.insured * asfr[x]!);
    spouses += covered.spouses[F + x]! * (relativeFertility.spouses * asfr[x]!);
    others += (covered.pensioners[F + x]! + covered.children[F + x]!) * asfr[x]!;
  }
  return { insured, spouses, others };
}
