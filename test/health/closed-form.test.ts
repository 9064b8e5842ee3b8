import { describe, expect, it } from 'vitest';
import { POP_AGES } from '../../src/core/resolved-scenario.js';
import { healthFund } from '../../src/health/health-fund.js';
import { healthIndicatorRows } from '../../src/health/health-indicators.js';
import { projectHealth } from '../../src/health/health-projection.js';
import { healthRunSummary } from '../../src/health/health-summary.js';
import { maternityBenefit } from '../../src/health/maternity-benefit.js';
import { populationInsuredGroup } from '../../src/health/population-insured.js';
import { constantGroup, healthFixture, oneCell, rel } from './fixtures.js';

describe('closed form: one age, one service, constant utilisation, unit cost and inflation', () => {
  // 10,000 insured men aged 40, 2 outpatient visits a year at JOD 15, medical inflation m = 4%,
  // wage JOD 500 a month growing g = 3%, administration a = 5% of benefits, no fertility:
  //   expenditure_outpatient(t) = 10,000 x 2 x 15 x 1.04^t = 300,000 x 1.04^t
  //   total_expenditure(t)     = 1.05 x 300,000 x 1.04^t
  //   insurable_wages(t)       = 10,000 x 500 x 12 x 1.03^t = 60,000,000 x 1.03^t
  //   breakeven(t)             = 1.05 x 2 x 15 / (500 x 12) x (1.04 / 1.03)^t = 0.00525 x (1.04 / 1.03)^t
  const years = 12;
  const N = 10_000;
  const s = healthFixture({ years, medicalInflation: 0.04, wageGrowth: 0.03, admin: 0.05 });
  const group = constantGroup(years, oneCell(0, 40, N), 500, { wageGrowth: 0.03 });
  const p = projectHealth(s, group);
  const rows = healthIndicatorRows(p);

  it('expenditure is persons x utilisation x unit cost x (1 + m)^t, to 1e-12', () => {
    for (let t = 0; t < years; t++) {
      expect(rel(p.annual.outpatient[t]!, N * 2 * 15 * 1.04 ** t)).toBeLessThan(1e-12);
      expect(p.annual.inpatient[t]).toBe(0);
      expect(p.annual.medicines[t]).toBe(0);
      expect(p.annual.deliveryCare[t]).toBe(0);
      expect(rel(p.annual.admin[t]!, 0.05 * N * 2 * 15 * 1.04 ** t)).toBeLessThan(1e-12);
    }
  });

  it('the break-even rate is 1.05 x 2 x 15 / 6,000 x (1.04 / 1.03)^t (to 1e-8 after rounding to fils)', () => {
    rows.forEach((row, t) => {
      expect(rel(row.breakeven_contribution_rate, 0.00525 * (1.04 / 1.03) ** t)).toBeLessThan(1e-8);
      expect(Math.abs(row.insurable_wages - 60_000_000 * 1.03 ** t)).toBeLessThanOrEqual(0.0005); // rounded to fils
      expect(row.contribution_rate).toBe(0.05);
      expect(Math.abs(row.cost_per_capita * N - N * 30 * 1.04 ** t)).toBeLessThanOrEqual(0.0005 + 1e-9); // of the expenditure rounded to fils
      expect(row.covered_persons).toBe(N);
    });
  });

  it('each service: inpatient = admissions x stay x day cost; medicines; other; deliveries x cost', () => {
    const u = {
      outpatientVisits: oneCell(1, 30, 0),
      inpatientAdmissions: oneCell(1, 30, 0.08),
      averageLengthOfStay: oneCell(1, 30, 3.5),
      prescriptions: oneCell(1, 30, 4),
      otherServices: oneCell(1, 30, 1.5),
    };
    const asfr = new Float64Array(POP_AGES);
    asfr[30] = 0.1;
    const f = healthFixture({ years: 3, medicalInflation: 0.05, utilisation: u, asfr });
    const q = projectHealth(f, constantGroup(3, oneCell(1, 30, 1000), 600));
    for (let t = 0; t < 3; t++) {
      const index = 1.05 ** t;
      expect(rel(q.annual.inpatient[t]!, 1000 * 0.08 * 3.5 * 200 * index)).toBeLessThan(1e-12);
      expect(rel(q.annual.medicines[t]!, 1000 * 4 * 10 * index)).toBeLessThan(1e-12);
      expect(rel(q.annual.other[t]!, 1000 * 1.5 * 12 * index)).toBeLessThan(1e-12);
      expect(rel(q.annual.deliveries[t]!, 100)).toBeLessThan(1e-12);
      expect(rel(q.annual.deliveryCare[t]!, 100 * 500 * index)).toBeLessThan(1e-12);
      // Maternity: 70 days of the wage for each delivery: 100 x 600 x 12 x 70 / 365.
      expect(rel(q.annual.maternityBenefits[t]!, (100 * 600 * 12 * 70) / 365)).toBeLessThan(1e-12);
    }
  });

  it('with constant flows the reserve is N (1 + i)^(1/2) s_t and the GAP is b (1 + v^T / sum of v^(t + 1/2))', () => {
    // m = g = 0: net flow a year N = 0.05 x 60,000,000 - 1.05 x 300,000 = 2,685,000, at mid-year.
    const T = 10;
    const c = healthFixture({ years: T, admin: 0.05, interest: 0.05 });
    const r = projectHealth(c, constantGroup(T, oneCell(0, 40, N), 500));
    const net = 0.05 * 60_000_000 - 1.05 * 300_000;
    r.annual.reserve.forEach((reserve, t) => expect(rel(reserve, net * Math.sqrt(1.05) * ((1.05 ** (t + 1) - 1) / 0.05))).toBeLessThan(1e-12));
    const v = 1 / 1.05;
    const b = (1.05 * 300_000) / 60_000_000;
    const annuity = (Math.sqrt(v) * (1 - v ** T)) / (1 - v);
    const summary = healthRunSummary(r, c, healthIndicatorRows(r));
    expect(rel(summary.gap, b * (1 + v ** T / annuity))).toBeLessThan(1e-12);
  });
});

