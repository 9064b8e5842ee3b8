/**
 * The pension's reference wage: the average declared wage of the last N months (the law's 36,
 * ssc-law-facts.md), as a ratio to the member's current declared wage.
 *
 * In-force declared wages change once a year, in January, by the year's increase factor
 * f = 1 + take-up x mean size (wage-path.ts). For a member whose wage followed that path, the
 * wage i years back is the current one divided by the factors of the i Januaries between, so in
 * month m (0..11, the month itself counted) the ratio is
 *   (1/N) x [ (m + 1) + 12 / f_0 + 12 / (f_0 f_1) + ... ], cut at N months,
 * with f_0 this year's January factor, f_1 last year's, and so on. N = 1 gives exactly 1 (the
 * current wage). It is the same for every member on the path, so the projection scales each
 * cell's wage by it at award (README "Reference wage": the minimum-wage floor and entrants with
 * fewer than N months are where it is not exact).
 *
 * @param months N, the months averaged (>= 1)
 * @param month the month of the year 0..11
 * @param januaryFactor the January increase factor i years back (0 = this year)
 * @example referenceWageRatio(36, 11, () => 1.05) // (12 + 12/1.05 + 12/1.05^2) / 36 = 0.9532...
 */
export function referenceWageRatio(months: number, month: number, januaryFactor: (yearsBack: number) => number): number {
  let sum = 0;
  let ratio = 1;
  let left = months;
  let inYear = month + 1;
  for (let back = 0; left > 0; back++) {
    const take = left < inYear ? left : inYear;
    sum += take * ratio;
    left -= take;
    ratio /= januaryFactor(back);
    inYear = 12;
  }
  return sum / months;
}
