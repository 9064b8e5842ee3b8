import { describe, expect, it } from 'vitest';
import { cellLayout } from '../../src/core/layout.js';
import { MonthContext } from '../../src/core/month-context.js';
import { MonthFlows } from '../../src/core/month-flows.js';
import { PensionPools } from '../../src/core/pension-pools.js';
import { setConstants } from '../../src/core/scenario-rates.js';
import { leaveSurvivors, leaveSurvivorsDue } from '../../src/core/survivors.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

describe('survivors of the month, split once per sex and age (survivors.ts SurvivorsDue)', async () => {
  const s = await loadScenario('scenarios/baseline.yaml');
  const L = cellLayout(s.behaviour.maxActiveAge, s.rules.maxMissedContributions);
  const ctx = new MonthContext(L);
  setConstants(ctx, s);
  // Rows with deaths: (sex, age, persons with a pension to share, the pension mass), several per sex and age, as the gap rows of a block give them.
  const rows: [number, number, number, number][] = [
    [0, 40, 1.25, 310.5], [0, 40, 0.5, 95.25], [1, 40, 0.75, 120], [0, 63, 2, 640.75], [0, 63, 0.125, 33.5], [1, 35, 3.5, 700], [1, 35, 0.25, 40.125], [0, 22, 0.0625, 12.5],
  ];

  it('gives the spouses and orphans the awards, counts and masses of the same deaths split row by row (linear in deaths and mass), to 1e-12', () => {
    expect(ctx.orphans).not.toBeNull();
    const byRow = new PensionPools();
    const byRowFlows = new MonthFlows();
    for (const [sex, age, n, mass] of rows) leaveSurvivors(ctx, byRow, byRowFlows, sex, age, n, mass);
    const due = new PensionPools();
    const dueFlows = new MonthFlows();
    for (const [sex, age, n, mass] of rows) due.survivorsDue.add(sex, age, n, mass);
    leaveSurvivorsDue(ctx, due, dueFlows, due.survivorsDue);
    const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
    for (const [a, b] of [[due.spouses, byRow.spouses], [due.orphans, byRow.orphans]] as const) {
      for (let i = 0; i < a.persons.length; i++) {
        close(a.persons[i]!, b.persons[i]!);
        close(a.pension[i]!, b.pension[i]!);
      }
    }
    expect(byRow.orphans.total()).toBeGreaterThan(0);
    expect(byRow.spouses.total()).toBeGreaterThan(0);
    close(dueFlows.newSurvivors, byRowFlows.newSurvivors);
    close(dueFlows.newSurvivorPensions, byRowFlows.newSurvivorPensions);
    close(dueFlows.newOrphans, byRowFlows.newOrphans);
    close(dueFlows.newOrphanPensions, byRowFlows.newOrphanPensions);
    // Emptied once split: a second split adds nothing.
    expect(due.survivorsDue.persons.every((v) => v === 0) && due.survivorsDue.pensionMass.every((v) => v === 0)).toBe(true);
    const before = due.spouses.total();
    leaveSurvivorsDue(ctx, due, dueFlows, due.survivorsDue);
    expect(due.spouses.total()).toBe(before);
  });

  it('refuses an age beyond the population table (members are younger): a RangeError, not a silent wrong index', () => {
    expect(() => new PensionPools().survivorsDue.add(0, 101, 1, 1)).toThrow(RangeError);
  });
});
