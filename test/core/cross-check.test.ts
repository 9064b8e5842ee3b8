import { describe, expect, it } from 'vitest';
import { project } from '../../src/core/projection.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { statement } from '../../src/rules/statement.js';
import { loadModel } from '../../src/rules/load-model.js';
import type { MemberEvent } from '../../src/rules/member.js';
import { dueDate } from '../../src/rules/due-date.js';
import { closedScenario } from './fixtures.js';
import { SplitMix64 } from '../../src/batch/prng.js';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

describe('cross-check: the cohort projection against members run through the rules engine', () => {
  // 4 years of monthly payment behaviour from the baseline model (pay 95% when up to date; from
  // k unpaid months catch up with 0.15 x 0.92^(k-1), pay the oldest month with 0.12 x 0.95^(k-1),
  // else miss), no deaths, no exits, a wage of 400.000 JOD: C = 70.000 JOD and a late fee of
  // 0.700 JOD a started month, exact in fils, so the cohort's expectations and the rules' fils meet.
  it('agrees on contributions, late fees and terminations within 4 standard errors of 4,000 members', async () => {
    const baseline = await loadScenario('scenarios/baseline.yaml');
    const pay = baseline.behaviour.payment;
    const months = 48;
    const closed = closedScenario({ years: months / 12, cohort: { persons: 1, wage: 400, age: 31 } });
    const cohort = project({ ...closed, behaviour: { ...closed.behaviour, payment: pay } });
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    const expected = { principal: sum(cohort.annual.principalPaid), fees: sum(cohort.annual.lateFees), terminated: sum(cohort.annual.terminationsArrears) };

    const rules = loadModel();
    const C = 70_000;
    const fee = 700;
    // The batch's seeded generator: the same members every run.
    const generator = new SplitMix64(20261125n);
    const rng = () => generator.uniform();
    const n = 4000;
    const principal: number[] = [];
    const fees: number[] = [];
    const terminated: number[] = [];
    const start = 2026 * 12; // January 2026 as a month index
    for (let i = 0; i < n; i++) {
      const events: MemberEvent[] = [{ date: 20260105, type: 'apply', wage: 400_000 }];
      let k = 0;
      for (let m = 0; m < months; m++) {
        const due = dueDate(start + m, rules);
        const u = rng();
        if (k === 0) {
          if (u < pay.catchUp[0]!) events.push({ date: due, type: 'pay', amount: C });
          else k = 1;
          continue;
        }
        if (u < pay.catchUp[k]!) {
          // All k overdue months with their k, k-1, ..., 1 months of fees, and this month on time.
          events.push({ date: due, type: 'pay', amount: (k + 1) * C + fee * ((k * (k + 1)) / 2) });
          k = 0;
        } else if (u < pay.catchUp[k]! + pay.stay[k]!) {
          // The oldest month, overdue k started months.
          events.push({ date: due, type: 'pay', amount: C + k * fee });
        } else if (++k >= rules.maxMissedContributions) break;
      }
      const s = statement({ member: { id: `S-${i}`, sex: 'F', birthDate: 19950101, nationality: 'JO' }, events }, rules, { asOf: dueDate(start + months - 1, rules) });
      principal.push(s.months.reduce((a, x) => a + x.principalPaid, 0) / 1000);
      fees.push(s.months.reduce((a, x) => a + x.feesPaid, 0) / 1000);
      terminated.push(s.status.reason === 'arrears' ? 1 : 0);
      expect(s.totals.credit).toBe(0);
    }
    // Sampling error of a mean of n independent members: sd / sqrt(n). 4 standard errors make a
    // false alarm about 1 in 16,000 for each figure; the seed is fixed, so the test is repeatable.
    for (const [name, xs, e] of [
      ['contributions', principal, expected.principal],
      ['late fees', fees, expected.fees],
      ['terminations', terminated, expected.terminated],
    ] as const) {
      const se = sd(xs) / Math.sqrt(n);
      expect(se, name).toBeGreaterThan(0);
      expect(Math.abs(mean(xs) - e), `${name}: members ${mean(xs)} vs cohort ${e} (se ${se})`).toBeLessThanOrEqual(4 * se);
    }
  });
});
