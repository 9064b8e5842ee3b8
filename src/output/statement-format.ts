import { formatIsoDate, formatMonth } from '../calendar/civil-date.js';
import type { MoneyOps } from '../money/money-ops.js';
import { filsOps } from '../money/money-ops.js';
import type { Statement } from '../rules/statement.js';
import { toCsv } from './csv.js';
import { formatJod } from '../money/fils.js';

/** The statement as JSON-ready data: money as JOD strings with exactly 3 decimals, dates ISO. */
export function statementToJson<M>(s: Statement<M>, ops: MoneyOps<M>): unknown {
  const j = ops.format;
  return {
    memberId: s.memberId,
    asOf: formatIsoDate(s.asOf),
    months: s.months.map((m) => ({
      month: formatMonth(m.month),
      wage: formatJod(m.wage),
      contribution: j(m.contribution),
      dueDate: formatIsoDate(m.dueDate),
      fees: j(m.fees),
      principalPaid: j(m.principalPaid),
      feesPaid: j(m.feesPaid),
      principalOutstanding: j(m.principalOutstanding),
      feesOutstanding: j(m.feesOutstanding),
      settledOn: m.settledOn === null ? null : formatIsoDate(m.settledOn),
    })),
    totals: {
      contributions: j(s.totals.contributions),
      fees: j(s.totals.fees),
      paid: j(s.totals.paid),
      credit: j(s.totals.credit),
      creditedMonths: s.totals.creditedMonths,
    },
    status: { state: s.status.state, reason: s.status.reason, date: s.status.date === null ? null : formatIsoDate(s.status.date) },
    rejected: s.rejected.map((r) => ({ date: formatIsoDate(r.date), type: r.type, rule: r.rule, message: r.message })),
  };
}

export const STATEMENT_CSV_HEADER = ['month', 'wage', 'contribution', 'due_date', 'fees', 'principal_paid', 'fees_paid', 'principal_outstanding', 'fees_outstanding', 'settled_on'] as const;

/** One CSV row a covered month, the JSON fields in snake_case. */
export function statementToCsv(s: Statement<number>): string {
  const j = filsOps.format;
  return toCsv(
    STATEMENT_CSV_HEADER,
    s.months.map((m) => [formatMonth(m.month), formatJod(m.wage), j(m.contribution), formatIsoDate(m.dueDate), j(m.fees), j(m.principalPaid), j(m.feesPaid), j(m.principalOutstanding), j(m.feesOutstanding), m.settledOn === null ? '' : formatIsoDate(m.settledOn)]),
  );
}
