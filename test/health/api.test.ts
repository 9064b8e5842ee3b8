import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('the library API (package root): health', () => {
  it('loadHealthScenario(object) and runHealthScenario(resolved) give indicators and a summary', async () => {
    const s = await api.loadHealthScenario({
      scheme: 'health',
      name: 'api',
      startYear: 2026,
      horizonYears: 2,
      economic: { wageGrowth: { value: 0.03, source: 'test' }, medicalInflation: { value: 0.045, source: 'test' }, interest: { value: 0.05, source: 'test' } },
      revenue: { contributionRate: { value: 0.05, source: 'test' } },
      fund: { initialReserve: { value: 0, source: 'test' }, adminCostRate: { value: 0.05, source: 'test' }, terminalReserveYears: { value: 1, source: 'test' } },
    });
    const r = api.runHealthScenario(s);
    expect(r.indicators.map((x) => x.year)).toEqual([2026, 2027]);
    expect(r.summary.scheme).toBe('health');
    expect(r.summary.insured_from).toBe('population');
    // The model files' defaults: the maternity rate in force is added to the health rate.
    expect(r.indicators[0]!.contribution_rate).toBe(0.05 + 0.0075);
    expect(r.indicators[0]!.dependants).toBe(0);
  });
});
