import { describe, expect, it } from 'vitest';
import { parseParameterKey, validatorBounds, withValueAt } from '../../src/calibrate/parameter-key.js';
import { targetValue, yearFraction } from '../../src/calibrate/target-value.js';
import type { IndicatorRow } from '../../src/core/indicators.js';

const rows = [
  { year: 2019, insured: 120, entrants: 24 },
  { year: 2020, insured: 150, entrants: 36 },
] as unknown as IndicatorRow[];
const start = { insured: 100 };

describe('the engine value of a target', () => {
  it('a stock at a date is linear between year ends, from the start stock in the first year', () => {
    expect(yearFraction(2019, 12, 31)).toBe(1);
    expect(yearFraction(2019, 4, 30)).toBeCloseTo(120 / 365, 15);
    expect(yearFraction(2020, 3, 1)).toBeCloseTo(61 / 366, 15);
    expect(targetValue({ indicators: ['insured'], timing: { kind: 'date', year: 2019, month: 4, day: 30 } }, rows, start)).toBeCloseTo(100 + (20 * 120) / 365, 12);
    expect(targetValue({ indicators: ['insured'], timing: { kind: 'date', year: 2020, month: 12, day: 31 } }, rows, start)).toBe(150);
    expect(targetValue({ indicators: ['insured'], timing: { kind: 'year', year: 2019 } }, rows, start)).toBe(120);
  });

  it('a flow over months takes 1/12 of each year it covers a month; indicators named together are summed', () => {
    const months = { kind: 'months', from: { year: 2019, month: 10 }, to: { year: 2020, month: 3 } } as const;
    expect(targetValue({ indicators: ['entrants'], timing: months }, rows, start)).toBe((24 * 3) / 12 + (36 * 3) / 12);
    expect(targetValue({ indicators: ['entrants', 'insured'], timing: { kind: 'year', year: 2020 } }, rows, start)).toBe(186);
  });
});

describe('a fitted parameter key', () => {
  it('takes its bounds from the parameter validator', () => {
    const share = parseParameterKey('behaviour.reEntryRate');
    expect(typeof share !== 'string' && validatorBounds(share)).toEqual({ min: 0, max: 1 });
    const band = parseParameterKey('behaviour.entryWageFactor.F.2');
    expect(typeof band !== 'string' && validatorBounds(band)).toEqual({ min: 0, max: 20 });
    const count = parseParameterKey('behaviour.startPensioners');
    // Persons of the start stock are bounded at load (src/assumptions/bounds.ts): at most 20 million.
    expect(typeof count !== 'string' && validatorBounds(count)).toEqual({ min: 0, max: 20_000_000 });
    const byYear = parseParameterKey('behaviour.entryRateMultiplier');
    expect(typeof byYear !== 'string' && validatorBounds(byYear)).toBe('free');
    const text = parseParameterKey('behaviour.startArrears');
    expect(typeof text !== 'string' && validatorBounds(text)).toBe(null);
    expect(parseParameterKey('pension.accrualRate')).toMatch(/unknown parameter/);
  });

  it('sets one number inside a value without touching the rest', () => {
    const table = { bands: [0, 16], M: [0, 0.03], F: [0, 0.03] };
    expect(withValueAt(table, ['F', 1], 0.05)).toEqual({ bands: [0, 16], M: [0, 0.03], F: [0, 0.05] });
    expect(table.F[1]).toBe(0.03);
  });
});
