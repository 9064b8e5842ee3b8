import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHealthScenario } from '../../src/health/load-health-scenario.js';
import { cli, reEscape, ROOT } from '../helpers/cli.js';
import { expectInputErrorAt, lineOf } from '../helpers/input-error.js';

const BASELINE = readFileSync(join(ROOT, 'scenarios/health-baseline.yaml'), 'utf8');

/** The baseline with `from` replaced by `to` (each case changes one thing). */
function variant(from: string | RegExp, to: string): string {
  const text = BASELINE.replace(from, to);
  if (text === BASELINE) throw new Error(`test setup: ${String(from)} not found in health-baseline.yaml`);
  return text;
}
/** The baseline without wage growth and pension indexation (an optional-scheme group brings its own). */
const withoutWages = (text: string) => text.replace(/  wageGrowth:\n    value: .*\n    source: .*\n  pensionIndexation:\n    value: .*\n    source: .*\n/, '');
const OPTIONAL = `coverage:\n  insured:\n    value: { from: optional-scheme, scenario: ${resolve(ROOT, 'scenarios/baseline.yaml')} }\n    source: test\n`;

describe('health scenario files: bad input is an error naming file, line:column and key', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssc-health-scenario-'));
  });
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  const cases: Array<[string, () => string, string, RegExp]> = [
    ['an unknown top-level key', () => variant('horizonYears: 50', 'horizonYears: 50\nhorizon: 40'), 'horizon: 40', /horizon: unknown key "horizon"/],
    ['a wrong type', () => variant('horizonYears: 50', 'horizonYears: fifty'), 'horizonYears: fifty', /horizonYears: expected number, got "fifty"/],
    ['a contribution rate above 1', () => variant('    value: 0.05\n    source: "SSC health', '    value: 1.5\n    source: "SSC health'), 'value: 1.5', /revenue\.contributionRate\.value: 1\.5 is above the bound: must be <= 1/],
    ['a table by year with a missing year', () => variant('    value: 0.045\n', '    value: { 2026: 0.045, 2027: 0.045, 2029: 0.045 }\n'), 'value: { 2026', /economic\.medicalInflation\.value: no value for 2028/],
    ['an unknown key in economic', () => variant('economic:\n', 'economic:\n  cpi: { value: 0.02, source: test }\n'), 'cpi:', /economic\.cpi: unknown key "cpi"/],
    ['an unknown health parameter', () => `${BASELINE}health:\n  costPerVisits: { value: 15, source: test }\n`, 'costPerVisits', /health\.costPerVisits: unknown parameter "costPerVisits" \(known: outpatientVisits, .*costPerDelivery\)/],
    ['a negative utilisation in a band table', () => `${BASELINE}health:\n  outpatientVisits: { value: { bands: [0, 15], M: [3, -1], F: [3, 3] }, source: test }\n`, 'outpatientVisits', /health\.outpatientVisits\.value\.M\.1: -1 is below the bound: must be >= 0/],
    ['a take-up above 1', () => `${BASELINE}dependants:\n  takeUp: { value: 1.2, source: test }\n`, 'takeUp', /dependants\.takeUp\.value: 1\.2 is above the bound: must be <= 1/],
    ['a maternity leave of a fraction of a day', () => `${BASELINE}maternity:\n  leaveDays: { value: 70.5, source: test }\n`, 'leaveDays', /maternity\.leaveDays\.value: /],
    ['contributors and pensioners above the population', () => `${BASELINE}coverage:\n  coveredShareMultiplier: { value: { table: { 2026: 1, 2027: 2.5 }, extend: last }, source: test }\n`, 'table: { 2026', /coverage\.coveredShareMultiplier\.value: contributors and pensioners would be .* of the population/],
    ['a subsidy with two forms', () => variant('fund:\n', '  subsidies:\n    value:\n      - { name: s, payer: government, share: 0.5, perCapita: 10, source: test }\n    source: test\nfund:\n'), 'perCapita: 10', /revenue\.subsidies\.value\.0\.perCapita: a subsidy gives exactly one of share, perCapita or amount \(got share and perCapita\)/],
    ['a subsidy with an unknown payer', () => variant('fund:\n', '  subsidies:\n    value:\n      - { name: s, payer: ngo, share: 0.5, source: test }\n    source: test\nfund:\n'), 'payer: ngo', /revenue\.subsidies\.value\.0\.payer: "ngo" is not one of "government", "donor"/],
    ['an optional-scheme source without its scenario', () => `${BASELINE}coverage:\n  insured:\n    value: { from: optional-scheme }\n    source: test\n`, 'from: optional-scheme', /coverage\.insured\.value: from: optional-scheme needs scenario/],
    ['an optional-scheme scenario that does not exist', () => `${withoutWages(BASELINE)}coverage:\n  insured:\n    value: { from: optional-scheme, scenario: nowhere.yaml }\n    source: test\n`, 'nowhere.yaml', /coverage\.insured\.value\.scenario: cannot read the optional-scheme scenario .*nowhere\.yaml/],
    ['wage growth given with an optional-scheme source', () => `${BASELINE}${OPTIONAL}`, 'wageGrowth:', /economic\.wageGrowth: not used when the insured group comes from an optional-scheme projection/],
    ['a population share given with an optional-scheme source', () => `${withoutWages(BASELINE)}${OPTIONAL}  coveredShare: { value: { bands: [0], M: [0.5], F: [0.5] }, source: test }\n`, 'coveredShare:', /coverage\.coveredShare: not used when the insured group comes from an optional-scheme projection/],
    ['an optional-scheme scenario starting another year', () => withoutWages(variant('startYear: 2026', 'startYear: 2027')) + OPTIONAL, 'scenario: /', /coverage\.insured\.value\.scenario: the optional-scheme scenario starts in 2026, this scenario in 2027/],
  ];

  for (const [what, make, lineNeedle, message] of cases) {
    it(what, async () => {
      const text = make();
      const file = write(`${what.replace(/\W+/g, '-')}.yaml`, text);
      await expectInputErrorAt(loadHealthScenario, file, text, lineNeedle, message);
    });
  }

  it('utilisation and cost overrides under one group `health` each reach their own model file', async () => {
    const s = await loadHealthScenario(write('overrides.yaml', `${BASELINE}health:\n  costPerVisit: { value: 20, source: test }\n  outpatientVisits: { value: { bands: [0], M: [3], F: [4] }, source: test }\n`));
    expect(s.unitCosts.visit).toBe(20);
    expect(s.unitCosts.inpatientDay).toBe(180);
    expect(s.utilisation.outpatientVisits[40]).toBe(3);
    expect(s.utilisation.outpatientVisits[101 + 40]).toBe(4);
    expect(s.provenance.find((p) => p.key === 'health.costPerVisit')?.source).toBe('test');
  });

  it('the command line exits 2 with one line on stderr and writes nothing', async () => {
    const text = variant('horizonYears: 50', 'horizonYears: 500');
    const file = write('cli-bad.yaml', text);
    const out = join(dir, 'never');
    const r = await cli(['run', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`${reEscape(file)}:${lineOf(text, 'horizonYears')}:\\d+: horizonYears: 500 is above the bound: must be <= 100`));
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
