/**
 * The model file models/ssc-optional.yaml: the shipped defaults are those of the rules note
 * (section 7), and a copy with an unknown key, a wrong type or a value out of range is an
 * InputError naming the file, the line and column of the offending key or value, and the key.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/assumptions/input-error.js';
import { yamlSourceFromText } from '../../src/assumptions/yaml-source.js';
import { DEFAULT_MODEL_PATH, loadModel, optionalRulesFromSource } from '../../src/rules/load-model.js';

const FILE = 'model-copy.yaml';
const MODEL = readFileSync(DEFAULT_MODEL_PATH, 'utf8');

/**
 * The model text with, inside the block of top-level parameter `param`, the first line containing
 * `from` changed to contain `to` instead; returns the text and the 1-based number of that line.
 */
function edit(param: string, from: string, to: string): { text: string; line: number; lineText: string } {
  const lines = MODEL.split('\n');
  const start = lines.indexOf(`${param}:`);
  expect(start, `parameter ${param} in the model file`).toBeGreaterThanOrEqual(0);
  let i = start + 1;
  while (i < lines.length && !lines[i]!.includes(from)) {
    expect(/^\S/.test(lines[i]!), `"${from}" inside ${param}`).toBe(false);
    i++;
  }
  lines[i] = lines[i]!.replace(from, to);
  return { text: lines.join('\n'), line: i + 1, lineText: lines[i]! };
}

