/**
 * Money as integer fils (1 JOD = 1000 fils): parsed and printed exactly, checked against
 * decimal.js.
 */
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { FILS_PER_JOD, formatJod, parseJod } from '../../src/money/fils.js';

/** 200 runs a property keeps the suite fast; LAW_RUNS=5000 searches deeper. */
const RUNS = { numRuns: Number(process.env.LAW_RUNS ?? 200) };

describe('parseJod', () => {
  it('reads JOD with at most 3 decimals into fils: 420.125 -> 420125, 400 -> 400000, 400.5 -> 400500, 0.001 -> 1', () => {
    expect(FILS_PER_JOD).toBe(1000);
    expect(parseJod('420.125')).toBe(420_125);
    expect(parseJod('400')).toBe(400_000);
    expect(parseJod('400.5')).toBe(400_500);
    expect(parseJod('400.50')).toBe(400_500);
    expect(parseJod('0.001')).toBe(1);
    expect(parseJod('0')).toBe(0);
  });

  it('refuses 4 decimals (naming them), a sign, an exponent, a comma, a bare point, nothing', () => {
    expect(() => parseJod('0.0001')).toThrow(/4 decimals/);
    expect(() => parseJod('214.2005')).toThrow(RangeError);
    for (const bad of ['-1', '+1', '1e3', '12,5', '400.', '.5', '', 'abc', '0x10', 'Infinity']) expect(() => parseJod(bad), bad).toThrow(RangeError);
  });

  it('refuses an amount too large for exact fils (above 2^53 - 1 fils)', () => {
    expect(parseJod('9007199254740.991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => parseJod('9007199254740.992')).toThrow(RangeError);
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 3 })], RUNS)('reads any JOD text with 0 to 3 decimals exactly: parseJod(t) = t x 1000 (decimal.js)', (units, decimals) => {
    const text = decimals === 0 ? String(units) : new Decimal(units.toString()).div(10 ** decimals).toFixed(decimals);
    expect(parseJod(text)).toBe(new Decimal(text).times(1000).toNumber());
  });
});

describe('formatJod', () => {
  it('prints exactly 3 decimals: 70000 -> 70.000, 5 -> 0.005, -5 -> -0.005, 0 -> 0.000', () => {
    expect(formatJod(70_000)).toBe('70.000');
    expect(formatJod(5)).toBe('0.005');
    expect(formatJod(-5)).toBe('-0.005');
    expect(formatJod(0)).toBe('0.000');
    expect(formatJod(1_234_567)).toBe('1234.567');
  });

  it('refuses what is not a whole number of fils', () => {
    expect(() => formatJod(0.5)).toThrow(RangeError);
    expect(() => formatJod(Number.NaN)).toThrow(RangeError);
    expect(() => formatJod(2 ** 53)).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })], RUNS)('formatJod(f) is f / 1000 with 3 decimals (decimal.js), and parseJod reads it back', (f) => {
    const text = formatJod(f);
    expect(text).toBe(new Decimal(f).div(1000).toFixed(3));
    if (f >= 0) expect(parseJod(text)).toBe(f);
  });
});
