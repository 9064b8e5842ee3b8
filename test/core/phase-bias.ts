import { cellIndex, cellLayout, PENSIONER_AGES } from '../../src/core/layout.js';
import { monthlyFactor, monthlyProbability } from '../../src/core/monthly-rate.js';
import { disabilityPension, earlyPension, oldAgePension } from '../../src/core/pension-formulas.js';
import { project } from '../../src/core/projection.js';
import { POP_AGES, type ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { contributionRateOf } from '../../src/rules/contribution.js';

/**
 * The even-service-phase bias of the cohort core on a broad closed population (issue 13x): the
 * cohort projection against the exact expectation (no sampling) of the member model it stands
 * for, each member followed on his own credited months S, arrears state k and birth month b.
 *
 * The member model is the cohort's model taken member by member, in the cohort's order of a month
 * (projection.ts): former members (deaths, re-entry in state 0), then active members (deaths,
 * disability, early retirement on the exact S and age, exits to covered work and on request,
 * payment: catch up k + 1 months, pay the oldest month, or miss; nK unpaid ends the enrollment),
 * the pension-age birthday (S >= 180: old-age pension; else continueAfterPensionAge go on
 * completing their months, the rest the lump sum), members completing their months (the
 * completion pool: retire as soon as S >= 180, exits and terminations with the lump sum, the
 * lump sum at the oldest active age), former members at pension age (deferred pension with
 * S >= 180, else the lump sum). The cohort enters the completion pool in the birthday month and
 * steps it again that month (a second payment and exposure to death): with `completionSameMonth`
 * the member model does the same, so that the difference measured is the phases' alone.
 *
 * The pensions' present value uses the pensioner pools' own mortality (age at 1 January, a month's
 * rate mixed m/12 with the next age's), which the phases do not touch; no survivors or orphans
 * (every death leaves the lump sum 15% x wage x S); no wage growth, increases or inflation.
 */

export interface PopulationSpec {
  /** Ages at 1 January of the start year, every one with the same persons (each sex). */
  readonly ages: readonly number[];
  /** Whole credited years at the start, spread evenly over 0..maxService (at most age - 16); months 0..11 evenly. */
  readonly maxService: number;
  /** Declared wage by sex (JOD a month, constant). */
  readonly wage: readonly [number, number];
  readonly years: number;
  readonly interest: number;
  /** Mirror the cohort's second completion step in the birthday month (default true). */
  readonly completionSameMonth?: boolean;
}

/** The figures of a GAP, per member at the start. */
export interface Figures {
  retirements: number;
  retirementPensions: number;
  deferredPensions: number;
  deferredPensionAmounts: number;
  /** Lump sums at or above pension age of members (at the birthday, leaving the completion pool). */
  lumpSumExits: number;
  lumpSumsPensionAge: number;
  formerLumpSumExits: number;
  formerLumpSums: number;
  disabilityAwards: number;
  disabilityPensions: number;
  disabilityLumpSumExits: number;
  disabilityLumpSums: number;
  earlyRetirements: number;
  earlyRetirementPensions: number;
  lumpSumsDeath: number;
  /** Present values at the start: benefits (pensions paid within the horizon and lump sums) and members' contributions. */
  pvBenefits: number;
  pvContributions: number;
}

export const FIGURES: readonly (keyof Figures)[] = [
  'retirements',
  'retirementPensions',
  'deferredPensions',
  'deferredPensionAmounts',
  'lumpSumExits',
  'lumpSumsPensionAge',
  'formerLumpSumExits',
  'formerLumpSums',
  'disabilityAwards',
  'disabilityPensions',
  'disabilityLumpSumExits',
  'disabilityLumpSums',
  'earlyRetirements',
  'earlyRetirementPensions',
  'lumpSumsDeath',
  'pvBenefits',
  'pvContributions',
];

const zero = (): Figures => ({
  retirements: 0,
  retirementPensions: 0,
  deferredPensions: 0,
  deferredPensionAmounts: 0,
  lumpSumExits: 0,
  lumpSumsPensionAge: 0,
  formerLumpSumExits: 0,
  formerLumpSums: 0,
  disabilityAwards: 0,
  disabilityPensions: 0,
  disabilityLumpSumExits: 0,
  disabilityLumpSums: 0,
  earlyRetirements: 0,
  earlyRetirementPensions: 0,
  lumpSumsDeath: 0,
  pvBenefits: 0,
  pvContributions: 0,
});

const servicesOf = (spec: PopulationSpec, age: number) => Array.from({ length: Math.min(spec.maxService, age - 16) + 1 }, (_, y) => y);
/** The ages of a sex: those below its pension age at 1 January (the row below pension age the oldest). */
const agesOf = (spec: PopulationSpec, s: ResolvedScenario, sex: number) => spec.ages.filter((a) => a <= s.pension.normalRetirementAge[sex]! - 1);

/** The scenario: the baseline's behaviour and benefits on the population, closed, constant wages and mortality. */
export function populationScenario(base: ResolvedScenario, spec: PopulationSpec): ResolvedScenario {
  const T = spec.years;
  const L = cellLayout(base.behaviour.maxActiveAge, base.rules.maxMissedContributions);
  const persons = new Float64Array(L.size);
  const wage = new Float64Array(L.size);
  for (let sex = 0; sex < 2; sex++) {
    const perAgeSex = 1 / (2 * agesOf(spec, base, sex).length);
    for (const age of agesOf(spec, base, sex)) {
      const services = servicesOf(spec, age);
      for (const y of services) {
        const i = cellIndex(L, sex, age - L.ageMin - y, age - L.ageMin, 0);
        persons[i] += perAgeSex / services.length;
        wage[i] += (perAgeSex / services.length) * spec.wage[sex]!;
      }
    }
  }
  const q0 = base.demography.deathProbability[0]!;
  const filled = (v: number) => new Float64Array(T).fill(v);
  return {
    ...base,
    years: T,
    valuationYears: T,
    economic: { wageGrowth: filled(0), inflation: filled(0), interest: filled(spec.interest), minimumWageGrowth: filled(0) },
    demography: { ...base.demography, deathProbability: Array.from({ length: T }, () => q0), fertility: Array.from({ length: T }, () => base.demography.fertility[0]!), netMigration: [] },
    behaviour: { ...base.behaviour, increaseTakeUp: filled(0), mortalityMultiplier: 1 },
    pension: {
      ...base.pension,
      referenceWageMonths: 1,
      minimumPensionIndexed: false,
      survivorProbability: [0, 0],
      orphans: { ...base.pension.orphans, children: new Float64Array(2 * POP_AGES) },
    },
    startStock: {
      insuredPersons: persons,
      insuredWageMass: wage,
      completionPersons: new Float64Array(base.startStock.completionPersons.length),
      completionWageMass: new Float64Array(base.startStock.completionWageMass.length),
      inactivePersons: new Float64Array(base.startStock.inactivePersons.length),
      inactiveWageMass: new Float64Array(base.startStock.inactiveWageMass.length),
      pensionerPersons: new Float64Array(2 * PENSIONER_AGES),
      pensionerPensionMass: new Float64Array(2 * PENSIONER_AGES),
    },
    fund: { ...base.fund, initialReserve: 0, adminCostRate: 0 },
    programmes: [],
  };
}

export function cohortFigures(s: ResolvedScenario): Figures {
  const a = project(s, { closedGroup: true }).annual;
  const sum = (x: Float64Array) => x.reduce((u, v) => u + v, 0);
  return {
    retirements: sum(a.retirements),
    retirementPensions: sum(a.retirementPensions),
    deferredPensions: sum(a.deferredPensions),
    deferredPensionAmounts: sum(a.deferredPensionAmounts),
    lumpSumExits: sum(a.lumpSumExits),
    lumpSumsPensionAge: sum(a.lumpSumsPensionAge),
    formerLumpSumExits: sum(a.lumpSumExitsFormer),
    formerLumpSums: sum(a.lumpSumsFormer),
    disabilityAwards: sum(a.disabilityAwards),
    disabilityPensions: sum(a.disabilityPensions),
    disabilityLumpSumExits: sum(a.disabilityLumpSumExits),
    disabilityLumpSums: sum(a.disabilityLumpSums),
    earlyRetirements: sum(a.earlyRetirements),
    earlyRetirementPensions: sum(a.earlyRetirementPensions),
    lumpSumsDeath: sum(a.lumpSumsDeath),
    pvBenefits: sum(a.pvBenefits),
    pvContributions: sum(a.pvMembersContributions),
  };
}

/** The exact expectation of the member model, per member at the start (the scenario from populationScenario). */
export function memberFigures(s: ResolvedScenario, spec: PopulationSpec): Figures {
  const T = 12 * spec.years;
  const nK = s.rules.maxMissedContributions;
  const pay = s.behaviour.payment;
  const p = s.pension;
  const b = s.behaviour;
  const q = s.demography.deathProbability[0]!;
  const Q = p.qualifyingMonths;
  const cont = b.continueAfterPensionAge;
  const oldestRow = b.maxActiveAge - 1;
  const lumpRate = p.lumpSumRatePerMonth;
  const e = p.earlyRetirement;
  const d = p.disability;
  const sameMonth = spec.completionSameMonth !== false;
  const v = 1 / monthlyFactor(spec.interest);
  const disc = Float64Array.from({ length: T + 1 }, (_, t) => v ** (t + 1));
  const at = (sex: number, age: number) => sex * POP_AGES + Math.min(age, POP_AGES - 1);
  const qm = (sex: number, age: number) => monthlyProbability(Math.min(1, q[at(sex, age)]!));
  const rate = (arr: Float64Array, sex: number, age: number) => monthlyProbability(arr[at(sex, age)]!);
  const reEntry = monthlyProbability(b.reEntryRate);
  const c = contributionRateOf(s.rules);

  // Pensioner pools' annuities: A[kind][sex][age at 1 January][t] = PV at the start of 1 a month
  // paid in months t + 1 .. T - 1 to those alive, awarded in month t at that pool age.
  const annuity = [1, d.mortalityMultiplier].map((mult) =>
    [0, 1].map((sex) => {
      const qd = (age: number) => monthlyProbability(Math.min(1, q[at(sex, Math.min(age, PENSIONER_AGES - 1))]! * mult));
      const A = Array.from({ length: PENSIONER_AGES }, () => new Float64Array(T));
      for (let t = T - 2; t >= 0; t--) {
        const u = t + 1;
        const m = u % 12;
        for (let x = 0; x < PENSIONER_AGES; x++) {
          const x1 = m === 0 ? Math.min(x + 1, PENSIONER_AGES - 1) : x;
          const dm = (1 - m / 12) * qd(x1) + (m / 12) * qd(x1 + 1);
          A[x]![t] = (1 - dm) * (disc[u]! + A[x1]![t + 1]!);
        }
      }
      return A;
    }),
  );
  const pensionAnnuity = (sex: number, x: number, t: number) => annuity[0]![sex]![Math.min(x, PENSIONER_AGES - 1)]![t]!;
  const disabledAnnuity = (sex: number, x: number, t: number) => annuity[1]![sex]![Math.min(x, PENSIONER_AGES - 1)]![t]!;

  const earlyThreshold = (sex: number, age: number, monthIndex: number) => {
    const newRulesMost = monthIndex - e.newRulesFrom + 1;
    let best = Infinity;
    for (const r of e.routes) {
      if (age < r.age[sex]!) continue;
      let th = r.months[sex]!;
      if (newRulesMost > 0 && age < e.newRulesMinAge[sex]! && th <= newRulesMost) th = newRulesMost + 1;
      if (th < best) best = th;
    }
    return best;
  };

  const f = zero();
  for (let sex = 0; sex < 2; sex++) {
    const perAgeSex = 1 / (2 * agesOf(spec, s, sex).length);
    const w = spec.wage[sex]!;
    const R = p.normalRetirementAge[sex]!;
    const pension = (S: number) => oldAgePension(S, w, p.accrualRate, p.minimumPension);
    const disabilityOf = (S: number) => disabilityPension(S, w, d.pension, d.minMonths, e.accrualWageLimit, p.minimumPension);
    const lump = (S: number) => lumpRate * w * S;
    for (const a0 of agesOf(spec, s, sex)) {
      const services = servicesOf(spec, a0);
      const sTop = 12 * Math.max(...services) + 12;
      const nS = sTop + T + nK + 4;
      for (let bm = 0; bm < 12; bm++) {
        let P = new Float64Array(nS * nK);
        let N = new Float64Array(nS * nK);
        const F = new Float64Array(nS);
        // S < sHi: a member gains at most one credited month a month on balance.
        let sHi = sTop;
        for (const y of services) for (let ph = 0; ph < 12; ph++) P[(12 * y + ph) * nK] += perAgeSex / services.length / 144;
        let alive = true;
        // The members of the completion pool: one month (decrements, payment, retirement at S >= Q).
        const completionMonth = (A: number, t: number, x: number, from: Float64Array, into: Float64Array) => {
          const qd = qm(sex, A);
          const qe = rate(b.exitCoveredWorkRate, sex, A);
          const qr = rate(b.requestRate, sex, A);
          for (let S = 0; S < sHi; S++) {
            for (let k = 0; k < nK; k++) {
              const n = from[S * nK + k]!;
              if (!(n > 0)) continue;
              from[S * nK + k] = 0;
              const dd = n * qd;
              const ex = (n - dd) * qe;
              const rq = (n - dd - ex) * qr;
              const rem = n - dd - ex - rq;
              f.lumpSumsDeath += dd * lump(S);
              f.pvBenefits += dd * lump(S) * disc[t]!;
              f.lumpSumExits += ex + rq;
              f.lumpSumsPensionAge += (ex + rq) * lump(S);
              f.pvBenefits += (ex + rq) * lump(S) * disc[t]!;
              const catchUp = pay.catchUp[k]!;
              const stay = k === 0 ? 0 : pay.stay[k]!;
              f.pvContributions += rem * (catchUp * (k + 1) + stay) * c * w * disc[t]!;
              const settle = (S2: number, k2: number, persons: number) => {
                if (S2 >= Q) {
                  f.retirements += persons;
                  f.retirementPensions += persons * pension(S2);
                  f.pvBenefits += persons * pension(S2) * pensionAnnuity(sex, x, t);
                } else into[S2 * nK + k2] += persons;
              };
              settle(S + k + 1, 0, rem * catchUp);
              if (k > 0) settle(S + 1, k, rem * stay);
              const miss = rem * (1 - catchUp - stay);
              if (k + 1 < nK) into[S * nK + k + 1] += miss;
              else {
                f.lumpSumExits += miss;
                f.lumpSumsPensionAge += miss * lump(S);
                f.pvBenefits += miss * lump(S) * disc[t]!;
              }
            }
          }
        };
        for (let t = 0; t < T && alive; t++) {
          const y = Math.floor(t / 12);
          const m = t % 12;
          const x = a0 + y;
          const A = x + (m > bm ? 1 : 0);
          const pre = x < R - 1 || (x === R - 1 && m <= bm);
          const monthIndex = (s.startYear + y) * 12 + m;
          sHi = sTop + t + 2;
          N.fill(0);
          if (pre) {
            // 1. Former members: deaths, re-entry.
            const qd = qm(sex, A);
            for (let S = 0; S < sHi; S++) {
              const n = F[S]!;
              if (!(n > 0)) continue;
              const dd = n * qd;
              const re = (n - dd) * reEntry;
              f.lumpSumsDeath += dd * lump(S);
              f.pvBenefits += dd * lump(S) * disc[t]!;
              P[S * nK] += re;
              F[S] = n - dd - re;
            }
            // 3. Active members.
            const qi = rate(d.incidence, sex, A);
            const th = earlyThreshold(sex, A, monthIndex);
            const qx = Number.isFinite(th) ? rate(e.takeUp, sex, A) : 0;
            const qe = rate(b.exitCoveredWorkRate, sex, A);
            const qr = rate(b.requestRate, sex, A);
            const leavers = new Float64Array(nS);
            for (let S = 0; S < sHi; S++) {
              const qxS = S >= th ? qx : 0;
              for (let k = 0; k < nK; k++) {
                const n = P[S * nK + k]!;
                if (!(n > 0)) continue;
                const dd = n * qd;
                const di = (n - dd) * qi;
                const ea = (n - dd - di) * qxS;
                const ex = (n - dd - di - ea) * qe;
                const rq = (n - dd - di - ea - ex) * qr;
                const rem = n - dd - di - ea - ex - rq;
                f.lumpSumsDeath += dd * lump(S);
                f.pvBenefits += dd * lump(S) * disc[t]!;
                if (S >= d.minMonths) {
                  f.disabilityAwards += di;
                  f.disabilityPensions += di * disabilityOf(S);
                  f.pvBenefits += di * disabilityOf(S) * disabledAnnuity(sex, x, t);
                } else {
                  f.disabilityLumpSumExits += di;
                  f.disabilityLumpSums += di * lump(S);
                  f.pvBenefits += di * lump(S) * disc[t]!;
                }
                if (ea > 0) {
                  const ep = earlyPension(S, w, e.accrualBelowLimit[at(sex, A)]!, e.accrualAboveLimit[at(sex, A)]!, e.accrualWageLimit, p.minimumPension);
                  f.earlyRetirements += ea;
                  f.earlyRetirementPensions += ea * ep;
                  f.pvBenefits += ea * ep * pensionAnnuity(sex, x, t);
                }
                leavers[S] += ex + rq;
                const catchUp = pay.catchUp[k]!;
                const stay = k === 0 ? 0 : pay.stay[k]!;
                f.pvContributions += rem * (catchUp * (k + 1) + stay) * c * w * disc[t]!;
                N[(S + k + 1) * nK] += rem * catchUp;
                if (k > 0) N[(S + 1) * nK + k] += rem * stay;
                const miss = rem * (1 - catchUp - stay);
                if (k + 1 < nK) N[S * nK + k + 1] += miss;
                else leavers[S] += miss;
              }
            }
            [P, N] = [N, P];
            // The pension-age birthday (end of the birth month, after the payment).
            if (x === R - 1 && m === bm) {
              for (let S = 0; S < sHi; S++) {
                for (let k = 0; k < nK; k++) {
                  const n = P[S * nK + k]!;
                  if (!(n > 0)) continue;
                  if (S >= Q) {
                    f.retirements += n;
                    f.retirementPensions += n * pension(S);
                    f.pvBenefits += n * pension(S) * pensionAnnuity(sex, x, t);
                    P[S * nK + k] = 0;
                  } else {
                    const gone = n * (1 - cont);
                    f.lumpSumExits += gone;
                    f.lumpSumsPensionAge += gone * lump(S);
                    f.pvBenefits += gone * lump(S) * disc[t]!;
                    P[S * nK + k] = n - gone;
                  }
                }
              }
              if (sameMonth) {
                N.fill(0);
                completionMonth(R, t, x, P, N);
                [P, N] = [N, P];
              }
            }
            for (let S = 0; S < sHi; S++) F[S] += leavers[S]!;
            // Former members at pension age: a deferred pension or the lump sum.
            if (x === R - 1 && m === bm) {
              for (let S = 0; S < sHi; S++) {
                const n = F[S]!;
                if (!(n > 0)) continue;
                if (S >= Q) {
                  f.deferredPensions += n;
                  f.deferredPensionAmounts += n * pension(S);
                  f.pvBenefits += n * pension(S) * pensionAnnuity(sex, x, t);
                } else {
                  f.formerLumpSumExits += n;
                  f.formerLumpSums += n * lump(S);
                  f.pvBenefits += n * lump(S) * disc[t]!;
                }
                F[S] = 0;
              }
            }
          } else {
            completionMonth(A, t, x, P, N);
            [P, N] = [N, P];
            // The oldest active age: the lump sum at the birthday.
            if (x === oldestRow && m === bm) {
              for (let S = 0; S < sHi; S++) {
                for (let k = 0; k < nK; k++) {
                  const n = P[S * nK + k]!;
                  if (!(n > 0)) continue;
                  f.lumpSumExits += n;
                  f.lumpSumsPensionAge += n * lump(S);
                  f.pvBenefits += n * lump(S) * disc[t]!;
                }
              }
              alive = false;
            }
          }
        }
      }
    }
  }
  return f;
}