describe('the pieces, by hand', () => {
  it('maternityBenefit: 1,000 women aged 30 earning JOD 6,000 a year, ASFR 0.1, 70 days = 115,068.49', () => {
    const asfr = new Float64Array(POP_AGES);
    asfr[30] = 0.1;
    const m = maternityBenefit(oneCell(1, 30, 6_000_000), oneCell(1, 30, 1000), asfr, 70, 1);
    expect(m.benefits).toBeCloseTo((70 / 365) * 0.1 * 6_000_000, 6);
    expect(m.benefits.toFixed(2)).toBe('115068.49');
    expect(m.beneficiaries).toBeCloseTo(100, 12);
    expect(maternityBenefit(oneCell(1, 30, 6_000_000), oneCell(1, 30, 1000), asfr, 70, 0.31).beneficiaries).toBeCloseTo(31, 12);
  });

  it('healthFund: reserve R (1 + i) + N (1 + i)^(1/2); investment income the difference; R_T v_T - R_0 = sum N v_mid', () => {
    const f = healthFund(1000);
    const a = f.year(0.05, 700, 300);
    expect(a.reserve).toBeCloseTo(1000 * 1.05 + 400 * Math.sqrt(1.05), 10);
    expect(a.investmentIncome).toBeCloseTo(a.reserve - 1000 - 400, 10);
    const b = f.year(0.03, 100, 500);
    expect(b.reserve * b.discountEnd - 1000).toBeCloseTo(400 * a.discountMid - 400 * b.discountMid, 9);
  });

  it('populationInsuredGroup: contributors = (P_y + P_{y+1}) / 2 x share, checked against a scalar projection', () => {
    // No deaths, no births: each 1 January everybody is a year older (100 is open, nobody is born).
    const years = 4;
    const s = healthFixture({ years, wageGrowth: 0.02 });
    const population = new Float64Array(2 * POP_AGES).fill(1000);
    const share = new Float64Array(2 * POP_AGES).fill(0.25);
    const wage = new Float64Array(2 * POP_AGES).fill(400);
    const pensionerShare = new Float64Array(2 * POP_AGES).fill(0.1);
    const ones = new Float64Array(years).fill(1);
    const g = populationInsuredGroup(s, { from: 'population', population, coveredShare: share, coveredShareMultiplier: ones, averageWage: wage, pensionerShare, pensionerShareMultiplier: ones, averagePension: [500, 300] });
    let p = Array.from({ length: 2 * POP_AGES }, () => 1000);
    for (let y = 0; y < years; y++) {
      const next = p.map((_, i) => {
        const x = i % POP_AGES;
        if (x === 0) return 0;
        return x === POP_AGES - 1 ? p[i - 1]! + p[i]! : p[i - 1]!;
      });
      for (let i = 0; i < 2 * POP_AGES; i++) {
        const e = (p[i]! + next[i]!) / 2;
        expect(g[y]!.contributors[i]).toBeCloseTo(0.25 * e, 9);
        expect(g[y]!.pensioners[i]).toBeCloseTo(0.1 * e, 9);
        expect(g[y]!.insurableWages[i]).toBeCloseTo(0.25 * e * 400 * 12 * 1.02 ** y, 6);
      }
      const men = next.slice(0, POP_AGES).reduce((a, b, x) => a + (b + p[x]!) / 2, 0);
      const women = next.slice(POP_AGES).reduce((a, b, x) => a + (b + p[POP_AGES + x]!) / 2, 0);
      expect(rel(g[y]!.pensionsPaid, 0.1 * (men * 500 + women * 300) * 12)).toBeLessThan(1e-12);
      p = next;
    }
  });
});
