/**
 * The years the reserve first falls (a closing reserve below the one before it, or below the initial
 * reserve in the first year) and is first exhausted (negative), or null within the horizon.
 * @example reserveYears(Float64Array.of(5, 7, 6, -1), 4, 2026) // => { falls: 2028, exhausted: 2029 }
 */
export function reserveYears(reserve: Float64Array, initialReserve: number, startYear: number): { falls: number | null; exhausted: number | null } {
  let falls: number | null = null;
  let exhausted: number | null = null;
  let previous = initialReserve;
  for (let y = 0; y < reserve.length; y++) {
    const r = reserve[y]!;
    if (falls === null && r < previous) falls = startYear + y;
    if (exhausted === null && r < 0) exhausted = startYear + y;
    previous = r;
  }
  return { falls, exhausted };
}
