import { describe, expect, it } from 'vitest';
import { monthlyProbability } from '../../src/core/monthly-rate.js';
import { project } from '../../src/core/projection.js';
import { POP_AGES } from '../../src/core/resolved-scenario.js';
import { closedScenario } from './fixtures.js';

describe('exact ageing: cells by age at 1 January, birthdays spread evenly over the months', () => {
  it('a closed cohort of one age retires, all of it, in the 12 months of its 60th birthdays: 1/12 of it each month', () => {
    // 1,200 men aged 40 at 1 January 2026 with 10 credited years, paying every month, no
    // mortality, no exits: they turn 41 during 2026 and 60 during 2045, each in his birth month,
    // with 10 + 19 years of service by then (qualified). Diffusion by 1/12 of a cell a month
    // would spread them from 2031 to 2060.
    const s = closedScenario({ years: 25, cohort: { sex: 0, age: 40, service: 10, persons: 1200, wage: 400 } });
    const p = project(s, { trace: true });
    const byYear = Array.from(p.annual.retirements);
    byYear.forEach((n, y) => expect(n, `retirements in ${2026 + y}`).toBeCloseTo(2026 + y === 2045 ? 1200 : 0, 9));
    const months2045 = p.trace!.filter((m) => m.month >= 19 * 12 && m.month < 20 * 12).map((m) => m.flows.retirements);
    for (const n of months2045) expect(n).toBeCloseTo(100, 9);
    // Service at the award, birthday month m: S = 12 x 30 - 11 + m + p credited months (10 years
    // and p months at the start, 19 years and m + 1 months since), p = 0..11 evenly; pension
    // max(200, 2.5% x S / 12 x 400): 30 years on average, JD 300.
    const pensionMass = p.annual.retirementPensions[19]!;
    let expected = 0;
    for (let m = 0; m < 12; m++) for (let q = 0; q < 12; q++) expected += (100 / 12) * Math.max(200, (0.025 * (12 * 30 - 11 + m + q) * 400) / 12);
    expect(pensionMass).toBeCloseTo(expected, 6);
  });

  it('with mortality, the deaths of each month equal persons x monthly q of their exact age (a birth-month model: deaths to 3e-4, persons to 1e-5)', () => {
    // q rising with age as mortality does (Gompertz-like, 0.4% at 40, +9% a year of age).
    const years = 20;
    const base = closedScenario({ years, cohort: { sex: 1, age: 35, service: 5, persons: 12_000, wage: 400 } });
    const q = new Float64Array(2 * POP_AGES);
    for (let a = 0; a < POP_AGES; a++) q[a] = q[POP_AGES + a] = Math.min(1, 0.004 * Math.exp(0.09 * (a - 40)));
    const s = { ...base, demography: { ...base.demography, deathProbability: Array.from({ length: years }, () => q) } };
    const p = project(s, { trace: true });
    // Reference: 12 birth-month groups, each with its own exact age (a birthday at the end of its
    // month), each losing persons x monthly q of that age; no pension age is reached before 55.
    const groups = new Float64Array(12).fill(1000);
    let worst = 0;
    let worstPersons = 0;
    for (const m of p.trace!) {
      const y = Math.floor(m.month / 12);
      const month = m.month % 12;
      if (35 + y + 1 >= 55) break;
      let deaths = 0;
      for (let b = 0; b < 12; b++) {
        const age = 35 + y + (b < month ? 1 : 0);
        const d = groups[b]! * monthlyProbability(q[POP_AGES + age]!);
        groups[b] = groups[b]! - d;
        deaths += d;
      }
      worst = Math.max(worst, Math.abs(m.flows.deaths - deaths) / deaths);
      const alive = groups.reduce((a, x) => a + x, 0);
      worstPersons = Math.max(worstPersons, Math.abs(m.activeEnd - alive) / alive);
    }
    // In the first month both are persons x the exact-age q. Then the cell applies the even-spread
    // mix to all its members, while in the reference the earlier-born, older groups thin a little
    // faster: deaths differ by (spread of survival) x (spread of q), about 1e-4 after 19 years
    // here, the persons alive by less than 1e-6 of themselves (README "Projection model").
    expect(worst).toBeLessThan(3e-4);
    expect(worstPersons).toBeLessThan(1e-5);
  });
});
