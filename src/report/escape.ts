/**
 * Text made safe inside HTML or SVG, in element content and in double-quoted attributes:
 * & < > " ' become entities.
 *
 * @example escapeHtml('<b>"A & B"</b>') // => '&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
