/**
 * Random member histories for the property tests: an application (mostly within the wage
 * bounds), then payments of random or whole-month amounts, annual increases and cancellations
 * (mostly inside the January 1 - February 15 window), now and then a stop or a second
 * application, with gaps from a day to more than two years (so arrears reach termination).
 */
import { fc } from '@fast-check/vitest';
import { loadModel } from '../../src/rules/load-model.js';
import type { MemberEvent, MemberRecord } from '../../src/rules/member.js';
import type { OptionalRules } from '../../src/rules/optional-rules.js';
import { addDays, ageOn, contributionOf, entryCapOracle, reductionFloorOracle, returnUpperOracle, y4 } from './oracle.js';

export const RULES: OptionalRules = loadModel();

/** Rule sets the random histories run under: the defaults, the press report's 12, a short fuse, a fee cap, month-start charging. */
export const rulesArb: fc.Arbitrary<OptionalRules> = fc.oneof(
  { arbitrary: fc.constant(RULES), weight: 4 },
  { arbitrary: fc.constant<OptionalRules>({ ...RULES, maxMissedContributions: 12 }), weight: 2 },
  { arbitrary: fc.constant<OptionalRules>({ ...RULES, maxMissedContributions: 3 }), weight: 1 },
  { arbitrary: fc.constant<OptionalRules>({ ...RULES, lateFeeCapRate: { units: 5, scale: 100 } }), weight: 1 },
  { arbitrary: fc.constant<OptionalRules>({ ...RULES, chargeMonthOn: 'month-start' }), weight: 1 },
);

const FIRST_DAY = 20230101;

export const dateArb = (fromOffset = 0, toOffset = 1460): fc.Arbitrary<number> => fc.integer({ min: fromOffset, max: toOffset }).map((n) => addDays(FIRST_DAY, n));

const stepArb = fc.record({
  gap: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 40 }), weight: 8 }, { arbitrary: fc.integer({ min: 41, max: 200 }), weight: 2 }, { arbitrary: fc.integer({ min: 201, max: 800 }), weight: 1 }),
  kind: fc.oneof(
    { arbitrary: fc.constant('pay' as const), weight: 24 },
    { arbitrary: fc.constant('increase' as const), weight: 5 },
    { arbitrary: fc.constant('cancel-increase' as const), weight: 4 },
    { arbitrary: fc.constant('stop' as const), weight: 1 },
    { arbitrary: fc.constant('apply' as const), weight: 1 },
  ),
  /** pay: a whole number of months' contributions (1..6), or 0 for a random amount. */
  months: fc.integer({ min: 0, max: 6 }),
  amount: fc.integer({ min: 1, max: 250_000 }),
  /** increase: new wage = current x (1000 + permille) / 1000. */
  permille: fc.integer({ min: -20, max: 115 }),
  inWindow: fc.boolean(),
  windowDay: fc.integer({ min: 0, max: 45 }),
  reason: fc.constantFrom('request' as const, 'covered-work' as const),
});

type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;

export interface HistoryParams {
  sex: 'M' | 'F';
  age: number;
  birthMonthDay: [number, number];
  applyDate: number;
  returning: null | { lastWage: number; yearsAway: number; daysAway: number; unsettledRights: boolean; reducedBefore: boolean };
  wagePermille: number;
  validWage: boolean;
  steps: Step[];
  asOfGap: number;
}

export const historyParamsArb: fc.Arbitrary<HistoryParams> = fc.record({
  sex: fc.constantFrom('M' as const, 'F' as const),
  age: fc.integer({ min: 18, max: 52 }),
  birthMonthDay: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
  applyDate: dateArb(0, 1095),
  returning: fc.option(
    fc.record({
      lastWage: fc.integer({ min: 200_000, max: 1_500_000 }),
      yearsAway: fc.integer({ min: 0, max: 12 }),
      daysAway: fc.integer({ min: 0, max: 364 }),
      unsettledRights: fc.boolean(),
      reducedBefore: fc.boolean(),
    }),
    { freq: 3 },
  ),
  wagePermille: fc.integer({ min: 0, max: 1000 }),
  validWage: fc.oneof({ arbitrary: fc.constant(true), weight: 12 }, { arbitrary: fc.constant(false), weight: 1 }),
  steps: fc.array(stepArb, { minLength: 0, maxLength: 22 }),
  asOfGap: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 61, max: 700 })),
});

