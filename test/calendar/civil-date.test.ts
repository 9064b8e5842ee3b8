/**
 * Calendar dates as yyyymmdd integers and months as 12 x year + month - 1, checked against the
 * JavaScript calendar (Date.UTC) and against counting birthdays one by one.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { completedYears, dateInMonth, dayOf, daysInMonth, formatIsoDate, formatMonth, isLeapYear, monthIndexOf, monthOf, parseIsoDate, yearOf, ymd } from '../../src/calendar/civil-date.js';

/** 200 runs a property keeps the suite fast; LAW_RUNS=5000 searches deeper. */
const RUNS = { numRuns: Number(process.env.LAW_RUNS ?? 200) };
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The JavaScript calendar's answer: is y-m-d a day? */
function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

describe('parseIsoDate and formatIsoDate', () => {
  test.prop([fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })], RUNS)('accept exactly the real calendar days (Date.UTC), and print them back', (y, m, d) => {
    const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    if (isRealDay(y, m, d)) {
      const date = parseIsoDate(text);
      expect(date).toBe(y * 10000 + m * 100 + d);
      expect([yearOf(date), monthOf(date), dayOf(date)]).toEqual([y, m, d]);
      expect(formatIsoDate(date)).toBe(text);
    } else expect(() => parseIsoDate(text)).toThrow(RangeError);
  });

  it('2025-02-29 is no day, 2024-02-29 is; 1900 was not a leap year, 2000 was', () => {
    expect(() => parseIsoDate('2025-02-29')).toThrow(RangeError);
    expect(parseIsoDate('2024-02-29')).toBe(20240229);
    expect(() => parseIsoDate('1900-02-29')).toThrow(RangeError);
    expect(parseIsoDate('2000-02-29')).toBe(20000229);
    expect([isLeapYear(1900), isLeapYear(2000), isLeapYear(2024), isLeapYear(2025)]).toEqual([false, true, true, false]);
  });

  it('refuses other forms: 2025-1-01, 25-01-01, 2025-01-01T00:00, 0000-01-01, 2025-04-31', () => {
    for (const bad of ['2025-1-01', '25-01-01', '2025-01-01T00:00', ' 2025-01-01', '0000-01-01', '2025-04-31', '2025-13-01', '2025-00-10']) expect(() => parseIsoDate(bad), bad).toThrow(RangeError);
    expect(() => ymd(2025, 2, 30)).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 })], RUNS)('daysInMonth is the last real day of the month', (y, m) => {
    const n = daysInMonth(y, m);
    expect(isRealDay(y, m, n) && !isRealDay(y, m, n + 1)).toBe(true);
  });
});

describe('months as integers', () => {
  it('2025-02-15 is month 2025 x 12 + 1 = 24301, printed 2025-02', () => {
    expect(monthIndexOf(20250215)).toBe(24_301);
    expect(formatMonth(24_301)).toBe('2025-02');
    expect(formatMonth(monthIndexOf(20251231) + 1)).toBe('2026-01');
  });

  it('dateInMonth clamps to the last day: day 31 of February 2025 is 2025-02-28, of February 2024 2024-02-29', () => {
    expect(dateInMonth(24_301, 31)).toBe(20250228);
    expect(dateInMonth(2024 * 12 + 1, 31)).toBe(20240229);
    expect(dateInMonth(2025 * 12 + 11, 15)).toBe(20251215);
  });
});

describe('completedYears: a year of age completes on the birthday', () => {
  it('born 2009-03-10: 15 on 2025-03-09, 16 on 2025-03-10 (rules note section 8)', () => {
    expect(completedYears(20090310, 20250309)).toBe(15);
    expect(completedYears(20090310, 20250310)).toBe(16);
  });

  it('born 29 February: the year completes on 1 March in other years, on 29 February in leap years', () => {
    expect(completedYears(20080229, 20250228)).toBe(16);
    expect(completedYears(20080229, 20250301)).toBe(17);
    expect(completedYears(20080229, 20280229)).toBe(20);
  });

  /** Count the birthdays on or before `on`, one by one (29 February falls on 1 March in other years). */
  function countBirthdays(birth: number, on: number): number {
    const [m, d] = [monthOf(birth), dayOf(birth)];
    let n = 0;
    for (let y = yearOf(birth) + 1; ; y++) {
      const day = isRealDay(y, m, d) ? y * 10000 + m * 100 + d : y * 10000 + 301;
      if (day > on) return n;
      n++;
    }
  }

  const dayArb = fc.integer({ min: 0, max: 40_000 }).map((n) => {
    const t = new Date(Date.UTC(1930, 0, 1) + n * 86_400_000);
    return t.getUTCFullYear() * 10000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
  });

  test.prop([dayArb, dayArb], RUNS)('equals the number of birthdays from birth to the date', (a, b) => {
    const [birth, on] = a <= b ? [a, b] : [b, a];
    expect(completedYears(birth, on)).toBe(countBirthdays(birth, on));
  });
});
