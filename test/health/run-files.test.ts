import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { healthRunFiles } from '../../src/health/health-run-files.js';
import { loadHealthScenario } from '../../src/health/load-health-scenario.js';
import { GENERATOR } from '../../src/schemes/generator.js';
import { cli } from '../helpers/cli.js';

type Files = ReturnType<typeof healthRunFiles>;
const dataOf = (r: Files, name: string) => r.files.find((f) => f.name === name)!.data;

/** A printed number as an exact integer of its last decimal unit ("82415905.462" -> 82415905462). */
function units(cell: string, decimals: number): number {
  const [int, frac = ''] = cell.split('.');
  expect(frac.length).toBe(decimals);
  const n = Number(`${int}${frac}`);
  expect(Number.isSafeInteger(n)).toBe(true);
  return n;
}

const OPTIONAL_3Y = {
  scheme: 'health',
  name: 'optional-3y',
  startYear: 2026,
  horizonYears: 3,
  economic: { medicalInflation: { value: 0.04, source: 'test' }, interest: { value: { 2026: 0.05, 2027: 0.04, 2028: 0.045 }, source: 'test' } },
  coverage: { insured: { value: { from: 'optional-scheme', scenario: 'scenarios/baseline.yaml' }, source: 'test' } },
  dependants: { takeUp: { value: { expr: '0.5 + 0.1 * t' }, source: 'test' } },
  revenue: {
    contributionRate: { value: 0.05, source: 'test' },
    pensionerContributionRate: { value: 0.02, source: 'test' },
    subsidies: { value: [{ name: 'start-up', payer: 'donor', amount: { 2026: 1e6, 2027: 5e5, 2028: 0 }, source: 'test' }], source: 'test' },
  },
  fund: { initialReserve: { value: 1e6, source: 'test' }, adminCostRate: { value: 0.05, source: 'test' }, terminalReserveYears: { value: 1, source: 'test' } },
};

describe('health run files', () => {
  const runs: Record<string, Files> = {};
  beforeAll(async () => {
    runs.baseline = healthRunFiles(await loadHealthScenario('scenarios/health-baseline.yaml'), GENERATOR);
    runs.families = healthRunFiles(await loadHealthScenario('scenarios/health-families.yaml'), GENERATOR);
    runs.optional = healthRunFiles(await loadHealthScenario(OPTIONAL_3Y), GENERATOR);
  });

  for (const name of ['baseline', 'families', 'optional']) {
    it(`${name}: in indicators.csv, exactly in fils, reserve - previous reserve = balance = income - total_expenditure, and total = its parts`, () => {
      const [header, ...lines] = dataOf(runs[name]!, 'indicators.csv').trim().split('\n');
      const cols = header!.split(',');
      const summary = JSON.parse(dataOf(runs[name]!, 'summary.json')) as { initial_reserve: number };
      let previous = Math.round(summary.initial_reserve * 1000);
      for (const line of lines) {
        const cells = line.split(',');
        const m = (c: string) => units(cells[cols.indexOf(c)]!, 3);
        const care = m('expenditure_outpatient') + m('expenditure_inpatient') + m('expenditure_medicines') + m('expenditure_deliveries') + m('expenditure_other');
        expect(m('total_expenditure')).toBe(care + m('admin_expenditure') + m('maternity_benefits'));
        expect(m('balance')).toBe(m('contributions') + m('subsidies_government') + m('subsidies_donor') + m('investment_income') - m('total_expenditure'));
        expect(m('reserve') - previous).toBe(m('balance'));
        expect(m('covered_persons')).toBe(m('contributors') + m('dependants') + m('pensioners_covered'));
        expect(m('dependants')).toBe(m('spouses') + m('children'));
        expect(Number(cells[cols.indexOf('cost_per_capita')])).toBeCloseTo(care / m('covered_persons'), 8);
        previous = m('reserve');
      }
    });

    it(`${name}: scenario.resolved.yaml is itself a health scenario whose run gives identical files`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ssc-health-resolved-'));
      const file = join(dir, 'scenario.resolved.yaml');
      writeFileSync(file, dataOf(runs[name]!, 'scenario.resolved.yaml'));
      const again = healthRunFiles(await loadHealthScenario(file), GENERATOR);
      for (const f of ['indicators.csv', 'summary.json', 'scenario.resolved.yaml']) expect(dataOf(again, f)).toBe(dataOf(runs[name]!, f));
    });
  }

  it('the columns of docs/outputs.md (health) come first, in order; summary.json has the initial reserve and the GAP', () => {
    const header = dataOf(runs.baseline!, 'indicators.csv').split('\n')[0]!.split(',');
    const docs = readFileSync('docs/outputs.md', 'utf8');
    const section = docs.slice(docs.indexOf('## `run` of a health scenario'));
    const listed = section.slice(section.indexOf('`year,'), section.indexOf('`', section.indexOf('`year,') + 1)).replace(/[`\s]/g, '').split(',');
    expect(header.slice(0, listed.length)).toEqual(listed);
    const summary = JSON.parse(dataOf(runs.baseline!, 'summary.json')) as Record<string, unknown>;
    expect(summary.scheme).toBe('health');
    expect(summary.initial_reserve).toBe(0);
    expect(typeof summary.gap).toBe('number');
    const resolved = parse(dataOf(runs.optional!, 'scenario.resolved.yaml')) as { coverage: { insured: { value: { scenario: string } } } };
    expect(resolved.coverage.insured.value.scenario).toMatch(/scenarios[/\\]baseline\.yaml$/);
  });

  it('ssc-proj run scenarios/health-baseline.yaml --out DIR writes the three files (and the output marker), the same as the library', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ssc-health-cli-')), 'run');
    const r = await cli(['run', 'scenarios/health-baseline.yaml', '--out', out, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.ssc-proj-output.json', 'indicators.csv', 'scenario.resolved.yaml', 'summary.json']);
    for (const f of ['indicators.csv', 'summary.json', 'scenario.resolved.yaml']) expect(readFileSync(join(out, f), 'utf8')).toBe(dataOf(runs.baseline!, f));
  });
});
