import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('the library API (package root)', () => {
  it('loads and runs a scenario without the CLI: indicators, summary, programmes', async () => {
    const s = await api.loadScenario('scenarios/subsidy-youth.yaml');
    const r = api.runScenario({ ...s, years: 2 });
    expect(r.indicators.map((x) => x.year)).toEqual([2026, 2027]);
    expect(r.summary.scheme).toBe('ssc-optional');
    expect(r.programmes.map((p) => p.programme)).toEqual(['youth-50', 'youth-50']);
    // The programme's cost is what the run's donor subsidies are.
    expect(r.programmes[0]!.cost).toBeCloseTo(r.indicators[0]!.subsidies_donor, 3);
  });

  it('runScenarioOnTwoThreads gives runScenario, and refuses what is not a loaded scenario', async () => {
    const s = { ...(await api.loadScenario('scenarios/subsidy-youth.yaml')), years: 2, valuationYears: 4 };
    const two = await api.runScenarioOnTwoThreads(s);
    expect(JSON.stringify(two.summary)).toBe(JSON.stringify(api.runScenario(s).summary));
    await expect(api.runScenarioOnTwoThreads('scenarios/baseline.yaml' as never)).rejects.toThrow(/loadScenario/);
  }, 60_000);

  it('computes a statement from a member record and the shipped model', () => {
    const rules = api.loadModel();
    const s = api.statement(
      { member: { id: 'X', sex: 'M', birthDate: 19900101, nationality: 'JO' }, events: [{ date: 20250110, type: 'apply', wage: 400_000 }] },
      rules,
      { asOf: '2025-03-31' },
    );
    // Jan and Feb are due (70.000 JOD each, unpaid), March is not yet due.
    expect(s.totals.contributions).toBe(3 * 70_000);
    expect(s.totals.fees).toBe(2 * 700 + 700); // January: Feb 16 and Mar 16; February: Mar 16
  });
});
