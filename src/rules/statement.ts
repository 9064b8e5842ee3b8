import { completedYears, dayOf, formatIsoDate, formatMonth, monthIndexOf, yearOf, type MonthIndex, type Ymd } from '../calendar/civil-date.js';
import { filsOps, type MoneyOps } from '../money/money-ops.js';
import { dueDate, feeDay } from './due-date.js';
import { checkEligibility } from './eligibility.js';
import { Ledger } from './ledger.js';
import type { MemberEvent, MemberRecord, StopReason } from './member.js';
import type { OptionalRules } from './optional-rules.js';
import type { Refusal } from './refusal.js';
import { annualIncreaseBound, checkNewWage, checkReturningWage, isRefusal } from './wage-bounds.js';
import { refuse } from './refusal.js';
import { formatJod } from '../money/fils.js';
import { InputError } from '../assumptions/input-error.js';
import { checkMemberRecord } from './member-check.js';

/** One covered month of a statement. Money in the ops' representation (integer fils by default). */
export interface StatementMonth<M> {
  readonly month: MonthIndex;
  readonly wage: number;
  readonly contribution: M;
  readonly dueDate: Ymd;
  readonly fees: M;
  readonly principalPaid: M;
  readonly feesPaid: M;
  readonly principalOutstanding: M;
  readonly feesOutstanding: M;
  /** Date the principal was paid in full; null while any of it is unpaid. */
  readonly settledOn: Ymd | null;
}

export type StatusState = 'active' | 'terminated' | 'rejected';
export type TerminationReason = StopReason | 'arrears';

export interface StatementStatus {
  readonly state: StatusState;
  /** For terminated: request | covered-work | arrears; for rejected: the rule that refused the last application. */
  readonly reason: string | null;
  readonly date: Ymd | null;
}

export interface RejectedRequest {
  readonly date: Ymd;
  readonly type: MemberEvent['type'];
  readonly rule: string;
  readonly message: string;
}

export interface Statement<M> {
  readonly memberId: string;
  readonly asOf: Ymd;
  readonly months: readonly StatementMonth<M>[];
  readonly totals: {
    readonly contributions: M;
    readonly fees: M;
    readonly paid: M;
    readonly credit: M;
    readonly creditedMonths: number;
  };
  readonly status: StatementStatus;
  readonly rejected: readonly RejectedRequest[];
}

interface Increase {
  readonly year: number;
  readonly before: number;
  cancelled: boolean;
}

const mmddOf = (d: Ymd): number => d % 10000;

/**
 * Replays one member's history day by day under the rules. A day runs in this order:
 * (1) a new month of delay starts (day dueDay + 1: late fees), (2) a month falls due and enters the
 * ledger (held credit settles it), (3) the member's requests and payments of the day in file order,
 * (4) at the end of a due day, the count of unpaid contributions (termination at the maximum).
 */
class StatementRun<M> {
  private readonly ledger: Ledger<M>;
  private enrolled = false;
  private startMonth: MonthIndex = 0;
  /** Last covered month (inclusive) once the enrollment has ended or been stopped. */
  private endMonth: MonthIndex = Number.POSITIVE_INFINITY;
  private state: StatusState = 'rejected';
  private reason: string | null = 'noApplication';
  private statusDate: Ymd | null = null;
  /** Wage segments: from month -> wage, in month order. */
  private readonly segFrom: MonthIndex[] = [];
  private readonly segWage: number[] = [];
  private readonly increases: Increase[] = [];
  private lastIncreaseYear = 0;
  private paid: M;
  /** Last day fully processed. */
  private clock: Ymd = 0;
  private readonly rejected: RejectedRequest[] = [];
  private readonly wageAt = (m: MonthIndex): number => {
    let k = this.segFrom.length - 1;
    while (k > 0 && this.segFrom[k]! > m) k--;
    return this.segWage[k]!;
  };

  constructor(
    private readonly ops: MoneyOps<M>,
    private readonly rules: OptionalRules,
    private readonly record: MemberRecord,
    private readonly asOf: Ymd,
  ) {
    this.ledger = new Ledger(ops, rules);
    this.paid = ops.zero;
  }

  /** The event being applied (its index), or -1 between events: named when a sum overflows. */
  at = -1;

