import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { contributionRateOf, monthlyContribution } from '../../src/rules/contribution.js';
import { lateFee, lateFeeMonthlyRateOf } from '../../src/rules/late-fee.js';
import { loadModel } from '../../src/rules/load-model.js';
import { entryWageCap, entryWageCapJod } from '../../src/rules/wage-bounds.js';

// The projection computes expectations in floats from the same model parameters the exact rules
// use (one rule in one place): each float version agrees with its integer rule to the fils.
const rules = loadModel();

describe('float versions of the rules (for the projection) agree with the exact ones', () => {
  it('contributionRateOf is 0.175, the rate monthlyContribution applies', () => expect(contributionRateOf(rules)).toBe(0.175));
  it('lateFeeMonthlyRateOf is 0.01, the rate lateFee applies', () => expect(lateFeeMonthlyRateOf(rules)).toBe(0.01));

  test.prop([fc.integer({ min: 290_000, max: 3_000_000 })])('contribution: round_half_up(wage x rate) = round(wage x contributionRateOf) in fils', (wage) => {
    expect(Math.abs(monthlyContribution(wage, rules) - wage * contributionRateOf(rules))).toBeLessThanOrEqual(0.5 + 1e-9);
  });

  test.prop([fc.integer({ min: 1, max: 600_000 })])('late fee: round_half_up(principal x 1%) within half a fils of principal x lateFeeMonthlyRateOf', (principal) => {
    expect(Math.abs(lateFee(principal, rules) - principal * lateFeeMonthlyRateOf(rules))).toBeLessThanOrEqual(0.5 + 1e-9);
  });

  test.prop([fc.integer({ min: 16, max: 80 })])('entry cap: entryWageCapJod equals the exact entryWageCap within a fils at the model year', (age) => {
    const exact = entryWageCap(age, rules) / 1000;
    const float = entryWageCapJod(age, rules, rules.minWage / 1000, rules.averageWage / 1000);
    expect(Math.abs(exact - float)).toBeLessThanOrEqual(0.001);
  });

  it('entry cap at 30: 3 x 638 = 1,914 JOD both ways', () => {
    expect(entryWageCap(30, rules)).toBe(1_914_000);
    expect(entryWageCapJod(30, rules, 290, 638)).toBeCloseTo(1914, 9);
  });
});
