import { beforeAll, describe, expect, it } from 'vitest';
import { POP_AGES } from '../../src/core/resolved-scenario.js';
import { singleAgeAsfr } from '../../src/demography/fertility.js';
import { loadHealthScenario } from '../../src/health/load-health-scenario.js';
import { runHealthScenario, type HealthRunResult } from '../../src/health/run-health-scenario.js';
import type { ResolvedHealthScenario } from '../../src/health/resolved-health-scenario.js';
import { rel } from './fixtures.js';

const F = POP_AGES;

for (const file of ['scenarios/health-baseline.yaml', 'scenarios/health-families.yaml']) {
  describe(`deliveries of covered women (${file})`, () => {
    let s: ResolvedHealthScenario;
    let r: HealthRunResult;
    beforeAll(async () => {
      s = await loadHealthScenario(file);
      r = runHealthScenario(s, { byAge: true });
    });

    it('each year: deliveries = sum over age of covered women x ASFR of the year (UN WPP), to 1e-9', () => {
      const b = r.projection.byAge!;
      for (let y = 0; y < s.years; y++) {
        const asfr = singleAgeAsfr(s.startYear + y);
        let expected = 0;
        for (let x = 0; x < POP_AGES; x++) expected += (b.contributors[y]![F + x]! + b.pensioners[y]![F + x]! + b.spouses[y]![F + x]! + b.children[y]![F + x]!) * asfr[x]!;
        expect(rel(r.projection.annual.deliveries[y]!, expected)).toBeLessThan(1e-9);
        expect(rel(r.projection.annual.deliveryCare[y]!, expected * s.unitCosts.delivery * r.projection.annual.medicalIndex[y]!)).toBeLessThan(1e-9);
      }
    });

    it('maternity beneficiaries = claim share x insured (contributing) women x ASFR; benefits = claim share x 70 / 365 x ASFR x their wages', () => {
      const b = r.projection.byAge!;
      for (const y of [0, 20, s.years - 1]) {
        const asfr = singleAgeAsfr(s.startYear + y);
        let wageIndex = 1;
        for (let k = 1; k <= y; k++) wageIndex *= 1 + s.economic.wageGrowth[k]!;
        let births = 0;
        let wages = 0;
        for (let x = 0; x < POP_AGES; x++) {
          births += b.contributors[y]![F + x]! * asfr[x]!;
          const personYears = b.contributors[y]![F + x]!;
          // The population-based wage of women aged x: the model file's band value, grown with wages.
          if (personYears > 0 && s.insured.from === 'population') wages += asfr[x]! * personYears * s.insured.averageWage[F + x]! * 12 * wageIndex;
        }
        expect(rel(r.projection.annual.maternityBeneficiaries[y]!, s.maternity.claimShare * births)).toBeLessThan(1e-9);
        expect(rel(r.projection.annual.maternityBenefits[y]!, (s.maternity.claimShare * s.maternity.leaveDays * wages) / 365)).toBeLessThan(1e-9);
      }
    });
  });
}
