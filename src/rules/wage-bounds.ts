import { formatJod } from '../money/fils.js';
import { ceilDiv, floorDiv } from '../money/round-half-up.js';
import { rateToNumber, type ScaledRate } from '../money/scaled-rate.js';
import type { OptionalRules, Sex } from './optional-rules.js';
import { refuse, type Refusal } from './refusal.js';

/** wage x (1 + rate), rounded down to fils: floor(w x 110 / 100) for 10%. */
export function raisedWage(wageFils: number, rate: ScaledRate): number {
  return floorDiv(wageFils * (rate.scale + rate.units), rate.scale);
}

/** wage x (1 - rate), rounded up to fils: ceil(w x 80 / 100) for a 20% reduction. */
export function reducedWage(wageFils: number, rate: ScaledRate): number {
  return ceilDiv(wageFils * (rate.scale - rate.units), rate.scale);
}

/**
 * The entry cap for a new subscriber of a given age (SSC: three times the average wage,
 * "adjusted proportionally according to the subscriber's age"):
 * cap(age) = max(minWage, floor(entryCapMultiple x averageWage x factor(age))), factor piecewise
 * linear between the model's points, exact in BigInt.
 * @example entryWageCap(30, rules) // => 1_914_000 (3 x 638.000 JOD, factor 1)
 */
export function entryWageCap(age: number, rules: Pick<OptionalRules, 'minWage' | 'averageWage' | 'entryCapMultiple' | 'entryWageCapFactorByAge'>): number {
  const table = rules.entryWageCapFactorByAge;
  let i = 0;
  while (i < table.length - 1 && table[i + 1]!.age <= age) i++;
  const p0 = table[i]!;
  const p1 = table[Math.min(i + 1, table.length - 1)]!;
  // factor = num / den exactly; constant outside the table.
  let num: bigint;
  let den: bigint;
  if (p1 === p0 || age <= p0.age) {
    num = BigInt(p0.factor.units);
    den = BigInt(p0.factor.scale);
  } else {
    const s = BigInt(Math.max(p0.factor.scale, p1.factor.scale));
    const f0 = (BigInt(p0.factor.units) * s) / BigInt(p0.factor.scale);
    const f1 = (BigInt(p1.factor.units) * s) / BigInt(p1.factor.scale);
    const span = BigInt(p1.age - p0.age);
    const t = BigInt(Math.min(age, p1.age) - p0.age);
    num = f0 * span + (f1 - f0) * t;
    den = s * span;
  }
  const m = rules.entryCapMultiple;
  const cap = Number((BigInt(m.units) * BigInt(rules.averageWage) * num) / (BigInt(m.scale) * den));
  return Math.max(rules.minWage, cap);
}

/**
 * The entry cap in JOD as a number, for the projection's expectations in a year whose minimum and
 * average wage are given (floats): max(minimum, entryCapMultiple x averageWage x factor(age)),
 * the factor piecewise linear as in `entryWageCap`; tested to agree with it to the fils.
 */
export function entryWageCapJod(age: number, rules: Pick<OptionalRules, 'entryCapMultiple' | 'entryWageCapFactorByAge'>, minimumWage: number, averageWage: number): number {
  const t = rules.entryWageCapFactorByAge;
  let factor = rateToNumber(t[t.length - 1]!.factor);
  if (age <= t[0]!.age) factor = rateToNumber(t[0]!.factor);
  else {
    for (let i = 1; i < t.length; i++) {
      if (age <= t[i]!.age) {
        const a0 = t[i - 1]!.age;
        const f0 = rateToNumber(t[i - 1]!.factor);
        const f1 = rateToNumber(t[i]!.factor);
        factor = f0 + ((f1 - f0) * (age - a0)) / (t[i]!.age - a0);
        break;
      }
    }
  }
  return Math.max(minimumWage, rateToNumber(rules.entryCapMultiple) * averageWage * factor);
}

/**
 * The last wage raised by at most returnIncreaseMax per full year of interruption, compounded and
 * rounded down at each step, at most returnIncreaseMaxYears times: w_{i+1} = floor(w_i x 110 / 100).
 * @example maxReturningWage(420_000, 3, rules) // => 559_020 (462.000, 508.200, 559.020 JOD)
 */
export function maxReturningWage(lastWageFils: number, yearsOfInterruption: number, rules: Pick<OptionalRules, 'returnIncreaseMax' | 'returnIncreaseMaxYears'>): number {
  let w = lastWageFils;
  const n = Math.min(Math.max(0, yearsOfInterruption), rules.returnIncreaseMaxYears);
  for (let i = 0; i < n; i++) w = raisedWage(w, rules.returnIncreaseMax);
  return w;
}

