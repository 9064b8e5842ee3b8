import { beforeAll, describe, expect, it } from 'vitest';
import { loadCalibration, type Calibration } from '../../src/calibrate/calibration-file.js';
import { targetValues } from '../../src/calibrate/fit.js';
import { startStocks } from '../../src/calibrate/target-value.js';
import type { IndicatorRow } from '../../src/core/indicators.js';
import type { ResolvedScenario } from '../../src/core/resolved-scenario.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

// The back-test as committed (scenarios/backtest-2019.yaml with models/backtest-2019-fitted.yaml),
// held against the published figures of scenarios/calibration-2019.yaml and their tolerances
// (the README's back-test table states the same tolerances).
let cal: Calibration;
let s: ResolvedScenario;
let rows: IndicatorRow[];
let values: number[];

beforeAll(async () => {
  cal = await loadCalibration('scenarios/calibration-2019.yaml');
  s = await loadScenario('scenarios/backtest-2019.yaml');
  ({ values, rows } = targetValues(cal.targets, s));
}, 60_000);

describe('the back-test from 2019 against the SSC figures', () => {
  it('runs 1 January 2019 to the end of 2025', () => {
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('gives every published figure with a tolerance within it, and at most 5% for stocks', () => {
    const withTolerance = cal.targets.filter((t) => t.tolerance !== null);
    expect(withTolerance.length).toBe(6);
    cal.targets.forEach((t, i) => {
      if (t.tolerance === null) return;
      if (t.measure.indicators.includes('insured') || t.measure.indicators.includes('pensioners')) expect(t.tolerance).toBeLessThanOrEqual(0.05);
      expect(Math.abs(values[i]! / t.value - 1), t.label).toBeLessThanOrEqual(t.tolerance);
    });
  });

  it('keeps persons: the insured change by entries less exits, from the start stock, every year', () => {
    let before = startStocks(s).insured!;
    for (const r of rows) {
      const flows = r.entrants + r.re_entrants - r.exits_death - r.exits_covered_work - r.exits_request - r.terminations_arrears - r.retirements - r.early_retirements - r.disability_awards - r.disability_lump_sum_exits - r.lump_sum_exits;
      // Persons are printed to 3 decimals: eleven flows and two stocks round by at most 0.0005 each.
      expect(Math.abs(r.insured - before - flows), String(r.year)).toBeLessThan(0.0075);
      before = r.insured;
    }
  });

  it('keeps money exactly in fils: the reserve changes by income less outgo every year', () => {
    const fils = (x: number) => Math.round(x * 1000);
    let before = fils(s.fund.initialReserve);
    for (const r of rows) {
      const change = fils(r.contributions_collected) + fils(r.late_fees) + fils(r.subsidies_government) + fils(r.subsidies_donor) + fils(r.investment_income) - fils(r.benefit_expenditure) - fils(r.admin_expenditure);
      expect(fils(r.reserve) - before, String(r.year)).toBe(change);
      expect(fils(r.benefit_expenditure)).toBe(fils(r.pension_expenditure) + fils(r.lump_sum_expenditure));
      before = fils(r.reserve);
    }
  });

  it('uses the law and economy of those years: 17.5%, and the minimum wage in the declared wages', () => {
    expect(rows.every((r) => r.contribution_rate === 0.175)).toBe(true);
    // No declared wage below the minimum: JD 220 in 2019-2020, 260 from 2021, 290 in 2025.
    const meanWage = (r: IndicatorRow) => r.contributions_due / 0.175 / 12 / ((r.insured + r.insured) / 2);
    expect(meanWage(rows[0]!)).toBeGreaterThan(220);
    expect(meanWage(rows[6]!)).toBeGreaterThan(290);
  });
});
