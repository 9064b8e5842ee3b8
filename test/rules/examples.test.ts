/**
 * Member statements worked by hand, as an actuary checks them: every expected amount below is
 * computed in the comments from the rules note (ssc-optional-rules.md), not taken from the code.
 *
 * Default parameters: contribution 17.5% of the declared wage, rounded half up to fils; due on
 * the 15th of the next month; 1% of the unpaid principal of each overdue month on every 16th
 * (per started month), rounded half up; settlement oldest month first, fees before principal.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filsOps } from '../../src/money/money-ops.js';
import { statementToJson } from '../../src/output/statement-format.js';
import { loadModel } from '../../src/rules/load-model.js';
import type { MemberEvent, MemberRecord } from '../../src/rules/member.js';
import type { OptionalRules } from '../../src/rules/optional-rules.js';
import { readMemberFile } from '../../src/rules/member-file.js';
import { statement, type Statement } from '../../src/rules/statement.js';

const RULES = loadModel();

/** A member file written in the test: dates 'YYYY-MM-DD', money in JOD text with 3 decimals. */
type E =
  | [date: string, type: 'apply' | 'increase', wageJod: string]
  | [date: string, type: 'pay', amountJod: string]
  | [date: string, type: 'cancel-increase']
  | [date: string, type: 'stop', reason: 'request' | 'covered-work'];

const day = (iso: string): number => Number(iso.replaceAll('-', ''));
const fils = (jod: string): number => {
  const [i, f = ''] = jod.split('.');
  return Number(i) * 1000 + Number(f.padEnd(3, '0'));
};

function record(member: Partial<MemberRecord['member']>, events: E[], previousCoverage?: MemberRecord['previousCoverage']): MemberRecord {
  return {
    member: { id: 'X-1', sex: 'M', birthDate: 19900615, nationality: 'JO', ...member },
    ...(previousCoverage === undefined ? {} : { previousCoverage }),
    events: events.map((e): MemberEvent => {
      const date = day(e[0]);
      switch (e[1]) {
        case 'apply':
        case 'increase':
          return { date, type: e[1], wage: fils(e[2]) };
        case 'pay':
          return { date, type: 'pay', amount: fils(e[2]) };
        case 'cancel-increase':
          return { date, type: 'cancel-increase' };
        case 'stop':
          return { date, type: 'stop', reason: e[2] };
      }
    }),
  };
}

/** The statement as its JSON output: money as JOD text with 3 decimals, dates ISO. */
type Json = {
  memberId: string;
  asOf: string;
  months: Array<Record<string, string | null>>;
  totals: Record<string, string | number>;
  status: { state: string; reason: string | null; date: string | null };
  rejected: Array<{ date: string; type: string; rule: string; message: string }>;
};
const json = (s: Statement<number>): Json => statementToJson(s, filsOps) as Json;
const run = (r: MemberRecord, asOf: string, rules: OptionalRules = RULES): Json => json(statement(r, rules, { asOf }));

/** One month line in the order of the JSON: month, wage, contribution, due, fees, principal paid, fees paid, principal outstanding, fees outstanding, settled on. */
type Row = [string, string, string, string, string, string, string, string, string, string | null];
const line = ([month, wage, contribution, dueDate, fees, principalPaid, feesPaid, principalOutstanding, feesOutstanding, settledOn]: Row) => ({
  month,
  wage,
  contribution,
  dueDate,
  fees,
  principalPaid,
  feesPaid,
  principalOutstanding,
  feesOutstanding,
  settledOn,
});
const rules = (s: Json) => s.rejected.map((r) => [r.date, r.type, r.rule]);

describe('a new subscriber paying on time', () => {
  // Applies 2025-03-05 declaring 500.000 JOD (290.000 <= 500.000 <= 3 x 638.000 = 1914.000).
  // contribution = 500.000 x 17.5% = 87.500 JOD a month; coverage from March 2025.
  //   March  due 2025-04-15: paid 2025-04-10, held as credit, settles on the due date 2025-04-15.
  //   April  due 2025-05-15: paid on the due date itself: on time, settled 2025-05-15.
  //   May    due 2025-06-15: paid 2025-06-01, credit, settled 2025-06-15.
  //   June   due 2025-07-15: not yet due on 2025-06-30, owed in full (87.500), not overdue.
  // totals: contributions 4 x 87.500 = 350.000; fees 0; paid 3 x 87.500 = 262.500; credit 0; 3 credited months.
  const r = record({ id: 'ON-TIME' }, [
    ['2025-03-05', 'apply', '500.000'],
    ['2025-04-10', 'pay', '87.500'],
    ['2025-05-15', 'pay', '87.500'],
    ['2025-06-01', 'pay', '87.500'],
  ]);

  it('has no fees, each month settled on its due date, June owed but not overdue (exact JSON)', () => {
    expect(run(r, '2025-06-30')).toEqual({
      memberId: 'ON-TIME',
      asOf: '2025-06-30',
      months: [
        line(['2025-03', '500.000', '87.500', '2025-04-15', '0.000', '87.500', '0.000', '0.000', '0.000', '2025-04-15']),
        line(['2025-04', '500.000', '87.500', '2025-05-15', '0.000', '87.500', '0.000', '0.000', '0.000', '2025-05-15']),
        line(['2025-05', '500.000', '87.500', '2025-06-15', '0.000', '87.500', '0.000', '0.000', '0.000', '2025-06-15']),
        line(['2025-06', '500.000', '87.500', '2025-07-15', '0.000', '0.000', '0.000', '87.500', '0.000', null]),
      ],
      totals: { contributions: '350.000', fees: '0.000', paid: '262.500', credit: '0.000', creditedMonths: 3 },
      status: { state: 'active', reason: null, date: null },
      rejected: [],
    });
  });
});

