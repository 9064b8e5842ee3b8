/**
 * Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2008), in the order series
 * take them; yellow is left out (too pale on white). Lines also differ by dash pattern, so
 * series stay apart in grey print.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

/** Dash patterns taken in turn with the colours (the first series solid). */
export const DASHES = ['', '6 3', '2 3', '8 3 2 3', '', '6 3', '2 3'] as const;

/** The colour of the i-th series (cycling). */
export function seriesColor(i: number): string {
  return PALETTE[i % PALETTE.length] as string;
}

/** The dash pattern of the i-th series ('' = solid). */
export function seriesDash(i: number): string {
  return DASHES[i % DASHES.length] as string;
}

/** Grey for axes, grid lines and reference text. */
export const INK = { axis: '#444444', grid: '#e3e3e3', text: '#222222', muted: '#666666' } as const;
