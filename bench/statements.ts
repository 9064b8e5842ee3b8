/**
 * Figure: member statements per second, on the integer-fils path (`statementWith(filsOps, ...)`,
 * what `statement` runs) against the same ledger on decimal.js (`statementWith(decimalOps, ...)`),
 * over seeded histories of 10,000 members x 10 years of monthly events (bench/member-histories.ts).
 *
 * Isolation: every timed pass runs in a fresh Node process that computes one path only. In one
 * process the second path would run on call sites and arrays the first made polymorphic (measured:
 * the fils path 25-35% slower after the decimal path, bench/README.md). The paths alternate, round
 * after round (fils, decimal, fils, decimal, ...), so a change of load on a shared machine hits both.
 * Each process generates the sample, warms up on its first members, then times passes over all of
 * them (3 for fils, 1 for decimal.js), each after a full GC. The figure is the median pass of each
 * path; the ratio is of the medians.
 * In the first round both processes also hash every statement in exact fils (untimed): the paths
 * must agree member by member.
 */
import { createHash } from 'node:crypto';
import { decimalOps, filsOps, type MoneyOps } from '../src/money/money-ops.js';
import { loadModel } from '../src/rules/load-model.js';
import type { MemberRecord } from '../src/rules/member.js';
import { statementWith, type Statement } from '../src/rules/statement.js';
import { formatNumber, inFreshProcess, median, timeOnce, type Figure, type FigureContext, type FigureResult, type Timing } from './harness.js';
import { describeHistories, historiesAsOf, memberHistories, type HistoryOptions } from './member-histories.js';

export type MoneyPath = 'fils' | 'decimal';

export interface StatementsTask extends HistoryOptions {
  readonly path: MoneyPath;
  readonly members: number;
  /** Statements computed before timing (the first members of the sample). */
  readonly warmup: number;
  /** Timed passes over the whole sample in this process. */
  readonly passes: number;
  /** Also hash every statement (untimed) for the comparison of the paths. */
  readonly hash: boolean;
}

export interface StatementsSample {
  readonly path: MoneyPath;
  readonly ops: string;
  readonly timings: readonly Timing[];
  readonly generateSeconds: number;
  readonly events: number;
  /** Statement months computed in the warm-up and the timed passes (returned so no work is dead). */
  readonly timedMonths: number;
  /** When hashed: sha256 (16 hex) of each member's statement in exact fils, in sample order, and a summary. */
  readonly hashes?: readonly string[];
  readonly months?: number;
  readonly states?: Readonly<Record<string, number>>;
  readonly rejectedRequests?: number;
}

/** A statement as text with every amount in exact fils (`toFils` throws on a fraction of a fils). */
function normalized<M>(s: Statement<M>, ops: MoneyOps<M>): string {
  const f = (m: M) => ops.toFils(m);
  const t = s.totals;
  return JSON.stringify([
    s.memberId,
    s.asOf,
    s.status,
    s.rejected,
    [f(t.contributions), f(t.fees), f(t.paid), f(t.credit), t.creditedMonths],
    s.months.map((m) => [m.month, m.wage, f(m.contribution), m.dueDate, f(m.fees), f(m.principalPaid), f(m.feesPaid), f(m.principalOutstanding), f(m.feesOutstanding), m.settledOn]),
  ]);
}

function measureWith<M>(ops: MoneyOps<M>, task: StatementsTask, histories: readonly MemberRecord[]) {
  const rules = loadModel();
  const asOf = historiesAsOf(task);
  let sink = 0;
  const pass = (list: readonly MemberRecord[]) => () => {
    for (const r of list) sink += statementWith(ops, r, rules, { asOf }).months.length;
  };
  const label = `statements[${ops.name}]`;
  const warm = timeOnce(pass(histories.slice(0, task.warmup)));
  console.log(`${label}: warm-up ${task.warmup} statements in ${warm.wall.toFixed(2)} s`);
  const timings: Timing[] = [];
  for (let i = 0; i < task.passes; i++) {
    const t = timeOnce(pass(histories));
    timings.push(t);
    console.log(`${label}: ${t.wall.toFixed(3)} s (${formatNumber(histories.length / t.wall)} statements/s; CPU ${t.cpu.toFixed(3)} s)`);
  }
  if (!task.hash) return { ops: ops.name, timings, timedMonths: sink };
  const states: Record<string, number> = {};
  let rejectedRequests = 0;
  let months = 0;
  const hashes = histories.map((r) => {
    const s = statementWith(ops, r, rules, { asOf });
    const state = s.status.reason === null ? s.status.state : `${s.status.state}:${s.status.reason}`;
    states[state] = (states[state] ?? 0) + 1;
    rejectedRequests += s.rejected.length;
    months += s.months.length;
    return createHash('sha256').update(normalized(s, ops)).digest('hex').slice(0, 16);
  });
  return { ops: ops.name, timings, timedMonths: sink, hashes, months, states, rejectedRequests };
}

