import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { POP_AGES } from '../../src/core/resolved-scenario.js';
import { singleAgeAsfr } from '../../src/demography/fertility.js';
import { healthIndicatorRows } from '../../src/health/health-indicators.js';
import { projectHealth } from '../../src/health/health-projection.js';
import { loadHealthScenario } from '../../src/health/load-health-scenario.js';
import type { ResolvedHealthScenario, ResolvedHealthSubsidy } from '../../src/health/resolved-health-scenario.js';
import { runHealthScenario, type HealthRunResult } from '../../src/health/run-health-scenario.js';
import { constantGroup, healthFixture, oneCell, rel } from './fixtures.js';

const F = POP_AGES;
/** Every shipped health scenario (scenarios/*.yaml with scheme: health). */
const HEALTH_SCENARIOS = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join('scenarios', f))
  .filter((f) => (parse(readFileSync(f, 'utf8')) as { scheme?: string }).scheme === 'health');

it('the shipped health scenarios are found (baseline, families, optional)', () => {
  expect(HEALTH_SCENARIOS).toEqual(expect.arrayContaining(['scenarios/health-baseline.yaml', 'scenarios/health-families.yaml', 'scenarios/health-optional.yaml']));
});

for (const file of HEALTH_SCENARIOS) {
  describe(`deliveries by who delivers, and the maternity benefit for the same women (${file})`, () => {
    let s: ResolvedHealthScenario;
    let r: HealthRunResult;
    beforeAll(async () => {
      s = await loadHealthScenario(file);
      r = runHealthScenario(s, { byAge: true });
    });

    it('every year: maternity beneficiaries = claim share x deliveries of insured women, to 1e-9', () => {
      const A = r.projection.annual;
      for (let y = 0; y < s.years; y++) {
        const expected = s.maternity.claimShare * A.deliveriesInsured[y]!;
        if (expected === 0) expect(A.maternityBeneficiaries[y]).toBe(0);
        else expect(rel(A.maternityBeneficiaries[y]!, expected)).toBeLessThan(1e-9);
      }
    });

    it('every year: each group of women delivers at its own fertility (national ASFR x its multiple), deliveries = their sum, delivery care = deliveries x unit cost x index, to 1e-9', () => {
      const b = r.projection.byAge!;
      const A = r.projection.annual;
      const f = s.demography.relativeFertility;
      for (let y = 0; y < s.years; y++) {
        const asfr = singleAgeAsfr(s.startYear + y);
        let insured = 0;
        let spouses = 0;
        let others = 0;
        for (let x = 0; x < POP_AGES; x++) {
          insured += b.contributors[y]![F + x]! * f.insured * asfr[x]!;
          spouses += b.spouses[y]![F + x]! * f.spouses * asfr[x]!;
          others += (b.pensioners[y]![F + x]! + b.children[y]![F + x]!) * asfr[x]!;
        }
        expect(rel(A.deliveriesInsured[y]!, insured)).toBeLessThan(1e-9);
        if (spouses === 0) expect(A.deliveriesSpouses[y]).toBe(0);
        else expect(rel(A.deliveriesSpouses[y]!, spouses)).toBeLessThan(1e-9);
        expect(rel(A.deliveriesOthers[y]!, others)).toBeLessThan(1e-9);
        expect(rel(A.deliveries[y]!, insured + spouses + others)).toBeLessThan(1e-9);
        expect(rel(A.deliveryCare[y]!, (insured + spouses + others) * s.unitCosts.delivery * A.medicalIndex[y]!)).toBeLessThan(1e-9);
      }
    });

    it('indicators.csv: deliveries = deliveries_insured + deliveries_spouses + deliveries_others, exactly in thousandths', () => {
      const milli = (x: number) => Math.round(x * 1000);
      for (const row of r.indicators) expect(milli(row.deliveries)).toBe(milli(row.deliveries_insured) + milli(row.deliveries_spouses) + milli(row.deliveries_others));
    });

    it('maternity benefits = claim share x 70 / 365 x the insured women\'s own rates x their wages', () => {
      if (s.insured.from !== 'population') return; // the optional scheme's wages by age are its projection's own
      const b = r.projection.byAge!;
      for (const y of [0, 20, s.years - 1]) {
        const asfr = singleAgeAsfr(s.startYear + y);
        let wageIndex = 1;
        for (let k = 1; k <= y; k++) wageIndex *= 1 + s.economic.wageGrowth[k]!;
        let wages = 0;
        for (let x = 0; x < POP_AGES; x++) {
          // The population-based wage of women aged x: the model file's band value, grown with wages.
          wages += s.demography.relativeFertility.insured * asfr[x]! * b.contributors[y]![F + x]! * s.insured.averageWage[F + x]! * 12 * wageIndex;
        }
        expect(rel(r.projection.annual.maternityBenefits[y]!, (s.maternity.claimShare * s.maternity.leaveDays * wages) / 365)).toBeLessThan(1e-9);
      }
    });
  });
}

