/**
 * The laws of the SSC optional-enrollment rules (design note ssc-optional-rules.md, section 6),
 * each a property over random member histories, checked against decimal.js as the exact oracle.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decimalOps } from '../../src/money/money-ops.js';
import type { MemberEvent, MemberRecord } from '../../src/rules/member.js';
import type { OptionalRules } from '../../src/rules/optional-rules.js';
import { statement, statementWith, type Statement } from '../../src/rules/statement.js';
import { dateArb, historyArb, payOnlyHistoryArb, RULES } from './arbitraries.js';
import { addDays, contributionOf, previousDay, dayOfMonthIndex, Dx, feeOf, monthOfDate, oracleInFils, oracleStatement, startedMonths } from './oracle.js';

/** 200 runs a law keeps the suite fast; set LAW_RUNS for a deeper search (LAW_RUNS=20000 npx vitest run test/rules). */
const RUNS = { numRuns: Number(process.env.LAW_RUNS ?? 200) };

const MONEY_KEYS = ['contribution', 'fees', 'principalPaid', 'feesPaid', 'principalOutstanding', 'feesOutstanding'] as const;

/** Every money amount of a statement, with its place (for a readable failure). */
function amounts(s: Statement<number>): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  s.months.forEach((m, i) => {
    out.push([`months.${i}.wage`, m.wage]);
    for (const k of MONEY_KEYS) out.push([`months.${i}.${k}`, m[k]]);
  });
  for (const k of ['contributions', 'fees', 'paid', 'credit'] as const) out.push([`totals.${k}`, s.totals[k]]);
  return out;
}

const member = { id: 'L-1', sex: 'M' as const, birthDate: 19900615, nationality: 'JO' };

/**
 * One covered month: the application at `applyDate` with `wage`, a stop the same day (coverage
 * ends at the end of that month, which still falls due), and the payments given.
 */
function oneMonth(applyDate: number, wage: number, payments: Array<{ date: number; amount: number }>): MemberRecord {
  const events: MemberEvent[] = [
    { date: applyDate, type: 'apply', wage },
    { date: applyDate, type: 'stop', reason: 'request' },
    ...payments.map((p) => ({ date: p.date, type: 'pay' as const, amount: p.amount })),
  ];
  return { member, events: events.sort((a, b) => a.date - b.date) };
}

/** Due date of the month of `date`: the 15th of the next month. */
const dueOfMonthOf = (date: number, rules: OptionalRules = RULES): number => dayOfMonthIndex(monthOfDate(date) + 1, rules.dueDay);

const applyArb = fc.record({
  applyDate: dateArb(0, 1400),
  wage: fc.integer({ min: 290_000, max: 1_914_000 }),
});

