import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { rowShares } from '../../src/core/row-shares.js';

const q = fc.double({ min: 0, max: 1, noNaN: true });

describe('rowShares: the decrements of a month as shares of a row (row-shares.ts)', () => {
  test.prop([q, q, q, q, q])('each decrement acts on those the one before left; the shares and the remaining add to 1', (qd, qi, qx, qe, qr) => {
    const s = rowShares(qd, qi, qx, qe, qr);
    // The model's order, exactly (decimal.js): d = q, i = (1 - d) qi, x = (1 - d - i) qx, ...
    const D = (v: number) => new Decimal(v);
    const d = D(qd);
    const i = D(1).minus(d).times(qi);
    const x = D(1).minus(d).minus(i).times(qx);
    const e = D(1).minus(d).minus(i).minus(x).times(qe);
    const r = D(1).minus(d).minus(i).minus(x).minus(e).times(qr);
    const rem = D(1).minus(d).minus(i).minus(x).minus(e).minus(r);
    for (const [got, want] of [[s.death, d], [s.disabled, i], [s.early, x], [s.coveredWork, e], [s.request, r], [s.remaining, rem]] as const) {
      expect(Math.abs(got - want.toNumber())).toBeLessThanOrEqual(1e-15);
    }
    expect(Math.abs(s.death + s.disabled + s.early + s.coveredWork + s.request + s.remaining - 1)).toBeLessThanOrEqual(4e-16);
    for (const v of Object.values(s)) expect(v).toBeGreaterThanOrEqual(-1e-16);
  });

  test.prop([fc.double({ min: 1e-6, max: 1e7, noNaN: true }), q, q, q, q, q])(
    'n persons x the shares = the same decrements taken on the n persons one after the other (the cell-by-cell rule of before), to 1e-12 of n',
    (n, qd, qi, qx, qe, qr) => {
      const s = rowShares(qd, qi, qx, qe, qr);
      const d = n * qd;
      const i = (n - d) * qi;
      const x = (n - d - i) * qx;
      const e = (n - d - i - x) * qe;
      const r = (n - d - i - x - e) * qr;
      const rem = n - d - i - x - e - r;
      for (const [got, want] of [[n * s.death, d], [n * s.disabled, i], [n * s.early, x], [n * s.coveredWork, e], [n * s.request, r], [n * s.remaining, rem]] as const) {
        expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * n);
      }
    },
  );

  test('a row with no decrements keeps everyone; a certain death takes everyone and leaves nothing to the others', () => {
    expect(rowShares(0, 0, 0, 0, 0)).toEqual({ death: 0, disabled: 0, early: 0, coveredWork: 0, request: 0, remaining: 1 });
    expect(rowShares(1, 0.3, 0.2, 0.1, 0.5)).toEqual({ death: 1, disabled: 0, early: 0, coveredWork: 0, request: 0, remaining: 0 });
    // 1% die, then 10% of the rest leave for covered work: 0.099, and 0.891 remain.
    const s = rowShares(0.01, 0, 0, 0.1, 0);
    expect(s.coveredWork).toBeCloseTo(0.099, 15);
    expect(s.remaining).toBeCloseTo(0.891, 15);
  });
});
