/** Small helpers the batch runners share: per-year values, rate checks, packing a run's rows. */

/** One value every projection year (a sensitivity value applied to a per-year assumption). */
export const filledYears = (years: number, value: number): Float64Array => new Float64Array(years).fill(value);

/** A rate path must stay above -100% (a growth factor 1 + x above 0); the run fails otherwise. */
export function checkRate(name: string, values: Float64Array, startYear: number): void {
  for (let y = 0; y < values.length; y++) {
    const v = values[y]!;
    if (!Number.isFinite(v) || v <= -1) throw new RangeError(`${name} is ${v} in ${startYear + y}: a rate must be above -1 (-100%)`);
  }
}

/** A run's indicator rows as one column-major Float64Array (values[c x years + y]), the buffer a worker transfers. */
export function packColumns<R>(rows: readonly R[], columns: ReadonlyArray<{ readonly name: keyof R }>): Float64Array {
  const years = rows.length;
  const values = new Float64Array(columns.length * years);
  columns.forEach((c, k) => {
    for (let y = 0; y < years; y++) values[k * years + y] = rows[y]![c.name] as number;
  });
  return values;
}
