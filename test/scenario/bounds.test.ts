/** Issue 16: every scenario number bounded at load time (file:line:column), the years within the data. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { loadHealthScenario } from '../../src/health/load-health-scenario.js';
import { loadScenario, runHealthScenario, runScenario } from '../../src/index.js';
import { cli, ROOT } from '../helpers/cli.js';
import { expectInputErrorAt, lineOf } from '../helpers/input-error.js';

// The baseline as text, its model path made absolute (the copies are written elsewhere).
const BASELINE = readFileSync(join(ROOT, 'scenarios/baseline.yaml'), 'utf8').replace('../models/', `${join(ROOT, 'models')}/`);
const HEALTH = readFileSync(join(ROOT, 'scenarios/health-baseline.yaml'), 'utf8');

function variant(base: string, from: string | RegExp, to: string): string {
  const text = base.replace(from, to);
  if (text === base) throw new Error(`test setup: ${String(from)} not found`);
  return text;
}
const reserve = (v: string) => variant(BASELINE, /initialReserve:\n    value: 0\n/, `initialReserve:\n    value: ${v}\n`);

describe('scenario numbers are bounded where they are written', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssc-proj-bounds-'));
  });
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  const cases: Array<[string, () => string, string, RegExp]> = [
    ['fund.initialReserve 1e308', () => reserve('1e308'), 'value: 1e308', /fund\.initialReserve\.value: 1e308 is above the bound: must be <= 100000000000/],
    ['fund.initialReserve -1e12', () => reserve('-1e12'), 'value: -1e12', /fund\.initialReserve\.value: -1e12 is below the bound: must be >= -100000000000/],
    ['a reserve that the interest grows past the exact range', () => variant(reserve('1e11'), '    value: 0.05\n', '    value: 0.1\n'), 'value: 1e11', /fund\.initialReserve\.value: 100000000000 JOD grows to 1\.17e\+13 JOD at the scenario's interest over 50 years, above the 4\.50e\+12 JOD the outputs hold exactly/],
    ['behaviour.startAverageWage 1e308', () => `${BASELINE}behaviour:\n  startAverageWage: { value: { M: 1e308, F: 380 }, source: test }\n`, 'startAverageWage', /behaviour\.startAverageWage\.value\.M: 1e308 is above the bound: must be <= 100000/],
    ['behaviour.startInsured 1e308', () => `${BASELINE}behaviour:\n  startInsured: { value: 1e308, source: test }\n`, 'startInsured', /behaviour\.startInsured\.value: 1e308 is above the bound: must be <= 20000000/],
    ['a start year before the data', () => variant(BASELINE, 'startYear: 2026', 'startYear: 1990'), 'startYear: 1990', /startYear: 1990 is before 2014: the rules model describes the Social Security Law No\. 1 of 2014/],
    ['a horizon past 2100', () => variant(variant(BASELINE, 'startYear: 2026', 'startYear: 2100'), 'horizonYears: 50', 'horizonYears: 100'), 'horizonYears: 100', /horizonYears: 100 years from 2100 end in 2199, after 2100, the last year of the demographic data \(UN WPP projections\): at most 1 years/],
  ];
  for (const [what, make, needle, message] of cases) {
    it(what, async () => {
      const text = make();
      await expectInputErrorAt(loadScenario, write(`${what.replace(/\W+/g, '-')}.yaml`, text), text, needle, message);
    });
  }

  it('a health scenario: the same bounds on its reserve and its years', async () => {
    const text = variant(HEALTH, /startYear: \d+/, 'startYear: 2095');
    await expectInputErrorAt(loadHealthScenario, write('health-years.yaml', text), text, 'horizonYears', /horizonYears: \d+ years from 2095 end in \d+, after 2100/);
  });

  it('the command line: exit 2, one line with file:line:col, nothing written', async () => {
    const file = write('cli.yaml', reserve('1e308'));
    const r = await cli(['run', file, '--out', join(dir, 'never')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^ssc-proj: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${lineOf(reserve('1e308'), 'initialReserve') + 1}:\\d+: fund\\.initialReserve\\.value: 1e308 is above the bound: must be <= 100000000000\\n$`));
  });

  it('a batch varies the reserve within the same bounds', async () => {
    const batch = write('b.yaml', `name: b\nbase: ${JSON.stringify(join(ROOT, 'scenarios/baseline.yaml'))}\nsensitivity:\n  mode: one-at-a-time\n  parameters:\n    fund.initialReserve: [0, 1e15]\n`);
    const r = await cli(['batch', batch, '--out', join(dir, 'never-b')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/b\.yaml:6:30: sensitivity\.parameters\.fund\.initialReserve\.1: the base scenario refuses this value: fund\.initialReserve\.value: 1000000000000000 is above the bound: must be <= 100000000000/);
  });
});

describe('a projection whose sums leave the exact fils is refused as bad input', () => {
  it('interest at 100% a year for 50 years: InputError from runScenario, exit 2 from run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-proj-oversize-'));
    const file = join(dir, 'x.yaml');
    writeFileSync(file, variant(BASELINE, /    value: 0\.05\n/, '    value: 1\n'));
    const s = await loadScenario(file);
    expect(() => runScenario(s)).toThrow(/^<resolved scenario>: the projection's money figures leave the exact range of fils \(.* JOD is too large for exact fils\): lower the reserve, the rates or the horizon$/);
    const r = await cli(['run', file, '--out', join(dir, 'never')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^ssc-proj: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the projection's money figures leave the exact range of fils`));
  });
});

describe('the library refuses what is not a scenario with InputError, not TypeError', () => {
  it.each([
    ['loadScenario(undefined)', () => loadScenario(undefined as never), /^<scenario object>:1:1: expected object, got null/],
    ['runScenario({})', async () => runScenario({} as never), /^<resolved scenario>: scheme: expected "ssc-optional"/],
    ['runScenario("scenarios/baseline.yaml")', async () => runScenario('scenarios/baseline.yaml' as never), /^<resolved scenario>: got the text "scenarios\/baseline\.yaml": pass the result of await loadScenario\("scenarios\/baseline\.yaml"\)/],
    ['runScenario(null)', async () => runScenario(null as never), /^<resolved scenario>: expected the result of loadScenario/],
    ['runHealthScenario({ scheme: "health" })', async () => runHealthScenario({ scheme: 'health' } as never), /^<resolved scenario>: startYear: expected a whole number/],
  ])('%s', async (_, call, message) => {
    const err = await call().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
  });
});
