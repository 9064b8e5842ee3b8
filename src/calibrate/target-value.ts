import { INDICATOR_COLUMNS, type IndicatorName, type IndicatorRow } from '../core/indicators.js';
import type { ResolvedScenario } from '../core/resolved-scenario.js';

/**
 * Indicators that are stocks (counted at a moment: the end of a year, or a date); every other
 * persons or money indicator is a flow of the calendar year (docs/outputs.md: "flows for the
 * calendar year, stocks at its end").
 */
export const STOCK_INDICATORS: ReadonlySet<IndicatorName> = new Set(['insured', 'arrears_stock', 'pensioners', 'pensioners_old_age', 'pensioners_survivors', 'reserve', 'former_members']);

/** Indicators a target may name: every column of indicators.csv but the year. */
export const TARGET_INDICATORS: readonly IndicatorName[] = INDICATOR_COLUMNS.filter((c) => c.name !== 'year').map((c) => c.name as IndicatorName);

const KIND = new Map(INDICATOR_COLUMNS.map((c) => [c.name, c.kind]));

/** True when the indicator is a ratio (collection rate, PAYG cost rate, ...): a target of it names a year, and it is never summed. */
export const isRatio = (name: IndicatorName): boolean => KIND.get(name) === 'ratio';

/**
 * When a published figure applies: a calendar year (a flow over the year, a stock at its end),
 * a date (a stock at the end of that day), or whole months (a flow over them).
 */
export type TargetTiming =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: 'months'; readonly from: { year: number; month: number }; readonly to: { year: number; month: number } };

/** A published figure as the engine computes it: the sum of one or more indicators (`entrants + re_entrants`) at a timing. */
export interface TargetMeasure {
  readonly indicators: readonly IndicatorName[];
  readonly timing: TargetTiming;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number): number => (isLeap(y) ? 366 : 365);
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Share of the calendar year gone at the end of the given day: 1 on 31 December. */
export function yearFraction(year: number, month: number, day: number): number {
  const dayOfYear = DAYS_BEFORE[month - 1]! + day + (month > 2 && isLeap(year) ? 1 : 0);
  return dayOfYear / daysIn(year);
}

/** The timing as printed in fit.csv: `2024`, `2019-04-30`, `2025-01..2025-06`. */
export function timingLabel(t: TargetTiming): string {
  const two = (n: number) => String(n).padStart(2, '0');
  if (t.kind === 'year') return String(t.year);
  if (t.kind === 'date') return `${t.year}-${two(t.month)}-${two(t.day)}`;
  return `${t.from.year}-${two(t.from.month)}..${t.to.year}-${two(t.to.month)}`;
}

/** Stocks at the start of the projection (1 January of the start year), from the scenario's start stock. */
export function startStocks(s: ResolvedScenario): Partial<Record<IndicatorName, number>> {
  const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  const pensioners = sum(s.startStock.pensionerPersons);
  return {
    // Active members: below pension age, and completing their months at or above it.
    insured: sum(s.startStock.insuredPersons) + sum(s.startStock.completionPersons),
    pensioners,
    pensioners_old_age: pensioners,
    pensioners_survivors: 0,
    former_members: sum(s.startStock.inactivePersons),
    reserve: s.fund.initialReserve,
  };
}

/**
 * The engine's value of a target from a run's indicator rows: a year's row; for a stock at a
 * date, linear between the stock at the end of the previous year (the start stock in the first
 * year) and at the end of the date's year, by the share of the year gone; for a flow over months,
 * each month 1/12 of its year's flow. Indicators named together are summed.
 * @example targetValue({ indicators: ['insured'], timing: { kind: 'date', year: 2025, month: 6, day: 30 } }, rows, start)
 */
export function targetValue(m: TargetMeasure, rows: readonly IndicatorRow[], start: Partial<Record<IndicatorName, number>>): number {
  const first = rows[0]!.year;
  const row = (year: number): IndicatorRow => {
    const r = rows[year - first];
    if (r === undefined) throw new RangeError(`no indicators for ${year}`);
    return r;
  };
  let total = 0;
  for (const name of m.indicators) {
    const t = m.timing;
    if (t.kind === 'year') total += row(t.year)[name];
    else if (t.kind === 'date') {
      const end = row(t.year)[name];
      const before = t.year === first ? start[name] : row(t.year - 1)[name];
      if (before === undefined) throw new RangeError(`no start value of ${name}`);
      total += before + yearFraction(t.year, t.month, t.day) * (end - before);
    } else {
      for (let y = t.from.year; y <= t.to.year; y++) {
        const months = (y === t.to.year ? t.to.month : 12) - (y === t.from.year ? t.from.month : 1) + 1;
        total += (row(y)[name] * months) / 12;
      }
    }
  }
  return total;
}
