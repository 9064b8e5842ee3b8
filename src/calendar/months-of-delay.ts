import { dayOf, monthIndexOf, type Ymd } from './civil-date.js';

/**
 * Started months of delay of a payment made on `paid` for a contribution due on `due`, where a
 * new month of delay starts on day dueDay + 1 of each month (SSC: 1% "a month", read as per
 * started month). Zero when paid on or before the due date.
 *
 * k = (12 y(paid) + m(paid)) - (12 y(due) + m(due)) + (day(paid) > dueDay ? 1 : 0)
 *
 * @example startedMonthsOfDelay(20250215, 20250216, 15) // => 1 (one day late starts a month)
 * @example startedMonthsOfDelay(20250215, 20250515, 15) // => 3
 */
export function startedMonthsOfDelay(due: Ymd, paid: Ymd, dueDay: number): number {
  if (paid <= due) return 0;
  return monthIndexOf(paid) - monthIndexOf(due) + (dayOf(paid) > dueDay ? 1 : 0);
}

/**
 * Full months of delay: whole months elapsed from `due` to `paid` (2025-02-15 to 2025-05-14 is 2).
 * Kept apart from startedMonthsOfDelay on purpose: the SSC fee counts started months.
 */
export function fullMonthsOfDelay(due: Ymd, paid: Ymd): number {
  if (paid <= due) return 0;
  const months = monthIndexOf(paid) - monthIndexOf(due);
  return dayOf(paid) >= dayOf(due) ? months : months - 1;
}
