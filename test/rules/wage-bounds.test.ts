/**
 * Wage rules (design note section 2): every accepted wage lies within its bound, and every bound
 * is reachable (the bound itself is accepted, one fils beyond it is refused with the right rule).
 * Bounds come from the decimal.js oracle (test/rules/oracle.ts), never from src/rules.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { MemberEvent, MemberRecord } from '../../src/rules/member.js';
import type { OptionalRules } from '../../src/rules/optional-rules.js';
import { statement } from '../../src/rules/statement.js';
import { annualIncreaseBound, checkNewWage, entryWageCap, isRefusal, maxReturningWage } from '../../src/rules/wage-bounds.js';
import { RULES } from './arbitraries.js';
import { addDays, ageOn, annualIncreaseOracle, applicationOracle, entryCapOracle, reductionFloorOracle, returnUpperOracle } from './oracle.js';

/** 200 runs a property keeps the suite fast; LAW_RUNS=5000 searches deeper. */
const RUNS = { numRuns: Number(process.env.LAW_RUNS ?? 200) };

/** A piecewise-linear factor table: 1 to 4 points, ages increasing in 16..70, factors 0.050..2.000. */
const factorTableArb = fc
  .uniqueArray(fc.integer({ min: 16, max: 70 }), { minLength: 1, maxLength: 4 })
  .chain((ages) => fc.tuple(fc.constant([...ages].sort((a, b) => a - b)), fc.array(fc.integer({ min: 50, max: 2000 }), { minLength: ages.length, maxLength: ages.length })))
  .map(([ages, factors]) => ages.map((age, i) => ({ age, factor: { units: factors[i]!, scale: 1000 } })));

const entryRulesArb: fc.Arbitrary<OptionalRules> = fc.oneof(
  fc.constant(RULES),
  factorTableArb.map((entryWageCapFactorByAge) => ({ ...RULES, entryWageCapFactorByAge })),
);

/** The statement of one application: the rule that refused it, or null when accepted. */
function applicationRule(record: Omit<MemberRecord, 'events'>, date: number, wage: number, rules: OptionalRules = RULES): string | null {
  const s = statement({ ...record, events: [{ date, type: 'apply', wage }] }, rules, { asOf: date });
  if (s.status.state === 'active') {
    // Accepted: the month of the application is priced at the declared wage.
    expect(s.months[0]!.wage).toBe(wage);
    return null;
  }
  expect(s.status).toMatchObject({ state: 'rejected', date });
  return s.status.reason;
}

const applyDateArb = fc.integer({ min: 0, max: 1460 }).map((n) => addDays(20230101, n));
const birthFor = (applyDate: number, age: number, mmdd: number) => (Math.floor(applyDate / 10000) - age) * 10000 + mmdd;
const mmddArb = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => m * 100 + d);

describe('new subscriber: minWage <= wage <= cap(age) = max(minWage, floor(3 x averageWage x factor(age)))', () => {
  test.prop([entryRulesArb, fc.integer({ min: 0, max: 90 })], RUNS)('entryWageCap(age) equals the exact piecewise-linear cap of the oracle', (rules, age) => {
    expect(entryWageCap(age, rules)).toBe(entryCapOracle(age, rules));
  });

  // Ages 17..59 in whole years before the application year: 16..59 on the application date, a
  // first-time applicant (a man).
  test.prop([entryRulesArb, applyDateArb, fc.integer({ min: 17, max: 59 }), mmddArb, fc.integer({ min: 200_000, max: 4_000_000 })], RUNS)(
    'every accepted new wage lies within [minWage, cap(age)], and every wage within is accepted',
    (rules, applyDate, age, mmdd, wage) => {
      const member = { id: 'W', sex: 'M' as const, birthDate: birthFor(applyDate, age, mmdd), nationality: 'JO' };
      const a = ageOn(member.birthDate, applyDate);
      const within = wage >= rules.minWage && wage <= entryCapOracle(a, rules);
      expect(applicationRule({ member }, applyDate, wage, rules) === null).toBe(within);
      expect(isRefusal(checkNewWage(wage, a, rules))).toBe(!within);
    },
  );

  // Ages 17..54 in whole years before the application year: 16 or more on the application date, a
  // first-time applicant of either sex.
  test.prop([entryRulesArb, applyDateArb, fc.integer({ min: 17, max: 54 }), mmddArb], RUNS)(
    'both entry bounds are reachable: minWage and cap(age) accepted; one fils below (wageBelowMinimum) and above (wageAboveEntryCap) refused',
    (rules, applyDate, age, mmdd) => {
      const member = { id: 'W', sex: 'F' as const, birthDate: birthFor(applyDate, age, mmdd), nationality: 'JO' };
      const cap = entryCapOracle(ageOn(member.birthDate, applyDate), rules);
      expect(applicationRule({ member }, applyDate, rules.minWage, rules)).toBeNull();
      expect(applicationRule({ member }, applyDate, cap, rules)).toBeNull();
      expect(applicationRule({ member }, applyDate, rules.minWage - 1, rules)).toBe('wageBelowMinimum');
      expect(applicationRule({ member }, applyDate, cap + 1, rules)).toBe('wageAboveEntryCap');
    },
  );

  it('cap by age with a table 0.5 at 20, 1 at 30, 0.333 at 50 (3 x 638.000 = 1914.000 at factor 1)', () => {
    const rules = { ...RULES, entryWageCapFactorByAge: [{ age: 20, factor: { units: 5, scale: 10 } }, { age: 30, factor: { units: 1, scale: 1 } }, { age: 50, factor: { units: 333, scale: 1000 } }] };
    // age 18: before the table, factor 0.5: 957.000
    expect(entryWageCap(18, rules)).toBe(957_000);
    // age 25: 0.5 + 0.5 x 5/10 = 0.75: 1435.500
    expect(entryWageCap(25, rules)).toBe(1_435_500);
    // age 31: 1 - 0.667 x 1/20 = 0.96665: 1914.000 x 0.96665 = 1850.168 1 -> 1850.168
    expect(entryWageCap(31, rules)).toBe(1_850_168);
    // age 60: after the table, 0.333: 637.362; never below the minimum wage 290.000
    expect(entryWageCap(60, rules)).toBe(637_362);
    expect(entryWageCap(60, { ...rules, entryWageCapFactorByAge: [{ age: 16, factor: { units: 1, scale: 10 } }] })).toBe(290_000);
  });
});

