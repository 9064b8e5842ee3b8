/**
 * Calendar dates as integers: a date is yyyymmdd (2025-02-15 -> 20250215), which sorts like the
 * date, costs no allocation in the statement loop and prints back exactly. A month is its index
 * 12 x year + (month - 1), so month arithmetic is integer arithmetic.
 */
export type Ymd = number;
export type MonthIndex = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** The Ymd of a calendar date; throws RangeError if there is no such day. */
export function ymd(y: number, m: number, d: number): Ymd {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || !Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(d) || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`${y}-${m}-${d} is not a calendar date`);
  }
  return y * 10000 + m * 100 + d;
}

/**
 * Parse `YYYY-MM-DD` (a real calendar day) into a Ymd.
 * @example parseIsoDate('2025-02-15') // => 20250215
 * @throws {RangeError} on any other text or an impossible day (2025-02-29)
 */
export function parseIsoDate(text: string): Ymd {
  const m = ISO_DATE.exec(text);
  if (m === null) throw new RangeError(`"${text}" is not a date in the form YYYY-MM-DD`);
  return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export const yearOf = (date: Ymd): number => Math.floor(date / 10000);
export const monthOf = (date: Ymd): number => Math.floor(date / 100) % 100;
export const dayOf = (date: Ymd): number => date % 100;

/** `YYYY-MM-DD`. */
export function formatIsoDate(date: Ymd): string {
  return `${String(yearOf(date)).padStart(4, '0')}-${String(monthOf(date)).padStart(2, '0')}-${String(dayOf(date)).padStart(2, '0')}`;
}

/** The month a date falls in. @example monthIndexOf(20250215) // => 24301 (2025 x 12 + 1) */
export function monthIndexOf(date: Ymd): MonthIndex {
  return yearOf(date) * 12 + monthOf(date) - 1;
}

/** The date of day `day` of month `mi` (clamped to the month's last day). */
export function dateInMonth(mi: MonthIndex, day: number): Ymd {
  const y = Math.floor(mi / 12);
  const m = (mi % 12) + 1;
  return y * 10000 + m * 100 + Math.min(day, daysInMonth(y, m));
}

/** `YYYY-MM` of a month index. */
export function formatMonth(mi: MonthIndex): string {
  return `${String(Math.floor(mi / 12)).padStart(4, '0')}-${String((mi % 12) + 1).padStart(2, '0')}`;
}

/**
 * Age in complete years on a date: a year is complete on the birthday
 * (born 2009-03-10 is 16 on 2025-03-10; born 29 February, the year completes on 1 March).
 */
export function completedYears(birth: Ymd, on: Ymd): number {
  const years = yearOf(on) - yearOf(birth);
  return on % 10000 >= birth % 10000 ? years : years - 1;
}
