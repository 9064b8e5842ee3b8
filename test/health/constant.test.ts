import { describe, expect, it } from 'vitest';
import { POP_AGES } from '../../src/core/resolved-scenario.js';
import { projectHealth, type HealthField } from '../../src/health/health-projection.js';
import { constantGroup, healthFixture, rel } from './fixtures.js';

const SERVICES: HealthField[] = ['outpatient', 'inpatient', 'medicines', 'deliveryCare', 'other', 'admin', 'maternityBenefits'];

/** A constant population of insured men and women of all working ages, with the families and every service. */
function setting(medicalInflation: number) {
  const years = 20;
  const asfr = new Float64Array(POP_AGES);
  for (let x = 15; x < 50; x++) asfr[x] = 0.1 * Math.exp(-(((x - 30) / 8) ** 2));
  const q = new Float64Array(2 * POP_AGES).fill(0.002);
  const ramp = (lo: number, hi: number) => Float64Array.from({ length: 2 * POP_AGES }, (_, i) => lo + ((hi - lo) * (i % POP_AGES)) / 100);
  const s = healthFixture({
    years,
    medicalInflation,
    admin: 0.05,
    asfr,
    q,
    takeUp: 1,
    utilisation: { outpatientVisits: ramp(2, 6), inpatientAdmissions: ramp(0.03, 0.2), averageLengthOfStay: ramp(2.5, 5), prescriptions: ramp(1, 12), otherServices: ramp(0.8, 4.5) },
  });
  const insured = new Float64Array(2 * POP_AGES);
  for (let x = 20; x < 60; x++) {
    insured[x] = 1000;
    insured[POP_AGES + x] = 400;
  }
  const pensioners = new Float64Array(2 * POP_AGES);
  for (let x = 60; x < 90; x++) pensioners[x] = 200;
  return { s, p: projectHealth(s, constantGroup(years, insured, 600, { pensioners, monthlyPension: 400 }), { byAge: true }) };
}

describe('zero medical inflation and a constant population give constant real expenditure', () => {
  it('every expenditure, every covered group and the deliveries are the same each year', () => {
    const { s, p } = setting(0);
    for (let y = 1; y < s.years; y++) {
      for (const f of [...SERVICES, 'contributors', 'pensioners', 'spouses', 'children', 'deliveries'] as HealthField[]) expect(p.annual[f][y]).toBe(p.annual[f][0]);
    }
    expect(p.annual.children[0]).toBeGreaterThan(0);
    expect(p.annual.inpatient[0]).toBeGreaterThan(0);
  });

  it('with medical inflation of 6%, expenditure deflated by the medical index (1.06^t) is constant, to 1e-12', () => {
    const { s, p } = setting(0.06);
    for (let y = 1; y < s.years; y++) {
      expect(rel(p.annual.medicalIndex[y]!, 1.06 ** y)).toBeLessThan(1e-12);
      for (const f of SERVICES) {
        // Maternity benefits are wages, not prices: they stay constant; the rest is in prices.
        const real = f === 'maternityBenefits' ? p.annual[f][y]! : f === 'admin' ? null : p.annual[f][y]! / p.annual.medicalIndex[y]!;
        if (real !== null) expect(rel(real, p.annual[f][0]!)).toBeLessThan(1e-12);
      }
    }
  });
});
