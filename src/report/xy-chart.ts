import { AXIS_FONT, leftMarginFor, xAxisSvg, yAxisSvg, type PlotBox } from './axes.js';
import { escapeHtml } from './escape.js';
import { legendSvg, type LegendItem } from './legend.js';
import { INK, seriesColor, seriesDash } from './palette.js';
import { areaPath, coord, linePath } from './path.js';
import { linearScale } from './scale.js';
import { niceDomain, ticks } from './ticks.js';
import { axisUnit, tickLabel, type Unit } from './units.js';

/** A line through the yearly values (null = no value that year: the line breaks). */
export interface LineSeries {
  readonly kind: 'line';
  readonly label: string;
  readonly values: ReadonlyArray<number | null>;
  readonly color?: string;
  readonly dash?: string;
  readonly width?: number;
}

/** A shaded band between two yearly edges (a fan chart's p5-p95 or p25-p75). */
export interface BandSeries {
  readonly kind: 'band';
  readonly label: string;
  readonly lower: ReadonlyArray<number | null>;
  readonly upper: ReadonlyArray<number | null>;
  readonly color: string;
  readonly opacity: number;
}

/** One layer of a stacked area chart; layers stack in the order given (first at the bottom). */
export interface StackSeries {
  readonly kind: 'stack';
  readonly label: string;
  readonly values: ReadonlyArray<number | null>;
  readonly color?: string;
}

export type Series = LineSeries | BandSeries | StackSeries;

/** A horizontal reference line across the plot (the GAP, a contribution rate). */
export interface RefLine {
  readonly label: string;
  readonly value: number;
  readonly color?: string;
  readonly dash?: string;
}

/** A chart of yearly values: lines, bands, stacked areas and horizontal reference lines. */
export interface XYChart {
  readonly title: string;
  readonly unit: Unit;
  /** The x values (calendar years), one per value of every series. */
  readonly x: readonly number[];
  readonly series: readonly Series[];
  readonly refLines?: readonly RefLine[];
  readonly xTitle?: string;
  /** Start the y axis at 0 (default true: stocks, flows and rates read against zero). */
  readonly includeZero?: boolean;
}

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 380;

/** The stacked tops of the stack layers, in order (a missing value counts as 0 in the stack). */
export function stackTops(layers: readonly StackSeries[], n: number): number[][] {
  const tops: number[][] = [];
  let base = new Array<number>(n).fill(0);
  for (const layer of layers) {
    const top = base.map((b, i) => b + (layer.values[i] ?? 0));
    tops.push(top);
    base = top;
  }
  return tops;
}

/** The y values a chart must show (for its domain). */
function yExtent(c: XYChart): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const see = (v: number | null | undefined) => {
    if (v === null || v === undefined || !Number.isFinite(v)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const s of c.series) {
    if (s.kind === 'line') s.values.forEach(see);
    else if (s.kind === 'band') {
      s.lower.forEach(see);
      s.upper.forEach(see);
    }
  }
  const stacks = c.series.filter((s): s is StackSeries => s.kind === 'stack');
  for (const top of stackTops(stacks, c.x.length)) top.forEach(see);
  for (const r of c.refLines ?? []) see(r.value);
  if (c.includeZero !== false) {
    see(0);
  }
  if (lo === Infinity) return [0, 1];
  return [lo, hi];
}

/** The legend entries of a chart, in series order, reference lines last. */
function legendItems(c: XYChart): LegendItem[] {
  const items: LegendItem[] = c.series.map((s, i): LegendItem => {
    if (s.kind === 'line') return { label: s.label, swatch: 'line', color: s.color ?? seriesColor(i), dash: s.dash ?? seriesDash(i) };
    if (s.kind === 'band') return { label: s.label, swatch: 'area', color: s.color, opacity: s.opacity };
    return { label: s.label, swatch: 'area', color: s.color ?? seriesColor(i), opacity: 0.85 };
  });
  for (const r of c.refLines ?? []) items.push({ label: r.label, swatch: 'line', color: r.color ?? INK.text, dash: r.dash ?? '4 4' });
  return items;
}

/**
 * The chart as a standalone <svg> (inline in the report): legend on top, grid and y axis with
 * the unit in its title (JOD million, thousand persons, % of insurable wages), x axis of years,
 * then the bands, stacked areas, lines and reference lines.
 */
