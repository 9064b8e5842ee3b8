import { FEMALE, POP_AGES } from '../core/resolved-scenario.js';

/** What the dependants' construction needs (ResolvedHealthScenario['dependants'] and more). */
export interface DependantTerms {
  readonly marriedShare: Float64Array;
  readonly spouseDependentShare: readonly [number, number];
  readonly spouseAgeDifference: readonly [number, number];
  readonly childAgeLimit: number;
}

/**
 * Enrolled spouses of the insured and pensioners, [sex * 101 + age]: an insured person of sex s
 * aged x (contributor or pensioner, n persons) has an enrolled spouse of the other sex aged
 * x + d_s (clamped to 0..100) with probability married_s(x) x spouseDependent_s x takeUp:
 *   spouses(other sex, x + d_s) += n x married_s(x) x spouseDependent_s x takeUp.
 * A spouse who is insured herself (himself) is a contributor, not a dependant: that is the
 * 1 - spouseDependent share.
 * @example spouses(insured, terms, 1) // wives of insured men aged 40 appear at 40 + d_M (d_M = -5: 35)
 */
export function spouses(insured: Float64Array, t: DependantTerms, takeUp: number): Float64Array {
  const out = new Float64Array(2 * POP_AGES);
  for (let sex = 0; sex < 2; sex++) {
    const other = 1 - sex;
    const d = t.spouseAgeDifference[sex]!;
    const p = t.spouseDependentShare[sex]! * takeUp;
    for (let x = 0; x < POP_AGES; x++) {
      const i = sex * POP_AGES + x;
      const n = insured[i]! * t.marriedShare[i]! * p;
      if (n === 0) continue;
      out[other * POP_AGES + Math.min(POP_AGES - 1, Math.max(0, x + d))] += n;
    }
  }
  return out;
}

/**
 * Survival from birth to the middle of completed age a, by sex, from one year's death
 * probabilities q [sex * 101 + age]: S(a) = (1 - q_0) ... (1 - q_{a-1}) x (1 - q_a / 2). S(a) <= 1.
 */
export function childSurvival(q: Float64Array, sex: number, a: number): number {
  let s = 1;
  for (let i = 0; i < a; i++) s *= 1 - q[sex * POP_AGES + i]!;
  return s * (1 - q[sex * POP_AGES + a]! / 2);
}

/**
 * Births that women aged x in year Y (women[x], by single age 0..100) had `a` years before, at
 * their ages then: sum over x of women[x] x ASFR_{Y-a}(x - a). The "own children" of a group
 * of women, before survival.
 */
export function birthsAYearsBefore(women: Float64Array, asfrThen: Float64Array, a: number): number {
  let b = 0;
  for (let x = a; x < POP_AGES; x++) b += women[x]! * asfrThen[x - a]!;
  return b;
}

/**
 * Enrolled children under `childAgeLimit` of the insured, pensioners and enrolled spouses,
 * [sex * 101 + age] (zero from the age limit up). Children are counted through their covered
 * mother, never twice ("own children" method): `mothers` (mothers.ts) are the insured and
 * pensioner women, whose children enrol with the take-up, and the enrolled wives of insured men
 * (already counted with the take-up), each weighted by her fertility as a multiple of the
 * national rates (insured women bear fewer children than all women of their age). Children aged
 * a in year Y:
 *   births_a = sum over x of mothers(x) x ASFR_{Y-a}(x - a)
 *   children(sex, a) = births_a x (SRB / (1 + SRB) for boys, 1 / (1 + SRB) for girls) x S_sex(a)
 * with S the survival from birth (childSurvival) at year Y's mortality.
 *
 * Bound (tested): since takeUp <= 1 and S <= 1, the children aged a never exceed the births
 * the covered group's adult women (insured, pensioners, enrolled wives) had a years before at
 * their own rates of that year (`birthsAYearsBefore` of `mothers` with take-up 1), and all
 * children under the limit never exceed the births those women had in the last `childAgeLimit` years.
 *
 * @param mothers covered women by age 0..100, weighted by take-up and relative fertility (mothers.ts)
 * @param asfrOf national fertility rates of a calendar year
 * @param q death probabilities of year Y, [sex * 101 + age]
 */
export function children(mothers: Float64Array, asfrOf: (year: number) => Float64Array, year: number, q: Float64Array, sexRatioAtBirth: number, childAgeLimit: number): Float64Array {
  const out = new Float64Array(2 * POP_AGES);
  const boysShare = sexRatioAtBirth / (1 + sexRatioAtBirth);
  for (let a = 0; a < Math.min(childAgeLimit, POP_AGES); a++) {
    const births = birthsAYearsBefore(mothers, asfrOf(year - a), a);
    out[a] = births * boysShare * childSurvival(q, 0, a);
    out[FEMALE * POP_AGES + a] = births * (1 - boysShare) * childSurvival(q, FEMALE, a);
  }
  return out;
}