/** The bounds a returning subscriber may choose within (all in fils). */
export interface ReturningBounds {
  /** Keep the last wage, never below the minimum wage. */
  readonly lowerWithoutReduction: number;
  /** Last wage with the yearly increases (never below the minimum wage). */
  readonly upper: number;
  /** The lowest wage with the one-time reduction (never below the minimum wage). */
  readonly lowerWithReduction: number;
}

export function returningWageBounds(lastWageFils: number, yearsOfInterruption: number, rules: OptionalRules): ReturningBounds {
  return {
    lowerWithoutReduction: Math.max(rules.minWage, lastWageFils),
    upper: Math.max(rules.minWage, maxReturningWage(lastWageFils, yearsOfInterruption, rules)),
    lowerWithReduction: Math.max(rules.minWage, reducedWage(lastWageFils, rules.oneTimeReductionMax)),
  };
}

/** A wage the rules accept, and whether it used the one-time reduction. */
export interface AcceptedWage {
  readonly wage: number;
  readonly reduced: boolean;
}

/**
 * Check the wage a new subscriber declares: minWage <= wage <= entryWageCap(age).
 * @returns the accepted wage, or the refusal naming the bound and the value
 */
export function checkNewWage(wageFils: number, age: number, rules: OptionalRules): AcceptedWage | Refusal {
  if (wageFils < rules.minWage) return refuse('wageBelowMinimum', `${formatJod(wageFils)} JOD is below ${formatJod(rules.minWage)} JOD`);
  const cap = entryWageCap(age, rules);
  if (wageFils > cap) return refuse('wageAboveEntryCap', `${formatJod(wageFils)} JOD is above the cap ${formatJod(cap)} JOD at age ${age}`);
  return { wage: wageFils, reduced: false };
}

export interface PreviousCoverage {
  readonly lastWage: number;
  readonly yearsOfInterruption: number;
  readonly reducedBefore: boolean;
}

/**
 * Check the wage a returning subscriber declares: between the last wage (never below the minimum
 * wage) and the last wage with at most one 10% increase per full year of interruption (at most
 * 10); or down to 20% below the last wage, once in the member's history, only below age 55 (M) /
 * 50 (F). The entry cap does not apply.
 */
export function checkReturningWage(wageFils: number, previous: PreviousCoverage, age: number, sex: Sex, rules: OptionalRules): AcceptedWage | Refusal {
  const b = returningWageBounds(previous.lastWage, previous.yearsOfInterruption, rules);
  if (wageFils > b.upper) {
    return refuse('wageAboveReturnBound', `${formatJod(wageFils)} JOD is above ${formatJod(b.upper)} JOD (last wage ${formatJod(previous.lastWage)} JOD, ${Math.min(previous.yearsOfInterruption, rules.returnIncreaseMaxYears)} yearly increases)`);
  }
  if (wageFils >= b.lowerWithoutReduction) return { wage: wageFils, reduced: false };
  if (wageFils < rules.minWage) return refuse('wageBelowMinimum', `${formatJod(wageFils)} JOD is below ${formatJod(rules.minWage)} JOD`);
  if (previous.reducedBefore) return refuse('reductionUsed', `${formatJod(wageFils)} JOD is below the last wage ${formatJod(previous.lastWage)} JOD and the reduction was used before`);
  const maxAge = rules.oneTimeReductionMaxAge[sex];
  if (age >= maxAge) return refuse('reductionAge', `${formatJod(wageFils)} JOD is below the last wage ${formatJod(previous.lastWage)} JOD; age ${age} (${sex}) is not below ${maxAge}`);
  if (wageFils < b.lowerWithReduction) {
    return refuse('wageBelowReturnBound', `${formatJod(wageFils)} JOD is below ${formatJod(b.lowerWithReduction)} JOD (last wage ${formatJod(previous.lastWage)} JOD less the one-time reduction)`);
  }
  return { wage: wageFils, reduced: true };
}

/**
 * The highest wage an annual increase may reach: floor(current x (1 + annualIncreaseMax)).
 * @example annualIncreaseBound(400_000, rules) // => 440_000
 */
export function annualIncreaseBound(currentWageFils: number, rules: Pick<OptionalRules, 'annualIncreaseMax'>): number {
  return raisedWage(currentWageFils, rules.annualIncreaseMax);
}

export function isRefusal(x: AcceptedWage | Refusal): x is Refusal {
  return 'rule' in x;
}