  run(): Statement<M> {
    const events = this.record.events;
    let i = 0;
    while (i < events.length && events[i]!.date <= this.asOf) {
      const day = events[i]!.date;
      this.at = -1;
      this.runInternalDays(day, false);
      this.startOfDay(day);
      for (; i < events.length && events[i]!.date === day; i++) {
        this.at = i;
        this.apply(events[i]!);
      }
      this.at = -1;
      this.endOfDay(day);
      this.clock = day;
    }
    this.runInternalDays(this.asOf, true);
    return this.result();
  }

  /** The next day after `after` on which the rules act by themselves (charge, fee, count). */
  private nextInternalDay(after: Ymd): Ymd {
    const days = this.rules.chargeMonthOn === 'month-start' ? [1, this.rules.dueDay, feeDay(this.rules)] : [this.rules.dueDay, feeDay(this.rules)];
    const mi = monthIndexOf(after);
    for (const d of days) {
      const candidate = Math.floor(after / 100) * 100 + d;
      if (candidate > after) return candidate;
    }
    const next = mi + 1;
    return Math.floor(next / 12) * 10000 + ((next % 12) + 1) * 100 + days[0]!;
  }

  private runInternalDays(limit: Ymd, inclusive: boolean): void {
    if (!this.enrolled) {
      this.clock = limit;
      return;
    }
    for (;;) {
      const d = this.nextInternalDay(this.clock);
      if (d > limit || (!inclusive && d === limit)) return;
      this.startOfDay(d);
      this.endOfDay(d);
      this.clock = d;
    }
  }

  private startOfDay(d: Ymd): void {
    if (!this.enrolled) return;
    const day = dayOf(d);
    if (day === feeDay(this.rules)) this.ledger.chargeLateFees(d);
    if (this.rules.chargeMonthOn === 'due-date' && day === this.rules.dueDay) this.chargeIfCovered(monthIndexOf(d) - 1, d);
    if (this.rules.chargeMonthOn === 'month-start' && day === 1) this.chargeIfCovered(monthIndexOf(d), d);
  }

  private chargeIfCovered(m: MonthIndex, today: Ymd): void {
    if (m < this.startMonth || m > this.endMonth || m !== this.startMonth + this.ledger.length) return;
    this.ledger.charge(m, dueDate(m, this.rules), this.wageAt(m), today);
  }

  private endOfDay(d: Ymd): void {
    if (this.state !== 'active' || dayOf(d) !== this.rules.dueDay) return;
    if (this.ledger.unpaidContributions(d) >= this.rules.maxMissedContributions) {
      // Terminated on the due date of the last unpaid contribution; the month in progress is never charged.
      this.end('arrears', d, monthIndexOf(d) - 1);
      this.ledger.dropAfter(this.endMonth, d);
    }
  }

  private end(reason: TerminationReason, d: Ymd, lastMonth: MonthIndex): void {
    this.state = 'terminated';
    this.reason = reason;
    this.statusDate = d;
    this.endMonth = lastMonth;
  }

  private refuse(e: MemberEvent, r: Refusal): void {
    this.rejected.push({ date: e.date, type: e.type, rule: r.rule, message: r.message });
    if (e.type === 'apply' && !this.enrolled) {
      this.reason = r.rule;
      this.statusDate = e.date;
    }
  }

  private apply(e: MemberEvent): void {
    switch (e.type) {
      case 'apply':
        return this.applyForEnrollment(e);
      case 'pay':
        if (!this.enrolled) return this.refuse(e, refuse('notEnrolled', `payment of ${formatJod(e.amount)} JOD before any accepted application`));
        this.paid = this.ops.add(this.paid, this.ops.fromFils(e.amount));
        return this.ledger.settle(this.ops.fromFils(e.amount), e.date);
      case 'increase':
        return this.increase(e);
      case 'cancel-increase':
        return this.cancelIncrease(e);
      case 'stop':
        if (!this.enrolled) return this.refuse(e, refuse('notEnrolled', 'stop before any accepted application'));
        if (this.state !== 'active') return this.refuse(e, refuse('enrollmentEnded', `already ended on ${formatIsoDate(this.statusDate!)}`));
        return this.end(e.reason, e.date, monthIndexOf(e.date));
    }
  }