describe('a subscriber paying 3 months late', () => {
  // Applies 2025-02-03 declaring 400.000 JOD: contribution = 400.000 x 17.5% = 70.000 JOD.
  // February is due 2025-03-15 and paid 2025-05-20: started months of delay = 3 (new months start
  // on Mar 16, Apr 16, May 16) -> fees 3 x round_half_up(70.000 / 100) = 3 x 0.700 = 2.100.
  // The payment of 72.100 = 2.100 of fees + 70.000 of principal settles February exactly.
  // March (due 04-15) is unpaid: fees on Apr 16 and May 16 = 2 x 0.700 = 1.400.
  // April (due 05-15) is unpaid: fee on May 16 = 0.700.  May (due 06-15) is not yet due on 2025-05-31.
  // totals: contributions 4 x 70.000 = 280.000; fees 2.100 + 1.400 + 0.700 = 4.200; paid 72.100.
  const r = record({ id: 'LATE' }, [
    ['2025-02-03', 'apply', '400.000'],
    ['2025-05-20', 'pay', '72.100'],
  ]);

  it('charges 3 x 0.700 = 2.100 of fees to February, settled on the payment date', () => {
    const s = run(r, '2025-05-31');
    expect(s.months).toEqual([
      line(['2025-02', '400.000', '70.000', '2025-03-15', '2.100', '70.000', '2.100', '0.000', '0.000', '2025-05-20']),
      line(['2025-03', '400.000', '70.000', '2025-04-15', '1.400', '0.000', '0.000', '70.000', '1.400', null]),
      line(['2025-04', '400.000', '70.000', '2025-05-15', '0.700', '0.000', '0.000', '70.000', '0.700', null]),
      line(['2025-05', '400.000', '70.000', '2025-06-15', '0.000', '0.000', '0.000', '70.000', '0.000', null]),
    ]);
    expect(s.totals).toEqual({ contributions: '280.000', fees: '4.200', paid: '72.100', credit: '0.000', creditedMonths: 1 });
  });

  it('charges nothing more for February after it is paid, and one month of delay starts on the 16th, not the 15th', () => {
    // As of 2025-06-15 nothing new: the next month of delay starts on 2025-06-16.
    expect(run(r, '2025-06-15').totals.fees).toBe('4.200');
    // On 2025-06-16: March + 0.700, April + 0.700, May (due 06-15) + 0.700; February, paid, + 0.
    const s = run(r, '2025-06-16');
    expect(s.totals.fees).toBe('6.300');
    expect(s.months[0]!.fees).toBe('2.100');
  });
});

describe('a partial payment: fees first, then principal, oldest month first', () => {
  // Applies 2025-01-08 declaring 300.000 JOD: contribution = 300.000 x 17.5% = 52.500 JOD;
  // 1% of it = 0.525 JOD.  Nothing is paid until 2025-04-20. Fees by then:
  //   January  (due 02-15): Feb 16, Mar 16, Apr 16 -> 3 x 0.525 = 1.575
  //   February (due 03-15): Mar 16, Apr 16         -> 2 x 0.525 = 1.050
  //   March    (due 04-15): Apr 16                 -> 1 x 0.525 = 0.525
  // Payment 2025-04-20 of 59.975:
  //   January fees 1.575 (left 58.400), January principal 52.500 (left 5.900): January settled 04-20;
  //   February fees 1.050 (left 4.850), February principal 4.850: 52.500 - 4.850 = 47.650 unpaid.
  // On 2025-05-16 a new month of delay starts, on the principal still unpaid:
  //   February: 1% x 47.650 = 0.4765 -> rounded half up 0.477  (fees 1.050 + 0.477 = 1.527)
  //   March:    1% x 52.500 = 0.525                            (fees 0.525 + 0.525 = 1.050)
  //   April (due 05-15): 0.525
  // May (due 06-15) is not yet due on 2025-05-31.
  // totals: contributions 5 x 52.500 = 262.500; fees 1.575 + 1.527 + 1.050 + 0.525 = 4.677; paid 59.975.
  const r = record({ id: 'PARTIAL' }, [
    ['2025-01-08', 'apply', '300.000'],
    ['2025-04-20', 'pay', '59.975'],
  ]);

  it('settles January in full, part of February, and charges later fees on the remaining principal', () => {
    const s = run(r, '2025-05-31');
    expect(s.months).toEqual([
      line(['2025-01', '300.000', '52.500', '2025-02-15', '1.575', '52.500', '1.575', '0.000', '0.000', '2025-04-20']),
      line(['2025-02', '300.000', '52.500', '2025-03-15', '1.527', '4.850', '1.050', '47.650', '0.477', null]),
      line(['2025-03', '300.000', '52.500', '2025-04-15', '1.050', '0.000', '0.000', '52.500', '1.050', null]),
      line(['2025-04', '300.000', '52.500', '2025-05-15', '0.525', '0.000', '0.000', '52.500', '0.525', null]),
      line(['2025-05', '300.000', '52.500', '2025-06-15', '0.000', '0.000', '0.000', '52.500', '0.000', null]),
    ]);
    expect(s.totals).toEqual({ contributions: '262.500', fees: '4.677', paid: '59.975', credit: '0.000', creditedMonths: 1 });
  });

  it('a payment smaller than the oldest fees pays fees only (unpaid fees alone never make a month unpaid)', () => {
    // Same member, 1.000 paid on 2025-04-20: January fees 1.575 get 1.000; principal untouched.
    const s = run(record({}, [['2025-01-08', 'apply', '300.000'], ['2025-04-20', 'pay', '1.000']]), '2025-04-30');
    expect(s.months[0]).toMatchObject({ fees: '1.575', feesPaid: '1.000', feesOutstanding: '0.575', principalPaid: '0.000', principalOutstanding: '52.500' });
  });
});

