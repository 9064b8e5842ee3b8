import { roundHalfUp } from './round-half-up.js';

/**
 * A rate as an exact fraction units / scale, scale a power of ten: 17.5% = { units: 175, scale: 1000 }.
 * Rates come from model files as decimal text, so they are exact; a float never multiplies money.
 */
export interface ScaledRate {
  readonly units: number;
  readonly scale: number;
}

const DECIMAL_TEXT = /^(\d+)(?:\.(\d+))?$/;

/**
 * Parse a non-negative decimal written in a file (`0.175`, `0.01`, `3`) into an exact ScaledRate.
 * @example parseRate('0.175') // => { units: 175, scale: 1000 }
 * @throws {RangeError} on a sign, an exponent or more than 12 decimals
 */
export function parseRate(text: string): ScaledRate {
  const m = DECIMAL_TEXT.exec(text.trim());
  if (m === null || (m[2] ?? '').length > 12) throw new RangeError(`"${text}" is not a plain non-negative decimal (at most 12 decimals)`);
  const decimals = m[2] ?? '';
  const scale = 10 ** decimals.length;
  const units = Number(m[1]) * scale + Number(decimals === '' ? 0 : decimals);
  if (!Number.isSafeInteger(units)) throw new RangeError(`"${text}" is too large for an exact rate`);
  return { units, scale };
}

/**
 * amount x rate, rounded half up to whole fils (one rounding, at the end).
 * @example applyRate(400_000, { units: 175, scale: 1000 }) // => 70_000 (17.5% of 400.000 JOD)
 * @example applyRate(70_050, { units: 1, scale: 100 }) // => 701 (1% of 70.050 = 700.5 fils, the tie goes up)
 */
export function applyRate(amountFils: number, rate: ScaledRate): number {
  return roundHalfUp(amountFils * rate.units, rate.scale);
}

/** The rate as a float, for the projection core (expectations, never money totals). */
export function rateToNumber(rate: ScaledRate): number {
  return rate.units / rate.scale;
}

/** The rate as it was written: `{ units: 175, scale: 1000 }` -> '0.175'. */
export function formatRate(rate: ScaledRate): string {
  const digits = Math.round(Math.log10(rate.scale));
  if (digits === 0) return String(rate.units);
  const s = String(rate.units).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}
