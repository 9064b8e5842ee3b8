import { AXIS_FONT, leftMarginFor, yAxisSvg, type PlotBox } from './axes.js';
import { escapeHtml } from './escape.js';
import { INK, seriesColor } from './palette.js';
import { coord, rectPath } from './path.js';
import { bandScale, linearScale } from './scale.js';
import { textWidth } from './text-width.js';
import { niceDomain, ticks } from './ticks.js';
import { axisUnit, tickLabel, type Unit } from './units.js';
import { CHART_HEIGHT, CHART_WIDTH, svgRoot } from './xy-chart.js';

/** A bar chart of counts by category (e.g. runs by year of reserve exhaustion). */
export interface BarChart {
  readonly title: string;
  readonly unit: Unit;
  readonly categories: readonly string[];
  readonly values: readonly number[];
  readonly xTitle: string;
  /** Categories drawn in a second colour (e.g. "never"). */
  readonly highlight?: ReadonlySet<string>;
}

/**
 * The bar chart as an <svg>: one bar a category (bars are <path>s), a y axis from 0, and
 * category labels below, thinned so that no two labels overlap.
 */
export function renderBarChart(c: BarChart): string {
  const W = CHART_WIDTH;
  const H = CHART_HEIGHT - 40;
  const top = 20;
  const bottom = H - 50;
  const max = Math.max(0, ...c.values.filter(Number.isFinite));
  const count = Math.max(2, Math.min(6, Math.round((bottom - top) / 55)));
  const { domain, step } = niceDomain(0, max === 0 ? 1 : max, count);
  const unit = axisUnit(c.unit, domain[1]);
  // Counts are whole: drop fractional ticks.
  const yTicks = ticks(domain[0], domain[1], count).filter((t) => c.unit !== 'runs' || Number.isInteger(t));
  const yLabels = yTicks.map((t) => tickLabel(t, step, unit));
  const box: PlotBox = { left: leftMarginFor(yLabels), top, right: W - 18, bottom };
  const y = linearScale(domain, [bottom, top]);
  const band = bandScale(c.categories.length, [box.left, box.right], 0.2);
  const parts: string[] = [yAxisSvg(box, y, yTicks, yLabels, unit.label)];
  parts.push(`<path d="M${coord(box.left)},${coord(bottom)}H${coord(box.right)}" stroke="${INK.axis}" stroke-width="1"/>`);
  const widest = Math.max(1, ...c.categories.map((k) => textWidth(k, AXIS_FONT)));
  const every = Math.max(1, Math.ceil((widest + 6) / Math.max(band.step, 1)));
  c.categories.forEach((k, i) => {
    const v = c.values[i] ?? 0;
    const x = band.x(i);
    const color = c.highlight?.has(k) ? seriesColor(1) : seriesColor(0);
    if (v > 0) parts.push(`<path class="series bar" d="${rectPath(x, y(v), band.width, y(0) - y(v))}" fill="${color}"><title>${escapeHtml(`${k}: ${v}`)}</title></path>`);
    if (i % every === 0 || c.highlight?.has(k)) {
      parts.push(
        `<text x="${coord(x + band.width / 2)}" y="${coord(bottom + 21)}" text-anchor="middle" font-size="${AXIS_FONT}" fill="${INK.text}">${escapeHtml(k)}</text>`,
      );
    }
  });
  parts.push(`<text x="${coord((box.left + box.right) / 2)}" y="${coord(bottom + 41)}" text-anchor="middle" font-size="13" fill="${INK.text}">${escapeHtml(c.xTitle)}</text>`);
  return svgRoot(c.title, H, parts.join(''));
}
