/**
 * `ssc-proj run` on two threads (src/schemes/optional/closed-group-thread.ts): the closed-group
 * valuation computed on a worker thread while the open group is projected here gives the same
 * run as one thread, to the bit: the same summary (closed group and accrued liability included),
 * the same indicators.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { runScenario, runScenarioBeside } from '../../src/core/run-scenario.js';
import { closedGroupValuation } from '../../src/core/valuation.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { closedGroupOnThread } from '../../src/schemes/optional/closed-group-thread.js';

describe('the closed-group valuation on a second thread', () => {
  it('gives the one-thread run to the bit (subsidy-youth, 6 years, valued over 12)', async () => {
    const s: ResolvedScenario = { ...(await loadScenario('scenarios/subsidy-youth.yaml')), years: 6, valuationYears: 12 };
    const one = runScenario(s);
    const two = await runScenarioBeside(s, {}, closedGroupOnThread);
    expect(two.summary.closed_group).not.toBeNull();
    expect(two.summary.closed_group!.accrued_liability).toBeGreaterThan(0);
    expect(JSON.stringify(two.summary)).toBe(JSON.stringify(one.summary));
    expect(two.indicators).toEqual(one.indicators);
    expect(two.programmes).toEqual(one.programmes);
  }, 120_000);

  it('the thread answers closedGroupValuation itself (the start stock of the baseline, 8 years)', async () => {
    const s = await loadScenario('scenarios/baseline.yaml');
    const here = closedGroupValuation(s, 8);
    const there = await closedGroupOnThread(s, 8);
    expect(there).toEqual(here);
    expect(there.years).toBe(8);
  }, 120_000);

  it('a run without the valuation does not start the thread', async () => {
    const s: ResolvedScenario = { ...(await loadScenario('scenarios/baseline.yaml')), years: 2 };
    let asked = 0;
    const r = await runScenarioBeside(s, { valuation: false }, async () => {
      asked++;
      throw new Error('not asked');
    });
    expect(asked).toBe(0);
    expect(r.summary.closed_group ?? null).toBeNull();
  });

  it("the thread's failure is the run's failure", async () => {
    const s: ResolvedScenario = { ...(await loadScenario('scenarios/baseline.yaml')), years: 2, valuationYears: 3 };
    await expect(runScenarioBeside(s, {}, async () => Promise.reject(new RangeError('valuation failed')))).rejects.toThrow('valuation failed');
  });
});
