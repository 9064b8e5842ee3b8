import { describe, expect, it } from 'vitest';
import { multipleOf, niceDomain, niceStepOf, stepValue, ticks } from '../../src/report/ticks.js';

describe('niceStepOf(span, count): 1, 2 or 5 x 10^k nearest span / count', () => {
  it('niceStepOf(100, 5) = 20 (raw 20)', () => expect(niceStepOf(100, 5)).toEqual({ factor: 2, power: 1 }));
  it('niceStepOf(1, 10) = 0.1 (raw 0.1, a power of ten whose log10 is not exact)', () => expect(niceStepOf(1, 10)).toEqual({ factor: 1, power: -1 }));
  it('niceStepOf(1000, 1) = 1000 (log10(1000) = 2.9999999999999996 is corrected)', () => expect(niceStepOf(1000, 1)).toEqual({ factor: 1, power: 3 }));
  it('niceStepOf(49, 5) = 10 (raw 9.8 >= sqrt(50))', () => expect(niceStepOf(49, 5)).toEqual({ factor: 1, power: 1 }));
  it('niceStepOf(35, 10) = 5 (raw 3.5 >= sqrt(10))', () => expect(niceStepOf(35, 10)).toEqual({ factor: 5, power: 0 }));
  it('niceStepOf(30, 10) = 2 (raw 3 < sqrt(10))', () => expect(niceStepOf(30, 10)).toEqual({ factor: 2, power: 0 }));
  it('niceStepOf(14, 10) = 1 (raw 1.4 < sqrt(2))', () => expect(niceStepOf(14, 10)).toEqual({ factor: 1, power: 0 }));
  it('niceStepOf(0.35, 7) = 0.05', () => expect(stepValue(niceStepOf(0.35, 7))).toBe(0.05));
  it('refuses a span of 0 or a count below 1', () => {
    expect(() => niceStepOf(0, 5)).toThrow(RangeError);
    expect(() => niceStepOf(1, 0)).toThrow(RangeError);
  });
});

describe('ticks(min, max, count)', () => {
  it('ticks(0, 1, 5) = [0, 0.2, 0.4, 0.6, 0.8, 1] exactly (i / 5, not i x 0.2)', () => {
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
  it('ticks(0, 1, 10) has 0.3 and 0.7, not 0.30000000000000004 and 0.7000000000000001', () => {
    expect(ticks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
  it('ticks(2025, 2074, 5) = [2030, 2040, 2050, 2060, 2070] (step 10)', () => {
    expect(ticks(2025, 2074, 5)).toEqual([2030, 2040, 2050, 2060, 2070]);
  });
  it('ticks(2025, 2074, 12) = every 5 years from 2025', () => {
    expect(ticks(2025, 2074, 12)).toEqual([2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060, 2065, 2070]);
  });
  it('ticks(-0.3, 0.25, 5) crosses zero: [-0.3, -0.2, -0.1, 0, 0.1, 0.2]', () => {
    expect(ticks(-0.3, 0.25, 5)).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2]);
  });
  it('ticks(0, 183456789, 5) = every 50 million up to 150 million', () => {
    expect(ticks(0, 183_456_789, 5)).toEqual([0, 50_000_000, 100_000_000, 150_000_000]);
  });
  it('ticks(0.15, 0.2, 5) = [0.15, 0.16, 0.17, 0.18, 0.19, 0.2] exactly', () => {
    expect(ticks(0.15, 0.2, 5)).toEqual([0.15, 0.16, 0.17, 0.18, 0.19, 0.2]);
  });
  it('a reversed interval gives the ticks in reverse, a point gives the point', () => {
    expect(ticks(1, 0, 2)).toEqual([1, 0.5, 0]);
    expect(ticks(7, 7, 5)).toEqual([7]);
  });
  it('multipleOf({ factor: 1, power: -1 }, 3) = 0.3', () => expect(multipleOf({ factor: 1, power: -1 }, 3)).toBe(0.3));
});

describe('niceDomain(min, max, count): widened to multiples of a nice step', () => {
  it('niceDomain(3, 97, 5) = [0, 100], step 20', () => {
    expect(niceDomain(3, 97, 5)).toEqual({ domain: [0, 100], step: { factor: 2, power: 1 } });
  });
  it('niceDomain(0, 183456789, 5) = [0, 200000000], step 50 million', () => {
    expect(niceDomain(0, 183_456_789, 5)).toEqual({ domain: [0, 200_000_000], step: { factor: 5, power: 7 } });
  });
  it('niceDomain(-2230443621.598, 3712599603.704, 6) = [-3e9, 4e9], step 1e9', () => {
    expect(niceDomain(-2_230_443_621.598, 3_712_599_603.704, 6)).toEqual({ domain: [-3e9, 4e9], step: { factor: 1, power: 9 } });
  });
  it('niceDomain(0, 0.4922, 6) = [0, 0.5], step 0.1', () => {
    expect(niceDomain(0, 0.4922, 6)).toEqual({ domain: [0, 0.5], step: { factor: 1, power: -1 } });
  });
  it('a zero-width domain is widened: [0, 0] to [0, 1]; [5, 5] by 10% to [4.5, 5.5], then to steps of 0.2: [4.4, 5.6]', () => {
    expect(niceDomain(0, 0, 5).domain).toEqual([0, 1]);
    expect(niceDomain(5, 5, 5).domain).toEqual([4.4, 5.6]);
  });
});
