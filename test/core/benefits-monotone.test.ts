import { beforeAll, describe, expect, it } from 'vitest';
import { project, type Projection } from '../../src/core/projection.js';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const scaled = (a: Float64Array, f: number) => a.map((x) => Math.min(1, x * f));

describe('a higher incidence or take-up never lowers what the benefit costs (baseline, 50 years)', () => {
  let baseline: ResolvedScenario;
  beforeAll(async () => {
    baseline = await loadScenario('scenarios/baseline.yaml');
  });

  const run = (s: ResolvedScenario, d: number, e: number): Projection =>
    project({
      ...s,
      pension: {
        ...s.pension,
        disability: { ...s.pension.disability, incidence: scaled(s.pension.disability.incidence, d) },
        earlyRetirement: { ...s.pension.earlyRetirement, takeUp: scaled(s.pension.earlyRetirement.takeUp, e) },
      },
    });

  it('disability incidence x 0, 0.5, 1, 2: disability expenditure every year and the PV of all benefits never fall', () => {
    const runs = [0, 0.5, 1, 2].map((f) => run(baseline, f, 1));
    expect(sum(runs[0]!.annual.disabilityAwards)).toBe(0);
    for (let i = 1; i < runs.length; i++) {
      const lo = runs[i - 1]!.annual;
      const hi = runs[i]!.annual;
      expect(sum(hi.pvBenefits)).toBeGreaterThan(sum(lo.pvBenefits));
      for (let y = 0; y < baseline.years; y++) {
        expect(hi.pensionExpenditureDisability[y]!, `year ${y}`).toBeGreaterThanOrEqual(lo.pensionExpenditureDisability[y]!);
        expect(hi.disabilityAwards[y]!).toBeGreaterThan(lo.disabilityAwards[y]!);
      }
    }
  });

  it('early-retirement take-up x 0, 0.5, 1, 2: early expenditure every year never falls and the PV of all benefits rises', () => {
    const runs = [0, 0.5, 1, 2].map((f) => run(baseline, 1, f));
    expect(sum(runs[0]!.annual.earlyRetirements)).toBe(0);
    for (let i = 1; i < runs.length; i++) {
      const lo = runs[i - 1]!.annual;
      const hi = runs[i]!.annual;
      expect(sum(hi.pvBenefits)).toBeGreaterThan(sum(lo.pvBenefits));
      for (let y = 0; y < baseline.years; y++) expect(hi.pensionExpenditureEarly[y]!, `year ${y}`).toBeGreaterThanOrEqual(lo.pensionExpenditureEarly[y]!);
    }
  });
});
