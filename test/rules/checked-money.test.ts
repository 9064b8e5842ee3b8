/**
 * Issue 16: money sums checked. The library either returns an exact statement (every total
 * equal to the decimal oracle's, digit for digit) or throws InputError with a path to the field;
 * never a wrong total, never a TypeError or RangeError.
 */
import { fc, test } from '@fast-check/vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { filsOps, MoneyRangeError } from '../../src/money/money-ops.js';
import { MAX_EVENT_FILS, MAX_EVENTS } from '../../src/rules/member-check.js';
import type { MemberEvent, MemberRecord } from '../../src/rules/member.js';
import { statement } from '../../src/rules/statement.js';
import { cli } from '../helpers/cli.js';
import { RULES } from './arbitraries.js';
import { addDays, oracleStatement } from './oracle.js';

const RUNS = { numRuns: Number(process.env.LAW_RUNS ?? 150) };
const member = { id: 'M-16', sex: 'M' as const, birthDate: 19900615, nationality: 'JO' };
const APPLY = 20250110;
const WAGE = 400_000;

/** What the statement returned, or the error it threw. */
function attempt(record: unknown, asOf: unknown): { ok: true; s: ReturnType<typeof statement> } | { ok: false; e: unknown } {
  try {
    return { ok: true, s: statement(record as MemberRecord, RULES, { asOf } as { asOf: number }) };
  } catch (e) {
    return { ok: false, e };
  }
}

/** Every total agrees with the decimal oracle, compared as decimal text (no rounding anywhere). */
function expectExact(record: MemberRecord, asOf: number): void {
  const s = statement(record, RULES, { asOf });
  const o = oracleStatement(record, RULES, asOf);
  for (const k of ['contributions', 'fees', 'paid', 'credit'] as const) expect(String(s.totals[k]), k).toBe(o.totals[k].toFixed(0));
  expect(s.months.map((m) => String(m.principalPaid))).toEqual(o.months.map((m) => m.principalPaid.toFixed(0)));
}

const amountArb = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: MAX_EVENT_FILS }), weight: 4 },
  { arbitrary: fc.constant(MAX_EVENT_FILS), weight: 3 },
  { arbitrary: fc.integer({ min: MAX_EVENT_FILS - 1000, max: MAX_EVENT_FILS }), weight: 2 },
  // Invalid: above the limit, at and past 2^53, negative, zero, fractional, not a number.
  { arbitrary: fc.constantFrom(MAX_EVENT_FILS + 1, 2 ** 53, 2 ** 53 + 2, 1e20, -5, 0, 0.5, Number.NaN, Number.POSITIVE_INFINITY), weight: 1 },
  { arbitrary: fc.constantFrom('100' as unknown as number, null as unknown as number), weight: 1 },
);

const eventArb = fc.record({
  gap: fc.integer({ min: 0, max: 60 }),
  type: fc.oneof({ arbitrary: fc.constant('pay'), weight: 10 }, { arbitrary: fc.constantFrom('apply', 'increase', 'stop', 'cancel-increase', 'refund'), weight: 1 }),
  amount: amountArb,
  badDate: fc.option(fc.constantFrom(20250230, 20251301, 2025, -1, 20250100), { freq: 20 }),
});

/** A record: a valid application, then arbitrary events (mostly payments near the limit), sometimes out of order. */
const recordArb = fc.record({ events: fc.array(eventArb, { maxLength: 40 }), shuffle: fc.boolean(), asOfGap: fc.integer({ min: 0, max: 400 }) }).map(({ events, shuffle, asOfGap }) => {
  let date = APPLY;
  const list: Array<Record<string, unknown>> = [{ date: APPLY, type: 'apply', wage: WAGE }];
  for (const e of events) {
    date = addDays(date, e.gap);
    const d = e.badDate ?? date;
    if (e.type === 'pay') list.push({ date: d, type: 'pay', amount: e.amount });
    else if (e.type === 'apply' || e.type === 'increase') list.push({ date: d, type: e.type, wage: e.amount });
    else if (e.type === 'stop') list.push({ date: d, type: 'stop', reason: 'request' });
    else list.push({ date: d, type: e.type });
  }
  if (shuffle && list.length > 2) list.reverse();
  return { record: { member, events: list } as unknown as MemberRecord, asOf: addDays(date, asOfGap) };
});

