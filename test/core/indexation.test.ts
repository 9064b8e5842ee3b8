// Pension indexation (regression test from the review of the core, finding 3): pensions rise in May
// of every projection year, the first included.
import { describe, expect, it } from 'vitest';
import { pensionerIndex } from '../../src/core/layout.js';
import { project } from '../../src/core/projection.js';
import { closedScenario } from './fixtures.js';

describe('pension indexation', () => {
  it('pensions rise in May of the first projection year too', () => {
    const base = closedScenario({ years: 2, cohort: { persons: 0 } });
    const pensionerPersons = new Float64Array(base.startStock.pensionerPersons.length);
    const pensionerPensionMass = new Float64Array(base.startStock.pensionerPensionMass.length);
    pensionerPersons[pensionerIndex(0, 65)] = 100;
    pensionerPensionMass[pensionerIndex(0, 65)] = 100 * 300;
    const years = base.years;
    const s = {
      ...base,
      economic: { ...base.economic, inflation: new Float64Array(years).fill(0.02), wageGrowth: new Float64Array(years).fill(0.03) },
      startStock: { ...base.startStock, pensionerPersons, pensionerPensionMass },
    };
    const p = project(s);
    // No mortality: January-April at 300, May-December at 300 x 1.02 (JD 6 < the JD 20 cap).
    const expected = 100 * 300 * (4 + 8 * 1.02);
    expect(p.annual.pensionExpenditure[0]!).toBeCloseTo(expected, 6);
  });
});
