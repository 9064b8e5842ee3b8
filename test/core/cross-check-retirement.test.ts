import { describe, expect, it } from 'vitest';
import { SplitMix64 } from '../../src/batch/prng.js';
import { project } from '../../src/core/projection.js';
import { dueDate } from '../../src/rules/due-date.js';
import { loadModel } from '../../src/rules/load-model.js';
import type { MemberEvent } from '../../src/rules/member.js';
import { statement } from '../../src/rules/statement.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { closedScenario } from './fixtures.js';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

describe('cross-check: retirements, qualification and pension amounts against members followed one by one', () => {
  // Men aged 58 at 1 January 2026 with 13 credited years and 0..11 months (evenly), up to date,
  // declaring 800 JOD, the baseline's payment behaviour (so arrears build up and are caught up),
  // no mortality, no exits. They turn 60 during 2027 with about 180 months: some qualify at the
  // birthday, some complete their months after it (half go on, continueAfterPensionAge 0.5), the
  // rest take the lump sum; some are terminated for arrears and retire later on their credits.
  // Each member is followed month by month: the rules engine (statement) credits the months he
  // pays, his birth month decides the month he turns 60, and his own credited months decide
  // qualification and the pension max(200, 2.5% x S / 12 x 800).
  it('agrees within 4 standard errors of 4,000 members on retirements, qualification at 60, pensions awarded and lump sums', async () => {
    const baseline = await loadScenario('scenarios/baseline.yaml');
    const pay = baseline.behaviour.payment;
    const months = 48;
    const closed = closedScenario({ years: months / 12, cohort: { sex: 0, age: 58, service: 13, persons: 1, wage: 800 } });
    const s = { ...closed, behaviour: { ...closed.behaviour, payment: pay, continueAfterPensionAge: 0.5 } };
    const cohort = project(s);
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    const expected = {
      pensions: sum(cohort.annual.retirements) + sum(cohort.annual.deferredPensions),
      pensionMass: sum(cohort.annual.retirementPensions) + sum(cohort.annual.deferredPensionAmounts),
      lumpSums: sum(cohort.annual.lumpSumsPensionAge) + sum(cohort.annual.lumpSumsFormer),
    };

    const rules = loadModel();
    const C = 140_000; // 17.5% of 800 JOD, in fils
    const fee = 1_400;
    const generator = new SplitMix64(20261206n);
    const rng = () => generator.uniform();
    const n = 4000;
    const out = { pensions: [] as number[], pensionMass: [] as number[], lumpSums: [] as number[] };
    const start = 2026 * 12;
    for (let i = 0; i < n; i++) {
      const birthMonth = Math.floor(rng() * 12);
      const before = 156 + Math.floor(rng() * 12);
      let credited = before;
      const events: MemberEvent[] = [{ date: 20260105, type: 'apply', wage: 800_000 }];
      let k = 0;
      let status: 'active' | 'completing' | 'former' | 'pension' | 'lump' = 'active';
      let pension = 0;
      let lump = 0;
      const pensionOf = (S: number) => Math.max(200, (0.025 * S * 800) / 12);
      for (let m = 0; m < months && (status === 'active' || status === 'completing' || status === 'former'); m++) {
        if (status !== 'former') {
          const due = dueDate(start + m, rules);
          const u = rng();
          if (k === 0) {
            if (u < pay.catchUp[0]!) {
              events.push({ date: due, type: 'pay', amount: C });
              credited += 1;
            } else k = 1;
          } else if (u < pay.catchUp[k]!) {
            events.push({ date: due, type: 'pay', amount: (k + 1) * C + fee * ((k * (k + 1)) / 2) });
            credited += k + 1;
            k = 0;
          } else if (u < pay.catchUp[k]! + pay.stay[k]!) {
            events.push({ date: due, type: 'pay', amount: C + k * fee });
            credited += 1;
          } else if (++k >= rules.maxMissedContributions) status = 'former';
        }
        if (status === 'completing' && credited >= 180) {
          status = 'pension';
          pension = pensionOf(credited);
        }
        // His 60th birthday: the end of his birth month in 2027.
        if (m === 12 + birthMonth && status !== 'completing') {
          if (credited >= 180) {
            status = 'pension';
            pension = pensionOf(credited);
          } else if (status === 'former' || rng() >= 0.5) {
            status = 'lump';
            lump = 0.15 * 800 * credited;
          } else status = 'completing';
        }
      }
      // The rules engine credits exactly the months this member paid.
      const st = statement({ member: { id: `R-${i}`, sex: 'M', birthDate: 19670101 + 100 * (birthMonth + 1) - 100, nationality: 'JO' }, events }, rules, { asOf: dueDate(start + months - 1, rules) });
      expect(st.totals.creditedMonths).toBe(credited - before);
      out.pensions.push(status === 'pension' ? 1 : 0);
      out.pensionMass.push(pension);
      out.lumpSums.push(lump);
    }
    for (const [name, xs, e] of [
      ['pensions awarded', out.pensions, expected.pensions],
      ['pension amounts awarded (JOD a month)', out.pensionMass, expected.pensionMass],
      ['lump sums at pension age (JOD)', out.lumpSums, expected.lumpSums],
    ] as const) {
      const se = sd(xs) / Math.sqrt(n);
      expect(se, name).toBeGreaterThan(0);
      expect(Math.abs(mean(xs) - e), `${name}: members ${mean(xs)} vs cohort ${e} (se ${se})`).toBeLessThanOrEqual(4 * se);
    }
  });
});