describe('statement(): exact or InputError, never a wrong total', () => {
  test.prop([recordArb], RUNS)('arbitrary (also invalid) events with payments up to the limit', ({ record, asOf }) => {
    const r = attempt(record, asOf);
    if (!r.ok) {
      expect(r.e).toBeInstanceOf(InputError);
      expect((r.e as InputError).message).toMatch(/^<member record>: (events\.\d+(\.(amount|wage|date|type))?|asOf): /);
      return;
    }
    expectExact(record, asOf);
  });

  it('20,000 payments of the largest amount: the exact total, 2 x 10^15 fils', () => {
    const events: MemberEvent[] = [{ date: APPLY, type: 'apply', wage: WAGE }];
    for (let i = 1; i < MAX_EVENTS; i++) events.push({ date: 20250120, type: 'pay', amount: MAX_EVENT_FILS });
    const s = statement({ member, events }, RULES, { asOf: '2025-03-31' });
    expect(s.totals.paid).toBe((MAX_EVENTS - 1) * MAX_EVENT_FILS);
    expect(BigInt(s.totals.paid)).toBe(BigInt(MAX_EVENTS - 1) * BigInt(MAX_EVENT_FILS));
    const settled = s.months.reduce((a, m) => a + m.principalPaid + m.feesPaid, 0);
    expect(s.totals.credit + settled).toBe(s.totals.paid);
  });

  it('the money arithmetic refuses a sum past 2^53 - 1 instead of losing a fil', () => {
    expect(filsOps.add(2 ** 53 - 2, 1)).toBe(2 ** 53 - 1);
    expect(() => filsOps.add(2 ** 53 - 1, 1)).toThrow(MoneyRangeError);
    expect(() => filsOps.sub(-(2 ** 53) + 1, 1)).toThrow(/beyond the exact range of fils/);
  });
});

describe('statement(): the record is checked with the member file\'s checks', () => {
  const pay = (amount: number, date = 20250120): MemberEvent => ({ date, type: 'pay', amount });
  const apply: MemberEvent = { date: APPLY, type: 'apply', wage: WAGE };
  it.each([
    ['a negative payment', { member, events: [apply, pay(-5)] }, '2025-06-30', '<member record>: events.1.amount: -0.005 JOD: must be above 0'],
    ['a payment of 10^20 fils', { member, events: [apply, pay(1e20)] }, '2025-06-30', '<member record>: events.1.amount: 100000000000000000000: expected a whole number of fils'],
    ['a payment above the limit', { member, events: [apply, pay(MAX_EVENT_FILS + 1)] }, '2025-06-30', '<member record>: events.1.amount: 100000000.001 JOD is above the limit of 100000000.000 JOD for one amount'],
    ['events out of date order', { member, events: [apply, pay(1000, 20250301), pay(1000, 20250201)] }, '2025-06-30', "<member record>: events.2.date: 2025-02-01 is before the previous event's date: events must be in date order"],
    ['2025-02-30', { member, events: [apply, pay(1000, 20250230)] }, '2025-06-30', '<member record>: events.1.date: 20250230: not a calendar date'],
    ['a missing asOf', { member, events: [apply] }, undefined, '<member record>: asOf: missing: give the statement date (YYYY-MM-DD)'],
    ['asOf 2025-02-30', { member, events: [apply] }, '2025-02-30', '<member record>: asOf: 2025-2-30 is not a calendar date'],
    ['no member', { events: [apply] }, '2025-06-30', '<member record>: member: missing: expected { id, sex, birthDate, nationality }'],
    ['an unknown event type', { member, events: [apply, { date: 20250120, type: 'refund' }] }, '2025-06-30', '<member record>: events.1.type: unknown event type "refund" (known: apply, pay, increase, cancel-increase, stop)'],
    ['a stop without a reason', { member, events: [apply, { date: 20250120, type: 'stop' }] }, '2025-06-30', '<member record>: events.1.reason: nothing is not one of "request", "covered-work"'],
  ])('%s', (_, record, asOf, message) => {
    const r = attempt(record, asOf);
    expect(r.ok).toBe(false);
    expect(r.ok ? null : r.e).toBeInstanceOf(InputError);
    expect(r.ok ? '' : (r.e as Error).message).toBe(message);
  });

  it('null, a string or an array as the record: InputError, not TypeError', () => {
    for (const bad of [null, 'member.yaml', [], 42]) {
      const r = attempt(bad, '2025-06-30');
      expect(r.ok ? null : r.e).toBeInstanceOf(InputError);
    }
  });
});

describe('ssc-proj statement: a payment above the limit is refused at its line', () => {
  it('exit 2, file:line:col and the limit', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'ssc-proj-money-')), 'm.yaml');
    writeFileSync(f, `member: { id: 1, sex: M, birthDate: 1990-06-15, nationality: JO }\nevents:\n  - { date: 2025-01-10, type: apply, wage: 400 }\n  - { date: 2025-01-20, type: pay, amount: 100000000.001 }\n`);
    const r = await cli(['statement', f, '--as-of', '2025-06-30', '--format', 'csv']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `ssc-proj: ${f}:4:44: events.1.amount: 100000000.001 JOD is above the limit of 100000000.000 JOD for one amount\n` });
  });
});
