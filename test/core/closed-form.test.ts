import { describe, expect, it } from 'vitest';
import { project } from '../../src/core/projection.js';
import { runScenario } from '../../src/core/run-scenario.js';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { ANNUAL_FIELDS } from '../../src/core/annual-totals.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { closedScenario } from './fixtures.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('closed form: one cohort, no mortality, no exits, everyone pays, constant wage and interest', () => {
  // 1000 members declaring 400 JOD: C = 1000 x 400 x 17.5% = 70,000 JOD a month, paid at each
  // month's end. Interest i = 5% a year, j = 1.05^(1/12) - 1 a month, n months:
  //   reserve after n months = C s_n = C ((1 + j)^n - 1) / j
  //   PV of contributions = C a_n = C (1 - (1 + j)^-n) / j
  const years = 10;
  const s = closedScenario({ years, interest: 0.05 });
  const r = runScenario(s);
  const C = 1000 * 400 * 0.175;
  const j = Math.pow(1.05, 1 / 12) - 1;

  it('contributions are 12 x C every year, and due = collected (collection rate 1)', () => {
    for (const row of r.indicators) {
      expect(rel(r.projection.annual.principalPaid[row.year - 2026]!, 12 * C)).toBeLessThan(1e-9);
      expect(row.collection_rate).toBeCloseTo(1, 12);
      expect(row.insured).toBe(1000);
      expect(row.contributors).toBe(1000);
    }
  });

  it('the reserve at each year end is C s_n (to 1e-9 relative)', () => {
    r.projection.annual.reserve.forEach((reserve, y) => {
      const n = 12 * (y + 1);
      expect(rel(reserve, (C * (Math.pow(1 + j, n) - 1)) / j)).toBeLessThan(1e-9);
    });
  });

  it('the present value of contributions is C a_n, of insurable wages (C / 17.5%) a_n', () => {
    const n = 12 * years;
    const an = (1 - Math.pow(1 + j, -n)) / j;
    const pv = r.projection.annual.pvMembersContributions.reduce((a, b) => a + b, 0);
    expect(rel(pv, C * an)).toBeLessThan(1e-9);
    const pvWages = r.projection.annual.pvInsurableWages.reduce((a, b) => a + b, 0);
    expect(rel(pvWages, (C / 0.175) * an)).toBeLessThan(1e-9);
    // No benefits, so no terminal reserve: the GAP is 0, up to the 1e-36 persons that the monthly
    // 1/12 ageing diffuses to pension age within ten years (README "Known properties").
    expect(Math.abs(r.summary.gap)).toBeLessThan(1e-15);
  });

  it('with an initial reserve R0 and no contributions, the reserve is R0 (1 + i)^t', () => {
    const empty = closedScenario({ years: 3, interest: 0.05, cohort: { persons: 0 }, initialReserve: 1e6 });
    const p = project(empty);
    p.annual.reserve.forEach((reserve, y) => expect(rel(reserve, 1e6 * Math.pow(1.05, y + 1))).toBeLessThan(1e-12));
  });
});

describe('scale', () => {
  it('zero entry rate and zero population: every flow is zero', () => {
    const p = project(closedScenario({ years: 5, cohort: { persons: 0 } }));
    for (const f of ANNUAL_FIELDS) {
      // The discount factor and the economy's wage and prices do not depend on persons.
      if (f === 'discountEnd' || f === 'averageWage' || f === 'priceIndex') continue;
      for (const v of p.annual[f]) expect(v).toBe(0);
    }
  });

  it('doubling the population (general, insured, former members, pensioners, reserve) doubles every flow', async () => {
    const s = { ...(await loadScenario('scenarios/subsidy-youth.yaml')), years: 6 };
    const x2 = (a: Float64Array) => a.map((v) => 2 * v);
    const doubled: ResolvedScenario = {
      ...s,
      demography: { ...s.demography, population: x2(s.demography.population) },
      startStock: {
        insuredPersons: x2(s.startStock.insuredPersons),
        insuredWageMass: x2(s.startStock.insuredWageMass),
        completionPersons: x2(s.startStock.completionPersons),
        completionWageMass: x2(s.startStock.completionWageMass),
        inactivePersons: x2(s.startStock.inactivePersons),
        inactiveWageMass: x2(s.startStock.inactiveWageMass),
        pensionerPersons: x2(s.startStock.pensionerPersons),
        pensionerPensionMass: x2(s.startStock.pensionerPensionMass),
      },
      fund: { ...s.fund, initialReserve: 2 * s.fund.initialReserve + 1e6 },
    };
    const base = project({ ...s, fund: { ...s.fund, initialReserve: s.fund.initialReserve + 5e5 } });
    const twice = project(doubled);
    for (const f of ANNUAL_FIELDS) {
      if (f === 'discountEnd' || f === 'averageWage' || f === 'priceIndex') continue;
      base.annual[f].forEach((v, y) => expect(Math.abs(twice.annual[f][y]! - 2 * v)).toBeLessThanOrEqual(1e-9 * Math.abs(2 * v) + 1e-9));
    }
  });
});
