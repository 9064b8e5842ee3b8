import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCalibration } from '../../src/calibrate/calibration-file.js';
import { targetValues } from '../../src/calibrate/fit.js';
import { startStocks } from '../../src/calibrate/target-value.js';
import { project } from '../../src/core/projection.js';
import { csvNumber } from '../../src/output/csv.js';
import { parseCsv } from '../../src/report/csv-read.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { cli, type CliResult } from '../helpers/cli.js';
import { recoveryFixture, smallScenario, TRUE_VALUES } from './fixture.js';

// One calibration run through the command, shared by the tests below: targets the engine gives
// at known parameters, fitted back from a start 20-40% away.
let fx: { dir: string; scenario: string; calibration: string };
let out: string;
let run: CliResult;

beforeAll(async () => {
  fx = await recoveryFixture();
  out = join(fx.dir, 'out');
  run = await cli(['calibrate', fx.calibration, '--out', out], { env: { SOURCE_DATE_EPOCH: '1796083200' } });
}, 240_000);

const column = (file: string, name: string): string[] => {
  const t = parseCsv(readFileSync(join(out, file), 'utf8'), file);
  const j = t.header.indexOf(name);
  return t.rows.map((r) => r[j]!);
};

describe('ssc-proj calibrate', () => {
  it('converges (exit 0), says so on the terminal and in calibration.json', () => {
    expect(run.stderr).toMatch(/converged/);
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8')) as { converged: boolean; iterations: number; date: string };
    expect(json.converged).toBe(true);
    expect(json.iterations).toBeGreaterThan(0);
    expect(json.date).toBe('2026-12-01');
  });

  it('recovers the parameters the targets were made with, within 1%, from a start 20-40% away', () => {
    const names = column('parameters.csv', 'parameter');
    const fitted = column('parameters.csv', 'fitted').map(Number);
    for (const [key, truth] of Object.entries(TRUE_VALUES)) {
      const v = fitted[names.indexOf(key)]!;
      expect(Math.abs(v / truth - 1), key).toBeLessThan(0.01);
    }
  });

  it('a run with the fitted model file reproduces the fitted column of fit.csv exactly', async () => {
    const model = readFileSync(join(out, 'model.yaml'), 'utf8');
    expect(model).toMatch(/source: fitted by calibrate to recovery\.yaml on 2026-12-01/);
    const scenario = join(fx.dir, 'with-fitted-model.yaml');
    writeFileSync(scenario, stringify({ ...smallScenario(), models: { behaviour: 'out/model.yaml' } }));
    const cal = await loadCalibration(fx.calibration);
    const values = targetValues(cal.targets, await loadScenario(scenario)).values;
    expect(values.map((v) => csvNumber(v))).toEqual(column('fit.csv', 'fitted'));
  });

  it('every value of the fitted model names its source; the report draws the fit', () => {
    const model = parse(readFileSync(join(out, 'model.yaml'), 'utf8')) as Record<string, { source?: string }>;
    for (const [name, entry] of Object.entries(model)) expect(entry.source, name).toMatch(/\S/);
    expect(model.reEntryRate!.source).toMatch(/^fitted by calibrate/);
    const endStock = parse(readFileSync(join(out, 'end-stock.yaml'), 'utf8')) as Record<string, { value: unknown; source: string }>;
    expect(endStock.startPensioners!.source).toMatch(/^end-2027 state of small/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('data-source="fit.csv"');
    expect(existsSync(join(out, 'fit.csv'))).toBe(true);
  });

  it('end-stock.yaml starts the next year from the fitted run\'s end state', async () => {
    const scenario = join(fx.dir, 'next-year.yaml');
    writeFileSync(scenario, stringify({ ...smallScenario(), startYear: 2028, horizonYears: 1, models: { behaviour: 'out/end-stock.yaml' } }));
    const next = await loadScenario(scenario);
    const cal = await loadCalibration(fx.calibration);
    const fitted = await loadScenario(join(fx.dir, 'with-fitted-model.yaml'));
    const last = targetValues(cal.targets, fitted).rows.at(-1)!;
    const start = startStocks(next);
    expect(start.insured).toBeCloseTo(last.insured, 2);
    expect(start.former_members).toBeCloseTo(last.former_members, 2);
    expect(start.pensioners).toBeCloseTo(last.pensioners, 2);
    // The mean pension in payment at the end of the run is the start stock's mean pension.
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    const end = project(fitted, { byAge: true }).byAge!;
    const meanPension = sum(end.pensions.at(-1)!) / sum(end.pensioners.at(-1)!);
    expect(sum(next.startStock.pensionerPensionMass) / start.pensioners!).toBeCloseTo(meanPension, 9);
  });
});