describe('an advance payment: credit settles each month on its due date', () => {
  // Applies 2025-01-08 declaring 300.000 (contribution 52.500) and pays 200.000 the same day.
  // Credit 200.000 settles January on 02-15 (left 147.500), February on 03-15 (95.000),
  // March on 04-15 (42.500); April, due 05-15, takes the 42.500 and owes 52.500 - 42.500 = 10.000.
  const r = record({ id: 'ADVANCE' }, [
    ['2025-01-08', 'apply', '300.000'],
    ['2025-01-08', 'pay', '200.000'],
  ]);

  it('as of 2025-04-30: three months settled on their due dates, 42.500 still held as credit, April owed but not due', () => {
    const s = run(r, '2025-04-30');
    expect(s.months.map((m) => [m.month, m.principalPaid, m.principalOutstanding, m.settledOn])).toEqual([
      ['2025-01', '52.500', '0.000', '2025-02-15'],
      ['2025-02', '52.500', '0.000', '2025-03-15'],
      ['2025-03', '52.500', '0.000', '2025-04-15'],
      ['2025-04', '0.000', '52.500', null],
    ]);
    // contributions 4 x 52.500 = 210.000; paid 200.000 = 3 x 52.500 + 42.500 credit.
    expect(s.totals).toEqual({ contributions: '210.000', fees: '0.000', paid: '200.000', credit: '42.500', creditedMonths: 3 });
  });

  it('as of 2025-06-20: April short by 10.000 pays 1% x 10.000 = 0.100 on May 16 and June 16', () => {
    // April: fees 2 x 0.100 = 0.200; May (due 06-15) unpaid: 0.525 on June 16; June not yet due.
    // contributions 6 x 52.500 = 315.000; fees 0.200 + 0.525 = 0.725; credit 0.
    const s = run(r, '2025-06-20');
    expect(s.months[3]).toEqual(line(['2025-04', '300.000', '52.500', '2025-05-15', '0.200', '42.500', '0.000', '10.000', '0.200', null]));
    expect(s.months[4]).toEqual(line(['2025-05', '300.000', '52.500', '2025-06-15', '0.525', '0.000', '0.000', '52.500', '0.525', null]));
    expect(s.totals).toEqual({ contributions: '315.000', fees: '0.725', paid: '200.000', credit: '0.000', creditedMonths: 3 });
  });
});

