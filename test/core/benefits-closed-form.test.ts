import { describe, expect, it } from 'vitest';
import { monthlyProbability } from '../../src/core/monthly-rate.js';
import { project } from '../../src/core/projection.js';
import { referenceWageRatio } from '../../src/core/reference-wage.js';
import { POP_AGES, type ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { closedScenario } from './fixtures.js';

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
const constant = (v: number) => new Float64Array(2 * POP_AGES).fill(v);

/** The closed-form fixture with the pension model's new terms changed. */
function withPension(s: ResolvedScenario, pension: Partial<ResolvedScenario['pension']>): ResolvedScenario {
  return { ...s, pension: { ...s.pension, ...pension } };
}

describe('closed forms of the new benefits (one cohort, no other decrement, everyone pays)', () => {
  it('disability: a constant incidence gives awards N (1 - (1 - q)^(12 Y)) and pensions in payment = the law formula month by month and phase by phase (1e-9)', () => {
    // 1,000 men aged 40 with 10 credited years (S = 120 + 12 y + m + p at the start of month m of
    // year y, p = 0..11 evenly), wage JD 800, incidence 1% a year at every age, 5 years. No
    // mortality (so none of the disabled die either) and no indexation (inflation 0).
    const Y = 5;
    const base = closedScenario({ years: Y, cohort: { sex: 0, age: 40, service: 10, persons: 1000, wage: 800 } });
    const s = withPension(base, { disability: { ...base.pension.disability, incidence: constant(0.01) } });
    const p = project(s);
    const q = monthlyProbability(0.01);
    // The law's formula, written out: 50% of the reference wage up to JD 1,500, plus 0.5% a year beyond 60 months, at most 75%.
    const pension = (S: number) => Math.max(200, Math.min(0.75, 0.5 + (0.005 * (S - 60)) / 12) * 800);
    let alive = 1000;
    let awards = 0;
    let mass = 0;
    for (let t = 0; t < 12 * Y; t++) {
      const disabled = alive * q;
      for (let ph = 0; ph < 12; ph++) mass += (disabled / 12) * pension(120 + t + ph);
      awards += disabled;
      alive -= disabled;
    }
    expect(rel(sum(p.annual.disabilityAwards), awards)).toBeLessThan(1e-9);
    expect(rel(awards, 1000 * (1 - (1 - q) ** (12 * Y)))).toBeLessThan(1e-12);
    expect(rel(sum(p.annual.disabilityPensions), mass)).toBeLessThan(1e-9);
    expect(rel(p.annual.pensionersDisability[Y - 1]!, awards)).toBeLessThan(1e-9);
    expect(rel(p.annual.pensionMassDisability[Y - 1]!, mass)).toBeLessThan(1e-9);
    expect(sum(p.annual.disabilityLumpSumExits)).toBe(0);
  });

  it('disability without the 60 months: the lump sum, no pension (members with 2 credited years)', () => {
    const base = closedScenario({ years: 1, cohort: { sex: 1, age: 30, service: 2, persons: 1000, wage: 400 } });
    const s = withPension(base, { disability: { ...base.pension.disability, incidence: constant(0.02) } });
    const p = project(s);
    expect(sum(p.annual.disabilityAwards)).toBe(0);
    const q = monthlyProbability(0.02);
    let alive = 1000;
    let lumpSums = 0;
    for (let m = 0; m < 12; m++) {
      const disabled = alive * q;
      // S = 24 + m + p at the start of month m (2 years and p months, m months of this year paid).
      for (let ph = 0; ph < 12; ph++) lumpSums += (disabled / 12) * 0.15 * 400 * (24 + m + ph);
      alive -= disabled;
    }
    expect(rel(sum(p.annual.disabilityLumpSums), lumpSums)).toBeLessThan(1e-9);
    expect(rel(sum(p.annual.disabilityLumpSumExits), 1000 - alive)).toBeLessThan(1e-9);
  });

  it('early retirement: every member of the cohort qualifies, a constant take-up gives awards N (1 - (1 - x)^(12 Y)) and early pensions on the age accrual (1e-9)', () => {
    // 1,200 men aged 52 with 23 credited years (S >= 276 > 252 months), take-up 20% a year at
    // every age, 3 years (they reach 55, below the pension age 60). The fixture's accrual is 2%
    // up to JD 1,500 and 1.5% above; wage JD 2,000: pension (2% x 1,500 + 1.5% x 500) x S / 12.
    const Y = 3;
    const base = closedScenario({ years: Y, cohort: { sex: 0, age: 52, service: 23, persons: 1200, wage: 2000 } });
    const s = withPension(base, { earlyRetirement: { ...base.pension.earlyRetirement, takeUp: constant(0.2) } });
    const p = project(s);
    const x = monthlyProbability(0.2);
    let alive = 1200;
    let awards = 0;
    let mass = 0;
    for (let t = 0; t < 12 * Y; t++) {
      const retiring = alive * x;
      for (let ph = 0; ph < 12; ph++) mass += (retiring / 12) * Math.max(200, ((0.02 * 1500 + 0.015 * 500) * (12 * 23 + t + ph)) / 12);
      awards += retiring;
      alive -= retiring;
    }
    expect(rel(sum(p.annual.earlyRetirements), awards)).toBeLessThan(1e-9);
    expect(rel(sum(p.annual.earlyRetirementPensions), mass)).toBeLessThan(1e-9);
    expect(rel(p.annual.pensionersEarly[Y - 1]!, awards)).toBeLessThan(1e-9);
    expect(rel(p.annual.insured[Y - 1]!, alive)).toBeLessThan(1e-9);
  });

  it('early retirement: members first insured under the 2019 rules wait until 55 (a cohort whose months could all fall after October 2019)', () => {
    // Women aged 50 in 2040 with 20 credited years (240 >= 228 months): in 2040 the months since
    // October 2019 (243..254) reach their credited months, so they are taken as insured under the
    // new rules and may not retire before 52; at 50 and 51 (2040, most of 2041) none retire.
    const base = closedScenario({ years: 1, cohort: { sex: 1, age: 50, service: 19, persons: 1000, wage: 400 } });
    const s = withPension({ ...base, startYear: 2040 }, { earlyRetirement: { ...base.pension.earlyRetirement, takeUp: constant(0.2) } });
    expect(sum(project(s).annual.earlyRetirements)).toBe(0);
    // The same women in 2030: the new rules cannot cover 19 years of credits; they retire early.
    const before = withPension({ ...base, startYear: 2030 }, { earlyRetirement: { ...base.pension.earlyRetirement, takeUp: constant(0.2) } });
    expect(sum(project(before).annual.earlyRetirements)).toBeGreaterThan(100);
  });

  it('orphans: a death leaves children[age] orphans spread over the ages under the end age, each sharePerChild of the pension (at most maximumShare in all); their pensions end at the end age', () => {
    // 1,000 men aged 40, 10 years, wage 800; q = 1% a year at every age; 1.5 children under 23 on
    // average: orphans' share min(1.5 x 25%, 50%) = 37.5% of the pension the death earns (the
    // old-age formula on the deceased's months in the fixture).
    const base = closedScenario({ years: 1, cohort: { sex: 0, age: 40, service: 10, persons: 1000, wage: 800 } });
    const q = constant(0.01);
    const s: ResolvedScenario = withPension(
      { ...base, demography: { ...base.demography, deathProbability: [q] } },
      { orphans: { ...base.pension.orphans, children: constant(1.5) }, survivorProbability: [0, 0] },
    );
    const p = project(s);
    const qm = monthlyProbability(0.01);
    let alive = 1000;
    let orphans = 0;
    let mass = 0;
    for (let m = 0; m < 12; m++) {
      const deaths = alive * qm;
      // S = 120 + m + p >= 24: every death earns 2.5% x S / 12 x 800 (mean S = 125.5 + m).
      orphans += deaths * 1.5;
      mass += deaths * 0.375 * Math.max(200, (0.025 * (125.5 + m) * 800) / 12);
      alive -= deaths;
    }
    expect(rel(sum(p.annual.newOrphans), orphans)).toBeLessThan(1e-9);
    expect(rel(sum(p.annual.newOrphanPensions), mass)).toBeLessThan(1e-9);
    // Children of a 40-year-old: ages 3..17, none reaches 23 within the year; orphans die at the population's q (1%).
    expect(sum(p.annual.orphanPensionsEnded)).toBe(0);
  });

  it('reference wage: the average of the last 36 months on the in-force path (closed form) and 1 month = the current wage', () => {
    expect(referenceWageRatio(1, 5, () => 1.1)).toBe(1);
    expect(referenceWageRatio(36, 11, () => 1.05)).toBeCloseTo((12 + 12 / 1.05 + 12 / 1.05 ** 2) / 36, 15);
    // May (m = 4): 5 months this year, 12 last year, 12 the year before, 7 three years back.
    const f = [1.02, 1.03, 1.04];
    const expected = (5 + 12 / 1.02 + 12 / (1.02 * 1.03) + 7 / (1.02 * 1.03 * 1.04)) / 36;
    expect(referenceWageRatio(36, 4, (b) => f[b]!)).toBeCloseTo(expected, 15);
  });
});
