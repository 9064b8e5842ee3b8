/**
 * The checks a board-ready report must pass on what a reader sees, shared by the headless
 * browser test (on the page's text) and the node test (on the HTML with its tags removed).
 */

/** A decimal number with more than 4 decimals: a raw float a reader should not see. */
export const RAW_FLOAT = /\d\.\d{5,}/g;

/** A number as the report writes it in a table: thousands separators, at most 4 decimals; or a year. */
const FORMATTED = /^-?\d{1,3}(,\d{3})*(\.\d{1,4})?%?$/;
const YEAR = /^\d{4}$/;
const NUMERIC = /^-?[\d.,]+(e[-+]?\d+)?%?$/i;

/** Raw floats (more than 4 decimals) in a text. */
export function rawFloats(text: string): string[] {
  return [...text.matchAll(RAW_FLOAT)].map((m) => m[0]);
}

/**
 * The table cells whose text is a number not written as the report writes numbers (a year in a
 * year column is fine), as "column: text".
 */
export function unformattedCells(cells: ReadonlyArray<{ column: string; text: string }>): string[] {
  return cells
    .filter(({ column, text }) => {
      const t = text.trim();
      if (t === '' || !NUMERIC.test(t)) return false;
      if (YEAR.test(t) && /year/i.test(column)) return false;
      return !FORMATTED.test(t);
    })
    .map(({ column, text }) => `${column}: ${text}`);
}

/** The visible text of the report's HTML: no style, no tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
