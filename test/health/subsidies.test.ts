import { describe, expect, it } from 'vitest';
import { POP_AGES } from '../../src/core/resolved-scenario.js';
import { healthIndicatorRows } from '../../src/health/health-indicators.js';
import { projectHealth } from '../../src/health/health-projection.js';
import type { ResolvedHealthSubsidy } from '../../src/health/resolved-health-scenario.js';
import { constantGroup, healthFixture, rel } from './fixtures.js';

const base = { sex: null, ageMin: 0, ageMax: 100, firstYear: 2026, lastYear: 2030, amount: null } as const;

describe('subsidies: share of a group cost, per capita, fixed amount', () => {
  // Men aged 30 and 50 (1,000 each), 2 visits at JOD 15 a year each (JOD 30 a person), medical inflation 10%.
  const years = 5;
  const insured = new Float64Array(2 * POP_AGES);
  insured[30] = 1000;
  insured[50] = 1000;
  const subsidies: ResolvedHealthSubsidy[] = [
    { ...base, name: 'older-half', payer: 'government', group: 'contributors', ageMin: 45, ageMax: 64, kind: 'share', rate: 0.5 },
    { ...base, name: 'per-head', payer: 'donor', group: 'covered', sex: 0, kind: 'perCapita', rate: 4 },
    { ...base, name: 'grant', payer: 'donor', group: 'covered', kind: 'amount', rate: 0, amount: Float64Array.of(1e5, 2e5, 3e5, 4e5, 5e5), firstYear: 2027, lastYear: 2028 },
  ];
  const s = healthFixture({ years, medicalInflation: 0.1, subsidies });
  const p = projectHealth(s, constantGroup(years, insured, 500));

  it('share: 0.5 x (1,000 men aged 50 x JOD 30 x 1.1^t); per capita: 4 x 1.1^t x 2,000 men; amount: the table in 2027-2028 only', () => {
    for (let t = 0; t < years; t++) {
      const index = 1.1 ** t;
      expect(rel(p.subsidies[0]!.paid[t]!, 0.5 * 1000 * 30 * index)).toBeLessThan(1e-12);
      expect(rel(p.subsidies[1]!.paid[t]!, 4 * index * 2000)).toBeLessThan(1e-12);
      expect(p.subsidies[2]!.paid[t]).toBe(t === 1 ? 2e5 : t === 2 ? 3e5 : 0);
      expect(p.annual.subsidiesGovernment[t]).toBe(p.subsidies[0]!.paid[t]);
      expect(p.annual.subsidiesDonor[t]).toBe(p.subsidies[1]!.paid[t]! + p.subsidies[2]!.paid[t]!);
    }
  });

  it('the break-even rate nets the subsidies out: (total - subsidies) / insurable wages', () => {
    for (const row of healthIndicatorRows(p)) {
      const fils = (x: number) => Math.round(x * 1000);
      expect(row.breakeven_contribution_rate).toBe((fils(row.total_expenditure) - fils(row.subsidies_government) - fils(row.subsidies_donor)) / fils(row.insurable_wages));
    }
  });
});
