import { beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../src/core/projection.js';
import type { ResolvedProgramme, ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { ANNUAL_FIELDS } from '../../src/core/annual-totals.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

const withProgramme = (s: ResolvedScenario, p: Partial<ResolvedProgramme>): ResolvedScenario => ({ ...s, programmes: [{ ...s.programmes[0]!, ...p }] });
const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

describe('subsidy programmes', () => {
  let youth: ResolvedScenario;
  let women: ResolvedScenario;
  beforeAll(async () => {
    youth = { ...(await loadScenario('scenarios/subsidy-youth.yaml')), years: 8 };
    women = { ...(await loadScenario('scenarios/subsidy-women.yaml')), years: 4 };
  });

  it('a subsidy of 0% with no behavioural effect changes nothing (every yearly total, to 1e-9; pension amounts to 2e-5)', () => {
    // Beneficiaries are stepped in blocks of their own. Everything is linear in persons except the
    // minimum pension, max(JD 200, ...), taken on a mean wage: of a cell at pension age, of a row's
    // deaths, disabled and early retirees (disability-step.ts, early-retirement-step.ts). When a
    // cohort is stepped in its own block rather than mixed into the main one, those means differ.
    // Measured: the year's new awards by type move by up to 1e-5 of themselves (disability and
    // orphans' awards of the women's programme, which takes existing members aged up to 54),
    // pensions in payment by up to 7e-6, total pension expenditure by 2.2e-7, the fund by 4e-8.
    const awards = new Set(['retirementPensions', 'newSurvivorPensions', 'newOrphanPensions', 'disabilityPensions', 'earlyRetirementPensions']);
    const inPayment = new Set(['pensionMassOldAge', 'pensionMassEarly', 'pensionMassDisability', 'pensionMassSurvivors', 'pensionMassOrphans', 'pensionExpenditureOldAge', 'pensionExpenditureEarly', 'pensionExpenditureDisability', 'pensionExpenditureSurvivors']);
    const fund = new Set(['pensionExpenditure', 'pvBenefits', 'investmentIncome', 'reserve']);
    for (const s of [youth, women]) {
      const none = project({ ...s, programmes: [] });
      const zero = project(withProgramme(s, { share: 0, entryMultiplier: 1, missMultiplier: 1, persistence: 1, annualBudget: null }));
      for (const f of ANNUAL_FIELDS) {
        const tol = awards.has(f) ? 2e-5 : inPayment.has(f) ? 1e-5 : fund.has(f) ? 5e-7 : 1e-9;
        none.annual[f].forEach((v, y) => expect(Math.abs(zero.annual[f][y]! - v), `${f} ${y}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(v))));
      }
      expect(total(zero.programmes[0]!.cost)).toBe(0);
    }
  });

  it('a larger subsidy share never lowers the subsidy cost (shares 0.1 < 0.3 < 0.5 < 0.8 < 1)', () => {
    for (const s of [youth, women]) {
      const costs = [0.1, 0.3, 0.5, 0.8, 1].map((share) => total(project(withProgramme(s, { share, annualBudget: null })).programmes[0]!.cost));
      for (let i = 1; i < costs.length; i++) expect(costs[i]!).toBeGreaterThanOrEqual(costs[i - 1]!);
      expect(costs[0]!).toBeGreaterThan(0);
    }
  });

  it('the cost of a share is that share of the beneficiaries\' paid contributions (no cap, no effects)', () => {
    const a = project(withProgramme(youth, { share: 0.25, entryMultiplier: 1, missMultiplier: 1, persistence: 1 }));
    const b = project(withProgramme(youth, { share: 0.5, entryMultiplier: 1, missMultiplier: 1, persistence: 1 }));
    // Without behavioural effects the beneficiaries do the same, so the cost is linear in the share.
    a.programmes[0]!.cost.forEach((c, y) => expect(Math.abs(2 * c - b.programmes[0]!.cost[y]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, c)));
  });

  it('subsidies are paid by the named payer only, and members pay the rest', () => {
    const p = project(youth);
    expect(total(p.annual.subsidiesDonor)).toBeCloseTo(total(p.programmes[0]!.cost), 3);
    expect(total(p.annual.subsidiesGovernment)).toBe(0);
  });

  it('the annual budget admits only what it can pay: the expected commitment stays within the budget', () => {
    const p = project(women);
    const budget = women.programmes[0]!.annualBudget!;
    // The yardstick assumes every beneficiary pays each month; catching up on arrears can add a little.
    for (const c of p.programmes[0]!.cost) expect(c).toBeLessThanOrEqual(budget * 1.05);
    const unlimited = project(withProgramme(women, { annualBudget: null }));
    expect(unlimited.programmes[0]!.cost[0]!).toBeGreaterThan(budget * 2);
  });

  it('no admission outside the window', () => {
    const p = project(withProgramme(youth, { startMonth: 24, endMonth: 35 }));
    expect(p.programmes[0]!.newBeneficiaries[0]).toBe(0);
    expect(p.programmes[0]!.newBeneficiaries[1]).toBe(0);
    expect(p.programmes[0]!.newBeneficiaries[2]!).toBeGreaterThan(0);
    expect(p.programmes[0]!.newBeneficiaries[3]).toBe(0);
  });
});
