/**
 * Round the exact quotient numerator / denominator half up (ties away from zero) to an integer,
 * for a non-negative integer numerator and a positive integer denominator.
 * The one rounding the SSC arithmetic uses: contributions, late fees, rate x amount.
 *
 * Exact in integers: floor((2n + d) / (2d)). Both must be safe integers and 2n + d < 2^53.
 *
 * @example roundHalfUp(70_125, 1000) // => 70 (70.125 rounds down)
 * @example roundHalfUp(70_500, 1000) // => 71 (the tie goes up)
 * @throws {RangeError} on a negative, fractional or unsafe input
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  const twice = 2 * numerator + denominator;
  if (!(numerator >= 0) || !(denominator > 0) || !Number.isSafeInteger(twice) || !Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError(`roundHalfUp(${numerator}, ${denominator}): needs integers n >= 0, d > 0 with 2n + d < 2^53`);
  }
  return Math.floor(twice / (2 * denominator));
}

/** floor(numerator / denominator) for non-negative safe integers (the rules' "rounded down to fils"). */
export function floorDiv(numerator: number, denominator: number): number {
  if (!(numerator >= 0) || !(denominator > 0) || !Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError(`floorDiv(${numerator}, ${denominator}): needs safe integers n >= 0, d > 0`);
  }
  return Math.floor(numerator / denominator);
}

/** ceil(numerator / denominator) for non-negative safe integers (the rules' "rounded up to fils"). */
export function ceilDiv(numerator: number, denominator: number): number {
  return floorDiv(numerator + denominator - 1, denominator);
}
