import type { NiceStep } from './ticks.js';

/** What a chart's y values measure; decides the axis label and how tick labels are scaled. */
export type Unit = 'jod' | 'persons' | 'rate' | 'years' | 'ratio' | 'runs' | 'jod-per-person' | 'number';

/** How an axis shows values: divide by `divisor` (or multiply by 100 for rates) and print `label`. */
export interface AxisUnit {
  /** Axis values are value x multiplier (1/1000 for thousands, 100 for a rate in %). */
  readonly multiplier: number;
  /** Powers of ten the multiplier shifts the decimal point by (-3 for thousands, 2 for %). */
  readonly shift: number;
  readonly label: string;
}

const MAGNITUDES = [
  { min: 1e9, shift: -9, word: 'billion' },
  { min: 1e6, shift: -6, word: 'million' },
  { min: 1e3, shift: -3, word: 'thousand' },
] as const;

/**
 * The axis unit for values up to `maxAbs` in absolute value: money in JOD thousand, million or
 * billion, persons in thousands or millions, rates in % of insurable wages.
 *
 * @example axisUnit('jod', 183_000_000)  // => { multiplier: 1e-6, shift: -6, label: 'JOD million' }
 * @example axisUnit('rate', 0.3)         // => { multiplier: 100, shift: 2, label: '% of insurable wages' }
 */
export function axisUnit(unit: Unit, maxAbs: number): AxisUnit {
  const scaled = (base: string, after: boolean): AxisUnit => {
    const m = MAGNITUDES.find((g) => maxAbs >= g.min);
    if (m === undefined) return { multiplier: 1, shift: 0, label: base === '' ? 'value' : base };
    return { multiplier: 10 ** m.shift, shift: m.shift, label: (after ? `${base} ${m.word}` : `${m.word} ${base}`).trim() };
  };
  switch (unit) {
    case 'jod':
      return scaled('JOD', true);
    case 'persons':
      return scaled('persons', false);
    case 'rate':
      return { multiplier: 100, shift: 2, label: '% of insurable wages' };
    case 'years':
      return { multiplier: 1, shift: 0, label: 'years of expenditure' };
    case 'ratio':
      return { multiplier: 1, shift: 0, label: 'contributors per pensioner' };
    case 'runs':
      return { multiplier: 1, shift: 0, label: 'runs' };
    case 'jod-per-person':
      return { multiplier: 1, shift: 0, label: 'JOD per person' };
    case 'number':
      return scaled('', true);
  }
}

/**
 * Apply the unit to a value by shifting the decimal point of its shortest decimal text
 * (0.07 -> "0.07e2" -> 7), so that 0.07 shows as 7 % and not 7.000000000000001.
 *
 * @example toAxis(axisUnit('rate', 1), 0.07) // => 7
 */
export function toAxis(u: AxisUnit, value: number): number {
  if (u.shift === 0 || !Number.isFinite(value)) return value;
  const text = String(value);
  if (text.includes('e')) return u.shift > 0 ? value * 10 ** u.shift : value / 10 ** -u.shift;
  return Number(`${text}e${u.shift}`);
}

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * A tick label: the value in the axis unit, with as many decimals as the step needs and a
 * thousands separator.
 *
 * @example tickLabel(2_500_000, { factor: 5, power: 5 }, axisUnit('jod', 3e6)) // => '2.5'
 * @example tickLabel(0.175, { factor: 5, power: -3 }, axisUnit('rate', 0.2))  // => '17.5'
 * @example tickLabel(120_000, { factor: 2, power: 4 }, axisUnit('persons', 1.2e5)) // => '120'
 */
export function tickLabel(value: number, step: NiceStep, u: AxisUnit): string {
  const decimals = Math.max(0, -(step.power + u.shift));
  let f = formatters.get(decimals);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  const text = f.format(toAxis(u, value));
  return text === '-0' || /^-0\.0*$/.test(text) ? text.slice(1) : text;
}