  private applyForEnrollment(e: Extract<MemberEvent, { type: 'apply' }>): void {
    if (this.enrolled) return this.refuse(e, refuse('secondApplication', `an application was accepted with coverage from ${formatMonth(this.startMonth)}`));
    const { member, previousCoverage: prev } = this.record;
    const refusal = checkEligibility({ ...member, unsettledRights: prev?.unsettledRights ?? false }, e.date, this.rules);
    if (refusal !== null) return this.refuse(e, refusal);
    const age = completedYears(member.birthDate, e.date);
    const checked = prev === undefined
      ? checkNewWage(e.wage, age, this.rules)
      : checkReturningWage(e.wage, { lastWage: prev.lastWage, yearsOfInterruption: Math.max(0, completedYears(prev.leftOn, e.date)), reducedBefore: prev.reducedBefore }, age, member.sex, this.rules);
    if (isRefusal(checked)) return this.refuse(e, checked);
    // Coverage starts on the first day of the month of the application.
    this.enrolled = true;
    this.state = 'active';
    this.reason = null;
    this.statusDate = null;
    this.startMonth = monthIndexOf(e.date);
    this.segFrom.push(this.startMonth);
    this.segWage.push(checked.wage);
    this.clock = e.date;
    if (this.rules.chargeMonthOn === 'month-start') this.chargeIfCovered(this.startMonth, e.date);
  }

  private inWindow(d: Ymd): boolean {
    const w = this.rules.annualIncreaseWindow;
    return mmddOf(d) >= w.from && mmddOf(d) <= w.to;
  }

  private windowText(): string {
    const w = this.rules.annualIncreaseWindow;
    const f = (x: number) => `${String(Math.floor(x / 100)).padStart(2, '0')}-${String(x % 100).padStart(2, '0')}`;
    return `${f(w.from)}..${f(w.to)}`;
  }

  /** A wage that applies from January of the request's year (never before coverage start). */
  private setWageFrom(year: number, wage: number, today: Ymd): void {
    const from = Math.max(year * 12, this.startMonth);
    while (this.segFrom.length > 1 && this.segFrom[this.segFrom.length - 1]! >= from) {
      this.segFrom.pop();
      this.segWage.pop();
    }
    if (this.segFrom[this.segFrom.length - 1] === from) this.segWage[this.segWage.length - 1] = wage;
    else {
      this.segFrom.push(from);
      this.segWage.push(wage);
    }
    this.ledger.reprice(from, this.wageAt, today);
  }

  private guardChange(e: MemberEvent): boolean {
    if (!this.enrolled) {
      this.refuse(e, refuse('notEnrolled', 'wage change before any accepted application'));
      return false;
    }
    if (this.state !== 'active') {
      this.refuse(e, refuse('enrollmentEnded', `wage change after the enrollment ended on ${formatIsoDate(this.statusDate!)}`));
      return false;
    }
    return true;
  }

  private increase(e: Extract<MemberEvent, { type: 'increase' }>): void {
    if (!this.guardChange(e)) return;
    const year = yearOf(e.date);
    if (!this.inWindow(e.date)) return this.refuse(e, refuse('increaseWindow', `${formatIsoDate(e.date)} is outside ${this.windowText()}`));
    if (this.lastIncreaseYear === year) return this.refuse(e, refuse('increaseOncePerYear', `an increase was already accepted in ${year}`));
    const current = this.segWage[this.segWage.length - 1]!;
    if (e.wage <= current) return this.refuse(e, refuse('increaseNotRaise', `${formatJod(e.wage)} JOD does not raise the current wage ${formatJod(current)} JOD`));
    const bound = annualIncreaseBound(current, this.rules);
    if (e.wage > bound) return this.refuse(e, refuse('increaseAboveMax', `${formatJod(e.wage)} JOD is above ${formatJod(bound)} JOD (current ${formatJod(current)} JOD)`));
    this.increases.push({ year, before: current, cancelled: false });
    this.lastIncreaseYear = year;
    this.setWageFrom(year, e.wage, e.date);
  }

