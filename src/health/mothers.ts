import { FEMALE, POP_AGES } from '../core/resolved-scenario.js';
import type { ResolvedHealthScenario } from './resolved-health-scenario.js';

/**
 * The covered mothers by age 0..100, each woman counted by her fertility as a multiple of the
 * national rates, so that births to them at the national rates are their births at their own
 * rates (children are counted through their mother: dependants.ts). From women's person-years
 * [sex * 101 + age] (the women's half is used):
 *   mothers(x) = childTakeUp x (f_I x contributors(x) + pensioners(x)) + f_S x enrolled wives(x)
 * with f_I, f_S the insured women's and enrolled wives' multiples (demography.relativeFertility;
 * pensioners at the national rates). The children of insured and pensioner women enrol with the
 * take-up; the enrolled wives' are enrolled with them (their take-up is already in their number).
 * With childTakeUp = 1 it is the covered adult women's births weight (the children's bound).
 * @example mothers(contributors, pensioners, wives, 1, { insured: 0.5, spouses: 1 }) // 1,000 insured women aged 30 and 400 wives aged 30: 900 at 30
 */
export function mothers(contributors: Float64Array, pensioners: Float64Array, enrolledWives: Float64Array, childTakeUp: number, relativeFertility: ResolvedHealthScenario['demography']['relativeFertility']): Float64Array {
  const F = FEMALE * POP_AGES;
  return Float64Array.from({ length: POP_AGES }, (_, x) => childTakeUp * (relativeFertility.insured * contributors[F + x]! + pensioners[F + x]!) + relativeFertility.spouses * enrolledWives[F + x]!);
}
