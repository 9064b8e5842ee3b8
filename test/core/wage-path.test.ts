import { describe, expect, it } from 'vitest';
import { project } from '../../src/core/projection.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

describe('the wage path: entrants follow the average wage, in-force wages the increases and the minimum', () => {
  it('a higher wage growth raises declared wages, contributions and pensions (the minimum wage held as it was)', async () => {
    const s = await loadScenario('scenarios/baseline.yaml');
    const years = 30;
    const withGrowth = (g: number) => project({ ...s, economic: { ...s.economic, wageGrowth: s.economic.wageGrowth.map(() => g), minimumWageGrowth: s.economic.minimumWageGrowth } }, { years });
    const low = withGrowth(0.02);
    const high = withGrowth(0.05);
    expect(total(high.annual.principalPaid)).toBeGreaterThan(1.05 * total(low.annual.principalPaid));
    expect(total(high.annual.retirementPensions)).toBeGreaterThan(total(low.annual.retirementPensions));
    expect(high.annual.pensionExpenditure[years - 1]!).toBeGreaterThan(low.annual.pensionExpenditure[years - 1]!);
    // The average declared wage moves with the economy's (entrants at a multiple of it).
    const avg = (p: typeof low, y: number) => p.annual.insuredWageMass[y]! / p.annual.insured[y]!;
    expect(avg(high, years - 1) / avg(low, years - 1)).toBeGreaterThan(1.2);
    expect(high.annual.averageWage[years - 1]! / low.annual.averageWage[years - 1]!).toBeCloseTo((1.05 / 1.02) ** years, 9);
  });

  it('the January increase reaches members in arrears too: take-up x size raises every cell', async () => {
    const s = await loadScenario('scenarios/baseline.yaml');
    const none = project({ ...s, behaviour: { ...s.behaviour, increaseTakeUp: s.behaviour.increaseTakeUp.map(() => 0) } }, { years: 2 });
    const some = project(s, { years: 2 });
    expect(some.annual.arrearsStock[0]!).toBeGreaterThan(none.annual.arrearsStock[0]!);
  });
});
