import { beforeAll, describe, expect, it } from 'vitest';
import { project, type Projection } from '../../src/core/projection.js';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { runScenario } from '../../src/core/run-scenario.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { toFils } from '../../src/core/indicators.js';

// Relative tolerance for sums of a few hundred thousand float terms (persons and JOD as expectations).
const close = (a: number, b: number, scale: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(scale)));

function checkMonths(p: Projection): void {
  expect(p.trace).not.toBeNull();
  for (const m of p.trace!) {
    const f = m.flows;
    // Active members: start + entrants + re-entrants = end + exits by cause.
    close(m.activeStart + f.entrants + f.reEntrants, m.activeEnd + f.deaths + f.exitsCoveredWork + f.exitsRequest + f.terminationsArrears + f.retirements + f.earlyRetirements + f.disabilityAwards + f.disabilityLumpSumExits + f.lumpSumExits, m.activeStart);
    // Former members: start + those who left = end + deaths + re-entrants + pensions + lump sums.
    close(m.formerStart + f.exitsCoveredWork + f.exitsRequest + f.terminationsArrears, m.formerEnd + f.formerDeaths + f.reEntrants + f.deferredPensions + f.formerLumpSumExits, m.formerStart);
    // Old-age pensioners and survivors.
    close(m.oldAgeStart + f.retirements + f.deferredPensions, m.oldAgeEnd + f.pensionerDeaths, m.oldAgeStart + 1);
    close(m.survivorsStart + f.newSurvivors, m.survivorsEnd + f.survivorDeaths, m.survivorsStart + 1);
    // Early, disability and orphans' pensioners (orphans' pensions end at the end age).
    close(m.otherPensionersStart + f.earlyRetirements + f.disabilityAwards + f.newOrphans, m.otherPensionersEnd + f.earlyPensionerDeaths + f.disabledDeaths + f.orphanDeaths + f.orphanPensionsEnded, m.otherPensionersStart + 1);
    // The fund: reserve change = investment income + income - outgo.
    close(m.reserveEnd - m.reserveStart, m.investmentIncome + m.income - m.outgo, m.reserveStart + m.income);
  }
}

describe('persons and money are conserved every month', () => {
  let baseline: ResolvedScenario;
  let youth: ResolvedScenario;
  let women: ResolvedScenario;
  beforeAll(async () => {
    baseline = { ...(await loadScenario('scenarios/baseline.yaml')), years: 12 };
    youth = { ...(await loadScenario('scenarios/subsidy-youth.yaml')), years: 8 };
    women = { ...(await loadScenario('scenarios/subsidy-women.yaml')), years: 4 };
  });

  it('baseline: start + entrants = end + exits by cause, in every group, each of 144 months', () => {
    checkMonths(project(baseline, { trace: true }));
  });

  it('with subsidy programmes (cohorts leave and rejoin the main block)', () => {
    checkMonths(project(youth, { trace: true }));
    checkMonths(project(women, { trace: true }));
  });

  it('indicators.csv identity holds exactly in fils every year: reserve change = income - outgo', () => {
    const r = runScenario(youth, { programmeComparisons: false });
    let previous = toFils(youth.fund.initialReserve);
    for (const row of r.indicators) {
      const f = (x: number) => Math.round(x * 1000);
      const change = f(row.reserve) - previous;
      const net = f(row.contributions_collected) + f(row.late_fees) + f(row.subsidies_government) + f(row.subsidies_donor) + f(row.investment_income) - f(row.benefit_expenditure) - f(row.admin_expenditure);
      expect(change).toBe(net);
      previous = f(row.reserve);
      // The balancing investment income stays within a few fils of its own rounding.
      const raw = r.projection.annual.investmentIncome[row.year - youth.startYear]!;
      expect(Math.abs(f(row.investment_income) - toFils(raw))).toBeLessThanOrEqual(4);
    }
  });

  it('PV identity: PV(income - outgo) = reserve_T x v_T - reserve_0 (the fund discounts as it accumulates)', () => {
    const s = { ...baseline, fund: { ...baseline.fund, initialReserve: 5e6 } };
    const p = project(s);
    const A = p.annual;
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    const pvNet = sum(A.pvMembersContributions) + sum(A.pvLateFees) + sum(A.pvSubsidies) - sum(A.pvBenefits) - sum(A.pvAdmin);
    const last = p.years - 1;
    close(pvNet, A.reserve[last]! * A.discountEnd[last]! - 5e6, 5e6 + Math.abs(pvNet));
  });
});
