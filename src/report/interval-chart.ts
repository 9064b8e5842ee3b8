import { xAxisSvg, type PlotBox } from './axes.js';
import { escapeHtml } from './escape.js';
import { legendSvg } from './legend.js';
import { INK, seriesColor } from './palette.js';
import { coord, rectPath } from './path.js';
import { linearScale } from './scale.js';
import { niceDomain, ticks } from './ticks.js';
import { axisUnit, tickLabel, type Unit } from './units.js';
import { CHART_WIDTH, svgRoot } from './xy-chart.js';

/** The percentiles of one quantity over a batch's runs (e.g. the GAP). */
export interface IntervalChart {
  readonly title: string;
  readonly unit: Unit;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
  readonly mean?: number;
  /** Reference values drawn as vertical lines (e.g. the scenario's contribution rate). */
  readonly refs?: ReadonlyArray<{ label: string; value: number }>;
}

/**
 * A horizontal percentile strip: a light band p5-p95, a dark band p25-p75, a bar at the median
 * and a diamond at the mean, on a value axis in the unit (% of insurable wages for the GAP).
 */
export function renderIntervalChart(c: IntervalChart): string {
  const W = CHART_WIDTH;
  const blue = seriesColor(0);
  const legend = legendSvg(
    [
      { label: 'p5-p95', swatch: 'area', color: blue, opacity: 0.25 },
      { label: 'p25-p75', swatch: 'area', color: blue, opacity: 0.55 },
      { label: 'median (p50)', swatch: 'line', color: INK.text },
      ...(c.mean === undefined ? [] : [{ label: 'mean', swatch: 'line' as const, color: seriesColor(1) }]),
      ...(c.refs ?? []).map((r) => ({ label: r.label, swatch: 'line' as const, color: seriesColor(2), dash: '4 4' })),
    ],
    16,
    8,
    W - 32,
  );
  const top = 8 + legend.height + 16;
  const bandHeight = 44;
  const bottom = top + bandHeight;
  const H = bottom + 54;
  const values = [c.p5, c.p25, c.p50, c.p75, c.p95, ...(c.mean === undefined ? [] : [c.mean]), ...(c.refs ?? []).map((r) => r.value)].filter(Number.isFinite);
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  const { domain, step } = niceDomain(lo, hi, 8);
  const unit = axisUnit(c.unit, Math.max(Math.abs(domain[0]), Math.abs(domain[1])));
  const box: PlotBox = { left: 40, top, right: W - 40, bottom };
  const x = linearScale(domain, [box.left, box.right]);
  const xTicks = ticks(domain[0], domain[1], 8);
  const parts: string[] = [];
  for (const t of xTicks) parts.push(`<path d="M${coord(x(t))},${coord(top)}V${coord(bottom)}" stroke="${INK.grid}" stroke-width="1"/>`);
  parts.push(xAxisSvg(box, x, xTicks, xTicks.map((t) => tickLabel(t, step, unit)), unit.label));
  parts.push(`<path class="series band" d="${rectPath(x(c.p5), top + 6, x(c.p95) - x(c.p5), bandHeight - 12)}" fill="${blue}" fill-opacity="0.25"><title>p5-p95</title></path>`);
  parts.push(`<path class="series band" d="${rectPath(x(c.p25), top + 6, x(c.p75) - x(c.p25), bandHeight - 12)}" fill="${blue}" fill-opacity="0.55"><title>p25-p75</title></path>`);
  parts.push(`<path class="series line" d="M${coord(x(c.p50))},${coord(top + 2)}V${coord(bottom - 2)}" stroke="${INK.text}" stroke-width="2.5"><title>median (p50)</title></path>`);
  if (c.mean !== undefined && Number.isFinite(c.mean)) {
    const mx = x(c.mean);
    const my = (top + bottom) / 2;
    parts.push(`<path class="series marker" d="M${coord(mx)},${coord(my - 7)}l7,7l-7,7l-7,-7Z" fill="${seriesColor(1)}" stroke="#ffffff"><title>mean</title></path>`);
  }
  for (const r of c.refs ?? []) {
    parts.push(`<path class="ref-line" d="M${coord(x(r.value))},${coord(top - 4)}V${coord(bottom + 4)}" stroke="${seriesColor(2)}" stroke-width="1.5" stroke-dasharray="4 4"><title>${escapeHtml(r.label)}</title></path>`);
  }
  return svgRoot(c.title, H, legend.svg + parts.join(''));
}
