/**
 * Seeded, realistic optional-subscriber histories for the statement benchmark: an application,
 * then mostly monthly payments (some late with their fees, some missed, some in advance), yearly
 * wage increases in the January-February window (now and then cancelled the next year), a few stop
 * requests and a few members who stop paying until the arrears end their enrollment.
 * Deterministic: member i depends only on (seed, i), whatever the sample size or the thread.
 */
import { formatIsoDate, ymd, type Ymd } from '../src/calendar/civil-date.js';
import { monthlyContribution } from '../src/rules/contribution.js';
import type { MemberEvent, MemberRecord } from '../src/rules/member.js';
import type { OptionalRules } from '../src/rules/optional-rules.js';
import { annualIncreaseBound } from '../src/rules/wage-bounds.js';

/** mulberry32: a small, fast 32-bit PRNG; uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of member i: a splitmix-style mix of (seed, i), so members are independent streams. */
function memberSeed(seed: number, i: number): number {
  let z = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(i + 1, 0xc2b2ae35)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** How a member pays; shares of the sample in PAYERS. */
export type PayerKind = 'punctual' | 'late' | 'advance' | 'irregular' | 'dropout';

const PAYERS: ReadonlyArray<readonly [PayerKind, number]> = [
  ['punctual', 0.55],
  ['late', 0.15],
  ['advance', 0.1],
  ['irregular', 0.15],
  ['dropout', 0.05],
];

export interface HistoryOptions {
  readonly seed: number;
  /** First calendar year of the histories (applications in its first quarter). */
  readonly firstYear: number;
  /** Years of monthly events. */
  readonly years: number;
}

/** The statement date that closes the histories: 31 December of the last year. */
export function historiesAsOf(o: HistoryOptions): Ymd {
  return ymd(o.firstYear + o.years - 1, 12, 31);
}

/** One member's history (index i of the sample). */
export function memberHistory(i: number, rules: OptionalRules, o: HistoryOptions): MemberRecord {
  const rnd = mulberry32(memberSeed(o.seed, i));
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const chance = (p: number) => rnd() < p;
  let u = rnd();
  let kind: PayerKind = 'punctual';
  for (const [k, share] of PAYERS) {
    if (u < share) {
      kind = k;
      break;
    }
    u -= share;
  }

  const applyMonth = int(0, 2); // January to March of the first year
  const apply = ymd(o.firstYear, applyMonth + 1, int(1, 28));
  const age = int(20, 50);
  const sex = chance(0.5) ? 'M' : 'F';
  const birthDate = ymd(o.firstYear - age - 1, int(1, 12), int(1, 28));
  // Declared wages: mostly whole tens of JOD, some with fils (half-up rounding of 17.5% matters).
  const roundWage = (fils: number) => (chance(0.7) ? Math.round(fils / 10_000) * 10_000 : fils);
  const returning = chance(0.1);
  let wage = Math.max(rules.minWage, roundWage(int(rules.minWage, 1_500_000)));
  const previousCoverage = returning ? { lastWage: wage, leftOn: ymd(o.firstYear - int(1, 6), int(1, 12), int(1, 28)), unsettledRights: chance(0.5), reducedBefore: false } : undefined;

  const events: MemberEvent[] = [{ date: apply, type: 'apply', wage }];
  const lastMonth = o.years * 12 - 1; // months counted from January of the first year
  const stopAt = chance(0.04) ? int(applyMonth + 24, lastMonth) : -1;
  const dropAt = kind === 'dropout' ? int(applyMonth + 12, lastMonth - 6) : -1;
  let owed = 0; // contributions charged and not yet paid by this member, in fils
  let owedMonths = 0;
  let advanceLeft = 0; // months already paid in advance
  let increased: { year: number; before: number } | null = null;

  for (let m = applyMonth; m <= lastMonth; m++) {
    const year = o.firstYear + Math.floor(m / 12);
    const month = (m % 12) + 1;
    if (stopAt === m) {
      events.push({ date: ymd(year, month, int(1, 28)), type: 'stop', reason: chance(0.7) ? 'request' : 'covered-work' });
      break;
    }
    // The yearly window (1 January to 15 February): a raise now and then, rarely a cancellation.
    if (month === 1 && m > applyMonth && !(dropAt >= 0 && m >= dropAt)) {
      const day = ymd(year, int(1, 2), int(1, 15));
      if (increased !== null && increased.year === year - 1 && chance(0.05)) {
        events.push({ date: day, type: 'cancel-increase' });
        wage = increased.before;
        increased = null;
      } else if (chance(0.25)) {
        const bound = annualIncreaseBound(wage, rules);
        const raised = chance(0.03) ? bound + 1_000 : wage + Math.max(1, Math.floor(((bound - wage) * int(5, 10)) / 10)); // a few above the bound are refused
        events.push({ date: day, type: 'increase', wage: raised });
        if (raised <= bound) {
          increased = { year, before: wage };
          wage = raised;
        }
      }
    }
    const c = monthlyContribution(wage, rules);
    if (dropAt >= 0 && m >= dropAt) continue; // stops paying: the arrears end the enrollment
    if (advanceLeft > 0) {
      advanceLeft--;
      continue;
    }
    // Pay month m in month m + 1, by the due day (or, late, later with the fees).
    const payMonth = m + 1;
    const py = o.firstYear + Math.floor(payMonth / 12);
    const pm = (payMonth % 12) + 1;
    if (payMonth > lastMonth) break;
    switch (kind) {
      case 'advance':
        if (chance(0.9)) {
          const n = [3, 6, 12][int(0, 2)]!;
          events.push({ date: m === applyMonth ? apply : ymd(year, month, int(1, 28)), type: 'pay', amount: c * n });
          advanceLeft = n - 1;
        } else events.push({ date: ymd(py, pm, int(1, rules.dueDay)), type: 'pay', amount: c });
        break;
      case 'late':
      case 'irregular': {
        owed += c;
        owedMonths++;
        const missed = kind === 'irregular' ? chance(0.12) : chance(0.3);
        if (missed && owedMonths < 4 && payMonth < lastMonth) break; // paid later, with the fees
        if (kind === 'irregular' && missed) {
          // never paid: forgotten for good
          owed -= c;
          owedMonths--;
          break;
        }
        // Fees: about 1% a started month of delay on each late month.
        const fees = Math.round((owed * (owedMonths - 1)) / 100);
        events.push({ date: ymd(py, pm, owedMonths > 1 ? int(16, 28) : int(1, rules.dueDay)), type: 'pay', amount: owed + fees });
        owed = 0;
        owedMonths = 0;
        break;
      }
      default:
        events.push({ date: ymd(py, pm, chance(0.95) ? int(1, rules.dueDay) : int(16, 28)), type: 'pay', amount: c });
    }
  }
  events.sort((a, b) => a.date - b.date); // stable: same-day events keep their order
  return { member: { id: `B-${String(i).padStart(6, '0')}`, sex, birthDate, nationality: 'JO' }, ...(previousCoverage ? { previousCoverage } : {}), events };
}

/** `count` histories of the sample. */
export function memberHistories(count: number, rules: OptionalRules, o: HistoryOptions): MemberRecord[] {
  const out: MemberRecord[] = [];
  for (let i = 0; i < count; i++) out.push(memberHistory(i, rules, o));
  return out;
}

/** A one-line description of the options, for the bench output. */
export function describeHistories(count: number, o: HistoryOptions): string {
  return `${count} members, ${o.years} years of monthly events from ${o.firstYear}-01 to ${formatIsoDate(historiesAsOf(o))}, seed ${o.seed}`;
}
