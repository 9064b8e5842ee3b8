import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadCalibration, scenarioAt } from '../../src/calibrate/calibration-file.js';
import { targetValues } from '../../src/calibrate/fit.js';

/** The parameters the small calibration fits, their true values and the start points (20-40% away). */
export const TRUE_VALUES = { 'behaviour.startInsured': 80000, 'behaviour.startPensioners': 12000, 'behaviour.reEntryRate': 0.08 } as const;
export const STARTS = { 'behaviour.startInsured': 60000, 'behaviour.startPensioners': 16000, 'behaviour.reEntryRate': 0.05 } as const;

/** A two-year scenario from 2026 on the shipped models (small and fast). */
export function smallScenario(): Record<string, unknown> {
  const s = (value: unknown, source = 'test') => ({ value, source });
  return {
    scheme: 'ssc-optional',
    name: 'small',
    startYear: 2026,
    horizonYears: 2,
    economic: { wageGrowth: s(0.03), inflation: s(0.02), interest: s(0.05) },
    fund: { initialReserve: s(0), adminCostRate: s(0.02), terminalReserveYears: s(1) },
  };
}

/** Targets of the small calibration, as in a calibration file (values filled in by `withEngineValues`). */
const MEASURES = [
  { indicator: 'insured', date: '2026-06-30' },
  { indicator: 'pensioners', year: 2026 },
  { indicator: 're_entrants', year: 2027 },
  { indicator: 'insured', year: 2027 },
] as const;

/**
 * A folder with the small scenario and a calibration file whose targets are what the engine
 * itself gives at TRUE_VALUES, fitted from STARTS. Returns the paths.
 */
export async function recoveryFixture(): Promise<{ dir: string; scenario: string; calibration: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-calibrate-'));
  const scenario = join(dir, 'small.yaml');
  writeFileSync(scenario, stringify(smallScenario()));
  const keys = Object.keys(TRUE_VALUES) as (keyof typeof TRUE_VALUES)[];
  const doc = (values: Record<string, number>) => ({
    name: 'recovery',
    scenario: 'small.yaml',
    parameters: keys.map((key) => ({ key, start: STARTS[key] })),
    targets: MEASURES.map((m, i) => ({ ...m, value: values[i] ?? 1, source: 'the engine at the true values' })),
    optimiser: { maxIterations: 60 },
  });
  const calibration = join(dir, 'recovery.yaml');
  writeFileSync(calibration, stringify(doc({})));
  const cal = await loadCalibration(calibration);
  const truth = targetValues(cal.targets, await scenarioAt(cal, keys.map((k) => TRUE_VALUES[k]))).values;
  writeFileSync(calibration, stringify(doc(Object.fromEntries(truth.map((v, i) => [i, v])))));
  return { dir, scenario, calibration };
}
