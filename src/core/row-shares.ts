/**
 * The decrements of one month, as shares of a row's members (design note section 2, step 1):
 * deaths (q), disability (qi), early retirement (qx), exits to covered work (qe), requests (qr),
 * each on those the one before left. Every cell of a (sex, gap, age) row, or of a (sex, age,
 * months missing) row of the completion pool, has the same rates whatever its arrears state, so
 * n persons of a cell lose n x death, n x disabled, ... and n x remaining go on to the month's
 * payment: the steps work the shares out once a row and the cells only multiply (a cell's
 * persons and its wage mass by the same share, so no cell needs its mean wage).
 */
export interface RowShares {
  readonly death: number;
  readonly disabled: number;
  readonly early: number;
  readonly coveredWork: number;
  readonly request: number;
  /** 1 - the five above: the share to whom the month falls due. */
  readonly remaining: number;
}

/**
 * The shares of a row's members leaving by each decrement, in the model's order, and of those
 * remaining. V8 inlines this small function and keeps the object's fields in registers.
 */
export function rowShares(qd: number, qi: number, qx: number, qe: number, qr: number): RowShares {
  const d = qd;
  const i = (1 - d) * qi;
  const x = (1 - d - i) * qx;
  const e = (1 - d - i - x) * qe;
  const r = (1 - d - i - x - e) * qr;
  return { death: d, disabled: i, early: x, coveredWork: e, request: r, remaining: 1 - d - i - x - e - r };
}
