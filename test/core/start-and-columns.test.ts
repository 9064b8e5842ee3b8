// Regression tests from the review of the core (findings 7 and 8).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { runScenario } from '../../src/core/run-scenario.js';
import { cellIndex, cellLayout } from '../../src/core/layout.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

describe('indicators.csv persons columns and the start stock', () => {
  let baseline: ResolvedScenario;
  beforeAll(async () => {
    baseline = { ...(await loadScenario('scenarios/baseline.yaml')), years: 3 };
  });

  it('insured(y) - insured(y-1) = entrants + re_entrants - exits by cause - retirements (normal, early, disability) - lump_sum_exits (the CSV columns)', () => {
    const rows = runScenario(baseline, { programmeComparisons: false }).indicators;
    for (let y = 1; y < rows.length; y++) {
      const r = rows[y]!;
      const change = r.insured - rows[y - 1]!.insured;
      const flows = r.entrants + r.re_entrants - r.exits_death - r.exits_covered_work - r.exits_request - r.terminations_arrears - r.retirements - r.early_retirements - r.disability_awards - r.disability_lump_sum_exits - r.lump_sum_exits;
      // Thirteen columns each rounded to 0.001 person.
      expect(Math.abs(change - flows)).toBeLessThan(0.013);
    }
  });

  it('the start stock holds no active member at or above pension age (the unqualified complete their months in the completion pool; the qualified are pensioners)', () => {
    const s = baseline;
    const L = cellLayout(s.behaviour.maxActiveAge, s.rules.maxMissedContributions);
    let n = 0;
    let total = 0;
    for (let sex = 0; sex < 2; sex++) {
      for (let ai = 0; ai < L.nAge; ai++) {
        for (let g = 0; g <= ai + 1; g++) {
          for (let k = 0; k < L.nK; k++) {
            const x = s.startStock.insuredPersons[cellIndex(L, sex, g, ai, k)]!;
            total += x;
            if (L.ageMin + ai >= s.pension.normalRetirementAge[sex]!) n += x;
          }
        }
      }
    }
    expect(n).toBe(0);
    // Completion pool: every member misses between 1 and 180 months (a member with 180 would be a pensioner).
    const completion = s.startStock.completionPersons.reduce((a, x) => a + x, 0);
    expect(completion).toBeGreaterThan(0);
    expect(total + completion).toBeCloseTo(s.provenance.find((x) => x.key === 'behaviour.startInsured')!.value as number, 6);
  });
});
