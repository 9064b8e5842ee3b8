/**
 * The one-line rules the statement is built from: contribution, due date, late fee, eligibility,
 * each against the decimal.js oracle or a hand calculation.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { monthlyContribution } from '../../src/rules/contribution.js';
import { dueDate } from '../../src/rules/due-date.js';
import { checkEligibility } from '../../src/rules/eligibility.js';
import { lateFee, lateFeesForDelay } from '../../src/rules/late-fee.js';
import { RULES } from './arbitraries.js';
import { contributionOf, Dx, feeOf, halfUp } from './oracle.js';

/** 200 runs a property keeps the suite fast; LAW_RUNS=5000 searches deeper. */
const RUNS = { numRuns: Number(process.env.LAW_RUNS ?? 200) };

describe('monthlyContribution: round_half_up(wage x 17.5%) in fils', () => {
  it('400.000 -> 70.000; 290.003 -> 50.750525 -> 50.751; 290.000 -> 50.750; 488.031 -> 85.405425 -> 85.405', () => {
    expect(monthlyContribution(400_000, RULES)).toBe(70_000);
    expect(monthlyContribution(290_003, RULES)).toBe(50_751);
    expect(monthlyContribution(290_000, RULES)).toBe(50_750);
    expect(monthlyContribution(488_031, RULES)).toBe(85_405);
  });

  test.prop([fc.integer({ min: 0, max: 10 ** 10 })], RUNS)('equals floor((wage x 175 + 500) / 1000) and the decimal.js half-up rounding', (w) => {
    const c = monthlyContribution(w, RULES);
    expect(c).toBe(contributionOf(w, RULES).toNumber());
    expect(c).toBe(Math.floor((w * 175 + 500) / 1000));
  });
});

describe('dueDate: the 15th of the following month', () => {
  it('January 2025 -> 2025-02-15; December 2025 -> 2026-01-15', () => {
    expect(dueDate(2025 * 12, RULES)).toBe(20250215);
    expect(dueDate(2025 * 12 + 11, RULES)).toBe(20260115);
    expect(dueDate(2025 * 12, { dueDay: 27 })).toBe(20250227);
  });
});

describe('lateFee and lateFeesForDelay: 1% of the unpaid principal a started month, never on fees', () => {
  it('1% of 70.000 = 0.700; of 50.750 = 0.5075 -> 0.508; of 47.650 = 0.4765 -> 0.477; 3 months of 70.000 = 2.100', () => {
    expect(lateFee(70_000, RULES)).toBe(700);
    expect(lateFee(50_750, RULES)).toBe(508);
    expect(lateFee(47_650, RULES)).toBe(477);
    expect(lateFeesForDelay(70_000, 3, RULES)).toBe(2_100);
    expect(lateFeesForDelay(70_000, 0, RULES)).toBe(0);
  });

  it('with a cap of 5%: 70.000 late 10 months pays min(10 x 0.700, 3.500) = 3.500', () => {
    expect(lateFeesForDelay(70_000, 10, { ...RULES, lateFeeCapRate: { units: 5, scale: 100 } })).toBe(3_500);
    expect(lateFeesForDelay(70_000, 4, { ...RULES, lateFeeCapRate: { units: 5, scale: 100 } })).toBe(2_800);
  });

  test.prop([fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 600 })], RUNS)('lateFeesForDelay(C, k) = k x round_half_up(C / 100) (decimal.js), never decreasing in k', (c, k) => {
    const expected = feeOf(new Dx(c), RULES).times(k);
    expect(lateFeesForDelay(c, k, RULES)).toBe(expected.toNumber());
    expect(lateFeesForDelay(c, k + 1, RULES)).toBeGreaterThanOrEqual(lateFeesForDelay(c, k, RULES));
    expect(lateFee(c, RULES)).toBe(halfUp(new Dx(c).div(100)).toNumber());
  });
});

describe('checkEligibility (section 1)', () => {
  const jo = { sex: 'M' as const, birthDate: 19900615, nationality: 'JO', unsettledRights: false };
  it('a Jordanian of 16 or more, below 60 (M) / 55 (F) the first time: eligible', () => {
    expect(checkEligibility(jo, 20250110, RULES)).toBeNull();
    expect(checkEligibility({ ...jo, birthDate: 20090110 }, 20250110, RULES)).toBeNull();
  });

  it('refuses by rule id: nationality, minAge (15), firstTimeMaxAge (60 M, 55 F) unless rights are unsettled', () => {
    expect(checkEligibility({ ...jo, nationality: 'EG' }, 20250110, RULES)?.rule).toBe('nationality');
    expect(checkEligibility({ ...jo, birthDate: 20090111 }, 20250110, RULES)?.rule).toBe('minAge');
    expect(checkEligibility({ ...jo, birthDate: 19650110 }, 20250110, RULES)?.rule).toBe('firstTimeMaxAge');
    expect(checkEligibility({ ...jo, birthDate: 19650111 }, 20250110, RULES)).toBeNull();
    expect(checkEligibility({ ...jo, sex: 'F', birthDate: 19700110 }, 20250110, RULES)?.rule).toBe('firstTimeMaxAge');
    expect(checkEligibility({ ...jo, sex: 'F', birthDate: 19700110, unsettledRights: true }, 20250110, RULES)).toBeNull();
  });
});
