/**
 * An estimate of the width in pixels of `text` set in a sans-serif face at `fontSize` px: 0.56 em
 * a character, 0.3 em for narrow ones (. , : ; i l 1 space). Used to lay out legends and to keep
 * tick labels from overlapping; generous on purpose (real widths are usually smaller).
 *
 * @example textWidth('2030', 12) // => 26.88
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[.,:;il1 |'!]/.test(ch) ? 0.3 : /[A-Z%mwMW]/.test(ch) ? 0.72 : 0.56;
  return Math.round(em * fontSize * 100) / 100;
}