describe('late fees (section 4)', () => {
  test.prop([applyArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 900 })], RUNS)(
    'a month paid in full on or before its due date carries no late fee, and is settled on the due date',
    ({ applyDate, wage }, payOffset, asOfOffset) => {
      const due = dueOfMonthOf(applyDate);
      const payDate = Math.min(addDays(applyDate, payOffset), due);
      const c = contributionOf(wage, RULES).toNumber();
      const s = statement(oneMonth(applyDate, wage, [{ date: payDate, amount: c }]), RULES, { asOf: addDays(due, asOfOffset) });
      expect(s.months).toHaveLength(1);
      expect(s.months[0]).toMatchObject({ contribution: c, fees: 0, principalPaid: c, principalOutstanding: 0, settledOn: due });
      expect(s.totals.credit).toBe(0);
    },
  );

  test.prop([historyArb], RUNS)('in any history, a month whose principal was settled on or before its due date carries no late fee', ({ record, rules, asOf }) => {
    for (const m of statement(record, rules, { asOf }).months) {
      if (m.settledOn !== null && m.settledOn <= m.dueDate) expect(m.fees).toBe(0);
    }
  });

  test.prop([applyArb, fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 900 })], RUNS)(
    'fees of a month never decrease when its payment is later',
    ({ applyDate, wage }, early, extra) => {
      const c = contributionOf(wage, RULES).toNumber();
      const p1 = addDays(applyDate, early);
      const p2 = addDays(p1, extra);
      const asOf = addDays(p2, 31);
      // Twice the contribution covers the principal and any fees (at most 1% a month for 60 months).
      const fees = (p: number) => statement(oneMonth(applyDate, wage, [{ date: p, amount: 2 * c }]), RULES, { asOf }).months[0]!.fees;
      expect(fees(p2)).toBeGreaterThanOrEqual(fees(p1));
    },
  );

  test.prop([payOnlyHistoryArb, fc.nat(), fc.integer({ min: 1, max: 400 })], RUNS)(
    'in a history of payments, paying any one of them later never lowers the fees of any month',
    ({ record, rules, asOf }, pick, delay) => {
      const pays = record.events.map((e, i) => [e, i] as const).filter(([e]) => e.type === 'pay');
      fc.pre(pays.length > 0);
      const [moved, at] = pays[pick % pays.length]!;
      const later = [...record.events.slice(0, at), ...record.events.slice(at + 1)];
      const movedLater = { ...moved, date: addDays(moved.date, delay) };
      const k = later.findIndex((e) => e.date > movedLater.date);
      const events = k < 0 ? [...later, movedLater] : [...later.slice(0, k), movedLater, ...later.slice(k)];
      const until = Math.max(asOf, movedLater.date);
      const before = statement(record, rules, { asOf: until });
      const after = statement({ ...record, events }, rules, { asOf: until });
      // Months present in both (an earlier termination lists fewer months).
      after.months.forEach((m, i) => expect(m.fees, `fees of ${m.month}`).toBeGreaterThanOrEqual(before.months[i]!.fees));
    },
  );

  test.prop([applyArb, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 1100 })], RUNS)(
    'a month paid in full after k started months of delay carries exactly k x round_half_up(C/100) fils of fees',
    ({ applyDate, wage }, earlierMonths, daysLate) => {
      // Months before the last are paid in advance with the application (credit settles each on its
      // due date); the last month is paid in full, fees included, `daysLate` days after its due date.
      const start = monthOfDate(applyDate);
      const last = start + earlierMonths;
      const stopDate = dayOfMonthIndex(last, 1) > applyDate ? dayOfMonthIndex(last, 1) : applyDate;
      const due = dayOfMonthIndex(last + 1, RULES.dueDay);
      const paid = addDays(due, daysLate);
      const c = contributionOf(wage, RULES);
      // Oracle: k = (12 y(d) + m(d)) - (12 y(D) + m(D)) + (day(d) > 15 ? 1 : 0); fee = k x round_half_up(C / 100).
      const k = startedMonths(due, paid, RULES.dueDay);
      const fees = feeOf(c, RULES).times(k);
      expect(k).toBeGreaterThanOrEqual(1);
      const events: MemberEvent[] = [{ date: applyDate, type: 'apply', wage }];
      if (earlierMonths > 0) events.push({ date: applyDate, type: 'pay', amount: c.times(earlierMonths).toNumber() });
      events.push({ date: stopDate, type: 'stop', reason: 'covered-work' });
      events.push({ date: paid, type: 'pay', amount: c.plus(fees).toNumber() });
      const s = statement({ member, events }, RULES, { asOf: addDays(paid, 45) });
      expect(s.months).toHaveLength(earlierMonths + 1);
      s.months.slice(0, -1).forEach((m) => expect(m).toMatchObject({ fees: 0, settledOn: m.dueDate }));
      expect(s.months.at(-1)).toMatchObject({ dueDate: due, fees: fees.toNumber(), feesPaid: fees.toNumber(), principalOutstanding: 0, feesOutstanding: 0, settledOn: paid });
      expect(s.totals.credit).toBe(0);
    },
  );
});

