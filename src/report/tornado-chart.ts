import { AXIS_FONT, xAxisSvg, type PlotBox } from './axes.js';
import { escapeHtml } from './escape.js';
import { legendSvg } from './legend.js';
import { INK, seriesColor } from './palette.js';
import { coord, rectPath } from './path.js';
import { linearScale } from './scale.js';
import { niceDomain, ticks } from './ticks.js';
import { axisUnit, tickLabel, type Unit } from './units.js';
import { CHART_WIDTH, svgRoot } from './xy-chart.js';

/** One bar: a parameter, the result at its lowest and at its highest value, and their labels. */
export interface TornadoChartBar {
  readonly label: string;
  readonly low: number;
  readonly high: number;
  readonly lowLabel: string;
  readonly highLabel: string;
}

/** A tornado chart of one result (the GAP) around a centre value, one bar a parameter. */
export interface TornadoChart {
  readonly title: string;
  readonly unit: Unit;
  readonly centre: number;
  readonly centreLabel: string;
  readonly bars: readonly TornadoChartBar[];
}

/**
 * The tornado as an <svg>: for each parameter (widest first, as given), a bar from the centre to
 * the result at the parameter's lowest value (first colour) and one to the result at its highest
 * value (second colour), each labelled at its outer end with the value; the parameter named above
 * its bar; a dashed line at the centre.
 */
export function renderTornadoChart(c: TornadoChart): string {
  const W = CHART_WIDTH;
  const legend = legendSvg(
    [
      { label: 'lowest value', swatch: 'area', color: seriesColor(0), opacity: 0.85 },
      { label: 'highest value', swatch: 'area', color: seriesColor(1), opacity: 0.85 },
      { label: c.centreLabel, swatch: 'line', color: INK.text, dash: '4 4' },
    ],
    16,
    8,
    W - 32,
  );
  const rowHeight = 64;
  const top = 8 + legend.height + 12;
  const bottom = top + rowHeight * Math.max(1, c.bars.length);
  const H = bottom + 54;
  const values = [c.centre, ...c.bars.flatMap((b) => [b.low, b.high])].filter(Number.isFinite);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.3, Math.abs(c.centre) * 0.02, 1e-6);
  const { domain, step } = niceDomain(lo - pad, hi + pad, 8);
  const unit = axisUnit(c.unit, Math.max(Math.abs(domain[0]), Math.abs(domain[1])));
  const box: PlotBox = { left: 40, top, right: W - 40, bottom };
  const x = linearScale(domain, [box.left, box.right]);
  const xTicks = ticks(domain[0], domain[1], 8);
  const parts: string[] = [];
  for (const t of xTicks) parts.push(`<path d="M${coord(x(t))},${coord(top)}V${coord(bottom)}" stroke="${INK.grid}" stroke-width="1"/>`);
  parts.push(xAxisSvg(box, x, xTicks, xTicks.map((t) => tickLabel(t, step, unit)), unit.label));
  const cx = x(c.centre);
  c.bars.forEach((b, i) => {
    const rowTop = top + i * rowHeight;
    const barTop = rowTop + 22;
    const barH = rowHeight - 30;
    parts.push(`<text x="${coord(box.left + 4)}" y="${coord(rowTop + 14)}" font-size="13" fill="${INK.text}">${escapeHtml(b.label)}</text>`);
    // Both results on one side of the centre: the two bars share the row, one above the other.
    const sameSide = (b.low >= c.centre) === (b.high >= c.centre);
    const slots = sameSide ? [[barTop, barH / 2 - 1], [barTop + barH / 2 + 1, barH / 2 - 1]] : [[barTop, barH], [barTop, barH]];
    ([
      [b.low, b.lowLabel, seriesColor(0)],
      [b.high, b.highLabel, seriesColor(1)],
    ] as const).forEach(([v, label, color], j) => {
      if (!Number.isFinite(v)) return;
      const [y0, h] = slots[j] as [number, number];
      const vx = x(v);
      const left = Math.min(vx, cx);
      const width = Math.max(Math.abs(vx - cx), 1);
      parts.push(`<path class="series bar" d="${rectPath(left, y0, width, h)}" fill="${color}" fill-opacity="0.85"><title>${escapeHtml(`${b.label} = ${label}`)}</title></path>`);
      const right = vx >= cx;
      const tx = right ? Math.max(vx, cx + 1) + 4 : Math.min(vx, cx - 1) - 4;
      parts.push(
        `<text x="${coord(tx)}" y="${coord(y0 + h / 2)}" text-anchor="${right ? 'start' : 'end'}" dominant-baseline="central" font-size="${sameSide ? 11 : AXIS_FONT}" fill="${INK.text}">${escapeHtml(label)}</text>`,
      );
    });
  });
  parts.push(`<path class="ref-line" d="M${coord(cx)},${coord(top - 4)}V${coord(bottom + 4)}" stroke="${INK.text}" stroke-width="1.5" stroke-dasharray="4 4"><title>${escapeHtml(c.centreLabel)}</title></path>`);
  return svgRoot(c.title, H, legend.svg + parts.join(''));
}
