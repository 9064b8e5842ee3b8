/**
 * The exact oracle of the member tests: the SSC optional-enrollment rules of the design note
 * (ssc-optional-rules.md, sections 2-5 and 8) replayed day by day in decimal.js, written apart from
 * src/rules and sharing none of its code. Only the data types (MemberRecord, OptionalRules) and
 * the date and month encodings (a date is the integer yyyymmdd, a month is 12 x year + month - 1)
 * are shared, because they are the interface under test.
 *
 * Money is an integer number of fils held in a Decimal; every rounding is written here with
 * Decimal.ROUND_HALF_UP (contributions, fees) or floor/ceil (wage bounds), as the note states it.
 */
import { Decimal } from 'decimal.js';
import type { MemberEvent, MemberRecord } from '../../src/rules/member.js';
import type { OptionalRules, Sex } from '../../src/rules/optional-rules.js';
import type { ScaledRate } from '../../src/money/scaled-rate.js';

export const Dx = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
export type Dx = Decimal;

// ---------------------------------------------------------------------------------------------
// Dates, written independently: yyyymmdd integers.

export const y4 = (d: number): number => Math.floor(d / 10000);
export const m2 = (d: number): number => Math.floor(d / 100) % 100;
export const d2 = (d: number): number => d % 100;

export function monthLength(y: number, m: number): number {
  if (m === 2) return y % 400 === 0 || (y % 4 === 0 && y % 100 !== 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The day after `d`. */
export function nextDay(d: number): number {
  const y = y4(d);
  const m = m2(d);
  const day = d2(d);
  if (day < monthLength(y, m)) return d + 1;
  if (m < 12) return y * 10000 + (m + 1) * 100 + 1;
  return (y + 1) * 10000 + 101;
}

/** The day before `d`. */
export function previousDay(d: number): number {
  const y = y4(d);
  const m = m2(d);
  if (d2(d) > 1) return d - 1;
  if (m > 1) return y * 10000 + (m - 1) * 100 + monthLength(y, m - 1);
  return (y - 1) * 10000 + 1231;
}

/** `d` plus `n` >= 0 days. */
export function addDays(d: number, n: number): number {
  let x = d;
  for (let i = 0; i < n; i++) x = nextDay(x);
  return x;
}

export const monthOfDate = (d: number): number => y4(d) * 12 + m2(d) - 1;
/** Day `day` of month index `mi` as yyyymmdd (the day must exist). */
export const dayOfMonthIndex = (mi: number, day: number): number => Math.floor(mi / 12) * 10000 + ((mi % 12) + 1) * 100 + day;
export const iso = (d: number): string => `${String(y4(d)).padStart(4, '0')}-${String(m2(d)).padStart(2, '0')}-${String(d2(d)).padStart(2, '0')}`;
export const isoMonth = (mi: number): string => `${Math.floor(mi / 12)}-${String((mi % 12) + 1).padStart(2, '0')}`;
export const ymdOf = (text: string): number => Number(text.replaceAll('-', ''));

/** Complete years of age on `on` (the year completes on the birthday). */
export function ageOn(birth: number, on: number): number {
  return y4(on) - y4(birth) - (on % 10000 < birth % 10000 ? 1 : 0);
}

/** Started months of delay (note section 4): k = (12 y(d) + m(d)) - (12 y(D) + m(D)) + (day(d) > dueDay). */
export function startedMonths(due: number, paid: number, dueDay: number): number {
  if (paid <= due) return 0;
  return 12 * y4(paid) + m2(paid) - (12 * y4(due) + m2(due)) + (d2(paid) > dueDay ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Money.

export const rateOf = (r: ScaledRate): Dx => new Dx(r.units).div(r.scale);
export const halfUp = (x: Dx): Dx => x.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);

/** round_half_up(wage x 17.5%) in fils. */
export const contributionOf = (wage: number | Dx, rules: OptionalRules): Dx => halfUp(new Dx(wage).times(rateOf(rules.contributionRate)));
/** round_half_up(1% x unpaid principal) in fils. */
export const feeOf = (unpaid: Dx, rules: OptionalRules): Dx => halfUp(unpaid.times(rateOf(rules.lateFeeMonthlyRate)));

// ---------------------------------------------------------------------------------------------
// Wage bounds (note section 2).

/** cap(age) = max(minWage, floor(3 x averageWage x factor(age))), factor piecewise linear. */
export function entryCapOracle(age: number, rules: OptionalRules): number {
  const t = rules.entryWageCapFactorByAge;
  const f = (k: number) => rateOf(t[k]!.factor);
  const base = rateOf(rules.entryCapMultiple).times(rules.averageWage);
  let cap: Dx;
  if (age <= t[0]!.age) cap = base.times(f(0)).floor();
  else if (age >= t[t.length - 1]!.age) cap = base.times(f(t.length - 1)).floor();
  else {
    let k = 0;
    while (t[k + 1]!.age <= age) k++;
    const span = t[k + 1]!.age - t[k]!.age;
    // base x (f0 + (f1 - f0) (age - a0) / span), floored: one exact integer division.
    const num = base.times(f(k).times(span).plus(f(k + 1).minus(f(k)).times(age - t[k]!.age))).times(10 ** 15);
    cap = num.divToInt(new Dx(span).times(10 ** 15));
  }
  return Math.max(rules.minWage, cap.toNumber());
}

/** last wage raised 10% a full year of interruption, floored to fils at each step, at most 10 steps. */
export function returnUpperOracle(lastWage: number, years: number, rules: OptionalRules): number {
  let w = new Dx(lastWage);
  const step = new Dx(1).plus(rateOf(rules.returnIncreaseMax));
  for (let i = 0; i < Math.min(Math.max(years, 0), rules.returnIncreaseMaxYears); i++) w = w.times(step).floor();
  return Math.max(rules.minWage, w.toNumber());
}

/** ceil(last x 80%), never below the minimum wage. */
export function reductionFloorOracle(lastWage: number, rules: OptionalRules): number {
  return Math.max(rules.minWage, new Dx(lastWage).times(new Dx(1).minus(rateOf(rules.oneTimeReductionMax))).ceil().toNumber());
}

/** floor(current x 110%). */
export function annualIncreaseOracle(current: number, rules: OptionalRules): number {
  return new Dx(current).times(new Dx(1).plus(rateOf(rules.annualIncreaseMax))).floor().toNumber();
}

/**
 * The rule an application breaks (eligibility, then the wage bound of a new or returning
 * subscriber), or null when it is accepted. Rule ids are those of src/rules/refusal.ts.
 */
export function applicationOracle(record: MemberRecord, date: number, wage: number, rules: OptionalRules): string | null {
  const { member } = record;
  const prev = record.previousCoverage;
  if (!rules.eligibleNationalities.includes(member.nationality)) return 'nationality';
  const age = ageOn(member.birthDate, date);
  if (age < rules.minAge) return 'minAge';
  if (age >= rules.firstTimeMaxAge[member.sex] && !(prev?.unsettledRights ?? false)) return 'firstTimeMaxAge';
  if (prev === undefined) {
    if (wage < rules.minWage) return 'wageBelowMinimum';
    if (wage > entryCapOracle(age, rules)) return 'wageAboveEntryCap';
    return null;
  }
  const years = Math.max(0, ageOn(prev.leftOn, date));
  if (wage > returnUpperOracle(prev.lastWage, years, rules)) return 'wageAboveReturnBound';
  if (wage >= Math.max(rules.minWage, prev.lastWage)) return null;
  if (wage < rules.minWage) return 'wageBelowMinimum';
  if (prev.reducedBefore) return 'reductionUsed';
  if (age >= rules.oneTimeReductionMaxAge[member.sex as Sex]) return 'reductionAge';
  if (wage < reductionFloorOracle(prev.lastWage, rules)) return 'wageBelowReturnBound';
  return null;
}

// ---------------------------------------------------------------------------------------------
// The member ledger replayed day by day (note sections 3-5 and 8, chargeMonthOn: due-date).

export interface OracleMonth {
  month: number;
  wage: number;
  contribution: Dx;
  dueDate: number;
  fees: Dx;
  principalPaid: Dx;
  feesPaid: Dx;
  principalOutstanding: Dx;
  feesOutstanding: Dx;
  settledOn: number | null;
}

export interface OracleStatement {
  months: OracleMonth[];
  totals: { contributions: Dx; fees: Dx; paid: Dx; credit: Dx; creditedMonths: number };
  status: { state: 'active' | 'terminated' | 'rejected'; reason: string | null; date: number | null };
  rejected: Array<{ date: number; type: MemberEvent['type']; rule: string }>;
}

interface Charged {
  month: number;
  due: number;
  wage: number;
  c: Dx;
  pp: Dx;
  fc: Dx;
  fp: Dx;
  settledOn: number | null;
}

/**
 * Replays `record` from its first event to `asOf` one calendar day at a time. A day: (1) on day
 * dueDay + 1 a month of delay starts, (2) a month is charged (due-date: month m - 1 on its due day;
 * month-start: month m on day 1, and the first month on the application day), (3) the day's
 * events in file order, (4) at the end of a due day, the unpaid count (termination).
 */
export function oracleStatement(record: MemberRecord, rules: OptionalRules, asOf: number): OracleStatement {
  const monthStart = rules.chargeMonthOn === 'month-start';
  const zero = new Dx(0);
  const charged: Charged[] = [];
  let credit = zero;
  let paid = zero;
  let enrolled = false;
  let start = 0;
  let endMonth = Number.POSITIVE_INFINITY;
  let status: OracleStatement['status'] = { state: 'rejected', reason: 'noApplication', date: null };
  const segments: Array<{ from: number; wage: number }> = [];
  const increases: Array<{ year: number; before: number; cancelled: boolean }> = [];
  const acceptedIncreaseYears = new Set<number>();
  const rejected: OracleStatement['rejected'] = [];
  const wageAt = (m: number): number => {
    let w = segments[0]!.wage;
    for (const s of segments) if (s.from <= m) w = s.wage;
    return w;
  };
  const charge = (m: number, today: number) => {
    if (m < start || m > endMonth || charged.some((x) => x.month === m)) return;
    const wage = wageAt(m);
    charged.push({ month: m, due: dayOfMonthIndex(m + 1, rules.dueDay), wage, c: contributionOf(wage, rules), pp: zero, fc: zero, fp: zero, settledOn: null });
    if (credit.greaterThan(0)) settle(zero, today);
  };
  const settle = (amount: Dx, today: number) => {
    let money = credit.plus(amount);
    for (const x of charged) {
      if (money.isZero()) break;
      const fees = Dx.min(money, x.fc.minus(x.fp));
      x.fp = x.fp.plus(fees);
      money = money.minus(fees);
      const principal = Dx.min(money, x.c.minus(x.pp));
      if (principal.greaterThan(0)) {
        x.pp = x.pp.plus(principal);
        money = money.minus(principal);
        if (x.pp.equals(x.c)) x.settledOn = today;
      }
    }
    credit = money;
  };
  const setWageFrom = (year: number, wage: number, today: number) => {
    const from = Math.max(year * 12, start);
    for (let k = segments.length - 1; k >= 0; k--) if (segments[k]!.from >= from && k > 0) segments.splice(k, 1);
    if (segments[segments.length - 1]!.from === from) segments[segments.length - 1]!.wage = wage;
    else segments.push({ from, wage });
    // Months already charged from `from` on take the new wage (an increase reaches back to January).
    let excess = zero;
    for (const x of charged) {
      if (x.month < from || wageAt(x.month) === x.wage) continue;
      x.wage = wageAt(x.month);
      x.c = contributionOf(x.wage, rules);
      if (x.pp.greaterThan(x.c)) {
        excess = excess.plus(x.pp.minus(x.c));
        x.pp = x.c;
      }
      if (x.pp.equals(x.c)) x.settledOn ??= today;
      else x.settledOn = null;
    }
    settle(excess, today);
  };
  const inWindow = (d: number) => d % 10000 >= rules.annualIncreaseWindow.from && d % 10000 <= rules.annualIncreaseWindow.to;
  const reject = (e: MemberEvent, rule: string) => {
    rejected.push({ date: e.date, type: e.type, rule });
    if (e.type === 'apply' && !enrolled) status = { state: 'rejected', reason: rule, date: e.date };
  };
  const changeAllowed = (e: MemberEvent): boolean => {
    if (!enrolled) reject(e, 'notEnrolled');
    else if (status.state !== 'active') reject(e, 'enrollmentEnded');
    else return true;
    return false;
  };

  const onEvent = (e: MemberEvent) => {
    switch (e.type) {
      case 'apply': {
        if (enrolled) return reject(e, 'secondApplication');
        const rule = applicationOracle(record, e.date, e.wage, rules);
        if (rule !== null) return reject(e, rule);
        enrolled = true;
        start = monthOfDate(e.date);
        segments.push({ from: start, wage: e.wage });
        status = { state: 'active', reason: null, date: null };
        if (monthStart) charge(start, e.date);
        return;
      }
      case 'pay':
        if (!enrolled) return reject(e, 'notEnrolled');
        paid = paid.plus(e.amount);
        return settle(new Dx(e.amount), e.date);
      case 'stop':
        if (!enrolled) return reject(e, 'notEnrolled');
        if (status.state !== 'active') return reject(e, 'enrollmentEnded');
        status = { state: 'terminated', reason: e.reason, date: e.date };
        endMonth = monthOfDate(e.date);
        return;
      case 'increase': {
        if (!changeAllowed(e)) return;
        const year = y4(e.date);
        if (!inWindow(e.date)) return reject(e, 'increaseWindow');
        if (acceptedIncreaseYears.has(year)) return reject(e, 'increaseOncePerYear');
        const current = wageAt(monthOfDate(e.date));
        if (e.wage <= current) return reject(e, 'increaseNotRaise');
        if (e.wage > annualIncreaseOracle(current, rules)) return reject(e, 'increaseAboveMax');
        acceptedIncreaseYears.add(year);
        increases.push({ year, before: current, cancelled: false });
        return setWageFrom(year, e.wage, e.date);
      }
      case 'cancel-increase': {
        if (!changeAllowed(e)) return;
        const year = y4(e.date);
        if (!inWindow(e.date)) return reject(e, 'cancelWindow');
        const last = increases.filter((x) => !x.cancelled).at(-1);
        if (last === undefined) return reject(e, 'cancelNothing');
        if (last.year >= year) return reject(e, 'cancelSameYear');
        last.cancelled = true;
        return setWageFrom(year, last.before, e.date);
      }
    }
  };

  const events = record.events.filter((e) => e.date <= asOf);
  let k = 0;
  for (let day = events[0]?.date ?? asOf; day <= asOf; day = nextDay(day)) {
    if (enrolled && d2(day) === rules.dueDay + 1) {
      // A new month of delay starts: 1% of each overdue month's unpaid principal (never on fees).
      for (const x of charged) {
        if (x.due < day && x.pp.lessThan(x.c)) {
          let fee = feeOf(x.c.minus(x.pp), rules);
          if (rules.lateFeeCapRate !== null) fee = Dx.max(0, Dx.min(fee, halfUp(x.c.times(rateOf(rules.lateFeeCapRate))).minus(x.fc)));
          x.fc = x.fc.plus(fee);
        }
      }
    }
    // A month enters the ledger; held credit settles it on this day.
    if (enrolled && !monthStart && d2(day) === rules.dueDay) charge(monthOfDate(day) - 1, day);
    if (enrolled && monthStart && d2(day) === 1) charge(monthOfDate(day), day);
    while (k < events.length && events[k]!.date === day) onEvent(events[k++]!);
    if (enrolled && status.state === 'active' && d2(day) === rules.dueDay) {
      // End of the due day: count the months with some principal unpaid.
      const unpaid = charged.filter((x) => x.due <= day && x.pp.lessThan(x.c)).length;
      if (unpaid >= rules.maxMissedContributions) {
        status = { state: 'terminated', reason: 'arrears', date: day };
        endMonth = monthOfDate(day) - 1;
        // The month in progress is never charged: what was paid to it is credit again.
        const dropped = charged.filter((x) => x.month > endMonth);
        charged.splice(charged.length - dropped.length, dropped.length);
        settle(dropped.reduce((a, x) => a.plus(x.pp).plus(x.fp), zero), day);
      }
    }
  }

  const months: OracleMonth[] = [];
  if (enrolled) {
    for (let m = start; m <= Math.min(monthOfDate(asOf), endMonth); m++) {
      const x = charged.find((c) => c.month === m);
      if (x !== undefined) {
        months.push({ month: m, wage: x.wage, contribution: x.c, dueDate: x.due, fees: x.fc, principalPaid: x.pp, feesPaid: x.fp, principalOutstanding: x.c.minus(x.pp), feesOutstanding: x.fc.minus(x.fp), settledOn: x.settledOn });
      } else {
        const wage = wageAt(m);
        const c = contributionOf(wage, rules);
        months.push({ month: m, wage, contribution: c, dueDate: dayOfMonthIndex(m + 1, rules.dueDay), fees: zero, principalPaid: zero, feesPaid: zero, principalOutstanding: c, feesOutstanding: zero, settledOn: null });
      }
    }
  }
  const sum = (f: (x: OracleMonth) => Dx) => months.reduce((a, x) => a.plus(f(x)), zero);
  return {
    months,
    totals: { contributions: sum((x) => x.contribution), fees: sum((x) => x.fees), paid, credit, creditedMonths: months.filter((x) => x.settledOn !== null).length },
    status,
    rejected,
  };
}

/** The oracle statement with every money amount as a plain number of fils (it must be a whole number). */
export function oracleInFils(s: OracleStatement) {
  const f = (x: Dx): number => {
    if (!x.isInteger()) throw new Error(`oracle amount ${x.toString()} is not whole fils`);
    return x.toNumber();
  };
  return {
    months: s.months.map((x) => ({ ...x, contribution: f(x.contribution), fees: f(x.fees), principalPaid: f(x.principalPaid), feesPaid: f(x.feesPaid), principalOutstanding: f(x.principalOutstanding), feesOutstanding: f(x.feesOutstanding) })),
    totals: { contributions: f(s.totals.contributions), fees: f(s.totals.fees), paid: f(s.totals.paid), credit: f(s.totals.credit), creditedMonths: s.totals.creditedMonths },
    status: s.status,
    rejected: s.rejected,
  };
}