describe('annual increase: inside the window, outside it, once a year, and its cancellation in a later year', () => {
  // Applies 2025-06-10 at 400.000 (contribution 70.000) and pays 7 x 70.000 = 490.000: June to
  // December 2025, each settled on its due date (July 15 2025 ... January 15 2026).
  //   2025-12-01 increase to 420.000: outside 01-01..02-15 -> refused, rule increaseWindow.
  //   2026-01-20 increase to 440.000 = floor(400.000 x 110 / 100): the bound itself, accepted,
  //              effective from January 2026: contribution 440.000 x 17.5% = 77.000.
  //   2026-01-20 pays 12 x 77.000 = 924.000: all of 2026.
  //   2026-02-10 increase to 450.000: a second increase in 2026 -> refused, increaseOncePerYear.
  //   2026-02-12 cancel-increase: the increase is of 2026 -> refused, cancelSameYear.
  //   2027-02-01 cancel-increase: accepted; from January 2027 the wage is 400.000 again (70.000);
  //              2026 keeps 440.000.  Pays 70.000: January 2027, settled 2027-02-15.
  // As of 2027-02-28 (February 2027 not yet due): contributions 7 x 70 + 12 x 77 + 2 x 70 = 1554.000;
  // paid 490 + 924 + 70 = 1484.000; no fees; 7 + 12 + 1 = 20 credited months.
  const r = record({ id: 'RAISE' }, [
    ['2025-06-10', 'apply', '400.000'],
    ['2025-06-10', 'pay', '490.000'],
    ['2025-12-01', 'increase', '420.000'],
    ['2026-01-20', 'increase', '440.000'],
    ['2026-01-20', 'pay', '924.000'],
    ['2026-02-10', 'increase', '450.000'],
    ['2026-02-12', 'cancel-increase'],
    ['2027-02-01', 'cancel-increase'],
    ['2027-02-01', 'pay', '70.000'],
  ]);
  const s = run(r, '2027-02-28');

  it('prices 2025 at 400.000, 2026 at 440.000 and 2027 at 400.000 again', () => {
    expect(s.months.map((m) => `${m.month} ${m.wage} ${m.contribution}`)).toEqual([
      ...['06', '07', '08', '09', '10', '11', '12'].map((m) => `2025-${m} 400.000 70.000`),
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m} 440.000 77.000`),
      '2027-01 400.000 70.000',
      '2027-02 400.000 70.000',
    ]);
    expect(s.totals).toEqual({ contributions: '1554.000', fees: '0.000', paid: '1484.000', credit: '0.000', creditedMonths: 20 });
  });

  it('refuses the requests outside the window, a second increase in a year and a cancellation in the same year, naming each rule', () => {
    expect(rules(s)).toEqual([
      ['2025-12-01', 'increase', 'increaseWindow'],
      ['2026-02-10', 'increase', 'increaseOncePerYear'],
      ['2026-02-12', 'cancel-increase', 'cancelSameYear'],
    ]);
    // The message names the bound and the value.
    expect(s.rejected[0]!.message).toContain('2025-12-01');
    expect(s.rejected[0]!.message).toContain('01-01..02-15');
  });

  it('refuses 440.001, one fils above floor(400.000 x 1.10), naming the bound; 400.000 itself is no raise', () => {
    const above = run(record({}, [['2025-06-10', 'apply', '400.000'], ['2026-01-20', 'increase', '440.001']]), '2026-02-28');
    expect(rules(above)).toEqual([['2026-01-20', 'increase', 'increaseAboveMax']]);
    expect(above.rejected[0]!.message).toContain('440.000');
    expect(above.rejected[0]!.message).toContain('440.001');
    const same = run(record({}, [['2025-06-10', 'apply', '400.000'], ['2026-01-20', 'increase', '400.000']]), '2026-02-28');
    expect(rules(same)).toEqual([['2026-01-20', 'increase', 'increaseNotRaise']]);
  });

  it('an increase on February 15 reaches back to January, charged that morning: 7.000 more is owed', () => {
    // Applies 2025-11-03 at 400.000 and pays 3 x 70.000 = 210.000: November, December, January.
    // On 2026-02-15 January falls due and the credit settles it (70.000); the same day the wage is
    // raised to 440.000 from January: January now costs 77.000, 7.000 is owed, and is paid that day:
    // settled 2026-02-15, on time, no fee.
    const t = run(
      record({}, [
        ['2025-11-03', 'apply', '400.000'],
        ['2025-11-03', 'pay', '210.000'],
        ['2026-02-15', 'increase', '440.000'],
        ['2026-02-15', 'pay', '7.000'],
      ]),
      '2026-02-28',
    );
    expect(t.months.slice(2)).toEqual([
      line(['2026-01', '440.000', '77.000', '2026-02-15', '0.000', '77.000', '0.000', '0.000', '0.000', '2026-02-15']),
      line(['2026-02', '440.000', '77.000', '2026-03-15', '0.000', '0.000', '0.000', '77.000', '0.000', null]),
    ]);
    expect(t.totals.credit).toBe('0.000');
  });
});

describe('a returning subscriber after 4 years away', () => {
  // Left work 2021-01-31 with a last wage of 333.333 JOD; applies 2025-03-10: 4 full years of
  // interruption (the 4th completes on 2025-01-31). Upper bound, 10% a year compounded and
  // rounded down to fils at each step:
  //   333.333 x 1.1 = 366.6663 -> 366.666
  //   366.666 x 1.1 = 403.3326 -> 403.332
  //   403.332 x 1.1 = 443.6652 -> 443.665
  //   443.665 x 1.1 = 488.0315 -> 488.031
  // (compounded once and floored, 333.333 x 1.4641 = 488.0328... -> 488.032: one fils more.)
  // 488.032 is refused (wageAboveReturnBound); 488.031 the same day is accepted:
  // contribution = 488.031 x 17.5% = 85.405425 -> 85.405 JOD.
  const previous = { lastWage: 333_333, leftOn: 20210131, unsettledRights: false, reducedBefore: false };
  const r = record({ id: 'BACK', sex: 'F', birthDate: 19850701 }, [
    ['2025-03-10', 'apply', '488.032'],
    ['2025-03-10', 'apply', '488.031'],
  ], previous);

  it('accepts the compounded bound 488.031 and refuses one fils more', () => {
    const s = run(r, '2025-03-31');
    expect(rules(s)).toEqual([['2025-03-10', 'apply', 'wageAboveReturnBound']]);
    expect(s.rejected[0]!.message).toContain('488.031');
    expect(s.months).toEqual([line(['2025-03', '488.031', '85.405', '2025-04-15', '0.000', '0.000', '0.000', '85.405', '0.000', null])]);
    expect(s.status).toEqual({ state: 'active', reason: null, date: null });
  });

  it('the entry cap does not bind a returning subscriber, the returning bound does (10 increases at most)', () => {
    // Last wage 1800.000, left 2010-01-01, back 2025-03-10: 15 years, at most 10 increases:
    // 1800.000 x 1.1^10, floored each step: 1980.000, 2178.000, 2395.800, 2635.380, 2898.918,
    // 3188.809 (3188.8098), 3507.689 (3507.6899), 3858.457 (3858.4579), 4244.302 (4244.3027),
    // 4668.732 (4668.7322): above the entry cap 1914.000, accepted; 4668.733 refused.
    const prev = { lastWage: 1_800_000, leftOn: 20100101, unsettledRights: false, reducedBefore: false };
    expect(run(record({}, [['2025-03-10', 'apply', '4668.732']], prev), '2025-03-31').status.state).toBe('active');
    expect(rules(run(record({}, [['2025-03-10', 'apply', '4668.733']], prev), '2025-03-31'))).toEqual([['2025-03-10', 'apply', 'wageAboveReturnBound']]);
  });
});

describe('the one-time reduction', () => {
  // Last wage 500.000, left 2023-06-30, back 2025-02-01 (1 full year: bound 550.000).
  // The reduction allows down to ceil(500.000 x 80 / 100) = 400.000, once, below age 55 (M).
  const prev = { lastWage: 500_000, leftOn: 20230630, unsettledRights: false, reducedBefore: false };

  it('accepts 420.000 the first time, and 400.000, the bound; refuses 399.999 (wageBelowReturnBound)', () => {
    expect(run(record({}, [['2025-02-01', 'apply', '420.000']], prev), '2025-02-28').months[0]!.wage).toBe('420.000');
    expect(run(record({}, [['2025-02-01', 'apply', '400.000']], prev), '2025-02-28').months[0]!.wage).toBe('400.000');
    expect(rules(run(record({}, [['2025-02-01', 'apply', '399.999']], prev), '2025-02-28'))).toEqual([['2025-02-01', 'apply', 'wageBelowReturnBound']]);
  });

  it('refuses it the second time (reducedBefore: true): status rejected, reason reductionUsed, date of the application', () => {
    const s = run(record({}, [['2025-02-01', 'apply', '420.000']], { ...prev, reducedBefore: true }), '2025-02-28');
    expect(s.status).toEqual({ state: 'rejected', reason: 'reductionUsed', date: '2025-02-01' });
    expect(s.months).toEqual([]);
    // Keeping the last wage needs no reduction: 500.000 is accepted.
    expect(run(record({}, [['2025-02-01', 'apply', '500.000']], { ...prev, reducedBefore: true }), '2025-02-28').status.state).toBe('active');
  });

  it('refuses it at age 55 for a man (reductionAge), allows it at 54', () => {
    // Born 1970-01-31: 55 on 2025-01-31, so 55 on 2025-02-01; born 1970-02-02: still 54.
    const old = run(record({ birthDate: 19700131 }, [['2025-02-01', 'apply', '420.000']], prev), '2025-02-28');
    expect(old.status).toEqual({ state: 'rejected', reason: 'reductionAge', date: '2025-02-01' });
    expect(run(record({ birthDate: 19700202 }, [['2025-02-01', 'apply', '420.000']], prev), '2025-02-28').status.state).toBe('active');
  });
});

describe('termination after 24 unpaid contributions', () => {
  // Applies 2025-01-10 at the minimum wage 290.000: contribution = 290.000 x 17.5% = 50.750 JOD;
  // 1% = 0.5075 -> rounded half up 0.508 JOD a started month. Never pays.
  // The 24th unpaid contribution is December 2026, due 2027-01-15: terminated at the end of that
  // day; January 2027, the month in progress, is never charged.
  // Fees as of 2027-01-31: the month k-th from the start (k = 0..23) has had 24 - k months of delay
  // started (January 2025: Feb 16 2025 ... Jan 16 2027 = 24; December 2026: Jan 16 2027 = 1):
  // 0.508 x (24 + 23 + ... + 1) = 0.508 x 300 = 152.400.  Contributions 24 x 50.750 = 1218.000.
  const r = record({ id: 'ARREARS' }, [['2025-01-10', 'apply', '290.000']]);

  it('is still active on 2027-01-14 (23 unpaid; December 2026 and January 2027 listed, not yet due)', () => {
    const s = run(r, '2027-01-14');
    expect(s.status).toEqual({ state: 'active', reason: null, date: null });
    expect(s.months).toHaveLength(25);
    expect(s.months.at(-1)!.month).toBe('2027-01');
  });

  it('is terminated for arrears on 2027-01-15; months end at December 2026; fees keep accruing on what is owed', () => {
    const s = run(r, '2027-01-31');
    expect(s.status).toEqual({ state: 'terminated', reason: 'arrears', date: '2027-01-15' });
    expect(s.months).toHaveLength(24);
    expect(s.months[0]).toEqual(line(['2025-01', '290.000', '50.750', '2025-02-15', '12.192', '0.000', '0.000', '50.750', '12.192', null]));
    expect(s.months.at(-1)).toEqual(line(['2026-12', '290.000', '50.750', '2027-01-15', '0.508', '0.000', '0.000', '50.750', '0.508', null]));
    expect(s.totals).toEqual({ contributions: '1218.000', fees: '152.400', paid: '0.000', credit: '0.000', creditedMonths: 0 });
  });

  it('accepts a payment after termination: it settles the oldest months, fees first', () => {
    // 2027-02-01 pays 100.000: January 2025 fees 12.192 + principal 50.750 = 62.942 (left 37.058);
    // February 2025 fees 23 x 0.508 = 11.684 (left 25.374), principal 25.374 of 50.750 (owes 25.376).
    const s = run(record({}, [['2025-01-10', 'apply', '290.000'], ['2027-02-01', 'pay', '100.000']]), '2027-02-10');
    expect(s.months[0]).toMatchObject({ fees: '12.192', feesPaid: '12.192', principalPaid: '50.750', settledOn: '2027-02-01' });
    expect(s.months[1]).toMatchObject({ fees: '11.684', feesPaid: '11.684', principalPaid: '25.374', principalOutstanding: '25.376' });
    expect(s.totals).toMatchObject({ paid: '100.000', credit: '0.000', creditedMonths: 1 });
    // The payment after termination is not refused and does not revive the enrollment.
    expect(s.rejected).toEqual([]);
    expect(s.status.state).toBe('terminated');
  });

  it('with maxMissedContributions 12 (press report): terminated on 2026-01-15, after December 2025', () => {
    const s = run(r, '2026-02-28', { ...RULES, maxMissedContributions: 12 });
    expect(s.status).toEqual({ state: 'terminated', reason: 'arrears', date: '2026-01-15' });
    expect(s.months.map((m) => m.month)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`));
  });
});

