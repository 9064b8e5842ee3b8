import { dateInMonth, type MonthIndex, type Ymd } from '../calendar/civil-date.js';
import type { OptionalRules } from './optional-rules.js';

/**
 * The contribution of month m is due on day dueDay of month m + 1 (SSC: by the 15th of the
 * following month; the first month's too). A payment dated on or before it is on time.
 * @example formatIsoDate(dueDate(monthIndexOf(20250110), rules)) // => '2025-02-15'
 */
export function dueDate(month: MonthIndex, rules: Pick<OptionalRules, 'dueDay'>): Ymd {
  return dateInMonth(month + 1, rules.dueDay);
}

/** The day a new month of delay starts for everything overdue: day dueDay + 1 of a month. */
export function feeDay(rules: Pick<OptionalRules, 'dueDay'>): number {
  return rules.dueDay + 1;
}