describe('money (sections 2-4)', () => {
  test.prop([historyArb], RUNS)('money is conserved to the fils: total paid = principal paid + fees paid + credit left', ({ record, rules, asOf }) => {
    const s = statement(record, rules, { asOf });
    const principal = s.months.reduce((a, m) => a.plus(m.principalPaid), new Dx(0));
    const fees = s.months.reduce((a, m) => a.plus(m.feesPaid), new Dx(0));
    expect(principal.plus(fees).plus(s.totals.credit).toNumber()).toBe(s.totals.paid);
    // What was paid is what the member paid once enrolled (the oracle refuses the same payments).
    expect(s.totals.paid).toBe(oracleInFils(oracleStatement(record, rules, asOf)).totals.paid);
    // The totals are the sums of the months.
    expect(s.totals.contributions).toBe(s.months.reduce((a, m) => a.plus(m.contribution), new Dx(0)).toNumber());
    expect(s.totals.fees).toBe(s.months.reduce((a, m) => a.plus(m.fees), new Dx(0)).toNumber());
    for (const m of s.months) {
      expect(m.principalPaid + m.principalOutstanding).toBe(m.contribution);
      expect(m.feesPaid + m.feesOutstanding).toBe(m.fees);
    }
  });

  test.prop([historyArb, fc.nat(), fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 4 })], RUNS)(
    'splitting one payment into several on the same day changes nothing (the whole statement is equal)',
    ({ record, rules, asOf }, pick, cuts) => {
      const pays = record.events.map((e, i) => [e, i] as const).filter(([e]) => e.type === 'pay');
      fc.pre(pays.length > 0);
      const [e, at] = pays[pick % pays.length]!;
      if (e.type !== 'pay') return;
      // Cut points in (0, amount): the parts are positive fils adding up to the amount.
      const points = [...new Set(cuts.map((c) => 1 + Math.floor(((e.amount - 1) * c) / 1000)).filter((x) => x > 0 && x < e.amount))].sort((a, b) => a - b);
      fc.pre(points.length > 0);
      const bounds = [0, ...points, e.amount];
      const parts: MemberEvent[] = bounds.slice(1).map((b, i) => ({ date: e.date, type: 'pay', amount: b - bounds[i]! }));
      const split = { ...record, events: [...record.events.slice(0, at), ...parts, ...record.events.slice(at + 1)] };
      const whole = statement(record, rules, { asOf });
      const inParts = statement(split, rules, { asOf });
      // A payment refused before enrollment is refused part by part; everything else is the same.
      if (whole.rejected.some((r) => r.date === e.date && r.type === 'pay')) {
        expect({ ...inParts, rejected: [] }).toEqual({ ...whole, rejected: [] });
      } else expect(inParts).toEqual(whole);
    },
  );

  test.prop([historyArb], RUNS)('every amount in any statement is a non-negative integer number of fils', ({ record, rules, asOf }) => {
    for (const [where, x] of amounts(statement(record, rules, { asOf }))) {
      expect(Number.isSafeInteger(x) && x >= 0, `${where} = ${x}`).toBe(true);
    }
  });

  test.prop([historyArb], RUNS)('the decimal.js path (statementWith(decimalOps)) equals the integer fils path', ({ record, rules, asOf }) => {
    const s = statement(record, rules, { asOf });
    const d = statementWith(decimalOps, record, rules, { asOf });
    const f = decimalOps.toFils;
    expect({
      ...d,
      months: d.months.map((m) => ({ ...m, contribution: f(m.contribution), fees: f(m.fees), principalPaid: f(m.principalPaid), feesPaid: f(m.feesPaid), principalOutstanding: f(m.principalOutstanding), feesOutstanding: f(m.feesOutstanding) })),
      totals: { ...d.totals, contributions: f(d.totals.contributions), fees: f(d.totals.fees), paid: f(d.totals.paid), credit: f(d.totals.credit) },
    }).toEqual(s);
  });

  test.prop([historyArb], RUNS)('the statement equals the rules replayed day by day in decimal.js (independent oracle)', ({ record, rules, asOf }) => {
    const s = statement(record, rules, { asOf });
    expect({ months: s.months, totals: s.totals, status: s.status, rejected: s.rejected.map(({ date, type, rule }) => ({ date, type, rule })) }).toEqual(oracleInFils(oracleStatement(record, rules, asOf)));
  });
});

describe('termination for arrears (section 5, section 8 "Unpaid")', () => {
  const neverPaysArb = fc.record({
    applyDate: dateArb(0, 1400),
    wage: fc.integer({ min: 290_000, max: 1_914_000 }),
    /** Months paid in advance with the application, before the unpaid run begins. */
    paidMonths: fc.integer({ min: 0, max: 6 }),
    after: fc.integer({ min: 0, max: 400 }),
  });

  for (const max of [24, 12]) {
    const rules: OptionalRules = { ...RULES, maxMissedContributions: max };
    test.prop([neverPaysArb], RUNS)(
      `with maxMissedContributions ${max}: terminated for arrears at the end of the due day of the ${max}th unpaid contribution, months listed end at that month`,
      ({ applyDate, wage, paidMonths, after }) => {
        const c = contributionOf(wage, rules).toNumber();
        const events: MemberEvent[] = [{ date: applyDate, type: 'apply', wage }];
        if (paidMonths > 0) events.push({ date: applyDate, type: 'pay', amount: paidMonths * c });
        const record: MemberRecord = { member, events };
        // Months start .. start + paidMonths - 1 are paid; the max-th unpaid is start + paidMonths + max - 1.
        const lastMonth = monthOfDate(applyDate) + paidMonths + max - 1;
        const endDay = dayOfMonthIndex(lastMonth + 1, rules.dueDay);

        const dayBefore = statement(record, rules, { asOf: previousDay(endDay) });
        expect(dayBefore.status).toEqual({ state: 'active', reason: null, date: null });

        const s = statement(record, rules, { asOf: addDays(endDay, after) });
        expect(s.status).toEqual({ state: 'terminated', reason: 'arrears', date: endDay });
        expect(s.months).toHaveLength(paidMonths + max);
        expect(s.months.at(-1)!.month).toBe(lastMonth);
        expect(s.months.filter((m) => m.principalOutstanding > 0)).toHaveLength(max);
        expect(s.totals.creditedMonths).toBe(paidMonths);

        // A payment on that due day is counted first: two contributions pay the oldest month's fees
        // (at most 1% a month for 24 months) and its principal, leaving max - 1 unpaid: still active.
        const saved = statement({ member, events: [...events, { date: endDay, type: 'pay', amount: 2 * c }] }, rules, { asOf: endDay });
        expect(saved.status.state).toBe('active');
      },
    );
  }
});
