import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenario, resolvedScenarioYaml, runScenario } from '../../src/index.js';
import { InputError } from '../../src/assumptions/input-error.js';

const tmp = mkdtempSync(join(tmpdir(), 'ssc-extends-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// The baseline's model path made absolute: the copy is written elsewhere.
const BASELINE = readFileSync('scenarios/baseline.yaml', 'utf8').replace('../models/', `${resolve('models')}/`);
writeFileSync(join(tmp, 'baseline.yaml'), BASELINE.replace('horizonYears: 50', 'horizonYears: 3'));

describe('extends: a scenario built on another', () => {
  it('takes the base file\'s keys, overridden by its own (maps key by key, values whole), and resolves to the scenario written out whole', async () => {
    const child = join(tmp, 'high-wages.yaml');
    writeFileSync(child, 'extends: baseline.yaml\nname: high-wages\neconomic:\n  wageGrowth: { value: 0.04, source: "test: one point above the baseline" }\nrules:\n  maxMissedContributions: { value: 12, source: "test" }\n');
    const s = await loadScenario(child);
    expect(s.name).toBe('high-wages');
    expect(s.years).toBe(3);
    // The horizon's values (the valuation years past it hold the last one).
    expect([...s.economic.wageGrowth.subarray(0, s.years)]).toEqual([0.04, 0.04, 0.04]);
    expect(s.rules.maxMissedContributions).toBe(12);
    // Keys the child does not name are the base's: interest and the fund.
    const base = await loadScenario(join(tmp, 'baseline.yaml'));
    expect([...s.economic.interest]).toEqual([...base.economic.interest]);
    expect(s.fund).toEqual(base.fund);
    // scenario.resolved.yaml has every key, without extends, and runs as it is.
    const resolved = resolvedScenarioYaml(s, 'test');
    const doc = parse(resolved) as Record<string, Record<string, { value: unknown; source: string }>>;
    expect(doc.extends).toBeUndefined();
    expect(doc.economic!.interest!.source).toBe(parse(BASELINE).economic.interest.source);
    const again = await loadScenario(doc);
    expect(runScenario(again).summary.gap).toBe(runScenario(s).summary.gap);
  });

  it('an error in a value taken from the base names the base file and its line', async () => {
    const bad = join(tmp, 'bad-base.yaml');
    writeFileSync(bad, BASELINE.replace('horizonYears: 50', 'horizonYears: 500'));
    const child = join(tmp, 'child.yaml');
    writeFileSync(child, 'extends: bad-base.yaml\nname: child\n');
    const err = await loadScenario(child).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const line = BASELINE.split('\n').findIndex((l) => l.startsWith('horizonYears:')) + 1;
    expect((err as InputError).message).toBe(`${bad}:${line}:15: horizonYears: 500 is above the bound: must be <= 100`);
  });

  it('a cycle is an error at the extends key', async () => {
    writeFileSync(join(tmp, 'a.yaml'), 'extends: b.yaml\n');
    writeFileSync(join(tmp, 'b.yaml'), 'extends: a.yaml\n');
    await expect(loadScenario(join(tmp, 'a.yaml'))).rejects.toThrow(/b\.yaml:1:10: extends: extends itself through /);
  });
});
