/**
 * `ssc-proj run` on two threads (src/schemes/optional/side-runs-thread.ts): the side runs (the
 * closed-group valuation, the programmes' comparison runs) computed on a worker thread while the
 * open group is projected here give the same run as one thread, to the bit: the same summary
 * (closed group and accrued liability included), indicators and programmes.csv rows.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { hasSideRuns, runScenario, runScenarioBeside, sideRuns } from '../../src/core/run-scenario.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { sideRunsOnThread } from '../../src/schemes/optional/side-runs-thread.js';

describe('the side runs on a second thread', () => {
  it('give the one-thread run to the bit (subsidy-youth: a programme to compare; 6 years, valued over 12)', async () => {
    const s: ResolvedScenario = { ...(await loadScenario('scenarios/subsidy-youth.yaml')), years: 6, valuationYears: 12 };
    expect(s.programmes.length).toBeGreaterThan(0);
    const one = runScenario(s);
    const two = await runScenarioBeside(s, {}, sideRunsOnThread);
    expect(two.summary.closed_group).not.toBeNull();
    expect(two.summary.closed_group!.accrued_liability).toBeGreaterThan(0);
    expect(JSON.stringify(two.summary)).toBe(JSON.stringify(one.summary));
    expect(two.indicators).toEqual(one.indicators);
    expect(two.programmes.length).toBe(6 * s.programmes.length);
    expect(two.programmes).toEqual(one.programmes);
  }, 120_000);

  it('the thread answers sideRuns itself (subsidy-women valued over 8 years: the closed group and each comparison run arrive whole)', async () => {
    const s: ResolvedScenario = { ...(await loadScenario('scenarios/subsidy-women.yaml')), years: 3, valuationYears: 8 };
    const here = sideRuns(s);
    const there = await sideRunsOnThread(s, {});
    expect(there.closedGroup).toEqual(here.closedGroup);
    expect(there.closedGroup!.years).toBe(8);
    expect(there.withoutProgramme).toHaveLength(s.programmes.length);
    there.withoutProgramme.forEach((p, i) => expect(p.annual).toEqual(here.withoutProgramme[i]!.annual));
  }, 120_000);

  it('a run without side runs (no valuation, no programme) starts no thread', async () => {
    const s: ResolvedScenario = { ...(await loadScenario('scenarios/baseline.yaml')), years: 2 };
    expect(hasSideRuns(s, { valuation: false })).toBe(false);
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
