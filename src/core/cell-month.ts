import type { MonthContext } from './month-context.js';

/** One cell's month, written by `stepCell` (each step makes one and reuses it for every cell). */
export class CellMonth {
  /** Deaths, disability, early retirement, exits to covered work, requests (each on the persons the one before left), and the rest. */
  deaths = 0;
  disabled = 0;
  early = 0;
  coveredWork = 0;
  requests = 0;
  remaining = 0;
  /** The month falling due for the remaining: the contribution a person, due, principal and fees paid (JOD). */
  contribution = 0;
  due = 0;
  principal = 0;
  fees = 0;
  /** Persons paying anything; catching up in full, paying the oldest month only, missing. */
  payers = 0;
  catchers = 0;
  stayers = 0;
  missers = 0;
}

/**
 * The month of n persons of mean declared wage w in arrears state k, in the model's order (design
 * note section 2): deaths (q), disability (qi), early retirement (qx), exits to covered work,
 * requests, each on those the one before left;
 * the month falls due for the remaining R: R x C with C = contribution rate x w; from state k they
 * catch up (ctx.pCatch), pay the oldest month (ctx.pStay) or miss, paying ctx.paidPerPerson[k]
 * contributions and ctx.feesPerPerson[k] contributions of fees each (payment-step.ts
 * preparePayment). The active blocks and the completion pool both step their cells with it.
 */
export function stepCell(n: number, w: number, qd: number, qi: number, qx: number, qe: number, qr: number, k: number, ctx: MonthContext, out: CellMonth): void {
  const d = n * qd;
  const i = (n - d) * qi;
  const x = (n - d - i) * qx;
  const e = (n - d - i - x) * qe;
  const r = (n - d - i - x - e) * qr;
  const rem = n - d - i - x - e - r;
  const c = ctx.contributionRate * w;
  const remC = rem * c;
  out.deaths = d;
  out.disabled = i;
  out.early = x;
  out.coveredWork = e;
  out.requests = r;
  out.remaining = rem;
  out.contribution = c;
  out.due = remC;
  out.principal = remC * ctx.paidPerPerson[k]!;
  out.fees = remC * ctx.feesPerPerson[k]!;
  out.payers = rem * ctx.payersPerPerson[k]!;
  const catchers = rem * ctx.pCatch[k]!;
  const stayers = rem * ctx.pStay[k]!;
  out.catchers = catchers;
  out.stayers = stayers;
  out.missers = rem - catchers - stayers;
}
