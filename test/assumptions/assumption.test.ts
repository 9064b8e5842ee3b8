import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { describeAssumption, resolveAssumption, type AssumptionBounds } from '../../src/assumptions/assumption.js';
import { InputError } from '../../src/assumptions/input-error.js';
import { yamlSourceFromText } from '../../src/assumptions/yaml-source.js';

// Line numbers of the scenario below are fixed: the tests name them.
const SCENARIO = [
  '# a scenario: projection 2025..2029 (5 years)', // 1
  'economic:', // 2
  '  wageGrowth: 0.03', // 3
  '  inflation: { 2024: 0.03, 2025: 0.025, 2026: 0.024, 2027: 0.023, 2028: 0.022, 2029: 0.021, 2040: 0.02 }', // 4
  '  interest:', // 5
  '    table: { 2025: 0.05, 2026: 0.045 }', // 6
  '    extend: last', // 7
  '  medicalInflation: { expr: "0.06 - 0.005 * t" }', // 8
  '  shortTable: { 2025: 0.01, 2026: 0.01, 2028: 0.01, 2029: 0.01 }', // 9
  '  gapWithExtend:', // 10
  '    table: { 2025: 0.01, 2027: 0.01 }', // 11
  '    extend: last', // 12
  '  takeUp: { 2025: 0.2, 2026: 1.2, 2027: 0.3 }', // 13
  '  negative: -0.01', // 14
  '  notANumber: .nan', // 15
  '  infinite: { 2025: .inf }', // 16
  '  decline: { expr: "0.03 - 0.01 * t" }', // 17
  '  badExpr: { expr: "0.03 + foo(t)" }', // 18
  '  logOfNegative: { expr: "log(1 - t)" }', // 19
  '  zeroOverZero: { expr: "0/0" }', // 20
  '  notAYear: { 2025: 0.03, later: 0.04 }', // 21
  '  extra: { table: { 2025: 0.03 }, extend: last, note: hi }', // 22
  '  extendFirst: { table: { 2025: 0.03 }, extend: first }', // 23
  '  text: "3%"', // 24
  '  twice: { 2025: 0.03, "2025": 0.04 }', // 25
  '  entrants: 1200.5', // 26
  '  exprWithMore: { expr: "t", table: {} }', // 27
  '  aList: [0.03, 0.04]', // 28
  '',
].join('\n');

const src = yamlSourceFromText(SCENARIO, 'scenario.yaml');
const START = 2025;
const YEARS = 5;

const resolve = (key: string, bounds?: AssumptionBounds) => resolveAssumption(src, ['economic', key], START, YEARS, bounds);

async function failure(key: string, bounds?: AssumptionBounds): Promise<InputError> {
  try {
    await resolve(key, bounds);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`economic.${key} resolved`);
}

describe('resolveAssumption gives one value a projection year', () => {
  it('a number holds every year: wageGrowth 0.03', async () => {
    expect(Array.from(await resolve('wageGrowth'))).toEqual([0.03, 0.03, 0.03, 0.03, 0.03]);
  });

  it('a table by year gives its entries; years outside 2025..2029 (2024, 2040) are ignored', async () => {
    const v = await resolve('inflation', { min: 0 });
    expect(v).toBeInstanceOf(Float64Array);
    expect(Array.from(v)).toEqual([0.025, 0.024, 0.023, 0.022, 0.021]);
  });

  it('{ table, extend: last } holds the last value for the years after it', async () => {
    expect(Array.from(await resolve('interest'))).toEqual([0.05, 0.045, 0.045, 0.045, 0.045]);
  });

  it('{ expr } is evaluated at t = 0..4: 0.06 - 0.005 t, in doubles (0.06 - 0.01 = 0.049999999999999996)', async () => {
    expect(Array.from(await resolve('medicalInflation'))).toEqual([0.06, 0.055, 0.049999999999999996, 0.045, 0.039999999999999994]);
  });

  it('an expression is evaluated once a year only as far as the horizon: 0.03 - 0.01 t over 3 years keeps its drift', async () => {
    const v = await resolveAssumption(src, ['economic', 'decline'], START, 3, { min: 0 });
    expect(Array.from(v)).toEqual([0.03, 0.019999999999999997, 0.009999999999999998]);
  });
});

