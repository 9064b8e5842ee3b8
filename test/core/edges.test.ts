// Regression tests from the review of the core (findings 4 and 5): layouts a scenario may ask for.
import { describe, expect, it } from 'vitest';
import { ActiveBlock } from '../../src/core/active-block.js';
import { FormerMembers } from '../../src/core/former-members.js';
import { cellIndex, cellLayout } from '../../src/core/layout.js';
import { MonthContext } from '../../src/core/month-context.js';
import { MonthFlows } from '../../src/core/month-flows.js';
import { stepPayments, UNSUBSIDISED } from '../../src/core/payment-step.js';
import { PensionPools } from '../../src/core/pension-pools.js';
import { project } from '../../src/core/projection.js';
import { closedScenario } from './fixtures.js';

describe('layouts at the edges', () => {
  it('catching up more than two years of arrears (maxMissedContributions 48) keeps persons and credits k/12 years', () => {
    const L = cellLayout(70, 48);
    const ctx = new MonthContext(L);
    ctx.catchUp.fill(1);
    ctx.contributionRate = 0.175;
    const cur = new ActiveBlock(L);
    const next = new ActiveBlock(L);
    // 100 men aged 46 (age index 30) with no credited service (g = 30) and 40 unpaid months.
    cur.add(0, 30, 30, 40, 100, 100 * 400);
    cur.spanAllAges();
    stepPayments(cur, next, ctx, UNSUBSIDISED, new MonthFlows(), new FormerMembers(L), new PensionPools(), { subsidy: 0, contributors: 0, cells: 0 });
    let min = 0;
    let persons = 0;
    let service = 0;
    for (let g = 0; g < L.nGap; g++) {
      const n = next.persons[cellIndex(L, 0, g, 30, 0)]!;
      min = Math.min(min, n);
      persons += n;
      service += (30 - g) * n;
    }
    expect(persons).toBeCloseTo(100, 9);
    // The 40 overdue months are credited now: 40/12 = 3 1/3 years (2/3 at 3 years, 1/3 at 4);
    // this month's own credit comes with ageing (a year of age at the same gap is a year of service).
    expect(service / 100).toBeCloseTo(40 / 12, 9);
    expect(min).toBeGreaterThanOrEqual(0);
  });

  it('maxActiveAge below the pension age is refused (members would leave before they could retire)', () => {
    const s = closedScenario({ years: 2, maxActiveAge: 50, cohort: { sex: 0, age: 50, service: 20, persons: 1000, wage: 400 } });
    expect(() => project(s)).toThrow(/maxActiveAge 50 is below the pension age 60/);
  });

  it('a regular payer entering at 44 reaches 180 months at 60 and retires on a pension (no drift of service from age)', () => {
    // 1,000 men aged 44, no service, paying every month, no mortality: at 60 each has 16 years.
    // Ageing by 1/12 a month spreads their arrival at 60 over years, so follow them 40 years.
    const s = closedScenario({ years: 40, cohort: { sex: 0, age: 44, service: 0, persons: 1000, wage: 400 } });
    const p = project(s);
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    expect(sum(p.annual.lumpSumExits)).toBeLessThan(1e-6);
    expect(sum(p.annual.retirements)).toBeGreaterThan(999.99);
  });
});
