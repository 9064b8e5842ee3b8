import { escapeHtml } from './escape.js';
import { INK } from './palette.js';
import { coord } from './path.js';
import { textWidth } from './text-width.js';

/** One legend entry: a line sample, a filled box, or a marker, then the label. */
export interface LegendItem {
  readonly label: string;
  readonly swatch: 'line' | 'area';
  readonly color: string;
  readonly dash?: string;
  readonly opacity?: number;
}

const FONT = 13;
const SWATCH = 22;
const GAP = 6;
const SPACING = 18;
const ROW = 20;

/**
 * A legend laid out left to right from (x, y), wrapping to a new row before `width` is passed.
 * Returns the SVG and the height it takes, so the chart can start its plot below it.
 */
export function legendSvg(items: readonly LegendItem[], x: number, y: number, width: number): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  let cx = x;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const w = SWATCH + GAP + textWidth(item.label, FONT);
    if (cx > x && cx + w > x + width) {
      row += 1;
      cx = x;
    }
    const cy = y + row * ROW + ROW / 2;
    if (item.swatch === 'line') {
      parts.push(
        `<path d="M${coord(cx)},${coord(cy)}h${SWATCH}" stroke="${item.color}" stroke-width="2.5" fill="none"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`,
      );
    } else {
      parts.push(
        `<path d="M${coord(cx)},${coord(cy - 6)}h${SWATCH}v12h-${SWATCH}Z" fill="${item.color}" fill-opacity="${item.opacity ?? 1}" stroke="none"/>`,
      );
    }
    parts.push(`<text x="${coord(cx + SWATCH + GAP)}" y="${coord(cy)}" dominant-baseline="central" font-size="${FONT}" fill="${INK.text}">${escapeHtml(item.label)}</text>`);
    cx += w + SPACING;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * ROW };
}
