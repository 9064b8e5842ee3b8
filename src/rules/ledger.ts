import type { MonthIndex, Ymd } from '../calendar/civil-date.js';
import type { MoneyOps } from '../money/money-ops.js';
import type { OptionalRules } from './optional-rules.js';

/**
 * A member's account: one entry per charged month (oldest first), the money paid to each month's
 * fees and principal, and the credit (money paid and not yet due). Struct of arrays, no per-month
 * objects. Invariant after every operation: credit > 0 only when no charged month is open.
 *
 * Settlement (SSC statement): a payment settles months oldest first; within a month its fees
 * first, then its principal; what is left is credit (an advance payment).
 */
export class Ledger<M> {
  readonly month: MonthIndex[] = [];
  readonly due: Ymd[] = [];
  readonly wage: number[] = [];
  readonly contribution: M[] = [];
  readonly principalPaid: M[] = [];
  readonly feesCharged: M[] = [];
  readonly feesPaid: M[] = [];
  /** Date the principal was paid in full, 0 while open. */
  readonly settledOn: Ymd[] = [];
  credit: M;
  /** Index of the oldest month with anything outstanding (all before it are settled). */
  private firstOpen = 0;

  constructor(
    private readonly ops: MoneyOps<M>,
    private readonly rules: OptionalRules,
  ) {
    this.credit = ops.zero;
  }

  get length(): number {
    return this.month.length;
  }

  /** The contribution of a month at a declared wage: round_half_up(wage x rate). */
  contributionFor(wageFils: number): M {
    return this.ops.applyRate(this.ops.fromFils(wageFils), this.rules.contributionRate);
  }

  /** Month `m` falls due (enters the ledger) on `today`; held credit settles it at once. */
  charge(m: MonthIndex, dueOn: Ymd, wageFils: number, today: Ymd): void {
    const z = this.ops.zero;
    this.month.push(m);
    this.due.push(dueOn);
    this.wage.push(wageFils);
    this.contribution.push(this.contributionFor(wageFils));
    this.principalPaid.push(z);
    this.feesCharged.push(z);
    this.feesPaid.push(z);
    this.settledOn.push(0);
    if (this.ops.isPositive(this.credit)) this.settle(z, today);
  }

  /** Apply `amount` (plus held credit) oldest month first, fees before principal; the rest is credit. */
  settle(amount: M, today: Ymd): void {
    const ops = this.ops;
    let money = ops.add(this.credit, amount);
    const n = this.month.length;
    for (let i = this.firstOpen; i < n && ops.isPositive(money); i++) {
      const feesOut = ops.sub(this.feesCharged[i]!, this.feesPaid[i]!);
      if (ops.isPositive(feesOut)) {
        const x = ops.min(money, feesOut);
        this.feesPaid[i] = ops.add(this.feesPaid[i]!, x);
        money = ops.sub(money, x);
      }
      const principalOut = ops.sub(this.contribution[i]!, this.principalPaid[i]!);
      if (ops.isPositive(principalOut) && ops.isPositive(money)) {
        const x = ops.min(money, principalOut);
        this.principalPaid[i] = ops.add(this.principalPaid[i]!, x);
        money = ops.sub(money, x);
        if (ops.equals(this.principalPaid[i]!, this.contribution[i]!)) this.settledOn[i] = today;
      }
    }
    this.credit = money;
    this.advanceFirstOpen();
  }

  private isSettled(i: number): boolean {
    return this.ops.equals(this.principalPaid[i]!, this.contribution[i]!) && this.ops.equals(this.feesPaid[i]!, this.feesCharged[i]!);
  }

  private advanceFirstOpen(): void {
    while (this.firstOpen < this.month.length && this.isSettled(this.firstOpen)) this.firstOpen++;
  }

  /**
   * A new month of delay starts on `today` (day dueDay + 1): each month past due with principal
   * unpaid is charged round_half_up(lateFeeMonthlyRate x unpaid principal), never on fees, at most
   * up to the cap when the model sets one.
   */
  chargeLateFees(today: Ymd): void {
    const ops = this.ops;
    const rate = this.rules.lateFeeMonthlyRate;
    const capRate = this.rules.lateFeeCapRate;
    for (let i = this.firstOpen; i < this.month.length; i++) {
      if (this.due[i]! >= today) break;
      const unpaid = ops.sub(this.contribution[i]!, this.principalPaid[i]!);
      if (!ops.isPositive(unpaid)) continue;
      let fee = ops.applyRate(unpaid, rate);
      if (capRate !== null) {
        const room = ops.sub(ops.applyRate(this.contribution[i]!, capRate), this.feesCharged[i]!);
        fee = ops.isPositive(room) ? ops.min(fee, room) : ops.zero;
      }
      this.feesCharged[i] = ops.add(this.feesCharged[i]!, fee);
    }
  }

  /** Unpaid contributions on `today`: months due on or before it with some principal unpaid. */
  unpaidContributions(today: Ymd): number {
    let count = 0;
    for (let i = this.firstOpen; i < this.month.length; i++) {
      if (this.due[i]! > today) break;
      if (this.ops.lessThan(this.principalPaid[i]!, this.contribution[i]!)) count++;
    }
    return count;
  }

  /**
   * A wage change reaches back to months already charged (an increase or its cancellation takes
   * effect from January): re-price them. Principal paid beyond the new contribution becomes credit;
   * a month that now owes more is open again. Fees already charged stay.
   */
  reprice(fromMonth: MonthIndex, wageAt: (m: MonthIndex) => number, today: Ymd): void {
    const ops = this.ops;
    let excess = ops.zero;
    for (let i = this.month.length - 1; i >= 0 && this.month[i]! >= fromMonth; i--) {
      const w = wageAt(this.month[i]!);
      if (w === this.wage[i]) continue;
      const c = this.contributionFor(w);
      this.wage[i] = w;
      this.contribution[i] = c;
      if (ops.lessThan(c, this.principalPaid[i]!)) {
        excess = ops.add(excess, ops.sub(this.principalPaid[i]!, c));
        this.principalPaid[i] = c;
      }
      if (ops.equals(this.principalPaid[i]!, c)) {
        if (this.settledOn[i] === 0) this.settledOn[i] = today;
      } else this.settledOn[i] = 0;
      if (i < this.firstOpen) this.firstOpen = i;
    }
    this.settle(excess, today);
  }

  /** Remove the months after `lastMonth` (never charged after termination); their payments become credit. */
  dropAfter(lastMonth: MonthIndex, today: Ymd): void {
    let refund = this.ops.zero;
    while (this.month.length > 0 && this.month[this.month.length - 1]! > lastMonth) {
      refund = this.ops.add(refund, this.principalPaid.pop()!);
      refund = this.ops.add(refund, this.feesPaid.pop()!);
      this.month.pop();
      this.due.pop();
      this.wage.pop();
      this.contribution.pop();
      this.feesCharged.pop();
      this.settledOn.pop();
    }
    this.firstOpen = Math.min(this.firstOpen, this.month.length);
    this.settle(refund, today);
  }
}