  private cancelIncrease(e: Extract<MemberEvent, { type: 'cancel-increase' }>): void {
    if (!this.guardChange(e)) return;
    const year = yearOf(e.date);
    if (!this.inWindow(e.date)) return this.refuse(e, refuse('cancelWindow', `${formatIsoDate(e.date)} is outside ${this.windowText()}`));
    let k = this.increases.length - 1;
    while (k >= 0 && this.increases[k]!.cancelled) k--;
    if (k < 0) return this.refuse(e, refuse('cancelNothing', 'no uncancelled increase'));
    const inc = this.increases[k]!;
    if (inc.year >= year) return this.refuse(e, refuse('cancelSameYear', `the most recent increase is of ${inc.year}; a cancellation must come in a later year`));
    inc.cancelled = true;
    this.setWageFrom(year, inc.before, e.date);
  }

  private result(): Statement<M> {
    const ops = this.ops;
    const L = this.ledger;
    const months: StatementMonth<M>[] = [];
    let contributions = ops.zero;
    let fees = ops.zero;
    let credited = 0;
    if (this.enrolled) {
      const last = Math.min(monthIndexOf(this.asOf), this.endMonth);
      for (let m = this.startMonth; m <= last; m++) {
        const i = m - this.startMonth;
        let line: StatementMonth<M>;
        if (i < L.length) {
          line = {
            month: m,
            wage: L.wage[i]!,
            contribution: L.contribution[i]!,
            dueDate: L.due[i]!,
            fees: L.feesCharged[i]!,
            principalPaid: L.principalPaid[i]!,
            feesPaid: L.feesPaid[i]!,
            principalOutstanding: ops.sub(L.contribution[i]!, L.principalPaid[i]!),
            feesOutstanding: ops.sub(L.feesCharged[i]!, L.feesPaid[i]!),
            settledOn: L.settledOn[i] === 0 ? null : L.settledOn[i]!,
          };
        } else {
          // Listed but not yet due: owed, not overdue.
          const wage = this.wageAt(m);
          const c = L.contributionFor(wage);
          line = { month: m, wage, contribution: c, dueDate: dueDate(m, this.rules), fees: ops.zero, principalPaid: ops.zero, feesPaid: ops.zero, principalOutstanding: c, feesOutstanding: ops.zero, settledOn: null };
        }
        contributions = ops.add(contributions, line.contribution);
        fees = ops.add(fees, line.fees);
        if (line.settledOn !== null) credited++;
        months.push(line);
      }
    }
    return {
      memberId: this.record.member.id,
      asOf: this.asOf,
      months,
      totals: { contributions, fees, paid: this.paid, credit: L.credit, creditedMonths: credited },
      status: { state: this.state, reason: this.reason, date: this.statusDate },
      rejected: this.rejected,
    };
  }
}

/**
 * The statement of one optional subscriber as of a date, computed by the SSC optional-enrollment
 * rules in integer fils: each covered month's wage, contribution, due date, late fees, what was
 * paid and what is outstanding; totals; status; and the requests the rules refused.
 * Events after `asOf` are ignored; fees accrue up to and including `asOf`.
 *
 * @param record a member history (see `readMemberFile` for the file format)
 * @param rules the rule parameters (`loadModel()`)
 * @param options.asOf the statement date, a Ymd or `YYYY-MM-DD`
 * @example statement(record, loadModel(), { asOf: '2025-12-31' }).totals.contributions // => fils
 */
export function statement(record: MemberRecord, rules: OptionalRules, options: { asOf: Ymd | string }): Statement<number> {
  return statementWith(filsOps, record, rules, options);
}

/** The same statement computed with another money arithmetic (decimal.js for the oracle and bench). */
export function statementWith<M>(ops: MoneyOps<M>, record: MemberRecord, rules: OptionalRules, options: { asOf: Ymd | string }): Statement<M> {
  const asOf = checkMemberRecord(record, (options as { asOf?: unknown } | undefined)?.asOf);
  const run = new StatementRun(ops, rules, record, asOf);
  try {
    return run.run();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    // Never a wrong total: a sum that would leave the exact integers refuses the event that made it.
    const key = run.at >= 0 ? `events.${run.at}` : 'asOf';
    throw new InputError('<member record>', 0, 0, key, `${e.message} (the statement's sums would not be exact)`);
  }
}

