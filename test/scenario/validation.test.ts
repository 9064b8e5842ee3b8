import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { cli, reEscape, ROOT } from '../helpers/cli.js';
import { expectInputErrorAt, lineOf } from '../helpers/input-error.js';

// Variants are written to a temporary folder: the baseline's relative model path is made absolute.
const BASELINE = readFileSync(join(ROOT, 'scenarios/baseline.yaml'), 'utf8').replace('../models/', `${join(ROOT, 'models')}/`);

/** The baseline with `from` replaced by `to` (each case changes one thing). */
function variant(from: string | RegExp, to: string): string {
  const text = BASELINE.replace(from, to);
  if (text === BASELINE) throw new Error(`test setup: ${String(from)} not found in baseline.yaml`);
  return text;
}


describe('scenario files: bad input is an error naming file, line:column and key', () => {
  let dir: string;
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssc-proj-scenario-'));
  });

  const cases: Array<[string, () => string, string, RegExp]> = [
    ['an unknown top-level key', () => variant('horizonYears: 50', 'horizonYears: 50\nhorizon: 40'), 'horizon: 40', /horizon: unknown key "horizon"/],
    ['a wrong type', () => variant('horizonYears: 50', 'horizonYears: fifty'), 'horizonYears: fifty', /horizonYears: expected number, got "fifty"/],
    ['a return below -50%', () => variant('    value: 0.05\n', '    value: -0.6\n'), 'value: -0.6', /economic\.interest\.value: -0\.6 is below the bound: must be >= -0\.5/],
    ['a probability above 1', () => `${BASELINE}behaviour:\n  payWhenUpToDate: { value: 1.2, source: test }\n`, 'payWhenUpToDate', /behaviour\.payWhenUpToDate\.value: 1\.2 is above the bound: must be <= 1/],
    ['a table by year with a missing year', () => variant('    value: 0.03\n', '    value: { 2026: 0.03, 2027: 0.03, 2029: 0.03 }\n'), 'value: { 2026', /economic\.wageGrowth\.value: no value for 2028/],
    ['an expression that is not a number (log of a negative)', () => variant('    value: 0.02\n', '    value: { expr: "log(t - 1)" }\n'), 'expr:', /economic\.inflation\.value\.expr: expression "log\(t - 1\)" gives the complex number .* at t = 0/],
    ['an expression calling a refused function', () => variant('    value: 0.02\n', '    value: { expr: "evaluate(\\"1\\")" }\n'), 'expr:', /economic\.inflation\.value\.expr: .*evaluate/],
    ['an unknown rule parameter', () => `${BASELINE}rules:\n  maxMissed: { value: 12, source: test }\n`, 'maxMissed:', /rules\.maxMissed: unknown parameter "maxMissed"/],
    ['a programme with an unknown key', () => `${BASELINE}programmes:\n  - { name: p, payer: donor, share: 0.5, months: 12, start: 2026-01, end: 2026-12, source: test, colour: red }\n`, 'colour: red', /programmes\.0\.colour: unknown key "colour"/],
    ['an early-retirement start month that is not a month', () => `${BASELINE}pension:\n  earlyRetirement:\n    value: { routes: [], newRulesFrom: 2019-13, newRulesMinAge: { M: 55, F: 52 } }\n    source: test\n`, 'value: { routes', /pension\.earlyRetirement\.value\.newRulesFrom: .*YYYY-MM/],
    ['a disability incidence above 1', () => `${BASELINE}pension:\n  disabilityIncidence:\n    value: { bands: [16], M: [1.5], F: [0] }\n    source: test\n`, 'value: { bands', /pension\.disabilityIncidence\.value\.M\.0: 1\.5 is above the bound: must be <= 1/],
    ['orphans whose pensions end at an age above 30', () => `${BASELINE}pension:\n  orphans:\n    value: { children: { bands: [16], M: [1], F: [1] }, parentAgeGap: 30, ageSpread: 7, sharePerChild: 0.25, maximumShare: 0.5, endAge: 40 }\n    source: test\n`, 'value: { children', /pension\.orphans\.value\.endAge: 40 is above the bound: must be <= 30/],
    ['a programme ending before it starts', () => `${BASELINE}programmes:\n  - { name: p, payer: donor, share: 0.5, months: 12, start: 2027-01, end: 2026-12, source: test }\n`, 'name: p', /programmes\.0\.end: 2026-12 is before the start 2027-01/],
  ];

  for (const [what, make, lineNeedle, message] of cases) {
    it(`${what}`, async () => {
      const text = make();
      const file = write(`${what.replace(/\W+/g, '-')}.yaml`, text);
      await expectInputErrorAt(loadScenario, file, text, lineNeedle, message);
    });
  }

  it('the command line exits 2 with one line on stderr and writes nothing', async () => {
    const file = write('cli-bad.yaml', variant('horizonYears: 50', 'horizonYears: 500'));
    const out = join(dir, 'never');
    const r = await cli(['run', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`${reEscape(file)}:${lineOf(variant('horizonYears: 50', 'horizonYears: 500'), 'horizonYears')}:\\d+: horizonYears: 500 is above the bound: must be <= 100`));
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('a policy tool may pass the scenario as an object', async () => {
    const { parse } = await import('yaml');
    const s = await loadScenario({ ...(parse(BASELINE) as object), horizonYears: 3 });
    expect(s.years).toBe(3);
    expect(s.startYear).toBe(2026);
    await expect(loadScenario({ ...(parse(BASELINE) as object), horizonYears: -1 })).rejects.toThrow(/<scenario object>:\d+:\d+: horizonYears: -1 is below the bound/);
  });
});