function errorOf(text: string): InputError {
  try {
    optionalRulesFromSource(yamlSourceFromText(text, FILE));
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

/** An InputError at `line`, at the column where `at` starts on that line, for `key`, mentioning `mentions`. */
function expectErrorAt(e: InputError, line: number, col: number, key: string, mentions: string[] = []): void {
  expect({ file: e.file, line: e.line, col: e.col, key: e.key }).toEqual({ file: FILE, line, col, key });
  expect(e.message.startsWith(`${FILE}:${line}:${col}: ${key}: `)).toBe(true);
  for (const m of mentions) expect(e.message).toContain(m);
}

/** Change a parameter's value and expect the error at that value. */
function expectValueError(param: string, from: string, to: string, key: string, mentions: string[] = []): void {
  const { text, line, lineText } = edit(param, from, to);
  expectErrorAt(errorOf(text), line, lineText.indexOf(to.replace(/^value: /, '')) + 1, key, mentions);
}

describe('models/ssc-optional.yaml as shipped', () => {
  it('holds the defaults of the rules note, section 7, exact (money in fils, rates as units / scale)', () => {
    const r = loadModel();
    expect({
      minWage: r.minWage,
      averageWage: r.averageWage,
      entryCapMultiple: r.entryCapMultiple,
      entryWageCapFactorByAge: r.entryWageCapFactorByAge,
      contributionRate: r.contributionRate,
      dueDay: r.dueDay,
      lateFeeMonthlyRate: r.lateFeeMonthlyRate,
      lateFeeCapRate: r.lateFeeCapRate,
      maxMissedContributions: r.maxMissedContributions,
      annualIncreaseMax: r.annualIncreaseMax,
      annualIncreaseWindow: r.annualIncreaseWindow,
      returnIncreaseMax: r.returnIncreaseMax,
      returnIncreaseMaxYears: r.returnIncreaseMaxYears,
      oneTimeReductionMax: r.oneTimeReductionMax,
      oneTimeReductionMaxAge: r.oneTimeReductionMaxAge,
      firstTimeMaxAge: r.firstTimeMaxAge,
      minAge: r.minAge,
      eligibleNationalities: r.eligibleNationalities,
      chargeMonthOn: r.chargeMonthOn,
    }).toEqual({
      minWage: 290_000,
      averageWage: 638_000,
      entryCapMultiple: { units: 3, scale: 1 },
      entryWageCapFactorByAge: [{ age: 16, factor: { units: 1, scale: 1 } }, { age: 60, factor: { units: 1, scale: 1 } }],
      contributionRate: { units: 175, scale: 1000 },
      dueDay: 15,
      lateFeeMonthlyRate: { units: 1, scale: 100 },
      lateFeeCapRate: null,
      maxMissedContributions: 24,
      annualIncreaseMax: { units: 10, scale: 100 },
      annualIncreaseWindow: { from: 101, to: 215 },
      returnIncreaseMax: { units: 10, scale: 100 },
      returnIncreaseMaxYears: 10,
      oneTimeReductionMax: { units: 20, scale: 100 },
      oneTimeReductionMaxAge: { M: 55, F: 50 },
      firstTimeMaxAge: { M: 60, F: 55 },
      minAge: 16,
      eligibleNationalities: ['JO'],
      chargeMonthOn: 'due-date',
    });
  });

  it('names a source for every parameter', () => {
    const r = loadModel();
    for (const name of ['minWage', 'contributionRate', 'dueDay', 'lateFeeMonthlyRate', 'maxMissedContributions', 'chargeMonthOn']) {
      expect(r.provenance[name]?.source, name).toMatch(/\S/);
    }
  });

  it('a copy may set maxMissedContributions to 12 (the press report)', () => {
    expect(optionalRulesFromSource(yamlSourceFromText(edit('maxMissedContributions', 'value: 24', 'value: 12').text, FILE)).maxMissedContributions).toBe(12);
  });
});

describe('a model file copy with an error: InputError at file:line:col: key', () => {
  it('an unknown parameter at the top level (at its key, column 1)', () => {
    const text = `${MODEL.trimEnd()}\nlateFeeRate:\n  value: 0.02\n  source: a typo\n  confidence: assumption\n`;
    const line = text.split('\n').indexOf('lateFeeRate:') + 1;
    expectErrorAt(errorOf(text), line, 1, 'lateFeeRate', ['lateFeeRate']);
  });

  it('an unknown key inside a parameter (at its key)', () => {
    const { text, line } = edit('minWage', '  unit: JOD a month', '  units: JOD a month');
    expectErrorAt(errorOf(text), line, 3, 'minWage.units', ['units']);
  });

  it('a wrong type: text where a rate is expected, a word where a count is expected', () => {
    expectValueError('contributionRate', 'value: 0.175', 'value: high', 'contributionRate.value', ['high']);
    expectValueError('maxMissedContributions', 'value: 24', 'value: twenty', 'maxMissedContributions.value', ['twenty']);
    expectValueError('chargeMonthOn', 'value: due-date', 'value: month-end', 'chargeMonthOn.value', ['month-end', 'due-date', 'month-start']);
  });

  it('a value out of range: a rate above 1, a due day past 27, no unpaid months allowed, a fraction of a month', () => {
    expectValueError('contributionRate', 'value: 0.175', 'value: 1.75', 'contributionRate.value', ['1.75']);
    expectValueError('dueDay', 'value: 15', 'value: 31', 'dueDay.value', ['31', '27']);
    expectValueError('maxMissedContributions', 'value: 24', 'value: 0', 'maxMissedContributions.value', ['0']);
    expectValueError('maxMissedContributions', 'value: 24', 'value: 12.5', 'maxMissedContributions.value', ['12.5']);
    expectValueError('minAge', 'value: 16', 'value: -1', 'minAge.value', ['-1']);
  });

  it('money with 4 decimals, and a negative wage', () => {
    expectValueError('minWage', 'value: 290.000', 'value: 290.0005', 'minWage.value', ['290.0005']);
    expectValueError('averageWage', 'value: 638.000', 'value: -638', 'averageWage.value', ['-638']);
  });

  it('an increase window that ends before it starts', () => {
    const { text, line, lineText } = edit('annualIncreaseWindow', '{ from: "01-01", to: "02-15" }', '{ from: "02-15", to: "01-01" }');
    expectErrorAt(errorOf(text), line, lineText.indexOf('"01-01"') + 1, 'annualIncreaseWindow.value.to', ['01-01', '02-15']);
  });

  it('an increase window day that does not exist (02-30, 04-31) is refused; 02-29 is a day (leap years)', () => {
    for (const bad of ['02-30', '04-31', '13-01', '00-10']) {
      const { text, line, lineText } = edit('annualIncreaseWindow', '{ from: "01-01", to: "02-15" }', `{ from: "01-01", to: "${bad}" }`);
      expectErrorAt(errorOf(text), line, lineText.indexOf(`"${bad}"`) + 1, 'annualIncreaseWindow.value.to', [bad]);
    }
    const leap = edit('annualIncreaseWindow', '{ from: "01-01", to: "02-15" }', '{ from: "01-01", to: "02-29" }').text;
    expect(optionalRulesFromSource(yamlSourceFromText(leap, FILE)).annualIncreaseWindow).toEqual({ from: 101, to: 229 });
  });

  it('ages of the entry cap table that do not increase', () => {
    const { text, line, lineText } = edit('entryWageCapFactorByAge', '- { age: 60, factor: 1 }', '- { age: 16, factor: 1 }');
    expectErrorAt(errorOf(text), line, lineText.lastIndexOf('16') + 1, 'entryWageCapFactorByAge.value.1.age', ['16']);
  });
});