describe('returning subscriber: [ceil(last x 0.8) once, or max(minWage, last)] .. last compounded +10% a full year (10 at most)', () => {
  const returningArb = fc.record({
    applyDate: applyDateArb,
    age: fc.integer({ min: 18, max: 70 }),
    mmdd: mmddArb,
    sex: fc.constantFrom('M' as const, 'F' as const),
    lastWage: fc.integer({ min: 100_000, max: 3_000_000 }),
    yearsAway: fc.integer({ min: 0, max: 14 }),
    leftMmdd: mmddArb,
    unsettledRights: fc.boolean(),
    reducedBefore: fc.boolean(),
  });
  const setup = (r: typeof returningArb extends fc.Arbitrary<infer R> ? R : never) => {
    const leftOn = Math.min((Math.floor(r.applyDate / 10000) - r.yearsAway) * 10000 + r.leftMmdd, r.applyDate);
    const record: Omit<MemberRecord, 'events'> = {
      member: { id: 'R', sex: r.sex, birthDate: birthFor(r.applyDate, r.age, r.mmdd), nationality: 'JO' },
      previousCoverage: { lastWage: r.lastWage, leftOn, unsettledRights: r.unsettledRights, reducedBefore: r.reducedBefore },
    };
    const years = Math.max(0, ageOn(leftOn, r.applyDate));
    return { record, years, upper: returnUpperOracle(r.lastWage, years, RULES), floor: reductionFloorOracle(r.lastWage, RULES), age: ageOn(record.member.birthDate, r.applyDate) };
  };

  test.prop([returningArb, fc.integer({ min: 0, max: 1000 })], RUNS)('every wage is accepted or refused exactly as the oracle bounds say, with the same rule id', (r, permille) => {
    const { record, upper } = setup(r);
    // Wages from 0.7 x last - 1 to the upper bound + 1, and a little beyond.
    const lo = Math.floor(r.lastWage * 0.7) - 1;
    const wage = lo + Math.floor(((upper + 2 - lo) * permille) / 1000);
    expect(applicationRule(record, r.applyDate, wage)).toBe(applicationOracle({ ...record, events: [] }, r.applyDate, wage, RULES));
  });

  test.prop([returningArb], RUNS)('every returning bound is reachable: the bound is accepted, one fils beyond is refused with its rule', (r) => {
    const { record, upper, floor, age } = setup(r);
    const eligible = applicationOracle({ ...record, events: [] }, r.applyDate, upper, RULES) === null;
    fc.pre(eligible);
    expect(applicationRule(record, r.applyDate, upper)).toBeNull();
    expect(applicationRule(record, r.applyDate, upper + 1)).toBe('wageAboveReturnBound');
    const keep = Math.max(RULES.minWage, r.lastWage);
    expect(applicationRule(record, r.applyDate, keep)).toBeNull();
    const mayReduce = !r.reducedBefore && age < RULES.oneTimeReductionMaxAge[r.sex];
    if (mayReduce) {
      expect(applicationRule(record, r.applyDate, floor)).toBeNull();
      expect(applicationRule(record, r.applyDate, floor - 1)).toBe(floor === RULES.minWage ? 'wageBelowMinimum' : 'wageBelowReturnBound');
    } else if (keep > RULES.minWage) {
      expect(applicationRule(record, r.applyDate, keep - 1)).toBe(r.reducedBefore ? 'reductionUsed' : 'reductionAge');
    } else {
      expect(applicationRule(record, r.applyDate, keep - 1)).toBe('wageBelowMinimum');
    }
  });

  test.prop([fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 0, max: 20 })], RUNS)('maxReturningWage compounds 10% a year floored to fils at each step, at most 10 steps', (last, years) => {
    expect(Math.max(RULES.minWage, maxReturningWage(last, years, RULES))).toBe(returnUpperOracle(last, years, RULES));
  });

  it('420.000 after 3 years: 462.000, 508.200, 559.020', () => {
    expect(maxReturningWage(420_000, 3, RULES)).toBe(559_020);
  });
});