describe('ineligible applicants', () => {
  it('refuses an applicant aged 15 (minAge): status rejected, reason and date of that application', () => {
    // Born 2009-03-10: 15 on 2025-03-09, 16 on 2025-03-10 (a year completes on the birthday).
    const s = run(record({ birthDate: 20090310 }, [['2025-03-09', 'apply', '300.000']]), '2025-04-30');
    expect(s.status).toEqual({ state: 'rejected', reason: 'minAge', date: '2025-03-09' });
    expect(s.months).toEqual([]);
    expect(s.rejected[0]!.message).toContain('15');
  });

  it('accepts the same applicant on the 16th birthday', () => {
    const s = run(record({ birthDate: 20090310 }, [['2025-03-09', 'apply', '300.000'], ['2025-03-10', 'apply', '300.000']]), '2025-03-31');
    expect(s.status).toEqual({ state: 'active', reason: null, date: null });
    expect(rules(s)).toEqual([['2025-03-09', 'apply', 'minAge']]);
  });

  it('refuses a non-Jordanian (nationality), and a payment before any accepted application (notEnrolled)', () => {
    const s = run(record({ nationality: 'SY' }, [['2025-03-09', 'apply', '300.000'], ['2025-04-01', 'pay', '52.500']]), '2025-04-30');
    expect(s.status).toEqual({ state: 'rejected', reason: 'nationality', date: '2025-03-09' });
    expect(rules(s)).toEqual([['2025-03-09', 'apply', 'nationality'], ['2025-04-01', 'pay', 'notEnrolled']]);
    expect(s.totals).toEqual({ contributions: '0.000', fees: '0.000', paid: '0.000', credit: '0.000', creditedMonths: 0 });
  });

  it('refuses a first-time applicant aged 55 (F), accepts her with previous contributions whose rights are unsettled', () => {
    // Born 1970-01-01: 55 on 2025-01-10; first-time enrollment needs age < 55 for a woman.
    const first = run(record({ sex: 'F', birthDate: 19700101 }, [['2025-01-10', 'apply', '400.000']]), '2025-01-31');
    expect(first.status).toEqual({ state: 'rejected', reason: 'firstTimeMaxAge', date: '2025-01-10' });
    const back = run(record({ sex: 'F', birthDate: 19700101 }, [['2025-01-10', 'apply', '400.000']], { lastWage: 400_000, leftOn: 20200101, unsettledRights: true, reducedBefore: false }), '2025-01-31');
    expect(back.status.state).toBe('active');
  });

  it('refuses a second application after one was accepted, and the first stands', () => {
    const s = run(record({}, [['2025-01-10', 'apply', '400.000'], ['2025-02-01', 'apply', '500.000']]), '2025-02-28');
    expect(rules(s)).toEqual([['2025-02-01', 'apply', 'secondApplication']]);
    expect(s.months.map((m) => m.wage)).toEqual(['400.000', '400.000']);
  });

  it('refuses wages outside the entry bounds: 289.999 (wageBelowMinimum), 1914.001 (wageAboveEntryCap)', () => {
    expect(run(record({}, [['2025-01-10', 'apply', '289.999']]), '2025-01-31').status.reason).toBe('wageBelowMinimum');
    expect(run(record({}, [['2025-01-10', 'apply', '1914.001']]), '2025-01-31').status.reason).toBe('wageAboveEntryCap');
    expect(run(record({}, [['2025-01-10', 'apply', '1914.000']]), '2025-01-31').status.state).toBe('active');
    expect(run(record({}, [['2025-01-10', 'apply', '290.000']]), '2025-01-31').status.state).toBe('active');
  });
});

