/** Issue 16, point 8: error texts that say what was written, on one line, with the key meant. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { closestKey } from '../../src/assumptions/validate.js';
import { loadBatch } from '../../src/batch/batch-file.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { ROOT } from '../helpers/cli.js';
import { expectInputErrorAt } from '../helpers/input-error.js';

// The baseline as text, its model path made absolute (the copies are written elsewhere).
const BASELINE = readFileSync(join(ROOT, 'scenarios/baseline.yaml'), 'utf8').replace('../models/', `${join(ROOT, 'models')}/`);
const variant = (from: string, to: string) => {
  const t = BASELINE.replace(from, to);
  if (t === BASELINE) throw new Error(`test setup: ${from} not found`);
  return t;
};

describe('error texts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssc-proj-messages-'));
  });
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('a seed above 2^53 is quoted as written, not rounded', async () => {
    const text = `name: b\nbase: ${JSON.stringify(join(ROOT, 'scenarios/baseline.yaml'))}\nstochastic:\n  runs: 2\n  seed: 9007199254740993\n  paths:\n    interest: { mean: 0.05, phi: 0.8, sigma: 0.01, source: t }\n`;
    await expectInputErrorAt(loadBatch, write('seed.yaml', text), text, 'seed:', /stochastic\.seed: 9007199254740993 is above the bound: must be <= 9007199254740991$/);
  });

  it('an expression with a newline gives a one-line error', async () => {
    const text = variant('    value: 0.02\n', '    value: { expr: "0.02 +\\n evaluate(1)" }\n');
    const err = await loadScenario(write('expr.yaml', text)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).not.toContain('\n');
    expect((err as Error).message).toMatch(/economic\.inflation\.value\.expr: .*0\.02 \+\\n evaluate/);
  });

  it('a misspelt required key is reported as unknown, with the key meant', async () => {
    const text = variant('horizonYears: 50', 'horizn: 50');
    await expectInputErrorAt(loadScenario, write('horizn.yaml', text), text, 'horizn:', /horizn: unknown key "horizn" \(did you mean "horizonYears"\?\)$/);
  });

  it('a misspelt optional key and a misspelt parameter get a suggestion', async () => {
    const a = variant('  minimumWageGrowth:', '  minimumWageGrowh:');
    await expectInputErrorAt(loadScenario, write('mwg.yaml', a), a, 'minimumWageGrowh', /economic\.minimumWageGrowh: unknown key "minimumWageGrowh" \(did you mean "minimumWageGrowth"\?\)$/);
    const b = `${BASELINE}rules:\n  maxMissedContribution: { value: 12, source: test }\n`;
    await expectInputErrorAt(loadScenario, write('rule.yaml', b), b, 'maxMissedContribution:', /rules\.maxMissedContribution: unknown parameter "maxMissedContribution" \(did you mean "maxMissedContributions"\?\)/);
  });

  it('closestKey suggests only a near key', () => {
    expect(closestKey('intrest', ['interest', 'inflation'])).toBe('interest');
    expect(closestKey('colour', ['interest', 'inflation'])).toBe(null);
  });

  it('a !!js/function tag is refused at its position, not read as text', async () => {
    const text = variant('name: baseline', 'name: !!js/function "function () { return 1 }"');
    await expectInputErrorAt(loadScenario, write('tag.yaml', text), text, '!!js/function', /YAML: Unresolved tag: !!js\/function \(only plain YAML values are read; custom tags such as !!js\/function are refused\)$/);
  });

  it('an alias bomb (billion laughs) is an InputError at the first alias', async () => {
    const lines = ['scheme: ssc-optional', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [k, p] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd']]) lines.push(`${k}: &${k} [${Array(9).fill(`*${p}`).join(',')}]`);
    const text = `${lines.join('\n')}\n`;
    await expectInputErrorAt(loadScenario, write('laughs.yaml', text), text, 'b: &b', /YAML: aliases expand too far \(more than 100 times: an alias bomb\); write the values out$/);
  });
});
