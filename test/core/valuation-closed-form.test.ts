import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/core/run-scenario.js';
import { closedScenario } from './fixtures.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('valuation results in closed form: one cohort, constant wage and interest, no mortality', () => {
  // 1,200 men aged 59 at 1 January 2026 with 20 credited years (and p = 0..11 months, evenly)
  // declaring 800 JOD, all paying, interest 5%: month t's flows are discounted by v^(t+1), v =
  // 1.05^(-1/12). Birth month b (100 men each) retires at the end of month b of 2026 with
  // S = 12 x 21 - 11 + b + p credited months (p: 1/12 each), pension 2.5% x S / 12 x 800, paid
  // from month b + 1 to the end of the 100 years (1,200 months), never indexed (inflation 0).
  //   PV wages    = sum_b 100 x 800 x a(b + 1)
  //   PV pensions = sum_b sum_p (100 / 12) x P(b, p) x (a(1200) - a(b + 1))
  //   terminal    = 1 year of the last year's pensions x v^1200
  //   GAP_100 = (PV pensions + terminal) / PV wages; closed group: PV pensions / PV wages.
  const years = 100;
  const s = closedScenario({ years, interest: 0.05, cohort: { sex: 0, age: 59, service: 20, persons: 1200, wage: 800 } });
  const r = runScenario(s, { programmeComparisons: false });
  const v = Math.pow(1.05, -1 / 12);
  const a = (n: number) => (v * (1 - Math.pow(v, n))) / (1 - v);
  let pvWages = 0;
  let pvPensions = 0;
  let monthlyPensions = 0;
  for (let b = 0; b < 12; b++) {
    pvWages += 100 * 800 * a(b + 1);
    for (let p = 0; p < 12; p++) {
      const pension = (0.025 * (12 * 21 - 11 + b + p) * 800) / 12;
      pvPensions += (100 / 12) * pension * (a(1200) - a(b + 1));
      monthlyPensions += (100 / 12) * pension;
    }
  }
  const terminal = 12 * monthlyPensions * Math.pow(v, 1200);

  it('the 100-year GAP equals (PV pensions + terminal reserve) / PV wages to 1e-9', () => {
    expect(rel(r.summary.gap_horizons['100']!, (pvPensions + terminal) / pvWages)).toBeLessThan(1e-9);
    expect(rel(r.summary.actuarial_balance_horizons['100']!, 0.175 - (pvPensions + terminal) / pvWages)).toBeLessThan(1e-9);
  });

  it('the closed-group GAP equals PV pensions / PV wages to 1e-9, and its present values the annuities', () => {
    const c = r.summary.closed_group!;
    expect(rel(c.gap, pvPensions / pvWages)).toBeLessThan(1e-9);
    expect(Math.abs(c.pv_insurable_wages - pvWages)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(c.pv_benefits - pvPensions)).toBeLessThanOrEqual(0.001 + 1e-12 * pvPensions);
    // Everyone is still alive (no mortality): 1,200 pensioners at the end.
    expect(c.persons_at_end).toBeCloseTo(1200, 6);
  });
});