/** The next day on or after `d` inside the window January 1 + `offset` (0..45). */
function windowDateFrom(d: number, offset: number): number {
  const inYear = addDays(y4(d) * 10000 + 101, offset);
  if (inYear >= d) return inYear;
  if (d % 10000 <= 215) return d;
  return addDays((y4(d) + 1) * 10000 + 101, offset);
}

/** A member history (and its statement date) built from random parameters. */
export function buildHistory(p: HistoryParams, rules: OptionalRules = RULES): { record: MemberRecord; asOf: number } {
  const birthDate = (y4(p.applyDate) - p.age) * 10000 + p.birthMonthDay[0] * 100 + p.birthMonthDay[1];
  const age = ageOn(birthDate, p.applyDate);
  let previousCoverage: MemberRecord['previousCoverage'];
  let lo: number;
  let hi: number;
  if (p.returning === null) {
    lo = rules.minWage;
    hi = entryCapOracle(age, rules);
  } else {
    const r = p.returning;
    const sameDay = (y4(p.applyDate) - r.yearsAway) * 10000 + (p.applyDate % 10000);
    const leftOn = sameDay % 10000 === 229 ? sameDay - 1 : sameDay; // 29 February, whole years earlier, may not exist
    previousCoverage = { lastWage: r.lastWage, leftOn: Math.min(addDays(leftOn, r.daysAway), p.applyDate), unsettledRights: r.unsettledRights, reducedBefore: r.reducedBefore };
    const years = Math.max(0, ageOn(previousCoverage.leftOn, p.applyDate));
    hi = returnUpperOracle(r.lastWage, years, rules);
    lo = r.reducedBefore ? Math.max(rules.minWage, r.lastWage) : reductionFloorOracle(r.lastWage, rules);
    if (lo > hi) lo = hi;
  }
  const inRange = lo + Math.floor(((hi - lo) * p.wagePermille) / 1000);
  const wage = p.validWage ? inRange : p.wagePermille % 2 === 0 ? lo - 1 - p.wagePermille : hi + 1 + p.wagePermille;
  const events: MemberEvent[] = [{ date: p.applyDate, type: 'apply', wage: Math.max(1, wage) }];
  let date = p.applyDate;
  let current = Math.max(1, wage);
  for (const s of p.steps) {
    date = addDays(date, s.gap);
    switch (s.kind) {
      case 'pay': {
        const c = contributionOf(current, rules).toNumber();
        events.push({ date, type: 'pay', amount: s.months === 0 ? s.amount : s.months * c });
        break;
      }
      case 'increase': {
        if (s.inWindow) date = windowDateFrom(date, s.windowDay);
        const w = Math.max(1, Math.floor((current * (1000 + s.permille)) / 1000));
        events.push({ date, type: 'increase', wage: w });
        current = w;
        break;
      }
      case 'cancel-increase':
        if (s.inWindow) date = windowDateFrom(date, s.windowDay);
        events.push({ date, type: 'cancel-increase' });
        break;
      case 'stop':
        events.push({ date, type: 'stop', reason: s.reason });
        break;
      case 'apply':
        events.push({ date, type: 'apply', wage: Math.max(1, wage) });
        break;
    }
  }
  return {
    record: { member: { id: 'P-1', sex: p.sex, birthDate, nationality: 'JO' }, ...(previousCoverage === undefined ? {} : { previousCoverage }), events },
    asOf: addDays(date, p.asOfGap),
  };
}

export const historyArb: fc.Arbitrary<{ record: MemberRecord; asOf: number; rules: OptionalRules }> = fc
  .tuple(historyParamsArb, rulesArb)
  .map(([p, rules]) => ({ ...buildHistory(p, rules), rules }));

/** Only payments after the application (no wage changes, stops or second applications). */
export const payOnlyHistoryArb = fc.tuple(historyParamsArb, rulesArb).map(([p, rules]) => ({
  ...buildHistory({ ...p, validWage: true, steps: p.steps.map((s) => ({ ...s, kind: 'pay' as const })) }, rules),
  rules,
}));
