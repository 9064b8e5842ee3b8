/**
 * Must hold: a batch varies any scenario key through the scheme's own loader. A one-at-a-time
 * batch over rules.maxMissedContributions [12, 24] equals the two single runs exactly; a value
 * the loader refuses is an InputError at the batch file's line:column (exit 2, nothing written).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InputError } from '../../src/assumptions/input-error.js';
import { loadBatch } from '../../src/batch/batch-file.js';
import { summaryNumber } from '../../src/batch/batch-files.js';
import { batchRunFiles, runBatch } from '../../src/batch/run-batch.js';
import { runScenario } from '../../src/core/run-scenario.js';
import { indicatorsCsv } from '../../src/output/run-files.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { cli, ROOT } from '../helpers/cli.js';
import { tempDir, writeBatch } from './helpers.js';

const BASELINE = join(ROOT, 'scenarios', 'baseline.yaml');
const YEARS = 5;

/** runs.csv lines of one run, without the `run,scheme,` prefix. */
function runLines(runsCsv: string, run: number): string[] {
  return runsCsv
    .trimEnd()
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith(`${run},`))
    .map((l) => l.slice(l.indexOf(',', l.indexOf(',') + 1) + 1));
}

/** The baseline run alone with `rules`/`pension` overrides written in the scenario, as a user would. */
async function singleRun(overrides: Record<string, Record<string, unknown>>) {
  const doc = parse(readFileSync(BASELINE, 'utf8')) as Record<string, unknown>;
  // The base's model files, their paths made absolute (the object has no directory of its own).
  const models = Object.fromEntries(Object.entries((doc.models ?? {}) as Record<string, string>).map(([k, v]) => [k, resolve(dirname(BASELINE), v)]));
  const s = await loadScenario({ ...doc, horizonYears: YEARS, models, ...overrides });
  return runScenario(s, { programmeComparisons: false });
}

describe('a batch over rules and pension keys, resolved through the scenario loader', () => {
  it('one at a time over rules.maxMissedContributions [12, 24] = the two single runs, exactly', async () => {
    const dir = tempDir('loader');
    const file = writeBatch(dir, 'missed.yaml', `name: missed\nbase: ${BASELINE}\nhorizonYears: ${YEARS}\nsensitivity:\n  mode: one-at-a-time\n  parameters:\n    rules.maxMissedContributions: { values: [12, 24], source: "SSC statement 24; an SSC expert in the press 12" }\n`);
    const batch = await loadBatch(file);
    expect(batch.loaderKeys).toEqual(['rules.maxMissedContributions']);
    const files = batchRunFiles(batch, await runBatch(batch, { threads: 0 }));
    const runsCsv = files.find((f) => f.name === 'runs.csv')!.data;
    const summary = files.find((f) => f.name === 'runs-summary.csv')!.data.trimEnd().split('\n');
    // Run 0 is the base scenario (24, the model file's value), then one run a value.
    for (const [run, missed] of [
      [1, 12],
      [2, 24],
    ] as const) {
      const single = await singleRun({ rules: { maxMissedContributions: { value: missed, source: 'test' } } });
      expect(runLines(runsCsv, run), `run ${run} (${missed})`).toEqual(indicatorsCsv(single.indicators).trimEnd().split('\n').slice(1));
      expect(summary[run + 1]!.split(',')[1]).toBe(summaryNumber(single.summary.gap));
    }
    // 12 unpaid contributions end more enrollments than 24: the runs differ; the base is the run at 24.
    expect(runLines(runsCsv, 1)).not.toEqual(runLines(runsCsv, 2));
    expect(runLines(runsCsv, 0)).toEqual(runLines(runsCsv, 2));
  }, 120_000);

  it('a pension parameter and a rule in a grid: each run is the scenario with both set', async () => {
    const dir = tempDir('loader');
    const file = writeBatch(dir, 'grid.yaml', `base: ${BASELINE}\nhorizonYears: 3\nsensitivity:\n  mode: grid\n  parameters:\n    pension.accrualRate: [0.02, 0.025]\n    economic.interest: [0.04]\n`);
    const batch = await loadBatch(file);
    expect(batch.loaderKeys).toEqual(['pension.accrualRate']);
    expect(Object.keys(batch.variants)).toEqual(['{"pension.accrualRate":0.02}', '{"pension.accrualRate":0.025}']);
    const run = await runBatch(batch, { threads: 0 });
    expect(run.outcomes.every((o) => o.ok)).toBe(true);
  }, 120_000);

  it('a value the loader refuses: an InputError at the value in the batch file, with the loader\'s bound', async () => {
    const dir = tempDir('loader');
    const text = `base: ${BASELINE}\nhorizonYears: 3\nsensitivity:\n  mode: one-at-a-time\n  parameters:\n    rules.maxMissedContributions:\n      - 12\n      - 0\n`;
    const file = writeBatch(dir, 'bad.yaml', text);
    const err = await loadBatch(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(`${file}:8:9: sensitivity.parameters.rules.maxMissedContributions.1: the base scenario refuses this value: rules.maxMissedContributions.value: 0 is below the bound: must be >= 1`);
    const unknown = writeBatch(dir, 'unknown.yaml', text.replace('rules.maxMissedContributions', 'rules.maxMissed'));
    await expect(loadBatch(unknown)).rejects.toThrow(/unknown\.yaml:7:9: sensitivity\.parameters\.rules\.maxMissed\.0: the base scenario refuses this value: rules\.maxMissed: unknown parameter "maxMissed" \(known: minWage, /);
  }, 60_000);

  it('ssc-proj batch with the refused value: exit 2, nothing written', async () => {
    const dir = tempDir('loader');
    const file = writeBatch(dir, 'bad.yaml', `base: ${BASELINE}\nhorizonYears: 3\nsensitivity:\n  mode: one-at-a-time\n  parameters:\n    pension.accrualRate: [0.025, 1.5]\n`);
    const out = join(dir, 'out');
    const r = await cli(['batch', file, '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^ssc-proj: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:6:34: sensitivity\\.parameters\\.pension\\.accrualRate\\.1: the base scenario refuses this value: pension\\.accrualRate\\.value: 1\\.5 is above the bound: must be <= 0\\.1\n$`));
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
