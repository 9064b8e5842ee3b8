import { formatIsoDate, parseIsoDate, ymd, type Ymd } from '../calendar/civil-date.js';
import { InputError } from '../assumptions/input-error.js';
import { formatJod } from '../money/fils.js';
import { INPUT_LIMITS } from '../io/safe-path.js';
import type { MemberRecord } from './member.js';

/**
 * The largest amount one event may carry (a payment, a declared or last wage): 100,000,000.000 JOD.
 * With at most INPUT_LIMITS.memberEvents events every sum of a statement stays below
 * 20,000 x 10^11 = 2 x 10^15 fils, well inside the exact integers of a double (2^53 - 1), so no
 * total can lose a fil (README "Bad input and failures").
 */
export const MAX_EVENT_FILS = 100_000_000_000;

/** Events one member history may hold (the member file's limit, the library's too). */
export const MAX_EVENTS = INPUT_LIMITS.memberEvents;

/**
 * What is wrong with an amount in fils, or null: a whole number of fils above 0 and at most
 * MAX_EVENT_FILS. The one check of event amounts, for member files and library records alike.
 * @example amountProblem(-5) // => '-0.005 JOD: must be above 0'
 */
export function amountProblem(fils: unknown): string | null {
  if (typeof fils !== 'number' || !Number.isSafeInteger(fils)) return `${String(fils)}: expected a whole number of fils`;
  if (fils <= 0) return `${formatJod(fils)} JOD: must be above 0`;
  if (fils > MAX_EVENT_FILS) return `${formatJod(fils)} JOD is above the limit of ${formatJod(MAX_EVENT_FILS)} JOD for one amount`;
  return null;
}

/** What is wrong with a Ymd date (yyyymmdd as a number), or null for a real calendar day. */
export function dateProblem(date: unknown): string | null {
  if (typeof date !== 'number' || !Number.isInteger(date)) return `${JSON.stringify(date) ?? String(date)}: expected a date (yyyymmdd number or YYYY-MM-DD)`;
  try {
    ymd(Math.floor(date / 10000), Math.floor(date / 100) % 100, date % 100);
    return null;
  } catch {
    return `${date}: not a calendar date`;
  }
}

/** What is wrong with an event's date after the previous event's, or null (events in date order). */
export function orderProblem(date: Ymd, previous: Ymd | undefined): string | null {
  return previous !== undefined && date < previous ? `${formatIsoDate(date)} is before the previous event's date: events must be in date order` : null;
}

const TYPES = ['apply', 'pay', 'increase', 'cancel-increase', 'stop'];

/**
 * Check a member record handed to the library (`statement()`) with the checks of the member
 * file: amounts (above 0, at most MAX_EVENT_FILS), real dates, events in date order, known types
 * and reasons, at most MAX_EVENTS events, and the statement date. Returns the asOf as a Ymd.
 * @throws {InputError} `<member record>: events.3.amount: ...`, a path to the field
 * @example checkMemberRecord(record, '2027-06-30') // => 20270630
 */
export function checkMemberRecord(record: unknown, asOf: unknown, label = '<member record>'): Ymd {
  const fail = (key: string, detail: string): never => {
    throw new InputError(label, 0, 0, key, detail);
  };
  let asOfYmd: Ymd;
  if (typeof asOf === 'string') {
    try {
      asOfYmd = parseIsoDate(asOf);
    } catch (e) {
      return fail('asOf', (e as Error).message);
    }
  } else if (asOf === undefined || asOf === null) return fail('asOf', 'missing: give the statement date (YYYY-MM-DD)');
  else {
    const p = dateProblem(asOf);
    if (p !== null) fail('asOf', p);
    asOfYmd = asOf as Ymd;
  }
  if (record === null || typeof record !== 'object') return fail('', `expected a member record (an object), got ${record === null ? 'null' : typeof record}`);
  const r = record as Partial<MemberRecord>;
  const m = r.member as Partial<MemberRecord['member']> | undefined;
  if (m === null || typeof m !== 'object') return fail('member', 'missing: expected { id, sex, birthDate, nationality }');
  if (typeof m.id !== 'string' || m.id === '') fail('member.id', 'expected a non-empty text');
  if (m.sex !== 'M' && m.sex !== 'F') fail('member.sex', `${JSON.stringify(m.sex) ?? 'nothing'} is not one of "M", "F"`);
  const bp = dateProblem(m.birthDate);
  if (bp !== null) fail('member.birthDate', bp);
  if (typeof m.nationality !== 'string' || !/^[A-Z]{2}$/.test(m.nationality)) fail('member.nationality', 'expected an ISO 3166 alpha-2 code such as JO');
  const p = r.previousCoverage;
  if (p !== undefined) {
    if (p === null || typeof p !== 'object') fail('previousCoverage', 'expected { lastWage, leftOn, unsettledRights, reducedBefore }');
    const wp = amountProblem(p.lastWage);
    if (wp !== null) fail('previousCoverage.lastWage', wp);
    const lp = dateProblem(p.leftOn);
    if (lp !== null) fail('previousCoverage.leftOn', lp);
    if (typeof p.unsettledRights !== 'boolean') fail('previousCoverage.unsettledRights', 'expected true or false');
    if (typeof p.reducedBefore !== 'boolean') fail('previousCoverage.reducedBefore', 'expected true or false');
  }
  if (!Array.isArray(r.events)) return fail('events', 'expected a list of events');
  if (r.events.length > MAX_EVENTS) fail('events', `${r.events.length} events is above the limit of ${MAX_EVENTS}`);
  let previous: Ymd | undefined;
  r.events.forEach((e: unknown, i) => {
    const at = `events.${i}`;
    if (e === null || typeof e !== 'object') fail(at, 'expected an event { date, type, ... }');
    const ev = e as Record<string, unknown>;
    if (!TYPES.includes(ev.type as string)) fail(`${at}.type`, `unknown event type ${JSON.stringify(ev.type) ?? 'nothing'} (known: ${TYPES.join(', ')})`);
    const dp = dateProblem(ev.date);
    if (dp !== null) fail(`${at}.date`, dp);
    const op = orderProblem(ev.date as Ymd, previous);
    if (op !== null) fail(`${at}.date`, op);
    previous = ev.date as Ymd;
    const field = ev.type === 'pay' ? 'amount' : ev.type === 'apply' || ev.type === 'increase' ? 'wage' : null;
    if (field !== null) {
      const ap = amountProblem(ev[field]);
      if (ap !== null) fail(`${at}.${field}`, ap);
    }
    if (ev.type === 'stop' && ev.reason !== 'request' && ev.reason !== 'covered-work') fail(`${at}.reason`, `${JSON.stringify(ev.reason) ?? 'nothing'} is not one of "request", "covered-work"`);
  });
  return asOfYmd;
}