describe('annual increase: current < new <= floor(current x 110 / 100), requested 01-01..02-15, once a year', () => {
  const member = { id: 'I', sex: 'M' as const, birthDate: 19900615, nationality: 'JO' };
  /** Enrolled 2025-06-10 at `wage`; the increase requested on `date` (2025-12-31 .. 2026-12-31). */
  function increase(wage: number, date: number, to: number): { rule: string | null; s: ReturnType<typeof statement> } {
    const events: MemberEvent[] = [
      { date: 20250610, type: 'apply', wage },
      { date, type: 'increase', wage: to },
    ];
    // As of 2026-12-31 nothing has been paid: 18 unpaid months (June 2025 .. November 2026) < 24.
    const s = statement({ member, events }, RULES, { asOf: 20261231 });
    expect(s.status.state).toBe('active');
    return { rule: s.rejected[0]?.rule ?? null, s };
  }

  test.prop([fc.integer({ min: 290_000, max: 1_914_000 }), fc.integer({ min: 0, max: 364 }), fc.integer({ min: -2000, max: 130_000 })], RUNS)(
    'every accepted increase lies within its bound and window; every request within them is accepted',
    (wage, dayOfYear, delta) => {
      const date = addDays(20260101, dayOfYear);
      const to = Math.max(1, wage + Math.floor((wage * delta) / 1_000_000));
      const inWindow = date % 10000 <= 215;
      const expected = !inWindow ? 'increaseWindow' : to <= wage ? 'increaseNotRaise' : to > annualIncreaseOracle(wage, RULES) ? 'increaseAboveMax' : null;
      const { rule, s } = increase(wage, date, to);
      expect(rule).toBe(expected);
      // From January 2026 the months carry the new wage when accepted, the old one when refused.
      const january = s.months.find((m) => m.month === 2026 * 12)!;
      expect(january.wage).toBe(expected === null ? to : wage);
      expect(s.months.find((m) => m.month === 2025 * 12 + 11)!.wage).toBe(wage);
    },
  );

  test.prop([fc.integer({ min: 290_000, max: 1_914_000 })], RUNS)('the bounds are reachable: floor(current x 1.1) and current + 1 accepted; one fils above, and the current wage, refused', (wage) => {
    const bound = annualIncreaseOracle(wage, RULES);
    expect(annualIncreaseBound(wage, RULES)).toBe(bound);
    expect(increase(wage, 20260201, bound).rule).toBeNull();
    expect(increase(wage, 20260201, wage + 1).rule).toBeNull();
    expect(increase(wage, 20260201, bound + 1).rule).toBe('increaseAboveMax');
    expect(increase(wage, 20260201, wage).rule).toBe('increaseNotRaise');
  });

  it('the window is reachable at both ends: 01-01 and 02-15 accepted, 12-31 and 02-16 refused (increaseWindow)', () => {
    expect(increase(400_000, 20260101, 440_000).rule).toBeNull();
    expect(increase(400_000, 20260215, 440_000).rule).toBeNull();
    expect(increase(400_000, 20251231, 440_000).rule).toBe('increaseWindow');
    expect(increase(400_000, 20260216, 440_000).rule).toBe('increaseWindow');
  });

  it('the entry cap does not bound an increase: 1914.000 -> 2105.400 (= 1914.000 x 1.1) is accepted', () => {
    expect(increase(1_914_000, 20260110, 2_105_400).rule).toBeNull();
  });
});
