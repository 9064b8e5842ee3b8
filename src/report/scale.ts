/** A linear map from a data interval to a pixel interval, and back. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** The data value at a pixel position. */
  invert(pixel: number): number;
}

/**
 * The linear scale taking `domain[0]` to `range[0]` and `domain[1]` to `range[1]` (either may be
 * decreasing: an SVG y axis runs from the bottom pixel up). A zero-width domain maps every value
 * to the middle of the range.
 *
 * @example linearScale([0, 100], [0, 500])(25)   // => 125
 * @example linearScale([0, 200], [300, 20])(50)  // => 230 (SVG y: bigger values higher up)
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const f = ((v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0))) as LinearScale;
  Object.defineProperties(f, {
    domain: { value: [d0, d1] as const },
    range: { value: [r0, r1] as const },
    invert: { value: (p: number) => (r1 === r0 ? d0 : d0 + ((p - r0) / (r1 - r0)) * span) },
  });
  return f;
}

/**
 * A band scale for categories (bar charts): `n` equal bands across the range with `padding`
 * (a share of a band) between bars. Returns each bar's left edge and the bar width.
 *
 * @example bandScale(4, [0, 400], 0.2) // => { step: 100, width: 80, x: (i) => 10 + 100 i }
 */
export function bandScale(n: number, range: readonly [number, number], padding = 0.2): { step: number; width: number; x: (i: number) => number } {
  const [r0, r1] = range;
  const step = n > 0 ? (r1 - r0) / n : 0;
  const width = step * (1 - padding);
  return { step, width, x: (i: number) => r0 + step * i + (step - width) / 2 };
}