export function renderXYChart(c: XYChart): string {
  const W = CHART_WIDTH;
  const H = CHART_HEIGHT;
  const legend = legendSvg(legendItems(c), 16, 8, W - 32);
  const top = 8 + legend.height + 14;
  const bottom = H - 50;
  const [lo, hi] = yExtent(c);
  const plotHeight = bottom - top;
  const { domain, step } = niceDomain(lo, hi, Math.max(3, Math.round(plotHeight / 55)));
  const unit = axisUnit(c.unit, Math.max(Math.abs(domain[0]), Math.abs(domain[1])));
  const yTicks = ticks(domain[0], domain[1], Math.max(3, Math.round(plotHeight / 55)));
  const yLabels = yTicks.map((t) => tickLabel(t, step, unit));
  const left = leftMarginFor(yLabels);
  const box: PlotBox = { left, top, right: W - 18, bottom };
  const y = linearScale(domain, [bottom, top]);
  const x0 = c.x[0] ?? 0;
  const x1 = c.x[c.x.length - 1] ?? x0 + 1;
  const x = linearScale(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1], [box.left, box.right]);
  const xTicks = ticks(x0, x1, Math.max(2, Math.round((box.right - box.left) / 80))).filter((t) => Number.isInteger(t));

  const parts: string[] = [];
  parts.push(yAxisSvg(box, y, yTicks, yLabels, unit.label));
  parts.push(xAxisSvg(box, x, xTicks, xTicks.map(String), c.xTitle ?? 'Year'));

  const stacks = c.series.filter((s): s is StackSeries => s.kind === 'stack');
  const tops = stackTops(stacks, c.x.length);
  let stackIndex = 0;
  c.series.forEach((s, i) => {
    const title = `<title>${escapeHtml(s.label)}</title>`;
    if (s.kind === 'band') {
      const d = areaPath(c.x.map((xv, k) => ({ x: x(xv), y0: nullableY(y, s.lower[k]), y1: nullableY(y, s.upper[k]) })));
      parts.push(`<path class="series band" d="${d}" fill="${s.color}" fill-opacity="${s.opacity}" stroke="none">${title}</path>`);
    } else if (s.kind === 'stack') {
      const upper = tops[stackIndex] as number[];
      const lower = stackIndex === 0 ? null : (tops[stackIndex - 1] as number[]);
      stackIndex += 1;
      const d = areaPath(c.x.map((xv, k) => ({ x: x(xv), y0: y(lower === null ? 0 : (lower[k] as number)), y1: y(upper[k] as number) })));
      parts.push(
        `<path class="series stack" d="${d}" fill="${s.color ?? seriesColor(i)}" fill-opacity="0.85" stroke="#ffffff" stroke-width="0.75">${title}</path>`,
      );
    }
  });
  c.series.forEach((s, i) => {
    if (s.kind !== 'line') return;
    const d = linePath(c.x.map((xv, k) => ({ x: x(xv), y: nullableY(y, s.values[k]) })));
    const dash = s.dash ?? seriesDash(i);
    parts.push(
      `<path class="series line" d="${d}" fill="none" stroke="${s.color ?? seriesColor(i)}" stroke-width="${s.width ?? 2.25}" stroke-linejoin="round" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}><title>${escapeHtml(s.label)}</title></path>`,
    );
  });
  for (const r of c.refLines ?? []) {
    parts.push(
      `<path class="ref-line" d="M${coord(box.left)},${coord(y(r.value))}H${coord(box.right)}" stroke="${r.color ?? INK.text}" stroke-width="1.5" stroke-dasharray="${r.dash ?? '4 4'}" fill="none"><title>${escapeHtml(r.label)}</title></path>`,
    );
  }
  return svgRoot(c.title, H, legend.svg + parts.join(''));
}

function nullableY(y: (v: number) => number, v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : y(v);
}

/** The <svg> element every chart uses: fixed viewBox, scales to the page width, a <title>. */
export function svgRoot(title: string, height: number, body: string, width = CHART_WIDTH): string {
  return (
    `<svg class="chart-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif" font-size="${AXIS_FONT}">` +
    `<title>${escapeHtml(title)}</title>${body}</svg>`
  );
}
