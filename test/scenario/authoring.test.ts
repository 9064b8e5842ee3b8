import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario, runScenario } from '../../src/index.js';

// The baseline's model path made absolute: an object's relative paths are taken from the working directory.
const BASELINE = parse(readFileSync('scenarios/baseline.yaml', 'utf8').replace('../models/', `${resolve('models')}/`)) as Record<string, Record<string, unknown>>;

describe('writing a scenario by hand', () => {
  it('a bare number where {value, source} is wanted says how to write it, at its line:column', async () => {
    const text = stringify({ ...BASELINE, economic: { ...BASELINE.economic, wageGrowth: 0.03 } });
    const line = text.split('\n').findIndex((l) => l.includes('wageGrowth: 0.03')) + 1;
    await expect(loadScenario(parse(text) as object)).rejects.toThrow(
      new RegExp(`^<scenario object>:${line}:\\d+: economic\\.wageGrowth: expected a value with its source, got 0\\.03: write \\{value: 0\\.03, source: "where the number comes from"\\}$`),
    );
  });
  it('the same for a rule override (rules.maxMissedContributions: 12)', async () => {
    await expect(loadScenario({ ...BASELINE, rules: { maxMissedContributions: 12 } })).rejects.toThrow(/rules\.maxMissedContributions: expected a value with its source, got 12: write \{value: 12, source: /);
  });
  it('a mapping of the wrong shape keeps the plain message (models: 3)', async () => {
    await expect(loadScenario({ ...BASELINE, models: 3 })).rejects.toThrow(/models: expected object, got 3$/);
  });
  it('negative inflation, wage growth and returns run in a deterministic scenario (Jordan CPI fell in 2015-16); below -50% is refused', async () => {
    const s = await loadScenario({
      ...BASELINE,
      horizonYears: 5,
      economic: {
        ...BASELINE.economic,
        inflation: { value: { table: { 2026: -0.01, 2027: 0.02 }, extend: 'last' }, source: 'test: deflation in the first year' },
        wageGrowth: { value: { table: { 2026: -0.02, 2027: 0.03 }, extend: 'last' }, source: 'test' },
        interest: { value: { table: { 2026: -0.03, 2027: 0.05 }, extend: 'last' }, source: 'test: a loss on the reserve' },
      },
    });
    expect(s.economic.inflation[0]).toBe(-0.01);
    const r = runScenario(s);
    expect(r.indicators).toHaveLength(5);
    // No pension is cut in a year of deflation: indexation is min(inflation, wage growth), at least 0.
    expect(r.indicators.every((row) => Number.isFinite(row.reserve))).toBe(true);
    await expect(loadScenario({ ...BASELINE, economic: { ...BASELINE.economic, inflation: { value: -0.6, source: 'test' } } })).rejects.toThrow(/economic\.inflation\.value: -0\.6 is below the bound: must be >= -0\.5/);
  });
});
