import { describe, expect, it } from 'vitest';
import { axisUnit, tickLabel, toAxis } from '../../src/report/units.js';

describe('axisUnit(unit, maxAbs): the unit in the axis title', () => {
  it('JOD by size: JOD, thousand, million, billion', () => {
    expect(axisUnit('jod', 999).label).toBe('JOD');
    expect(axisUnit('jod', 20_000).label).toBe('JOD thousand');
    expect(axisUnit('jod', 183_000_000)).toEqual({ multiplier: 1e-6, shift: -6, label: 'JOD million' });
    expect(axisUnit('jod', 4e9).label).toBe('JOD billion');
  });
  it('persons: thousand persons for the insured (about 100,000)', () => expect(axisUnit('persons', 250_000).label).toBe('thousand persons'));
  it('rates in % of insurable wages', () => expect(axisUnit('rate', 0.5)).toEqual({ multiplier: 100, shift: 2, label: '% of insurable wages' }));
  it('toAxis shifts the decimal point exactly: 0.07 -> 7 (not 7.000000000000001), 2500000 -> 2.5 million', () => {
    expect(toAxis(axisUnit('rate', 1), 0.07)).toBe(7);
    expect(toAxis(axisUnit('jod', 3e6), 2_500_000)).toBe(2.5);
  });
});

describe('tickLabel(value, step, unit)', () => {
  it('2,500,000 JOD on a step of 500,000 in JOD million: "2.5"', () => {
    expect(tickLabel(2_500_000, { factor: 5, power: 5 }, axisUnit('jod', 3e6))).toBe('2.5');
  });
  it('0.175 on a step of 0.005 in %: "17.5"', () => expect(tickLabel(0.175, { factor: 5, power: -3 }, axisUnit('rate', 0.2))).toBe('17.5'));
  it('0.2 on a step of 0.1 in %: "20" (no decimals needed)', () => expect(tickLabel(0.2, { factor: 1, power: -1 }, axisUnit('rate', 0.5))).toBe('20'));
  it('120,000 persons on a step of 20,000 in thousands: "120"', () => {
    expect(tickLabel(120_000, { factor: 2, power: 4 }, axisUnit('persons', 1.2e5))).toBe('120');
  });
  it('1,500 years-ratio with a thousands separator: "1,500"', () => expect(tickLabel(1500, { factor: 5, power: 2 }, axisUnit('years', 2000))).toBe('1,500'));
  it('-3e9 on a step of 1e9 in JOD billion: "-3"', () => expect(tickLabel(-3e9, { factor: 1, power: 9 }, axisUnit('jod', 4e9))).toBe('-3'));
});
