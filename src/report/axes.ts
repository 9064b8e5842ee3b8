import { escapeHtml } from './escape.js';
import { INK } from './palette.js';
import { coord } from './path.js';
import type { LinearScale } from './scale.js';
import { textWidth } from './text-width.js';

export const AXIS_FONT = 12;

/** The plot rectangle inside a chart's SVG. */
export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Horizontal grid lines and labels of a y axis at `ticks` (labels right-aligned left of the
 * plot), a darker line at 0 when 0 is inside the domain, and the rotated axis title.
 */
export function yAxisSvg(box: PlotBox, y: LinearScale, ticks: readonly number[], labels: readonly string[], title: string): string {
  const parts: string[] = [];
  ticks.forEach((t, i) => {
    const py = coord(y(t));
    parts.push(`<path d="M${coord(box.left)},${py}H${coord(box.right)}" stroke="${t === 0 ? INK.axis : INK.grid}" stroke-width="1"/>`);
    parts.push(
      `<text x="${coord(box.left - 6)}" y="${py}" text-anchor="end" dominant-baseline="central" font-size="${AXIS_FONT}" fill="${INK.text}">${escapeHtml(labels[i] ?? '')}</text>`,
    );
  });
  const mid = coord((box.top + box.bottom) / 2);
  parts.push(
    `<text transform="translate(14,${mid}) rotate(-90)" text-anchor="middle" font-size="13" fill="${INK.text}">${escapeHtml(title)}</text>`,
  );
  return `<g class="y-axis">${parts.join('')}</g>`;
}

/**
 * The x axis: a base line at the bottom of the plot, a tick mark and label at each tick, and the
 * axis title centred below. Labels that would overlap the previous one are dropped.
 */
export function xAxisSvg(box: PlotBox, x: (v: number) => number, ticks: readonly number[], labels: readonly string[], title: string): string {
  const parts: string[] = [`<path d="M${coord(box.left)},${coord(box.bottom)}H${coord(box.right)}" stroke="${INK.axis}" stroke-width="1"/>`];
  let lastRight = -Infinity;
  ticks.forEach((t, i) => {
    const px = x(t);
    const label = labels[i] ?? '';
    const half = textWidth(label, AXIS_FONT) / 2;
    parts.push(`<path d="M${coord(px)},${coord(box.bottom)}v5" stroke="${INK.axis}" stroke-width="1"/>`);
    if (px - half < lastRight + 4) return;
    lastRight = px + half;
    parts.push(`<text x="${coord(px)}" y="${coord(box.bottom + 21)}" text-anchor="middle" font-size="${AXIS_FONT}" fill="${INK.text}">${escapeHtml(label)}</text>`);
  });
  parts.push(
    `<text x="${coord((box.left + box.right) / 2)}" y="${coord(box.bottom + 41)}" text-anchor="middle" font-size="13" fill="${INK.text}">${escapeHtml(title)}</text>`,
  );
  return `<g class="x-axis">${parts.join('')}</g>`;
}

/** The left margin that fits the widest y tick label and the rotated axis title. */
export function leftMarginFor(labels: readonly string[]): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, AXIS_FONT)));
  return Math.ceil(28 + widest + 8);
}
