import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { loadBatch, runSpec, sensitivityRuns, sensitivityValues, type SensitivitySpec } from '../../src/batch/batch-file.js';
import { parseShard, shardRange } from '../../src/batch/shard.js';
import { BASELINE, SUBSIDY_YOUTH, tempDir, writeBatch } from './helpers.js';

/** 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('batch files: bad input is an error naming file, line:column and key', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('file');
  });
  const head = `name: t\nbase: ${JSON.stringify(BASELINE)}\nhorizonYears: 2\n`;
  const cases: Array<[string, string, string, RegExp]> = [
    ['an unknown top-level key', `${head}runs: 3\nsensitivity: { mode: grid, parameters: { economic.interest: [0.04] } }\n`, 'runs: 3', /runs: unknown key "runs"/],
    ['neither sensitivity nor stochastic', head, 'name: t', /give either sensitivity or stochastic/],
    ['both sensitivity and stochastic', `${head}sensitivity: { mode: grid, parameters: { economic.interest: [0.04] } }\nstochastic: { runs: 2, seed: 1, paths: {} }\n`, 'stochastic:', /stochastic: give either sensitivity or stochastic, not both/],
    ['an unknown mode', `${head}sensitivity:\n  mode: all\n  parameters: { economic.interest: [0.04] }\n`, 'mode: all', /sensitivity\.mode: "all" is not one of "grid", "one-at-a-time"/],
    ['an unknown parameter (the scenario loader says so)', `${head}sensitivity:\n  mode: grid\n  parameters:\n    economic.wages: [0.02]\n`, 'economic.wages', /sensitivity\.parameters\.economic\.wages\.0: the base scenario refuses this value: economic\.wages: unknown key "wages"/],
    ['a value out of the bounds', `${head}sensitivity:\n  mode: grid\n  parameters:\n    economic.interest:\n      values: [0.04, 1.5]\n      source: test\n`, 'values:', /sensitivity\.parameters\.economic\.interest\.values\.1: the base scenario refuses this value: economic\.interest\.value: 1\.5 is above the bound: must be <= 1/],
    ['a programme the base does not have', `${head}sensitivity:\n  mode: grid\n  parameters:\n    programmes.youth-50.share: [0.5]\n`, 'programmes.youth-50', /programmes\.youth-50\.share\.0: the base scenario refuses this value: the base scenario has no programme "youth-50" \(it has no programmes\)/],
    ['a stochastic batch without runs', `${head}stochastic:\n  seed: 1\n  paths: {}\n`, 'stochastic:', /stochastic\.runs: expected number, got nothing/],
    ['an unknown path', `${head}stochastic:\n  runs: 2\n  seed: 1\n  paths:\n    wages: { mean: 0.03, phi: 0.5, sigma: 0.01, source: x }\n`, 'wages:', /stochastic\.paths\.wages: unknown path "wages" \(known for ssc-optional: wageGrowth, inflation, interest, takeUp\)/],
    ['a path without its source', `${head}stochastic:\n  runs: 2\n  seed: 1\n  paths:\n    interest:\n      mean: 0.05\n      phi: 0.5\n      sigma: 0.01\n`, 'interest:', /stochastic\.paths\.interest\.source: expected string, got nothing/],
    ['a negative volatility', `${head}stochastic:\n  runs: 2\n  seed: 1\n  paths:\n    interest: { mean: 0.05, phi: 0.5, sigma: -0.01, source: x }\n`, 'sigma: -0.01', /stochastic\.paths\.interest\.sigma: -0\.01 is below the bound: must be >= 0/],
    [
      'a correlation matrix that is not positive definite',
      `${head}stochastic:\n  runs: 2\n  seed: 1\n  paths:\n    interest: { mean: 0.05, phi: 0.5, sigma: 0.01, source: x }\n  correlation:\n    value:\n      wageGrowth: { inflation: 0.9, interest: 0.9 }\n      inflation: { interest: -0.9 }\n    source: x\n`,
      'wageGrowth: {',
      /stochastic\.correlation\.value: the correlation matrix is not positive definite/,
    ],
    ['a base scenario that does not exist', `name: t\nbase: nowhere.yaml\nsensitivity: { mode: grid, parameters: { economic.interest: [0.04] } }\n`, '', /nowhere\.yaml:1:1: cannot read file/],
  ];

  it.each(cases)('%s', async (_what, text, needle, message) => {
    const file = writeBatch(dir, 'bad.yaml', text);
    const e = await loadBatch(file).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(message);
    if (needle !== '' && !/nowhere/.test(text)) {
      expect((e as InputError).file).toBe(file);
      expect((e as InputError).line).toBe(lineOf(text, needle));
    }
  });
});

describe('sensitivity runs', () => {
  const spec: SensitivitySpec = {
    mode: 'grid',
    parameters: [
      { key: 'a', values: [1, 2], source: 't' },
      { key: 'b', values: [10, 20, 30], source: 't' },
    ],
  };

  it('a grid is the cartesian product, the first parameter varying slowest', () => {
    expect(sensitivityRuns(spec)).toBe(6);
    expect(Array.from({ length: 6 }, (_, i) => sensitivityValues(spec, i))).toEqual([
      { a: 1, b: 10 },
      { a: 1, b: 20 },
      { a: 1, b: 30 },
      { a: 2, b: 10 },
      { a: 2, b: 20 },
      { a: 2, b: 30 },
    ]);
  });

  it('one at a time: run 0 is the base, then each parameter takes each of its values alone', () => {
    const one = { ...spec, mode: 'one-at-a-time' as const };
    expect(sensitivityRuns(one)).toBe(6);
    expect(Array.from({ length: 6 }, (_, i) => sensitivityValues(one, i))).toEqual([{}, { a: 1 }, { a: 2 }, { b: 10 }, { b: 20 }, { b: 30 }]);
  });

  it('a loaded sensitivity batch resolves the horizon, the values and programme parameters', async () => {
    const dir = tempDir('sens');
    const file = writeBatch(
      dir,
      's.yaml',
      `base: ${JSON.stringify(SUBSIDY_YOUTH)}\nhorizonYears: 2\nsensitivity:\n  mode: one-at-a-time\n  parameters:\n    programmes.youth-50.share: { values: [0.25, 1], source: test }\n    economic.interest: [0.04]\n`,
    );
    const b = await loadBatch(file);
    expect(b.name).toBe('s');
    expect(b.runs).toBe(4);
    expect(b.baseInfo).toMatchObject({ name: 'subsidy-youth', startYear: 2026, years: 2, contributionRate: 0.175 });
    expect(runSpec(b, 2)).toEqual({ run: 2, seed: null, values: { 'programmes.youth-50.share': 1 }, paths: {} });
    expect(b.resolvedYaml).toMatch(/horizonYears: 2/);
    expect(b.resolvedYaml).toMatch(/source: assumption \(no source given in the batch file\)/);
  });
});

describe('shards', () => {
  it('--shard i/n is the i-th of n contiguous slices; together they hold every run once', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect([0, 1, 2].map((i) => shardRange(200, { index: i, count: 3 }))).toEqual([
      { first: 0, end: 66 },
      { first: 66, end: 133 },
      { first: 133, end: 200 },
    ]);
    expect(shardRange(2, { index: 0, count: 3 })).toEqual({ first: 0, end: 0 });
    expect(shardRange(7, null)).toEqual({ first: 0, end: 7 });
  });

  it('refuses a shard that is not i/n with 0 <= i < n', () => {
    expect(() => parseShard('3/3')).toThrow(/i must be below n \(shards are numbered 0 to 2\)/);
    expect(() => parseShard('1of3')).toThrow(/expected i\/n/);
    expect(() => parseShard('0/0')).toThrow(/n must be at least 1/);
  });
});
