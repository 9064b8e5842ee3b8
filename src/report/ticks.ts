/**
 * A "nice" tick step: 1, 2 or 5 times a power of ten, kept as its two parts so that tick values
 * can be computed exactly (a decimal step below 1 is applied by dividing by an integer, as
 * d3-array's `ticks` does, so 0.3 prints as 0.3 and not 0.30000000000000004).
 */
export interface NiceStep {
  /** 1, 2 or 5. */
  readonly factor: 1 | 2 | 5;
  /** The power of ten: step = factor x 10^power. */
  readonly power: number;
}

/**
 * The nice step closest (on a log scale) to `span / count`: the raw step is rounded to 1, 2 or 5
 * times a power of ten, with the cut-offs at sqrt(2), sqrt(10) and sqrt(50).
 *
 * @example niceStepOf(100, 5) // => { factor: 2, power: 1 } (step 20)
 * @example niceStepOf(1, 10)  // => { factor: 1, power: -1 } (step 0.1)
 * @throws RangeError when span is not positive and finite or count < 1.
 */
export function niceStepOf(span: number, count: number): NiceStep {
  if (!(span > 0) || !Number.isFinite(span)) throw new RangeError(`niceStepOf: span must be positive and finite, got ${span}`);
  if (!(count >= 1)) throw new RangeError(`niceStepOf: count must be at least 1, got ${count}`);
  const raw = span / count;
  let power = Math.floor(Math.log10(raw));
  let mantissa = raw / 10 ** power;
  // log10 can land one below on exact powers of ten (log10(1000) = 2.9999999999999996).
  if (mantissa >= 10) {
    power += 1;
    mantissa /= 10;
  }
  if (mantissa >= Math.sqrt(50)) return { factor: 1, power: power + 1 };
  if (mantissa >= Math.sqrt(10)) return { factor: 5, power };
  if (mantissa >= Math.sqrt(2)) return { factor: 2, power };
  return { factor: 1, power };
}

/** The step as a number: factor x 10^power (exact for the powers a chart uses). */
export function stepValue(step: NiceStep): number {
  return step.power >= 0 ? step.factor * 10 ** step.power : step.factor / 10 ** -step.power;
}

/**
 * The i-th multiple of the step, computed exactly: i x step for steps >= 1, and i / (1 / step)
 * for decimal steps (1 / step is then an integer: 10^k / 1, 2 or 5).
 *
 * @example multipleOf({ factor: 1, power: -1 }, 3) // => 0.3
 */
export function multipleOf(step: NiceStep, i: number): number {
  if (step.power >= 0) return i * step.factor * 10 ** step.power;
  return i / (10 ** -step.power / step.factor);
}

/** Index of the first multiple of `step` that is >= x (x / step rounded, then corrected). */
function firstIndexAtOrAbove(step: NiceStep, x: number): number {
  let i = Math.round(x / stepValue(step));
  if (multipleOf(step, i) < x) i += 1;
  while (multipleOf(step, i - 1) >= x) i -= 1;
  return i;
}

/** Index of the last multiple of `step` that is <= x. */
function lastIndexAtOrBelow(step: NiceStep, x: number): number {
  let i = Math.round(x / stepValue(step));
  if (multipleOf(step, i) > x) i -= 1;
  while (multipleOf(step, i + 1) <= x) i += 1;
  return i;
}

/**
 * About `count` evenly spaced nice tick values inside [min, max] (both ends included when they
 * fall on a multiple of the step). A zero-width interval gives the one value.
 *
 * @example ticks(0, 1, 5)    // => [0, 0.2, 0.4, 0.6, 0.8, 1]
 * @example ticks(2025, 2074, 5) // => [2030, 2040, 2050, 2060, 2070]
 */
export function ticks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min > max) return ticks(max, min, count).reverse();
  if (min === max) return [min];
  const step = niceStepOf(max - min, count);
  const out: number[] = [];
  for (let i = firstIndexAtOrAbove(step, min), last = lastIndexAtOrBelow(step, max); i <= last; i++) out.push(multipleOf(step, i));
  return out;
}

/** The step `ticks(min, max, count)` uses. */
export function tickStep(min: number, max: number, count: number): NiceStep {
  return niceStepOf(Math.abs(max - min), count);
}

/**
 * The domain widened outwards to multiples of a nice step, so the axis starts and ends on a
 * tick. Widening can change the step, so it is done until it is stable (at most 10 times). A
 * zero-width domain is widened to [x - 1, x + 1] (or [0, 1] for 0) first.
 *
 * @example niceDomain(3, 97, 5)           // => { domain: [0, 100], step: { factor: 2, power: 1 } }
 * @example niceDomain(0, 183_456_789, 5)  // => { domain: [0, 200000000], ... }
 */
export function niceDomain(min: number, max: number, count: number): { domain: [number, number]; step: NiceStep } {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (lo === hi) {
    if (lo === 0) hi = 1;
    else {
      const pad = Math.abs(lo) / 10;
      lo -= pad;
      hi += pad;
    }
  }
  let step = niceStepOf(hi - lo, count);
  for (let k = 0; k < 10; k++) {
    const nlo = multipleOf(step, lastIndexAtOrBelow(step, lo));
    const nhi = multipleOf(step, firstIndexAtOrAbove(step, hi));
    const next = niceStepOf(nhi - nlo, count);
    lo = nlo;
    hi = nhi;
    if (next.factor === step.factor && next.power === step.power) break;
    step = next;
  }
  return { domain: [lo, hi], step };
}
