import type { ActiveBlock } from './active-block.js';
import { entryWage } from './entry-wage.js';
import type { CellLayout } from './layout.js';
import type { MonthContext } from './month-context.js';
import type { MonthFlows } from './month-flows.js';
import { monthlyProbability } from './monthly-rate.js';
import type { ProgrammeState } from './programme-state.js';
import { POP_AGES, type ResolvedScenario } from './resolved-scenario.js';

/** Per (sex, age index) scratch of one month's entrants: persons left to place and their mean wage. */
export class EntrantScratch {
  readonly left: Float64Array;
  readonly wage: Float64Array;
  constructor(readonly layout: CellLayout) {
    this.left = new Float64Array(2 * layout.nAge);
    this.wage = new Float64Array(2 * layout.nAge);
  }
}

/**
 * The month's new subscribers (design note section 2 step 1): by sex and age at 1 January,
 * eligible population (interpolated within the year) x eligible share x (1 - covered share) x
 * monthly entry probability x the year's multiplier; first enrolment only below firstTimeMaxAge,
 * so in the row just below it only the members not yet past their birthday (12 - m)/12 may enter.
 * An entrant of month m has tau = 12 - m credited months by December if paying (layout.ts): gap
 * ai + 1 (service year 0), or ai in January (service year 1). Programmes take the eligible ones
 * their budgets allow, in order; the rest join `main`.
 */
export function admitEntrants(
  scratch: EntrantScratch,
  main: ActiveBlock,
  programmes: readonly ProgrammeState[],
  ctx: MonthContext,
  flows: MonthFlows,
  s: ResolvedScenario,
  pop: Float64Array,
  nextPop: Float64Array,
  within: number,
  yd: number,
  t: number,
  minimumWage: number,
  averageWage: number,
  entryBase: number,
): void {
  const L = scratch.layout;
  const b = s.behaviour;
  const m = ctx.month;
  const { left, wage } = scratch;
  for (let sex = 0; sex < 2; sex++) {
    const maxAge = Math.min(s.rules.firstTimeMaxAge[sex === 0 ? 'M' : 'F'], ctx.retirementAge[sex]!);
    for (let ai = 0; ai < L.nAge; ai++) {
      const age = L.ageMin + ai;
      const j = sex * L.nAge + ai;
      wage[j] = 0;
      left[j] = 0;
      if (age >= POP_AGES || age + 1 > maxAge) continue;
      // The row whose birthday reaches the age limit: only those before their birthday.
      const before = age + 1 === maxAge ? (12 - m) / 12 : 1;
      const pi = sex * POP_AGES + age;
      const population = pop[pi]! + within * (nextPop[pi]! - pop[pi]!);
      const eligible = population * b.eligibleShare * (1 - b.coveredEmploymentShare[pi]!) * before;
      left[j] = eligible * monthlyProbability(Math.min(1, b.entryRate[pi]! * b.entryRateMultiplier[yd]!));
      wage[j] = entryWage(b.entryWageFactor[pi]!, entryBase, minimumWage, averageWage, s.rules, age);
    }
  }
  const gOf = (ai: number) => (m === 0 ? ai : ai + 1);
  for (const p of programmes) {
    if (!p.admitting(t)) continue;
    const mult = p.programme.entryMultiplier;
    let commitment = 0;
    for (let j = 0; j < 2 * L.nAge; j++) {
      const sex = j < L.nAge ? 0 : 1;
      if (left[j]! > 0 && p.eligible(sex, L.ageMin + (j % L.nAge), wage[j]!)) commitment += left[j]! * mult * p.expectedMonthly(wage[j]!, ctx.contributionRate);
    }
    const f = p.budgetFraction(commitment, t);
    if (f <= 0) continue;
    for (let j = 0; j < 2 * L.nAge; j++) {
      const sex = j < L.nAge ? 0 : 1;
      const ai = j % L.nAge;
      const w = wage[j]!;
      if (!(left[j]! > 0) || !p.eligible(sex, L.ageMin + ai, w)) continue;
      const taken = left[j]! * f;
      left[j] = left[j]! - taken;
      const admitted = taken * mult;
      p.admit(sex, gOf(ai), ai, 0, admitted, admitted * w, p.expectedMonthly(w, ctx.contributionRate), t, true);
      flows.entrants += admitted;
    }
  }
  for (let j = 0; j < 2 * L.nAge; j++) {
    const n = left[j]!;
    if (!(n > 0)) continue;
    const ai = j % L.nAge;
    main.add(j < L.nAge ? 0 : 1, gOf(ai), ai, 0, n, n * wage[j]!);
    flows.entrants += n;
  }
}
