/**
 * Months of delay: started months (the SSC fee counts them: a new month starts on each day
 * dueDay + 1) and full months, checked by counting days one by one.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fullMonthsOfDelay, startedMonthsOfDelay } from '../../src/calendar/months-of-delay.js';
import { addDays, d2, nextDay } from '../rules/oracle.js';

/** 200 runs a property keeps the suite fast; LAW_RUNS=5000 searches deeper. */
const RUNS = { numRuns: Number(process.env.LAW_RUNS ?? 200) };

/** Days with day-of-month dueDay + 1 in (due, paid], counted one by one. */
function feeDaysBetween(due: number, paid: number, dueDay: number): number {
  let n = 0;
  for (let d = nextDay(due); d <= paid; d = nextDay(d)) if (d2(d) === dueDay + 1) n++;
  return n;
}

describe('startedMonthsOfDelay(due, paid, dueDay)', () => {
  it('one day late starts a month: due 2025-02-15, paid 02-16 -> 1; paid 05-15 -> 3; paid 05-16 -> 4', () => {
    expect(startedMonthsOfDelay(20250215, 20250216, 15)).toBe(1);
    expect(startedMonthsOfDelay(20250215, 20250515, 15)).toBe(3);
    expect(startedMonthsOfDelay(20250215, 20250516, 15)).toBe(4);
  });

  it('on or before the due date: 0; across a year end: due 2025-12-15, paid 2026-01-16 -> 2', () => {
    expect(startedMonthsOfDelay(20250215, 20250215, 15)).toBe(0);
    expect(startedMonthsOfDelay(20250215, 20250101, 15)).toBe(0);
    expect(startedMonthsOfDelay(20251215, 20260116, 15)).toBe(2);
    expect(startedMonthsOfDelay(20251215, 20260115, 15)).toBe(1);
  });

  test.prop([fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 1200 }), fc.constantFrom(15, 1, 10, 27)], RUNS)(
    'equals the number of days dueDay + 1 from the day after the due date to the payment, counted one by one',
    (dueOffset, late, dueDay) => {
      const month = addDays(20200101, dueOffset);
      const due = Math.floor(month / 100) * 100 + dueDay;
      const paid = addDays(due, late);
      expect(startedMonthsOfDelay(due, paid, dueDay)).toBe(feeDaysBetween(due, paid, dueDay));
    },
  );
});

describe('fullMonthsOfDelay(due, paid)', () => {
  it('2025-02-15 to 2025-05-14 is 2 full months, to 2025-05-15 is 3; never negative', () => {
    expect(fullMonthsOfDelay(20250215, 20250514)).toBe(2);
    expect(fullMonthsOfDelay(20250215, 20250515)).toBe(3);
    expect(fullMonthsOfDelay(20250215, 20250216)).toBe(0);
    expect(fullMonthsOfDelay(20250215, 20250115)).toBe(0);
  });

  test.prop([fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 1200 })], RUNS)('is the started months less one, except on the 15th of a month (or on time)', (dueOffset, late) => {
    const month = addDays(20200101, dueOffset);
    const due = Math.floor(month / 100) * 100 + 15;
    const paid = addDays(due, late);
    const full = fullMonthsOfDelay(due, paid);
    const started = startedMonthsOfDelay(due, paid, 15);
    expect(full).toBeLessThanOrEqual(started);
    expect(started - full).toBe(paid > due && d2(paid) !== 15 ? 1 : 0);
  });
});