describe('a statement before a due date', () => {
  // Applies 2025-01-10 at 400.000 (70.000) and pays 70.000 the same day. January is due 02-15.
  const r = record({}, [['2025-01-10', 'apply', '400.000'], ['2025-01-10', 'pay', '70.000']]);

  it('as of 2025-02-14: January and February listed, not yet due, owed in full; the payment is credit', () => {
    const s = run(r, '2025-02-14');
    expect(s.months).toEqual([
      line(['2025-01', '400.000', '70.000', '2025-02-15', '0.000', '0.000', '0.000', '70.000', '0.000', null]),
      line(['2025-02', '400.000', '70.000', '2025-03-15', '0.000', '0.000', '0.000', '70.000', '0.000', null]),
    ]);
    // contributions count the listed months: 2 x 70.000 = 140.000.
    expect(s.totals).toEqual({ contributions: '140.000', fees: '0.000', paid: '70.000', credit: '70.000', creditedMonths: 0 });
  });

  it('as of 2025-02-15: the credit has settled January on its due date', () => {
    const s = run(r, '2025-02-15');
    expect(s.months[0]).toEqual(line(['2025-01', '400.000', '70.000', '2025-02-15', '0.000', '70.000', '0.000', '0.000', '0.000', '2025-02-15']));
    expect(s.totals).toMatchObject({ credit: '0.000', creditedMonths: 1 });
  });

  it('as of a date before the application: nothing listed, no status yet beyond "rejected" with no application', () => {
    const s = run(r, '2025-01-09');
    expect(s.months).toEqual([]);
    expect(s.status.state).toBe('rejected');
  });
});