/** Run one path on the sample (the figure calls it in a fresh process). */
export function measureStatements(task: StatementsTask): StatementsSample {
  const rules = loadModel();
  const t0 = process.hrtime.bigint();
  const histories = memberHistories(task.members, rules, task);
  const generateSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const events = histories.reduce((n, r) => n + r.events.length, 0);
  const measured = task.path === 'fils' ? measureWith(filsOps, task, histories) : measureWith(decimalOps, task, histories);
  return { path: task.path, generateSeconds, events, ...measured };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export const figure: Figure = {
  name: 'statements',
  summary: 'member statements per second, integer fils against decimal.js (10,000 members x 10 years of monthly events)',
  keys: ['statements_per_s_fils', 'statements_per_s_decimal', 'statements_fils_decimal_ratio'],

  async run(ctx: FigureContext): Promise<FigureResult> {
    const rounds = ctx.quick ? 3 : 5;
    const base = { seed: 20250101, firstYear: 2015, years: 10, members: ctx.quick ? 2_000 : 10_000, warmup: ctx.quick ? 500 : 1_000 };
    // The fils path is some 20 times cheaper: 3 passes a process give it more samples for little time.
    const passes: Record<MoneyPath, number> = { fils: 3, decimal: 1 };
    ctx.log(`statements: ${describeHistories(base.members, base)}; ${rounds} rounds of fils then decimal.js, each in ${ctx.inProcess ? 'this process' : 'a fresh process'}, warm-up ${base.warmup} statements`);
    const samples: Record<MoneyPath, StatementsSample[]> = { fils: [], decimal: [] };
    for (let round = 1; round <= rounds; round++) {
      for (const path of ['fils', 'decimal'] as const) {
        ctx.log(`statements: round ${round}/${rounds}, ${path}`);
        samples[path].push(await inFreshProcess<StatementsTask, StatementsSample>(import.meta.url, 'measureStatements', { ...base, path, passes: passes[path], hash: round === 1 }, ctx));
      }
    }
    const rates = (path: MoneyPath, of: 'wall' | 'cpu') => samples[path].flatMap((s) => s.timings.map((t) => base.members / t[of]));
    const perSFils = median(rates('fils', 'wall'));
    const perSDecimal = median(rates('decimal', 'wall'));
    const ratio = perSFils / perSDecimal;
    const cpuFils = median(rates('fils', 'cpu'));
    const cpuDecimal = median(rates('decimal', 'cpu'));

    const f = samples.fils[0]!;
    const d = samples.decimal[0]!;
    const firstDiff = f.hashes!.findIndex((h, i) => h !== d.hashes![i]);
    const identical = firstDiff < 0 && f.hashes!.length === d.hashes!.length;
    const digest = createHash('sha256').update(f.hashes!.join('\n')).digest('hex').slice(0, 16);
    const check = identical
      ? `sanity: both paths give identical statements for all ${base.members} members (every amount in exact fils; digest ${digest})`
      : `SANITY CHECK FAILED: the paths' statements differ, first at member ${firstDiff} (B-${String(firstDiff).padStart(6, '0')})`;
    const list = (xs: number[]) => xs.map(formatNumber).join(', ');

    return {
      ok: identical,
      values: {
        statements_per_s_fils: Math.round(perSFils),
        statements_per_s_decimal: Math.round(perSDecimal),
        statements_fils_decimal_ratio: round2(ratio),
      },
      details: {
        sample: describeHistories(base.members, base),
        members: base.members,
        events: f.events,
        statement_months: f.months,
        states: f.states,
        rejected_requests: f.rejectedRequests,
        warmup_statements: base.warmup,
        rounds,
        passes_per_round: passes,
        isolation: ctx.inProcess ? 'same process' : 'a fresh process per path and round',
        per_s_fils_samples: rates('fils', 'wall').map(Math.round),
        per_s_decimal_samples: rates('decimal', 'wall').map(Math.round),
        per_cpu_s_fils: Math.round(cpuFils),
        per_cpu_s_decimal: Math.round(cpuDecimal),
        cpu_ratio: round2(cpuFils / cpuDecimal),
        generate_s: round2(f.generateSeconds),
        identical,
        digest,
      },
      lines: [
        `sample: ${describeHistories(base.members, base)}: ${f.events.toLocaleString('en-US')} events, ${f.months!.toLocaleString('en-US')} statement months`,
        `states: ${Object.entries(f.states!).map(([k, n]) => `${k} ${n}`).join(', ')}; ${f.rejectedRequests} requests refused`,
        `${rounds} rounds, each path in ${ctx.inProcess ? 'this process' : 'a fresh process'}; medians of the passes (per CPU-second in brackets)`,
        `fils (integer)   ${formatNumber(perSFils).padStart(8)} statements/s  (${formatNumber(cpuFils)})  passes: ${list(rates('fils', 'wall'))}`,
        `decimal.js       ${formatNumber(perSDecimal).padStart(8)} statements/s  (${formatNumber(cpuDecimal)})  passes: ${list(rates('decimal', 'wall'))}`,
        `ratio            ${formatNumber(ratio).padStart(8)} x             (${formatNumber(cpuFils / cpuDecimal)})`,
        check,
      ],
    };
  },
};
