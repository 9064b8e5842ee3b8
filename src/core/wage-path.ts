/**
 * The in-force declared wages each January (design note section 2 step 5; README "Wage path"):
 * a share `increaseTakeUp` of subscribers raises the declared wage by `increaseMeanSize` (the
 * rules allow one increase of at most 10% a year, in January-February, whatever the arrears),
 * so a cell's wage mass grows by takeUp x size; then no declared wage stays below the year's
 * minimum wage (each cell's mean wage is floored: an approximation where a cell's wages spread
 * across the minimum, stated in the README). Only the cells within `ranges` ([from, to) pairs, the
 * block's used ranges: every other cell is empty) are visited.
 */
export function januaryWages(persons: Float64Array, wage: Float64Array, increase: number, minimumWage: number, ranges: readonly number[]): void {
  for (let r = 0; r < ranges.length; r += 2) {
    for (let i = ranges[r]!; i < ranges[r + 1]!; i++) {
      const n = persons[i]!;
      if (!(n > 0)) continue;
      let w = wage[i]! * (1 + increase);
      if (w < n * minimumWage) w = n * minimumWage;
      wage[i] = w;
    }
  }
}