describe('a stop on request', () => {
  it('covers the month of the stop, which falls due as usual; later months are never charged', () => {
    // Applies 2025-01-10 at 400.000, stops 2025-03-20: coverage January to March; March due 04-15.
    // As of 2025-05-31, nothing paid: January fees Feb 16 .. May 16 = 4 x 0.700 = 2.800,
    // February 3 x 0.700 = 2.100, March (due 04-15) 2 x 0.700 = 1.400; no April, no May.
    const s = run(record({}, [['2025-01-10', 'apply', '400.000'], ['2025-03-20', 'stop', 'request']]), '2025-05-31');
    expect(s.status).toEqual({ state: 'terminated', reason: 'request', date: '2025-03-20' });
    expect(s.months.map((m) => [m.month, m.fees])).toEqual([['2025-01', '2.800'], ['2025-02', '2.100'], ['2025-03', '1.400']]);
    expect(s.totals).toMatchObject({ contributions: '210.000', fees: '6.300' });
  });

  it('refuses a wage change after the stop (enrollmentEnded)', () => {
    const s = run(record({}, [['2025-01-10', 'apply', '400.000'], ['2025-12-20', 'stop', 'covered-work'], ['2026-01-05', 'increase', '420.000']]), '2026-01-31');
    expect(rules(s)).toEqual([['2026-01-05', 'increase', 'enrollmentEnded']]);
  });
});

describe('chargeMonthOn: month-start (the other ledger timing of section 8)', () => {
  it('charges each month on its first day (the first on the application day) and a payment settles it at once', () => {
    // Applies 2025-01-10 at 400.000: January is charged that day; 70.000 paid 2025-01-20 settles it
    // on 01-20. February is charged on 02-01 and is owed (not overdue) on 2025-02-10.
    const s = run(record({}, [['2025-01-10', 'apply', '400.000'], ['2025-01-20', 'pay', '70.000']]), '2025-02-10', { ...RULES, chargeMonthOn: 'month-start' });
    expect(s.months).toEqual([
      line(['2025-01', '400.000', '70.000', '2025-02-15', '0.000', '70.000', '0.000', '0.000', '0.000', '2025-01-20']),
      line(['2025-02', '400.000', '70.000', '2025-03-15', '0.000', '0.000', '0.000', '70.000', '0.000', null]),
    ]);
    expect(s.totals).toMatchObject({ credit: '0.000', creditedMonths: 1 });
  });
});

