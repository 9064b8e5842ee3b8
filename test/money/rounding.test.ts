/**
 * The one rounding of the SSC arithmetic (half up, to whole fils), floor and ceiling, exact rates
 * and rate x amount: each against decimal.js, with ties and near-ties written out.
 */
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decimalOps, filsOps } from '../../src/money/money-ops.js';
import { ceilDiv, floorDiv, roundHalfUp } from '../../src/money/round-half-up.js';
import { applyRate, formatRate, parseRate, rateToNumber } from '../../src/money/scaled-rate.js';

/** 200 runs a property keeps the suite fast; LAW_RUNS=5000 searches deeper. */
const RUNS = { numRuns: Number(process.env.LAW_RUNS ?? 200) };
const D = Decimal.clone({ precision: 60 });
const q = (n: number | bigint, d: number) => new D(n.toString()).div(d);

describe('roundHalfUp(n, d): the exact quotient rounded half up', () => {
  it('70.125 -> 70, 70.5 -> 71 (the tie goes up), 70.499 -> 70, 1/2 -> 1, 3/2 -> 2, 0 -> 0', () => {
    expect(roundHalfUp(70_125, 1000)).toBe(70);
    expect(roundHalfUp(70_500, 1000)).toBe(71);
    expect(roundHalfUp(70_499, 1000)).toBe(70);
    expect(roundHalfUp(1, 2)).toBe(1);
    expect(roundHalfUp(3, 2)).toBe(2);
    expect(roundHalfUp(0, 7)).toBe(0);
  });

  it('refuses a negative or fractional numerator, a zero denominator, and 2n + d >= 2^53', () => {
    expect(() => roundHalfUp(-1, 2)).toThrow(RangeError);
    expect(() => roundHalfUp(1.5, 2)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 0)).toThrow(RangeError);
    expect(() => roundHalfUp(2 ** 52, 1)).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 51 }), fc.integer({ min: 1, max: 2 ** 20 })], RUNS)('equals decimal.js ROUND_HALF_UP of n / d', (n, d) => {
    expect(roundHalfUp(n, d)).toBe(q(n, d).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 10 })], RUNS)('ties and near-ties: (k + 1/2) d rounds to k + 1, one below it to k', (k, half) => {
    const d = 2 * half;
    expect(roundHalfUp(k * d + half, d)).toBe(k + 1);
    expect(roundHalfUp(k * d + half - 1, d)).toBe(k);
  });
});

describe('floorDiv and ceilDiv: the rules\' "rounded down" and "rounded up" to fils', () => {
  test.prop([fc.integer({ min: 0, max: 2 ** 50 }), fc.integer({ min: 1, max: 2 ** 20 })], RUNS)('equal decimal.js floor and ceil of n / d', (n, d) => {
    expect(floorDiv(n, d)).toBe(q(n, d).floor().toNumber());
    expect(ceilDiv(n, d)).toBe(q(n, d).ceil().toNumber());
  });

  it('floor(366.666 x 110 / 100) = 403.332; ceil(420.001 x 80 / 100) = 336.001 (336.0008)', () => {
    expect(floorDiv(366_666 * 110, 100)).toBe(403_332);
    expect(ceilDiv(420_001 * 80, 100)).toBe(336_001);
  });
});

describe('exact rates: parseRate, formatRate, applyRate', () => {
  it('reads 0.175 as 175/1000, 0.10 as 10/100, 3 as 3/1; refuses a sign, an exponent, 13 decimals', () => {
    expect(parseRate('0.175')).toEqual({ units: 175, scale: 1000 });
    expect(parseRate('0.10')).toEqual({ units: 10, scale: 100 });
    expect(parseRate('3')).toEqual({ units: 3, scale: 1 });
    expect(parseRate('0.000000000001')).toEqual({ units: 1, scale: 1e12 });
    for (const bad of ['-0.1', '1e-3', '0.0000000000001', '', '.5', '1.']) expect(() => parseRate(bad), bad).toThrow(RangeError);
    expect(rateToNumber({ units: 175, scale: 1000 })).toBe(0.175);
  });

  test.prop([fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 12 })], RUNS)('formatRate(parseRate(t)) = t, and the rate is t exactly (decimal.js)', (units, decimals) => {
    const text = decimals === 0 ? String(units) : q(units, 10 ** decimals).toFixed(decimals);
    const r = parseRate(text);
    expect(formatRate(r)).toBe(text);
    expect(q(r.units, r.scale).equals(new D(text))).toBe(true);
  });

  it('applyRate: 400.000 x 17.5% = 70.000; 290.003 x 17.5% = 50.750525 -> 50.751; 1% of 70.050 = 0.7005 -> 0.701; 1% of 50.750 = 0.5075 -> 0.508', () => {
    expect(applyRate(400_000, parseRate('0.175'))).toBe(70_000);
    expect(applyRate(290_003, parseRate('0.175'))).toBe(50_751);
    expect(applyRate(70_050, parseRate('0.01'))).toBe(701);
    expect(applyRate(50_750, parseRate('0.01'))).toBe(508);
    expect(applyRate(51_700, parseRate('0.01'))).toBe(517);
    expect(applyRate(20_388, parseRate('0.01'))).toBe(204);
  });

  test.prop([fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 4 }), fc.integer({ min: 0, max: 4 })], RUNS)('applyRate(a, rate) = round_half_up(a x rate) (decimal.js)', (a, units, decimals) => {
    const rate = { units, scale: 10 ** decimals };
    expect(applyRate(a, rate)).toBe(new D(a).times(units).div(rate.scale).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
  });
});

describe('decimalOps, the decimal.js money of the oracle path, agrees with filsOps', () => {
  // Up to 10^11 fils, so that amount x units (10^4) stays an exact integer below 2^53 / 2.
  const fils = fc.integer({ min: 0, max: 10 ** 11 });
  test.prop([fils, fils, fc.integer({ min: 0, max: 10 ** 4 }), fc.integer({ min: 0, max: 4 })], RUNS)('add, sub, min, comparisons, applyRate and format give the same fils', (a, b, units, decimals) => {
    const rate = { units, scale: 10 ** decimals };
    const [x, y] = [decimalOps.fromFils(a), decimalOps.fromFils(b)];
    expect(decimalOps.toFils(decimalOps.add(x, y))).toBe(filsOps.add(a, b));
    expect(decimalOps.toFils(decimalOps.min(x, y))).toBe(filsOps.min(a, b));
    if (a >= b) expect(decimalOps.toFils(decimalOps.sub(x, y))).toBe(filsOps.sub(a, b));
    expect(decimalOps.lessThan(x, y)).toBe(filsOps.lessThan(a, b));
    expect(decimalOps.equals(x, y)).toBe(filsOps.equals(a, b));
    expect(decimalOps.isPositive(x)).toBe(filsOps.isPositive(a));
    expect(decimalOps.toFils(decimalOps.applyRate(x, rate))).toBe(filsOps.applyRate(a, rate));
    expect(decimalOps.format(x)).toBe(filsOps.format(a));
  });

  it('toFils refuses an amount that is not a whole number of fils', () => {
    expect(() => decimalOps.toFils(new Decimal(1).div(3))).toThrow(RangeError);
    expect(decimalOps.toFils(new Decimal('70.005'))).toBe(70_005);
  });
});
