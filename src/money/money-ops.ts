import { Decimal } from 'decimal.js';
import { formatJod, FILS_PER_JOD } from './fils.js';
import { applyRate, type ScaledRate } from './scaled-rate.js';

/**
 * The arithmetic the member ledger needs, so the same ledger runs on integer fils (the engine's
 * path) and on decimal.js (the exact oracle and the benchmark's comparison).
 */
export interface MoneyOps<M> {
  readonly name: string;
  readonly zero: M;
  fromFils(fils: number): M;
  /** Exact fils; throws if the amount is not a whole number of fils. */
  toFils(m: M): number;
  add(a: M, b: M): M;
  sub(a: M, b: M): M;
  min(a: M, b: M): M;
  isPositive(a: M): boolean;
  lessThan(a: M, b: M): boolean;
  equals(a: M, b: M): boolean;
  /** a x rate, rounded half up to whole fils. */
  applyRate(a: M, rate: ScaledRate): M;
  /** JOD with exactly 3 decimals. */
  format(a: M): string;
}

/** An exact sum or difference of fils, or a RangeError: never a total that lost a fil. */
function checked(x: number, what: string): number {
  if (!Number.isSafeInteger(x)) throw new MoneyRangeError(`${what} is beyond the exact range of fils (2^53 - 1 = 9007199254740991)`);
  return x;
}

/** A sum of money left the exact integers (|x| > 2^53 - 1 fils): the statement refuses its input. */
export class MoneyRangeError extends RangeError {
  override readonly name = 'MoneyRangeError';
}

/** Integer fils in plain numbers: the hot path; every sum and difference checked exact. */
export const filsOps: MoneyOps<number> = {
  name: 'fils',
  zero: 0,
  fromFils: (f) => checked(f, `${f} fils`),
  toFils: (m) => m,
  add: (a, b) => checked(a + b, 'a sum'),
  sub: (a, b) => checked(a - b, 'a difference'),
  min: (a, b) => (a < b ? a : b),
  isPositive: (a) => a > 0,
  lessThan: (a, b) => a < b,
  equals: (a, b) => a === b,
  applyRate,
  format: formatJod,
};

/** decimal.js with 40 significant digits, amounts in JOD, rounding half up to 3 decimals. */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const D_ZERO = new D(0);

export const decimalOps: MoneyOps<Decimal> = {
  name: 'decimal.js',
  zero: D_ZERO,
  fromFils: (f) => new D(f).div(FILS_PER_JOD),
  toFils: (m) => {
    const f = m.times(FILS_PER_JOD);
    if (!f.isInteger()) throw new RangeError(`${m.toString()} JOD is not a whole number of fils`);
    return f.toNumber();
  },
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  min: (a, b) => (a.lessThan(b) ? a : b),
  isPositive: (a) => a.greaterThan(0),
  lessThan: (a, b) => a.lessThan(b),
  equals: (a, b) => a.equals(b),
  applyRate: (a, rate) => a.times(rate.units).div(rate.scale).toDecimalPlaces(3, Decimal.ROUND_HALF_UP),
  format: (a) => a.toFixed(3),
};