describe('scenarios/members/example.yaml, as of 2027-06-30 (the README example), worked by hand', () => {
  // Returning woman, born 1990-05-10 (34 on 2025-01-10, below 50: may reduce), last wage 420.000,
  // left 2021-03-31 (3 full years). Applies 2025-01-10 at 400.000 >= ceil(420.000 x 0.8) = 336.000:
  // accepted with the one-time reduction. Contribution 70.000 (fee 0.700 a month late).
  //
  // 2025-02-14 pays 70.000: credit, settles January on 2025-02-15.
  // 2025-05-20 pays 214.200: February (due 03-15; Mar 16, Apr 16, May 16: 2.100 + 70.000),
  //   March (Apr 16, May 16: 1.400 + 70.000), April (May 16: 0.700 + 70.000) = 214.200 exactly.
  // 2025-12-01 pays 600.000: May 6 x 0.700 = 4.200, June 3.500, July 2.800, August 2.100,
  //   September 1.400, October 0.700 (fees 14.700) + 6 x 70.000 = 434.700; credit 165.300 settles
  //   November on 12-15 (95.300) and December on 2026-01-15 (25.300).
  // 2026-01-20 increase to 440.000 (= floor(400.000 x 1.1)): from January 2026, contribution 77.000.
  //   January 2026 (due 02-15) takes the credit 25.300 and owes 51.700: 1% = 0.517 on Feb 16,
  //   Mar 16, Apr 16, May 16 = 2.068. February 2026: 3 x 0.770 = 2.310; March 1.540; April 0.770.
  // 2026-06-10 pays 500.000: 53.768 + 79.310 + 78.540 + 77.770 = 289.388; credit 210.612 settles
  //   May (06-15, 133.612 left), June (07-15, 56.612 left); July (due 08-15) gets 56.612 and owes
  //   20.388: 1% = 0.20388 -> 0.204 on Aug 16 ... 2027-Feb 16 (7 months) = 1.428.
  //   August 2026: 6 x 0.770 = 4.620; September 3.850; October 3.080; November 2.310; December 1.540.
  // 2027-02-01 cancel-increase: from January 2027 the wage is 400.000 again (70.000); January 2027
  //   (due 02-15) unpaid on Feb 16: 0.700.
  // 2027-03-01 pays 700.000: July 21.816, August 81.620, September 80.850, October 80.080,
  //   November 79.310, December 78.540, January 2027 70.700 = 492.916; credit 207.084 settles
  //   February 2027 (03-15, 137.084 left), March (04-15, 67.084 left); April (due 05-15) gets 67.084
  //   and owes 2.916: 1% = 0.02916 -> 0.029 on May 16 and June 16 = 0.058.  May 2027: 0.700 (Jun 16).
  // 2027-06-01 stop on request: June 2027 is covered, due 07-15, not yet due on 06-30.
  // Totals: contributions 12 x 70 + 12 x 77 + 6 x 70 = 2184.000;
  //   fees 18.900 (2025) + 23.516 (2026) + 1.458 (2027) = 43.874; paid 2084.200; 27 credited months.
  it('gives every month line and the totals computed above', () => {
    const s = json(statement(readMemberFile(fileURLToPath(new URL('../../scenarios/members/example.yaml', import.meta.url))), RULES, { asOf: '2027-06-30' }));
    const z = '0.000';
    expect(s.months).toEqual([
      line(['2025-01', '400.000', '70.000', '2025-02-15', z, '70.000', z, z, z, '2025-02-15']),
      line(['2025-02', '400.000', '70.000', '2025-03-15', '2.100', '70.000', '2.100', z, z, '2025-05-20']),
      line(['2025-03', '400.000', '70.000', '2025-04-15', '1.400', '70.000', '1.400', z, z, '2025-05-20']),
      line(['2025-04', '400.000', '70.000', '2025-05-15', '0.700', '70.000', '0.700', z, z, '2025-05-20']),
      line(['2025-05', '400.000', '70.000', '2025-06-15', '4.200', '70.000', '4.200', z, z, '2025-12-01']),
      line(['2025-06', '400.000', '70.000', '2025-07-15', '3.500', '70.000', '3.500', z, z, '2025-12-01']),
      line(['2025-07', '400.000', '70.000', '2025-08-15', '2.800', '70.000', '2.800', z, z, '2025-12-01']),
      line(['2025-08', '400.000', '70.000', '2025-09-15', '2.100', '70.000', '2.100', z, z, '2025-12-01']),
      line(['2025-09', '400.000', '70.000', '2025-10-15', '1.400', '70.000', '1.400', z, z, '2025-12-01']),
      line(['2025-10', '400.000', '70.000', '2025-11-15', '0.700', '70.000', '0.700', z, z, '2025-12-01']),
      line(['2025-11', '400.000', '70.000', '2025-12-15', z, '70.000', z, z, z, '2025-12-15']),
      line(['2025-12', '400.000', '70.000', '2026-01-15', z, '70.000', z, z, z, '2026-01-15']),
      line(['2026-01', '440.000', '77.000', '2026-02-15', '2.068', '77.000', '2.068', z, z, '2026-06-10']),
      line(['2026-02', '440.000', '77.000', '2026-03-15', '2.310', '77.000', '2.310', z, z, '2026-06-10']),
      line(['2026-03', '440.000', '77.000', '2026-04-15', '1.540', '77.000', '1.540', z, z, '2026-06-10']),
      line(['2026-04', '440.000', '77.000', '2026-05-15', '0.770', '77.000', '0.770', z, z, '2026-06-10']),
      line(['2026-05', '440.000', '77.000', '2026-06-15', z, '77.000', z, z, z, '2026-06-15']),
      line(['2026-06', '440.000', '77.000', '2026-07-15', z, '77.000', z, z, z, '2026-07-15']),
      line(['2026-07', '440.000', '77.000', '2026-08-15', '1.428', '77.000', '1.428', z, z, '2027-03-01']),
      line(['2026-08', '440.000', '77.000', '2026-09-15', '4.620', '77.000', '4.620', z, z, '2027-03-01']),
      line(['2026-09', '440.000', '77.000', '2026-10-15', '3.850', '77.000', '3.850', z, z, '2027-03-01']),
      line(['2026-10', '440.000', '77.000', '2026-11-15', '3.080', '77.000', '3.080', z, z, '2027-03-01']),
      line(['2026-11', '440.000', '77.000', '2026-12-15', '2.310', '77.000', '2.310', z, z, '2027-03-01']),
      line(['2026-12', '440.000', '77.000', '2027-01-15', '1.540', '77.000', '1.540', z, z, '2027-03-01']),
      line(['2027-01', '400.000', '70.000', '2027-02-15', '0.700', '70.000', '0.700', z, z, '2027-03-01']),
      line(['2027-02', '400.000', '70.000', '2027-03-15', z, '70.000', z, z, z, '2027-03-15']),
      line(['2027-03', '400.000', '70.000', '2027-04-15', z, '70.000', z, z, z, '2027-04-15']),
      line(['2027-04', '400.000', '70.000', '2027-05-15', '0.058', '67.084', z, '2.916', '0.058', null]),
      line(['2027-05', '400.000', '70.000', '2027-06-15', '0.700', z, z, '70.000', '0.700', null]),
      line(['2027-06', '400.000', '70.000', '2027-07-15', z, z, z, '70.000', z, null]),
    ]);
    expect(s.totals).toEqual({ contributions: '2184.000', fees: '43.874', paid: '2084.200', credit: '0.000', creditedMonths: 27 });
    expect(s.status).toEqual({ state: 'terminated', reason: 'request', date: '2027-06-01' });
    expect(s.rejected).toEqual([]);
  });
});
