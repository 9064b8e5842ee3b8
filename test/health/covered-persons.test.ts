import { beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../src/core/projection.js';
import { POP_AGES } from '../../src/core/resolved-scenario.js';
import { annualDeathProbability } from '../../src/demography/death-probability.js';
import { singleAgeDeathRates } from '../../src/demography/death-rates.js';
import { singleAgeAsfr } from '../../src/demography/fertility.js';
import { projectHealth } from '../../src/health/health-projection.js';
import { insuredGroup, type InsuredYear } from '../../src/health/insured-group.js';
import { loadHealthScenario } from '../../src/health/load-health-scenario.js';
import { startInsuredByAge, startPensionersByAge } from '../../src/health/optional-insured.js';
import type { OptionalSchemeInsured, ResolvedHealthScenario } from '../../src/health/resolved-health-scenario.js';
import { runHealthScenario, type HealthRunResult } from '../../src/health/run-health-scenario.js';
import { constantGroup, healthFixture, oneCell, rel } from './fixtures.js';

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const F = POP_AGES;
const asfrCache = new Map<number, Float64Array>();
/** UN WPP fertility of a year (computed once a year in this file). */
const wppAsfr = (year: number): Float64Array => {
  if (!asfrCache.has(year)) asfrCache.set(year, singleAgeAsfr(year));
  return asfrCache.get(year)!;
};

/** Survival from birth to the middle of age a at year `year`'s WPP mortality (a scalar reference). */
function survival(year: number, sex: 'M' | 'F', a: number): number {
  const q = singleAgeDeathRates(sex, year).map(annualDeathProbability);
  let s = 1;
  for (let i = 0; i < a; i++) s *= 1 - q[i]!;
  return s * (1 - q[a]! / 2);
}

describe('covered persons of the families scenario (population-based, dependants enrolled)', () => {
  let s: ResolvedHealthScenario;
  let r: HealthRunResult;
  let group: InsuredYear[];
  beforeAll(async () => {
    s = await loadHealthScenario('scenarios/health-families.yaml');
    r = runHealthScenario(s, { byAge: true });
    group = insuredGroup(s);
  });

  it('contributors and pensioners, age by age, are their source (the insured group) and sum to the totals', () => {
    const b = r.projection.byAge!;
    for (let y = 0; y < s.years; y++) {
      expect(b.contributors[y]).toEqual(group[y]!.contributors);
      expect(b.pensioners[y]).toEqual(group[y]!.pensioners);
      expect(r.projection.annual.contributors[y]).toBe(sum(group[y]!.contributors));
      expect(r.projection.annual.pensioners[y]).toBe(sum(group[y]!.pensioners));
      expect(r.projection.annual.spouses[y]).toBe(sum(b.spouses[y]!));
      expect(r.projection.annual.children[y]).toBe(sum(b.children[y]!));
    }
  });

  it('covered_persons = contributors + dependants + pensioners_covered and dependants = spouses + children, exactly in thousandths', () => {
    const milli = (x: number) => Math.round(x * 1000);
    for (const row of r.indicators) {
      expect(milli(row.covered_persons)).toBe(milli(row.contributors) + milli(row.dependants) + milli(row.pensioners_covered));
      expect(milli(row.dependants)).toBe(milli(row.spouses) + milli(row.children));
    }
  });

  it('spouses: each insured of sex s aged x brings married x dependent-share x take-up spouses aged x + d_s (scalar reference)', () => {
    const b = r.projection.byAge!;
    const d = s.dependants;
    for (const y of [0, 17, s.years - 1]) {
      const expected = new Float64Array(2 * POP_AGES);
      for (let sex = 0; sex < 2; sex++) {
        for (let x = 0; x < POP_AGES; x++) {
          const i = sex * POP_AGES + x;
          const n = (group[y]!.contributors[i]! + group[y]!.pensioners[i]!) * d.marriedShare[i]! * d.spouseDependentShare[sex]! * d.takeUp[y]!;
          expected[(1 - sex) * POP_AGES + Math.min(100, Math.max(0, x + d.spouseAgeDifference[sex]!))] += n;
        }
      }
      b.spouses[y]!.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 6));
    }
  });

  it('children aged a are the births of the covered mothers a years before, at their own rates (WPP fertility x the group multiple), times survival (scalar reference)', () => {
    const b = r.projection.byAge!;
    const srb = s.demography.sexRatioAtBirth;
    const f = s.demography.relativeFertility;
    expect(s.dependants.takeUp.every((t) => t === 1)).toBe(true); // the children of insured women all enrol
    for (const y of [0, 25, s.years - 1]) {
      const year = s.startYear + y;
      for (let a = 0; a < 18; a++) {
        const asfr = wppAsfr(year - a);
        let births = 0;
        for (let x = a; x < POP_AGES; x++) births += (f.insured * group[y]!.contributors[F + x]! + group[y]!.pensioners[F + x]! + f.spouses * b.spouses[y]![F + x]!) * asfr[x - a]!;
        expect(rel(b.children[y]![a]!, ((births * srb) / (1 + srb)) * survival(year, 'M', a))).toBeLessThan(1e-12);
        expect(rel(b.children[y]![F + a]!, (births / (1 + srb)) * survival(year, 'F', a))).toBeLessThan(1e-12);
      }
      for (let a = 18; a < POP_AGES; a++) expect(b.children[y]![a]! + b.children[y]![F + a]!).toBe(0);
    }
  });

  it('bound: children aged a never exceed the births of the covered adult women a years before (at their own rates); all children under 18 never exceed their births of the last 18 years', () => {
    const b = r.projection.byAge!;
    const f = s.demography.relativeFertility;
    for (let y = 0; y < s.years; y++) {
      const year = s.startYear + y;
      let children = 0;
      let bound = 0;
      for (let a = 0; a < 18; a++) {
        const asfr = wppAsfr(year - a);
        let births = 0;
        for (let x = a; x < POP_AGES; x++) births += (f.insured * b.contributors[y]![F + x]! + b.pensioners[y]![F + x]! + f.spouses * b.spouses[y]![F + x]!) * asfr[x - a]!;
        const k = b.children[y]![a]! + b.children[y]![F + a]!;
        expect(k).toBeLessThanOrEqual(births);
        expect(rel(b.childrenBound[y]![a]!, births)).toBeLessThan(1e-12);
        children += k;
        bound += births;
      }
      expect(children).toBeLessThanOrEqual(bound);
    }
  });

  it('no age has more covered persons than residents (population-based group)', () => {
    const b = r.projection.byAge!;
    for (let y = 0; y < s.years; y++) {
      for (let i = 0; i < 2 * POP_AGES; i++) {
        const covered = b.contributors[y]![i]! + b.pensioners[y]![i]! + b.spouses[y]![i]! + b.children[y]![i]!;
        expect(covered).toBeLessThanOrEqual(b.population[y]![i]!);
      }
    }
  });
});

