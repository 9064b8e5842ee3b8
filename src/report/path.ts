/** A point of a line; a null y is a gap (the line stops and starts again after it). */
export interface Point {
  readonly x: number;
  readonly y: number | null;
}

/** A pixel coordinate printed with at most 2 decimals (shorter SVG, no visible change). */
export function coord(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * SVG path data of a polyline through the points; a null y breaks the line into pieces.
 *
 * @example linePath([{ x: 0, y: 10 }, { x: 5, y: 20 }, { x: 10, y: null }, { x: 15, y: 5 }])
 * // => 'M0,10L5,20M15,5'
 */
export function linePath(points: readonly Point[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.y === null || !Number.isFinite(p.y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${coord(p.x)},${coord(p.y)}`;
    pen = true;
  }
  return d;
}

/** A point of a band: the lower and upper edge at x (null where the band is unknown). */
export interface BandPoint {
  readonly x: number;
  readonly y0: number | null;
  readonly y1: number | null;
}

/**
 * SVG path data of the area between two edges: along the upper edge, back along the lower one,
 * closed; a point with a null edge splits the band into separate closed pieces.
 *
 * @example areaPath([{ x: 0, y0: 10, y1: 0 }, { x: 10, y0: 10, y1: 5 }]) // => 'M0,0L10,5L10,10L0,10Z'
 */
export function areaPath(points: readonly BandPoint[]): string {
  let d = '';
  let run: BandPoint[] = [];
  const flush = () => {
    if (run.length > 0) {
      d += run.map((p, i) => `${i === 0 ? 'M' : 'L'}${coord(p.x)},${coord(p.y1 as number)}`).join('');
      d += run
        .slice()
        .reverse()
        .map((p) => `L${coord(p.x)},${coord(p.y0 as number)}`)
        .join('');
      d += 'Z';
    }
    run = [];
  };
  for (const p of points) {
    if (p.y0 === null || p.y1 === null || !Number.isFinite(p.y0) || !Number.isFinite(p.y1)) flush();
    else run.push(p);
  }
  flush();
  return d;
}

/**
 * SVG path data of an axis-aligned rectangle (bars are paths, so every chart has a <path>).
 *
 * @example rectPath(10, 20, 30, 40) // => 'M10,20h30v40h-30Z'
 */
export function rectPath(x: number, y: number, width: number, height: number): string {
  return `M${coord(x)},${coord(y)}h${coord(width)}v${coord(height)}h${coord(-width)}Z`;
}