describe('resolveAssumption refuses, at file:line:col of the offending entry and key', () => {
  it('a table missing a projection year: at the table, naming the year', async () => {
    const e = await failure('shortTable');
    expect(e.message).toBe(
      'scenario.yaml:9:15: economic.shortTable: no value for 2027: every projection year 2025..2029 must be given (or write { table: {...}, extend: last } to hold the last value)',
    );
  });

  it('extend: last fills only after the last year, not a gap', async () => {
    const e = await failure('gapWithExtend');
    expect(e.message).toBe(
      'scenario.yaml:11:12: economic.gapWithExtend.table: no value for 2026: every projection year 2025..2029 must be given (extend: last only fills the years after the last one given)',
    );
  });

  it('a probability above 1: at the entry, stating the value and the bound', async () => {
    const e = await failure('takeUp', { min: 0, max: 1 });
    expect(e.message).toBe('scenario.yaml:13:30: economic.takeUp.2026: 1.2 is above the bound: must be <= 1');
  });

  it('a negative rate', async () => {
    const e = await failure('negative', { min: 0 });
    expect(e.message).toBe('scenario.yaml:14:13: economic.negative: -0.01 is below the bound: must be >= 0');
  });

  it('NaN (.nan in YAML)', async () => {
    expect((await failure('notANumber')).message).toBe('scenario.yaml:15:15: economic.notANumber: NaN is not a number');
  });

  it('infinity (.inf in YAML) in a table', async () => {
    expect((await failure('infinite')).message).toBe('scenario.yaml:16:21: economic.infinite.2025: Infinity is not a finite number');
  });

  it('a fraction where a whole number is needed', async () => {
    expect((await failure('entrants', { integer: true, min: 0 })).message).toBe('scenario.yaml:26:13: economic.entrants: 1200.5 is not a whole number');
  });

  it('an expression leaving the bounds: at the expression, with t and the year', async () => {
    const e = await failure('decline', { min: 0 });
    expect(e.message).toBe(
      'scenario.yaml:17:20: economic.decline.expr: expression "0.03 - 0.01 * t" at t = 4 (year 2029): -0.010000000000000002 is below the bound: must be >= 0',
    );
  });

  it('an unknown function in an expression: at the name', async () => {
    expect((await failure('badExpr')).message).toMatch(/^scenario\.yaml:18:28: economic\.badExpr\.expr: unknown function "foo"/);
  });

  it('log(1 - t) is -Infinity at t = 1 and complex after: refused at t = 1', async () => {
    expect((await failure('logOfNegative')).detail).toBe('expression "log(1 - t)" gives -Infinity at t = 1: it must be a finite real number');
  });

  it('0/0 in an expression', async () => {
    expect((await failure('zeroOverZero')).message).toBe('scenario.yaml:20:26: economic.zeroOverZero.expr: expression "0/0" gives NaN at t = 0: it must be a finite real number');
  });

  it('a key that is not a year: at the key', async () => {
    expect((await failure('notAYear')).message).toBe(
      'scenario.yaml:21:27: economic.notAYear.later: "later" is not a year: the keys of a table by year are years such as 2025 (or one of: a number, a table by year { 2025: 0.03, ... }, { table: {...}, extend: last } or { expr: "..." })',
    );
  });

  it('an unknown key beside table', async () => {
    expect((await failure('extra')).message).toBe('scenario.yaml:22:49: economic.extra.note: unknown key "note" beside table (known: table, extend)');
  });

  it('an unknown key beside expr', async () => {
    expect((await failure('exprWithMore')).message).toBe('scenario.yaml:27:30: economic.exprWithMore.table: unknown key "table" beside expr (an expression is { expr: "..." } alone)');
  });

  it('an extension other than last', async () => {
    expect((await failure('extendFirst')).message).toBe('scenario.yaml:23:49: economic.extendFirst.extend: "first" is not one of "last"');
  });

  it('a string where a number is needed, with a hint', async () => {
    expect((await failure('text')).message).toBe('scenario.yaml:24:9: economic.text: expected a number, got "3%" (write an expression as { expr: "..." })');
  });

  it('the same year twice (2025 and "2025")', async () => {
    expect((await failure('twice')).message).toBe('scenario.yaml:25:24: economic.twice.2025: year 2025 is given twice');
  });

  it('a list', async () => {
    expect((await failure('aList')).detail).toBe(
      'expected a number, a table by year { 2025: 0.03, ... }, { table: {...}, extend: last } or { expr: "..." }, got a list',
    );
  });

  it('a missing assumption: at its parent', async () => {
    const e = await failure('nowhere');
    expect([e.line, e.col, e.key]).toEqual([2, 1, 'economic.nowhere']);
    expect(e.detail).toBe('missing: expected a number, a table by year { 2025: 0.03, ... }, { table: {...}, extend: last } or { expr: "..." }');
  });

  it('out-of-bound entries of a table are refused even outside the projection years', async () => {
    const e = await failure('inflation', { max: 0.025 });
    expect(e.message).toBe('scenario.yaml:4:22: economic.inflation.2024: 0.03 is above the bound: must be <= 0.025');
  });
});

describe('describeAssumption', () => {
  it('gives the resolved values as a table by year', () => {
    expect(describeAssumption(Float64Array.of(0.03, 0.031), 2025)).toEqual({ 2025: 0.03, 2026: 0.031 });
  });

  it('is itself an assumption: written out and read back, the values are the same doubles', async () => {
    const values = await resolve('decline');
    const table = describeAssumption(values, START);
    const again = yamlSourceFromText(stringify({ economic: { decline: table } }), 'resolved.yaml');
    expect(Array.from(await resolveAssumption(again, ['economic', 'decline'], START, YEARS))).toEqual(Array.from(values));
    expect(table).toEqual({ 2025: 0.03, 2026: 0.019999999999999997, 2027: 0.009999999999999998, 2028: 0, 2029: -0.010000000000000002 });
  });
});
