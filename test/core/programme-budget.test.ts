// Subsidy budgets (regression tests from the review of the core, findings 1 and 2): a subsidy pays
// at most one contribution a paying member-month, and the annual budget holds in every year a
// beneficiary's subsidy months fall in.
import { describe, expect, it } from 'vitest';
import { project } from '../../src/core/projection.js';
import type { ResolvedProgramme, ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { closedScenario } from './fixtures.js';

const programme = (p: Partial<ResolvedProgramme>): ResolvedProgramme => ({
  name: 'review',
  payer: 'government',
  sex: null,
  ageMin: 16,
  ageMax: 100,
  newEntrantsOnly: false,
  maxWage: null,
  share: 1,
  maxPerMonth: 30,
  months: 1,
  startMonth: 0,
  endMonth: 0,
  annualBudget: null,
  entryMultiplier: 1,
  missMultiplier: 1,
  persistence: 1,
  ...p,
});

const withProgramme = (s: ResolvedScenario, p: ResolvedProgramme): ResolvedScenario => ({ ...s, programmes: [p] });

describe('programme budgets', () => {
  it('a one-month subsidy of existing members pays at most one month each (not their pre-admission arrears), within its budget', () => {
    // 1,000 members with 10 unpaid months who all catch up in the month of admission (the closed
    // fixture: catch-up probability 1). The programme pays 100% up to JD 30 for 1 month.
    const s = closedScenario({ years: 1, cohort: { age: 30, k: 10, persons: 1000, wage: 400 } });
    const budget = 1000 * 30;
    const p = project(withProgramme(s, programme({ months: 1, annualBudget: budget })));
    expect(p.programmes[0]!.cost[0]!).toBeLessThanOrEqual(budget * (1 + 1e-9));
  });

  it('beneficiaries admitted in December do not commit next year\'s spending beyond the annual budget', () => {
    // Everyone up to date and paying; admission window = December of year 1 only, 12 months each.
    const s = closedScenario({ years: 2, cohort: { age: 30, k: 0, persons: 1000, wage: 400 } });
    const budget = 1000 * 30; // one month of all 1,000: the budget lets all of them in in December
    const p = project(withProgramme(s, programme({ months: 12, startMonth: 11, endMonth: 11, annualBudget: budget })));
    const cost = p.programmes[0]!.cost;
    expect(cost[0]!).toBeLessThanOrEqual(budget * (1 + 1e-9));
    expect(cost[1]!).toBeLessThanOrEqual(budget * (1 + 1e-9));
  });
});