describe('the bound is tight: no deaths and full take-up give children = births of the covered women', () => {
  it('children(a) = sum over x of covered women(x) x ASFR(x - a), to 1e-12', () => {
    const asfr = new Float64Array(POP_AGES);
    for (let x = 15; x < 50; x++) asfr[x] = 0.08;
    const s = healthFixture({ years: 2, asfr, takeUp: 1 });
    const women = oneCell(1, 35, 1000);
    const men = oneCell(0, 40, 2000);
    const p = projectHealth(s, constantGroup(2, Float64Array.from(women, (w, i) => w + men[i]!), 500), { byAge: true });
    const b = p.byAge!;
    // Wives of the men: 2,000 x 0.8 married x 0.9 dependent, aged 35. Mothers aged 35: 1,000 + 1,440.
    expect(b.spouses[0]![F + 35]).toBeCloseTo(1440, 9);
    for (let a = 0; a < 18; a++) {
      const births = a <= 20 ? 2440 * 0.08 : 0;
      expect(b.children[0]![a]! + b.children[0]![F + a]!).toBeCloseTo(births, 9);
      expect(b.childrenBound[0]![a]).toBeCloseTo(births, 9);
    }
  });
});

describe('covered persons from an optional-scheme projection', () => {
  it('contributors and pensioners are the mean of the projection at the start and end of each year; wages and pensions its own', async () => {
    const s = await loadHealthScenario({
      scheme: 'health',
      name: 'optional-3y',
      startYear: 2026,
      horizonYears: 3,
      economic: { medicalInflation: { value: 0.04, source: 'test' }, interest: { value: 0.05, source: 'test' } },
      coverage: { insured: { value: { from: 'optional-scheme', scenario: 'scenarios/baseline.yaml' }, source: 'test' } },
      dependants: { takeUp: { value: 1, source: 'test' } },
      revenue: { contributionRate: { value: 0.05, source: 'test' } },
      fund: { initialReserve: { value: 0, source: 'test' }, adminCostRate: { value: 0.05, source: 'test' }, terminalReserveYears: { value: 1, source: 'test' } },
    });
    const opt = (s.insured as OptionalSchemeInsured).scenario;
    const p = project({ ...opt, years: 3 }, { byAge: true });
    const r = runHealthScenario(s, { byAge: true });
    let insured = startInsuredByAge(opt);
    let pensioners = startPensionersByAge(opt);
    // The start stock the baseline's behaviour model gives (models/optional-fitted.yaml, from the back-test).
    expect(sum(insured)).toBeCloseTo(opt.provenance.find((x) => x.key === 'behaviour.startInsured')!.value as number, 3);
    for (let y = 0; y < 3; y++) {
      const b = r.projection.byAge!;
      b.contributors[y]!.forEach((v, i) => expect(v).toBe((insured[i]! + p.byAge!.insured[y]![i]!) / 2));
      b.pensioners[y]!.forEach((v, i) => expect(v).toBe((pensioners[i]! + p.byAge!.pensioners[y]![i]!) / 2));
      expect(r.projection.annual.insurableWages[y]).toBeCloseTo(sum(p.byAge!.insurableWages[y]!), 3);
      expect(r.projection.annual.insurableWages[y]).toBeCloseTo(p.annual.insurableWages[y]!, 3);
      expect(r.projection.annual.pensionsPaid[y]).toBe(p.annual.pensionExpenditure[y]);
      insured = p.byAge!.insured[y]!;
      pensioners = p.byAge!.pensioners[y]!;
    }
  });
});
