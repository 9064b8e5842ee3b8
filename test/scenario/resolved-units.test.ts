import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario, resolvedScenarioYaml } from '../../src/index.js';
import { loadHealthScenario } from '../../src/health/load-health-scenario.js';

describe('scenario.resolved.yaml carries the unit and confidence of the model files', () => {
  it('optional baseline: rules.minWage is "JOD a month", verified; pension and behaviour parameters keep theirs', async () => {
    const s = await loadScenario('scenarios/baseline.yaml');
    const doc = parse(resolvedScenarioYaml(s, 'test')) as Record<string, Record<string, { unit?: string; confidence?: string; source: string }>>;
    expect(doc.rules!.minWage).toMatchObject({ unit: expect.any(String), confidence: 'verified' });
    const withUnit = ['rules', 'pension', 'behaviour'].flatMap((g) => Object.values(doc[g]!)).filter((p) => p.unit !== undefined);
    const withConfidence = ['rules', 'pension', 'behaviour'].flatMap((g) => Object.values(doc[g]!)).filter((p) => p.confidence !== undefined);
    expect(withUnit.length).toBeGreaterThan(30);
    expect(withConfidence.length).toBe(['rules', 'pension', 'behaviour'].flatMap((g) => Object.values(doc[g]!)).length);
  });
  it('the resolved file is itself a scenario that loads with the same values', async () => {
    const s = await loadScenario('scenarios/baseline.yaml');
    const again = await loadScenario(parse(resolvedScenarioYaml(s, 'test')) as object);
    expect(again.provenance.map((p) => [p.key, p.unit, p.confidence])).toEqual(s.provenance.map((p) => [p.key, p.unit, p.confidence]));
  });
  it('health baseline: the utilisation and cost parameters keep their unit', async () => {
    const s = await loadHealthScenario('scenarios/health-baseline.yaml');
    const health = s.provenance.filter((p) => p.key.startsWith('health.'));
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((p) => p.confidence !== undefined)).toBe(true);
  });
});