describe('closed form: insured women, wives and daughters each at their own fertility', () => {
  // No deaths, full take-up, ASFR 0.08 at 15-49, insured women at 0.4 of it, wives at 1.5 of it.
  // Contributors: 1,000 women aged 30 (JOD 500 a month) and 2,000 men aged 40, whose wives
  // (0.8 married x 0.9 dependent) are 1,440 aged 35; 100 pensioner women aged 60. Claim share 0.9.
  //   deliveries_insured = 1,000 x 0.4 x 0.08 = 32;  maternity beneficiaries = 0.9 x 32 = 28.8
  //   deliveries_spouses = 1,440 x 1.5 x 0.08 = 172.8
  //   mothers: 0.4 x 1,000 = 400 at 30, 1.5 x 1,440 = 2,160 at 35, 100 pensioners at 60 (national rates)
  //   births a years ago = 0.08 x (400 [a <= 15] + 2,160 [a <= 20] + 100 [a >= 11]); daughters = births / 2.05
  //   deliveries_others = 0.08 x daughters aged 15-17 = 0.08 x 0.08 x (2,660 + 2,260 + 2,260) / 2.05
  //   maternity benefits = 0.9 x 70 / 365 x 0.4 x 0.08 x 1,000 x 6,000
  const years = 2;
  const asfr = new Float64Array(POP_AGES);
  for (let x = 15; x < 50; x++) asfr[x] = 0.08;
  const subsidies: ResolvedHealthSubsidy[] = [{ name: 'all', payer: 'government', group: 'covered', sex: null, ageMin: 0, ageMax: 100, kind: 'share', rate: 1, amount: null, firstYear: 2026, lastYear: 2027 }];
  const s = healthFixture({ years, asfr, takeUp: 1, relativeFertility: { insured: 0.4, spouses: 1.5 }, maternity: { claimShare: 0.9 }, subsidies });
  const contributors = Float64Array.from(oneCell(1, 30, 1000), (w, i) => w + oneCell(0, 40, 2000)[i]!);
  const p = projectHealth(s, constantGroup(years, contributors, 500, { pensioners: oneCell(1, 60, 100) }), { byAge: true });
  const A = p.annual;
  const others = (0.08 * 0.08 * (2660 + 2260 + 2260)) / 2.05;

  it('deliveries by who delivers, their sum and their cost', () => {
    for (let y = 0; y < years; y++) {
      expect(rel(A.deliveriesInsured[y]!, 32)).toBeLessThan(1e-12);
      expect(rel(A.deliveriesSpouses[y]!, 172.8)).toBeLessThan(1e-12);
      expect(rel(A.deliveriesOthers[y]!, others)).toBeLessThan(1e-12);
      expect(rel(A.deliveries[y]!, 32 + 172.8 + others)).toBeLessThan(1e-12);
      expect(rel(A.deliveryCare[y]!, (32 + 172.8 + others) * 500)).toBeLessThan(1e-12);
    }
  });

  it('maternity: beneficiaries = 0.9 x 32 = 28.8, benefits = 0.9 x 70 / 365 x 0.032 x 6,000,000', () => {
    for (let y = 0; y < years; y++) {
      expect(rel(A.maternityBeneficiaries[y]!, 28.8)).toBeLessThan(1e-12);
      expect(rel(A.maternityBenefits[y]!, (0.9 * 70 * 0.032 * 6_000_000) / 365)).toBeLessThan(1e-12);
    }
    const rows = healthIndicatorRows(p);
    expect(rows[0]!.deliveries_insured).toBe(32);
    expect(rows[0]!.deliveries_spouses).toBe(172.8);
    expect(rows[0]!.maternity_beneficiaries).toBe(28.8);
  });

  it('children are born to the mothers at their own rates: girls aged 15 = 0.08 x 2,660 / 2.05, aged 10 = 0.08 x 2,560 / 2.05; the bound is the same births', () => {
    const b = p.byAge!;
    expect(rel(b.children[0]![F + 15]!, (0.08 * 2660) / 2.05)).toBeLessThan(1e-12);
    expect(rel(b.children[0]![F + 10]!, (0.08 * 2560) / 2.05)).toBeLessThan(1e-12);
    expect(rel(b.childrenBound[0]![15]!, 0.08 * 2660)).toBeLessThan(1e-12);
    expect(rel(b.childrenBound[0]![17]!, 0.08 * 2260)).toBeLessThan(1e-12);
  });

  it('a share-1 subsidy of every covered person pays the whole health-care expenditure (each woman costed at her own fertility)', () => {
    for (let y = 0; y < years; y++) {
      const care = A.outpatient[y]! + A.inpatient[y]! + A.medicines[y]! + A.deliveryCare[y]! + A.other[y]!;
      expect(rel(A.subsidiesGovernment[y]!, care)).toBeLessThan(1e-12);
    }
  });

  it('multiples of 1 give the national rates; an insured fertility of 0 gives no maternity benefit and no deliveries of insured women', () => {
    const national = projectHealth(healthFixture({ years, asfr, takeUp: 1 }), constantGroup(years, contributors, 500));
    expect(rel(national.annual.deliveriesInsured[0]!, 1000 * 0.08)).toBeLessThan(1e-12);
    expect(rel(national.annual.deliveriesSpouses[0]!, 1440 * 0.08)).toBeLessThan(1e-12);
    const none = projectHealth(healthFixture({ years, asfr, relativeFertility: { insured: 0 }, maternity: { claimShare: 0.9 } }), constantGroup(years, contributors, 500));
    expect(none.annual.deliveriesInsured[0]).toBe(0);
    expect(none.annual.maternityBeneficiaries[0]).toBe(0);
    expect(none.annual.maternityBenefits[0]).toBe(0);
  });
});
